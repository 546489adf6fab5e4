"""The problems panel: every file that could not be loaded, and why (non-modal, copyable)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..store import Problem


def print_problems(problems: Sequence[Problem], stream: TextIO | None = None) -> None:
    """One line per problem on stderr, ``FILE:LINE:COL: message`` or ``FILE:field.path: message``."""
    out = stream or sys.stderr
    for problem in problems:
        print(f"detainer-explainer: {problem}", file=out)


class ProblemsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Problems")
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self._problems: list[Problem] = []
        self.set_problems([])

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self._problems = list(problems)
        self.list.clear()
        for problem in self._problems:
            item = QListWidgetItem(str(problem))
            item.setToolTip(str(problem.path))
            self.list.addItem(item)
        files = len({p.path for p in self._problems})
        if self._problems:
            self.summary.setText(
                f"{len(self._problems)} problem(s) in {files} file(s). Everything else was loaded; "
                "fix these files and reopen them."
            )
        else:
            self.summary.setText("No problems.")

    def add_problems(self, problems: Sequence[Problem]) -> None:
        self.set_problems([*self._problems, *problems])

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems)

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
