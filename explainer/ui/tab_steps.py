"""Tab / Shift+Tab step through the annotations in the widgets a reader works in (the page and the list);
Ctrl+Tab / Ctrl+Shift+Tab still move the keyboard focus on, so nobody is trapped."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent


class TabStepsMixin:
    """Put first in the bases of a QWidget subclass that declares ``step_requested = Signal(int)``."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        self.step_requested.emit(1 if forward else -1)  # type: ignore[attr-defined]
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and control:
            backwards = event.key() == Qt.Key.Key_Backtab or event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            super().focusNextPrevChild(not backwards)  # type: ignore[misc]
            return
        super().keyPressEvent(event)  # type: ignore[misc]
