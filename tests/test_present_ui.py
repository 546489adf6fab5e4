"""Trainer mode on screen: keys drive the audience view and the console; Esc never quits the app."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from explainer import store
from explainer.app import create_window
from explainer.app import presentation as install
from explainer.present.audience import AudienceView
from explainer.present.console import Stopwatch, format_elapsed
from explainer.present.controller import Presentation, plan_screens
from explainer.present.tour import Screen

from .trainer_fixtures import demo

K = Qt.Key


@pytest.fixture
def window(qtbot, tmp_path):
    folder = tmp_path / "forms"
    _pdf, form, aset = demo(folder)
    sets = tmp_path / "sets"
    sets.mkdir()
    (sets / "demo-set.json").write_text(aset.model_dump_json(by_alias=True), encoding="utf-8")
    lib = store.load_library(forms_folder=folder, bundled_sets=sets, user_sets=tmp_path / "none")
    assert not lib.problems, lib.problems
    win = create_window(lib)
    qtbot.addWidget(win)
    win.resize(1000, 700)
    assert win.open_form(form.id)
    win.set_jurisdiction("IL")
    win.show()
    mode = install(win)
    mode.animation_ms = 0  # the animation itself has its own test
    yield win
    talk = mode.presentation
    if talk is not None and talk.running:
        talk.end()


def _export(window, **kw):
    from explainer.app import attach_late_features
    from explainer.handout.export_action import HandoutExport

    attach_late_features(window)
    feature = window.feature(HandoutExport)
    assert feature is not None
    return feature.export(**kw)


def _start(window, *, from_current: bool = False) -> Presentation:
    mode = install(window)
    talk = mode.start(from_current=from_current)
    assert talk is not None
    assert talk.running
    return talk


def _expected_holes(talk: Presentation, index: int) -> list[QRectF]:
    ann = talk.material.stops[index]
    placement = talk.material.placements[ann.id]
    return [talk.audience.scene.to_scene(area.page, r) for area in placement.areas for r in area.rects]


def _press(qtbot, widget, *keys) -> None:
    for key in keys:
        qtbot.keyClick(widget, key)


def test_f5_and_shift_f5_are_the_menu_shortcuts(window):
    mode = install(window)
    assert mode.start_action.shortcut() == QKeySequence("F5")
    assert mode.start_here_action.shortcut() == QKeySequence("Shift+F5")
    assert install(window) is mode  # installing twice adds nothing


def test_pagedown_walks_every_stop_and_lights_its_regions(qtbot, window):
    talk = _start(window)
    stops = talk.material.stops
    assert talk.audience.isVisible()
    for i, ann in enumerate(stops):
        if i:
            qtbot.keyClick(talk.audience, K.Key_PageDown)
        assert talk.tour.lit == i
        assert talk.audience.hole_rects == _expected_holes(talk, i)
        assert talk.audience.caption.summary.text() == ann.summary
        assert talk.audience.caption.number.text() == str(i + 1)
        assert window.selected_id == ann.id  # the main window follows, for Shift+F5 later
    qtbot.keyClick(talk.audience, K.Key_PageDown)
    assert talk.tour.lit == len(stops) - 1  # the end is the end


def test_the_spotlight_dims_everything_but_the_holes(window):
    talk = _start(window)
    path = talk.audience.spotlight.path()
    for hole in talk.audience.hole_rects:
        assert not path.contains(hole.center())
    page = talk.audience.scene.page_scene_rect(0)
    assert path.contains(page.bottomRight() - QPointF(5, 5))  # far from every lit region
    assert talk.audience.spotlight.isVisible()


def test_a_stop_with_two_regions_has_two_holes(qtbot, window):
    talk = _start(window)
    qtbot.keyClick(talk.audience, K.Key_Right)
    assert talk.material.stops[1].id == "hold-48"
    assert len(talk.audience.hole_rects) == 2
    assert talk.audience.hole_rects == _expected_holes(talk, 1)


@pytest.mark.parametrize(
    ("key", "screen", "color"), [(K.Key_B, Screen.BLACK, "#000000"), (K.Key_W, Screen.WHITE, "#ffffff")]
)
def test_black_and_white_toggle_back(qtbot, window, key, screen, color):
    talk = _start(window)
    qtbot.keyClick(talk.audience, key)
    assert talk.tour.screen is screen
    assert talk.audience.blank.isVisible()
    assert talk.audience.blank.palette().color(talk.audience.blank.backgroundRole()).name() == color
    assert not talk.console.screen_banner.isHidden()  # (the console itself is hidden on one screen)
    assert screen.value.upper() in talk.console.screen_banner.text()
    qtbot.keyClick(talk.console, key)  # the same key, pressed on either window, restores
    assert talk.tour.screen is Screen.NORMAL
    assert not talk.audience.blank.isVisible()
    assert talk.console.screen_banner.isHidden()


def test_esc_leaves_help_then_overview_then_black_then_the_talk_never_the_app(qtbot, window):
    quitting = []
    QApplication.instance().aboutToQuit.connect(lambda: quitting.append(True))
    talk = _start(window)
    audience = talk.audience
    _press(qtbot, audience, K.Key_B, K.Key_Tab, K.Key_F1)
    assert (audience.blank.isVisible(), audience.overview.isVisible(), audience.help.isVisible()) == (True, True, True)
    qtbot.keyClick(audience, K.Key_Escape)
    assert not audience.help.isVisible()
    assert audience.overview.isVisible()
    qtbot.keyClick(audience, K.Key_Escape)
    assert not audience.overview.isVisible()
    assert audience.blank.isVisible()
    qtbot.keyClick(audience, K.Key_Escape)
    assert not audience.blank.isVisible()
    assert talk.running
    qtbot.keyClick(audience, K.Key_Escape)
    assert not talk.running
    assert not audience.isVisible()
    assert not talk.console.isVisible()
    assert window.isVisible()
    qtbot.wait(20)
    assert not quitting
    assert window.isVisible()


def test_f5_while_presenting_changes_nothing(qtbot, window):
    talk = _start(window)
    qtbot.keyClick(talk.audience, K.Key_PageDown)
    before = talk.tour
    qtbot.keyClick(talk.audience, K.Key_F5)
    qtbot.keyClick(talk.audience, K.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert install(window).start() is talk  # the main window's F5 action, too
    assert talk.tour == before
    assert talk.running


def test_console_shows_current_notes_and_the_next_stop(qtbot, window):
    talk = _start(window)
    stops = talk.material.stops
    assert talk.console.position.text() == f"Stop 1 of {len(stops)}"
    assert talk.console.next_title.text() == f"2. {stops[1].title}"
    assert stops[0].presenter_notes in talk.console.notes.toPlainText()
    assert f"Explanation-{stops[0].id}" in talk.console.explanation.toPlainText()
    assert "Illinois" in talk.console.explanation.toPlainText()
    qtbot.keyClick(talk.console, K.Key_Space)
    assert talk.console.position.text() == f"Stop 2 of {len(stops)}"
    assert talk.console.next_title.text() == f"3. {stops[2].title}"
    _press(qtbot, talk.console, K.Key_End)
    assert talk.console.next_title.text() == "End of the tour"


def test_number_then_enter_jumps(qtbot, window):
    talk = _start(window)
    qtbot.keyClick(talk.audience, K.Key_4)
    assert talk.audience.number_entry.isVisible()
    assert "4" in talk.console.number_entry.text()
    qtbot.keyClick(talk.audience, K.Key_Return)
    assert talk.tour.lit == 3
    assert talk.audience.hole_rects == _expected_holes(talk, 3)
    assert not talk.audience.number_entry.isVisible()


def test_overview_grid_moves_and_enter_goes(qtbot, window):
    talk = _start(window)
    _press(qtbot, talk.audience, K.Key_Tab, K.Key_Right, K.Key_Right)
    assert talk.audience.overview.isVisible()
    assert talk.audience.overview.current == 2
    assert talk.tour.lit == 0
    qtbot.keyClick(talk.audience, K.Key_Enter)
    assert not talk.audience.overview.isVisible()
    assert talk.tour.lit == 2


def test_help_lists_every_key(qtbot, window):
    talk = _start(window)
    qtbot.keyClick(talk.audience, K.Key_Question)
    assert talk.audience.help.isVisible()
    texts = talk.audience.help.text()
    for key in ("PageDown", "Backspace", "Home", "Tab", "Esc", "Shift+F5", "B", "W"):
        assert key in texts


def test_reveal_mode_reveals_one_more_per_next(qtbot, window):
    mode = install(window)
    mode.reveal_action.setChecked(True)
    talk = _start(window)
    scene = talk.audience.scene
    ids = [a.id for a in talk.material.stops if talk.material.placements[a.id].placed]

    def shown() -> set[str]:
        return {i for i in ids if scene.marker_items(i)[0].isVisible()}

    assert talk.tour.revealed == ()
    assert shown() == set()
    assert talk.audience.hole_rects == []
    qtbot.keyClick(talk.audience, K.Key_PageDown)
    assert talk.tour.revealed == (0,)
    assert talk.audience.hole_rects == _expected_holes(talk, 0)
    assert shown() == {ids[0]}
    qtbot.keyClick(talk.audience, K.Key_PageDown)
    assert talk.tour.revealed == (0, 1)
    assert shown() == {ids[0], ids[1]}  # earlier stops stay revealed
    qtbot.keyClick(talk.audience, K.Key_PageUp)
    assert shown() == {ids[0]}
    qtbot.keyClick(talk.audience, K.Key_PageDown)
    qtbot.keyClick(talk.audience, K.Key_Tab)  # the overview grid is not a stop; go back to the form
    qtbot.keyClick(talk.audience, K.Key_Tab)
    assert talk.audience.hole_rects == _expected_holes(talk, 1)


def test_shift_f5_starts_at_the_selected_stop(window):
    window.select_annotation("unsigned")
    talk = _start(window, from_current=True)
    assert talk.tour.current_id == "unsigned"
    assert talk.audience.caption.number.text() == "3"


def test_follows_the_list_filter(window):
    window.annotation_list.text_filter.setText("hold")
    talk = _start(window)
    assert [a.id for a in talk.material.stops] == window.visible_ids()
    assert len(talk.material.stops) < len(window.current_set.annotations)


def test_state_named_on_both_screens(window):
    talk = _start(window)
    assert talk.audience.state_pill.text() == "Illinois"
    assert "Illinois" in talk.audience.caption.where.text()
    assert talk.audience.caption.state_line.text().startswith("Illinois: Illinois-note-db-check")
    assert talk.console.state_label.text() == "Illinois"


def test_caption_is_projector_sized_at_1080p(window):
    talk = _start(window)
    talk.audience.showNormal()
    talk.audience.resize(1920, 1080)
    assert talk.audience.caption.summary.font().pointSizeF() >= 28
    talk.audience.resize(3840, 2160)
    assert talk.audience.caption.summary.font().pointSizeF() >= 56  # scales with the screen


def test_windowed_mode_uses_two_ordinary_windows(window):
    install(window).windowed_action.setChecked(True)
    talk = _start(window)
    assert talk.plan.windowed
    assert talk.audience.isVisible()
    assert talk.console.isVisible()
    assert not talk.audience.isFullScreen()


def test_one_screen_puts_the_audience_full_screen(window):
    talk = _start(window)
    assert len(QApplication.screens()) == 1
    assert talk.audience.isFullScreen()
    assert talk.plan.console is None


def test_zoom_is_animated_and_ends_on_the_region(qtbot, window):
    install(window).animation_ms = 150
    talk = _start(window)
    qtbot.keyClick(talk.audience, K.Key_PageDown)
    assert talk.audience.animating
    qtbot.waitUntil(lambda: not talk.audience.animating, timeout=3000)
    shown = talk.audience.visible_scene_rect()
    for hole in talk.audience.hole_rects:
        assert shown.contains(hole)


def test_nothing_to_present_is_a_message(window):
    window.annotation_list.text_filter.setText("zzzz-no-such-thing")
    assert install(window).start() is None
    assert "Nothing to present" in window.message_bar.text()


def test_audience_view_alone_has_no_spotlight_on_the_clean_form(qtbot, window):
    talk = _start(window)
    view = AudienceView(talk._document, talk.material.stops, talk.material.placements)
    qtbot.addWidget(view)
    assert view.hole_rects == []


# ---- pure parts ---------------------------------------------------------------------------------


def test_stopwatch_start_pause_reset():
    now = [100.0]
    watch = Stopwatch(lambda: now[0])
    assert watch.elapsed() == 0
    watch.start()
    now[0] = 130.0
    assert watch.elapsed() == 30
    watch.pause()
    now[0] = 200.0
    assert watch.elapsed() == 30
    watch.start()
    now[0] = 205.0
    assert watch.elapsed() == 35
    watch.reset()
    assert watch.elapsed() == 0
    now[0] = 207.0
    assert watch.elapsed() == 2  # still running after a reset
    assert format_elapsed(3725) == "1:02:05"
    assert format_elapsed(65) == "01:05"


@pytest.mark.parametrize(
    ("names", "remembered", "main", "windowed", "expected"),
    [
        (["A"], None, "A", False, ("A", None, False)),
        (["A", "B"], None, "A", False, ("B", "A", False)),
        (["A", "B"], None, "B", False, ("A", "B", False)),
        (["A", "B", "C"], "C", "A", False, ("C", "A", False)),
        (["A", "B"], "A", "A", False, ("A", "B", False)),  # remembered screen is the laptop's: console moves
        (["A", "B"], "GONE", "A", False, ("B", "A", False)),  # remembered projector unplugged
        (["A", "B"], None, "B", True, ("B", "B", True)),
    ],
)
def test_plan_screens(names, remembered, main, windowed, expected):
    plan = plan_screens(names, remembered=remembered, main=main, windowed=windowed)
    assert (plan.audience, plan.console, plan.windowed) == expected


# ---- File > Export handout ------------------------------------------------------------------------


def test_export_handout_from_the_window_follows_filter_and_state(window, tmp_path):
    import pymupdf

    window.annotation_list.text_filter.setText("hold")
    out = _export(window, path=tmp_path / "h.pdf")
    assert out == tmp_path / "h.pdf"
    with pymupdf.open(out) as doc:
        text = " ".join(page.get_text() for page in doc)
    assert "1. Forty-eight hour hold" in " ".join(text.split())
    assert "Database check only" not in text
    assert "In Illinois" in text
    assert "hold" in text


def test_export_menu_actions_sit_in_the_file_menu(window):
    titles = [a.objectName() for a in window.menus["file"].actions()]
    assert titles.index("export_handout") < titles.index("quit")
    assert "export_worksheet" in titles


def test_cancelled_export_writes_nothing(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    out = tmp_path / "never.pdf"
    assert _export(window, path=out) is None
    assert not out.exists()
    assert "cancelled" in window.statusBar().currentMessage()


def test_closing_the_audience_window_ends_the_talk(window):
    talk = _start(window)
    talk.audience.close()
    assert not talk.running
    assert not talk.console.isVisible()
    assert window.isVisible()


def test_overview_steps_between_stops_show_all_markers_unlit(qtbot, window):
    install(window).overview_steps_action.setChecked(True)
    talk = _start(window)
    scene = talk.audience.scene
    placed = [a.id for a in talk.material.stops if talk.material.placements[a.id].placed]
    assert talk.audience.hole_rects == _expected_holes(talk, 0)
    qtbot.keyClick(talk.audience, K.Key_PageDown)
    assert talk.tour.on_overview_step
    assert talk.audience.hole_rects == []
    assert all(scene.marker_items(i)[0].isVisible() for i in placed)
    assert talk.console.position.text().startswith("Overview after stop 1")
    qtbot.keyClick(talk.audience, K.Key_PageDown)
    assert talk.audience.hole_rects == _expected_holes(talk, 1)


def test_start_from_cli_with_reveal_and_windowed(window):
    talk = install(window).start_from_cli(reveal=True, windowed=True)
    assert talk is not None
    assert talk.tour.reveal
    assert talk.tour.revealed == ()
    assert talk.plan.windowed


def test_export_handout_from_the_window_carries_the_state_table_row(window):
    """A point without its own note for the chosen state gets that state's row of the table in the handout."""
    from explainer.handout.export_action import request_from
    from explainer.model import JurisdictionTable
    from explainer.resources import annotations_dir
    from explainer.store import JURISDICTIONS_FILE, load_file

    table, problems = load_file(annotations_dir() / JURISDICTIONS_FILE, JurisdictionTable)
    assert table is not None, problems
    window.library.jurisdictions = table
    request = request_from(window.shown())
    assert request is not None
    assert request.state == "IL"
    assert request.state_row == table.row("IL")
