"""Keeping a client review's checklist: saved about 1.5 s after the last change, or at once when asked.

The checklist is written on this computer only (``explainer.review.checklist``); a line in the review
dock says whether there are unsaved changes or when they were saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTime, QTimer

from ..review import checklist as checklist_mod
from ..review.checklist import Checklist

AUTOSAVE_MS = 1500


class ChecklistAutosave(QObject):
    def __init__(
        self,
        parent: QObject,
        checklist: Callable[[], Checklist | None],
        status: Callable[[str], None],
        report: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.checklist = checklist  # the open document's checklist, if any
        self.status = status  # shows whether there are unsaved changes, or when they were saved
        self.report = report  # a save that failed, in words
        self.timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.dirty = False
        self.last_saved: Path | None = None

    def changed(self) -> None:
        """The checklist changed: save it ~1.5 s after the last change."""
        self.dirty = True
        self.status("Unsaved changes\u2026")
        self.timer.start()  # restarts: saves ~1.5 s after the last change

    def save_now(self) -> None:
        self.timer.stop()
        checklist = self.checklist()
        if not self.dirty or checklist is None:
            return
        try:
            self.last_saved = checklist_mod.save(checklist)
        except OSError as exc:
            self.report(f"Could not save the review notes: {exc}")
            return
        self.dirty = False
        self.status(f"Saved on this computer at {QTime.currentTime().toString('HH:mm:ss')}")

    def discard(self) -> None:
        """Drop the pending save (the checklist was forgotten)."""
        self.timer.stop()
        self.dirty = False
