"""The sample forms: descriptions valid, regions where their text is, output current and deterministic."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pymupdf
import pytest

from explainer.model import FormDescription
from explainer.pdf.document import Document
from explainer.pdf.watermark import WATERMARK, is_watermark_line, page_text, page_words, watermark_lines
from explainer.resources import forms_dir
from tools import formgen
from tools.formgen.layout import PRODUCER

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
    committed_pdf = (forms_dir() / f"{form_id}.pdf").read_bytes()
    old, new = pymupdf.open("pdf", committed_pdf), _doc(form)
    assert [p.get_text() for p in old] == [p.get_text() for p in new], "run tools/build_forms.py"
    if old.metadata["producer"] == PRODUCER:
        # Same PyMuPDF as the one that built the committed files: the bytes must match too.
        assert committed_pdf == form.pdf, "run tools/build_forms.py"


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_text_stays_on_the_page_and_never_overlaps(built, form_id):
    for page in _doc(built[form_id]):
        lines = [line for block in page.get_text("dict")["blocks"] for line in block.get("lines", [])]
        for line in lines:
            text = "".join(span["text"] for span in line["spans"])
            assert pymupdf.Rect(line["bbox"]) in pymupdf.Rect(10, 8, 590, 780), (
                f"page {page.number + 1}: {text!r} runs off the page"
            )
        # the diagonal watermark lies under the form on purpose: only the form's own text must not clash
        spans = [
            (pymupdf.Rect(span["bbox"]), span["text"])
            for line in lines
            if not is_watermark_line(line)
            for span in line["spans"]
            if span["text"].strip()
        ]
        for i, (a, text_a) in enumerate(spans):
            for b, text_b in spans[i + 1 :]:
                overlap = a & b
                clash = not overlap.is_empty and overlap.width > 1.5 and overlap.height > 3
                assert not clash, f"page {page.number + 1}: {text_a!r} overlaps {text_b!r}"


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_region_lies_on_its_page_and_holds_its_text(built, form_id):
    form = built[form_id]
    doc = _doc(form)
    assert doc.page_count == form.description.page_count
    for region in form.description.regions:
        page = doc[region.page - 1]
        rect = pymupdf.Rect(region.rect)
        assert rect in page.rect, region.name
        assert page_text(page, rect).strip(), f"{region.name} has no text inside its rect"


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_page_has_footer_marking_and_fingerprints(built, form_id):
    form = built[form_id]
    doc = _doc(form)
    text = ""
    for page in doc:
        page_text = page.get_text()
        text += page_text
        assert "SAMPLE FACSIMILE — NOT AN OFFICIAL FORM" in page_text
        assert re.search(r"Page \d of \d", page_text)
        assert not page.get_images(), "text only, no images"
    if form.description.kind == "blank":
        for number, page in enumerate(doc, start=1):
            footer = page.get_text("text", clip=pymupdf.Rect(0, 750, 612, 792))
            assert form.spec.footer in footer
            assert f"Page {number} of {doc.page_count}" in footer
    for phrase in form.description.fingerprints:
        assert phrase in text, phrase


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_page_carries_the_diagonal_watermark_under_the_form(built, form_id):
    committed = pymupdf.open(forms_dir() / f"{form_id}.pdf")
    for doc in (committed, _doc(built[form_id])):
        for page in doc:
            where = f"{form_id} page {page.number + 1}"
            assert WATERMARK in page.get_text(), where
            (line,) = watermark_lines(page)
            assert "".join(span["text"] for span in line["spans"]) == WATERMARK, where
            dx, dy = line["dir"]
            assert dx == pytest.approx(0.7071, abs=0.01), where  # 45 degrees, rising to the right
            assert dy == pytest.approx(-0.7071, abs=0.01), where
            bbox = pymupdf.Rect(line["bbox"])
            assert bbox.width > 400, where  # large: across the page
            assert bbox.height > 400, where
            assert abs((bbox.x0 + bbox.x1) / 2 - page.rect.width / 2) < 5, where  # centred
            assert abs((bbox.y0 + bbox.y1) / 2 - page.rect.height / 2) < 5, where
            for span in line["spans"]:
                rgb = pymupdf.sRGB_to_rgb(span["color"])
                assert len(set(rgb)) == 1, where  # grey
                assert 200 <= rgb[0] < 240, where  # light, but visible
            # drawn first: the first text on the page, under everything the form draws
            first = page.get_text("dict")["blocks"][0]["lines"][0]
            assert is_watermark_line(first), where


@pytest.fixture(scope="module")
def unmarked() -> dict[str, formgen.BuiltForm]:
    """The forms drawn without the watermark, to compare extracted text with."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(formgen.layout.Sheet, "draw_watermark", lambda sheet: None)
        return {form.id: formgen.build(form) for form in formgen.FORMS}


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_the_watermark_stays_out_of_region_text_and_words(built, unmarked, form_id):
    form, plain = _doc(built[form_id]), _doc(unmarked[form_id])
    crossed = 0
    for region in built[form_id].description.regions:
        page, bare = form[region.page - 1], plain[region.page - 1]
        rect = pymupdf.Rect(region.rect)
        raw = page.get_text("dict", clip=rect)["blocks"]
        crossed += any(is_watermark_line(line) for block in raw for line in block.get("lines", []))
        assert page_text(page, rect) == bare.get_text("text", clip=rect), region.name
        assert [w[:5] for w in page_words(page, rect)] == [w[:5] for w in bare.get_text("words", clip=rect)]
    if form_id == "i-247a":
        assert crossed > 5, "the watermark crosses many regions, yet none of them reads it"


