"""While a client's document is open: an annotation set the user opens is placed by the review (aligned,
outlined, listed), and the tool bar's form box names the client document, not the last sample form."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from explainer import settings, store
from explainer.app import create_window
from explainer.app import review as review_of
from explainer.ui.mainwindow import MainWindow
from tests import review_docs


@pytest.fixture
def library() -> store.Library:  # per test: opening a set file adds it to the library
    return store.load_library(user_sets=Path("/nonexistent"))


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("client-sets")
    lib = store.load_library(user_sets=Path("/nonexistent"))
    with pymupdf.open(lib.pdf_path("i-247a")) as src:
        return {
            "photo": review_docs.make_photo(src, folder / "photo.png").path,
            "a4": review_docs.make_a4(src, folder / "a4.pdf").path,
        }


def _own_set(library, tmp_path: Path) -> tuple[Path, list[str]]:
    """A user's own I-247A set: five of the bundled annotations under another id."""
    bundled = library.sets_for("i-247a")[0]
    keep = list(bundled.annotations[:5])
    mine = bundled.model_copy(update={"id": "my-i247a", "title": "My I-247A notes", "annotations": keep})
    path = tmp_path / "my-i247a.json"
    path.write_text(mine.model_dump_json(by_alias=True, exclude_none=True, indent=1), encoding="utf-8")
    return path, [a.id for a in keep]


def _window(qtbot, library) -> MainWindow:
    window = create_window(library, settings.load())
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_set_opened_on_a_photo_is_placed_by_the_review_with_its_alignment(qtbot, library, docs, tmp_path):
    window = _window(qtbot, library)
    assert window.open_document(docs["photo"])
    controller = review_of(window)
    controller.use_form("i-247a")
    controller.panel.align_drag.setChecked(True)
    controller.align.drag_by((100.0, 100.0), (110.0, 95.0))  # the user aligned the markers
    controller.panel.align_drag.setChecked(False)
    outlines_before = controller.overlay.count
    path, ids = _own_set(library, tmp_path)
    aligned = {i: window.placements[i].bounds for i in ids}
    assert window.open_annotation_set(path)
    assert window.document.path == docs["photo"]  # still the client's document
    assert window.current_set.id == "my-i247a"
    assert controller.review.annotation_set.id == "my-i247a"
    assert list(window.placements) == ids
    placed = controller.review.placements()
    assert all(window.placements[i].bounds == placed[i].bounds for i in ids)  # the review's, not the viewer's
    approximate = sum(len(s.rects) for i in ids for s in placed[i].spots if s.approximate)
    assert controller.overlay.count == approximate < outlines_before  # outlines of this set only
    assert controller.panel.table.topLevelItemCount() == len(ids)
    assert {i: window.placements[i].bounds for i in ids} == aligned  # the alignment still applies
    assert any(b is not None for b in aligned.values())
    controller.save_now()
    assert controller.checklist.set_id == "my-i247a"
    window.close()


def test_a_set_for_the_documents_form_replaces_the_bundled_one_on_a_text_copy(qtbot, library, docs, tmp_path):
    window = _window(qtbot, library)
    assert window.open_document(docs["a4"])
    path, ids = _own_set(library, tmp_path)
    assert window.open_annotation_set(path)
    controller = review_of(window)
    assert controller.review.annotation_set.id == "my-i247a"
    assert all(p.placed and not p.approximate for p in window.placements.values())
    assert set(window.placements) == set(ids)
    window.close()


def test_the_form_box_names_the_client_document(qtbot, library, docs):
    window = _window(qtbot, library)
    window.open_form("i-200")
    box = window.toolbar.forms
    assert box.currentData() == "i-200"
    assert window.open_document(docs["a4"])
    assert box.currentText() == "Client document (I-247A)"
    assert box.currentData() == ""
    chosen: list[str] = []
    window.toolbar.form_chosen.connect(chosen.append)
    box.activated.emit(box.currentIndex())  # choosing the client entry itself does nothing
    assert chosen == []
    assert window.open_document(docs["photo"])
    assert box.currentText() == "Client document (form not recognised)"
    review_of(window).use_form("i-247a")
    assert box.currentText() == "Client document (I-247A)"
    window.open_form("i-247a")
    assert box.currentData() == "i-247a"
    assert box.findData("") == -1  # the client entry is gone with the client document
    window.close()


def test_a_set_opened_on_an_unrecognised_photo_says_which_form_it_is(qtbot, library, docs, tmp_path):
    window = _window(qtbot, library)
    assert window.open_document(docs["photo"])
    controller = review_of(window)
    assert not controller.review.ready  # no text: the form is not known yet
    path, ids = _own_set(library, tmp_path)
    assert window.open_annotation_set(path)
    assert window.document.path == docs["photo"]  # not the bundled I-247A instead
    assert controller.review.form.id == "i-247a"
    assert controller.review.annotation_set.id == "my-i247a"
    assert list(window.placements) == ids
    window.close()
