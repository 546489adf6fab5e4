"""Where each stop's callout goes on the form: the stop's anchors, resolved, grouped per page."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..model import Annotation, FormDescription
from ..pdf.handout import Callout


def callouts_for(pdf: Path, form: FormDescription | None, stops: Sequence[Annotation]) -> list[Callout]:
    """One callout per stop and page its anchors land on, numbered 1.. in the order of ``stops``.

    TEMPORARY: region anchors only, read from the form description, until ``explainer.anchors`` lands.
    """
    out: list[Callout] = []
    for number, ann in enumerate(stops, start=1):
        pages: dict[int, list[tuple[float, float, float, float]]] = {}
        for anchor in ann.anchors:
            region = form.region(anchor.region) if form and anchor.region else None
            if region is not None:
                pages.setdefault(region.page - 1, []).append(region.rect)
            elif anchor.rect is not None and anchor.page is not None:
                pages.setdefault(anchor.page - 1, []).append(anchor.rect)
        out.extend(Callout(number, page, tuple(rects)) for page, rects in sorted(pages.items()))
    return out
