"""The "Client review" tab: where it docks, when it shows itself, and coming to the front.

A tab beside the annotation list (its checklist lists the same points), so the form keeps its width;
shown only while a client document is open, or when the user asks for it (View menu). The controller
wires its signals and says when a client document opens or closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

if TYPE_CHECKING:
    from .mainwindow import MainWindow

REVIEW_SHARE = 0.55  # of the side column's height, for the review tab when a client document opens


class ReviewTab(QObject):
    def __init__(self, window: MainWindow, panel: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.dock = QDockWidget("Client review", window)
        self.dock.setObjectName("dock-review")
        self.dock.setWidget(panel)
        self.dock.hide()  # hidden before it joins a tab group: hidden after, Qt leaves its tab bar showing
        if not window.restoreDockWidget(self.dock):  # where the saved layout had it (restored before this)
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            window.tabifyDockWidget(window.list_dock, self.dock)
        self.dock.hide()
        self._auto_shown = False  # shown by opening a client document (so hidden again on a sample form)
        self.toggle = self.dock.toggleViewAction()
        self.toggle.setText("&Client review")
        self.toggle.setToolTip("The review checklist, notes and memo for a client's document")
        window.add_menu_action("&View", self.toggle)

    def show_for_client(self) -> None:
        """Bring the review tab to the front for a client document, with room for its checklist."""
        grow = self.dock.isHidden()
        if grow:
            self._auto_shown = True
            self.dock.show()
        # once the window is laid out (a document may be opened before the window is shown)
        QTimer.singleShot(0, self, lambda: self._to_front(grow))

    def hide_if_shown_for_client(self) -> None:
        """No client document: hide the tab again, unless the user chose to show it."""
        if self._auto_shown:
            self.dock.hide()
            self._auto_shown = False

    def _to_front(self, grow: bool) -> None:
        """Raise the review tab; when it has just appeared, give it about half the side column's height
        (it shares the column with the explanation)."""
        w = self.window
        if self.dock.isHidden():
            return
        # Qt selects a dock's tab when raising changes its stacking order: a new dock is already on top
        self.dock.lower()
        self.dock.raise_()
        if not grow:
            return
        if self.dock.isFloating() or w.panel_dock.isHidden() or w.panel_dock.isFloating():
            return
        top, bottom = self.dock.height(), w.panel_dock.height()
        if top < REVIEW_SHARE * (top + bottom) - 20:
            share = round(REVIEW_SHARE * (top + bottom))
            w.resizeDocks([self.dock, w.panel_dock], [share, top + bottom - share], Qt.Orientation.Vertical)

    def toggled_by_user(self, _checked: bool) -> None:
        self._auto_shown = False  # the user decides from now on: a sample form does not hide it
