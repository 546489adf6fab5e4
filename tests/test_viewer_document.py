"""explainer.pdf.document and explainer.anchors on the generated test form (no widgets)."""

from __future__ import annotations

import gc

import pymupdf
import pytest

from explainer import anchors
from explainer.model import AnnotationSet, FormDescription
from explainer.pdf.document import Document, DocumentError
from explainer.pdf.render import render_page
from tests import pdf_fixture as fixture


def _models(form_files):
    _pdf, desc, aset = form_files
    form = FormDescription.model_validate_json(desc.read_text(encoding="utf-8"))
    return form, AnnotationSet.model_validate_json(aset.read_text(encoding="utf-8"))


def test_pages_and_sizes(doc):
    assert doc.page_count == 2
    assert doc.page_size(0) == pytest.approx(fixture.PAGE_SIZE)
    assert not doc.is_image


def test_search_returns_rects_where_the_text_was_drawn(doc):
    rects = doc.search(0, "database checks")
    assert len(rects) == 1
    x0, y0, x1, y1 = rects[0]
    region = next(r[3] for r in fixture.REGIONS if r[1] == "box1.c")
    assert region[0] <= x0 < x1 <= region[2]
    assert region[1] <= y0 < y1 <= region[3]
    assert doc.search(0, "DATABASE   checks") == rects  # case and spacing do not matter
    assert doc.search(0, "not on this page at all") == []
    assert len(doc.search_matches(1, "repeated phrase")) == 1


def test_words_carry_rects(doc):
    words = doc.words(0)
    assert any(w.text == "PROBABLE" for w in words)
    assert all(w.rect[2] > w.rect[0] for w in words)


def test_rendered_image_survives_pixmap_collection(doc):
    image = render_page(doc, 0, 0.5)
    gc.collect()
    assert (image.width(), image.height()) == (306, 396)
    # a black frame line is drawn at x=36pt -> 18 px; the page corner is white
    assert image.pixelColor(0, 0).name() == "#ffffff"
    assert image.pixelColor(18, 100).lightness() < 240  # not white: the line is there


def test_qimage_copy_outlives_its_pixmap(form_files):
    raw = pymupdf.open(form_files[0])
    pix = raw[0].get_pixmap(matrix=pymupdf.Matrix(0.5, 0.5), alpha=False)
    from PySide6.QtGui import QImage

    image = QImage(pix.samples_mv, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888).copy()
    expected = image.pixelColor(18, 100).name()
    assert expected != "#ffffff"
    del pix
    gc.collect()
    raw.close()
    assert image.pixelColor(18, 100).name() == expected
    assert image.pixelColor(0, 0).name() == "#ffffff"


def test_render_clip_has_the_clip_size(doc):
    image = render_page(doc, 0, 2.0, clip=(36, 120, 136, 170))
    assert (image.width(), image.height()) == (200, 100)


def test_corrupt_and_unsupported_files_raise_document_error(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nthis is not really a pdf\n")
    with pytest.raises(DocumentError, match=r"broken\.pdf"):
        Document(broken)
    with pytest.raises(DocumentError, match="no such file"):
        Document(tmp_path / "missing.pdf")
    other = tmp_path / "notes.docx"
    other.write_bytes(b"PK\x03\x04")
    with pytest.raises(DocumentError, match="unsupported"):
        Document(other)


def test_image_files_open_as_one_page(tmp_path, doc):
    png = tmp_path / "scan.png"
    render_page(doc, 0, 0.5).save(str(png))
    with Document(png) as image_doc:
        assert image_doc.is_image
        assert image_doc.page_count == 1
        assert image_doc.search(0, "PROBABLE") == []


def test_anchor_methods_in_order(form_files, doc):
    form, aset = _models(form_files)
    placed = anchors.place_all(aset.annotations, doc, form)
    assert placed["db-check"].method == "region"
    assert placed["db-check"].rects == (form.region("box1.c").rect,)
    assert placed["db-check"].region_label == "Box 1 (c)"
    assert placed["hold-48"].reconstructed
    assert [a.page for a in placed["hold-48"].areas] == [1, 2]  # extra anchor on page 2
    assert placed["repeat-2"].method == "text"
    assert placed["repeat-2"].page == 2  # the second occurrence is on page 2
    assert placed["by-rect"].method == "rect"
    assert placed["by-rect"].rects == ((400, 600, 560, 660),)
    nowhere = placed["nowhere"]
    assert (nowhere.method, nowhere.placed, nowhere.page, nowhere.rects) == ("unplaced", False, None, ())


def test_on_another_document_quotes_are_exact_and_regions_approximate(form_files, tmp_path):
    form, aset = _models(form_files)
    client = fixture.write_pdf(tmp_path / "client.pdf")
    with Document(client) as other:
        placed = anchors.place_all(aset.annotations, other, form, is_form_pdf=False)
    assert placed["repeat-2"].method == "text"
    assert not placed["repeat-2"].approximate
    assert placed["db-check"].method == "region"
    assert placed["db-check"].approximate
    assert not placed["nowhere"].placed


def test_transparent_render_is_premultiplied_rgba(doc):
    image = render_page(doc, 0, 0.5, transparent=True)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # the paper is left transparent
    assert image.pixelColor(18, 100).alpha() > 0  # the frame line is drawn
