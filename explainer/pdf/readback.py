"""Read a written PDF back: its text, or one page as a PNG (for checks, tests and looking at output)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pymupdf


def pdf_text(path: Path) -> str:
    """The text of a PDF, ligatures such as "ﬃ" spelled out."""
    with pymupdf.open(path) as doc:
        return unicodedata.normalize("NFKC", "\n".join(page.get_text() for page in doc))


def render_page_png(path: Path, page: int, out: Path, dpi: int = 80) -> Path:
    with pymupdf.open(path) as doc:
        doc[page].get_pixmap(dpi=dpi).save(out)
    return out
