"""Tiny two-page "forms" for tests: PDFs, their form descriptions and an annotation set.

Two forms, drawn by the same code: the test form T-1 (viewer tests: ``write_fixture``) and the demo
form D-1 (trainer-mode tests: ``write_demo_form``). Tests use them so they do not depend on the
bundled sample forms (which other people edit). They write real files that go through the same
loaders as the bundled ones.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pymupdf

from explainer.model import FormDescription

FORM_ID = "test-form"
EDITION = "01/26"
PAGE_SIZE = (612.0, 792.0)

# (page, region name, label, rect, provenance, text drawn inside)
RegionSpec = tuple[int, str, str, tuple[float, float, float, float], str, str]

REGIONS: list[RegionSpec] = [
    (1, "header", "Header", (36, 36, 576, 90), "verified", "TEST DETAINER - NOTICE OF ACTION"),
    (1, "box1", "Box 1", (36, 120, 576, 260), "verified", "1. DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS"),
    (1, "box1.c", "Box 1 (c)", (56, 200, 576, 250), "verified", "(c) biometric confirmation and database checks"),
    (
        1,
        "request.hold",
        "Hold request",
        (36, 300, 576, 360),
        "reconstructed",
        "MAINTAIN CUSTODY NOT TO EXCEED 48 HOURS",
    ),
    (2, "notice.en", "Notice to the detainee", (36, 60, 576, 300), "reconstructed", "NOTICE TO THE DETAINEE"),
]


DEMO_REGIONS: list[RegionSpec] = [
    (1, "header", "Header", (72, 60, 540, 100), "verified", "DEMO DETAINER FORM"),
    (1, "box1", "Box 1", (72, 140, 540, 220), "verified", "Box 1: probable cause based on a database check"),
    (1, "box1.c", "Box 1 (c)", (90, 180, 520, 210), "verified", "(c) database check only"),
    (1, "hold", "Hold request", (72, 300, 540, 360), "verified", "Maintain custody NOT TO EXCEED 48 HOURS"),
    (1, "signature", "Signature", (72, 600, 300, 640), "verified", "Signature of officer"),
    (2, "notice", "Notice to the detainee", (72, 80, 540, 300), "verified", "NOTICE TO THE DETAINEE"),
]


def draw_form(path: Path, regions: list[RegionSpec], footer: str, *, pages: int = 2, repeated: bool = True) -> Path:
    """Draw each region's outline with its text inside, the footer ``footer`` + " Page N of M" on every
    page and (``repeated``) a phrase that occurs once a page, for occurrence tests."""
    doc = pymupdf.open()
    for number in range(1, pages + 1):
        page = doc.new_page(width=PAGE_SIZE[0], height=PAGE_SIZE[1])
        for reg_page, _name, _label, rect, _prov, text in regions:
            if reg_page != number:
                continue
            page.draw_rect(pymupdf.Rect(rect), color=(0, 0, 0), width=0.8)
            page.insert_text((rect[0] + 6, rect[1] + 18), text, fontsize=11, fontname="helv")
        if repeated:
            page.insert_text((36, 700), f"{footer} repeated phrase", fontsize=9, fontname="helv")
        page.insert_text((36, 740), f"{footer} Page {number} of {pages}", fontsize=9, fontname="helv")
    doc.save(path)
    doc.close()
    return path


def write_pdf(path: Path, *, pages: int = 2) -> Path:
    """Draw the test form T-1."""
    return draw_form(path, REGIONS, "Form T-1 (01/26)", pages=pages)


def form_description(
    form_id: str, number: str, title: str, pdf_name: str, regions: list[RegionSpec], fingerprints: list[str]
) -> dict[str, Any]:
    return {
        "id": form_id,
        "form_number": number,
        "title": title,
        "edition": EDITION,
        "pdf": pdf_name,
        "page_count": 2,
        "page_size": list(PAGE_SIZE),
        "fingerprints": fingerprints,
        "regions": [
            {"name": name, "label": label, "page": page, "rect": list(rect), "provenance": prov}
            for page, name, label, rect, prov, _text in regions
        ],
    }


def description(pdf_name: str = "test-form.pdf") -> dict[str, Any]:
    return form_description(
        FORM_ID, "T-1", "Test Detainer", pdf_name, REGIONS, fingerprints=["TEST DETAINER - NOTICE OF ACTION"]
    )


def write_demo_form(folder: Path, form_id: str = "demo-form") -> tuple[Path, FormDescription]:
    """Draw the demo form D-1 into ``folder`` with its description beside it; return (PDF, description)."""
    folder.mkdir(parents=True, exist_ok=True)
    pdf = draw_form(folder / f"{form_id}.pdf", DEMO_REGIONS, "Demo Form D-1", repeated=False)
    form = FormDescription.model_validate(
        form_description(form_id, "D-1", "Demo Detainer", pdf.name, DEMO_REGIONS, fingerprints=[])
    )
    (folder / f"{form_id}.form.json").write_text(form.model_dump_json(by_alias=True, indent=2), encoding="utf-8")
    return pdf, form


def _authority(citation: str, verification: str = "verified") -> dict[str, Any]:
    return {"citation": citation, "pinpoint": "at 640", "verification": verification, "as_of": "2026-11-01"}


def _annotation(ident: str, title: str, category: str, anchor: dict[str, Any], **extra: Any) -> dict[str, Any]:
    ann = {
        "id": ident,
        "title": title,
        "category": category,
        "summary": f"Summary of {title}.",
        "body": f"Body of **{title}**.",
        "look_for": [f"Look for {title}"],
        "what_to_do": [f"Do something about {title}"],
        "authorities": [_authority(f"Case about {title}, 1 F.4th 1 (9th Cir. 2020)")],
        "verification": "verified",
        "tags": [category.split()[0]],
        "anchor": anchor,
    }
    ann.update(extra)
    return ann


def annotation_set(set_id: str = "test-set") -> dict[str, Any]:
    """Four placeable annotations (region, quote, quote + occurrence, rect) and one that cannot be placed."""
    ca_note = {
        "text": "California limits holds (test note).",
        "authorities": [_authority("Cal. Gov't Code 7282.5")],
        "verification": "verified",
        "reviewed": "2026-11-01",
    }
    return {
        "id": set_id,
        "title": "Test set",
        "form": {"id": FORM_ID, "edition": EDITION},
        "reviewed": "2026-11-01",
        "authors": ["Test author"],
        "disclaimer": "Training material, not legal advice.",
        "annotations": [
            _annotation(
                "db-check",
                "Database check only",
                "probable cause",
                {"region": "box1.c"},
                state_notes={"CA": ca_note},
                see_also=["hold-48"],
            ),
            _annotation(
                "hold-48",
                "The 48-hour hold",
                "custody",
                {"region": "request.hold"},
                extra_anchors=[{"region": "notice.en"}],
            ),
            _annotation("repeat-2", "Second repeated phrase", "notice", {"quote": "repeated phrase", "occurrence": 2}),
            _annotation("by-rect", "A drawn rectangle", "custody", {"page": 1, "rect": [400, 600, 560, 660]}),
            _annotation("nowhere", "Quote that is not on the form", "notice", {"quote": "zebra crossing wording"}),
        ],
    }


def jurisdiction_table() -> dict[str, Any]:
    """A complete (52-row) state table whose summaries say "Test summary for <name>"."""
    from explainer.model import JURISDICTIONS

    rows = [
        {
            "code": code,
            "name": name,
            "holds": "unclear",
            "info_sharing": "unclear",
            "summary": f"Test summary for {name}.",
            "confidence": "low",
            "reviewed": "2026-11-01",
        }
        for code, name in JURISDICTIONS.items()
    ]
    return {"title": "Test table", "reviewed": "2026-11-01", "disclaimer": "Test only.", "rows": rows}


def write_fixture(folder: Path) -> tuple[Path, Path, Path]:
    """Write ``test-form.pdf``, ``test-form.form.json``, ``sets/test-set.json`` and ``sets/jurisdictions.json``.

    Returns (pdf, description, annotation set). Load them with
    ``store.load_library([set_path], forms_folder=folder, bundled_sets=folder / "sets", user_sets=...)``.
    """
    folder.mkdir(parents=True, exist_ok=True)
    pdf = write_pdf(folder / "test-form.pdf")
    desc = folder / "test-form.form.json"
    desc.write_text(json.dumps(description(pdf.name), indent=2), encoding="utf-8")
    sets = folder / "sets"
    sets.mkdir(exist_ok=True)
    aset = sets / "test-set.json"
    aset.write_text(json.dumps(annotation_set(), indent=2), encoding="utf-8")
    (sets / "jurisdictions.json").write_text(json.dumps(jurisdiction_table(), indent=2), encoding="utf-8")
    return pdf, desc, aset
