"""The "Client review" tab: where it docks, when it shows itself, and coming to the front.

A tab beside the annotation list (its checklist lists the same points), so the form keeps its width;
shown only while a client document is open, or when the user asks for it (View menu). The controller
wires its signals and says when a client document opens or closes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

from ..ui.seam import FeatureHost

REVIEW_SHARE = 0.55  # of the side column's height, for the review tab when a client document opens


class ReviewTab(QObject):
    def __init__(self, host: FeatureHost, panel: QWidget) -> None:
        super().__init__(host.widget())
        self.host = host
        self.dock = host.add_dock(panel, "Client review", "review", beside="annotations")
        self._auto_shown = False  # shown by opening a client document (so hidden again on a sample form)
        self.toggle = self.dock.toggleViewAction()
        self.toggle.setText("&Client review")
        self.toggle.setToolTip("The review checklist, notes and memo for a client's document")
        host.menu("view").addAction(self.toggle)

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
        if self.dock.isHidden():
            return
        # Qt selects a dock's tab when raising changes its stacking order: a new dock is already on top
        self.dock.lower()
        self.dock.raise_()
        if grow:
            self.host.give_room(self.dock, REVIEW_SHARE, Qt.Orientation.Vertical)

    def toggled_by_user(self, _checked: bool) -> None:
        self._auto_shown = False  # the user decides from now on: a sample form does not hide it
