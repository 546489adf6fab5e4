"""Regression: PySide6 6.12.0 dropped a reference to None on every void-returning Qt call, and
Python 3.11 aborted after ~5,000 calls ("Fatal Python error: none_dealloc"). pyproject excludes that
release on Python < 3.12; this test catches it (or any similar leak) if it ever comes back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_none_refcount():
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(20_000):
        obj.setObjectName("x" if i % 2 else "y")  # void-returning C++ call
    after = sys.getrefcount(None)
    # Immortal None (3.12+) reports a huge constant; on 3.11 a leak would show as a drop of ~20,000.
    assert abs(after - before) < 100
