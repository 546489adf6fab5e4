"""File > Export handout… / Export worksheet…: the handout of what the main window shows.

A feature of the main window, attached through its seam: it follows what the window shows (its
document, its annotation set after the list's filter, its placements and its jurisdiction). A progress
dialog shows how far the export is and can cancel it; a cancelled export writes nothing.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog

from ..ui.menus import QT_TRANSLATE_NOOP, ActionSpec
from ..ui.seam import FeatureHost, Shown
from .placing import callouts_from_placements
from .writer import ExportCancelled, HandoutRequest, export_handout

ACTIONS = [
    ActionSpec("export_handout", "file", QT_TRANSLATE_NOOP("menus", "Export &handout…"), before="quit"),
    ActionSpec(
        "export_worksheet",
        "file",
        QT_TRANSLATE_NOOP("menus", "Export &worksheet (blank lines for exercises)…"),
        before="quit",
    ),
]


def request_from(shown: Shown, *, worksheet: bool = False) -> HandoutRequest | None:
    """A handout request for what the window shows (None when there is nothing to export)."""
    aset = shown.annotation_set
    if shown.document_path is None or aset is None:
        return None
    stops = list(shown.stops)
    if not stops:
        return None
    form = shown.form
    label = f"{form.form_number} ({form.edition}) — {form.title}" if form is not None else shown.document_path.name
    return HandoutRequest(
        source=shown.document_path,
        annotation_set=aset,
        stops=stops,
        callouts=callouts_from_placements(stops, shown.placements),
        state=shown.state,
        worksheet=worksheet,
        form_label=label,
        filter_text=shown.filter_text,
        state_row=shown.state_row,
    )


class HandoutExport(QObject):
    name: ClassVar[str] = "handout"

    def attach(self, host: FeatureHost) -> None:
        self.host = host
        self.setParent(host.widget())
        actions = host.add_actions(ACTIONS)
        actions["export_handout"].triggered.connect(partial(self._clicked, False))
        actions["export_worksheet"].triggered.connect(partial(self._clicked, True))

    def _clicked(self, worksheet: bool, _checked: bool = False) -> None:
        self.export(worksheet=worksheet)

    def export(self, *, worksheet: bool = False, path: Path | None = None) -> Path | None:
        """Export; asks for a file name unless ``path`` is given. Returns the file written, or None."""
        host = self.host
        shown = host.shown()
        if shown.document_is_image:  # a handout copies the PDF's pages; a photo has none (and stays off disk)
            host.show_message(
                "A handout is made from a PDF form, and this document is a photo or scan. Open the sample form "
                "from the Forms menu for a handout, or export a review memo from the Client review tab."
            )
            return None
        request = request_from(shown, worksheet=worksheet)
        if request is None:
            host.show_message("Nothing to export: open a form with an annotation set (and clear the filter).")
            return None
        if path is None:
            kind = "worksheet" if worksheet else "handout"
            suggested = f"{request.annotation_set.id}-{kind}.pdf"
            name, _ = QFileDialog.getSaveFileName(host.widget(), f"Export {kind}", suggested, "PDF (*.pdf)")
            if not name:
                return None
            path = Path(name)
        dialog = QProgressDialog("Exporting…", "Cancel", 0, 100, host.widget())
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
            host.show_status("Export cancelled; nothing was written.")
            return None
        except OSError as exc:
            host.show_message(f"Cannot write {path}: {exc.strerror or exc}")
            return None
        finally:
            dialog.close()
        host.show_status(f"Exported {path.name}: {pages} pages, {len(request.stops)} points.")
        return path
