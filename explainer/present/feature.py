"""Presentation as a feature of the main window: the Presentation menu, and talks started from what
the window shows (its document, its set after the filter, the selection and the jurisdiction).

Attached through the window's seam; the talk itself is :class:`.controller.Presentation`.
"""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu

from ..pdf.document import DocumentError
from ..ui.menus import QT_TRANSLATE_NOOP, ActionSpec, tr
from ..ui.seam import FeatureHost, Shown
from .audience import ANIMATION_MS
from .controller import Presentation, TalkMaterial
from .tour import Tour

ACTIONS = [
    ActionSpec("present", "presentation", QT_TRANSLATE_NOOP("menus", "Start presentation"), ("F5",)),
    ActionSpec(
        "present_here", "presentation", QT_TRANSLATE_NOOP("menus", "Start from the current stop"), ("Shift+F5",)
    ),
    ActionSpec("reveal", "presentation", QT_TRANSLATE_NOOP("menus", "Reveal mode (spot the defect)"), checkable=True),
    ActionSpec("overview_steps", "presentation", QT_TRANSLATE_NOOP("menus", "Overview between stops"), checkable=True),
    ActionSpec("windowed", "presentation", QT_TRANSLATE_NOOP("menus", "Windowed (for video calls)"), checkable=True),
]


def material_from(shown: Shown, *, only_visible: bool = True) -> TalkMaterial | None:
    """What the window shows, as talk material: its document, the (filtered) stops, the state."""
    if shown.document_path is None or shown.annotation_set is None:
        return None
    stops = shown.stops if only_visible else tuple(shown.annotation_set.annotations)
    return TalkMaterial(
        document_path=shown.document_path,
        form=shown.form,
        stops=stops,
        placements=shown.placements,
        jurisdiction=shown.state,
        table=shown.table,
    )


class PresentationFeature(QObject):
    """The main window's Presentation menu and the talk it starts."""

    name: ClassVar[str] = "presentation"
    started = Signal(object)  # the Presentation

    def __init__(self) -> None:
        super().__init__()
        self.presentation: Presentation | None = None
        self.animation_ms = ANIMATION_MS

    def attach(self, host: FeatureHost) -> None:
        self.host = host
        self.setParent(host.widget())
        actions = host.add_actions(ACTIONS)
        self.start_action: QAction = actions["present"]
        self.start_here_action: QAction = actions["present_here"]
        self.reveal_action: QAction = actions["reveal"]
        self.overview_steps_action: QAction = actions["overview_steps"]
        self.windowed_action: QAction = actions["windowed"]
        self.start_action.triggered.connect(lambda: self.start(from_current=False))
        self.start_here_action.triggered.connect(lambda: self.start(from_current=True))
        self.screen_menu = QMenu(tr("Audience screen"), host.widget())
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        host.menu("presentation").addMenu(self.screen_menu)

    def _fill_screen_menu(self) -> None:
        self.screen_menu.clear()
        chosen = self.host.prefs.current.presentation_screen
        for screen in QGuiApplication.screens():
            geo = screen.geometry()
            action = self.screen_menu.addAction(f"{screen.name()} ({geo.width()}×{geo.height()})")
            action.setCheckable(True)
            action.setChecked(screen.name() == chosen)
            action.setData(screen.name())
            action.triggered.connect(partial(self.choose_screen, screen.name()))

    def choose_screen(self, name: str, _checked: bool = False) -> None:
        if self.presentation is not None and self.presentation.running:
            self.presentation.remember_screen(name)
        else:
            self.host.prefs.update(presentation_screen=name)

    def start(self, *, from_current: bool = False) -> Presentation | None:
        """Start a talk (F5: first stop; Shift+F5: the selected one). While one runs, do nothing."""
        if self.presentation is not None and self.presentation.running:
            return self.presentation  # some clickers send F5 again: harmless
        shown = self.host.shown()
        material = material_from(shown)
        if material is None or not material.stops:
            self.host.show_message("Nothing to present: open a form with an annotation set (and clear the filter).")
            return None
        at = 0
        if from_current and shown.selected_id:
            at = next((i for i, a in enumerate(material.stops) if a.id == shown.selected_id), 0)
        reveal = self.reveal_action.isChecked()
        try:
            talk = Presentation(
                material,
                at=at,
                reveal=reveal and not (from_current and at),
                overview_steps=self.overview_steps_action.isChecked(),
                windowed=self.windowed_action.isChecked(),
                prefs=self.host.prefs,
                main_window=self.host.widget(),
                animation_ms=self.animation_ms,
            )
        except DocumentError as exc:
            self.host.show_message(f"Cannot present this document. {exc}")
            return None
        talk.changed.connect(self._follow)
        talk.finished.connect(self._finished)
        self.presentation = talk
        talk.begin()
        self.started.emit(talk)
        return talk

    def start_from_cli(self, *, reveal: bool = False, windowed: bool = False) -> Presentation | None:
        """``--present``: start from the first stop of what the window opened (with its --state)."""
        self.reveal_action.setChecked(reveal or self.reveal_action.isChecked())
        self.windowed_action.setChecked(windowed or self.windowed_action.isChecked())
        return self.start(from_current=False)

    def _follow(self, tour: Tour) -> None:
        """The main window's selection follows the talk, so Shift+F5 resumes where it ended."""
        if tour.current_id is not None and tour.current_id != self.host.shown().selected_id:
            self.host.select_annotation(tour.current_id)

    def _finished(self) -> None:
        self.host.show_status("Presentation ended.", 5000)
