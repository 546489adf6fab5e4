"""Place a form's annotations on a client's own copy of the form. Qt-free.

A layer over :mod:`explainer.anchors`, which knows how to place annotations on our sample PDFs. A
client's document differs: it may be shifted, printed on A4, scanned sideways, re-typeset, or be a
photo with no text at all. For each anchor, in order:

1. a **quote** is searched on the client's document (``explainer.anchors``): exact;
2. a **region** (or a page + rect) is found by its own words: the words printed inside it on the
   sample form are looked up on the client's page and the region follows them
   (:func:`explainer.review.textmatch.map_part`); if it holds no matched word but the whole page moved
   as one piece, the region goes through the page's map;
3. on a document **without text**, every anchor is placed by its position relative to the page and
   marked *approximate*; an alignment (scale + shift, e.g. from two reference points the user clicks)
   moves all approximate markers of a page at once.

Whatever cannot be placed is listed as not placed, with the reason; nothing is guessed silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, Protocol

from .. import anchors
from ..model import Anchor, Annotation, FormDescription
from .geometry import Affine, Point, Rect, fit_two_points, union
from .textmatch import PageMatch, WordLike, map_part, match_pages

Method = Literal["text", "region-text", "mapped", "position", "unplaced"]

METHOD_HELP: dict[str, str] = {
    "text": "quote found in the document's text",
    "region-text": "the region's printed words found in the document's text",
    "mapped": "the page's printed words moved as one piece; the region went with them",
    "position": "by position on the page (no text to go by): approximate, align it",
    "unplaced": "not placed",
}


class ClientDocument(anchors.SearchableDocument, Protocol):
    """What placement needs of a document (``explainer.pdf.document.Document`` provides it)."""

    def words(self, index: int) -> Sequence[WordLike]: ...


@dataclass(frozen=True)
class Spot:
    """One resolved anchor on the client's document."""

    page: int  # 1-based
    rects: tuple[Rect, ...]
    method: Method
    approximate: bool
    detail: str
    region: str | None = None
    form_rects: tuple[Rect, ...] = ()  # approximate spots: the rects on the sample form, re-mapped on rotation


@dataclass(frozen=True)
class ReviewPlacement:
    """Where one annotation landed on the client's document; ``spots[0]`` is its main anchor."""

    annotation_id: str
    spots: tuple[Spot, ...]
    reason: str = ""  # why it is not placed

    @property
    def placed(self) -> bool:
        return bool(self.spots)

    @property
    def page(self) -> int | None:
        return self.spots[0].page if self.spots else None

    @property
    def rects(self) -> tuple[Rect, ...]:
        return self.spots[0].rects if self.spots else ()

    @property
    def bounds(self) -> Rect | None:
        return union(self.rects) if self.rects else None

    @property
    def method(self) -> Method:
        return self.spots[0].method if self.spots else "unplaced"

    @property
    def approximate(self) -> bool:
        return any(s.approximate for s in self.spots)


@dataclass(frozen=True)
class ReferencePoint:
    """A point of the form the user can find on the document, to align approximate markers."""

    label: str
    page: int  # 1-based form page
    form_point: Point  # on the sample form
    guess: Point  # where the page-relative placement puts it on the document (before alignment)


