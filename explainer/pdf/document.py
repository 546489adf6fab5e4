"""An open document (PDF or image) as the app sees it: pages, sizes, words, search. No Qt here.

Everything else asks a :class:`Document` for page sizes, text positions and words (and
:mod:`explainer.pdf.render` for images); nobody outside ``explainer.pdf`` imports ``pymupdf``.
Pages are addressed by 0-based *index* here (files and :class:`explainer.anchors.Placement` count
from 1). Rectangles are ``(x0, y0, x1, y1)`` tuples in PDF
points with the origin at the page's top-left, as PyMuPDF reports them.

Everything is in the coordinates of the page *as displayed*: a page's own ``/Rotate`` (a sideways
scan saved by a scanner app) and the viewer's quarter turns (:meth:`Document.set_turns`, for a photo
taken sideways) are applied to page sizes, words, search hits and rendered images alike, so whatever
is drawn over a rendered page lands on its words.

Text comes without the sample forms' diagonal watermark (see :mod:`explainer.pdf.watermark`): it
crosses every region, and would otherwise leak into quotes, region words and fingerprints.

PyMuPDF is not thread-safe: call a Document from one thread only (the viewer renders in small slices
on the GUI thread instead of in a worker). Code that only needs words and geometry (identification,
placement, inspect) imports this module and never the GUI toolkit.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from .watermark import page_text, page_words

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
        self._turns = 0
        self._words: dict[int, list[Word]] = {}
        self._lower: dict[int, list[str]] = {}
        self._joined: dict[int, str] = {}
        self._matches: dict[tuple[int, tuple[str, ...]], list[list[Rect]]] = {}
        try:
            self._shown = [(float(p.rect.width), float(p.rect.height)) for p in self._doc.pages()]  # after /Rotate
        except Exception as exc:
            self._doc.close()
            raise DocumentError(f"{self.path.name}: damaged page tree ({exc})") from exc
        self._sizes = list(self._shown)

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

    @property
    def turns(self) -> int:
        """Quarter turns (clockwise) the viewer adds to every page, 0..3."""
        return self._turns

    def set_turns(self, turns: int) -> None:
        """Show every page turned by ``turns`` quarter turns clockwise (a photo taken sideways).

        Page sizes, words, search hits and renders all follow; text found before is forgotten.
        """
        self._turns = turns % 4
        self._sizes = [(h, w) if self._turns % 2 else (w, h) for w, h in self._shown]
        self._words.clear()
        self._lower.clear()
        self._joined.clear()
        self._matches.clear()

    def turn_matrix(self, index: int) -> pymupdf.Matrix:
        """The page as PyMuPDF shows it (its ``/Rotate`` applied) -> turned by :attr:`turns`."""
        w, h = self._shown[index]
        return pymupdf.Matrix(*_TURNS[self._turns](w, h))

    def display_matrix(self, index: int) -> pymupdf.Matrix:
        """Unrotated page space (where PyMuPDF reports text) -> the page as displayed here."""
        matrix: pymupdf.Matrix = self.page(index).rotation_matrix * self.turn_matrix(index)
        return matrix

    def close(self) -> None:
        if not self._doc.is_closed:
            self._doc.close()

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- text ----------------------------------------------------------------------------------

    def page(self, index: int) -> pymupdf.Page:
        """The PyMuPDF page ``index`` (for :mod:`explainer.pdf` only: rendering, stamping)."""
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
        first word may be the end of a word on the page and its last word the start of one. Results
        are kept per page and quote (the text of an open document does not change).
        """
        tokens = tuple(t.lower() for t in quote.split())
        if not tokens:
            return []
        key = (index, tokens)
        if key not in self._matches:
            self._matches[key] = self._find(index, tokens)
        return [list(match) for match in self._matches[key]]

    def _find(self, index: int, tokens: tuple[str, ...]) -> list[list[Rect]]:
        texts = self._lower_words(index)
        first = tokens[0]
        if first not in self._page_text_lower(index):  # one scan in C rules out most quotes on most pages
            return []
        words = self._words[index]
        n = len(tokens)
        matches: list[list[Rect]] = []
        i = 0
        while i + n <= len(texts):
            if first in texts[i] and _tokens_match(list(tokens), texts[i : i + n]):
                matches.append(_line_rects(words[i : i + n]))
                i += n
            else:
                i += 1
        return matches

    def _page_text_lower(self, index: int) -> str:
        if index not in self._joined:
            self._joined[index] = "\n".join(self._lower_words(index))
        return self._joined[index]

    def _lower_words(self, index: int) -> list[str]:
        if index not in self._lower:
            self._lower[index] = [w.text.lower() for w in self.words(index)]
        return self._lower[index]

    def words(self, index: int) -> list[Word]:
        """The words of page ``index`` with their rects, in PyMuPDF's reading order (cached), minus
        the sample watermark's."""
        if index not in self._words:
            page = self.page(index)
            shown = self.display_matrix(index)
            turned = page.rotation != 0 or self._turns != 0
            words = []
            for w in page_words(page):
                rect = tuple(pymupdf.Rect(w[:4]) * shown) if turned else (w[0], w[1], w[2], w[3])
                words.append(Word(text=w[4], rect=rect, block=int(w[5]), line=int(w[6])))
            self._words[index] = words
        return list(self._words[index])

    def text(self, index: int, clip: Rect | None = None) -> str:
        """The text of page ``index`` (only the characters inside ``clip``, displayed coordinates, if
        given), minus the sample watermark."""
        if clip is not None:
            clip = tuple(pymupdf.Rect(clip) * ~self.display_matrix(index))
        return page_text(self.page(index), clip)

    def iter_text(self) -> Iterator[str]:
        for index in range(self.page_count):
            yield self.text(index)


# quarter turns clockwise (y pointing down) of a w x h page, as (a, b, c, d, e, f): 0, 90, 180, 270 degrees
_TURNS = (
    lambda w, h: (1, 0, 0, 1, 0, 0),
    lambda w, h: (0, 1, -1, 0, h, 0),
    lambda w, h: (-1, 0, 0, -1, w, h),
    lambda w, h: (0, -1, 1, 0, 0, w),
)
