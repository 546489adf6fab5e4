"""Client-document review in the main window: the controller behind the "Client review" dock.

When the window opens a document that is not one of the bundled sample forms, the controller
identifies its form (or asks for it), places the form's annotations with
:mod:`explainer.review.placement`, hands the placements to the window (approximate ones get a dashed
outline), loads the document's checklist (keyed by the SHA-256 of its bytes) and saves every change
about 1.5 s after the last keystroke, and at once when the document changes or the window closes.
Nothing here writes an image of a page anywhere, and nothing opens a network connection.
:func:`install` is the hook the main window calls. The tab itself is :mod:`.review_tab`, the
checklist's saving :mod:`.review_autosave`; what the dock says about a review is built in
:mod:`.review_summary`; the memo and the export and forget dialogs are in :mod:`.review_export`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

from .. import settings as settings_mod
from ..model import AnnotationSet
from ..review import checklist as checklist_mod
from ..review.checklist import Checklist
from ..review.geometry import Affine
from ..review.memo import Memo
from ..review.session import Review, start_review
from .review_align import AlignTool, ApproximateOverlay
from .review_autosave import ChecklistAutosave
from .review_dock import ReviewPanel
from .review_export import ask_memo_path, confirm_forget, review_memo, write_memo
from .review_summary import (
    approximate_rects,
    checklist_groups,
    checklist_rows,
    form_choices,
    identity_html,
    placement_summary,
)
from .review_tab import ReviewTab

if TYPE_CHECKING:
    from .mainwindow import MainWindow


class ReviewController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = ReviewPanel()
        self.tab = ReviewTab(window, self.panel)  # beside the annotation list; in the View menu
        self.dock = self.tab.dock
        self.review: Review | None = None
        self.checklist: Checklist | None = None
        self.current: str | None = None
        self.overlay = ApproximateOverlay(window.view)
        self.align = AlignTool(window.view, self._aligned, self.panel.set_prompt)
        self.autosave = ChecklistAutosave(self, lambda: self.checklist, self.panel.saved, window.show_message)
        self._set_ids: dict[str, str] = {}  # form id -> the annotation set the user chose for it
        window.client_set_opener = self.open_set
        self._connect()
        window.installEventFilter(self)

    def _connect(self) -> None:
        w, p = self.window, self.panel
        self.tab.toggle.triggered.connect(self.tab.toggled_by_user)
        self.autosave.timer.timeout.connect(self.save_now)
        w.document_changed.connect(self.document_changed)
        w.annotation_selected.connect(self._selected)
        w.jurisdiction_changed.connect(self._jurisdiction_changed)
        p.form_picked.connect(self.use_form)
        p.change_form_requested.connect(self.offer_other_form)
        p.align_points_requested.connect(self.start_two_points)
        p.align_drag_toggled.connect(self._drag_toggled)
        p.align_reset_requested.connect(self.reset_alignment)
        p.turn_requested.connect(self.turn_page)
        p.annotation_activated.connect(w.select_annotation)
        p.status_chosen.connect(lambda status: self.set_status(self.current, status))
        p.note_edited.connect(lambda text: self.set_note(self.current, text))
        p.heading_edited.connect(lambda text: self._edit(heading=text))
        p.general_notes_edited.connect(lambda text: self._edit(general_notes=text))
        p.export_requested.connect(self._ask_export)
        p.remember_toggled.connect(self.set_remember_recent)
        p.forget_requested.connect(self._ask_forget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.save_now()  # quitting loses nothing typed
        return super().eventFilter(watched, event)

    # -- opening -------------------------------------------------------------------------------

    def _is_bundled(self, path: Path) -> bool:
        lib = self.window.library
        return any(lib.pdf_path(form_id).resolve() == path.resolve() for form_id in lib.forms)

    def document_changed(self) -> None:
        self.save_now()
        self.align.stop()
        self.overlay.clear()
        self.review, self.checklist, self.current = None, None, None
        doc = self.window.document
        self._set_ids = {}
        if doc is None or self._is_bundled(doc.path):
            self.window.toolbar.show_client(None)
            self.panel.show_idle()
            self.tab.hide_if_shown_for_client()
            return
        self.tab.show_for_client()
        lib = self.window.library
        review = start_review(lib, doc.path, doc)
        saved = checklist_mod.load(review.sha256)
        known = saved.form_id if saved.form_id in lib.forms else None
        if known and saved.set_id and saved.set_id != (review.annotation_set.id if review.annotation_set else None):
            self._set_ids = {known: saved.set_id}  # a set the user opened for it last time, if it is loaded
        if saved.turns != doc.turns:  # shown turned last time: turn it again, then place on the turned pages
            self._show_turned(saved.turns)
            form_id = known or review.identification.form_id
            review = start_review(lib, doc.path, doc, form_id=form_id, set_ids=self._set_ids)
        elif (not review.ready and known) or self._set_ids:
            review = start_review(lib, doc.path, doc, form_id=known, set_ids=self._set_ids)
        self.review, self.checklist = review, saved
        self._show_in_toolbar()
        if not review.ready:
            self.window.show_placements(None, None, {})
            message = review.identification.message
            if review.form is not None and review.annotation_set is None:
                message = f"There are no explanations for the {review.form.form_number} yet."
            self.panel.show_pick(
                "Form not recognised.",
                message,
                form_choices(self.window.library),
                self.window.settings.remember_recent,
            )
            likely = review.form.id if review.form else "i-247a"  # most client detainers are I-247As
            self.panel.form_combo.setCurrentIndex(max(0, self.panel.form_combo.findData(likely)))
            return
        self._apply()

    def _show_in_toolbar(self) -> None:
        """The tool bar's form box names the open client document, not the last sample form."""
        form = self.review.form if self.review is not None else None
        self.window.toolbar.show_client(f"Client document ({form.form_number if form else 'form not recognised'})")

    def open_set(self, aset: AnnotationSet) -> bool:
        """File > Open annotation set while a client's document is open: place that set on it (for its
        main form or an attached one). False when the set is for a form the document does not hold."""
        doc, review = self.window.document, self.review
        if doc is None or review is None:
            return False
        if review.form is None:  # not recognised yet (a photo): the set says which form it is
            self._set_ids[aset.form.id] = aset.id
            self.use_form(aset.form.id)
            return self.review is not None and self.review.ready
        if aset.form.id in (review.form.id, review.form.base_form):
            target = review.form.id
        else:
            target = next((p.form.id for p in review.attached if p.form.id == aset.form.id), None)
            if target is None:
                return False
        self.align.stop()
        if review.layout is not None and self.checklist is not None:  # the markers stay aligned as they are
            self.checklist.alignment = {str(k): v.as_list() for k, v in review.layout.alignment.items()}
        self._set_ids[target] = aset.id
        self.review = start_review(self.window.library, doc.path, doc, form_id=review.form.id, set_ids=self._set_ids)
        if not self.review.ready:
            return False
        self._apply()
        self._edit()  # remember the set with the checklist
        return True

    def offer_other_form(self) -> None:
        """The form was recognised wrongly: let the user pick another; the notes are kept."""
        current = self.review.form.id if self.review and self.review.form else None
        message = "Pick the form this document is; the markers are placed again."
        self.panel.offer_forms(message, form_choices(self.window.library), current)

    def use_form(self, form_id: str) -> None:
        """The user picked the form of a document with no text layer (or an unrecognised one)."""
        doc = self.window.document
        if doc is None or not form_id or self.checklist is None:
            return
        self.review = start_review(self.window.library, doc.path, doc, form_id=form_id, set_ids=self._set_ids)
        if not self.review.ready:
            self.panel.pick_message.setText(f"There are no explanations for {form_id} to place on this document.")
            return
        self._apply()
        self._edit()  # remember the choice with the checklist

    def _apply(self) -> None:
        review, c = self.review, self.checklist
        assert review is not None
        assert review.layout is not None
        assert review.form is not None
        assert c is not None
        form, aset, layout = review.form, review.annotation_set, review.layout
        if c.form_id not in (None, form.id):  # marked under another form: keep it, but say so
            self.window.show_message("This document was reviewed before as another form; its notes are kept.")
        c.form_id, c.edition, c.set_id = form.id, form.edition, aset.id if aset else None
        c.jurisdiction = self.window.jurisdiction
        for page, values in c.alignment.items():
            layout.alignment[int(page)] = Affine(*values)
        self._show_placements()
        self.panel.show_review(identity_html(review), self.window.settings.remember_recent)
        self.panel.set_checklist(checklist_rows(review), c, checklist_groups(review))
        self._show_in_toolbar()

    def _show_placements(self) -> None:
        """Hand the (aligned) placements to the window; outline the approximate ones; list the rest."""
        review = self.review
        assert review is not None
        assert review.layout is not None
        layout = review.layout
        keep = self.window.selected_id
        self.window.show_placements(review.form, review.combined_set, review.viewer_placements())
        if keep:
            self.window.select_annotation(keep)
        placed = review.placements()
        self.overlay.show(approximate_rects(placed))
        summary, not_placed = placement_summary(review, placed)
        self.panel.set_placement(summary, layout.has_approximate, not_placed)

    # -- alignment ---------------------------------------------------------------------------------

    def _page_in_view(self) -> int:
        pages = self.window.view.visible_pages()
        return (pages[0] + 1) if pages else 1

    def start_two_points(self) -> None:
        if self.review is None or self.review.layout is None:
            return
        page = self._page_in_view()
        refs = self.review.layout.reference_points(page) or self.review.layout.reference_points(1)
        if refs is None:
            self.panel.set_prompt("This page of the form has no known points to align by.")
            return
        self.align.start_points(refs, self.review.layout.alignment.get(refs[0].page, Affine()))

    def _drag_toggled(self, on: bool) -> None:
        if self.review is None or self.review.layout is None:
            return
        if on:
            page = self._page_in_view()
            self.align.start_drag(page, self.review.layout.alignment.get(page, Affine()))
        else:
            self.align.stop()

    def _aligned(self, page: int, transform: Affine, final: bool) -> None:
        if self.review is None or self.review.layout is None or self.checklist is None:
            return
        self.review.layout.set_alignment(page, transform)
        self._show_placements()
        if final:
            self.checklist.alignment = {str(k): v.as_list() for k, v in self.review.layout.alignment.items()}
            self._edit()

    def turn_page(self) -> None:
        """A quarter turn (clockwise) of the displayed pages, for a photo or scan that lies sideways:
        the page image and its markers turn together (the markers are placed again on the turned page)."""
        doc, review, c = self.window.document, self.review, self.checklist
        if doc is None or review is None or c is None:
            return
        self.align.stop()
        c.turns = (doc.turns + 1) % 4
        c.alignment = {}  # an alignment made on the unturned page means nothing on the turned one
        self._show_turned(c.turns)
        form_id = review.form.id if review.form else None
        self.review = start_review(self.window.library, doc.path, doc, form_id=form_id, set_ids=self._set_ids)
        if self.review.ready:
            self._apply()
        self._edit()

    def _show_turned(self, turns: int) -> None:
        """Turn the open document's pages (sizes, text, images) and lay the view out again."""
        doc = self.window.document
        assert doc is not None
        doc.set_turns(turns)
        self.overlay.clear()
        self.window.view.set_document(doc)  # new page sizes: the scene is rebuilt, markers come next

    def reset_alignment(self) -> None:
        if self.review is None or self.review.layout is None or self.checklist is None:
            return
        self.align.stop()
        self.review.layout.reset_alignment()
        self.checklist.alignment = {}
        self._show_placements()
        self._edit()

    # -- checklist ------------------------------------------------------------------------------------

    def _selected(self, annotation_id: str) -> None:
        if self.review is None or self.checklist is None or not self.review.ready:
            return
        self.current = annotation_id or None
        aset = self.review.combined_set
        ann = aset.get(annotation_id) if self.current and aset else None
        number = next((n for n, a in enumerate(self.review.annotations, 1) if ann and a.id == ann.id), 0)
        self.panel.show_current(self.current if ann else None, f"{number}. {ann.title}" if ann else "", self.checklist)

    def set_status(self, annotation_id: str | None, status: str) -> None:
        if self.checklist is None or not annotation_id:
            return
        self.checklist.set_status(annotation_id, status)  # type: ignore[arg-type]
        self.panel.update_row(annotation_id, self.checklist)
        self._edit()

    def set_note(self, annotation_id: str | None, text: str) -> None:
        if self.checklist is None or not annotation_id:
            return
        self.checklist.set_note(annotation_id, text)
        self._edit()

    def _jurisdiction_changed(self, code: str) -> None:
        if self.checklist is not None and self.review is not None and self.review.ready:
            self._edit(jurisdiction=code)

    def _edit(self, **fields: str) -> None:
        if self.checklist is None:
            return
        for name, value in fields.items():
            setattr(self.checklist, name, value)
        self.autosave.changed()

    def save_now(self) -> None:
        self.autosave.save_now()

    # -- memo, privacy -----------------------------------------------------------------------------------

    def memo(self) -> Memo | None:
        review, c = self.review, self.checklist
        if review is None or c is None:
            return None
        return review_memo(review, c, self.window.library.jurisdictions, self.window.jurisdiction)

    def export_memo(self, path: Path, kind: str) -> Path | None:
        memo = self.memo()
        if memo is None:
            return None
        self.save_now()
        write_memo(memo, path, kind)
        self.window.statusBar().showMessage(f"Memo written to {path}", 8000)
        return path

    def _ask_export(self, kind: str) -> None:
        path = ask_memo_path(self.window, kind)
        if path is not None:
            self.export_memo(path, kind)

    def set_remember_recent(self, on: bool) -> None:
        """The privacy switch: stop (or start) listing opened documents in Recent files."""
        prefs = self.window.settings
        prefs.remember_recent = on
        if not on:
            prefs.clear_recent()
        settings_mod.save(prefs)
        self.window.recent_menu.set_files(self.window.settings.recent_files)

    def forget(self) -> None:
        """Delete everything kept about the open document: checklist, notes, alignment, recent entry."""
        review = self.review
        if review is None:
            return
        self.autosave.discard()
        checklist_mod.forget(review.sha256)
        prefs = self.window.settings
        gone = str(review.path.resolve())
        if gone in prefs.recent_files:
            prefs.recent_files = [p for p in prefs.recent_files if p != gone]
            settings_mod.save(prefs)
            self.window.recent_menu.set_files(self.window.settings.recent_files)
        self.checklist = Checklist(sha256=review.sha256)
        if review.ready:
            self.checklist.form_id = review.form.id if review.form else None
            self.panel.set_checklist(checklist_rows(review), self.checklist, checklist_groups(review))
        self.panel.saved.setText("Forgotten: nothing about this document is kept on this computer.")

    def _ask_forget(self) -> None:
        if confirm_forget(self.window):
            self.forget()


def install(window: MainWindow) -> ReviewController:
    """Add client-document review to a main window (called once by the window)."""
    controller = ReviewController(window)
    window.review_controller = controller  # type: ignore[attr-defined]  # for tests and other features
    return controller
