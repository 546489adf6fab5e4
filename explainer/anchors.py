"""Where each annotation sits on a document: resolve anchors to page + rects. No Qt here.

An anchor is tried in order: a region of the form description, then a text quote (+ occurrence,
optionally restricted to a page) found by text search, then an explicit page + rect. The first that
resolves wins. On the form's own sample PDF a region is exact; on any other document (a client's
copy) a quote is tried first and a region or rect is only an approximation. An annotation none of
whose anchors resolves is "not placed": it is listed, never drawn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from .gcpause import paused_gc
from .model import Anchor, Annotation, FormDescription, Region

Rect = tuple[float, float, float, float]
Method = Literal["region", "text", "rect", "unplaced"]

PAGE_SIZE_TOLERANCE = 2.0  # points: a client's scan of Letter paper is still "the same size"


class SearchableDocument(Protocol):
    """What anchors need from a document (``explainer.pdf.document.Document`` provides it)."""

    @property
    def page_count(self) -> int: ...

    def page_size(self, index: int) -> tuple[float, float]: ...

    def search_matches(self, index: int, quote: str) -> list[list[Rect]]: ...


@dataclass(frozen=True)
class Area:
    """One resolved anchor: a 1-based page and the rects lit on it."""

    page: int
    rects: tuple[Rect, ...]
    method: Method
    region: str | None = None


@dataclass(frozen=True)
class Placement:
    """Where one annotation landed. ``page``/``rects`` are those of its main anchor."""

    annotation_id: str
    page: int | None
    rects: tuple[Rect, ...]
    method: Method
    approximate: bool = False
    areas: tuple[Area, ...] = field(default=())
    region_label: str | None = None
    reconstructed: bool = False

    @property
    def placed(self) -> bool:
        return self.method != "unplaced"

    @property
    def bounds(self) -> Rect | None:
        """The union of the main anchor's rects."""
        if not self.rects:
            return None
        return (
            min(r[0] for r in self.rects),
            min(r[1] for r in self.rects),
            max(r[2] for r in self.rects),
            max(r[3] for r in self.rects),
        )


UNPLACED_TEXT = "not placed"


def _same_size(doc: SearchableDocument, index: int, form: FormDescription) -> bool:
    w, h = doc.page_size(index)
    fw, fh = form.page_size
    return abs(w - fw) <= PAGE_SIZE_TOLERANCE and abs(h - fh) <= PAGE_SIZE_TOLERANCE


def regions_by_name(form: FormDescription | None) -> dict[str, Region]:
    """The form's regions keyed by name (one dict for a whole set, instead of a scan per anchor)."""
    return {r.name: r for r in form.regions} if form is not None else {}


def _by_region(anchor: Anchor, doc: SearchableDocument, regions: Mapping[str, Region]) -> Area | None:
    if anchor.region is None:
        return None
    region = regions.get(anchor.region)
    if region is None or region.page > doc.page_count:
        return None
    return Area(region.page, (region.rect,), "region", region.name)


def _by_quote(anchor: Anchor, doc: SearchableDocument) -> Area | None:
    if anchor.quote is None:
        return None
    if anchor.page is not None:
        if anchor.page > doc.page_count:
            return None
        pages = [anchor.page - 1]
    else:
        pages = list(range(doc.page_count))
    seen = 0
    for index in pages:
        for match in doc.search_matches(index, anchor.quote):
            seen += 1
            if seen == anchor.occurrence:
                return Area(index + 1, tuple(match), "text")
    return None


def _by_rect(anchor: Anchor, doc: SearchableDocument) -> Area | None:
    if anchor.rect is None or anchor.page is None or anchor.page > doc.page_count:
        return None
    return Area(anchor.page, (anchor.rect,), "rect")


def resolve_anchor(
    anchor: Anchor,
    doc: SearchableDocument,
    form: FormDescription | None,
    *,
    is_form_pdf: bool,
    regions: Mapping[str, Region] | None = None,
) -> tuple[Area | None, bool]:
    """Resolve one anchor; returns (area or None, approximate). ``regions``: :func:`regions_by_name` of ``form``."""
    if regions is None:
        regions = regions_by_name(form)
    if is_form_pdf:
        for area in (_by_region(anchor, doc, regions), _by_quote(anchor, doc), _by_rect(anchor, doc)):
            if area is not None:
                return area, False
        return None, False
    found = _by_quote(anchor, doc)
    if found is not None:
        return found, False
    for area in (_by_region(anchor, doc, regions), _by_rect(anchor, doc)):
        if area is not None and form is not None and _same_size(doc, area.page - 1, form):
            return area, True
    return None, False


def place(
    annotation: Annotation,
    doc: SearchableDocument,
    form: FormDescription | None,
    *,
    is_form_pdf: bool = True,
    regions: Mapping[str, Region] | None = None,
) -> Placement:
    """Place one annotation. Extra anchors that resolve are added as further areas."""
    if regions is None:
        regions = regions_by_name(form)
    areas: list[Area] = []
    approximate = False
    for anchor in annotation.anchors:
        area, approx = resolve_anchor(anchor, doc, form, is_form_pdf=is_form_pdf, regions=regions)
        if area is not None:
            areas.append(area)
            approximate = approximate or approx
    main = areas[0] if areas else None
    if main is None:
        return Placement(annotation.id, None, (), "unplaced")
    region = regions.get(main.region) if main.region else None
    reconstructed = any(
        a.region is not None and (r := regions.get(a.region)) is not None and r.provenance == "reconstructed"
        for a in areas
    )
    return Placement(
        annotation_id=annotation.id,
        page=main.page,
        rects=main.rects,
        method=main.method,
        approximate=approximate,
        areas=tuple(areas),
        region_label=region.label if region is not None else None,
        reconstructed=reconstructed,
    )


def place_all(
    annotations: Sequence[Annotation],
    doc: SearchableDocument,
    form: FormDescription | None,
    *,
    is_form_pdf: bool = True,
) -> dict[str, Placement]:
    """Placements keyed by annotation id, in the annotations' order."""
    regions = regions_by_name(form)
    with paused_gc():
        return {a.id: place(a, doc, form, is_form_pdf=is_form_pdf, regions=regions) for a in annotations}


def reconstructed_regions(annotation: Annotation, form: FormDescription | None) -> list[str]:
    """Labels of the reconstructed regions an annotation points at (for the panel's caveat)."""
    if form is None:
        return []
    labels = []
    for anchor in annotation.anchors:
        region = form.region(anchor.region) if anchor.region else None
        if region is not None and region.provenance == "reconstructed":
            labels.append(region.label)
    return labels
