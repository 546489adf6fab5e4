"""Client-document review in the main window: the feature behind the "Client review" tab.

The window hands every document that is not a bundled sample form to this feature (it is the
window's :class:`~explainer.ui.seam.ClientDocumentHandler`). For each one it hashes and identifies the
document once (:class:`explainer.review.session.DocumentReview`), loads its checklist (keyed by the
SHA-256 of its bytes), places the form's annotations once and publishes the placements to the window
(approximate ones get a dashed outline). It places again only when the user asks: another form,
another set, a quarter turn, an alignment. Every change to the checklist is saved about 1.5 s after
the last keystroke, and at once when the document changes or the window closes. Nothing here writes an
image of a page anywhere, and nothing opens a network connection. The tab itself is :mod:`.tab`, the
checklist's saving :mod:`.autosave`; what the dock says about a review is built in :mod:`.summary`; the
memo and the export and forget dialogs are in :mod:`.export`.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QObject

from ..model import AnnotationSet
from ..pdf.document import Document
from ..review import checklist as checklist_mod
from ..review.checklist import Checklist
from ..review.geometry import Affine
from ..review.memo import Memo
from ..review.session import DocumentReview, Review
from ..ui.seam import FeatureHost, Shown
from .align import AlignTool, ApproximateOverlay
from .autosave import ChecklistAutosave
from .dock import ReviewPanel
from .export import ask_memo_path, confirm_forget, review_memo, write_memo
from .summary import (
    approximate_rects,
    checklist_groups,
    checklist_rows,
    form_choices,
    identity_html,
    placement_summary,
)
from .tab import ReviewTab

LIKELY_FORM = "i-247a"  # most client detainers are I-247As: preselected when the form is not recognised


class ReviewFeature(QObject):
    name: ClassVar[str] = "review"

    def __init__(self) -> None:
        super().__init__()
        self.session: DocumentReview | None = None
        self.review: Review | None = None
        self.checklist: Checklist | None = None
        self.current: str | None = None
        self._set_ids: dict[str, str] = {}  # form id -> the annotation set the user chose for it
        self._jurisdiction: str | None = None
        self.placements_published = 0  # how many times placements went to the window (tests count them)

    def attach(self, host: FeatureHost) -> None:
        self.host = host
        self.setParent(host.widget())
        self.panel = ReviewPanel()
        self.tab = ReviewTab(host, self.panel)  # beside the annotation list; in the View menu
        self.dock = self.tab.dock
        self.overlay = ApproximateOverlay(host.view)
        self.align = AlignTool(host.view, self._aligned, self.panel.set_prompt)
        self.autosave = ChecklistAutosave(self, lambda: self.checklist, self.panel.set_saved_text, host.show_message)
        host.set_client_handler(self)
        host.on_shown(self._shown)
        host.on_close(self._closing)
        host.prefs.subscribe(self._settings_changed)
        self._connect()
        self.panel.show_idle()

    def _connect(self) -> None:
        p = self.panel
        self.tab.toggle.triggered.connect(self.tab.toggled_by_user)
        self.autosave.timer.timeout.connect(self.save_now)
        p.form_picked.connect(self.use_form)
        p.change_form_requested.connect(self.offer_other_form)
        p.align_points_requested.connect(self.start_two_points)
        p.align_drag_toggled.connect(self._drag_toggled)
        p.align_reset_requested.connect(self.reset_alignment)
        p.turn_requested.connect(self.turn_page)
        p.annotation_activated.connect(self.host.select_annotation)
        p.status_chosen.connect(lambda status: self.set_status(self.current, status))
        p.note_edited.connect(lambda text: self.set_note(self.current, text))
        p.heading_edited.connect(lambda text: self._edit(heading=text))
        p.general_notes_edited.connect(lambda text: self._edit(general_notes=text))
        p.export_requested.connect(self._ask_export)
        p.remember_toggled.connect(self.set_remember_recent)
        p.forget_requested.connect(self._ask_forget)

    def _closing(self) -> bool:
        self.save_now()  # quitting loses nothing typed
        return True

    def _settings_changed(self, names: frozenset[str]) -> None:
        if "remember_recent" in names:
            self.panel.set_remember(self.host.prefs.current.remember_recent)

    # -- the client document handler -----------------------------------------------------------------

    def document_opened(self, document: Document) -> None:
        """A client document is shown: identify it once, pick up its checklist, place once, publish."""
        self.align.stop()
        self.overlay.clear()
        self.review, self.current, self._set_ids = None, None, {}
        self.tab.show_for_client()
        lib = self.host.library
        session = DocumentReview(lib, document.path, document)
        saved = checklist_mod.load(session.sha256)
        known = saved.form_id if saved.form_id in lib.forms else None
        if known and saved.set_id:
            self._set_ids = {known: saved.set_id}  # a set the user opened for it last time, if it is loaded
        if saved.turns != document.turns:  # shown turned last time: turn it again, then place on the turned pages
            self._show_turned(saved.turns)
        self.session, self.checklist = session, saved
        self.review = session.place(known, self._set_ids)
        self._show_in_toolbar()
        if not self.review.ready:
            self._ask_for_form()
            return
        self._apply()

    def document_closed(self) -> None:
        self.save_now()
        self.align.stop()
        self.overlay.clear()
        self.session, self.review, self.checklist, self.current = None, None, None, None
        self._set_ids = {}
        self.panel.show_idle()
        self.tab.hide_if_shown_for_client()

    def open_set(self, aset: AnnotationSet) -> bool:
        """File > Open annotation set while a client's document is open: place that set on it (for its
        main form or an attached one). False when the set is for a form the document does not hold."""
        review, session = self.review, self.session
        if review is None or session is None:
            return False
        if review.form is None:  # not recognised yet (a photo): the set says which form it is
            self._set_ids[aset.form.id] = aset.id
            self.use_form(aset.form.id)
            return self.review is not None and self.review.ready
        target: str | None = review.form.id
        if aset.form.id not in (review.form.id, review.form.base_form):
            target = next((p.form.id for p in review.attached if p.form.id == aset.form.id), None)
        if target is None:
            return False
        self.align.stop()
        if review.layout is not None and self.checklist is not None:  # the markers stay aligned as they are
            self.checklist.alignment = {str(k): v.as_list() for k, v in review.layout.alignment.items()}
        self._set_ids[target] = aset.id
        self.review = session.place(review.form.id, self._set_ids)
        if not self.review.ready:
            return False
        self._apply()
        self._edit()  # remember the set with the checklist
        return True

    # -- forms ---------------------------------------------------------------------------------------

    def _ask_for_form(self) -> None:
        review = self.review
        assert review is not None
        self.host.publish_placements(None, None, {})
        message = review.identification.message
        if review.form is not None and review.annotation_set is None:
            message = f"There are no explanations for the {review.form.form_number} yet."
        choices = form_choices(self.host.library)
        self.panel.show_pick("Form not recognised.", message, choices, self.host.prefs.current.remember_recent)
        self.panel.preselect_form(review.form.id if review.form else LIKELY_FORM)

    def _show_in_toolbar(self) -> None:
        """The tool bar's form box names the open client document, not the last sample form."""
        form = self.review.form if self.review is not None else None
        self.host.show_client_label(f"Client document ({form.form_number if form else 'form not recognised'})")

    def offer_other_form(self) -> None:
        """The form was recognised wrongly: let the user pick another; the notes are kept."""
        current = self.review.form.id if self.review and self.review.form else None
        message = "Pick the form this document is; the markers are placed again."
        self.panel.offer_forms(message, form_choices(self.host.library), current)

    def use_form(self, form_id: str) -> None:
        """The user picked the form of a document with no text layer (or an unrecognised one)."""
        if self.session is None or not form_id or self.checklist is None:
            return
        self.review = self.session.place(form_id, self._set_ids)
        if not self.review.ready:
            self.panel.set_pick_message(f"There are no explanations for {form_id} to place on this document.")
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
            self.host.show_message("This document was reviewed before as another form; its notes are kept.")
        c.form_id, c.edition, c.set_id = form.id, form.edition, aset.id if aset else None
        c.jurisdiction = self.host.shown().jurisdiction
        for page, values in c.alignment.items():
            layout.alignment[int(page)] = Affine(*values)
        self._show_placements()
        self.panel.show_review(identity_html(review), self.host.prefs.current.remember_recent)
        self.panel.set_checklist(checklist_rows(review), c, checklist_groups(review))
        self._show_in_toolbar()

    def _show_placements(self) -> None:
        """Hand the (aligned) placements to the window; outline the approximate ones; list the rest."""
        review = self.review
        assert review is not None
        assert review.layout is not None
        self.host.publish_placements(review.form, review.combined_set, review.viewer_placements())
        self.placements_published += 1
        placed = review.placements()
        self.overlay.show(approximate_rects(placed))
        summary, not_placed = placement_summary(review, placed)
        self.panel.set_placement(summary, review.layout.has_approximate, not_placed)

    # -- alignment ---------------------------------------------------------------------------------

    def _page_in_view(self) -> int:
        pages = self.host.view.visible_pages()
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
        doc, review, c, session = self.host.document, self.review, self.checklist, self.session
        if doc is None or review is None or c is None or session is None:
            return
        self.align.stop()
        c.turns = (doc.turns + 1) % 4
        c.alignment = {}  # an alignment made on the unturned page means nothing on the turned one
        self._show_turned(c.turns)
        form_id = review.form.id if review.form else None
        self.review = session.place(form_id, self._set_ids)
        if self.review.ready:
            self._apply()
        self._edit()

    def _show_turned(self, turns: int) -> None:
        """Turn the open document's pages (sizes, text, images) and lay the view out again."""
        doc = self.host.document
        assert doc is not None
        doc.set_turns(turns)
        self.overlay.clear()
        self.host.reload_document()  # new page sizes: the scene is rebuilt, markers come next

    def reset_alignment(self) -> None:
        if self.review is None or self.review.layout is None or self.checklist is None:
            return
        self.align.stop()
        self.review.layout.reset_alignment()
        self.checklist.alignment = {}
        self._show_placements()
        self._edit()

    # -- checklist ------------------------------------------------------------------------------------

    def _shown(self, shown: Shown) -> None:
        """Follow the window: the selected point in the checklist; the jurisdiction into the checklist."""
        if shown.jurisdiction != self._jurisdiction:
            self._jurisdiction = shown.jurisdiction
            if self.checklist is not None and self.review is not None and self.review.ready:
                self._edit(jurisdiction=shown.jurisdiction)
        self._selected(shown.selected_id or "")

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
        shown = self.host.shown()
        return review_memo(review, c, shown.table, shown.jurisdiction)

    def export_memo(self, path: Path, kind: str) -> Path | None:
        memo = self.memo()
        if memo is None:
            return None
        self.save_now()
        write_memo(memo, path, kind)
        self.host.show_status(f"Memo written to {path}")
        return path

    def _ask_export(self, kind: str) -> None:
        path = ask_memo_path(self.host.widget(), kind)
        if path is not None:
            self.export_memo(path, kind)

    def set_remember_recent(self, on: bool) -> None:
        """The privacy switch: stop (or start) listing opened documents in Recent files."""
        prefs = self.host.prefs
        prefs.update(remember_recent=on)
        if not on:
            prefs.forget_recent()

    def forget(self) -> None:
        """Delete everything kept about the open document: checklist, notes, alignment, recent entry."""
        review = self.review
        if review is None:
            return
        self.autosave.discard()
        checklist_mod.forget(review.sha256)
        self.host.prefs.forget_recent(review.path)
        self.checklist = Checklist(sha256=review.sha256)
        if review.ready:
            self.checklist.form_id = review.form.id if review.form else None
            self.panel.set_checklist(checklist_rows(review), self.checklist, checklist_groups(review))
        self.panel.set_saved_text("Forgotten: nothing about this document is kept on this computer.")

    def _ask_forget(self) -> None:
        if confirm_forget(self.host.widget()):
            self.forget()
