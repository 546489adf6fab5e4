"""The main window: owns the open document, the current annotation set and the selection.

Data flows one way: library (validated models) -> placements -> scene markers and list rows; a click
(marker, row, key) becomes an annotation id, comes here, and goes out to the scene, the list and the
panel. ``_connect_signals`` is the one place where signals are wired. Features attach through the
typed seam (:mod:`.seam`): the window publishes what it shows as a frozen :class:`~.seam.Shown`,
builds the actions they declare into menus by id, and hands a client's document to the one client
document handler. What a request opens is decided in :mod:`.document_opening`; the central column,
the docks, the state map and the saved layout live in :mod:`.window_layout`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from .. import anchors, forms_lookup, store
from ..content import explain
from ..model import NATIONAL, AnnotationSet, FormDescription
from ..pdf.document import Document, DocumentError
from ..settings import Settings, SettingsStore
from .annotation_list import AnnotationList, accessible_name
from .document_opening import DocumentOpener
from .file_menus import RecentFilesMenu
from .menus import ACTIONS, ActionSpec, MenuBar
from .page_view import PageView
from .panel import ExplanationPanel
from .problems import ProblemsPanel
from .scene import DocumentScene, MarkerSpec
from .seam import ClientDocumentHandler, Feature, Row, Shown
from .toolbar import MainToolBar
from .window_layout import StateMapDock, add_dock, build_central_column, restore_layout, saved_layout, size_side_column

if TYPE_CHECKING:
    from .jurisdiction_view import JurisdictionView

F = TypeVar("F", bound=Feature)
CloseCheck = Callable[[], bool]


class MainWindow(QMainWindow):
    annotation_selected = Signal(str)  # "" when the selection is cleared
    jurisdiction_changed = Signal(str)  # USPS code, or "US" for national
    document_changed = Signal()
    shown_changed = Signal(object)  # the new Shown, whenever what the window shows changes

    def __init__(self, library: store.Library, prefs: SettingsStore | Settings | None = None) -> None:
        super().__init__()
        self._library = library
        self._prefs = prefs if isinstance(prefs, SettingsStore) else SettingsStore(prefs)
        self._doc: Document | None = None
        self._form: FormDescription | None = None
        self._is_form_pdf = False
        self._set: AnnotationSet | None = None
        self._placements: dict[str, anchors.Placement] = {}
        self._rows: list[Row] = []
        self._selected: str | None = None
        self._jurisdiction = self.settings.jurisdiction
        self._docks_sized = False
        self._client: ClientDocumentHandler | None = None
        self._features: dict[type, Feature] = {}
        self._close_checks: list[CloseCheck] = []
        self._last_shown: Shown | None = None

        self.setWindowTitle("Detainer Explainer")
        self.setAcceptDrops(True)
        self.resize(1440, 900)
        self.scene = DocumentScene(self)
        self._view = PageView(self.scene)
        self.message_bar = build_central_column(self, self._view)

        self.annotation_list = AnnotationList()
        self.panel = ExplanationPanel()
        self.problems_panel = ProblemsPanel()
        self.list_dock = add_dock(self, self.annotation_list, "Annotations", "annotations")
        self.panel_dock = add_dock(self, self.panel, "Explanation", "explanation")
        self.problems_dock = add_dock(
            self, self.problems_panel, "Problems", "problems", Qt.DockWidgetArea.BottomDockWidgetArea
        )
        # the state map: a tab beside the explanation, built the first time it is shown (off the first paint)
        self.state_map = StateMapDock(self, self._library, lambda: self._jurisdiction, self.panel_dock, self.list_dock)
        self.states_dock = self.state_map.dock
        self.resizeDocks([self.list_dock, self.panel_dock], [280, 620], Qt.Orientation.Vertical)
        self.resizeDocks([self.problems_dock], [110], Qt.Orientation.Vertical)

        self.menubar = MenuBar(self)
        self.menubar.add(ACTIONS)
        self.recent_menu = RecentFilesMenu(self)
        file_menu, quit_action = self.menubar.menu("file"), self.menubar.actions["quit"]
        file_menu.insertMenu(quit_action, self.recent_menu)
        file_menu.insertSeparator(quit_action)
        self.toolbar = MainToolBar(self, self.menubar.actions)
        self.addToolBar(self.toolbar)
        self.opener = DocumentOpener(self, self.menubar.menu("forms"), self.toolbar)  # fills both with the forms
        self.toolbar.set_jurisdiction(self._jurisdiction)
        restore_layout(self, self.settings)
        self._view.restore_mode(self.settings.zoom_mode)
        self._connect_signals()
        self.recent_menu.set_files(self.settings.recent_files)
        self.set_problems(self._library.problems)

    # -- wiring ----------------------------------------------------------------------------------

    def _connect_signals(self) -> None:
        a = self.menubar.actions
        a["open_pdf"].triggered.connect(self.opener.ask_open_document)
        a["open_set"].triggered.connect(self.opener.ask_open_set)
        a["quit"].triggered.connect(self.close)
        a["zoom_in"].triggered.connect(self._view.zoom_in)
        a["zoom_out"].triggered.connect(self._view.zoom_out)
        a["fit_width"].triggered.connect(self._view.fit_width)
        a["fit_page"].triggered.connect(self._view.fit_page)
        a["hide_markers"].toggled.connect(self.set_markers_hidden)
        a["next"].triggered.connect(lambda: self.step(1))
        a["previous"].triggered.connect(lambda: self.step(-1))
        a["clear_selection"].triggered.connect(lambda: self.select_annotation(None))
        a["show_problems"].triggered.connect(self._show_problems)
        a["about"].triggered.connect(self._about)
        self.scene.marker_activated.connect(self.select_annotation)
        self._view.step_requested.connect(self.step)
        self._view.zoom_changed.connect(self.toolbar.show_zoom)
        self._view.render_failed.connect(self.show_message)
        self.annotation_list.annotation_activated.connect(self.select_annotation)
        self.panel.annotation_link.connect(self.select_annotation)
        self.annotation_list.list.step_requested.connect(self.step)
        self.annotation_list.filter_changed.connect(self._filter_changed)
        self.toolbar.jurisdiction_chosen.connect(self.set_jurisdiction)
        a["show_states"].triggered.connect(self.show_states)
        self.states_dock.visibilityChanged.connect(self.state_map.build)
        self.states_dock.topLevelChanged.connect(self.state_map.lay_out)
        self.jurisdiction_changed.connect(self.state_map.select)
        self.state_map.state_selected.connect(self.set_jurisdiction)  # the map, once built, forwards its choice
        self.toolbar.form_chosen.connect(self.open_form)
        self.recent_menu.open_requested.connect(self.open_document)
        self.recent_menu.clear_requested.connect(self.clear_recent)
        self._prefs.subscribe(self._settings_changed)
        for signal in (self.document_changed, self.annotation_selected, self.jurisdiction_changed):
            signal.connect(self._publish)
        self.annotation_list.filter_changed.connect(self._publish)

    def _settings_changed(self, names: frozenset[str]) -> None:
        if "recent_files" in names:
            self.recent_menu.set_files(self.settings.recent_files)

    # -- the seam: what features see and use (see FeatureHost) -----------------------------------------

    @property
    def library(self) -> store.Library:
        return self._library

    @property
    def prefs(self) -> SettingsStore:
        return self._prefs

    @property
    def settings(self) -> Settings:
        """The current settings (a copy; change them with ``prefs.update``)."""
        return self._prefs.current

    @property
    def view(self) -> PageView:
        return self._view

    def widget(self) -> QMainWindow:
        return self

    def shown(self) -> Shown:
        filtered = self.annotation_list.is_filtered()
        return Shown(
            document_path=self._doc.path if self._doc is not None else None,
            document_is_image=self._doc.is_image if self._doc is not None else False,
            is_form_pdf=self._is_form_pdf,
            form=self._form,
            annotation_set=self._set,
            rows=tuple(self._rows),
            visible_ids=tuple(self.visible_ids()),
            filter_text=self.annotation_list.filter_text() if filtered else "",
            selected_id=self._selected,
            jurisdiction=self._jurisdiction,
            table=self._library.jurisdictions,
        )

    def on_shown(self, slot: Callable[[Shown], None]) -> None:
        self.shown_changed.connect(slot)

    def _publish(self, *_args: object) -> None:
        shown = self.shown()
        if shown != self._last_shown:
            self._last_shown = shown
            self.shown_changed.emit(shown)

    def attach(self, feature: Feature) -> None:
        """Attach a feature (once per kind): it declares its actions and subscribes through the seam."""
        if type(feature) in self._features:
            return
        self._features[type(feature)] = feature
        feature.attach(self)

    def feature(self, kind: type[F]) -> F | None:
        """The attached feature of this kind, if any."""
        found = self._features.get(kind)
        return found if isinstance(found, kind) else None

    def menu(self, menu_id: str) -> QMenu:
        return self.menubar.menu(menu_id)

    def add_actions(self, specs: Sequence[ActionSpec]) -> Mapping[str, QAction]:
        return self.menubar.add(specs)

    @property
    def actions_by_name(self) -> dict[str, QAction]:
        return self.menubar.actions

    @property
    def menus(self) -> dict[str, QMenu]:
        return self.menubar.menus

    def add_dock(self, widget: QWidget, title: str, name: str, *, beside: str | None = None) -> QDockWidget:
        """Dock ``widget`` (a checklist, a map...); ``beside="annotations"``: a tab beside the list, put
        back where a saved layout had it. ``name`` keys the saved layout."""
        if beside is None:
            return add_dock(self, widget, title, name)
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(widget)
        dock.hide()  # hidden before it joins a tab group: hidden after, Qt leaves its tab bar showing
        if not self.restoreDockWidget(dock):  # where the saved layout had it (restored before this)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.tabifyDockWidget(self.list_dock, dock)
        dock.hide()
        return dock

    def give_room(self, dock: QDockWidget, share: float, orientation: Qt.Orientation = Qt.Orientation.Vertical) -> None:
        if dock.isFloating() or self.panel_dock.isHidden() or self.panel_dock.isFloating():
            return
        top, bottom = dock.height(), self.panel_dock.height()
        if top < share * (top + bottom) - 20:
            wanted = round(share * (top + bottom))
            self.resizeDocks([dock, self.panel_dock], [wanted, top + bottom - wanted], orientation)

    def on_close(self, check: CloseCheck) -> None:
        """Ask ``check()`` before the window closes; False keeps it open (unsaved work the user keeps)."""
        self._close_checks.append(check)

    def set_client_handler(self, handler: ClientDocumentHandler) -> None:
        self._client = handler

    def show_client_label(self, label: str | None) -> None:
        self.toolbar.show_client(label)

    def reload_document(self) -> None:
        self._view.set_document(self._doc)

    def show_status(self, text: str, ms: int = 8000) -> None:
        self.statusBar().showMessage(text, ms)

    # -- accessors -------------------------------------------------------------------------------

    @property
    def document(self) -> Document | None:
        return self._doc

    @property
    def form(self) -> FormDescription | None:
        return self._form

    @property
    def current_set(self) -> AnnotationSet | None:
        return self._set

    @property
    def placements(self) -> dict[str, anchors.Placement]:
        return dict(self._placements)

    @property
    def rows(self) -> list[Row]:
        """The annotations in order, numbered, with their placements."""
        return list(self._rows)

    @property
    def selected_id(self) -> str | None:
        return self._selected

    @property
    def jurisdiction(self) -> str:
        return self._jurisdiction

    @property
    def jurisdiction_view(self) -> JurisdictionView | None:
        """The state map, once its tab has been shown (None before)."""
        return self.state_map.view

    def visible_ids(self) -> list[str]:
        """Annotation ids in order, after the list's filter."""
        return self.annotation_list.visible_ids()

    # -- opening things ----------------------------------------------------------------------------

    def find_form(self, key: str) -> str | None:
        """A form id from an id or a printed form number, case-insensitively (``I-247A`` -> ``i-247a``)."""
        form = forms_lookup.find_form(self._library, key)
        return form.id if form is not None else None

    def open_form(self, form_id: str, set_id: str | None = None) -> bool:
        """Open a bundled form with its (first, or the named) annotation set. Keeps the jurisdiction."""
        return self.opener.open_form(form_id, set_id)

    def open_document(self, path: Path) -> bool:
        """Open a PDF or image. A bundled form's own PDF gets exact placement; any other document goes
        to the client document handler (the review), which identifies it and places the markers."""
        return self.opener.open_document(path)

    def open_annotation_set(self, path: Path) -> bool:
        return self.opener.open_annotation_set(path)

    def show_set_here(self, aset: AnnotationSet) -> bool:
        """Show ``aset`` on the open document if it belongs there (False: open its own form instead)."""
        if self._doc is not None and not self._is_form_pdf:
            return self._client is not None and self._client.open_set(aset)
        if self._form is not None and self._form.id == aset.form.id and self._doc is not None:
            self._use_set(aset)
            return True
        return False

    def show_document(
        self,
        path: Path,
        form: FormDescription | None,
        aset: AnnotationSet | None,
        *,
        is_form_pdf: bool,
        doc: Document | None = None,
    ) -> bool:
        """Make ``path`` (or the already open ``doc``) the open document, with ``form`` and ``aset``.

        A client's document (``is_form_pdf`` False) is shown without markers and handed to the client
        document handler, which publishes its placements once it has placed them."""
        if doc is None:
            try:
                doc = Document(path)
            except DocumentError as exc:
                self.show_message(f"Cannot open this file. {exc}")
                return False
        was_client = self._doc is not None and not self._is_form_pdf
        if was_client and self._client is not None:
            self._client.document_closed()
        if self._doc is not None:
            self._doc.close()
        self._doc, self._form, self._is_form_pdf = doc, form, is_form_pdf
        if self.statusBar().currentMessage() == self.message_bar.text():
            self.statusBar().clearMessage()  # the message was about what was open before: it goes with its bar
        self.message_bar.hide()
        self._selected = None
        self._view.set_document(doc)
        self._use_set(aset)
        title = form.title if form is not None else path.name
        self.setWindowTitle(f"{title} — Detainer Explainer")
        if not is_form_pdf:
            self.toolbar.show_client("Client document")
        else:
            self.toolbar.show_client(None)
        self.document_changed.emit()
        if not is_form_pdf and self._client is not None:
            self._client.document_opened(doc)
        return True

    def _use_set(self, aset: AnnotationSet | None, placements: Mapping[str, anchors.Placement] | None = None) -> None:
        self._set = aset
        annotations = aset.annotations if aset is not None else []
        assert self._doc is not None
        if placements is None:
            placements = anchors.place_all(annotations, self._doc, self._form, is_form_pdf=self._is_form_pdf)
        self._placements = dict(placements)
        self._rows = [
            Row(n, a, self._placements.get(a.id) or anchors.Placement(a.id, None, (), "unplaced"))
            for n, a in enumerate(annotations, 1)
        ]
        total = len(self._rows)
        self.scene.set_markers(
            MarkerSpec(r.annotation.id, r.number, r.annotation.title, r.placement, accessible_name(r, total))
            for r in self._rows
        )
        self.annotation_list.set_rows(self._rows)
        self.select_annotation(None)

    def publish_placements(
        self, form: FormDescription | None, aset: AnnotationSet | None, placements: Mapping[str, anchors.Placement]
    ) -> None:
        """Show ``aset`` on the open (client) document at ``placements``; the selection is kept."""
        keep = self._selected
        self._form, self._is_form_pdf = form, False
        self._use_set(aset, placements)
        if keep is not None:
            self.select_annotation(keep)
        self._publish()

    # -- selection, stepping, markers ----------------------------------------------------------------

    def select_annotation(self, annotation_id: str | None) -> None:
        """Select an annotation (or clear with None/""): markers, list and panel follow."""
        annotation_id = annotation_id or None
        if annotation_id is not None and (self._set is None or self._set.get(annotation_id) is None):
            return
        self._selected = annotation_id
        self.scene.set_selected(annotation_id)
        self.annotation_list.select(annotation_id)
        self._refresh_panel()
        row = next((r for r in self._rows if r.annotation.id == annotation_id), None)
        self._view.setAccessibleDescription(accessible_name(row, len(self._rows)) if row else "")
        if annotation_id is not None:
            rect = self.scene.marker_scene_rect(annotation_id)
            if rect is not None:
                self._view.reveal(rect)
        self.annotation_selected.emit(annotation_id or "")

    def step(self, delta: int) -> None:
        """Select the next (+1) or previous (-1) annotation in list order, after the filter."""
        ids = self.visible_ids()
        if not ids:
            return
        if self._selected not in ids:
            target = ids[0] if delta > 0 else ids[-1]
        else:
            target = ids[(ids.index(self._selected) + delta) % len(ids)]
        self.select_annotation(target)

    def set_markers_hidden(self, hidden: bool) -> None:
        self.scene.set_markers_visible(not hidden)
        action = self.menubar.actions["hide_markers"]
        if action.isChecked() != hidden:
            action.setChecked(hidden)

    def _filter_changed(self) -> None:
        filtered = self.annotation_list.is_filtered()
        self.scene.set_shown_ids(set(self.visible_ids()) if filtered else None)

    def _refresh_panel(self) -> None:
        ann = self._set.get(self._selected) if self._set is not None and self._selected else None
        if ann is None:
            placed = sum(1 for p in self._placements.values() if p.placed)
            self.panel.show_explanation(explain.set_overview(self._set, placed))
            return
        row = next(r for r in self._rows if r.annotation.id == ann.id)
        blocks = explain.explanation(
            ann,
            number=row.number,
            placement=row.placement,
            reconstructed=anchors.reconstructed_regions(ann, self._form) if self._is_form_pdf else [],
            jurisdiction=self._jurisdiction,
            table=self._library.jurisdictions,
            see_also=[
                (r.number, r.annotation.id, r.annotation.title) for r in self._rows if r.annotation.id in ann.see_also
            ],
            aset=self._set,
        )
        self.panel.show_explanation(blocks, ann.id)

    # -- jurisdiction ----------------------------------------------------------------------------

    def set_jurisdiction(self, code: str) -> None:
        code = (code or NATIONAL).upper()
        if code == self._jurisdiction:
            return
        try:
            self._prefs.update(jurisdiction=code)
        except ValueError:
            self.show_message(f"Unknown jurisdiction {code!r}; use a USPS code such as CA, or US for national.")
            return
        self._jurisdiction = code
        self.toolbar.set_jurisdiction(code)
        self._refresh_panel()
        self.jurisdiction_changed.emit(code)

    def show_states(self) -> None:
        """Bring the state map to the front (View > State map, the tool bar's Map button)."""
        self.state_map.show()

    # -- messages, problems, recent files, drag and drop -------------------------------------------------

    def show_message(self, text: str) -> None:
        self.message_bar.setText(text)
        self.message_bar.show()
        self.statusBar().showMessage(text, 10_000)

    def set_problems(self, problems: list[store.Problem]) -> None:
        self.problems_panel.set_problems(problems)
        self.problems_dock.setVisible(bool(problems))

    def add_problems(self, problems: Sequence[store.Problem]) -> None:
        """More problems (a file opened later): listed, and the Problems panel shown."""
        self.problems_panel.add_problems(list(problems))
        self.problems_dock.show()

    def _about(self) -> None:
        from .disclaimer import show_about

        show_about(self, self._set, self._library.jurisdictions)

    def offer_disclaimer(self) -> QWidget | None:
        """On first run, show the disclaimer once (non-modal: nothing waits for it); remember that it was."""
        if self.settings.disclaimer_shown:
            return None
        from .disclaimer import show_first_run

        box = show_first_run(self, self._set, self._library.jurisdictions)
        self._prefs.update(disclaimer_shown=True)
        return box

    def _show_problems(self) -> None:
        self.problems_dock.show()
        self.problems_dock.raise_()

    def clear_recent(self) -> None:
        self._prefs.forget_recent()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.opener.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.opener.open_dropped(event.mimeData())
        event.acceptProposedAction()

    # -- geometry ----------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._docks_sized and not self.settings.window_state:
            size_side_column(self, self.list_dock)  # the form gets about two thirds of the width
        self._docks_sized = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(check() for check in list(self._close_checks)):
            event.ignore()
            return
        zoom = self._view.mode if self._view.mode != "custom" else f"{self._view.zoom:.3f}"
        self._prefs.update(zoom_mode=zoom, **saved_layout(self))
        if self._doc is not None and not self._is_form_pdf and self._client is not None:
            self._client.document_closed()
        self._view.set_document(None)
        if self._doc is not None:
            self._doc.close()
            self._doc = None
        super().closeEvent(event)
