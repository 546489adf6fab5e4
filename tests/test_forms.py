"""The sample forms: descriptions valid, regions where their text is, output current and deterministic."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from explainer.model import FormDescription
from explainer.pdf import formgen
from explainer.resources import forms_dir

FORM_IDS = [form.id for form in formgen.FORMS]


@pytest.fixture(scope="module")
def built() -> dict[str, formgen.BuiltForm]:
    return {form.id: formgen.build(form) for form in formgen.FORMS}


def _doc(form: formgen.BuiltForm) -> pymupdf.Document:
    return pymupdf.open("pdf", form.pdf)


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_committed_description_validates_and_names_its_pdf(form_id):
    path = forms_dir() / f"{form_id}.form.json"
    description = FormDescription.model_validate_json(path.read_text(encoding="utf-8"))
    assert description.id == form_id
    assert (forms_dir() / description.pdf).is_file()
    assert description.schema_ == "../../annotations/schema/form-description.schema.json"
    assert description.fingerprints
    assert description.notes
    assert description.page_size == (612.0, 792.0)


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_committed_assets_are_current(built, form_id):
    form = built[form_id]
    committed = json.loads((forms_dir() / f"{form_id}.form.json").read_text(encoding="utf-8"))
    assert committed == json.loads(form.description_json()), "run tools/build_forms.py"
    assert (forms_dir() / f"{form_id}.pdf").read_bytes() == form.pdf, "run tools/build_forms.py"


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_region_lies_on_its_page_and_holds_its_text(built, form_id):
    form = built[form_id]
    doc = _doc(form)
    assert doc.page_count == form.description.page_count
    for region in form.description.regions:
        page = doc[region.page - 1]
        rect = pymupdf.Rect(region.rect)
        assert rect in page.rect, region.name
        assert page.get_text("text", clip=rect).strip(), f"{region.name} has no text inside its rect"


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_page_has_footer_marking_and_fingerprints(built, form_id):
    form = built[form_id]
    doc = _doc(form)
    total = doc.page_count
    text = ""
    for number, page in enumerate(doc, start=1):
        page_text = page.get_text()
        text += page_text
        assert f"Page {number} of {total}" in page_text
        assert form.spec.footer in page_text
        assert "SAMPLE FACSIMILE — NOT AN OFFICIAL FORM" in page_text
        assert not page.get_images(), "text only, no images"
    for phrase in form.description.fingerprints:
        assert phrase in text, phrase


def test_i247a_page_one_carries_the_verified_phrases(built):
    page = _doc(built["i-247a"])[0]
    text = page.get_text()
    for phrase in (
        "DEPARTMENT OF HOMELAND SECURITY (DHS)",
        "IMMIGRATION DETAINER – NOTICE OF ACTION",
        "Subject ID:",
        "Event #:",
        "File No:",
        "(Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)",
        "(DHS Office Address)",
        "Name of Alien:",
        "Citizenship:",
        "IT IS THEREFORE REQUESTED THAT YOU:",
        "NOT TO EXCEED 48 HOURS",
        "(802) 872-6020",
    ):
        assert phrase in text, phrase


def test_i247a_has_every_contract_region_with_its_provenance(built):
    description = built["i-247a"].description
    for name in formgen.catalog.I247A_REGIONS:
        assert description.region(name) is not None, name
    assert description.region("box1.c").provenance == "verified"
    assert description.region("request.notify").provenance == "verified"
    assert description.region("request.hold").provenance == "reconstructed"
    assert description.region("notice.es").page == 2
    assert description.region("notice.translations").page == 3
    box1 = pymupdf.Rect(description.region("box1").rect)
    for part in ("box1.heading", "box1.a", "box1.b", "box1.c", "box1.d"):
        assert pymupdf.Rect(description.region(part).rect) in box1, part


def test_region_text_is_the_part_it_names(built):
    page = _doc(built["i-247a"])[0]
    description = built["i-247a"].description

    def clipped(name: str) -> str:
        return " ".join(page.get_text("text", clip=pymupdf.Rect(description.region(name).rect)).split())

    assert "NOT TO EXCEED 48 HOURS" in clipped("request.hold")
    assert "Biometric confirmation" in clipped("box1.c")
    assert "Biometric confirmation" not in clipped("box1.d")
    assert "Local Booking/Inmate #:" in clipped("lea.booking")
    assert "served upon the alien" in clipped("lea.service")


def test_build_is_deterministic(tmp_path: Path):
    first = formgen.build(formgen.spec("i-247a"))
    second = formgen.build(formgen.spec("i-247a"))
    assert first.pdf == second.pdf
    assert first.description_json() == second.description_json()
    written = formgen.build_all(tmp_path, ["i-247a"])
    assert sorted(p.name for p in written) == ["i-247a.form.json", "i-247a.pdf"]
    assert (tmp_path / "i-247a.pdf").read_bytes() == first.pdf
