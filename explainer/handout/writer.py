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

from ..freshness import reviewed_text
from ..model import JURISDICTIONS, Annotation, AnnotationSet, Authority, JurisdictionRow
from ..paths import atomic_write_bytes
from ..pdf import stamp
from ..pdf.stamp import Callout
from ..pdf.story import story_pdf_bytes
from ..verification import VERIFICATION_LABEL
from .markdown import inline, to_html

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
        lambda page, total: f"{label} — form page {page} of {total}, numbered as in the notes that follow",
        run.tick,
    )
    notes = _stop_pages(request, run, stamp.first_page_size(request.source))
    run.tick("saving")
    aset = request.annotation_set

    def footer(page: int, total: int) -> str:
        return (
            f"<p>{html.escape(aset.disclaimer)} · Content reviewed {reviewed_text(aset.reviewed)} · "
            f"<b>Page {page} of {total}</b></p>"
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
.summary { font-style: italic; }
.meta { color: #555; font-size: 8.5pt; }
.unverified { font-weight: bold; color: #8c1414; }
.rule { color: #999; margin: 0 0 2pt 0; }
.state { margin: 4pt 0 0 0; }
"""

_RULE = "_" * 96


def _authority_html(a: Authority) -> str:
    cite = html.escape(a.citation) + (f", {html.escape(a.pinpoint)}" if a.pinpoint else "")
    label = VERIFICATION_LABEL[a.verification]
    mark = f'<span class="unverified">{label}</span>' if a.verification != "verified" else label
    note = f" — {html.escape(a.note)}" if a.note else ""
    return f'<li>{cite} <span class="meta">[{mark}; as of {a.as_of.isoformat()}]</span>{note}</li>'


def _lines(n: int) -> str:
    return "".join(f'<p class="rule">{_RULE}</p>' for _ in range(n))


def _list_html(title: str, items: Sequence[str]) -> str:
    if not items:
        return ""
    return f"<h3>{title}</h3><ul>" + "".join(f"<li>{inline(i)}</li>" for i in items) + "</ul>"


def stop_html(
    number: int, ann: Annotation, state: str | None, worksheet: bool, state_row: JurisdictionRow | None = None
) -> str:
    """The HTML of one stop's entry in the handout.

    Without a note of its own for ``state``, the entry gives ``state_row`` (that state's row of the
    state-law table), labelled as such, as the app's explanation panel and the review memo do."""
    parts = [f"<h2>{number}. {html.escape(ann.title)}</h2>"]
    parts.append(f'<p class="meta">{html.escape(ann.category)}</p>')
    if worksheet:
        parts.append("<h3>What is wrong here?</h3>" + _lines(WORKSHEET_LINES))
        parts.append("<h3>What to look for</h3>" + _lines(2))
        parts.append("<h3>What you can do</h3>" + _lines(3))
    else:
        parts.append(f'<p class="summary">{html.escape(ann.summary)}</p>')
        parts.append(to_html(ann.body))
        parts.append(_list_html("What to look for", ann.look_for))
        parts.append(_list_html("What you can do", ann.what_to_do))
    parts.append("<h3>Authorities</h3><ul>" + "".join(_authority_html(a) for a in ann.authorities) + "</ul>")
    if state and state in JURISDICTIONS:
        name = html.escape(JURISDICTIONS[state])
        note = ann.state_notes.get(state)
        if worksheet:
            parts.append(f'<h3 class="state">In {name}</h3>' + _lines(2))
        elif note is None and state_row is not None and state_row.code == state:
            parts.append(
                f'<h3 class="state">In {name}</h3>'
                f'<p class="meta">No {name}-specific note for this point. From the state table (reviewed '
                f"{state_row.reviewed.isoformat()}, confidence {html.escape(state_row.confidence)}):</p>"
                f"<p>{html.escape(state_row.summary)}</p>"
                + (
                    "<ul>" + "".join(_authority_html(a) for a in state_row.authorities) + "</ul>"
                    if state_row.authorities
                    else ""
                )
            )
        elif note is None:
            parts.append(f'<h3 class="state">In {name}</h3><p>No {name}-specific note for this point.</p>')
        else:
            label = VERIFICATION_LABEL[note.verification]
            parts.append(
                f'<h3 class="state">In {name}</h3>{to_html(note.text)}'
                f'<p class="meta">State note {label}; reviewed {note.reviewed.isoformat()}</p>'
                "<ul>" + "".join(_authority_html(a) for a in note.authorities) + "</ul>"
            )
    return "\n".join(p for p in parts if p)


def _intro_html(request: HandoutRequest) -> str:
    aset = request.annotation_set
    kind = "Worksheet" if request.worksheet else "Handout"
    state = request.state if request.state in JURISDICTIONS else None
    where = f" — with notes for {html.escape(JURISDICTIONS[state])}" if state else ""
    parts = [f"<h1>{kind}: {html.escape(aset.title)}</h1>"]
    parts.append(
        f'<p class="meta">{len(request.stops)} points, numbered as on the form{where}. '
        f"Content reviewed {reviewed_text(aset.reviewed)}.</p>"
    )
    if request.filter_text:
        parts.append(f'<p class="meta">Only the points matching “{html.escape(request.filter_text)}”.</p>')
    return "\n".join(parts)


def _stop_pages(request: HandoutRequest, run: _Run, size: tuple[float, float]) -> bytes:
    chunks = [_intro_html(request)]
    for number, ann in enumerate(request.stops, start=1):
        run.tick(f"stop {number}: {ann.title}")
        chunks.append(stop_html(number, ann, request.state, request.worksheet, request.state_row))
    margins = (SIDE_MARGIN, SIDE_MARGIN, SIDE_MARGIN, SIDE_MARGIN + FOOT_BAND / 2)
    pdf = story_pdf_bytes("<body>" + "\n".join(chunks) + "</body>", _CSS, size, margins)
    run.tick("laying out the notes")
    return pdf
