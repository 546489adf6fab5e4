"""Menus and actions, looked up by ids we own ("file", "export-handout"), never by their titles.

The window's own actions are the :data:`ACTIONS` table; features declare theirs the same way
(:class:`ActionSpec`) and the window's :class:`MenuBar` builds them into the menus named by id, in
place (``before`` another action). Titles are only what the user reads, so translating them breaks
nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

StandardKey = QKeySequence.StandardKey


def tr(text: str) -> str:
    return QCoreApplication.translate("menus", text)


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class MenuSpec:
    id: str
    title: str


@dataclass(frozen=True)
class ActionSpec:
    name: str
    menu: str  # a menu id
    text: str
    shortcuts: tuple[QKeySequence | StandardKey | str, ...] = ()
    checkable: bool = False
    tip: str = ""
    before: str | None = None  # the id of an action to insert this one above


MENUS: list[MenuSpec] = [
    MenuSpec("file", QT_TRANSLATE_NOOP("menus", "&File")),
    MenuSpec("forms", QT_TRANSLATE_NOOP("menus", "F&orms")),
    MenuSpec("view", QT_TRANSLATE_NOOP("menus", "&View")),
    MenuSpec("presentation", QT_TRANSLATE_NOOP("menus", "&Presentation")),
    MenuSpec("help", QT_TRANSLATE_NOOP("menus", "&Help")),
]

ACTIONS: list[ActionSpec] = [
    ActionSpec(
        "open_pdf",
        "file",
        QT_TRANSLATE_NOOP("menus", "Open &PDF…"),
        (StandardKey.Open,),
        tip=QT_TRANSLATE_NOOP("menus", "Open a PDF or an image of a form"),
    ),
    ActionSpec("open_set", "file", QT_TRANSLATE_NOOP("menus", "Open &annotation set…"), ("Ctrl+Shift+O",)),
    ActionSpec("quit", "file", QT_TRANSLATE_NOOP("menus", "&Quit"), (StandardKey.Quit, "Ctrl+Q")),
    ActionSpec("zoom_in", "view", QT_TRANSLATE_NOOP("menus", "Zoom &in"), (StandardKey.ZoomIn, "Ctrl+=")),
    ActionSpec("zoom_out", "view", QT_TRANSLATE_NOOP("menus", "Zoom &out"), (StandardKey.ZoomOut,)),
    ActionSpec("fit_width", "view", QT_TRANSLATE_NOOP("menus", "Fit &width"), ("Ctrl+1",)),
    ActionSpec("fit_page", "view", QT_TRANSLATE_NOOP("menus", "Fit &page"), ("Ctrl+2",)),
    ActionSpec(
        "hide_markers",
        "view",
        QT_TRANSLATE_NOOP("menus", "&Hide markers"),
        ("M",),
        checkable=True,
        tip=QT_TRANSLATE_NOOP("menus", "Show the clean form, then the markers again (M)"),
    ),
    ActionSpec("next", "view", QT_TRANSLATE_NOOP("menus", "&Next annotation"), ("N",)),
    ActionSpec("previous", "view", QT_TRANSLATE_NOOP("menus", "P&revious annotation"), ("P",)),
    ActionSpec("clear_selection", "view", QT_TRANSLATE_NOOP("menus", "&Clear selection"), ("Esc",)),
    ActionSpec(
        "show_states",
        "view",
        QT_TRANSLATE_NOOP("menus", "State &map"),
        ("Ctrl+Shift+M",),
        tip=QT_TRANSLATE_NOOP("menus", "The map of state detainer law: click a state to choose it (Ctrl+Shift+M)"),
    ),
    ActionSpec("show_problems", "view", QT_TRANSLATE_NOOP("menus", "Show p&roblems"), ()),
    ActionSpec("about", "help", QT_TRANSLATE_NOOP("menus", "&About Detainer Explainer"), ()),
]


class MenuBar:
    """The window's menus by id and every action by id; builds :class:`ActionSpec` tables into them."""

    def __init__(self, window: QMainWindow, menus: Iterable[MenuSpec] = MENUS) -> None:
        self.window = window
        self.menus: dict[str, QMenu] = {}
        self.actions: dict[str, QAction] = {}
        for spec in menus:
            menu = window.menuBar().addMenu(tr(spec.title))
            menu.setObjectName(f"menu-{spec.id}")
            self.menus[spec.id] = menu

    def menu(self, menu_id: str) -> QMenu:
        return self.menus[menu_id]

    def add(self, specs: Iterable[ActionSpec]) -> dict[str, QAction]:
        """Create each action in its menu (above ``before`` when that action is in it); shortcuts work
        window-wide, even with the menu bar hidden. Returns the new actions by id."""
        made: dict[str, QAction] = {}
        for spec in specs:
            if spec.name in self.actions:
                raise ValueError(f"action id {spec.name!r} is declared twice")
            action = QAction(tr(spec.text), self.window)
            action.setObjectName(spec.name)
            keys: list[QKeySequence] = []
            for k in spec.shortcuts:
                key = QKeySequence(k)
                if not key.isEmpty() and key not in keys:  # a standard key and its spelling may coincide
                    keys.append(key)
            if keys:
                action.setShortcuts(keys)
            action.setCheckable(spec.checkable)
            if spec.tip:
                action.setToolTip(tr(spec.tip))
                action.setStatusTip(tr(spec.tip))
            menu = self.menus[spec.menu]
            anchor = self.actions.get(spec.before) if spec.before else None
            if anchor is not None and anchor in menu.actions():
                menu.insertAction(anchor, action)
            else:
                menu.addAction(action)
            self.window.addAction(action)
            self.actions[spec.name] = action
            made[spec.name] = action
        return made
