"""The one module that opens documents with PyMuPDF for viewing.

Everything else asks a :class:`Document` for page sizes, text positions, words and images; nobody
outside ``explainer.pdf`` imports ``pymupdf``. Pages are addressed by 0-based *index* here (files and
:class:`explainer.anchors.Placement` count from 1). Rectangles are ``(x0, y0, x1, y1)`` tuples in PDF
points with the origin at the page's top-left, as PyMuPDF reports them.

Text comes without the sample forms' diagonal watermark (see :mod:`explainer.pdf.watermark`): it
crosses every region, and would otherwise leak into quotes, region words and fingerprints.

PyMuPDF is not thread-safe: call a Document from one thread only (the viewer renders in small slices
on the GUI thread instead of in a worker).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pymupdf

from .watermark import page_text, page_words

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

Rect = tuple[float, float, float, float]

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp"}
OPENABLE_SUFFIXES = {".pdf", *IMAGE_SUFFIXES}


class DocumentError(Exception):
    """A file that cannot be shown: missing, corrupt, encrypted, or of an unsupported kind."""


@dataclass(frozen=True)
class Word:
    text: str
    rect: Rect
    block: int
    line: int


def _tokens_match(tokens: list[str], texts: list[str]) -> bool:
    if len(tokens) == 1:
        return tokens[0] in texts[0]
    if not texts[0].endswith(tokens[0]) or not texts[-1].startswith(tokens[-1]):
        return False
    return tokens[1:-1] == texts[1:-1]


def _line_rects(words: list[Word]) -> list[Rect]:
    """Union of the words' rects, one rect per (block, line)."""
    lines: dict[tuple[int, int], Rect] = {}
    for w in words:
        key = (w.block, w.line)
        if key in lines:
            x0, y0, x1, y1 = lines[key]
            lines[key] = (min(x0, w.rect[0]), min(y0, w.rect[1]), max(x1, w.rect[2]), max(y1, w.rect[3]))
        else:
            lines[key] = w.rect
    return list(lines.values())


