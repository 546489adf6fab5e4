"""The jurisdiction tile map: one square per state, DC and PR, coloured and lettered by detainer policy.

Each tile is a small custom-painted button, so it has its own accessible name ("Illinois: forbids
holds"), tooltip and focus. The colours are the Okabe–Ito palette (readable with the common forms of
colour blindness), and every policy also has a letter on the tile, and unclear rows a hatch pattern, so
the map never relies on colour alone. The legend shows colour, pattern and letter together.

Mouse: a click selects a tile and emits ``state_selected``. Keyboard: the arrow keys move the selection
(``highlighted`` is emitted), Enter or Space selects (``state_selected``). ``select(code)`` from code
emits nothing, so the app can mirror its jurisdiction selector here without a signal loop.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QGridLayout, QLabel, QSizePolicy, QWidget

from .. import tilegrid
from ..content.wording import HOLDS_SYMBOL as SYMBOL
from ..model import JURISDICTIONS, HoldsPolicy, JurisdictionRow, JurisdictionTable


@dataclass(frozen=True)
class PolicyStyle:
    symbol: str
    label: str  # legend text
    phrase: str  # "Illinois: <phrase>"
    fill: str
    ink: str
    hatched: bool = False


# Okabe–Ito colours; dark ink on light fills and white ink on the dark blue, each at 4.5:1 or better.
POLICY_STYLES: dict[HoldsPolicy, PolicyStyle] = {
    "forbids": PolicyStyle(SYMBOL["forbids"], "Forbids holds on detainers", "forbids holds", "#0072B2", "#FFFFFF"),
    "forbids-with-exceptions": PolicyStyle(
        SYMBOL["forbids-with-exceptions"],
        "Forbids holds, with exceptions",
        "forbids holds, with exceptions",
        "#56B4E9",
        "#000000",
    ),
    "no-statewide-rule": PolicyStyle(
        SYMBOL["no-statewide-rule"], "No statewide rule found", "no statewide rule found", "#E4E4E4", "#000000"
    ),
    "requires": PolicyStyle(
        SYMBOL["requires"], "Requires honouring detainers", "requires honouring detainers", "#E69F00", "#000000"
    ),
    "unclear": PolicyStyle(
        SYMBOL["unclear"], "Unclear or disputed", "unclear or disputed", "#CC79A7", "#000000", hatched=True
    ),
}
NO_DATA = PolicyStyle("–", "No data loaded", "no data loaded", "#FFFFFF", "#555555")
SELECTED_PEN = QColor("#000000")

_ARROWS: dict[int, tilegrid.Direction] = {
    Qt.Key.Key_Left: "left",
    Qt.Key.Key_Right: "right",
    Qt.Key.Key_Up: "up",
    Qt.Key.Key_Down: "down",
}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MAP_KEYS = (*_ARROWS, *_ENTER)


def style_for(row: JurisdictionRow | None) -> PolicyStyle:
    return POLICY_STYLES[row.holds] if row is not None else NO_DATA


def paint_tile(painter: QPainter, rect: QRectF, style: PolicyStyle, code: str | None, *, selected: bool) -> None:
    """Draw one tile (also used for the legend swatches, with ``code`` None)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    radius = rect.width() * 0.08
    painter.setPen(QPen(QColor("#6B6B6B"), 1))
    painter.setBrush(QColor(style.fill))
    painter.drawRoundedRect(rect, radius, radius)
    if style.hatched:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(255, 255, 255, 140), Qt.BrushStyle.BDiagPattern))
        painter.drawRoundedRect(rect, radius, radius)
    ink = QColor(style.ink)
    painter.setPen(ink)
    side = rect.height()
    if code is None:
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(8, int(side * 0.5)))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, style.symbol)
    else:
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(8, int(side * 0.34)))
        painter.setFont(font)
        upper = QRectF(rect.left(), rect.top() + side * 0.08, rect.width(), side * 0.5)
        painter.drawText(upper, Qt.AlignmentFlag.AlignCenter, code)
        font.setBold(False)
        font.setPixelSize(max(7, int(side * 0.26)))
        painter.setFont(font)
        lower = QRectF(rect.left(), rect.top() + side * 0.52, rect.width(), side * 0.4)
        painter.drawText(lower, Qt.AlignmentFlag.AlignCenter, style.symbol)
    if selected:
        width = max(3.0, side * 0.09)
        inset = width / 2
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(SELECTED_PEN, width))
        painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), radius, radius)
        painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
        inner = width + 1
        painter.drawRoundedRect(rect.adjusted(inner, inner, -inner, -inner), radius, radius)
    painter.restore()


