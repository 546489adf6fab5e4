"""Test set-up: offscreen Qt, and a private EXPLAINER_HOME per test so no real user file is touched."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def explainer_home(tmp_path, monkeypatch):
    home = tmp_path / "explainer-home"
    monkeypatch.setenv("EXPLAINER_HOME", str(home))
    return home