class Document:
    """An open PDF or image (PyMuPDF opens PNG/JPEG/TIFF as one-page documents)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise DocumentError(f"{self.path}: no such file")
        suffix = self.path.suffix.lower()
        if suffix and suffix not in OPENABLE_SUFFIXES:
            raise DocumentError(f"{self.path.name}: unsupported file type {suffix!r} (expected a PDF or an image)")
        try:
            self._doc = pymupdf.open(self.path)
        except Exception as exc:  # PyMuPDF raises several types (FileDataError, RuntimeError, ...)
            raise DocumentError(f"{self.path.name}: cannot open ({exc})") from exc
        if self._doc.needs_pass:
            self._doc.close()
            raise DocumentError(f"{self.path.name}: the PDF is password-protected")
        if self._doc.page_count < 1:
            self._doc.close()
            raise DocumentError(f"{self.path.name}: the file has no pages")
        self.is_image = not self._doc.is_pdf
        self._words: dict[int, list[Word]] = {}
        self._lower: dict[int, list[str]] = {}
        try:
            self._sizes = [(float(p.rect.width), float(p.rect.height)) for p in self._doc]
        except Exception as exc:
            self._doc.close()
            raise DocumentError(f"{self.path.name}: damaged page tree ({exc})") from exc

    # -- structure ---------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return len(self._sizes)

    def page_size(self, index: int) -> tuple[float, float]:
        """Width and height of page ``index`` (0-based) in PDF points."""
        return self._sizes[index]

    @property
    def page_sizes(self) -> list[tuple[float, float]]:
        return list(self._sizes)

    def close(self) -> None:
        if not self._doc.is_closed:
            self._doc.close()

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- text ----------------------------------------------------------------------------------

    def _page(self, index: int) -> pymupdf.Page:
        if not 0 <= index < self.page_count:
            raise IndexError(f"page index {index} out of range (0..{self.page_count - 1})")
        return self._doc[index]

    def search(self, index: int, quote: str) -> list[Rect]:
        """Every place ``quote`` occurs on page ``index``, in reading order.

        A quote that wraps over several lines yields one rect per line it touches, so one match can
        contribute several rects; use :meth:`search_matches` to keep matches apart.
        """
        return [r for match in self.search_matches(index, quote) for r in match]

    def search_matches(self, index: int, quote: str) -> list[list[Rect]]:
        """The matches of ``quote`` on page ``index``: one list of rects (one per line) per match.

        Matching is word by word, case-insensitive and blind to line breaks and spacing; the quote's
        first word may be the end of a word on the page and its last word the start of one.
        """
        tokens = [t.lower() for t in quote.split()]
        if not tokens:
            return []
        words = self.words(index)
        texts = self._lower_words(index)
        first = tokens[0]
        n = len(tokens)
        matches: list[list[Rect]] = []
        i = 0
        while i + n <= len(words):
            if first in texts[i] and _tokens_match(tokens, texts[i : i + n]):
                matches.append(_line_rects(words[i : i + len(tokens)]))
                i += n
            else:
                i += 1
        return matches

    def _lower_words(self, index: int) -> list[str]:
        if index not in self._lower:
            self._lower[index] = [w.text.lower() for w in self.words(index)]
        return self._lower[index]

    def words(self, index: int) -> list[Word]:
        """The words of page ``index`` with their rects, in PyMuPDF's reading order (cached), minus
        the sample watermark's."""
        if index not in self._words:
            self._words[index] = [
                Word(text=w[4], rect=(w[0], w[1], w[2], w[3]), block=int(w[5]), line=int(w[6]))
                for w in page_words(self._page(index))
            ]
        return list(self._words[index])

    def text(self, index: int, clip: Rect | None = None) -> str:
        """The text of page ``index`` (only the characters inside ``clip``, if given), minus the
        sample watermark."""
        return page_text(self._page(index), clip)

    def iter_text(self) -> Iterator[str]:
        for index in range(self.page_count):
            yield self.text(index)

    # -- rendering -------------------------------------------------------------------------------

    def render(self, index: int, scale: float, clip: Rect | None = None, *, transparent: bool = False) -> QImage:
        """Render page ``index`` (or the ``clip`` of it, in PDF points) at ``scale`` pixels per point.

        The returned QImage owns its pixels: it is copied while the PyMuPDF Pixmap is still alive,
        so it stays valid after the Pixmap is garbage-collected. ``transparent=True`` leaves the paper
        transparent (premultiplied RGBA): MuPDF renders that about twice as fast, and a viewer that
        paints the page white underneath shows the same thing.
        """
        from PySide6.QtGui import QImage

        page = self._page(index)
        matrix = pymupdf.Matrix(scale, scale)
        area = pymupdf.Rect(clip) if clip else None
        try:
            pix = page.get_pixmap(matrix=matrix, clip=area, alpha=transparent)
            if pix.colorspace is not None and pix.colorspace.n not in (1, 3):  # CMYK: convert to RGB
                pix = pymupdf.Pixmap(pymupdf.csRGB, pix)
        except Exception as exc:
            raise DocumentError(f"{self.path.name}: page {index + 1} cannot be rendered ({exc})") from exc
        formats = {
            (1, False): QImage.Format.Format_Grayscale8,
            (3, False): QImage.Format.Format_RGB888,
            (4, True): QImage.Format.Format_RGBA8888_Premultiplied,
        }
        fmt = formats.get((pix.n, bool(pix.alpha)))
        if fmt is None:  # e.g. grey + alpha: let MuPDF make it RGB(A)
            pix = pymupdf.Pixmap(pymupdf.csRGB, pix)
            fmt = formats[(pix.n, bool(pix.alpha))]
        image = QImage(pix.samples_mv, pix.width, pix.height, pix.stride, fmt)
        owned = image.copy()
        del image, pix
        return owned
