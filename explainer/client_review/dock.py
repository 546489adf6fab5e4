"""The "Client review" dock: identify, align, checklist, notes, memo, forget — for the open document.

:class:`ReviewPanel` is only widgets and their signals; :class:`explainer.client_review.feature.ReviewFeature`
fills it and acts on what the user does. Sections, top to bottom: what the document is (or a prompt
to pick the form when it has no text layer); placement (counts, the alignment tools, the "Not
placed" list); the checklist (every annotation with its status; the selected one's status and note);
the memo (heading, general notes, export); privacy (recent files, forget this document).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..review.checklist import STATUS_LABELS, STATUSES, Checklist

STATUS_MARKS = {"not-reviewed": "\u2013", "issue": "\u26a0 Issue", "fine": "\u2713 Fine", "not-applicable": "n/a"}
IDLE_TEXT = (
    "Open a client's detainer (PDF, or a photo or scan: PNG, JPEG, TIFF) with File \u203a Open or by dropping "
    "it on the window. Its form is recognised, the explanations are placed on it, and you can mark what is "
    "wrong and export a memo. Everything stays on this computer."
)


def _label(text: str = "", *, wrap: bool = True, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


class ReviewPanel(QWidget):
    form_picked = Signal(str)
    change_form_requested = Signal()
    align_points_requested = Signal()
    align_drag_toggled = Signal(bool)
    align_reset_requested = Signal()
    turn_requested = Signal()
    annotation_activated = Signal(str)
    status_chosen = Signal(str)  # for the current annotation
    note_edited = Signal(str)  # for the current annotation
    heading_edited = Signal(str)
    general_notes_edited = Signal(str)
    export_requested = Signal(str)  # "pdf" or "md"
    remember_toggled = Signal(bool)
    forget_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review-panel")
        self._loading = False  # True while filling widgets from a checklist (no edit signals then)
        inner = QWidget()
        body = QVBoxLayout(inner)
        body.setContentsMargins(8, 8, 8, 8)
        body.setSpacing(8)

        self.idle = _label(IDLE_TEXT, style="QLabel { color: #444; }")
        body.addWidget(self.idle)

        # what the document is
        self.doc_box = QGroupBox("Document")
        doc_layout = QVBoxLayout(self.doc_box)
        self.identity = _label()
        doc_layout.addWidget(self.identity)
        self.change_form = QPushButton("Use another form\u2026")
        self.change_form.setToolTip("If the form was recognised wrongly, pick the right one")
        doc_layout.addWidget(self.change_form, 0, Qt.AlignmentFlag.AlignLeft)
        self.pick_box = QWidget()
        pick = QVBoxLayout(self.pick_box)
        pick.setContentsMargins(0, 0, 0, 0)
        self.pick_message = _label(style="QLabel { background: #fff3cd; color: #664d03; padding: 6px; }")
        pick.addWidget(self.pick_message)
        row = QHBoxLayout()
        self.form_combo = QComboBox()
        self.form_combo.setAccessibleName("Form of this document")
        self.use_form = QPushButton("Use this form")
        row.addWidget(self.form_combo, 1)
        row.addWidget(self.use_form)
        pick.addLayout(row)
        doc_layout.addWidget(self.pick_box)
        body.addWidget(self.doc_box)

        # placement
        self.place_box = QGroupBox("Markers on this document")
        place = QVBoxLayout(self.place_box)
        self.place_summary = _label()
        place.addWidget(self.place_summary)
        self.align_row = QWidget()
        align = QGridLayout(self.align_row)
        align.setContentsMargins(0, 0, 0, 0)
        self.align_points = QPushButton("Align by two points\u2026")
        self.align_points.setToolTip("Click where two known points of the form are on the document")
        self.align_drag = QPushButton("Move / scale markers")
        self.align_drag.setCheckable(True)
        self.align_reset = QPushButton("Reset")
        align.addWidget(self.align_points, 0, 0)
        align.addWidget(self.align_drag, 0, 1)
        align.addWidget(self.align_reset, 1, 1)
        place.addWidget(self.align_row)
        self.turn = QPushButton("Turn page 90\u00b0")
        self.turn.setToolTip("For a photo or scan that lies sideways: turn the pages and their markers a quarter turn")
        place.addWidget(self.turn, 0, Qt.AlignmentFlag.AlignLeft)
        self.align_prompt = _label(style="QLabel { color: #b35c00; font-weight: bold; }")
        self.align_prompt.hide()
        place.addWidget(self.align_prompt)
        self.not_placed_label = _label()
        place.addWidget(self.not_placed_label)
        self.not_placed = QListWidget()
        self.not_placed.setAccessibleName("Not placed")
        self.not_placed.setMaximumHeight(110)
        place.addWidget(self.not_placed)
        body.addWidget(self.place_box)

        # checklist
        self.check_box = QGroupBox("Checklist")
        check = QVBoxLayout(self.check_box)
        self.counts = _label()
        check.addWidget(self.counts)
        self.table = QTreeWidget()
        self.table.setAccessibleName("Review checklist")
        self.table.setHeaderLabels(["#", "Annotation", "Status"])
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setMinimumHeight(180)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        check.addWidget(self.table, 1)
        self.current_title = _label(style="QLabel { font-weight: bold; }")
        check.addWidget(self.current_title)
        status_grid = QGridLayout()
        self.status_group = QButtonGroup(self)
        self.status_buttons: dict[str, QRadioButton] = {}
        for index, status in enumerate(STATUSES):
            button = QRadioButton(STATUS_LABELS[status])
            button.setProperty("status", status)
            self.status_group.addButton(button)
            self.status_buttons[status] = button
            status_grid.addWidget(button, index // 2, index % 2)
        check.addLayout(status_grid)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText("Your note on this point (kept on this computer only)")
        self.note.setAccessibleName("Note on the selected annotation")
        self.note.setMaximumHeight(110)
        check.addWidget(self.note)
        body.addWidget(self.check_box)

        # memo
        self.memo_box = QGroupBox("Memo")
        memo = QVBoxLayout(self.memo_box)
        self.heading = QLineEdit()
        self.heading.setPlaceholderText("Heading (optional; nothing about the client unless you type it)")
        self.heading.setAccessibleName("Memo heading")
        memo.addWidget(self.heading)
        self.general_notes = QPlainTextEdit()
        self.general_notes.setPlaceholderText("General notes for the memo")
        self.general_notes.setAccessibleName("General notes")
        self.general_notes.setMaximumHeight(90)
        memo.addWidget(self.general_notes)
        export = QVBoxLayout()
        self.export_pdf = QPushButton("Export memo (PDF)\u2026")
        self.export_md = QPushButton("Export memo (Markdown)\u2026")
        export.addWidget(self.export_pdf)
        export.addWidget(self.export_md)
        memo.addLayout(export)
        body.addWidget(self.memo_box)

        # privacy
        self.privacy_box = QGroupBox("Privacy")
        privacy = QVBoxLayout(self.privacy_box)
        self.remember = QCheckBox("List opened documents in File \u203a Recent files")
        privacy.addWidget(self.remember)
        forget_row = QHBoxLayout()
        self.saved = _label(style="QLabel { color: #555; }")
        self.forget = QPushButton("Forget this document")
        self.forget.setToolTip("Delete the checklist and notes kept for this document, and its Recent files entry")
        forget_row.addWidget(self.saved, 1)
        forget_row.addWidget(self.forget)
        privacy.addLayout(forget_row)
        body.addWidget(self.privacy_box)
        body.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(340)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._wire()
        self.show_idle()

    def _wire(self) -> None:
        self.use_form.clicked.connect(lambda: self.form_picked.emit(self.form_combo.currentData() or ""))
        self.change_form.clicked.connect(self.change_form_requested)
        self.align_points.clicked.connect(self.align_points_requested)
        self.align_drag.toggled.connect(self.align_drag_toggled)
        self.align_reset.clicked.connect(self.align_reset_requested)
        self.turn.clicked.connect(self.turn_requested)
        self.table.currentItemChanged.connect(self._row_changed)
        self.status_group.buttonClicked.connect(self._status_clicked)
        self.note.textChanged.connect(self._note_changed)
        self.heading.textEdited.connect(self.heading_edited)
        self.general_notes.textChanged.connect(self._general_notes_changed)
        self.export_pdf.clicked.connect(lambda: self.export_requested.emit("pdf"))
        self.export_md.clicked.connect(lambda: self.export_requested.emit("md"))
        self.remember.toggled.connect(self._remember_toggled)
        self.forget.clicked.connect(self.forget_requested)

    def _row_changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is not None and not self._loading and item.data(0, Qt.ItemDataRole.UserRole):
            self.annotation_activated.emit(item.data(0, Qt.ItemDataRole.UserRole))

    def _status_clicked(self, button: QRadioButton) -> None:
        if not self._loading:
            self.status_chosen.emit(button.property("status"))

    def _note_changed(self) -> None:
        if not self._loading:
            self.note_edited.emit(self.note.toPlainText())

    def _general_notes_changed(self) -> None:
        if not self._loading:
            self.general_notes_edited.emit(self.general_notes.toPlainText())

    def _remember_toggled(self, on: bool) -> None:
        if not self._loading:
            self.remember_toggled.emit(on)

    def _items(self) -> list[QTreeWidgetItem]:
        """The annotation rows (not the form headings of a file with several forms)."""
        items = (self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount()))
        return [item for item in items if item is not None and item.data(0, Qt.ItemDataRole.UserRole)]

    # -- states ----------------------------------------------------------------------------------

    def show_idle(self) -> None:
        self.idle.show()
        for box in (self.doc_box, self.place_box, self.check_box, self.memo_box, self.privacy_box):
            box.hide()

    def show_pick(self, identity: str, message: str, forms: list[tuple[str, str]], remember: bool) -> None:
        """No form yet: say why plainly and offer the forms to choose from."""
        self.idle.hide()
        self.doc_box.show()
        self.identity.setText(identity)
        self.offer_forms(message, forms, None)
        self.change_form.hide()
        for box in (self.place_box, self.check_box, self.memo_box):
            box.hide()
        self.privacy_box.show()
        self.set_remember(remember)

    def offer_forms(self, message: str, forms: list[tuple[str, str]], current: str | None) -> None:
        """Show the form picker: ``forms`` as (id, label), ``current`` preselected."""
        self.pick_message.setText(message)
        self.form_combo.clear()
        for form_id, label in forms:
            self.form_combo.addItem(label, form_id)
        if current is not None:
            self.form_combo.setCurrentIndex(max(0, self.form_combo.findData(current)))
        self.pick_box.show()

    def show_review(self, identity: str, remember: bool) -> None:
        self.idle.hide()
        self.identity.setText(identity)
        self.pick_box.hide()
        self.change_form.show()
        for box in (self.doc_box, self.place_box, self.check_box, self.memo_box, self.privacy_box):
            box.show()
        self.set_remember(remember)

    def set_pick_message(self, text: str) -> None:
        self.pick_message.setText(text)

    def preselect_form(self, form_id: str) -> None:
        self.form_combo.setCurrentIndex(max(0, self.form_combo.findData(form_id)))

    def set_saved_text(self, text: str) -> None:
        """Whether there are unsaved changes, or when they were saved."""
        self.saved.setText(text)

    def set_remember(self, on: bool) -> None:
        self._loading = True
        self.remember.setChecked(on)
        self._loading = False

    def set_placement(self, summary: str, approximate: bool, not_placed: list[tuple[str, str]]) -> None:
        self.place_summary.setText(summary)
        self.align_row.setVisible(approximate)
        self.not_placed.clear()
        for label, reason in not_placed:
            item = QListWidgetItem(label)
            item.setToolTip(reason)
            self.not_placed.addItem(item)
        self.not_placed_label.setText(
            f"<b>Not placed ({len(not_placed)})</b> \u2014 not drawn on the document:" if not_placed else ""
        )
        self.not_placed_label.setVisible(bool(not_placed))
        self.not_placed.setVisible(bool(not_placed))

    def set_prompt(self, text: str) -> None:
        self.align_prompt.setText(text)
        self.align_prompt.setVisible(bool(text))
        if not text and self.align_drag.isChecked():
            self.align_drag.setChecked(False)

    # -- checklist -------------------------------------------------------------------------------------

    def set_checklist(
        self, rows: list[tuple[str, int, str]], checklist: Checklist, groups: dict[str, str] | None = None
    ) -> None:
        """``rows``: (annotation id, number, title) in order. ``groups``: annotation id -> the form it
        belongs to, for a file with several forms: each form's rows come under a heading."""
        self._loading = True
        self.table.clear()
        heading = None
        several = len(set((groups or {}).values())) > 1
        for ident, number, title in rows:
            group = (groups or {}).get(ident)
            if several and group is not None and group != heading:
                heading = group
                head = QTreeWidgetItem([group])
                head.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable
                font = head.font(0)
                font.setBold(True)
                head.setFont(0, font)
                head.setToolTip(0, group)
                self.table.addTopLevelItem(head)
                head.setFirstColumnSpanned(True)  # across the number, title and status columns
            item = QTreeWidgetItem([str(number), title, STATUS_MARKS[checklist.entry(ident).status]])
            item.setData(0, Qt.ItemDataRole.UserRole, ident)
            item.setToolTip(1, title)
            self.table.addTopLevelItem(item)
        self.heading.setText(checklist.heading)
        self.general_notes.setPlainText(checklist.general_notes)
        self._loading = False
        self.show_counts(checklist)
        self.show_current(None, "", checklist)

    def show_counts(self, checklist: Checklist) -> None:
        counts = checklist.counts()
        reviewed = sum(counts.values()) - counts["not-reviewed"]
        total = len(self._items())
        self.counts.setText(
            f"{counts['issue']} issue(s) found \u00b7 {counts['fine']} fine \u00b7 "
            f"{counts['not-applicable']} not applicable \u00b7 {total - reviewed} not reviewed"
        )

    def update_row(self, ident: str, checklist: Checklist) -> None:
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole) == ident:
                item.setText(2, STATUS_MARKS[checklist.entry(ident).status])
        self.show_counts(checklist)

    def show_current(self, ident: str | None, title: str, checklist: Checklist) -> None:
        """Show the status and note of the selected annotation (or disable the editor)."""
        self._loading = True
        entry = checklist.entry(ident) if ident else None
        self.current_title.setText(title if ident else "Select an annotation to mark it and add a note.")
        self.status_group.setExclusive(False)  # an exclusive group would keep the last status checked
        for status, button in self.status_buttons.items():
            button.setEnabled(ident is not None)
            button.setChecked(entry is not None and entry.status == status)
        self.status_group.setExclusive(True)
        self.note.setEnabled(ident is not None)
        self.note.setPlainText(entry.note if entry else "")
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole) == ident:
                self.table.setCurrentItem(item)
                break
        else:
            self.table.setCurrentIndex(QModelIndex())
        self._loading = False
