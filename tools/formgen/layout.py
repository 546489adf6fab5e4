"""A tiny layout toolkit for drawing form facsimiles, which records where every named part lands.

A :class:`FormWriter` owns one PDF; each :class:`Sheet` is one page of it. Drawing calls (text lines,
wrapped paragraphs, rules, boxes, checkboxes, filled-in values) report the rectangle they cover, and
every region opened with ``with sheet.region(name, ...)`` grows to the union of what was drawn inside
it. So the rects in a form description are what was actually drawn, never typed by hand.

Fonts are the metric-compatible free clones of the PDF base-14 faces that ship inside MuPDF
(Nimbus Sans = Helvetica, Nimbus Roman = Times, Nimbus Mono = Courier), embedded as subsets so that
dashes, curly quotes and accented Spanish letters extract as real Unicode text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pymupdf

from explainer.pdf.watermark import WATERMARK, WATERMARK_GREY

PAGE_W, PAGE_H = 612.0, 792.0  # US Letter
MARGIN = 36.0
BLACK = (0, 0, 0)
GREY = (0.45, 0.45, 0.45)
PRODUCER = f"PyMuPDF {pymupdf.VersionBind}"
"""Written into every PDF: byte-identical output is only expected from the same PyMuPDF version."""
MARKING = "SAMPLE FACSIMILE — NOT AN OFFICIAL FORM — FOR TRAINING ONLY — Detainer Explainer"
WATERMARK_SIZE = 27.0
"""Points: the diagonal watermark then spans about 500 points each way, well inside the page."""

# Short names used in the drawing code -> MuPDF built-in font codes.
FONTS = {
    "sans": "helv",
    "sans-bold": "hebo",
    "sans-italic": "heit",
    "serif": "tiro",
    "serif-bold": "tibo",
    "serif-italic": "tiit",
    "mono": "cour",
    "mono-bold": "cobo",
}
_METRICS = {name: pymupdf.Font(code) for name, code in FONTS.items()}
_BOLD = {"sans": "sans-bold", "serif": "serif-bold", "mono": "mono-bold", "sans-italic": "sans-bold"}
_MARKUP = re.compile(r"(\*\*)")
_PHONE = re.compile(r"\(\d{3}\) \d{3}-\d{4}")  # never split a phone number across lines
NBSP = "\u00a0"


def text_width(text: str, font: str, size: float) -> float:
    return _METRICS[font].text_length(text, size)


@dataclass
class RegionRecord:
    name: str
    label: str
    page: int
    provenance: str
    note: str | None = None
    rect: pymupdf.Rect | None = None

    def grow(self, rect: pymupdf.Rect) -> None:
        self.rect = pymupdf.Rect(rect) if self.rect is None else self.rect | rect


@dataclass
class Line:
    """One wrapped line: a list of (text, font) runs."""

    runs: list[tuple[str, str]] = field(default_factory=list)


class FormWriter:
    """One PDF being drawn: its pages and every region recorded on them."""

    def __init__(self, footer_left: str) -> None:
        self.doc = pymupdf.open()
        self.footer_left = footer_left
        self.sheets: list[Sheet] = []
        self.regions: list[RegionRecord] = []

    def new_sheet(self, footer_left: str | None = None, prefix: str = "") -> Sheet:
        """A new page. Consecutive pages with the same footer are one document ("Page N of M" counts
        within it); ``prefix`` starts the name of every region drawn on it (e.g. ``"i200."``)."""
        page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        sheet = Sheet(self, page, len(self.sheets) + 1, footer_left or self.footer_left, prefix)
        sheet.draw_watermark()  # first, so that everything the form draws lies on top of it
        self.sheets.append(sheet)
        return sheet

    def region_names(self) -> list[str]:
        return [r.name for r in self.regions]

    def finish(self, title: str, subject: str) -> bytes:
        """Footers ("Page N of M"), the sample marking, fixed metadata; returns the PDF bytes."""
        groups: list[list[Sheet]] = []
        for sheet in self.sheets:
            if groups and groups[-1][0].footer_left == sheet.footer_left:
                groups[-1].append(sheet)
            else:
                groups.append([sheet])
        for group in groups:
            for index, sheet in enumerate(group, start=1):
                sheet.page = self.doc[sheet.number - 1]  # page handles go stale once later pages exist
                sheet._fonts.clear()
                sheet.draw_footer(index, len(group))
                sheet.draw_marking()
        self.doc.subset_fonts()
        fixed = "D:20260101000000Z"
        self.doc.set_metadata(
            {
                "title": title,
                "subject": subject,
                "author": "Detainer Explainer (sample facsimile, not an official form)",
                "creator": "Detainer Explainer tools/formgen",
                "producer": PRODUCER,
                "keywords": "sample, facsimile, training, not an official form",
                "creationDate": fixed,
                "modDate": fixed,
            }
        )
        return self.doc.tobytes(garbage=3, deflate=True, no_new_id=True)


class Sheet:
    """One page: drawing primitives in PDF points (origin top-left) that record what they cover."""

    def __init__(self, writer: FormWriter, page: pymupdf.Page, number: int, footer_left: str, prefix: str = "") -> None:
        self.writer = writer
        self.prefix = prefix
        self.page = page
        self.number = number
        self.footer_left = footer_left
        self._open: list[RegionRecord] = []
        self._fonts: set[str] = set()
        self.footer_provenance = "reconstructed"

    # ---- regions -------------------------------------------------------------------------------

    @contextmanager
    def region(self, name: str, label: str, provenance: str, note: str | None = None) -> Iterator[None]:
        record = RegionRecord(self.prefix + name, label, self.number, provenance, note)
        self._open.append(record)
        try:
            yield
        finally:
            self._open.pop()
        if record.rect is None:
            raise ValueError(f"region {name!r} drew nothing")
        for outer in self._open:
            outer.grow(record.rect)
        self.writer.regions.append(record)

    def mark(self, rect: pymupdf.Rect) -> pymupdf.Rect:
        """Count ``rect`` as drawn (also used to claim blank writing space for the open regions)."""
        for record in self._open:
            record.grow(rect)
        return rect

    # ---- text ------------------------------------------------------------------------------------

    def _font(self, font: str) -> str:
        if font not in self._fonts:
            self.page.insert_font(fontname=font, fontbuffer=_METRICS[font].buffer)
            self._fonts.add(font)
        return font

    def text(
        self,
        x: float,
        y: float,
        text: str,
        font: str = "sans",
        size: float = 8,
        align: str = "left",
        color: tuple[float, float, float] = BLACK,
    ) -> pymupdf.Rect:
        """One line whose top is at ``y``; ``x`` is its left edge, centre or right edge per ``align``."""
        metrics = _METRICS[font]
        width = metrics.text_length(text, size)
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        baseline = y + size * 0.82
        self.page.insert_text((x, baseline), text, fontname=self._font(font), fontsize=size, color=color)
        return self.mark(pymupdf.Rect(x, y, x + width, y + size * 1.15))

    def runs(self, x: float, y: float, line: Line, size: float) -> pymupdf.Rect:
        rect = pymupdf.Rect(x, y, x, y)
        for text, font in line.runs:
            drawn = self.text(x, y, text, font, size)
            rect |= drawn
            x = drawn.x1
        return rect

    def para(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        font: str = "sans",
        size: float = 8,
        leading: float = 1.18,
        indent: float = 0,
    ) -> float:
        """A wrapped paragraph; ``**...**`` switches to the bold face. Returns the y below it."""
        for i, line in enumerate(wrap(text, font, size, width, indent)):
            self.runs(x + (indent if i == 0 else 0), y, line, size)
            y += size * leading
        return y

    # ---- rules, boxes, checkboxes ----------------------------------------------------------------

    def hline(self, x0: float, x1: float, y: float, width: float = 0.5) -> None:
        self.page.draw_line((x0, y), (x1, y), color=BLACK, width=width)
        self.mark(pymupdf.Rect(x0, y - 0.5, x1, y + 0.5))

    def vline(self, x: float, y0: float, y1: float, width: float = 0.5) -> None:
        self.page.draw_line((x, y0), (x, y1), color=BLACK, width=width)
        self.mark(pymupdf.Rect(x - 0.5, y0, x + 0.5, y1))

    def box(self, rect: pymupdf.Rect, width: float = 0.8, fill: tuple[float, float, float] | None = None) -> None:
        self.page.draw_rect(rect, color=BLACK, width=width, fill=fill)
        self.mark(rect)

    def band(self, x0: float, y: float, x1: float, title: str, size: float = 8) -> float:
        """A black heading band with white bold capitals; returns the y below it."""
        height = size * 1.6
        self.page.draw_rect(pymupdf.Rect(x0, y, x1, y + height), color=BLACK, fill=BLACK, width=0.5)
        self.text(x0 + 4, y + size * 0.3, title, "sans-bold", size, color=(1, 1, 1))
        return y + height

    def checkbox(self, x: float, y: float, checked: bool = False, size: float = 7.5) -> pymupdf.Rect:
        """A square box with its top-left at (x, y); a ticked box carries a typed "X"."""
        rect = pymupdf.Rect(x, y, x + size, y + size)
        self.page.draw_rect(rect, color=BLACK, width=0.6)
        if checked:
            self.text(x + size * 0.12, y - size * 0.08, "X", "mono-bold", size * 1.15)
        return self.mark(rect)

    def checklist(
        self,
        x: float,
        y: float,
        width: float,
        items: list[tuple[str, str, str]],
        provenance: str,
        checked: frozenset[str] = frozenset(),
        size: float = 8.3,
        gap: float = 3,
    ) -> float:
        """Checkbox items ``(region name, label, text)``, each its own region; returns the y below."""
        for name, label, text in items:
            with self.region(name, label, provenance):
                self.checkbox(x, y + 0.5, checked=name in checked)
                y = self.para(x + 12, y, width - 12, text, size=size)
            y += gap
        return y

    def cell(self, rect: pymupdf.Rect, label: str, size: float = 7, hint: str = "") -> pymupdf.Rect:
        """A ruled cell with a bold label in its top-left corner (and an optional small hint after it)."""
        self.box(rect, width=0.6)
        label_rect = self.text(rect.x0 + 2.5, rect.y0 + 1.5, label, "sans-bold", size)
        if hint:
            self.text(label_rect.x1 + 3, rect.y0 + 1.8, hint, "sans", size - 1)
        return self.mark(rect)

    def field(self, x: float, y: float, w: float, label: str, size: float = 7.5) -> pymupdf.Rect:
        """``label`` then a writing line to ``x + w``; returns the rect of the blank part."""
        label_rect = self.text(x, y, label, "sans-bold", size)
        blank = pymupdf.Rect(label_rect.x1 + 3, y, x + w, y + size * 1.3)
        self.hline(blank.x0, blank.x1, blank.y1)
        return self.mark(blank)

    # ---- filled-in values (scenarios) ------------------------------------------------------------

    def fill(self, x: float, y: float, text: str, style: str = "typed", size: float = 9) -> pymupdf.Rect:
        """A value written into a field: typed (Courier) or hand-written-ish (Times Italic, offset)."""
        if style == "hand":
            return self.text(x + 2, y - 1.5, text, "serif-italic", size + 1.5, color=(0.05, 0.1, 0.45))
        return self.text(x, y, text, "mono", size, color=(0.05, 0.05, 0.05))

    # ---- furniture -------------------------------------------------------------------------------

    def draw_footer(self, index: int, total: int) -> None:
        """The form's own footer: form number and edition, and "Page index of total" of its document."""
        y = PAGE_H - 30
        name = "footer" if self.number == 1 else f"footer.p{self.number}"
        self.prefix = ""
        with self.region(name, f"Footer, page {self.number}", self.footer_provenance):
            self.text(MARGIN, y, self.footer_left, "sans-bold", 7)
            self.text(PAGE_W - MARGIN, y, f"Page {index} of {total}", "sans-bold", 7, align="right")

    def draw_watermark(self) -> None:
        """:data:`WATERMARK`, large and pale, centred on the page and rising at 45 degrees from the
        bottom left. Real text (it extracts), but not a region: ``explainer.pdf.watermark`` leaves it
        out of the text of regions and pages."""
        size = WATERMARK_SIZE
        length = _METRICS["sans-bold"].text_length(WATERMARK, size)
        along = pymupdf.Point(1, -1) / 2**0.5  # the reading direction on the page (y grows down)
        up = pymupdf.Point(along.y, -along.x)  # from the baseline towards the tops of the letters
        centre = pymupdf.Point(PAGE_W / 2, PAGE_H / 2)
        start = centre - along * (length / 2) - up * (size * 0.36)  # half the capital height
        self.page.insert_text(
            start,
            WATERMARK,
            fontname=self._font("sans-bold"),
            fontsize=size,
            color=(WATERMARK_GREY,) * 3,
            morph=(start, pymupdf.Matrix(45)),
        )

    def draw_marking(self) -> None:
        """The sample marking in the left margin (read bottom to top) and along the top edge."""
        metrics = _METRICS["sans-bold"]
        width = metrics.text_length(MARKING, 6.5)
        x, y = 20.0, (PAGE_H + width) / 2
        self.page.insert_text(
            (x, y), MARKING, fontname=self._font("sans-bold"), fontsize=6.5, rotate=90, color=(0.55, 0.1, 0.1)
        )
        top = "SAMPLE FACSIMILE — NOT AN OFFICIAL FORM — FICTITIOUS DATA"
        tw = metrics.text_length(top, 6)
        self.page.insert_text(
            ((PAGE_W - tw) / 2, 16), top, fontname=self._font("sans-bold"), fontsize=6, color=(0.55, 0.1, 0.1)
        )


