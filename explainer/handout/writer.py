"""Write a handout PDF: the form's pages with numbered callouts, then an entry per stop.

A NEW document is built; the source PDF is only read. Each source page is placed, slightly reduced,
on a page of its own size, leaving a band for a heading and the footer; every stop placed on it gets a
thin outline around each of its rects and a numbered badge (drawn by :mod:`explainer.pdf.stamp`).
The stops follow as flowing text (PyMuPDF Story): number, title, summary, explanation, what to look
for, what to do, authorities with their verification and as-of dates, and the note for the chosen
state. ``worksheet`` replaces the explanatory parts with ruled blank lines. Every page gets a footer
with the set's disclaimer, the date its content was reviewed and "Page N of M".

Long exports report progress through a callback; a callback returning False cancels, and then nothing
is written (the file is written atomically at the very end).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..content import explain
from ..content import wording as w
from ..content.blocks import Blank, Block, Body, Bullets, Heading, Paragraph
from ..content.html import to_html
from ..content.wording import reviewed_text, t
from ..model import JURISDICTIONS, Annotation, AnnotationSet, JurisdictionRow
from ..paths import atomic_write_bytes
from ..pdf import stamp
from ..pdf.stamp import Callout
from ..pdf.story import story_pdf_bytes

Progress = Callable[[int, int, str], "bool | None"]
"""``progress(done, total, what)``; return False to cancel."""

FOOT_BAND = 34.0
SIDE_MARGIN = 36.0
WORKSHEET_LINES = 5
FOOTER = stamp.FooterStyle(
    left=SIDE_MARGIN / 2,
    right=SIDE_MARGIN / 2,
    top=FOOT_BAND - 6,
    bottom=4,
    rule_gap=2,
    rule_grey=0.35,
    css="p { font-family: sans-serif; font-size: 6.5pt; color: #444; }",
    scale_low=0.4,
)


class ExportCancelled(Exception):
    """The progress callback asked to stop; nothing was written."""


@dataclass(frozen=True)
class HandoutRequest:
    source: Path
    annotation_set: AnnotationSet
    stops: Sequence[Annotation]
    callouts: Sequence[Callout] = ()
    state: str | None = None  # USPS code; None or "US" for national
    worksheet: bool = False
    form_label: str = ""  # e.g. "I-247A (02/17) — Immigration Detainer – Notice of Action"
    filter_text: str = ""  # shown on the first stop page when the stops are a filtered subset
    state_row: JurisdictionRow | None = None  # the state table's row, for points without a note of their own


@dataclass
class _Run:
    progress: Progress | None
    total: int
    done: int = 0
    notes: list[str] = field(default_factory=list)

    def tick(self, what: str) -> None:
        self.done += 1
        if self.progress is not None and self.progress(self.done, self.total, what) is False:
            raise ExportCancelled(what)


def export_handout(request: HandoutRequest, out: Path, progress: Progress | None = None) -> int:
    """Write the handout to ``out``; returns its page count. Raises ExportCancelled if cancelled."""
    run = _Run(progress, total=stamp.page_count(request.source) + len(request.stops) + 2)
    label = request.form_label or request.annotation_set.title
    form = stamp.form_pages(
        request.source,
        request.callouts,
        lambda page, total: t(w.HANDOUT_FORM_PAGE, form=label, page=page, pages=total),
        run.tick,
    )
    notes = _stop_pages(request, run, stamp.first_page_size(request.source))
    run.tick("saving")
    aset = request.annotation_set

    def footer(page: int, total: int) -> str:
        reviewed = t(w.FOOTER_REVIEWED, date=reviewed_text(aset.reviewed))
        return (
            f"<p>{html.escape(aset.disclaimer)} · {html.escape(reviewed)} · "
            f"<b>{html.escape(t(w.PAGE_OF, page=page, pages=total))}</b></p>"
        )

    data = stamp.finish([form, notes], footer, FOOTER)
    atomic_write_bytes(out, data)
    return stamp.page_count(data)


# ---- the stops ---------------------------------------------------------------------------------

_CSS = """
body { font-family: sans-serif; font-size: 10pt; line-height: 1.3; color: #111; }
h1 { font-size: 15pt; margin: 0 0 4pt 0; }
h2 { font-size: 12.5pt; margin: 12pt 0 2pt 0; color: #8c1414; }
h3 { font-size: 10pt; margin: 6pt 0 1pt 0; }
h4 { font-size: 10pt; margin: 4pt 0 1pt 0; }
p { margin: 0 0 4pt 0; }
ul, ol { margin: 0 0 4pt 0; }
.meta { color: #555; font-size: 8.5pt; }
.mark-unverified { font-weight: bold; color: #8c1414; }
.mark-partly-verified { font-weight: bold; color: #8a4b00; }
.rule { color: #999; margin: 0 0 2pt 0; }
.callout { background-color: #fff3d6; padding: 3pt; margin: 2pt 0 4pt 0; }
.facts td { padding: 0 6pt 0 0; }
"""


def stop_blocks(
    number: int, ann: Annotation, state: str | None, worksheet: bool, state_row: JurisdictionRow | None = None
) -> list[Block]:
    """One stop's entry in the handout (its title a level-1 heading: written one level down).

    Without a note of its own for ``state``, the entry gives ``state_row`` (that state's row of the
    state-law table), labelled as such, as the app's explanation panel and the review memo do."""
    blocks: list[Block] = [Heading(1, ann.title, number), Paragraph(ann.category, "meta")]
    if worksheet:
        blocks += [Heading(2, t(w.WORKSHEET_WRONG)), Blank(WORKSHEET_LINES)]
        blocks += [Heading(2, t(w.LOOK_FOR)), Blank(2), Heading(2, t(w.WHAT_TO_DO)), Blank(3)]
    else:
        blocks += [Paragraph(f"*{ann.summary}*", "summary"), Body(ann.body)]
        if ann.look_for:
            blocks += [Heading(2, t(w.LOOK_FOR)), Bullets(tuple(ann.look_for))]
        if ann.what_to_do:
            blocks += [Heading(2, t(w.WHAT_TO_DO)), Bullets(tuple(ann.what_to_do))]
    blocks += [Heading(2, t(w.AUTHORITIES)), explain.authorities(ann.authorities)]
    if state and state in JURISDICTIONS:
        if worksheet:
            blocks += [Heading(2, t(w.IN_STATE, state=JURISDICTIONS[state])), Blank(2)]
        else:
            blocks += explain.state_part(ann, state, None, national=None, row=state_row)
    return blocks


def stop_html(
    number: int, ann: Annotation, state: str | None, worksheet: bool, state_row: JurisdictionRow | None = None
) -> str:
    return to_html(stop_blocks(number, ann, state, worksheet, state_row), "print", shift=1)


def _intro_html(request: HandoutRequest) -> str:
    aset = request.annotation_set
    state = request.state if request.state in JURISDICTIONS else None
    title = t(w.WORKSHEET if request.worksheet else w.HANDOUT, title=aset.title)
    date = reviewed_text(aset.reviewed)
    intro = (
        t(w.HANDOUT_INTRO_STATE, count=len(request.stops), state=JURISDICTIONS[state], date=date)
        if state
        else t(w.HANDOUT_INTRO, count=len(request.stops), date=date)
    )
    blocks: list[Block] = [Heading(1, title), Paragraph(intro, "meta")]
    if request.filter_text:
        blocks.append(Paragraph(t(w.HANDOUT_FILTERED, filter=request.filter_text), "meta"))
    return to_html(blocks, "print")


def _stop_pages(request: HandoutRequest, run: _Run, size: tuple[float, float]) -> bytes:
    chunks = [_intro_html(request)]
    for number, ann in enumerate(request.stops, start=1):
        run.tick(f"stop {number}: {ann.title}")
        chunks.append(stop_html(number, ann, request.state, request.worksheet, request.state_row))
    margins = (SIDE_MARGIN, SIDE_MARGIN, SIDE_MARGIN, SIDE_MARGIN + FOOT_BAND / 2)
    pdf = story_pdf_bytes("<body>" + "\n".join(chunks) + "</body>", _CSS, size, margins)
    run.tick("laying out the notes")
    return pdf