def test_documents_leave_the_watermark_out_of_words_text_and_search():
    raw = pymupdf.open(forms_dir() / "i-247a.pdf")[0].get_text("words")
    with Document(forms_dir() / "i-247a.pdf") as doc:
        assert doc.search(0, "SAMPLE — FOR TRAINING") == []  # (the margin marking reads differently)
        n = len(WATERMARK.split())
        assert [w[4] for w in raw[:n]] == WATERMARK.split()  # drawn first, so read first
        assert [(w.text, w.rect) for w in doc.words(0)] == [(w[4], tuple(w[:4])) for w in raw[n:]]
        assert WATERMARK not in doc.text(0)
        assert "IT IS THEREFORE REQUESTED THAT YOU:" in doc.text(0)
        assert doc.search(0, "NOT TO EXCEED 48 HOURS")


def test_attachments_number_their_own_pages(built):
    doc = _doc(built["scenario-b-citizen-i200"])
    footers = [page.get_text("text", clip=pymupdf.Rect(0, 750, 612, 792)) for page in doc]
    assert "DHS Form I-247A (02/17)" in footers[0]
    assert "Page 3 of 3" in footers[2]
    assert "Form I-200 (facsimile; edition unknown)" in footers[3]
    assert "Page 1 of 1" in footers[3]
    assert "Booking Sheet" in footers[4]


def _clipped(form: formgen.BuiltForm, name: str) -> str:
    region = form.description.region(name)
    assert region is not None, name
    page = _doc(form)[region.page - 1]
    return " ".join(page_text(page, region.rect).split())


def _ticked(form: formgen.BuiltForm, name: str) -> bool:
    region = form.description.region(name)
    page = _doc(form)[region.page - 1]
    return any(word[4] == "X" for word in page_words(page, region.rect))


@pytest.mark.parametrize(
    ("form_id", "ticked"),
    [
        ("i-247a", set()),
        ("scenario-a-database-only", {"box1.c"}),
        ("scenario-b-citizen-i200", {"box1.c", "box1.d"}),
        ("scenario-c-box2-transfer", {"box2"}),
    ],
)
def test_the_right_boxes_are_ticked(built, form_id, ticked):
    form = built[form_id]
    for name in ("box1.a", "box1.b", "box1.c", "box1.d", "box2"):
        assert _ticked(form, name) == (name in ticked), name


def test_scenarios_carry_their_fictitious_values(built):
    a = built["scenario-a-database-only"]
    assert "SAMPLE, PERSON A" in _clipped(a, "subject.name")
    assert "A000-000-001" in _clipped(a, "ids")
    assert "(555) 010-0000" in _clipped(a, "request.notify")
    assert a.description.region("fill.served-date") is None, "scenario A is never served"
    assert not _ticked(a, "lea.service")

    b = built["scenario-b-citizen-i200"]
    assert "MEXICO" in _clipped(b, "subject.citizenship")
    assert "Sampletown, Texas, USA" in _clipped(b, "booking.birthplace")
    assert "Supervisory Deportation Officer" in _clipped(b, "i200.issuer")
    assert _ticked(b, "i200.grounds.biometric")
    assert b.description.region("i200.grounds").page == 4
    assert b.description.region("booking.birthplace").page == 5

    c = built["scenario-c-box2-transfer"]
    assert "SAMPLE, PERSON C" in _clipped(c, "fill.name")
    assert _ticked(c, "lea.service")


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


@pytest.mark.parametrize(
    ("form_id", "region", "phrase"),
    [
        ("i-247a", "request.hold", "NOT TO EXCEED 48 HOURS"),
        ("i-247a", "box1.c", "Biometric confirmation"),
        ("i-247a", "lea.booking", "Local Booking/Inmate #:"),
        ("i-247a", "lea.service", "served upon the alien"),
        ("i-247a", "notice.en.hotlines", "(855) 448-6903"),
        ("i-247a", "notice.es", "AVISO A LA PERSONA DETENIDA"),
        ("i-200", "command", "YOU ARE COMMANDED"),
        ("i-200", "grounds.biometric", "biometric confirmation"),
        ("i-200", "issuer", "Printed Name and Title of Authorized Immigration Officer"),
        ("i-205", "final-order.bia", "Board of Immigration Appeals"),
        ("i-205", "reverse.verification", "VERIFICATION OF REMOVAL"),
        ("i-247n", "no-detention", "DOES NOT REQUEST OR AUTHORIZE"),
        ("i-247g", "no-hold", "NOTIFICATION ONLY"),
        ("i-247d", "header", "REQUEST FOR VOLUNTARY ACTION"),
        ("i-247d", "section1a.aggravated-felony", "aggravated felony"),
        ("i-247d", "section1b.biometric", "biometric confirmation"),
        ("i-247", "request.hold", "excluding Saturdays, Sundays and holidays"),
    ],
)
def test_region_holds_the_text_it_is_named_for(built, form_id, region, phrase):
    assert phrase in _clipped(built[form_id], region)


def test_neighbouring_regions_do_not_bleed_into_each_other(built):
    form = built["i-247a"]
    assert "Biometric confirmation" not in _clipped(form, "box1.d")
    assert "NOT TO EXCEED" not in _clipped(form, "request.notify")
    assert "Estimated release" not in _clipped(form, "lea.booking")


def test_build_is_deterministic(tmp_path: Path):
    first = formgen.build(formgen.spec("i-247a"))
    second = formgen.build(formgen.spec("i-247a"))
    assert first.pdf == second.pdf
    assert first.description_json() == second.description_json()
    written = formgen.build_all(tmp_path, ["i-247a"])
    assert sorted(p.name for p in written) == ["i-247a.form.json", "i-247a.pdf"]
    assert (tmp_path / "i-247a.pdf").read_bytes() == first.pdf