def wrap(text: str, font: str, size: float, width: float, indent: float = 0) -> list[Line]:
    """Split ``text`` into lines no wider than ``width``; ``**`` toggles bold."""
    words: list[tuple[str, str]] = []
    bold = False
    text = _PHONE.sub(lambda m: m.group(0).replace(" ", NBSP), text)
    space_before = False
    for part in _MARKUP.split(text):
        if part == "**":
            bold = not bold
            continue
        face = _BOLD.get(font, font) if bold else font
        for i, word in enumerate(part.split(" ")):
            if word:
                # a word keeps the space before it, even across a switch of face
                glue = i > 0 or space_before
                words.append(((" " if glue else "") + word, face))
        if part:
            space_before = part.endswith(" ")
    lines: list[Line] = []
    current = Line()
    used = indent
    for word, face in words:
        w = text_width(word, face, size)
        if current.runs and used + w > width:
            lines.append(current)
            current, used = Line(), 0.0
            word = word.lstrip(" ")
            w = text_width(word, face, size)
        elif not current.runs:
            word = word.lstrip(" ")
            w = text_width(word, face, size)
        if current.runs and current.runs[-1][1] == face:
            current.runs[-1] = (current.runs[-1][0] + word, face)
        else:
            current.runs.append((word, face))
        used += w
    if current.runs:
        lines.append(current)
    for line in lines:
        line.runs = [(run.replace(NBSP, " "), face) for run, face in line.runs]
    return lines
