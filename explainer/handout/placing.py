"""Where each stop's callout goes on the form: the viewer's placements, grouped per page.

There is one anchor resolver, :mod:`explainer.anchors`; this only turns its placements into the
handout's numbered callouts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from .. import anchors
from ..model import Annotation, FormDescription
from ..pdf.document import Document
from ..pdf.stamp import Callout


def callouts_from_placements(stops: Sequence[Annotation], placements: Mapping[str, anchors.Placement]) -> list[Callout]:
    """One callout per stop and page its areas land on, numbered 1.. in the order of ``stops``."""
    out: list[Callout] = []
    for number, ann in enumerate(stops, start=1):
        placement = placements.get(ann.id)
        if placement is None or not placement.placed:
            continue
        pages: dict[int, list[anchors.Rect]] = {}
        for area in placement.areas:
            pages.setdefault(area.page - 1, []).extend(area.rects)
        out.extend(Callout(number, page, tuple(rects)) for page, rects in sorted(pages.items()) if rects)
    return out


def callouts_for(pdf: Path, form: FormDescription | None, stops: Sequence[Annotation]) -> list[Callout]:
    """Place ``stops`` on the form's own PDF with :mod:`explainer.anchors`, then make the callouts."""
    with Document(pdf) as doc:
        placements = anchors.place_all(stops, doc, form, is_form_pdf=True)
    return callouts_from_placements(stops, placements)
