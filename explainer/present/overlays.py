"""What the audience view puts in front of the form: the caption, the help and the overview grid.

Every size is in points at 1080 pixels high and scales with the screen (:func:`scaled_pt`), so the
one-line summary is at least 28 pt on a 1080p projector and grows on a 4K one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .keys import HELP_ROWS

BASE_HEIGHT = 1080.0
CAPTION_PT = 32.0  # the summary at 1080p (at least 28 pt, as the issue asks)


def scaled_pt(points: float, height: float) -> float:
    """A font size that is ``points`` at 1080 pixels high and grows/shrinks with the screen."""
    return max(points * 0.6, points * height / BASE_HEIGHT)


def font(points: float, *, bold: bool = False) -> QFont:
    out = QFont()
    out.setPointSizeF(points)
    out.setBold(bold)
    return out


class Caption(QFrame):
    """The bottom band: "Stop 4 of 15 · Illinois", the number in a disc, the summary, the state line."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("caption")
        self.setStyleSheet(
            "#caption { background: rgba(12, 18, 28, 235); border-top: 3px solid rgb(255, 196, 0); }"
            "QLabel { color: white; background: transparent; }"
        )
        self.number = QLabel(self)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setObjectName("number")
        self.where = QLabel(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.state_line = QLabel(self)
        self.state_line.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.where)
        text.addWidget(self.summary)
        text.addWidget(self.state_line)
        row = QHBoxLayout(self)
        row.setContentsMargins(28, 14, 28, 18)
        row.setSpacing(24)
        row.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)

    def restyle(self, height: float) -> None:
        big = scaled_pt(CAPTION_PT, height)
        self.summary.setFont(font(big, bold=True))
        self.number.setFont(font(big * 1.25, bold=True))
        self.where.setFont(font(big * 0.6))
        self.state_line.setFont(font(big * 0.72))
        side = int(self.number.fontMetrics().height() * 1.5)
        self.number.setFixedSize(side, side)
        self.number.setStyleSheet(
            f"#number {{ background: rgb(255, 196, 0); color: rgb(12, 18, 28); border-radius: {side // 2}px; }}"
        )
        self.where.setStyleSheet("color: rgb(200, 210, 225);")
        self.state_line.setStyleSheet("color: rgb(255, 220, 140);")


class _Overlay(QFrame):
    """An opaque dark full-screen layer with a grid layout."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(10, 14, 22))
        self.setPalette(palette)
        self.setStyleSheet("QLabel { color: white; }")
        self.grid = QGridLayout(self)
        self.hide()

    def set_margins(self, width: int, height: int) -> None:
        mx, my = int(width * 0.06), int(height * 0.06)
        self.grid.setContentsMargins(mx, my, mx, my)


class HelpOverlay(_Overlay):
    """Every presenter key and what it does."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "help")
        self.grid.setHorizontalSpacing(48)
        title = QLabel("Presenter keys", self)
        self.grid.addWidget(title, 0, 0, 1, 2)
        self.labels: list[QLabel] = [title]
        for row, (keys, what) in enumerate(HELP_ROWS, start=1):
            k, w = QLabel(keys, self), QLabel(what, self)
            k.setStyleSheet("color: rgb(255, 196, 0);")
            self.grid.addWidget(k, row, 0)
            self.grid.addWidget(w, row, 1)
            self.labels += [k, w]

    def restyle(self, height: float) -> None:
        for i, label in enumerate(self.labels):
            label.setFont(font(scaled_pt(30 if i == 0 else 22, height), bold=i == 0))

    def text(self) -> str:
        return "\n".join(label.text() for label in self.labels)


class OverviewOverlay(_Overlay):
    """A grid of every stop's number and title; the chosen one is highlighted."""

    def __init__(self, parent: QWidget, titles: Sequence[str]) -> None:
        super().__init__(parent, "overview")
        self.grid.setSpacing(12)
        n = len(titles)
        cols = max(1, min(5, math.ceil(math.sqrt(n * 1.6)))) if n else 1
        self.title = QLabel(f"All {n} stops — arrows choose, Enter goes there, Tab returns", self)
        self.title.setStyleSheet("color: rgb(200, 210, 225);")
        self.grid.addWidget(self.title, 0, 0, 1, cols)
        self.cells: list[QLabel] = []
        for i, title in enumerate(titles):
            cell = QLabel(f"{i + 1}. {title}", self)
            cell.setWordWrap(True)
            cell.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(cell, 1 + i // cols, i % cols)
            self.cells.append(cell)
        self.current = -1  # the stop the overview's cursor is on (not QWidget.cursor())

    def restyle(self, height: float) -> None:
        cell_pt = scaled_pt(20 if len(self.cells) <= 15 else 16, height)
        for cell in self.cells:
            cell.setFont(font(cell_pt))
        self.title.setFont(font(scaled_pt(22, height), bold=True))

    def set_cursor(self, index: int) -> None:
        self.current = index
        for i, cell in enumerate(self.cells):
            cell.setStyleSheet(
                "color: black; background: rgb(255, 196, 0); border-radius: 6px; padding: 8px;"
                if i == index
                else "color: white; background: rgba(255, 255, 255, 25); border-radius: 6px; padding: 8px;"
            )
