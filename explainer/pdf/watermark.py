"""The sample forms' diagonal watermark, and text extraction that leaves it out.

Every page the form generator draws carries :data:`WATERMARK` as real text, large and pale, on a
45-degree diagonal across the whole page, under the form. It crosses named regions, so a plain
PyMuPDF extraction clipped to a region picks up pieces of it ("NING — NO"), and a page's word list
starts with its words. :func:`page_words` and :func:`page_text` are PyMuPDF's extraction minus the
watermark: they drop every *diagonal* line of text whose words are a piece of :data:`WATERMARK`.
Horizontal and vertical text is never dropped (the small margin marking stays), nor is diagonal
text that says anything else.
"""

from __future__ import annotations

from typing import Any

import pymupdf

WATERMARK = "SAMPLE — FOR TRAINING — NOT AN OFFICIAL FORM"
WATERMARK_GREY = 0.87
"""The watermark's colour (the same grey in red, green and blue): light, under black print."""

_AXIS_TOLERANCE = 0.35
"""A line whose direction has both components at least this large is diagonal (about 20-70 degrees)."""

Rect = tuple[float, float, float, float]


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def is_watermark_line(line: dict[str, Any]) -> bool:
    """True for a line of a PyMuPDF ``"dict"`` extraction that is (part of) the diagonal watermark."""
    dx, dy = line["dir"]
    if min(abs(dx), abs(dy)) < _AXIS_TOLERANCE:
        return False
    text = _squeeze("".join(span["text"] for span in line["spans"]))
    return bool(text) and text in WATERMARK


def _textpage(page: pymupdf.Page, clip: Rect | None, flags: int) -> pymupdf.TextPage:
    return page.get_textpage(clip=pymupdf.Rect(clip) if clip is not None else None, flags=flags)


def _lines(textpage: pymupdf.TextPage) -> list[tuple[int, int, dict[str, Any]]]:
    """(block number, line number, line) of every text line, numbered as ``"words"`` numbers them."""
    return [
        (block["number"], number, line)
        for block in textpage.extractDICT()["blocks"]
        if block["type"] == 0
        for number, line in enumerate(block["lines"])
    ]


def page_words(page: pymupdf.Page, clip: Rect | None = None) -> list[tuple[Any, ...]]:
    """``page.get_text("words", clip=clip)`` without the watermark's words."""
    textpage = _textpage(page, clip, pymupdf.TEXTFLAGS_WORDS)
    marked = {(block, number) for block, number, line in _lines(textpage) if is_watermark_line(line)}
    words = textpage.extractWORDS()
    if not marked:
        return list(words)
    return [w for w in words if (w[5], w[6]) not in marked]


def page_text(page: pymupdf.Page, clip: Rect | None = None) -> str:
    """``page.get_text("text", clip=clip)`` without the watermark: one line of output per text line."""
    textpage = _textpage(page, clip, pymupdf.TEXTFLAGS_TEXT)
    return "".join(
        "".join(span["text"] for span in line["spans"]) + "\n"
        for _, _, line in _lines(textpage)
        if not is_watermark_line(line)
    )


def watermark_lines(page: pymupdf.Page) -> list[dict[str, Any]]:
    """The page's watermark lines (``"dict"`` lines with their ``dir``, ``bbox`` and spans)."""
    textpage = _textpage(page, None, pymupdf.TEXTFLAGS_DICT)
    return [line for _, _, line in _lines(textpage) if is_watermark_line(line)]
