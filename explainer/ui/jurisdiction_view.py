"""The jurisdiction view: the tile map and its legend, and beside them the chosen state's row in full.

The detail pane shows the name, the summary, both policies in words (with the map's letter), each
authority with its kind, year and how well it is verified, the confidence and the reviewed date (marked
"review due" when more than a year old), the notes and the table's disclaimer. Nothing is fetched:
URLs are shown as text, and the pane loads no resources.

The main window docks this widget and connects ``state_selected`` to its jurisdiction selector; when the
selector changes, it calls ``select(code)``, which emits nothing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ..content import explain
from ..content import wording as w
from ..content.blocks import Callout, Paragraph
from ..content.html import to_html
from ..model import JURISDICTIONS, JurisdictionRow, JurisdictionTable
from .jurisdiction_map import JurisdictionMap, PolicyLegend
from .panel import OfflineBrowser


def row_html(row: JurisdictionRow, disclaimer: str = "", today: dt.date | None = None) -> str:
    """The detail pane's content for one row (no links followed, no images)."""
    return to_html(explain.row_detail(row, disclaimer, today), "screen")


class JurisdictionView(QWidget):
    """Map + legend on the left, the selected state's row on the right."""

    state_selected = Signal(str)

    def __init__(self, table: JurisdictionTable | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("State detainer law")
        self.map = JurisdictionMap(table, self)
        self.legend = PolicyLegend(self)
        heading = QLabel("<b>Holding people on ICE detainers, by state</b>", self)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading)
        column.addWidget(self.map, 1)
        column.addWidget(self.legend)

        self.detail = OfflineBrowser(self)
        self.detail.setAccessibleName("Selected state's detainer law")
        self.detail.setMinimumWidth(300)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([600, 420])  # scaled to the real width when first laid out
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self.map.state_selected.connect(self._user_chose)
        self.map.highlighted.connect(self._show)
        self.table: JurisdictionTable | None = None
        self.set_table(table)

    def set_orientation(self, orientation: Qt.Orientation) -> None:
        """Detail pane beside the map (horizontal, the default) or under it (vertical: a narrow dock)."""
        self.splitter.setOrientation(orientation)
        vertical = orientation == Qt.Orientation.Vertical
        self.splitter.setStretchFactor(1, 3 if vertical else 2)  # under the map, the details get more room
        self.splitter.setSizes([500, 500] if vertical else [600, 420])

    def set_table(self, table: JurisdictionTable | None) -> None:
        self.table = table
        self.map.set_table(table)
        self._show(self.map.selected_code)

    @property
    def selected_code(self) -> str | None:
        return self.map.selected_code

    def select(self, code: str | None) -> None:
        """Show ``code`` (a USPS code; anything else clears the selection). Emits nothing."""
        self.map.select(code)
        self._show(self.map.selected_code)

    def detail_text(self) -> str:
        return self.detail.toPlainText()

    def _user_chose(self, code: str) -> None:
        self._show(code)
        self.state_selected.emit(code)

    def _show(self, code: str | None) -> None:
        if self.table is None:
            self.detail.show_blocks([Paragraph(f"*{w.t(w.NO_TABLE)}*")])
            return
        row = self.table.row(code) if code else None
        if row is None:
            hint = w.t(w.NO_ROW, state=JURISDICTIONS[code]) if code in JURISDICTIONS else w.t(w.CHOOSE_STATE)
            self.detail.show_blocks([Paragraph(f"*{hint}*"), Callout("disclaimer", self.table.disclaimer)])
            return
        self.detail.show_blocks(explain.row_detail(row, self.table.disclaimer))
