"""Opening things in the main window: bundled forms, documents (PDF or image), annotation set files.

The :class:`DocumentOpener` decides only what a request opens: a bundled sample form (with its
annotation set) or another document. Another document — a client's PDF, a photo — is shown without
markers and handed to the client document handler (the review feature), which alone identifies its
form and places the markers. The window owns the open document, the set and the selection. It also
keeps the Forms menu's check mark, Recent files, the open dialogs and dropped files. Signals are
wired in ``MainWindow._connect_signals``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData

from .. import store
from ..pdf.document import Document, DocumentError
from .file_menus import ask_document_path, ask_set_path, dropped_paths, fill_forms_menu, ordered_forms

if TYPE_CHECKING:
    from .mainwindow import MainWindow


class DocumentOpener:
    """Turns "open this" (a form id, a path, a set file) into a document, a form and a set for the window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.library = window.library
        forms = list(self.library.forms.values())
        self._forms_group = fill_forms_menu(window.menu("forms"), forms, window.open_form)
        choices = [(f.id, f.form_number if f.kind == "blank" else f.title) for f in ordered_forms(forms)]
        window.toolbar.set_forms(choices)

    def open_form(self, form_id: str, set_id: str | None = None) -> bool:
        w = self.window
        form = self.library.forms.get(form_id)
        if form is None:
            w.show_message(f"No bundled form {form_id!r}.")
            return False
        sets = self.library.sets_for(form_id)
        aset = next((s for s in sets if s.id == set_id), sets[0] if sets else None)
        if not w.show_document(self.library.pdf_path(form_id), form, aset, is_form_pdf=True):
            return False
        w.prefs.update(last_form=form_id)
        for action in self._forms_group.actions():
            action.setChecked(action.data() == form_id)
        w.toolbar.set_form(form_id)
        return True

    def open_document(self, path: Path) -> bool:
        path = Path(path)
        if path.suffix.lower() == ".json":
            return self.window.open_annotation_set(path)
        for form_id in self.library.forms:
            if self.library.pdf_path(form_id).resolve() == path.resolve():
                opened = self.window.open_form(form_id)
                if opened:
                    self.remember(path)
                return opened
        try:
            doc = Document(path)
        except DocumentError as exc:
            self.window.show_message(f"Cannot open this file. {exc}")
            return False
        opened = self.window.show_document(path, None, None, is_form_pdf=False, doc=doc)
        if opened:
            self.remember(path)
        return opened

    def open_annotation_set(self, path: Path) -> bool:
        w = self.window
        before = len(self.library.problems)
        aset = store.add_set_file(Path(path), self.library)
        new_problems = self.library.problems[before:]
        if new_problems:
            w.problems_panel.add_problems(new_problems)
            w.problems_dock.show()
        if aset is None:
            w.show_message(f"Cannot use {Path(path).name}: see the Problems panel.")
            return False
        self.remember(path)
        if w.show_set_here(aset):
            return True
        return w.open_form(aset.form.id, aset.id)

    # -- recent files, dialogs, dropped files ---------------------------------------------------------

    def remember(self, path: Path) -> None:
        self.window.prefs.add_recent(path)  # the Recent files menu follows the settings

    def ask_open_document(self) -> None:
        path = ask_document_path(self.window)
        if path is not None:
            self.window.open_document(path)

    def ask_open_set(self) -> None:
        path = ask_set_path(self.window)
        if path is not None:
            self.window.open_annotation_set(path)

    def accepts(self, mime: QMimeData) -> bool:
        return bool(dropped_paths(mime))

    def open_dropped(self, mime: QMimeData) -> None:
        for path in dropped_paths(mime):
            self.window.open_document(path)