@dataclass
class ReviewLayout:
    """Every annotation's placement on one client document, and the alignment of approximate ones."""

    form: FormDescription
    has_text: bool
    base: dict[str, ReviewPlacement]
    doc_sizes: dict[int, tuple[float, float]]  # 1-based document page -> its size in points
    page_matches: dict[int, PageMatch] = field(default_factory=dict)  # 0-based sample page -> twin
    alignment: dict[int, Affine] = field(default_factory=dict)  # 1-based document page -> correction

    def page_map(self, page: int) -> Affine | None:
        """Form page -> the document's page with the same number as displayed (None: no such page).

        A sideways photo is turned upright in the viewer (``Document.set_turns``), not its markers."""
        size = self.doc_sizes.get(page)
        return None if size is None else page_relative(self.form.page_size, size)

    # -- results ---------------------------------------------------------------------------------

    def placements(self) -> dict[str, ReviewPlacement]:
        """Placements with each approximate spot moved by its page's alignment."""
        return {ident: self._aligned(p) for ident, p in self.base.items()}

    def not_placed(self) -> list[ReviewPlacement]:
        return [p for p in self.base.values() if not p.placed]

    def viewer_placements(self) -> dict[str, anchors.Placement]:
        """The same placements in the viewer's type, so its scene can draw them."""
        out = {}
        for ident, p in self.placements().items():
            if not p.placed:
                out[ident] = anchors.Placement(ident, None, (), "unplaced")
                continue
            areas = tuple(
                anchors.Area(s.page, s.rects, "text" if s.method == "text" else "region", s.region) for s in p.spots
            )
            main = areas[0]
            region = self.form.region(p.spots[0].region) if p.spots[0].region else None
            out[ident] = anchors.Placement(
                annotation_id=ident,
                page=main.page,
                rects=main.rects,
                method=main.method,
                approximate=p.approximate,
                areas=areas,
                region_label=region.label if region else None,
                reconstructed=any(
                    (r := self.form.region(s.region)) is not None and r.provenance == "reconstructed"
                    for s in p.spots
                    if s.region
                ),
            )
        return out

    def _aligned(self, placement: ReviewPlacement) -> ReviewPlacement:
        spots = []
        for spot in placement.spots:
            page_map = self.page_map(spot.page) if spot.approximate and spot.form_rects else None
            if page_map is None:
                spots.append(spot)
                continue
            transform = page_map.then(self.alignment.get(spot.page, Affine()))
            spots.append(replace(spot, rects=tuple(transform.map_rect(r) for r in spot.form_rects)))
        return replace(placement, spots=tuple(spots))

    # -- alignment ---------------------------------------------------------------------------------

    @property
    def has_approximate(self) -> bool:
        return any(p.approximate for p in self.base.values())

    def set_alignment(self, page: int, transform: Affine, *, all_pages: bool = False) -> None:
        """Correct every approximate marker of ``page`` (or of every page) by ``transform``."""
        pages = {s.page for p in self.base.values() for s in p.spots} if all_pages else {page}
        for number in pages | {page}:
            self.alignment[number] = transform

    def reset_alignment(self) -> None:
        self.alignment.clear()

    def reference_points(self, page: int = 1) -> tuple[ReferencePoint, ReferencePoint] | None:
        """Two far-apart points of the form on ``page``: the top-left corner of its top-left-most
        region and the bottom-right corner of its bottom-right-most one (footers left out)."""
        on_page = [r for r in self.form.regions if r.page == page]
        # footers and filled-in values are bare text, not a corner one can find on paper; boxes are
        regions = [r for r in on_page if not r.name.startswith(("footer", "fill."))] or on_page
        page_map = self.page_map(page)
        if len(regions) < 1 or page_map is None:
            return None
        first = min(regions, key=lambda r: r.rect[0] + r.rect[1])
        last = max(regions, key=lambda r: r.rect[2] + r.rect[3])
        p1 = (first.rect[0], first.rect[1])
        p2 = (last.rect[2], last.rect[3])
        return (
            ReferencePoint(f"top-left corner of {first.label}", page, p1, page_map.apply(p1)),
            ReferencePoint(f"bottom-right corner of {last.label}", page, p2, page_map.apply(p2)),
        )

    def align_by_points(self, page: int, clicked: tuple[Point, Point], *, all_pages: bool = False) -> Affine:
        """The user clicked where the two reference points of ``page`` really are on the document."""
        refs = self.reference_points(page)
        if refs is None:
            raise ValueError(f"page {page} of the form has no regions to align by")
        transform = fit_two_points((refs[0].guess, refs[1].guess), clicked)
        self.set_alignment(page, transform, all_pages=all_pages)
        return transform


# --------------------------------------------------------------------------------------------------
# Placing
# --------------------------------------------------------------------------------------------------


def has_text(doc: ClientDocument, minimum_words: int = 5) -> bool:
    return sum(len(doc.words(i)) for i in range(doc.page_count)) >= minimum_words


def page_relative(form_size: tuple[float, float], doc_size: tuple[float, float], turns: int = 0) -> Affine:
    """Stretch the form's page, turned by ``turns`` quarter turns, onto a document page of ``doc_size``."""
    turn = Affine.quarter_turns(turns)
    turned = turn.map_rect((0.0, 0.0, form_size[0], form_size[1]))
    return turn.then(Affine.rect_to_rect(turned, (0.0, 0.0, doc_size[0], doc_size[1])))


