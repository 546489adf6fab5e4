"""Clicker and keyboard keys map to the tour's actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from explainer.present.keys import HELP_ROWS, action_for
from explainer.present.tour import Action, Digit

K = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.mark.parametrize(
    ("key", "action"),
    [
        (K.Key_PageDown, Action.NEXT),
        (K.Key_Right, Action.NEXT),
        (K.Key_Down, Action.NEXT),
        (K.Key_Space, Action.NEXT),
        (K.Key_Return, Action.ENTER),
        (K.Key_Enter, Action.ENTER),
        (K.Key_PageUp, Action.PREVIOUS),
        (K.Key_Left, Action.PREVIOUS),
        (K.Key_Up, Action.PREVIOUS),
        (K.Key_Backspace, Action.BACK),
        (K.Key_Home, Action.FIRST),
        (K.Key_End, Action.LAST),
        (K.Key_B, Action.BLACK),
        (K.Key_Period, Action.BLACK),
        (K.Key_W, Action.WHITE),
        (K.Key_Comma, Action.WHITE),
        (K.Key_Tab, Action.OVERVIEW),
        (K.Key_Question, Action.HELP),
        (K.Key_F1, Action.HELP),
        (K.Key_Escape, Action.ESCAPE),
        (K.Key_F5, Action.START),
    ],
)
def test_plain_keys(key, action):
    assert action_for(key) is action


def test_shift_f5_starts_here():
    assert action_for(K.Key_F5, SHIFT) is Action.START_HERE


def test_question_mark_by_text_on_any_layout():
    assert action_for(K.Key_Slash, SHIFT, "?") is Action.HELP


def test_digits_including_keypad():
    assert action_for(K.Key_7) == Digit(7)
    assert action_for(K.Key_0, Qt.KeyboardModifier.KeypadModifier) == Digit(0)


def test_ctrl_combinations_and_unknown_keys_are_not_ours():
    assert action_for(K.Key_B, Qt.KeyboardModifier.ControlModifier) is None
    assert action_for(K.Key_Q) is None
    assert action_for(0x7FFFFFFF) is None


def test_help_lists_every_action_key():
    text = " ".join(k for k, _ in HELP_ROWS)
    for name in ("PageDown", "PageUp", "Home", "End", "B", "W", "Tab", "?", "F1", "Esc", "F5", "Shift+F5", "Enter"):
        assert name in text
