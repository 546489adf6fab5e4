"""Shared set-up for the viewer tests: a library built from the generated test form only."""

from __future__ import annotations

from pathlib import Path

from explainer import store
from explainer.app import create_window
from tests.pdf_fixture import write_fixture


def fixture_library(folder: Path, extra_sets: list[Path] | None = None) -> store.Library:
    write_fixture(folder)
    return store.load_library(
        extra_sets or [], forms_folder=folder, bundled_sets=folder / "sets", user_sets=folder / "no-user-sets"
    )


def open_window(qtbot, folder: Path, extra_sets: list[Path] | None = None):

    window = create_window(fixture_library(folder, extra_sets))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    assert window.open_form("test-form")
    window.show()
    qtbot.waitUntil(window.view.is_sharp, timeout=5000)
    return window
