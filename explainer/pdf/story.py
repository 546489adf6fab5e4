"""Flow HTML over as many pages as it needs (PyMuPDF Story) and return the PDF's bytes.

Shared by the handout's notes pages and the review memo, which both lay out text this way.
"""

from __future__ import annotations

import io

import pymupdf


def story_pdf_bytes(
    html: str, css: str, page_size: tuple[float, float], margins: tuple[float, float, float, float]
) -> bytes:
    """Lay out ``html`` (a whole ``<body>``) with ``css`` on pages of ``page_size`` points, inside
    ``margins`` (left, top, right, bottom); every page that the text needs is written."""
    width, height = page_size
    left, top, right, bottom = margins
    where = pymupdf.Rect(left, top, width - right, height - bottom)
    story = pymupdf.Story(html=html, user_css=css)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    more = True
    while more:
        device = writer.begin_page(pymupdf.Rect(0, 0, width, height))
        more, _ = story.place(where)
        story.draw(device)
        writer.end_page()
    writer.close()
    return buffer.getvalue()
