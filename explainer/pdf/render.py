"""Render a page of a :class:`~explainer.pdf.document.Document` into a QImage: the Qt side of ``pdf/``.

MuPDF draws straight into the memory of a QImage in Qt's own 32-bit format (``Format_RGB32``, or
``Format_ARGB32_Premultiplied`` with ``transparent=True``, which leaves the paper transparent): the
image owns its pixels, nothing is copied or converted afterwards, and Qt paints it without a
conversion. On a big-endian machine, where MuPDF has no matching byte order, the pixels are copied out
of a PyMuPDF Pixmap instead (a QImage over ``Pixmap.samples`` would die with the Pixmap).
"""

from __future__ import annotations

import sys

import pymupdf
from PySide6.QtGui import QImage

from .document import Document, DocumentError, Rect


def render_page(
    doc: Document, index: int, scale: float, clip: Rect | None = None, *, transparent: bool = False
) -> QImage:
    """Render page ``index`` of ``doc`` (or the ``clip`` of it, in displayed PDF points) at ``scale``
    pixels per point, turned as the document is displayed."""
    page = doc.page(index)
    try:
        turn = doc.turn_matrix(index)
        if sys.byteorder == "little":
            return _render_into_qimage(page, scale, clip, transparent, turn)
        return _render_by_copy(page, scale, clip, transparent, turn)
    except Exception as exc:  # MuPDF raises its own error types for damaged content
        raise DocumentError(f"{doc.path.name}: page {index + 1} cannot be rendered ({exc})") from exc


def _render_into_qimage(
    page: pymupdf.Page, scale: float, clip: Rect | None, transparent: bool, turn: pymupdf.Matrix | None = None
) -> QImage:
    """MuPDF's draw device writes B, G, R, A bytes: Qt's ARGB32 on a little-endian machine."""
    mupdf = pymupdf.mupdf
    zoom = mupdf.FzMatrix(scale, 0, 0, scale, 0, 0)
    turn = turn if turn is not None else pymupdf.Identity
    ctm = mupdf.FzMatrix(*(turn * pymupdf.Matrix(scale, scale)))  # turned first, then scaled
    bounds = mupdf.fz_transform_rect(mupdf.fz_bound_page(page.this), ctm)
    if clip:  # ``clip`` is in turned page points already
        bounds = mupdf.fz_intersect_rect(bounds, mupdf.fz_transform_rect(mupdf.FzRect(*clip), zoom))
    box = mupdf.fz_round_rect(bounds)
    fmt = QImage.Format.Format_ARGB32_Premultiplied if transparent else QImage.Format.Format_RGB32
    image = QImage(max(1, box.x1 - box.x0), max(1, box.y1 - box.y0), fmt)
    if image.isNull():
        raise MemoryError(f"no memory for a {box.x1 - box.x0} x {box.y1 - box.y0} image")
    samples = mupdf.python_mutable_buffer_data(image.bits())  # the QImage keeps owning this memory
    pix = mupdf.fz_new_pixmap_with_bbox_and_data(mupdf.fz_device_bgr(), box, mupdf.FzSeparations(), 1, samples)
    if transparent:
        mupdf.fz_clear_pixmap(pix)
    else:  # white paper with alpha 255 everywhere, which is what Format_RGB32 requires
        mupdf.fz_clear_pixmap_with_value(pix, 0xFF)
    device = mupdf.fz_new_draw_device_with_bbox(ctm, pix, box) if clip else mupdf.fz_new_draw_device(ctm, pix)
    try:
        # contents, annotations and form fields, as page.get_pixmap draws them (without a display list)
        mupdf.fz_run_page(page.this, device, mupdf.FzMatrix(), mupdf.FzCookie())
    finally:
        mupdf.fz_close_device(device)
    del device, pix  # MuPDF's pixmap only borrowed the samples
    return image


def _render_by_copy(
    page: pymupdf.Page, scale: float, clip: Rect | None, transparent: bool, turn: pymupdf.Matrix | None = None
) -> QImage:
    """The portable way: PyMuPDF renders R, G, B(, A) bytes, Qt copies them while the Pixmap lives."""
    turn = turn if turn is not None else pymupdf.Identity
    pix = page.get_pixmap(
        matrix=turn * pymupdf.Matrix(scale, scale),
        clip=pymupdf.Rect(clip) * ~turn if clip else None,  # get_pixmap clips before the matrix
        alpha=transparent,
    )
    if pix.colorspace is None or pix.colorspace.n != 3:  # grey or CMYK: let MuPDF make it RGB(A)
        pix = pymupdf.Pixmap(pymupdf.csRGB, pix)
    fmt = QImage.Format.Format_RGBA8888_Premultiplied if pix.alpha else QImage.Format.Format_RGB888
    image = QImage(pix.samples_mv, pix.width, pix.height, pix.stride, fmt)
    owned = image.copy()
    del image, pix
    return owned
