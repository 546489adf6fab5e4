"""The main window, driven as a user would: click markers, press keys, filter, choose a state."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from explainer import settings
from explainer.app import create_window
from tests import pdf_fixture as fixture
from tests.viewer_support import fixture_library, open_window


def _click_marker(qtbot, window, annotation_id):
    rect = window.scene.marker_scene_rect(annotation_id)
    window.view.reveal(rect)
    pos = window.view.mapFromScene(rect.center())
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def _panel_text(window):
    return window.panel.toPlainText()


def test_click_marker_shows_its_explanation(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "fx")
    with qtbot.waitSignal(window.annotation_selected) as signal:
        _click_marker(qtbot, window, "hold-48")
    assert signal.args == ["hold-48"]
    text = _panel_text(window)
    assert "The 48-hour hold" in text
    assert "Case about The 48-hour hold, 1 F.4th 1 (9th Cir. 2020), at 640" in text
    assert "verified" in text
    assert "reconstructed" in text  # request.hold is a reconstructed region
    assert window.annotation_list.selected_id() == "hold-48"
    assert [m.is_selected for m in window.scene.marker_items("hold-48")] == [True, True]
    assert not window.scene.marker_items("db-check")[0].is_selected


def test_marker_tooltip_and_accessible_name(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "fx")
    marker = window.scene.marker_items("db-check")[0]
    assert marker.toolTip() == "1. Database check only"
    assert marker.accessible_name == "1 of 5: Database check only — Box 1 (c)"
    item = window.annotation_list.item_for("db-check")
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == marker.accessible_name


def test_tab_steps_and_list_follows_esc_clears(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "fx")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert window.selected_id == "db-check"
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert window.selected_id == "hold-48"
    assert window.annotation_list.selected_id() == "hold-48"
    qtbot.keyClick(window.view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.selected_id == "db-check"
    window.actions_by_name["next"].trigger()  # N
    window.actions_by_name["next"].trigger()
    assert window.selected_id == "repeat-2"
    # stepping scrolls the marker (on page 2) into view
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.intersects(window.scene.marker_scene_rect("repeat-2"))
    window.actions_by_name["previous"].trigger()  # P
    assert window.selected_id == "hold-48"
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.selected_id is None
    assert window.annotation_list.selected_id() is None
    assert "Test set" in _panel_text(window)


def test_hide_markers_key(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "fx")
    qtbot.keyClick(window.view, Qt.Key.Key_M)
    assert all(not m.isVisible() for i in window.scene.marker_ids for m in window.scene.marker_items(i))
    qtbot.keyClick(window.view, Qt.Key.Key_M)
    assert all(m.isVisible() for i in window.scene.marker_ids for m in window.scene.marker_items(i))


def test_filter_narrows_shows_state_and_clears(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "fx")
    lst = window.annotation_list
    assert not lst.filter_state.isVisible()
    qtbot.keyClicks(lst.text_filter, "hold")
    assert lst.visible_ids() == ["hold-48"]
    assert lst.filter_state.isVisible()
    assert "1 of 5" in lst.filter_state.text()
    assert not window.scene.marker_items("db-check")[0].isVisible()
    qtbot.mouseClick(lst.clear_button, Qt.MouseButton.LeftButton)
    assert lst.visible_ids() == lst.all_ids()
    assert not lst.filter_state.isVisible()
    lst.kind_filter.setCurrentIndex(lst.kind_filter.findData("category:custody"))
    assert lst.visible_ids() == ["hold-48", "by-rect"]
    assert lst.filter_state.isVisible()
    lst.clear_filter()
    assert len(lst.visible_ids()) == 5


def test_list_row_selects_marker(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "fx")
    lst = window.annotation_list
    item = lst.item_for("by-rect")
    qtbot.mouseClick(lst.list.viewport(), Qt.MouseButton.LeftButton, pos=lst.list.visualItemRect(item).center())
    assert window.selected_id == "by-rect"
    assert window.scene.marker_items("by-rect")[0].is_selected
    assert "A drawn rectangle" in _panel_text(window)


def test_unplaced_annotation_is_listed_without_marker(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "fx")
    assert window.placements["nowhere"].method == "unplaced"
    assert window.scene.marker_items("nowhere") == []
    item = window.annotation_list.item_for("nowhere")
    assert "not placed" in item.text()
    assert item.data(Qt.ItemDataRole.AccessibleTextRole).endswith("— not placed")
    window.select_annotation("nowhere")
    assert "Not placed" in _panel_text(window)


def test_jurisdiction_note_and_persistence(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "fx")
    window.select_annotation("db-check")
    combo = window.toolbar.jurisdictions
    combo.setCurrentIndex(combo.findData("CA"))
    combo.activated.emit(combo.currentIndex())
    assert window.jurisdiction == "CA"
    text = _panel_text(window)
    assert "California" in text
    assert "California limits holds (test note)." in text
    window.select_annotation("hold-48")  # no CA note: the state table's summary, labelled
    text = _panel_text(window)
    assert "No note specific to California" in text
    assert "Test summary for California." in text
    assert settings.load().jurisdiction == "CA"
    window.close()
    again = create_window(fixture_library(tmp_path / "fx2"))
    qtbot.addWidget(again)
    assert again.jurisdiction == "CA"
    assert again.toolbar.jurisdictions.currentData() == "CA"


def test_switching_forms_keeps_jurisdiction(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "fx")
    window.set_jurisdiction("IL")
    assert window.open_form("test-form")
    assert window.jurisdiction == "IL"
    assert window.selected_id is None


def test_broken_sets_are_problems_and_good_sets_load(qtbot, tmp_path):
    bad_json = tmp_path / "bad.json"
    bad_json.write_text('{\n  "id": "x",\n  "title": oops\n}\n', encoding="utf-8")
    wrong = fixture.annotation_set("wrong-field")
    wrong["annotations"][0]["authorities"][0]["verification"] = "sure"
    wrong_path = tmp_path / "wrong.json"
    wrong_path.write_text(json.dumps(wrong), encoding="utf-8")
    window = open_window(qtbot, tmp_path / "fx", [bad_json, wrong_path])
    texts = window.problems_panel.texts()
    assert any(t.startswith(f"{bad_json}:3:12: invalid JSON") for t in texts)
    assert any(
        t.startswith(str(wrong_path))
        and "annotations[0](id 'db-check').authorities[0].verification" in t
        and "expected" in t
        for t in texts
    )
    assert window.problems_dock.isVisible()
    assert window.current_set is not None
    assert window.current_set.id == "test-set"
    assert len(window.annotation_list.all_ids()) == 5


def test_problems_printed_to_stderr(capsys, tmp_path):
    from explainer.ui.problems import print_problems

    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    lib = fixture_library(tmp_path / "fx", [bad])
    print_problems(lib.problems)
    assert f"{bad}:1:2: invalid JSON" in capsys.readouterr().err


def test_corrupt_pdf_shows_a_message(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "fx")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 garbage")
    assert not window.open_document(broken)
    assert window.message_bar.isVisible()
    assert "broken.pdf" in window.message_bar.text()
    assert window.current_set is not None  # the open form is still there


def test_a_file_that_opens_takes_the_old_error_off_the_status_bar_too(qtbot, tmp_path):
    """After a failed open, opening a good file must not leave 'Cannot open this file' in the status bar."""
    window = open_window(qtbot, tmp_path / "fx")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 garbage")
    assert not window.open_document(broken)
    assert "broken.pdf" in window.statusBar().currentMessage()
    assert window.open_form("test-form")
    assert not window.message_bar.isVisible()
    assert "broken.pdf" not in window.statusBar().currentMessage()


def test_open_client_copy_recognises_the_form(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "fx")
    client = fixture.write_pdf(tmp_path / "client.pdf")
    with qtbot.waitSignal(window.document_changed):
        assert window.open_document(client)
    assert window.form is not None
    assert window.form.id == "test-form"
    assert window.placements["db-check"].page == 1  # (how exact is explainer.anchors' / review's business)
    assert not window.placements["nowhere"].placed
    assert str(client.resolve()) in settings.load().recent_files
    window.clear_recent()
    assert settings.load().recent_files == []


def test_drop_a_pdf_and_a_set(qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    window = open_window(qtbot, tmp_path / "fx")
    client = fixture.write_pdf(tmp_path / "dropped.pdf")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(client)), QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.document_changed):
        window.dropEvent(event)
    assert window.document.path == client


def test_zoom_and_selection_description_persist_and_show(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path / "fx")
    window.view.set_zoom(2.0)
    window.select_annotation("db-check")
    assert window.view.accessibleDescription() == "1 of 5: Database check only — Box 1 (c)"
    window.close()
    assert settings.load().zoom_mode == "2.000"
    again = open_window(qtbot, tmp_path / "fx2")
    assert again.view.zoom == 2.0
    assert again.view.mode == "custom"


def test_see_also_link_selects_the_other_annotation(qtbot, tmp_path):
    from PySide6.QtCore import QUrl

    window = open_window(qtbot, tmp_path / "fx")
    window.select_annotation("db-check")
    assert "See also" in _panel_text(window)
    assert "2. The 48-hour hold" in _panel_text(window)
    window.panel.anchorClicked.emit(QUrl("annotation:hold-48"))
    assert window.selected_id == "hold-48"
    assert "See also" not in _panel_text(window)
