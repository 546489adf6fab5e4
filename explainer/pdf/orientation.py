"""How each page of a document is turned for display (a PDF page's ``/Rotate``).

PyMuPDF reports words and search hits in the page's unrotated space, but renders (and sizes) the
page as displayed. Scanner apps often save sideways pages with ``/Rotate 90``; anything drawn over
the rendered page must first go through the page's rotation matrix. Returned as plain 6-tuples
(a, b, c, d, e, f) in PyMuPDF's matrix convention, so callers need not import PyMuPDF.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def display_matrices(path: Path) -> list[tuple[float, float, float, float, float, float]]:
    """One matrix per page, mapping unrotated page coordinates to displayed ones (identity if unturned)."""
    try:
        with pymupdf.open(path) as doc:
            if not doc.is_pdf:
                return [IDENTITY] * doc.page_count
            out = []
            for page in doc:
                m = page.rotation_matrix
                out.append((m.a, m.b, m.c, m.d, m.e, m.f) if page.rotation else IDENTITY)
            return out
    except Exception:  # an unreadable file was already reported by whoever opened it
        return []