class StateTile(QAbstractButton):
    """One square of the map. Painted by :func:`paint_tile`; carries its state's accessible name."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.row: JurisdictionRow | None = None
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setObjectName(f"tile-{code}")
        self.set_row(None)

    def set_row(self, row: JurisdictionRow | None) -> None:
        self.row = row
        name = JURISDICTIONS[self.code]
        style = style_for(row)
        self.setText(self.code)
        self.setAccessibleName(f"{name}: {style.phrase}")
        self.setAccessibleDescription(row.summary if row is not None else "")
        tip = f"<b>{name}</b> ({style.symbol}): {style.phrase}"
        if row is not None:
            tip += f"<br>{row.summary}<br><i>Confidence {row.confidence}</i>"
        self.setToolTip(tip)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(44, 44)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # QAbstractButton would move focus along the tab chain on arrows; the map moves by the grid.
        if event.key() in _MAP_KEYS:
            event.ignore()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_tile(painter, QRectF(self.rect()), style_for(self.row), self.code, selected=self.isChecked())
        if self.hasFocus() and not self.isChecked():
            painter.setPen(QPen(QColor("#000000"), 1, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(self.rect()).adjusted(2.5, 2.5, -2.5, -2.5))
        painter.end()


class JurisdictionMap(QWidget):
    """The tile grid. Tiles keep square and centred as the widget resizes."""

    state_selected = Signal(str)  # the user chose a state (click, Enter, Space)
    highlighted = Signal(str)  # the selection moved by arrow key (not yet chosen)

    GAP = 4

    def __init__(self, table: JurisdictionTable | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Map of state detainer policies")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.tiles: dict[str, StateTile] = {}
        previous: QWidget | None = None
        for code in tilegrid.reading_order():
            tile = StateTile(code, self)
            tile.clicked.connect(lambda _checked=False, c=code: self._choose(c))
            if previous is not None:
                QWidget.setTabOrder(previous, tile)
            previous = tile
            self.tiles[code] = tile
        self._selected: str | None = None
        self.set_table(table)

    # -- data ------------------------------------------------------------------------------------

    def set_table(self, table: JurisdictionTable | None) -> None:
        self.table = table
        for code, tile in self.tiles.items():
            tile.set_row(table.row(code) if table is not None else None)

    @property
    def selected_code(self) -> str | None:
        return self._selected

    def select(self, code: str | None) -> None:
        """Show ``code`` as selected (None or an unknown code clears it). Emits nothing."""
        code = code if code in self.tiles else None
        for tile_code, tile in self.tiles.items():
            tile.setChecked(tile_code == code)
        self._selected = code

    # -- user actions ----------------------------------------------------------------------------

    def _choose(self, code: str) -> None:
        self.select(code)
        self.state_selected.emit(code)

    def _move(self, direction: tilegrid.Direction) -> None:
        start = self._selected or self._focused_code() or "AK"
        target = tilegrid.neighbour(start, direction) if start in self.tiles else "AK"
        if target is None:
            return
        self.select(target)
        self.tiles[target].setFocus(Qt.FocusReason.OtherFocusReason)
        self.highlighted.emit(target)

    def _focused_code(self) -> str | None:
        return next((code for code, tile in self.tiles.items() if tile.hasFocus()), None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _ARROWS:
            self._move(_ARROWS[key])
            event.accept()
        elif key in (*_ENTER, Qt.Key.Key_Space):
            code = self._focused_code() or self._selected
            if code is not None:
                self._choose(code)
            event.accept()
        else:
            super().keyPressEvent(event)

    # -- layout ----------------------------------------------------------------------------------

    def tile_side(self) -> int:
        usable_w = self.width() - self.GAP * (tilegrid.COLS + 1)
        usable_h = self.height() - self.GAP * (tilegrid.ROWS + 1)
        return max(12, min(usable_w // tilegrid.COLS, usable_h // tilegrid.ROWS))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        side = self.tile_side()
        pitch = side + self.GAP
        left = (self.width() - (pitch * tilegrid.COLS - self.GAP)) // 2
        top = (self.height() - (pitch * tilegrid.ROWS - self.GAP)) // 2
        for code, tile in self.tiles.items():
            row, col = tilegrid.GRID[code]
            tile.setGeometry(left + col * pitch, top + row * pitch, side, side)

    def sizeHint(self) -> QSize:
        pitch = 48 + self.GAP
        return QSize(pitch * tilegrid.COLS + self.GAP, pitch * tilegrid.ROWS + self.GAP)

    def minimumSizeHint(self) -> QSize:
        pitch = 26 + self.GAP
        return QSize(pitch * tilegrid.COLS + self.GAP, pitch * tilegrid.ROWS + self.GAP)


class LegendSwatch(QWidget):
    """A small tile showing one policy's colour, pattern and letter."""

    def __init__(self, style: PolicyStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.style_ = style
        self.setFixedSize(30, 30)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_tile(painter, QRectF(self.rect()).adjusted(1, 1, -1, -1), self.style_, None, selected=False)
        painter.end()


class PolicyLegend(QWidget):
    """The key: for each policy a swatch (colour + pattern + letter) and the letter and words in text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Map legend")
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.labels: dict[HoldsPolicy, QLabel] = {}
        columns = 2
        for index, (policy, style) in enumerate(POLICY_STYLES.items()):
            row, col = divmod(index, columns)
            grid.addWidget(LegendSwatch(style, self), row, col * 2)
            label = QLabel(f"<b>{style.symbol}</b> — {style.label}", self)
            label.setAccessibleName(f"{style.symbol}: {style.label}")
            label.setWordWrap(True)  # fits a narrow dock
            grid.addWidget(label, row, col * 2 + 1)
            self.labels[policy] = label
        note = QLabel("Thick outline: the selected state. Letters repeat the colours.", self)
        note.setStyleSheet("color: #444444;")
        note.setWordWrap(True)
        grid.addWidget(note, grid.rowCount(), 0, 1, columns * 2)
        grid.setColumnStretch(columns * 2 - 1, 1)

    def entries(self) -> list[tuple[str, str, str]]:
        """(policy, symbol, label text) for every policy, as shown."""
        return [(policy, POLICY_STYLES[policy].symbol, label.text()) for policy, label in self.labels.items()]
