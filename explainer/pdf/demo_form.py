"""A tiny two-page demo form and its description, drawn on demand (for tests of trainer mode).

Real forms come from ``explainer.pdf.formgen``; this one is small and fast, so tests of the tour,
handouts and the audience view do not depend on the bundled assets changing under them.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

from ..model import FormDescription

# (name, label, page, rect, text drawn inside)
DEMO_REGIONS: tuple[tuple[str, str, int, tuple[float, float, float, float], str], ...] = (
    ("header", "Header", 1, (72, 60, 540, 100), "DEMO DETAINER FORM"),
    ("box1", "Box 1", 1, (72, 140, 540, 220), "Box 1: probable cause based on a database check"),
    ("box1.c", "Box 1 (c)", 1, (90, 180, 520, 210), "(c) database check only"),
    ("hold", "Hold request", 1, (72, 300, 540, 360), "Maintain custody NOT TO EXCEED 48 HOURS"),
    ("signature", "Signature", 1, (72, 600, 300, 640), "Signature of officer"),
    ("notice", "Notice to the detainee", 2, (72, 80, 540, 300), "NOTICE TO THE DETAINEE"),
)


def write_demo_form(folder: Path, form_id: str = "demo-form") -> tuple[Path, FormDescription]:
    """Draw the demo PDF into ``folder`` and return (its path, its description)."""
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{form_id}.pdf"
    doc = pymupdf.open()
    for _ in range(2):
        doc.new_page(width=612, height=792)
    for _name, _label, page, rect, text in DEMO_REGIONS:
        p = doc[page - 1]
        p.draw_rect(pymupdf.Rect(rect), color=(0, 0, 0), width=0.6)
        p.insert_text((rect[0] + 6, rect[1] + 16), text, fontsize=11, fontname="helv")
    for i in range(2):
        doc[i].insert_text((72, 770), f"Demo Form D-1 Page {i + 1} of 2", fontsize=8, fontname="helv")
    doc.save(pdf)
    doc.close()
    form = FormDescription.model_validate(
        {
            "id": form_id,
            "form_number": "D-1",
            "title": "Demo Detainer",
            "edition": "01/26",
            "pdf": pdf.name,
            "page_count": 2,
            "page_size": [612, 792],
            "regions": [
                {"name": n, "label": lb, "page": pg, "rect": list(r), "provenance": "verified"}
                for n, lb, pg, r, _ in DEMO_REGIONS
            ],
        }
    )
    (folder / f"{form_id}.form.json").write_text(form.model_dump_json(by_alias=True, indent=2), encoding="utf-8")
    return pdf, form