class _Placer:
    def __init__(self, form: FormDescription, sample: ClientDocument, doc: ClientDocument) -> None:
        self.form = form
        self.sample = sample
        self.doc = doc
        self.has_text = has_text(doc)
        self.doc_sizes = {page: doc.page_size(page - 1) for page in range(1, doc.page_count + 1)}
        self.matches: dict[int, PageMatch] = {}
        if self.has_text:
            sample_words = [list(sample.words(i)) for i in range(sample.page_count)]
            client_words = [list(doc.words(i)) for i in range(doc.page_count)]
            self.matches = match_pages(sample_words, client_words)
            self._sample_words, self._client_words = sample_words, client_words

    # each returns a Spot or a reason it could not be placed
    def by_quote(self, anchor: Anchor) -> Spot | str:
        assert anchor.quote is not None
        if not self.has_text:
            found, _ = anchors.resolve_anchor(
                Anchor(quote=anchor.quote, occurrence=anchor.occurrence, page=anchor.page),
                self.sample,
                None,
                is_form_pdf=True,
            )
            if found is None:
                return f"quote {anchor.quote!r} is not on the sample form either"
            return self.by_position(found.page, found.rects, None)
        page = anchor.page
        if page is not None:
            match = self.matches.get(page - 1)
            if match is None:
                return f"page {page} of the form was not found in this document"
            page = match.client_page + 1
        query = Anchor(quote=anchor.quote, occurrence=anchor.occurrence, page=page)
        found, _ = anchors.resolve_anchor(query, self.doc, None, is_form_pdf=False)
        if found is None:
            return f"quote {anchor.quote!r} not found in the document's text"
        return Spot(found.page, found.rects, "text", False, METHOD_HELP["text"])

    def by_part(self, page: int, rect: Rect, region: str | None) -> Spot | str:
        if not self.has_text:
            return self.by_position(page, (rect,), region)
        match = self.matches.get(page - 1)
        if match is None:
            return f"page {page} of the form was not found in this document"
        sample, client = self._sample_words[page - 1], self._client_words[match.client_page]
        found = map_part(rect, match, sample, client)
        if found is not None:
            mapped, how = found
            return Spot(
                match.client_page + 1, (mapped,), "region-text", False, f"{METHOD_HELP['region-text']}; {how}", region
            )
        if match.exact and match.transform is not None:
            mapped = match.transform.map_rect(rect)
            return Spot(match.client_page + 1, (mapped,), "mapped", False, METHOD_HELP["mapped"], region)
        return "none of its printed words was found, and the page was re-typeset"

    def by_position(self, page: int, rects: Sequence[Rect], region: str | None) -> Spot | str:
        size = self.doc_sizes.get(page)
        if size is None:
            return f"the document has no page {page}"
        page_map = page_relative(self.form.page_size, size)
        mapped = tuple(page_map.map_rect(r) for r in rects)
        return Spot(page, mapped, "position", True, METHOD_HELP["position"], region, tuple(rects))

    def place_anchor(self, anchor: Anchor) -> Spot | str:
        reasons: list[str] = []
        if anchor.quote is not None:
            found = self.by_quote(anchor)
            if isinstance(found, Spot):
                return found
            reasons.append(found)
        if anchor.region is not None:
            region = self.form.region(anchor.region)
            if region is None:
                reasons.append(f"the form has no region {anchor.region!r}")
            else:
                found = self.by_part(region.page, region.rect, region.name)
                if isinstance(found, Spot):
                    return found
                reasons.append(f"region {region.label!r}: {found}")
        if anchor.rect is not None and anchor.page is not None:
            found = self.by_part(anchor.page, anchor.rect, None)
            if isinstance(found, Spot):
                return found
            reasons.append(f"rect on page {anchor.page}: {found}")
        return "; ".join(reasons) or "nothing to place it by"

    def place(self, annotation: Annotation) -> ReviewPlacement:
        spots: list[Spot] = []
        reasons: list[str] = []
        for anchor in annotation.anchors:
            found = self.place_anchor(anchor)
            if isinstance(found, Spot):
                spots.append(found)
            else:
                reasons.append(found)
        if not spots:
            return ReviewPlacement(annotation.id, (), "; ".join(reasons))
        return ReviewPlacement(annotation.id, tuple(spots))


def place_on_document(
    annotations: Sequence[Annotation],
    form: FormDescription,
    sample: ClientDocument,
    doc: ClientDocument,
    *,
    pages: Sequence[int] | None = None,
) -> ReviewLayout:
    """Place ``annotations`` (written for ``form``, whose sample PDF is ``sample``) on ``doc``.

    ``doc`` reports words and sizes as its pages are displayed (``explainer.pdf.document`` applies
    a page's ``/Rotate`` and the viewer's turns), so rects come out as displayed. ``pages``: only
    these pages (1-based) hold the form (a file with several forms); the others are not looked at.
    """
    if pages is not None:
        chosen = [n - 1 for n in pages]
        return _renumbered(place_on_document(annotations, form, sample, _Pages(doc, chosen)), chosen)
    placer = _Placer(form, sample, doc)
    base = {a.id: placer.place(a) for a in annotations}
    return ReviewLayout(form, placer.has_text, base, placer.doc_sizes, placer.matches)


class _Pages:
    """Some pages of a document, seen as a document of their own: its page ``i`` is ``indices[i]``."""

    def __init__(self, doc: ClientDocument, indices: Sequence[int]) -> None:
        self.doc, self.indices = doc, list(indices)

    @property
    def page_count(self) -> int:
        return len(self.indices)

    def page_size(self, index: int) -> tuple[float, float]:
        return self.doc.page_size(self.indices[index])

    def search_matches(self, index: int, quote: str) -> list[list[Rect]]:
        return self.doc.search_matches(self.indices[index], quote)

    def words(self, index: int) -> Sequence[WordLike]:
        return self.doc.words(self.indices[index])


def _renumbered(layout: ReviewLayout, indices: Sequence[int]) -> ReviewLayout:
    """A layout made on :class:`_Pages`, with the whole document's page numbers."""

    def page(number: int) -> int:
        return indices[number - 1] + 1

    base = {}
    for ident, placed in layout.base.items():
        base[ident] = replace(placed, spots=tuple(replace(s, page=page(s.page)) for s in placed.spots))
    sizes = {page(n): size for n, size in layout.doc_sizes.items()}
    matches = {k: replace(m, client_page=indices[m.client_page]) for k, m in layout.page_matches.items()}
    return ReviewLayout(layout.form, layout.has_text, base, sizes, matches)
