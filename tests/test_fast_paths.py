"""The fast paths behind the benchmark give exactly what the plain ways give.

Direct rendering into a QImage against PyMuPDF's own ``get_pixmap``; cached text search against a
fresh search; placing with a region map against placing annotation by annotation.
"""

from __future__ import annotations

import gc

import pymupdf
import pytest

from explainer import anchors
from explainer.app import create_window
from explainer.model import AnnotationSet, FormDescription
from explainer.pdf import render as render_mod
from explainer.pdf.document import Document
from explainer.pdf.render import render_page
from explainer.ui.mainwindow import MainWindow


def _as_argb(pix: pymupdf.Pixmap):
    from PySide6.QtGui import QImage

    fmt = QImage.Format.Format_RGBA8888_Premultiplied if pix.alpha else QImage.Format.Format_RGB888
    image = QImage(pix.samples_mv, pix.width, pix.height, pix.stride, fmt)
    target = QImage.Format.Format_ARGB32_Premultiplied if pix.alpha else QImage.Format.Format_RGB32
    return image.convertToFormat(target)  # a copy: safe after pix goes


@pytest.mark.parametrize(
    ("scale", "clip", "transparent"),
    [(0.5, None, False), (1.5, None, False), (2.0, (36, 120, 136, 170), False), (1.0, None, True)],
)
def test_direct_render_matches_pymupdf_pixel_for_pixel(form_files, doc, scale, clip, transparent):
    raw = pymupdf.open(form_files[0])
    pix = raw[0].get_pixmap(
        matrix=pymupdf.Matrix(scale, scale), clip=pymupdf.Rect(clip) if clip else None, alpha=transparent
    )
    expected = _as_argb(pix)
    del pix
    raw.close()
    image = render_page(doc, 0, scale, clip, transparent=transparent)
    gc.collect()
    assert image.format() == expected.format()
    assert (image.width(), image.height()) == (expected.width(), expected.height())
    assert image == expected
    if not transparent and clip is None:
        assert image.pixelColor(0, 0).name() == "#ffffff"


def test_portable_render_gives_the_same_pixels(doc):
    """The big-endian fallback (copy out of a Pixmap) draws what the direct path draws."""
    page = doc.page(0)
    for transparent in (False, True):
        direct = render_mod._render_into_qimage(page, 0.75, None, transparent)
        copied = render_mod._render_by_copy(page, 0.75, None, transparent)
        assert copied.convertToFormat(direct.format()) == direct


def test_grey_image_renders_as_rgb(tmp_path):
    grey = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 40, 30), False)
    grey.clear_with(90)
    path = tmp_path / "scan.png"
    grey.save(str(path))
    with Document(path) as scan:
        image = render_page(scan, 0, 1.0)
    assert image.pixelColor(5, 5).name() == "#5a5a5a"


def test_cached_search_equals_a_fresh_search_and_cannot_be_spoiled(form_files, doc):
    first = doc.search_matches(0, "database checks")
    first[0].append((0.0, 0.0, 1.0, 1.0))  # a caller scribbling on its copy
    first.append([])
    again = doc.search_matches(0, "Database   CHECKS")
    with Document(form_files[0]) as fresh:
        assert again == fresh.search_matches(0, "database checks")
    assert len(again) == 1
    assert doc.search_matches(0, "no such words here") == []
    assert len(doc.search_matches(1, "repeated phrase")) == 1


def test_place_all_equals_placing_one_by_one(form_files, doc):
    _pdf, desc, aset_path = form_files
    form = FormDescription.model_validate_json(desc.read_text(encoding="utf-8"))
    aset = AnnotationSet.model_validate_json(aset_path.read_text(encoding="utf-8"))
    together = anchors.place_all(aset.annotations, doc, form)
    alone = {a.id: anchors.place(a, doc, form) for a in aset.annotations}
    assert together == alone
    assert anchors.regions_by_name(form)["box1.c"] == form.region("box1.c")
    assert anchors.regions_by_name(None) == {}
    assert anchors.place_all(aset.annotations, doc, None)["db-check"].method != "region"


def test_first_frame_after_show_is_sharp_without_the_render_timer(qtbot, doc):
    """Showing the view renders the visible pages for its first paint; the sliced timer is not needed."""
    from explainer.ui.page_view import PageView
    from explainer.ui.scene import DocumentScene

    scene = DocumentScene()
    view = PageView(scene)
    qtbot.addWidget(view)
    view.resize(700, 500)
    view._render_timer.start = lambda *_args: None  # only the first-frame path can render now
    view.set_document(doc)
    assert not view._render_timer.isActive()
    assert not view.is_sharp()
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(view.is_sharp, timeout=2000)
    assert scene.pages[0].pixmap() is not None
    assert scene.pages[-1].pixmap() is None  # off-screen pages wait for the (disabled) timer


def test_trainer_mode_is_installed_just_after_the_first_paint(qtbot, tmp_path):
    from tests.viewer_support import fixture_library

    window = create_window(fixture_library(tmp_path / "fx"))
    qtbot.addWidget(window)
    assert window.open_form("test-form")
    from explainer.present.feature import PresentationFeature

    assert window.feature(PresentationFeature) is None  # nothing of trainer mode before the first paint
    assert "export_handout" not in {a.objectName() for a in window.actions()}
    with qtbot.waitSignal(window.view.first_frame_painted, timeout=5000):
        window.show()
    qtbot.waitUntil(lambda: window.feature(PresentationFeature) is not None, timeout=2000)
    names = {a.objectName() for a in window.actions()}
    assert "export_handout" in names
    assert window.menus["presentation"].actions()  # the Presentation menu has its actions now


def test_direct_render_of_a_rotated_page_matches_pymupdf(form_files, tmp_path):
    rotated = tmp_path / "rotated.pdf"
    src = pymupdf.open(form_files[0])
    src[0].set_rotation(90)
    src.save(rotated)
    src.close()
    raw = pymupdf.open(rotated)
    expected = _as_argb(raw[0].get_pixmap(matrix=pymupdf.Matrix(0.8, 0.8), alpha=False))
    raw.close()
    with Document(rotated) as doc:
        image = render_page(doc, 0, 0.8)
        clipped = render_page(doc, 0, 0.8, (50, 60, 300, 200))
    assert image.width() > image.height()  # shown sideways, as a reader sees it
    assert image == expected
    assert (clipped.width(), clipped.height()) == (200, 112)


def test_paused_gc_restores_the_collector_even_on_errors():
    import gc

    from explainer.gcpause import paused_gc

    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block leaves the outer pause alone
    assert gc.isenabled()
    with pytest.raises(ValueError, match="broken file"), paused_gc():
        raise ValueError("broken file")
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # a collector someone else disabled stays disabled
    finally:
        gc.enable()


def test_start_up_pauses_the_collector_until_the_first_paint(qapp, monkeypatch, qtbot):
    import gc

    from PySide6.QtWidgets import QApplication

    from explainer import app as app_module
    from explainer.cli import gui_parser

    seen = {}

    def fake_exec():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen["before paint"] = gc.isenabled()
        with qtbot.waitSignal(window.view.first_frame_painted, timeout=5000):
            window.view.viewport().update()
        qtbot.waitUntil(gc.isenabled, timeout=1000)
        seen["after paint"] = gc.isenabled()
        gc.disable()  # as if still paused when the event loop ends
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run_gui(gui_parser().parse_args(["--form", "I-247A"])) == 0
    assert seen == {"before paint": False, "after paint": True}
    assert gc.isenabled()  # and on whatever way run_gui returns
