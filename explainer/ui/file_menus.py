"""Choosing what to open: the Forms menu, Recent files, the file dialogs, dropped files."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from ..model import FormDescription
from ..pdf.document import OPENABLE_SUFFIXES


def form_label(form: FormDescription) -> str:
    return f"{form.form_number} — {form.title}" if form.kind == "blank" else form.title


def ordered_forms(forms: Sequence[FormDescription]) -> list[FormDescription]:
    """Blank forms first, then training scenarios, each by id."""
    return sorted(forms, key=lambda f: (f.kind != "blank", f.id))


def fill_forms_menu(menu: QMenu, forms: Sequence[FormDescription], choose: Callable[[str], object]) -> QActionGroup:
    """One checkable action per form, in a "Forms" and a "Training scenarios" section."""
    menu.clear()
    group = QActionGroup(menu)
    ordered = ordered_forms(forms)
    for kind, section in (("blank", "Forms"), ("scenario", "Training scenarios")):
        chosen = [f for f in ordered if f.kind == kind]
        if chosen:
            menu.addSection(section)
        for form in chosen:
            action = QAction(form_label(form), menu)
            action.setData(form.id)
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, fid=form.id: choose(fid))
            menu.addAction(action)
    if not ordered:
        menu.addAction("(no bundled forms found)").setEnabled(False)
    return group


class RecentFilesMenu(QMenu):
    """Recent files, newest first, and "Clear recent files"."""

    open_requested = Signal(Path)
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("&Recent files", parent)
        self.set_files([])

    def set_files(self, files: Sequence[str]) -> None:
        self.clear()
        for item in files:
            action = self.addAction(item)
            action.triggered.connect(lambda _checked=False, p=item: self.open_requested.emit(Path(p)))
        if files:
            self.addSeparator()
        clear = self.addAction("Clear recent files")
        clear.setEnabled(bool(files))
        clear.triggered.connect(self.clear_requested.emit)

    def files(self) -> list[str]:
        return [a.text() for a in self.actions() if not a.isSeparator() and a.text() != "Clear recent files"]


def ask_document_path(parent: QWidget) -> Path | None:
    pattern = " ".join(f"*{s}" for s in sorted(OPENABLE_SUFFIXES))
    name, _ = QFileDialog.getOpenFileName(parent, "Open PDF", "", f"PDF or image ({pattern})")
    return Path(name) if name else None


def ask_set_path(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Open annotation set", "", "Annotation set (*.json)")
    return Path(name) if name else None


def dropped_paths(mime: QMimeData) -> list[Path]:
    """Local PDFs, images and JSON files among dropped URLs: documents first, then annotation sets."""
    urls = mime.urls() if mime.hasUrls() else []
    paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    wanted = [p for p in paths if p.suffix.lower() in {*OPENABLE_SUFFIXES, ".json"}]
    return sorted(wanted, key=lambda p: p.suffix.lower() == ".json")
