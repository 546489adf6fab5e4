"""Starting, running and ending a presentation, and where its windows go.

:class:`Presentation` owns one talk: the tour state, the audience window and the presenter console,
and the keys pressed in either (an application event filter, active only while the talk runs, so a
clicker's keys never reach the main window's shortcuts). Esc past the last layer ends the talk: the
two windows close and the main window stays; nothing here ever quits the application.

Screens: with two or more, the audience view goes full screen on the chosen screen (remembered in the
settings) and the console goes on another; ``windowed`` puts both in ordinary windows (for a video
call, where only the audience window is shared). A screen plugged in or removed mid-talk re-runs the
layout; the talk goes on.

The feature that adds the Presentation menu to the main window and starts talks from what it shows
is :mod:`.feature`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from ..anchors import Placement
from ..model import Annotation, FormDescription, JurisdictionTable
from ..pdf.document import Document
from ..settings import SettingsStore
from .audience import ANIMATION_MS, AudienceView
from .console import PresenterConsole
from .keys import action_for
from .tour import Action, Digit, Tour, handle, start

WINDOWED_AUDIENCE = (1280, 720)
WINDOWED_CONSOLE = (1100, 720)


@dataclass(frozen=True)
class TalkMaterial:
    """What a talk shows: a document, the stops in order (after the filter), where they sit, the state."""

    document_path: Path
    form: FormDescription | None
    stops: tuple[Annotation, ...]
    placements: dict[str, Placement]
    jurisdiction: str | None = None
    table: JurisdictionTable | None = None


@dataclass(frozen=True)
class ScreenPlan:
    audience: str  # screen name
    console: str | None  # None: the console is not shown (one screen, not windowed)
    windowed: bool


def plan_screens(names: Sequence[str], *, remembered: str | None, main: str | None, windowed: bool) -> ScreenPlan:
    """Which screen gets the audience view and which the console.

    The remembered screen wins if it is connected; else the first screen that is not the main
    window's; the console goes on the main window's screen (or any other). With one screen the
    audience view takes it and the console waits hidden until a second screen appears. Windowed:
    both on the main window's screen.
    """
    if not names:
        return ScreenPlan("", None, True)
    home = main if main is not None and main in names else names[0]
    if windowed:
        return ScreenPlan(home, home, True)
    if len(names) == 1:
        return ScreenPlan(names[0], None, False)
    audience = (
        remembered
        if remembered is not None and remembered in names
        else next((n for n in names if n != home), names[-1])
    )
    console = home if home != audience else next(n for n in names if n != audience)
    return ScreenPlan(audience, console, False)


class Presentation(QObject):
    """One talk. ``changed(Tour)`` after every key; ``finished`` once, when it ends."""

    changed = Signal(object)
    finished = Signal()

    def __init__(
        self,
        material: TalkMaterial,
        *,
        at: int = 0,
        reveal: bool = False,
        overview_steps: bool = False,
        windowed: bool = False,
        prefs: SettingsStore | None = None,
        main_window: QWidget | None = None,
        animation_ms: int = ANIMATION_MS,
    ) -> None:
        super().__init__()
        self.material = material
        self.windowed = windowed
        self.prefs = prefs
        self.main_window = main_window
        self.tour: Tour = start([a.id for a in material.stops], at=at, reveal=reveal, overview_steps=overview_steps)
        self._document = Document(material.document_path)  # its own handle: the main window keeps its own
        self.audience = AudienceView(
            self._document,
            material.stops,
            material.placements,
            jurisdiction=material.jurisdiction,
            animation_ms=animation_ms,
        )
        self.console = PresenterConsole(
            material.stops, material.placements, jurisdiction=material.jurisdiction, table=material.table
        )
        for window in (self.audience, self.console):
            window.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # ending a talk never quits the app
        self.plan: ScreenPlan | None = None
        self._running = False
        self.audience.closed.connect(self.end)  # closing the audience window ends the talk

    # ---- life cycle ------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    def begin(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.installEventFilter(self)
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screens_changed)
        self._running = True
        self.layout_windows()
        self.audience.show_tour(self.tour, animate=False)
        self.console.show_tour(self.tour)
        self.console.stopwatch.start()
        self.changed.emit(self.tour)

    def end(self) -> None:
        if not self._running:
            return
        self._running = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.removeEventFilter(self)
            app.screenAdded.disconnect(self._screens_changed)
            app.screenRemoved.disconnect(self._screens_changed)
        self.audience.animation.stop()
        self.audience.close()
        self.console.close()
        self.audience.view.set_document(None)
        self._document.close()
        if self.main_window is not None:
            self.main_window.activateWindow()
        self.finished.emit()

    # ---- keys --------------------------------------------------------------------------------------

    def handle(self, action: Action | Digit) -> None:
        """Apply one action: both screens follow; past the last Esc the talk ends."""
        if not self._running:
            return
        self.tour = handle(self.tour, action)
        if not self.tour.presenting:
            self.end()
            return
        self.audience.show_tour(self.tour)
        self.console.show_tour(self.tour)
        self.changed.emit(self.tour)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) or not isinstance(obj, QWidget):
            return False
        if obj.window() not in (self.audience, self.console):
            return False
        assert isinstance(event, QKeyEvent)
        action = action_for(event.key(), event.modifiers(), event.text())
        if action is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # our key, not an application shortcut
            return True
        self.handle(action)
        return True

    # ---- screens -------------------------------------------------------------------------------------

    def layout_windows(self) -> None:
        """Put the audience view and the console on their screens (again, after a screen change)."""
        screens = {s.name(): s for s in QGuiApplication.screens()}
        main_screen = self.main_window.screen().name() if self.main_window is not None else None
        remembered = self.prefs.current.presentation_screen if self.prefs is not None else None
        self.plan = plan = plan_screens(list(screens), remembered=remembered, main=main_screen, windowed=self.windowed)
        if plan.windowed:
            self._place_window(self.audience, screens.get(plan.audience), WINDOWED_AUDIENCE, offset=0)
            self._place_window(self.console, screens.get(plan.console or ""), WINDOWED_CONSOLE, offset=1)
            return
        audience_screen = screens[plan.audience]
        self.audience.setScreen(audience_screen)
        self.audience.setGeometry(audience_screen.geometry())
        self.audience.showFullScreen()
        if plan.console is None:
            self.console.hide()
        else:
            console_screen = screens[plan.console]
            self.console.setScreen(console_screen)
            self.console.setGeometry(console_screen.availableGeometry())
            self.console.showMaximized()
        self.audience.activateWindow()

    @staticmethod
    def _place_window(window: QWidget, screen: QScreen | None, size: tuple[int, int], offset: int) -> None:
        window.showNormal()
        if screen is not None:
            window.setScreen(screen)
            area = screen.availableGeometry()
            w, h = min(size[0], area.width()), min(size[1], area.height())
            x = area.x() + (0 if offset == 0 else max(0, area.width() - w))
            window.setGeometry(x, area.y() + 30 * offset, w, h)
        window.show()

    def _screens_changed(self, _screen: QScreen | None = None) -> None:
        if self._running:
            QTimer.singleShot(0, self.layout_windows)  # after Qt has moved windows off a removed screen

    def remember_screen(self, name: str) -> None:
        if self.prefs is not None:
            self.prefs.update(presentation_screen=name)
        if self._running:
            self.layout_windows()
