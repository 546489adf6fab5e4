"""The typed seam between the main window and the features that attach to it.

The window publishes a frozen :class:`Shown` — what it shows right now — and says when it changes;
features (client review, presentation, handout export) read that, declare their menu actions as
:class:`~explainer.ui.menus.ActionSpec` tables under stable menu ids, and ask the window for what
they need through :class:`FeatureHost`. They never set attributes on the window and never touch
another component's child widgets. Features are composed in one place, ``explainer.app``; a feature
can be removed by deleting its package and its line there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Protocol

from ..anchors import UNPLACED_TEXT, Placement
from ..model import JURISDICTIONS, Annotation, AnnotationSet, FormDescription, JurisdictionRow, JurisdictionTable

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

    from ..pdf.document import Document
    from ..settings import SettingsStore
    from ..store import Library
    from .menus import ActionSpec
    from .page_view import PageView


@dataclass(frozen=True)
class Row:
    """One annotation as the window lists it: its number, the annotation and where it landed."""

    number: int
    annotation: Annotation
    placement: Placement

    @property
    def where(self) -> str:
        if not self.placement.placed:
            return UNPLACED_TEXT
        if self.placement.region_label:
            return self.placement.region_label
        return f"page {self.placement.page}"


@dataclass(frozen=True)
class Shown:
    """What the window shows at one moment. Features read this, never the window's widgets."""

    document_path: Path | None = None
    document_is_image: bool = False
    is_form_pdf: bool = False  # the document is a bundled sample form's own PDF
    form: FormDescription | None = None
    annotation_set: AnnotationSet | None = None
    rows: tuple[Row, ...] = ()
    visible_ids: tuple[str, ...] = ()  # in order, after the list's filter
    filter_text: str = ""  # what the list is filtered by ("" when it is not filtered)
    selected_id: str | None = None
    jurisdiction: str = "US"
    table: JurisdictionTable | None = field(default=None, repr=False)

    @property
    def placements(self) -> dict[str, Placement]:
        return {r.annotation.id: r.placement for r in self.rows}

    @property
    def stops(self) -> tuple[Annotation, ...]:
        """The annotations the list shows, in order (what a talk or a handout covers)."""
        visible = set(self.visible_ids)
        return tuple(r.annotation for r in self.rows if r.annotation.id in visible)

    @property
    def state(self) -> str | None:
        """The chosen state's USPS code, or None for national."""
        return self.jurisdiction if self.jurisdiction in JURISDICTIONS else None

    @property
    def state_row(self) -> JurisdictionRow | None:
        """The state table's row for the chosen state (None for national or without a table)."""
        code = self.state
        return self.table.row(code) if self.table is not None and code is not None else None


class ClientDocumentHandler(Protocol):
    """Who identifies and places a document that is not a bundled sample form (the review feature)."""

    def document_opened(self, document: Document) -> None:
        """The window shows ``document`` with no set yet: identify it, place, then publish_placements."""

    def document_closed(self) -> None:
        """The client document is no longer shown (save what is pending)."""

    def open_set(self, aset: AnnotationSet) -> bool:
        """File > Open annotation set with a client document open: place ``aset`` on it if it belongs."""


class FeatureHost(Protocol):
    """What the main window offers the features attached to it."""

    @property
    def library(self) -> Library: ...

    @property
    def prefs(self) -> SettingsStore: ...

    @property
    def view(self) -> PageView: ...

    @property
    def document(self) -> Document | None: ...

    def shown(self) -> Shown: ...

    def on_shown(self, slot: Callable[[Shown], None]) -> None:
        """Call ``slot(shown)`` whenever what the window shows changes."""

    def widget(self) -> QMainWindow:
        """The window, as the parent of a feature's dialogs and windows."""

    def menu(self, menu_id: str) -> QMenu: ...

    def add_actions(self, specs: Sequence[ActionSpec]) -> Mapping[str, QAction]: ...

    def add_dock(self, widget: QWidget, title: str, name: str, *, beside: str | None = None) -> QDockWidget:
        """Dock ``widget``; ``beside="annotations"`` makes it a tab beside the annotation list."""

    def give_room(self, dock: QDockWidget, share: float, orientation: Qt.Orientation) -> None:
        """Let ``dock`` take ``share`` of the side column it shares with the explanation."""

    def show_message(self, text: str) -> None: ...

    def show_status(self, text: str, ms: int = 8000) -> None: ...

    def select_annotation(self, annotation_id: str | None) -> None: ...

    def set_client_handler(self, handler: ClientDocumentHandler) -> None: ...

    def on_close(self, check: Callable[[], bool]) -> None:
        """Ask ``check()`` before the window closes; False keeps it open."""

    def publish_placements(
        self, form: FormDescription | None, aset: AnnotationSet | None, placements: Mapping[str, Placement]
    ) -> None:
        """Show ``aset`` on the open client document at ``placements`` (the selection is kept)."""

    def show_client_label(self, label: str | None) -> None:
        """Name the open client document in the tool bar's form box (None: back to the forms)."""

    def reload_document(self) -> None:
        """Lay the open document out again (its page sizes changed, e.g. after a quarter turn)."""


class Feature(Protocol):
    """A capability that attaches to the window through the seam."""

    name: ClassVar[str]

    def attach(self, host: FeatureHost) -> None: ...


FeatureFactory = Callable[[], Feature]
