"""Opening things in the main window: bundled forms, documents (PDF or image), annotation set files.

The :class:`DocumentOpener` decides only what a request opens: a bundled sample form (with its
annotation set) or another document. Another document — a client's PDF, a photo — is shown without
markers and handed to the client document handler (the review feature), which alone identifies its
form and places the markers. The window owns the open document, the set and the selection. It also
keeps the Forms menu's check mark, Recent files, the open dialogs and dropped files. Signals are
wired in ``MainWindow._connect_signals``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QMenu, QWidget

from .. import store
from ..model import AnnotationSet, FormDescription
from ..pdf.document import Document, DocumentError
from ..settings import SettingsStore
from .file_menus import ask_document_path, ask_set_path, dropped_paths, fill_forms_menu, ordered_forms
from .toolbar import MainToolBar


class OpeningHost(Protocol):
    """What the opener needs of the window that shows what it opens."""

    @property
    def library(self) -> store.Library: ...

    @property
    def prefs(self) -> SettingsStore: ...

    def widget(self) -> QWidget: ...

    def show_message(self, text: str) -> None: ...

    def add_problems(self, problems: Sequence[store.Problem]) -> None: ...

    def show_document(
        self,
        path: Path,
        form: FormDescription | None,
        aset: AnnotationSet | None,
        *,
        is_form_pdf: bool,
        doc: Document | None = None,
    ) -> bool: ...

    def show_set_here(self, aset: AnnotationSet) -> bool: ...

    def open_form(self, form_id: str, set_id: str | None = None) -> bool: ...

    def open_document(self, path: Path) -> bool: ...

    def open_annotation_set(self, path: Path) -> bool: ...


class DocumentOpener:
    """Turns "open this" (a form id, a path, a set file) into a document, a form and a set for the window."""

    def __init__(self, window: OpeningHost, forms_menu: QMenu, toolbar: MainToolBar) -> None:
        self.window = window
        self.library = window.library
        self.toolbar = toolbar
        forms = list(self.library.forms.values())
        self._forms_group = fill_forms_menu(forms_menu, forms, window.open_form)
        choices = [(f.id, f.form_number if f.kind == "blank" else f.title) for f in ordered_forms(forms)]
        toolbar.set_forms(choices)

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
        self.toolbar.set_form(form_id)
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
            w.add_problems(new_problems)
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
        path = ask_document_path(self.window.widget())
        if path is not None:
            self.window.open_document(path)

    def ask_open_set(self) -> None:
        path = ask_set_path(self.window.widget())
        if path is not None:
            self.window.open_annotation_set(path)

    def accepts(self, mime: QMimeData) -> bool:
        return bool(dropped_paths(mime))

    def open_dropped(self, mime: QMimeData) -> None:
        for path in dropped_paths(mime):
            self.window.open_document(path)
