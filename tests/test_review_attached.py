"""A client file that holds an I-247A and, after it, the I-200 or I-205 it came with: each form's
annotations are placed on that form's own pages, listed by form, and reach the memo and ``inspect``."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import Qt

from explainer import inspect, settings, store
from explainer.app import create_window
from explainer.app import review as review_of
from explainer.pdf.document import Document
from explainer.review.geometry import rect_distance
from explainer.review.identify import split_pages
from explainer.review.memo import build_memo, to_markdown
from explainer.review.session import start_review

PLACEMENTS = {"region", "text", "rect", "unplaced"}


@pytest.fixture(scope="module")
def library() -> store.Library:
    return store.load_library(user_sets=Path("/nonexistent"))


@pytest.fixture(scope="module")
def files(library, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("attached")
    scenario_b = folder / "client-b.pdf"  # a copy: the bundled file itself opens as a sample form
    shutil.copy(library.pdf_path("scenario-b-citizen-i200"), scenario_b)
    both = pymupdf.open()
    for form_id in ("i-247a", "i-205"):
        with pymupdf.open(library.pdf_path(form_id)) as src:
            both.insert_pdf(src)
    with_i205 = folder / "i247a-then-i205.pdf"
    both.save(with_i205)
    both.close()
    return {"scenario-b": scenario_b, "i-205": with_i205}


def _review(library, path: Path):
    with Document(path) as doc:
        return start_review(library, path, doc)


def test_pages_go_to_the_form_printed_on_them(library, files):
    with Document(files["i-205"]) as doc:
        texts = list(doc.iter_text())
    forms = [library.forms["i-247a"], library.forms["i-205"]]
    assert split_pages(texts, forms) == {"i-247a": (1, 2, 3), "i-205": (4, 5)}
    assert split_pages(["no fingerprint here", *texts], forms)["i-247a"] == (1, 2, 3, 4)  # leading page: main form


def test_scenario_b_places_the_i200_on_its_own_page(library, files):
    review = _review(library, files["scenario-b"])
    assert review.form.id == "i-247a"
    assert [(part.form.id, part.pages) for part in review.attached] == [("i-200", (4,))]  # page 5: booking sheet
    placed = review.placements()
    i247a = {a.id for a in library.sets_for("i-247a")[0].annotations}
    i200 = {a.id for a in library.sets_for("i-200")[0].annotations}
    assert set(placed) == i247a | i200
    assert all(placed[i].page in (1, 2, 3) for i in i247a if placed[i].placed)
    assert {placed[i].page for i in i200} == {4}
    truth = library.forms["scenario-b-citizen-i200"]  # where the I-200's parts are in this file
    for ident, region in [
        ("i200-administrative-not-judicial", "i200.header"),
        ("i200-command-civil-arrest", "i200.command"),
        ("i200-grounds-vs-box1", "i200.grounds"),
    ]:
        assert rect_distance(placed[ident].bounds, truth.region(region).rect) <= 5.0
    blank = library.forms["i-200"]  # the printed label under the typed signature, not the typed title below it
    assert rect_distance(placed["i200-no-neutral-magistrate"].bounds, blank.region("signature").rect) <= 5.0
    assert all(placed[i].bounds[0] >= 0 and placed[i].bounds[2] <= 612 for i in i200)
    assert review.form_of("i200-command-civil-arrest").id == "i-200"
    assert review.form_of("box1-c-database-only").id == "i-247a"
    titles = {a.id: a.title for a in review.combined_set.annotations}
    assert titles["i200-command-civil-arrest"].startswith("I-200: ")
    assert not titles["box1-c-database-only"].startswith("I-")


def test_a_generated_i247a_plus_i205_file(library, files):
    review = _review(library, files["i-205"])
    assert [(part.form.id, part.pages) for part in review.attached] == [("i-205", (4, 5))]
    placed = review.placements()
    i205 = library.forms["i-205"]
    for ann in library.sets_for("i-205")[0].annotations:
        spot = placed[ann.id]
        assert spot.placed, spot.reason
        region = i205.region(ann.anchor.region) if ann.anchor.region else None
        if region is not None:  # the pages were copied as they are: 3 pages further on
            assert spot.page == region.page + 3
            assert rect_distance(spot.bounds, region.rect) <= 5.0
    for ann in library.sets_for("i-247a")[0].annotations:
        assert placed[ann.id].page in (1, 2, 3)
    numbers = [a.id for a in review.annotations]
    assert numbers.index("box1-c-database-only") < numbers.index(library.sets_for("i-205")[0].annotations[0].id)


def test_inspect_names_the_form_of_each_annotation_when_there_are_several(library, files, capsys):
    assert inspect.main([str(files["i-205"]), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["form"] == "i-247a"
    assert report["attached"] == [
        {"form": "i-205", "form_number": "I-205", "edition": "unknown", "pages": [4, 5], "annotation_set": "i-205"}
    ]
    forms = {row["id"]: row["form"] for row in report["annotations"]}
    assert set(forms.values()) == {"i-247a", "i-205"}
    assert all(forms[a.id] == "i-205" for a in library.sets_for("i-205")[0].annotations)
    assert {row["placement"] for row in report["annotations"]} <= PLACEMENTS
    for row in report["annotations"]:
        assert {"id", "page", "rect", "placement", "approximate"} <= set(row)

    one_form = files["i-205"].with_name("only-i247a.pdf")
    shutil.copy(library.pdf_path("scenario-a-database-only"), one_form)
    assert inspect.main([str(one_form), "--json"]) == 0
    single = json.loads(capsys.readouterr().out)
    assert "attached" not in single
    assert all("form" not in row for row in single["annotations"])


def test_memo_lists_an_attached_forms_finding_by_form(library, files):
    from explainer.review.checklist import Checklist

    review = _review(library, files["i-205"])
    i205_first = library.sets_for("i-205")[0].annotations[0]
    c = Checklist(sha256=review.sha256)
    c.set_status(i205_first.id, "issue")
    c.set_note(i205_first.id, "No final order in the file.")
    c.set_status("box1-c-database-only", "issue")
    memo = build_memo(
        c, review.combined_set, review.form, attached=["I-205, Warrant, pages 4, 5"], today=dt.date(2026, 11, 28)
    )
    text = to_markdown(memo)
    assert f"### 29. I-205: {i205_first.title}" in text
    assert "No final order in the file." in text
    assert "**Also in the file:** I-205, Warrant, pages 4, 5" in text
    assert [f.number for f in memo.findings] == [10, 29]
    for aset in (library.sets_for("i-247a")[0], library.sets_for("i-205")[0]):  # each set's own disclaimer
        assert f"> {aset.disclaimer.strip()}" in text


def test_the_window_shows_both_forms_and_lists_them_in_the_checklist(qtbot, library, files):
    window = create_window(library, settings.load())
    qtbot.addWidget(window)
    window.show()
    assert window.open_document(files["scenario-b"])
    controller = review_of(window)
    assert "Also in this file: <b>I-200</b>" in controller.panel.identity.text()
    i200 = [a.id for a in library.sets_for("i-200")[0].annotations]
    table = controller.panel.table
    assert table.topLevelItemCount() == 2 + 28 + len(i200)  # each form's rows under its heading
    assert table.topLevelItem(0).text(0).startswith("I-247A \u2014 ")
    heading = table.topLevelItem(1 + 28)
    assert heading.text(0) == "I-200 \u2014 Warrant for Arrest of Alien"
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable
    last = table.topLevelItem(table.topLevelItemCount() - 1)
    assert last.text(1).startswith("I-200: ")
    assert controller.panel.counts.text().endswith(f"{28 + len(i200)} not reviewed")
    for ident in i200:
        items = window.scene.marker_items(ident)
        assert items
        assert all(item.parentItem() is window.scene.pages[3] for item in items)
    window.select_annotation(i200[0])
    assert controller.current == i200[0]
    controller.panel.status_buttons["issue"].click()
    assert controller.checklist.entry(i200[0]).status == "issue"
    md = controller.memo()
    assert md is not None
    assert md.attached
    assert md.attached[0].startswith("I-200, ")
    assert [f.annotation.id for f in md.findings] == [i200[0]]
    window.close()
