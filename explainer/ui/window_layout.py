"""The main window's layout: the central column, its docks, the state map's tab, the saved layout.

The central column is the message bar over the page view. The window's geometry and where each dock
sits are saved in the settings when it closes and put back when it is built; a first run without a
saved layout gives the form about two thirds of the width. The state map's tab is built the first
time it is shown, off the first paint. Signals are wired in ``MainWindow._connect_signals``; this
module only exposes what that connects.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QVBoxLayout, QWidget

from ..settings import Settings

if TYPE_CHECKING:
    from ..store import Library
    from .jurisdiction_view import JurisdictionView


def build_central_column(window: QMainWindow, view: QWidget) -> QLabel:
    """The window's centre: a message bar (hidden until there is something to say) over ``view``."""
    message_bar = QLabel()
    message_bar.setWordWrap(True)
    message_bar.setStyleSheet("QLabel { background: #f8d7da; color: #58151c; padding: 6px 10px; }")
    message_bar.hide()
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(message_bar)
    layout.addWidget(view, 1)
    window.setCentralWidget(central)
    return message_bar


def add_dock(
    window: QMainWindow,
    widget: QWidget,
    title: str,
    name: str,
    area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
) -> QDockWidget:
    """Dock ``widget`` in ``window``; ``name`` keys the saved layout."""
    dock = QDockWidget(title, window)
    dock.setObjectName(f"dock-{name}")
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    return dock


def restore_layout(window: QMainWindow, prefs: Settings) -> None:
    """Put back the window's geometry and its docks where they were when it last closed."""
    if prefs.window_geometry:
        window.restoreGeometry(QByteArray.fromBase64(prefs.window_geometry.encode()))
    if prefs.window_state:
        window.restoreState(QByteArray.fromBase64(prefs.window_state.encode()))


def saved_layout(window: QMainWindow) -> dict[str, str]:
    """The window's geometry and dock layout, as the settings keep them."""
    return {
        "window_geometry": bytes(window.saveGeometry().toBase64().data()).decode(),
        "window_state": bytes(window.saveState().toBase64().data()).decode(),
    }


def size_side_column(window: QMainWindow, side: QDockWidget) -> None:
    """With no saved layout: the form gets about two thirds of the width, the side column the rest."""
    width = max(340, min(560, round(window.width() * 0.33)))
    window.resizeDocks([side], [width], Qt.Orientation.Horizontal)


class StateMapDock(QObject):
    """The "States" tab beside the explanation: a placeholder until first shown, then the state map."""

    state_selected = Signal(str)  # the user chose a state on the map (USPS code)

    def __init__(
        self,
        window: QMainWindow,
        library: Library,
        jurisdiction: Callable[[], str],
        beside: QDockWidget,
        side: QDockWidget,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.jurisdiction = jurisdiction  # the window's current one, selected when the map is built
        self.side = side  # the side column's dock whose width the map must not change
        self.dock = add_dock(window, QLabel("Loading the state map…"), "States", "states")
        window.tabifyDockWidget(beside, self.dock)
        beside.raise_()
        self.view: JurisdictionView | None = None

    def show(self) -> None:
        """Bring the state map to the front (building it if needed)."""
        self.dock.show()
        self.dock.raise_()
        self.build(True)

    def build(self, visible: bool) -> None:
        """Build the map the first time the tab is visible."""
        if not visible or self.view is not None:
            return
        from .jurisdiction_view import JurisdictionView

        view = JurisdictionView(self.library.jurisdictions)
        view.select(self.jurisdiction())
        view.state_selected.connect(self.state_selected)
        width = self.side.width()  # the side column's width: the map must not widen it
        self.dock.setWidget(view)
        self.view = view
        self.lay_out(self.dock.isFloating())
        if not self.dock.isFloating():  # once the dock has its new widget laid out
            side, window = self.side, self.window
            QTimer.singleShot(0, window, lambda: window.resizeDocks([side], [width], Qt.Orientation.Horizontal))

    def lay_out(self, floating: bool) -> None:
        """Docked in the side column, the state's details go under the map; floating, beside it."""
        if self.view is not None:
            horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
            self.view.set_orientation(horizontal if floating else vertical)

    def select(self, code: str) -> None:
        """Show ``code`` on the map ("US", national, clears the map's selection)."""
        if self.view is not None:
            self.view.select(code)
