"""Stamping PDFs: form pages reduced under numbered callouts, documents joined, footers on every page.

The PyMuPDF side of the handout and the memo. What the callouts number and what the footers say is
decided by the writers (:mod:`explainer.handout.writer`, :mod:`explainer.review.memo_pdf`); this module
only draws. Every function returns new PDF bytes; a source file is only ever read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from ..badges import BadgeSpot, layout_badges

Rect = tuple[float, float, float, float]
Colour = tuple[float, float, float]

ACCENT: Colour = (0.75, 0.11, 0.11)  # deep red: prints dark on greyscale printers too
WHITE: Colour = (1.0, 1.0, 1.0)
GREY: Colour = (0.35, 0.35, 0.35)
BADGE_RADIUS = 8.0


@dataclass(frozen=True)
class Callout:
    """Where one stop is drawn on the form: its number, 0-based page index and rects (PDF points)."""

    number: int
    page: int
    rects: tuple[Rect, ...]


@dataclass(frozen=True)
class FormPageLayout:
    """Where a source page goes on its handout page: a band above (heading), one below (footer)."""

    head_band: float = 26.0
    foot_band: float = 34.0
    side_margin: float = 18.0


@dataclass(frozen=True)
class FooterStyle:
    """A footer box ``left``/``right`` from the sides, between ``top`` and ``bottom`` points from the
    page's bottom edge, under a thin rule ``rule_gap`` above the box."""

    left: float
    right: float
    top: float
    bottom: float
    rule_gap: float
    rule_grey: float
    css: str
    scale_low: float = 0.0


def page_count(source: Path | bytes) -> int:
    with _open(source) as doc:
        return int(doc.page_count)


def first_page_size(source: Path | bytes) -> tuple[float, float]:
    with _open(source) as doc:
        rect = doc[0].rect
        return float(rect.width), float(rect.height)


def _open(source: Path | bytes) -> pymupdf.Document:
    if isinstance(source, bytes):
        return pymupdf.open(stream=source, filetype="pdf")
    return pymupdf.open(source)


def form_pages(
    source: Path,
    callouts: Sequence[Callout],
    heading: Callable[[int, int], str],
    tick: Callable[[str], None] = lambda _what: None,
    layout: FormPageLayout = FormPageLayout(),
) -> bytes:
    """Every page of ``source``, slightly reduced on a page of its own size, framed, with
    ``heading(page_number, page_count)`` above it and an outline plus a numbered badge for each
    callout on it. ``tick(what)`` is called before each page (it may raise to cancel)."""
    with pymupdf.open(source) as src, pymupdf.open() as doc:
        for pno in range(src.page_count):
            tick(f"form page {pno + 1}")
            _form_page(doc, src, pno, callouts, heading(pno + 1, src.page_count), layout)
        return bytes(doc.tobytes())


def _form_page(
    doc: pymupdf.Document,
    src: pymupdf.Document,
    pno: int,
    callouts: Sequence[Callout],
    heading: str,
    layout: FormPageLayout,
) -> None:
    sp = src[pno].rect
    page = doc.new_page(width=sp.width, height=sp.height)
    area = pymupdf.Rect(
        layout.side_margin, layout.head_band, sp.width - layout.side_margin, sp.height - layout.foot_band
    )
    scale = min(area.width / sp.width, area.height / sp.height)
    x0 = area.x0 + (area.width - sp.width * scale) / 2
    target = pymupdf.Rect(x0, area.y0, x0 + sp.width * scale, area.y0 + sp.height * scale)
    page.show_pdf_page(target, src, pno)
    page.draw_rect(target, color=GREY, width=0.4)
    page.insert_text((layout.side_margin, layout.head_band - 9), heading, fontsize=8.5, fontname="hebo", color=GREY)

    to_page = pymupdf.Matrix(scale, 0, 0, scale, x0, area.y0)
    here = [(c.number, [pymupdf.Rect(r) * to_page for r in c.rects]) for c in callouts if c.page == pno]
    for _number, rects in here:
        for rect in rects:
            page.draw_rect(rect, color=ACCENT, width=0.9)
    size = 2 * BADGE_RADIUS + 1
    spots = [BadgeSpot(n, rects[0].x0, rects[0].y0, rects[0].width) for n, rects in here]
    corners = layout_badges(spots, size, left_limit=1.0, page_right=target.x1, right_limit=sp.width - 1.0)
    for spot, (left, top) in zip(spots, corners, strict=True):
        _badge(page, pymupdf.Point(left + size / 2, top + size / 2), spot.number)


def _badge(page: pymupdf.Page, center: pymupdf.Point, number: int) -> None:
    """A filled circle with the stop's number."""
    page.draw_circle(center, BADGE_RADIUS, color=WHITE, fill=ACCENT, width=1.0)
    text = str(number)
    size = 9.5 if number < 10 else 8.0
    width = pymupdf.get_text_length(text, fontname="hebo", fontsize=size)
    page.insert_text((center.x - width / 2, center.y + size * 0.36), text, fontsize=size, fontname="hebo", color=WHITE)


def finish(
    parts: Sequence[bytes],
    footer_html: Callable[[int, int], str],
    style: FooterStyle,
    metadata: dict[str, str] | None = None,
) -> bytes:
    """Join ``parts`` into one PDF and give every page the footer ``footer_html(page_number, total)``."""
    with pymupdf.open() as doc:
        for part in parts:
            with pymupdf.open(stream=part, filetype="pdf") as piece:
                doc.insert_pdf(piece)
        total = doc.page_count
        for pno in range(total):
            page = doc[pno]
            w, h = page.rect.width, page.rect.height
            box = pymupdf.Rect(style.left, h - style.top, w - style.right, h - style.bottom)
            grey = (style.rule_grey,) * 3
            page.draw_line((box.x0, box.y0 - style.rule_gap), (box.x1, box.y0 - style.rule_gap), color=grey, width=0.4)
            page.insert_htmlbox(box, footer_html(pno + 1, total), css=style.css, scale_low=style.scale_low)
        if metadata:
            doc.set_metadata(metadata)
        return bytes(doc.tobytes(garbage=3, deflate=True))
