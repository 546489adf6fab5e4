"""What the "Client review" dock says about a review: the form it is, how its markers were placed.

Only text and rows built from an :class:`explainer.review.session.Review`; the controller hands them
to the dock. No widgets here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..review.placement import ReviewPlacement
    from ..review.session import Review
    from ..store import Library

PLACED_BY = {
    "text": "a quote found in the document's text",
    "region-text": "the form's printed words found in the document's text",
    "mapped": "the page's position, learnt from its printed words",
}


def form_choices(library: Library) -> list[tuple[str, str]]:
    """(form id, label) for the form pickers: blank forms first, then scenarios, each by id."""
    forms = sorted(library.forms.values(), key=lambda f: (f.kind != "blank", f.id))
    return [(f.id, f"{f.form_number} \u2014 {f.title}") for f in forms]


def identity_html(review: Review) -> str:
    """The form the document is, how it was identified, and any other forms the file holds."""
    form, how = review.form, review.identification
    assert form is not None
    identity = f"<b>{form.form_number}</b> \u2014 {form.title}, edition {form.edition}."
    if how.form_id is None:
        identity += " Chosen by you (it has no text layer to recognise)." if not how.has_text else " Chosen by you."
    else:
        identity += f" {how.message}"
    for part in review.attached:
        pages = ", ".join(str(n) for n in part.pages)
        identity += (
            f"<br/>Also in this file: <b>{part.form.form_number}</b> \u2014 {part.form.title} "
            f"(page{'s' if len(part.pages) > 1 else ''} {pages}); its explanations are listed after the "
            f"{form.form_number}'s."
        )
    return identity


def checklist_rows(review: Review) -> list[tuple[str, int, str]]:
    """(annotation id, number, title) for each point of the checklist, in order."""
    return [(a.id, n, a.title) for n, a in enumerate(review.annotations, start=1)]


def checklist_groups(review: Review | None) -> dict[str, str]:
    """Annotation id -> its form's heading in the checklist (a file with several forms)."""
    if review is None or not review.attached:
        return {}
    out = {}
    for ann in review.annotations:
        form = review.form_of(ann.id)
        if form is not None:
            out[ann.id] = f"{form.form_number} \u2014 {form.title}"
    return out


def approximate_rects(placed: Mapping[str, ReviewPlacement]) -> list[tuple[int, tuple[float, float, float, float]]]:
    """(page, rectangle) of every marker placed by position only (``placed``: the review's placements)."""
    return [(s.page, r) for p in placed.values() for s in p.spots if s.approximate for r in s.rects]


def placement_summary(review: Review, placed: Mapping[str, ReviewPlacement]) -> tuple[str, list[tuple[str, str]]]:
    """How many markers were placed and how (HTML), and the (label, reason) of each one that was not."""
    titles = {a.id: (n, a.title) for n, a in enumerate(review.annotations, start=1)}
    not_placed = [
        (f"{titles[p.annotation_id][0]}. {titles[p.annotation_id][1]}", p.reason) for p in review.not_placed()
    ]
    counts: dict[str, int] = {}
    for p in placed.values():
        counts[p.method] = counts.get(p.method, 0) + 1
    approx = sum(1 for p in placed.values() if p.approximate)
    total = len(placed) - len(not_placed)
    summary = f"<b>{total} of {len(placed)} placed</b>"
    if approx:
        summary += (
            f", {approx} of them <b>approximate</b>: placed by position (no text to go by), drawn with a "
            "dashed outline. Align them to the document:"
        )
    else:
        summary += " by the document's text."
    how = "; ".join(f"{n} by {PLACED_BY[m]}" for m, n in sorted(counts.items()) if m in PLACED_BY)
    if how:
        summary += f'<br/><span style="color:#555">{how}</span>'
    return summary, not_placed
