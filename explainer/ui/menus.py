"""Every menu action in one table: name, menu, text, shortcut. The main window wires them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

StandardKey = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    name: str
    menu: str
    text: str
    shortcuts: tuple[QKeySequence | StandardKey | str, ...] = ()
    checkable: bool = False
    tip: str = ""


ACTIONS: list[ActionSpec] = [
    ActionSpec("open_pdf", "&File", "Open &PDF…", (StandardKey.Open,), tip="Open a PDF or an image of a form"),
    ActionSpec("open_set", "&File", "Open &annotation set…", ("Ctrl+Shift+O",)),
    ActionSpec("quit", "&File", "&Quit", (StandardKey.Quit, "Ctrl+Q")),
    ActionSpec("zoom_in", "&View", "Zoom &in", (StandardKey.ZoomIn, "Ctrl+=")),
    ActionSpec("zoom_out", "&View", "Zoom &out", (StandardKey.ZoomOut,)),
    ActionSpec("fit_width", "&View", "Fit &width", ("Ctrl+1",)),
    ActionSpec("fit_page", "&View", "Fit &page", ("Ctrl+2",)),
    ActionSpec(
        "hide_markers",
        "&View",
        "&Hide markers",
        ("M",),
        checkable=True,
        tip="Show the clean form, then the markers again (M)",
    ),
    ActionSpec("next", "&View", "&Next annotation", ("N",)),
    ActionSpec("previous", "&View", "P&revious annotation", ("P",)),
    ActionSpec("clear_selection", "&View", "&Clear selection", ("Esc",)),
    ActionSpec(
        "show_states",
        "&View",
        "State &map",
        ("Ctrl+Shift+M",),
        tip="The map of state detainer law: click a state to choose it (Ctrl+Shift+M)",
    ),
    ActionSpec("show_problems", "&View", "Show p&roblems", ()),
    ActionSpec("about", "&Help", "&About Detainer Explainer", ()),
]

MENU_ORDER = ["&File", "&Forms", "&View", "&Help"]


def build_actions(window: QMainWindow) -> tuple[dict[str, QAction], dict[str, QMenu]]:
    """Create the menus in order and every action of ``ACTIONS`` in its menu."""
    bar = window.menuBar()
    menus = {title: bar.addMenu(title) for title in MENU_ORDER}
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(spec.text, window)
        action.setObjectName(spec.name)
        keys = [QKeySequence(k) for k in spec.shortcuts]
        if keys:
            action.setShortcuts(keys)
        action.setCheckable(spec.checkable)
        if spec.tip:
            action.setToolTip(spec.tip)
            action.setStatusTip(spec.tip)
        menus[spec.menu].addAction(action)
        window.addAction(action)  # shortcuts work even with the menu bar hidden
        actions[spec.name] = action
    return actions, menus
