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


@pytest.fixture
def form_files(tmp_path):
    """A small test form drawn for the test: (pdf, form description, annotation set) paths."""
    from tests import pdf_fixture as fixture

    return fixture.write_fixture(tmp_path / "fx")


@pytest.fixture
def doc(form_files):
    """The test form opened as an ``explainer.pdf.document.Document``."""
    from explainer.pdf.document import Document

    with Document(form_files[0]) as d:
        yield d
