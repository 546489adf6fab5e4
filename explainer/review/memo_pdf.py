"""Print a review memo (``explainer.review.memo.Memo``) as a PDF: US Letter, wrapped text, page footers.

Laid out with PyMuPDF's Story (HTML + CSS, base-14 fonts; nothing remote) from the memo's content
blocks, written by the same HTML writer the screen uses. Every text the user or the annotation set
supplies is escaped (Markdown bodies go through the safe converter), so nothing in a note can inject
markup.
"""

from __future__ import annotations

import html
from pathlib import Path

from ..content import wording as w
from ..content.html import to_html
from ..paths import atomic_write_bytes
from ..pdf import stamp
from ..pdf.story import story_pdf_bytes
from .memo import Memo, memo_blocks

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
.facts td { padding: 0 6pt 0 0; }
.meta { color: #555; font-size: 8.5pt; }
.note { background-color: #fff6d6; padding: 4pt; margin: 2pt 0 6pt 0; }
.mark-unverified { font-weight: bold; color: #8c1414; }
.mark-partly-verified { font-weight: bold; color: #8a4b00; }
.disclaimer { color: #444; font-size: 8.5pt; font-style: italic; margin-top: 14pt; }
.end { color: #555; font-size: 8.5pt; }
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def memo_html(memo: Memo) -> str:
    return "<body>" + to_html(memo_blocks(memo), "print") + "</body>"


def memo_pdf_bytes(memo: Memo) -> bytes:
    margins = (MARGIN, MARGIN, MARGIN, MARGIN + FOOT_BAND / 2)
    laid_out = story_pdf_bytes(memo_html(memo), _CSS, PAGE, margins)

    def footer(page: int, total: int) -> str:
        return (
            f"<p>{_esc(memo.heading)} \u00b7 {memo.date.isoformat()} \u00b7 "
            f"{_esc(w.t(w.MEMO_FOOTER))} \u00b7 <b>{_esc(w.t(w.PAGE_OF, page=page, pages=total))}</b></p>"
        )

    metadata = {"title": memo.heading, "creator": "Detainer Explainer", "producer": "Detainer Explainer"}
    return stamp.finish([laid_out], footer, FOOTER, metadata)


def write_memo_pdf(memo: Memo, path: Path) -> Path:
    atomic_write_bytes(path, memo_pdf_bytes(memo))
    return path
