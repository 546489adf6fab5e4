"""Which key does what while presenting: clicker-first, and the text of the help overlay."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .tour import Action, Digit

_PLAIN: dict[Qt.Key, Action] = {
    Qt.Key.Key_PageDown: Action.NEXT,
    Qt.Key.Key_Right: Action.NEXT,
    Qt.Key.Key_Down: Action.NEXT,
    Qt.Key.Key_Space: Action.NEXT,
    Qt.Key.Key_Return: Action.ENTER,
    Qt.Key.Key_Enter: Action.ENTER,
    Qt.Key.Key_PageUp: Action.PREVIOUS,
    Qt.Key.Key_Left: Action.PREVIOUS,
    Qt.Key.Key_Up: Action.PREVIOUS,
    Qt.Key.Key_Backspace: Action.BACK,
    Qt.Key.Key_Home: Action.FIRST,
    Qt.Key.Key_End: Action.LAST,
    Qt.Key.Key_B: Action.BLACK,
    Qt.Key.Key_Period: Action.BLACK,
    Qt.Key.Key_W: Action.WHITE,
    Qt.Key.Key_Comma: Action.WHITE,
    Qt.Key.Key_Tab: Action.OVERVIEW,
    Qt.Key.Key_Backtab: Action.OVERVIEW,
    Qt.Key.Key_Question: Action.HELP,
    Qt.Key.Key_F1: Action.HELP,
    Qt.Key.Key_Escape: Action.ESCAPE,
    Qt.Key.Key_F5: Action.START,
}

_DIGITS = {getattr(Qt.Key, f"Key_{d}"): d for d in range(10)}

# What the help overlay lists: every key, in the order a trainer needs them.
HELP_ROWS: tuple[tuple[str, str], ...] = (
    ("PageDown  →  ↓  Space  Enter", "Next stop"),
    ("PageUp  ←  ↑  Backspace", "Previous stop"),
    ("Home  /  End", "First / last stop"),
    ("number, then Enter", "Jump to that stop"),
    ("B  or  .", "Black screen (same key brings it back)"),
    ("W  or  ,", "White screen (same key brings it back)"),
    ("Tab", "Overview of all stops"),
    ("?  or  F1", "This help"),
    ("Esc", "Close help / overview / black, then end the presentation"),
    ("F5  /  Shift+F5", "Start from the first / the current stop"),
)


def action_for(
    key: int | Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, text: str = ""
) -> Action | Digit | None:
    """The tour action for a key press, or None if presenting ignores the key."""
    try:
        key = Qt.Key(key)
    except ValueError:
        return None
    mods = Qt.KeyboardModifier(modifiers) & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier)
    if mods != Qt.KeyboardModifier.NoModifier:
        return None  # Ctrl/Alt/Meta combinations belong to the application
    if key == Qt.Key.Key_F5 and modifiers & Qt.KeyboardModifier.ShiftModifier:
        return Action.START_HERE
    if key in _DIGITS:
        return Digit(_DIGITS[key])
    if text == "?":
        return Action.HELP
    return _PLAIN.get(key)
