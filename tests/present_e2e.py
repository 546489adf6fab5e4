"""Run as a script (by test_present_screens.py): the real app with ``--present``, driven by keys.

``python tests/present_e2e.py ARGS...`` starts ``explainer.app.run_gui`` with the given command line;
once the window is up it walks every stop with PageDown, blacks the screen with B and restores it,
checks where the windows went, then ends the talk with Esc and quits. It prints one JSON report.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from explainer import app as app_module
from explainer.cli import gui_parser
from explainer.ui.mainwindow import MainWindow


def drive(report: dict) -> None:
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    talk = app_module.presentation(window).presentation
    report["started"] = talk is not None and talk.running
    if not report["started"]:
        return
    audience, console = talk.audience, talk.console
    report["stops"] = len(talk.material.stops)
    report["state_pill"] = audience.state_pill.text()
    report["audience_screen"] = audience.screen().name()
    report["audience_full_screen"] = audience.isFullScreen()
    report["console_screen"] = console.screen().name() if console.isVisible() else None
    lit = [talk.tour.lit]
    holes_ok = [bool(audience.hole_rects) or not talk.material.placements[talk.tour.current_id].placed]
    for _ in range(len(talk.material.stops) - 1):
        QTest.keyClick(audience, Qt.Key.Key_PageDown)
        lit.append(talk.tour.lit)
        holes_ok.append(bool(audience.hole_rects) or not talk.material.placements[talk.tour.current_id].placed)
    report["lit"] = lit
    report["holes_ok"] = all(holes_ok)
    QTest.keyClick(audience, Qt.Key.Key_B)
    report["black"] = audience.blank.isVisible() and talk.tour.screen.value == "black"
    QTest.keyClick(audience, Qt.Key.Key_B)
    report["restored"] = not audience.blank.isVisible() and talk.tour.screen.value == "normal"
    talk.remember_screen(report["audience_screen"] if console.isHidden() else talk.plan.console)
    report["after_swap"] = [audience.screen().name(), console.screen().name() if console.isVisible() else None]
    report["remembered"] = window.settings.presentation_screen
    talk._screens_changed()  # what a projector plugged in or out triggers
    QApplication.processEvents()
    report["running_after_screen_change"] = talk.running
    QTest.keyClick(audience, Qt.Key.Key_Escape)
    report["ended"] = not talk.running
    report["main_window_visible"] = window.isVisible()


def main() -> int:
    args = gui_parser().parse_args(sys.argv[1:])
    app = QApplication(sys.argv[:1])  # run_gui uses this one, so the timer below has an event loop
    report: dict = {}

    def run() -> None:
        try:
            drive(report)
        finally:
            app.quit()

    QTimer.singleShot(300, run)
    code = app_module.run_gui(args)
    report["exit"] = code
    sys.stdout.write(json.dumps(report) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
