"""A demo form and an annotation set for trainer-mode tests (no dependency on the bundled assets)."""

from __future__ import annotations

from pathlib import Path

from explainer.model import AnnotationSet, FormDescription
from tests.pdf_fixture import write_demo_form

DISCLAIMER = "Training material, not legal advice."

# (id, title, anchor, extra anchors)
STOPS = (
    ("db-check", "Database check only", {"region": "box1.c"}, []),
    ("hold-48", "Forty-eight hour hold", {"region": "hold"}, [{"region": "header"}]),
    ("unsigned", "No judge signed it", {"region": "signature"}, []),
    ("notice", "The detainee notice", {"region": "notice"}, []),
    ("by-quote", "Found by its words", {"quote": "Signature of officer"}, []),
)


def annotation_dict(i: int, ann_id: str, title: str, anchor: dict, extra: list) -> dict:
    return {
        "id": ann_id,
        "title": title,
        "category": "probable cause" if i % 2 else "process",
        "summary": f"Summary line {i + 1}: {title.lower()} is the point.",
        "body": f"Explanation-{ann_id} says **why** this matters.\n\n- first reason-{ann_id}\n- second reason",
        "look_for": [f"Look-{ann_id} on the client's form"],
        "what_to_do": [f"Do-{ann_id}: object in writing"],
        "authorities": [
            {
                "citation": f"Case {i + 1} v. Sample, {100 + i} F.3d {200 + i} (1st Cir. 2020)",
                "verification": "verified" if i % 2 == 0 else "unverified",
                "as_of": "2026-01-15",
            }
        ],
        "verification": "verified",
        "state_notes": {
            "IL": {
                "text": f"Illinois-note-{ann_id}: the TRUST Act limits holds.",
                "authorities": [{"citation": "5 ILCS 805/15", "verification": "verified", "as_of": "2026-01-10"}],
                "verification": "verified",
                "reviewed": "2026-01-10",
            }
        }
        if i != 2
        else {},
        "presenter_notes": f"Presenter-notes-{ann_id}: ask the room first.",
        "anchor": anchor,
        "extra_anchors": extra,
    }


def demo_set(form: FormDescription, n: int | None = None) -> AnnotationSet:
    stops = STOPS if n is None else STOPS[:n]
    return AnnotationSet.model_validate(
        {
            "id": "demo-set",
            "title": "Demo detainer: what is wrong",
            "form": {"id": form.id, "edition": form.edition},
            "reviewed": "2026-02-01",
            "authors": ["Test Author"],
            "disclaimer": DISCLAIMER,
            "annotations": [annotation_dict(i, *s) for i, s in enumerate(stops)],
        }
    )


def demo(folder: Path) -> tuple[Path, FormDescription, AnnotationSet]:
    pdf, form = write_demo_form(folder)
    return pdf, form, demo_set(form)
