"""Print a review memo (``explainer.review.memo.Memo``) as a PDF: US Letter, wrapped text, page footers.

Laid out with PyMuPDF's Story (HTML + CSS, base-14 fonts; nothing remote). Every text the user or
the annotation set supplies is escaped first (Markdown bodies go through the handout's safe
converter), so nothing in a note can inject markup.
"""

from __future__ import annotations

import html
from pathlib import Path

from ..handout.markdown import inline, to_html
from ..model import Authority
from ..paths import atomic_write_bytes
from ..pdf import stamp
from ..pdf.story import story_pdf_bytes
from ..verification import VERIFICATION_LABEL
from .memo import Finding, Memo, state_paragraph

PAGE = (612.0, 792.0)
MARGIN = 54.0
FOOT_BAND = 30.0
FOOTER = stamp.FooterStyle(
    left=MARGIN,
    right=MARGIN,
    top=MARGIN - 6,
    bottom=MARGIN - FOOT_BAND,
    rule_gap=3,
    rule_grey=0.6,
    css="p { font-family: sans-serif; font-size: 7pt; color: #444; }",
)

_CSS = """
body { font-family: sans-serif; font-size: 10pt; line-height: 1.3; color: #111; }
h1 { font-size: 16pt; margin: 0 0 6pt 0; }
h2 { font-size: 12.5pt; margin: 14pt 0 4pt 0; color: #1f3a5f; }
h3 { font-size: 11pt; margin: 12pt 0 2pt 0; }
h4 { font-size: 10pt; margin: 4pt 0 1pt 0; }
p { margin: 0 0 4pt 0; }
ul, ol { margin: 0 0 4pt 0; }
.facts { font-size: 9.5pt; }
.meta { color: #555; font-size: 8.5pt; }
.summary { font-weight: bold; }
.note { background-color: #fff6d6; padding: 4pt; margin: 2pt 0 6pt 0; }
.unverified { font-weight: bold; color: #8c1414; }
.disclaimer { color: #444; font-size: 8.5pt; font-style: italic; margin-top: 14pt; }
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _paragraphs(text: str) -> str:
    """Plain text the user typed: kept as typed, paragraphs and line breaks included."""
    blocks = [b for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return "".join(f"<p>{'<br/>'.join(_esc(line) for line in block.splitlines())}</p>" for block in blocks)


def _authority(a: Authority) -> str:
    cite = _esc(a.citation) + (f", {_esc(a.pinpoint)}" if a.pinpoint else "")
    label = VERIFICATION_LABEL[a.verification]
    mark = f'<span class="unverified">{label}</span>' if a.verification != "verified" else label
    note = f" \u2014 {_esc(a.note)}" if a.note else ""
    return f'<li>{cite} <span class="meta">[{mark}; as of {a.as_of.isoformat()}]</span>{note}</li>'


def _finding(memo: Memo, finding: Finding) -> str:
    ann = finding.annotation
    meta = _esc(ann.category) + (f" \u00b7 {_esc(finding.location)}" if finding.location else "")
    parts = [
        f"<h3>{finding.number}. {_esc(ann.title)}</h3>",
        f'<p class="meta">{meta}</p>',
        f'<p class="summary">{_esc(ann.summary)}</p>',
    ]
    if finding.note:
        parts.append(f'<div class="note"><p><b>Attorney\u2019s note</b></p>{_paragraphs(finding.note)}</div>')
    parts.append(to_html(ann.body))
    for heading, items in (("What to look for", ann.look_for), ("What you can do", ann.what_to_do)):
        if items:
            parts.append(f"<h4>{heading}</h4><ul>" + "".join(f"<li>{inline(i)}</li>" for i in items) + "</ul>")
    parts.append("<h4>Authorities</h4><ul>" + "".join(_authority(a) for a in ann.authorities) + "</ul>")
    title, text, authorities = state_paragraph(memo, ann)
    parts.append(f"<h4>{_esc(title)}</h4>{to_html(text)}")
    if authorities:
        parts.append("<ul>" + "".join(_authority(a) for a in authorities) + "</ul>")
    return "\n".join(parts)


def memo_html(memo: Memo) -> str:
    facts = [
        ("Document reviewed", f"{memo.form_number}, {memo.form_title} (edition {memo.edition})"),
        *(("Also in the file", other) for other in memo.attached),
        ("Jurisdiction", memo.jurisdiction_name),
        ("Date", memo.date.isoformat()),
        ("Explanations from", f"{memo.set_title} (content reviewed {memo.set_reviewed.isoformat()})"),
    ]
    parts = [f"<h1>{_esc(memo.heading)}</h1>"]
    parts.append('<p class="facts">' + "<br/>".join(f"<b>{k}:</b> {_esc(v)}" for k, v in facts) + "</p>")
    count = len(memo.findings)
    parts.append(f"<h2>Findings ({count})</h2>" if count else "<h2>Findings</h2>")
    if not memo.findings:
        parts.append("<p>No annotation was marked \u201cissue found\u201d.</p>")
    parts += [_finding(memo, f) for f in memo.findings]
    if memo.general_notes:
        parts.append("<h2>Attorney\u2019s notes</h2>" + _paragraphs(memo.general_notes))
    parts.append(f'<div class="disclaimer">{_paragraphs(memo.disclaimer)}</div>')
    return "<body>" + "\n".join(parts) + "</body>"


def memo_pdf_bytes(memo: Memo) -> bytes:
    margins = (MARGIN, MARGIN, MARGIN, MARGIN + FOOT_BAND / 2)
    laid_out = story_pdf_bytes(memo_html(memo), _CSS, PAGE, margins)

    def footer(page: int, total: int) -> str:
        return (
            f"<p>{_esc(memo.heading)} \u00b7 {memo.date.isoformat()} \u00b7 "
            f"Training material, not legal advice \u00b7 <b>Page {page} of {total}</b></p>"
        )

    metadata = {"title": memo.heading, "creator": "Detainer Explainer", "producer": "Detainer Explainer"}
    return stamp.finish([laid_out], footer, FOOTER, metadata)


def write_memo_pdf(memo: Memo, path: Path) -> Path:
    atomic_write_bytes(path, memo_pdf_bytes(memo))
    return path
