"""Where the "Client review" dock lives: hidden on the sample forms, a tab beside the annotation list
when a client document is open, so the form keeps the width it has on a sample form."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar

from explainer import settings, store
from explainer.app import create_window
from explainer.app import review as review_of
from explainer.ui.mainwindow import MainWindow
from tests import review_docs


@pytest.fixture(scope="module")
def library() -> store.Library:
    return store.load_library(user_sets=Path("/nonexistent"))


@pytest.fixture(scope="module")
def client_pdf(library, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("dock")
    with pymupdf.open(library.pdf_path("i-247a")) as src:
        return review_docs.make_a4(src, folder / "client-a4.pdf").path


def _window(qtbot, library) -> MainWindow:
    window = create_window(library, settings.load())
    qtbot.addWidget(window)
    return window


def _current_tab(window: MainWindow, title: str) -> str | None:
    """The current tab of the tab bar that holds a dock called ``title`` (None: no such tab on screen)."""
    for bar in window.findChildren(QTabBar):
        titles = [bar.tabText(i) for i in range(bar.count())]
        if title in titles and bar.isVisible() and bar.geometry().bottom() > 0:
            return bar.tabText(bar.currentIndex())
    return None


def test_hidden_on_a_sample_form_then_a_tab_beside_the_list_for_a_client_document(qtbot, library, client_pdf):
    window = _window(qtbot, library)
    window.open_form("i-247a")
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.list_dock.width() >= 340)  # the side column is sized after the first show
    dock = review_of(window).dock
    assert dock.isHidden()
    assert _current_tab(window, "Client review") is None  # no tab bar left behind for the hidden dock
    view_width, zoom = window.view.width(), window.view.zoom

    assert window.open_document(client_pdf)
    assert not dock.isHidden()
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert dock in window.tabifiedDockWidgets(window.list_dock)
    qtbot.waitUntil(lambda: _current_tab(window, "Client review") == "Client review", timeout=2000)
    assert window.view.width() == view_width  # the form keeps its width...
    assert window.view.zoom == pytest.approx(zoom, rel=0.05)  # ...and its zoom (an A4 page is a little narrower)
    qtbot.waitUntil(lambda: dock.height() > 0.45 * (dock.height() + window.panel_dock.height()), timeout=2000)
    assert window.panel_dock.height() > 250  # the explanation stays readable beside the checklist

    assert window.open_form("i-200")  # back to a sample form: the review tab goes away again
    assert dock.isHidden()
    assert window.open_document(client_pdf)
    assert not dock.isHidden()
    window.close()


def test_the_view_menu_shows_it_and_a_sample_form_then_leaves_it(qtbot, library):
    window = _window(qtbot, library)
    window.open_form("i-247a")
    window.show()
    toggle = review_of(window).dock.toggleViewAction()
    assert toggle in window.menus["view"].actions()
    assert not toggle.isChecked()
    toggle.trigger()
    dock = review_of(window).dock
    assert not dock.isHidden()
    assert not review_of(window).panel.idle.isHidden()  # it says how to open a client document
    window.open_form("i-200")
    assert not dock.isHidden()  # the user asked for it: opening a sample form does not hide it
    toggle.trigger()
    assert dock.isHidden()
    window.close()


def test_a_client_document_opened_before_the_window_shows_gets_the_front_tab(qtbot, library, client_pdf):
    window = _window(qtbot, library)  # as ``detainer-explainer FILE`` does: open first, then show
    assert window.open_document(client_pdf)
    window.show()
    qtbot.waitUntil(lambda: _current_tab(window, "Client review") == "Client review", timeout=2000)
    window.close()


def test_a_saved_layout_brings_back_no_stray_tab_bar(qtbot, library, client_pdf):
    """The layout saved on quitting names the review dock; restored, it must leave no tab bar behind
    (a restored tab group with a dock created later showed an "Annotations" tab over the menu bar)."""
    first = _window(qtbot, library)
    first.open_form("i-247a")
    first.show()
    assert first.open_document(client_pdf)
    first.close()  # saves the layout with the review tab in it
    prefs = settings.load()
    assert prefs.window_state

    window = create_window(library, prefs)
    qtbot.addWidget(window)
    window.open_form("i-247a")
    window.show()
    qtbot.waitExposed(window)
    dock = review_of(window).dock
    assert dock.isHidden()  # a sample form: no review tab, whatever the saved layout said
    top = window.menuBar().geometry().bottom()
    stray = [b for b in window.findChildren(QTabBar) if b.isVisible() and 0 <= b.geometry().top() <= top]
    assert stray == []
    assert window.open_document(client_pdf)
    qtbot.waitUntil(lambda: _current_tab(window, "Client review") == "Client review", timeout=2000)
    assert dock in window.tabifiedDockWidgets(window.list_dock)
    window.close()
