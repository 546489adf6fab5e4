"""The main tool bar: open, zoom, markers, the form chooser and the jurisdiction selector."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

from ..model import JURISDICTIONS, NATIONAL


def jurisdiction_choices() -> list[tuple[str, str]]:
    """("National", "US") first, then every state, DC and PR by name."""
    states = sorted(JURISDICTIONS.items(), key=lambda item: item[1])
    return [("National", NATIONAL), *((f"{name} ({code})", code) for code, name in states)]


class MainToolBar(QToolBar):
    jurisdiction_chosen = Signal(str)
    form_chosen = Signal(str)

    def __init__(self, parent: QWidget, actions: dict[str, QAction]) -> None:
        super().__init__("Main tool bar", parent)
        self.setObjectName("main-toolbar")
        self.setMovable(False)
        for name in ("open_pdf",):
            self.addAction(actions[name])
        self.addSeparator()
        self.addAction(actions["zoom_out"])
        self.zoom_label = QLabel("100%")
        self.zoom_label.setMinimumWidth(48)
        self.addWidget(self.zoom_label)
        for name in ("zoom_in", "fit_width", "fit_page"):
            self.addAction(actions[name])
        self.addSeparator()
        self.addAction(actions["hide_markers"])
        self.addSeparator()
        self.addWidget(QLabel(" Form: "))
        self.forms = QComboBox()
        self.forms.setAccessibleName("Form")
        self.forms.setMinimumContentsLength(22)
        self.forms.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.addWidget(self.forms)
        self.addWidget(QLabel("  Jurisdiction: "))
        self.jurisdictions = QComboBox()
        self.jurisdictions.setAccessibleName("Jurisdiction")
        self.jurisdictions.setMaxVisibleItems(20)
        for label, code in jurisdiction_choices():
            self.jurisdictions.addItem(label, code)
        self.addWidget(self.jurisdictions)
        actions["show_states"].setIconText("Map")
        self.addAction(actions["show_states"])
        self.jurisdictions.activated.connect(lambda i: self.jurisdiction_chosen.emit(self.jurisdictions.itemData(i)))
        self.forms.activated.connect(self._form_activated)

    def set_jurisdiction(self, code: str) -> None:
        index = self.jurisdictions.findData(code)
        if index >= 0:
            self.jurisdictions.setCurrentIndex(index)

    def set_forms(self, forms: list[tuple[str, str]]) -> None:
        self.forms.clear()
        for form_id, label in forms:
            self.forms.addItem(label, form_id)
        self.forms.setEnabled(bool(forms))

    def _form_activated(self, index: int) -> None:
        form_id = self.forms.itemData(index)
        if form_id:  # not the client document's own entry
            self.form_chosen.emit(form_id)

    def show_client(self, label: str | None) -> None:
        """A client's document is open: show ``label`` (e.g. "Client document (I-247A)") as the current,
        first entry; None takes it away again."""
        present = self.forms.count() > 0 and self.forms.itemData(0) == ""
        if label is None:
            if present:
                self.forms.removeItem(0)
            return
        if present:
            self.forms.setItemText(0, label)
        else:
            self.forms.insertItem(0, label, "")
        self.forms.setCurrentIndex(0)

    def set_form(self, form_id: str) -> None:
        index = self.forms.findData(form_id)
        if index >= 0:
            self.forms.setCurrentIndex(index)

    def show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)}%")
