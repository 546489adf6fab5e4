"""The numbered list of annotations, with a text filter, a category/tag filter and a clear button.

Each row's accessible name reads like "3 of 12: Database check only — Box 1" (the screen-reader
face of the markers). Unplaced annotations are listed and marked "not placed".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..anchors import UNPLACED_TEXT
from .seam import Row
from .tab_steps import TabStepsMixin

ID_ROLE = Qt.ItemDataRole.UserRole
ALL = ""


def accessible_name(row: Row, total: int) -> str:
    return f"{row.number} of {total}: {row.annotation.title} — {row.where}"


class _List(TabStepsMixin, QListWidget):
    step_requested = Signal(int)


class AnnotationList(QWidget):
    annotation_activated = Signal(str)
    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self.text_filter = QLineEdit(placeholderText="Filter by text…", clearButtonEnabled=True)
        self.text_filter.setAccessibleName("Filter annotations by text")
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName("Filter annotations by category or tag")
        self.filter_state = QLabel()
        self.filter_state.setStyleSheet("QLabel { background: #fff3cd; color: #664d03; padding: 3px 6px; }")
        self.clear_button = QPushButton("Clear filter")
        self.list = _List()
        self.list.setAccessibleName("Annotations")
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)

        top = QHBoxLayout()
        top.addWidget(self.text_filter, 3)
        top.addWidget(self.kind_filter, 2)
        state = QHBoxLayout()
        state.addWidget(self.filter_state, 1)
        state.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(state)
        layout.addWidget(self.list, 1)

        self.text_filter.textChanged.connect(self._refilter)
        self.kind_filter.currentIndexChanged.connect(self._refilter)
        self.clear_button.clicked.connect(self.clear_filter)
        self.list.currentItemChanged.connect(self._current_changed)
        self._refilter()

    # -- content -------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        self._rows = list(rows)
        self.list.blockSignals(True)
        self.list.clear()
        total = len(self._rows)
        for row in self._rows:
            text = f"{row.number}. {row.annotation.title}"
            if not row.placement.placed:
                text += f"   ({UNPLACED_TEXT})"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, row.annotation.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, accessible_name(row, total))
            item.setToolTip(row.annotation.summary)
            if not row.placement.placed:
                item.setForeground(QColor(120, 120, 120))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._fill_kinds()
        self._refilter()

    def _fill_kinds(self) -> None:
        current = self.kind_filter.currentData()
        categories = sorted({r.annotation.category for r in self._rows})
        tags = sorted({t for r in self._rows for t in r.annotation.tags})
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        self.kind_filter.addItem("All categories and tags", ALL)
        for cat in categories:
            self.kind_filter.addItem(f"Category: {cat}", f"category:{cat}")
        for tag in tags:
            self.kind_filter.addItem(f"Tag: {tag}", f"tag:{tag}")
        index = self.kind_filter.findData(current)
        self.kind_filter.setCurrentIndex(max(index, 0))
        self.kind_filter.blockSignals(False)

    # -- filter --------------------------------------------------------------------------------

    def _matches(self, row: Row) -> bool:
        kind = self.kind_filter.currentData() or ALL
        ann = row.annotation
        if kind.startswith("category:") and ann.category != kind.removeprefix("category:"):
            return False
        if kind.startswith("tag:") and kind.removeprefix("tag:") not in ann.tags:
            return False
        needle = self.text_filter.text().strip().lower()
        if needle:
            hay = " ".join([ann.title, ann.summary, ann.category, ann.body, *ann.tags, *ann.look_for]).lower()
            return all(word in hay for word in needle.split())
        return True

    def filter_text(self) -> str:
        """What the list is filtered by, as the user typed it (text; a category or tag in brackets)."""
        kind = self.kind_filter.currentText() if self.kind_filter.currentData() else ""
        text = self.text_filter.text().strip()
        return " ".join(part for part in (text, f"[{kind}]" if kind else "") if part)

    def is_filtered(self) -> bool:
        return bool(self.text_filter.text().strip()) or bool(self.kind_filter.currentData())

    def _refilter(self) -> None:
        for i, row in enumerate(self._rows):
            self.list.item(i).setHidden(not self._matches(row))
        shown = len(self.visible_ids())
        active = self.is_filtered()
        self.filter_state.setText(f"Filter active: showing {shown} of {len(self._rows)}")
        self.filter_state.setVisible(active)
        self.clear_button.setVisible(active)
        self.filter_changed.emit()

    def clear_filter(self) -> None:
        self.text_filter.blockSignals(True)
        self.text_filter.clear()
        self.text_filter.blockSignals(False)
        self.kind_filter.setCurrentIndex(0)
        self._refilter()

    def visible_ids(self) -> list[str]:
        return [r.annotation.id for i, r in enumerate(self._rows) if not self.list.item(i).isHidden()]

    def all_ids(self) -> list[str]:
        return [r.annotation.id for r in self._rows]

    # -- selection -----------------------------------------------------------------------------

    def _current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.annotation_activated.emit(current.data(ID_ROLE))

    def select(self, annotation_id: str | None) -> None:
        """Follow a selection made elsewhere, without echoing it back."""
        self.list.blockSignals(True)
        if annotation_id is None:
            self.list.setCurrentRow(-1)
            self.list.clearSelection()
        else:
            for i in range(self.list.count()):
                item = self.list.item(i)
                if item.data(ID_ROLE) == annotation_id:
                    self.list.setCurrentItem(item)
                    self.list.scrollToItem(item)
                    break
        self.list.blockSignals(False)
        self.list.viewport().update()

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None and item.isSelected() else None

    def item_for(self, annotation_id: str) -> QListWidgetItem | None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == annotation_id:
                return self.list.item(i)
        return None
