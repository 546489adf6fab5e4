"""``detainer-explainer photo.png --form I-247A``: the form given on the command line is the form the
client's document is (a photo cannot say which it is), as File > Open then "Use this form" would do."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from explainer import settings, store
from explainer.app import create_window, open_initial
from explainer.app import review as review_of
from explainer.cli import gui_parser
from explainer.ui.mainwindow import MainWindow
from tests import review_docs


@pytest.fixture(scope="module")
def library() -> store.Library:
    return store.load_library(user_sets=Path("/nonexistent"))


@pytest.fixture(scope="module")
def docs(library, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("cli-form")
    with pymupdf.open(library.pdf_path("i-247a")) as src:
        return {
            "photo": review_docs.make_photo(src, folder / "photo.png").path,
            "a4": review_docs.make_a4(src, folder / "a4.pdf").path,
        }


def _start(qtbot, library, *argv: str) -> MainWindow:
    window = create_window(library, settings.load())
    qtbot.addWidget(window)
    open_initial(window, gui_parser().parse_args(list(argv)))
    return window


def test_a_photo_with_form_is_reviewed_as_that_form(qtbot, library, docs):
    window = _start(qtbot, library, str(docs["photo"]), "--form", "I-247A")
    review = review_of(window).review
    assert review.ready
    assert review.form.id == "i-247a"
    placed = [p for p in window.placements.values() if p.placed]
    assert placed
    assert all(p.approximate for p in placed)
    assert review_of(window).panel.pick_box.isHidden()
    window.close()


def test_without_form_the_photo_asks_for_it(qtbot, library, docs):
    window = _start(qtbot, library, str(docs["photo"]))
    assert not review_of(window).review.ready
    assert not review_of(window).panel.pick_box.isHidden()
    window.close()


def test_form_overrides_what_the_text_says(qtbot, library, docs):
    window = _start(qtbot, library, str(docs["a4"]), "--form", "I-200")
    assert review_of(window).review.form.id == "i-200"
    assert set(window.placements) == {a.id for a in library.sets_for("i-200")[0].annotations}
    window.close()


def test_an_unknown_form_is_reported_and_the_document_still_opens(qtbot, library, docs):
    window = _start(qtbot, library, str(docs["a4"]), "--form", "I-999")
    assert window.document is not None
    assert window.document.path == docs["a4"]
    assert review_of(window).review.form.id == "i-247a"  # recognised from its text
    assert "No bundled form 'I-999'" in window.message_bar.text()
    assert not window.message_bar.isHidden()
    window.close()
