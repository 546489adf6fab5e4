"""The seams between features hold: one owner of a client document, one content model, menus by id.

- A client document is hashed, identified and placed once when it opens (the review feature owns it).
- The five writers (panel, state view, Markdown memo, handout PDF, memo PDF) share one section builder:
  a heading changed in the wording module (here through a translation catalogue) shows in all of them.
- Menus and actions are found by ids: translated titles change nothing.
- Features attach only through the seam: the window gains no attributes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from explainer import i18n, settings, store
from explainer.app import create_window, presentation
from explainer.app import review as review_of
from explainer.content import wording
from explainer.handout.writer import HandoutRequest, export_handout
from explainer.pdf.readback import pdf_text
from explainer.review import session as session_mod
from explainer.review.checklist import Checklist
from explainer.review.memo import build_memo, to_markdown
from explainer.review.memo_pdf import write_memo_pdf
from explainer.ui.jurisdiction_view import JurisdictionView
from tests import review_docs


@pytest.fixture(scope="module")
def library() -> store.Library:
    return store.load_library(user_sets=Path("/nonexistent"))


@pytest.fixture
def window(qtbot, library):
    win = create_window(library, settings.Settings())
    qtbot.addWidget(win)
    win.show()
    return win


def _counting(monkeypatch, module, name: str) -> list[object]:
    calls: list[object] = []
    original = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(args[0] if args else None)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_client_document_is_identified_and_placed_once(qtbot, window, library, tmp_path, monkeypatch):
    shifted = review_docs.make_all(library.pdf_path("scenario-a-database-only"), tmp_path / "docs")["shifted"]
    identified = _counting(monkeypatch, session_mod, "identify_document")
    placed = _counting(monkeypatch, session_mod, "place_on_document")
    hashed = _counting(monkeypatch, session_mod, "file_sha256")
    feature = review_of(window)
    assert feature is not None
    assert window.open_document(shifted.path)
    review = feature.review
    assert review is not None
    assert review.ready
    assert review.form is not None
    assert review.form.id == "i-247a"
    assert len(identified) == 1
    assert len(placed) == 1 + len(review.attached)  # the main form once (and each attached form once)
    assert hashed.count(shifted.path) == 1  # the client file is read for its hash once
    assert feature.placements_published == 1
    assert window.shown().annotation_set is review.combined_set
    assert sum(1 for r in window.rows if r.placement.placed) == len(review.viewer_placements())


def test_choosing_a_state_does_not_place_again(qtbot, window, library, tmp_path, monkeypatch):
    shifted = review_docs.make_all(library.pdf_path("scenario-a-database-only"), tmp_path / "docs")["shifted"]
    assert window.open_document(shifted.path)
    placed = _counting(monkeypatch, session_mod, "place_on_document")
    window.set_jurisdiction("IL")
    window.select_annotation(window.rows[3].annotation.id)
    assert placed == []


@pytest.fixture
def renamed_heading():
    """A catalogue that renames one heading: the one place a translation touches."""
    i18n.install({wording.AUTHORITIES: "Sources of law (renamed)"})
    yield "Sources of law (renamed)"
    i18n.install({})


def test_one_heading_changed_shows_in_every_writer(qtbot, window, library, tmp_path, renamed_heading):
    heading = renamed_heading
    window.open_form("i-247a")
    window.set_jurisdiction("CA")
    aset = window.current_set
    assert aset is not None
    window.select_annotation(aset.annotations[0].id)
    assert heading in window.panel.toPlainText()  # 1. the explanation panel

    view = JurisdictionView(library.jurisdictions)  # 2. the state view
    qtbot.addWidget(view)
    view.select("CA")
    assert heading in view.detail_text()

    checklist = Checklist(sha256="0" * 64, jurisdiction="CA")
    checklist.set_status(aset.annotations[0].id, "issue")
    form = library.forms["i-247a"]
    memo = build_memo(checklist, aset, form, today=dt.date(2026, 12, 1))
    assert heading in to_markdown(memo)  # 3. the Markdown memo
    assert heading in pdf_text(write_memo_pdf(memo, tmp_path / "memo.pdf"))  # 4. the memo PDF

    out = tmp_path / "handout.pdf"
    export_handout(HandoutRequest(library.pdf_path("i-247a"), aset, aset.annotations[:2], state="CA"), out)
    assert heading in pdf_text(out)  # 5. the handout PDF
    assert "Authorities" not in pdf_text(out)


def test_menus_and_actions_are_found_by_id_whatever_their_titles(qtbot, window):
    window.menus["file"].setTitle("&Archivo")  # a translated title
    presentation(window)  # a late feature still finds the menus it declared its actions in
    file_ids = [a.objectName() for a in window.menus["file"].actions()]
    assert file_ids.index("export_handout") < file_ids.index("quit")
    assert window.actions_by_name["present"] in window.menus["presentation"].actions()
    shortcuts = [k.toString() for a in window.actions() for k in a.shortcuts() if not k.isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), "a key is bound twice"


def test_features_attach_through_the_seam_only(qtbot, library):
    from explainer.ui.mainwindow import MainWindow

    bare = MainWindow(library, settings.Settings())
    qtbot.addWidget(bare)
    composed = create_window(library, settings.Settings())
    qtbot.addWidget(composed)
    presentation(composed)
    assert set(vars(composed)) == set(vars(bare)), "a feature set an attribute on the window"
