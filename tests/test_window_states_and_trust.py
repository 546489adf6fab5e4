"""The main window's state map, "review due", "unverified" and the disclaimer, driven as a user would."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextFormat
from PySide6.QtWidgets import QMessageBox

from explainer import freshness, settings
from explainer.app import create_window
from explainer.content import wording
from tests import pdf_fixture as fixture
from tests.viewer_support import fixture_library, open_window

FIXTURE_REVIEWED = dt.date(2026, 11, 1)  # the fixture set's, its notes' and its state rows' reviewed date


def _choose_in_combo(window, code):
    combo = window.toolbar.jurisdictions
    combo.setCurrentIndex(combo.findData(code))
    combo.activated.emit(combo.currentIndex())


def _states(qtbot, window):
    window.actions_by_name["show_states"].trigger()
    assert window.jurisdiction_view is not None
    qtbot.waitExposed(window.jurisdiction_view)
    return window.jurisdiction_view


# -- the States dock -----------------------------------------------------------------------------


def test_states_dock_is_a_tab_beside_the_explanation_built_when_first_shown(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "fx")
    assert window.tabifiedDockWidgets(window.panel_dock) == [window.states_dock]
    assert not window.panel.visibleRegion().isEmpty()  # the explanation is the tab in front
    assert window.jurisdiction_view is None  # not built for the first paint
    view = _states(qtbot, window)
    assert window.states_dock.widget() is view
    qtbot.waitUntil(lambda: window.panel.visibleRegion().isEmpty(), timeout=2000)  # the map is now in front
    assert not view.visibleRegion().isEmpty()
    assert view.map.tiles["CA"].isVisible()


def test_clicking_a_tile_selects_the_state_everywhere(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "fx")
    window.select_annotation("db-check")
    view = _states(qtbot, window)
    with qtbot.waitSignal(window.jurisdiction_changed) as changed:
        qtbot.mouseClick(view.map.tiles["CA"], Qt.MouseButton.LeftButton)
    assert changed.args == ["CA"]
    assert window.jurisdiction == "CA"
    assert window.toolbar.jurisdictions.currentData() == "CA"
    assert "California limits holds (test note)." in window.panel.toPlainText()
    assert settings.load().jurisdiction == "CA"
    assert "Test summary for California." in view.detail_text()


def test_the_combo_moves_the_map_and_national_clears_it(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "fx")
    view = _states(qtbot, window)
    _choose_in_combo(window, "IL")
    assert view.selected_code == "IL"
    assert [c for c, tile in view.map.tiles.items() if tile.isChecked()] == ["IL"]
    assert "Test summary for Illinois." in view.detail_text()
    _choose_in_combo(window, "US")
    assert window.jurisdiction == "US"
    assert view.selected_code is None
    assert not any(tile.isChecked() for tile in view.map.tiles.values())


def test_the_map_opens_on_the_remembered_state(qtbot, tmp_path):
    prefs = settings.Settings(jurisdiction="OR")
    window = create_window(fixture_library(tmp_path / "fx"), prefs)
    qtbot.addWidget(window)
    window.show()
    assert _states(qtbot, window).selected_code == "OR"


# -- review due ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "due"),
    [(FIXTURE_REVIEWED + dt.timedelta(days=200), False), (dt.date(2027, 11, 2), True)],
)
def test_content_older_than_twelve_months_is_marked_review_due(qtbot, tmp_path, monkeypatch, today, due):
    monkeypatch.setattr(freshness, "current_date", lambda: today)
    window = open_window(qtbot, tmp_path / "fx")
    overview = window.panel.toPlainText()
    assert "Reviewed 2026-11-01" in overview
    assert ("review due" in overview) is due
    window.set_jurisdiction("CA")
    window.select_annotation("db-check")  # has its own CA note
    text = window.panel.toPlainText()
    assert "reviewed 2026-11-01 (review due)" in text if due else "review due" not in text
    assert ("This annotation set was last reviewed on 2026-11-01" in text) is due
    assert text.count("(review due)") == (2 if due else 0)  # the set line and the state note
    window.select_annotation("hold-48")  # no CA note: the state-table row's date
    assert ("From the state table (California, reviewed 2026-11-01 (review due)" in window.panel.toPlainText()) is due


def test_review_due_is_twelve_calendar_months():
    assert not freshness.review_due(dt.date(2025, 3, 10), today=dt.date(2026, 3, 10))
    assert freshness.review_due(dt.date(2025, 3, 10), today=dt.date(2026, 3, 11))
    assert not freshness.review_due(dt.date(2024, 2, 29), today=dt.date(2025, 2, 28))
    assert freshness.review_due(dt.date(2024, 2, 29), today=dt.date(2025, 3, 1))
    assert wording.reviewed_text(dt.date(2020, 1, 1), today=dt.date(2026, 1, 1)) == "2020-01-01 (review due)"


def test_the_state_map_uses_the_same_rule(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(freshness, "current_date", lambda: dt.date(2027, 11, 2))
    window = open_window(qtbot, tmp_path / "fx")
    view = _states(qtbot, window)
    qtbot.mouseClick(view.map.tiles["TX"], Qt.MouseButton.LeftButton)
    assert "review due" in view.detail_text()
    monkeypatch.setattr(freshness, "current_date", lambda: dt.date(2027, 11, 1))
    qtbot.mouseClick(view.map.tiles["CA"], Qt.MouseButton.LeftButton)
    assert "review due" not in view.detail_text()


# -- unverified, shown plainly -----------------------------------------------------------------------


def _write_doubtful_set(folder):
    data = fixture.annotation_set("doubtful-set")
    first, second = data["annotations"][0], data["annotations"][1]
    first["verification"] = "unverified"
    first["authorities"][0]["verification"] = "unverified"
    first["state_notes"]["CA"]["verification"] = "unverified"
    second["verification"] = "partly-verified"
    path = folder / "doubtful-set.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _blocks(document):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_unverified_points_say_so_at_the_top(qtbot, tmp_path):
    folder = tmp_path / "fx"
    folder.mkdir()
    doubtful = _write_doubtful_set(folder)
    window = open_window(qtbot, folder)
    assert window.open_annotation_set(doubtful)
    assert "2 of the 5 points are not fully verified" in window.panel.toPlainText()
    window.set_jurisdiction("CA")
    window.select_annotation("db-check")
    text = window.panel.toPlainText()
    banner = text.index("UNVERIFIED — check before relying on it.")
    assert banner < text.index("Body of Database check only.")  # above the explanation
    background = QTextFormat.Property.BackgroundBrush
    shaded = [b.text() for b in _blocks(window.panel.document()) if b.blockFormat().hasProperty(background)]
    assert len(shaded) == 1
    assert shaded[0].startswith("UNVERIFIED — check before relying on it.")  # a tinted call-out
    assert "at 640 — UNVERIFIED (checked 2026-11-01)" in text  # the authority
    assert "State note UNVERIFIED; reviewed 2026-11-01" in text  # the California note
    window.select_annotation("hold-48")
    assert "Partly verified — check the sources." in window.panel.toPlainText()
    window.select_annotation("repeat-2")  # verified: no banner
    text = window.panel.toPlainText()
    assert "UNVERIFIED" not in text
    assert "Partly verified" not in text


def test_a_point_on_reconstructed_wording_says_so(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "fx")
    window.select_annotation("hold-48")  # request.hold and notice.en are reconstructed regions
    text = window.panel.toPlainText()
    assert "Reconstructed wording." in text
    assert "Hold request" in text or "request.hold" in text
    window.select_annotation("db-check")  # box1.c is verified
    assert "Reconstructed wording" not in window.panel.toPlainText()


# -- the disclaimer -----------------------------------------------------------------------------


def test_disclaimer_shows_once_on_first_run_without_blocking(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "fx")
    box = window.offer_disclaimer()
    assert isinstance(box, QMessageBox)
    assert box.isVisible()  # shown, and this line ran without anyone closing it
    assert not box.isModal()  # nothing else waits for it (trainer mode keeps its keys)
    assert "Training material, not legal advice." in box.text()
    assert "Check current law" in box.text()
    assert "reviewed 2026-11-01" in box.text()
    assert "Test set" in box.text()
    box.accept()
    assert settings.load().disclaimer_shown
    assert window.offer_disclaimer() is None

    second = create_window(fixture_library(tmp_path / "fx2"))  # the next run reads the saved flag
    qtbot.addWidget(second)
    assert second.offer_disclaimer() is None


def test_about_names_version_licence_and_the_content_date(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(freshness, "current_date", lambda: dt.date(2030, 1, 1))
    window = open_window(qtbot, tmp_path / "fx")
    window.actions_by_name["about"].trigger()
    box = window.findChild(QMessageBox, "disclaimer-box")
    assert box is not None
    assert box.isVisible()
    text = box.text()
    assert "Detainer Explainer 0." in text
    assert "AGPL-3.0-or-later" in text
    assert "Test set, reviewed 2026-11-01" in text
    assert "review due" in text
    assert "Training material, not legal advice." in text
    box.accept()


# -- handouts carry the same mark -----------------------------------------------------------------------


@pytest.mark.parametrize(("today", "due"), [(dt.date(2026, 6, 1), False), (dt.date(2027, 2, 2), True)])
def test_a_handout_of_old_content_says_review_due(tmp_path, monkeypatch, today, due):
    import pymupdf

    from explainer.handout.placing import callouts_for
    from explainer.handout.writer import HandoutRequest, export_handout
    from tests.trainer_fixtures import demo  # the demo set was reviewed on 2026-02-01

    monkeypatch.setattr(freshness, "current_date", lambda: today)
    pdf, form, aset = demo(tmp_path / "forms")
    out = tmp_path / "handout.pdf"
    export_handout(HandoutRequest(pdf, aset, aset.annotations, callouts_for(pdf, form, aset.annotations)), out)
    with pymupdf.open(out) as doc:
        pages = [" ".join(page.get_text().split()) for page in doc]
    assert all("Content reviewed 2026-02-01" in page for page in pages)
    assert all(("2026-02-01 (review due)" in page) is due for page in pages)


def _run_app(monkeypatch, argv):
    """Start the app as the command line does; instead of the event loop, note what is on screen."""
    from PySide6.QtWidgets import QApplication

    from explainer import app as app_module
    from explainer.cli import gui_parser

    seen: dict[str, object] = {}

    def fake_exec():
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        seen["boxes"] = [b.text() for b in boxes]
        for widget in QApplication.topLevelWidgets():
            widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run_gui(gui_parser().parse_args(argv)) == 0
    for widget in QApplication.topLevelWidgets():  # this "run" is over: its window saves and goes
        widget.close()
    return seen


@pytest.mark.slow
def test_startup_shows_the_disclaimer_on_first_run_only_and_never_for_screenshots(qapp, monkeypatch, tmp_path):
    shot = tmp_path / "shot.png"
    assert _run_app(monkeypatch, ["--form", "T-1", "--screenshot", str(shot)]) == {}
    assert not settings.load().disclaimer_shown  # a screenshot does not count as having seen it
    first = _run_app(monkeypatch, [])
    assert len(first["boxes"]) == 1  # shown, and start-up went on to the event loop
    assert "Training material, not legal advice." in first["boxes"][0]
    assert settings.load().disclaimer_shown
    assert _run_app(monkeypatch, [])["boxes"] == []


def test_a_window_saved_with_the_map_in_front_opens_with_it_built(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "fx")
    _states(qtbot, window)
    window.close()  # saves the layout: the States tab in front
    again = create_window(fixture_library(tmp_path / "fx2"))
    qtbot.addWidget(again)
    assert again.jurisdiction_view is None
    again.show()
    qtbot.waitUntil(lambda: again.jurisdiction_view is not None, timeout=2000)
    assert again.states_dock.widget() is again.jurisdiction_view
