"""File > Export handout… / Export worksheet…: the handout of what the main window shows.

It follows the window: its document, its annotation set after the list's filter, its placements and
its jurisdiction. A progress dialog shows how far the export is and can cancel it; a cancelled export
writes nothing.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog

from ..model import JURISDICTIONS
from .placing import callouts_from_placements
from .writer import ExportCancelled, HandoutRequest, export_handout


def request_from_window(window, *, worksheet: bool = False) -> HandoutRequest | None:
    doc, aset = window.document, window.current_set
    if doc is None or aset is None:
        return None
    visible = set(window.visible_ids())
    stops = [a for a in aset.annotations if a.id in visible]
    if not stops:
        return None
    form = window.form
    filtered = window.annotation_list.is_filtered()
    return HandoutRequest(
        source=Path(doc.path),
        annotation_set=aset,
        stops=stops,
        callouts=callouts_from_placements(stops, window.placements),
        state=window.jurisdiction if window.jurisdiction in JURISDICTIONS else None,
        worksheet=worksheet,
        form_label=f"{form.form_number} ({form.edition}) — {form.title}" if form is not None else Path(doc.path).name,
        filter_text=window.annotation_list.text_filter.text().strip() if filtered else "",
        state_row=_state_row(window),
    )


def _state_row(window):
    """The state table's row for the window's jurisdiction (None for national or without a table)."""
    table = window.library.jurisdictions
    code = window.jurisdiction
    return table.row(code) if table is not None and code in JURISDICTIONS else None


def export_from_window(window, *, worksheet: bool = False, path: Path | None = None) -> Path | None:
    """Export; asks for a file name unless ``path`` is given. Returns the file written, or None."""
    doc = window.document
    if doc is not None and doc.is_image:  # a handout copies the PDF's pages; a photo has none (and stays off disk)
        window.show_message(
            "A handout is made from a PDF form, and this document is a photo or scan. Open the sample form "
            "from the Forms menu for a handout, or export a review memo from the Client review tab."
        )
        return None
    request = request_from_window(window, worksheet=worksheet)
    if request is None:
        window.show_message("Nothing to export: open a form with an annotation set (and clear the filter).")
        return None
    if path is None:
        kind = "worksheet" if worksheet else "handout"
        suggested = f"{request.annotation_set.id}-{kind}.pdf"
        name, _ = QFileDialog.getSaveFileName(window, f"Export {kind}", suggested, "PDF (*.pdf)")
        if not name:
            return None
        path = Path(name)
    dialog = QProgressDialog("Exporting…", "Cancel", 0, 100, window)
    dialog.setWindowTitle("Export handout")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def progress(done: int, total: int, what: str) -> bool:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(f"Exporting: {what}")
        QApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        pages = export_handout(request, path, progress)
    except ExportCancelled:
        window.statusBar().showMessage("Export cancelled; nothing was written.", 8000)
        return None
    except OSError as exc:
        window.show_message(f"Cannot write {path}: {exc.strerror or exc}")
        return None
    finally:
        dialog.close()
    window.statusBar().showMessage(f"Exported {path.name}: {pages} pages, {len(request.stops)} points.", 8000)
    return path


def install_export_actions(window) -> dict[str, QAction]:
    """File > Export handout… and Export worksheet…"""
    actions = {}
    for name, text, worksheet in (
        ("export_handout", "Export &handout…", False),
        ("export_worksheet", "Export &worksheet (blank lines for exercises)…", True),
    ):
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(partial(_export_clicked, window, worksheet))
        quit_action = getattr(window, "actions_by_name", {}).get("quit")
        if quit_action is not None and "&File" in window.menus:  # above Quit, where people look for it
            window.menus["&File"].insertAction(quit_action, action)
            window.addAction(action)
        else:
            window.add_menu_action("&File", action)
        actions[name] = action
    return actions


def _export_clicked(window, worksheet: bool, _checked: bool = False) -> None:
    export_from_window(window, worksheet=worksheet)
