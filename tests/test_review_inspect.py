"""``detainer-explainer inspect`` on client-like documents: the form, every placement, the not-placed list."""

from __future__ import annotations

import json

import pytest

from explainer import inspect, store
from tests import review_docs


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    lib = store.load_library()
    return review_docs.make_all(lib.pdf_path("i-247a"), tmp_path_factory.mktemp("inspect-docs"))


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = inspect.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_report_for_an_a4_copy(docs, capsys):
    code, out, _ = _run(capsys, str(docs["a4"].path), "--json")
    assert code == 0
    report = json.loads(out)
    assert (report["form"], report["edition"], report["pages"]) == ("i-247a", "02/17", 3)
    rows = {row["id"]: row for row in report["annotations"]}
    lib = store.load_library()
    assert set(rows) == {a.id for a in lib.sets_for("i-247a")[0].annotations}
    assert report["not_placed"] == []
    box = rows["box1-c-database-only"]
    assert box["placement"] == "region"
    assert box["method"] == "region-text"
    assert box["approximate"] is False
    expected = docs["a4"].transform.map_rect(lib.forms["i-247a"].region("box1.c").rect)
    assert max(abs(a - b) for a, b in zip(box["rect"], expected, strict=True)) <= 5.0


def test_photo_needs_the_form_and_is_then_approximate(docs, capsys):
    code, out, _ = _run(capsys, str(docs["photo"].path))
    assert code == 1
    assert "no text layer" in out
    code, out, _ = _run(capsys, str(docs["photo"].path), "--form", "I-247A", "--json")
    assert code == 0
    report = json.loads(out)
    placed = [row for row in report["annotations"] if row["placement"] != "unplaced"]
    assert placed
    assert all(row["approximate"] and row["method"] == "position" for row in placed)
    assert {row["placement"] for row in placed} <= {"region", "text", "rect"}
    not_placed = {row["id"]: row["reason"] for row in report["not_placed"]}
    assert "notice-to-detainee" in not_placed
    assert "no page 2" in not_placed["notice-to-detainee"]


def test_table_names_method_and_not_placed(docs, capsys):
    code, out, _ = _run(capsys, str(docs["photo"].path), "--form", "i-247a")
    assert code == 0
    assert "text layer: no" in out
    assert "position" in out
    assert "Not placed (" in out


def test_the_sample_itself_is_placed_by_region(capsys):
    lib = store.load_library()
    code, out, _ = _run(capsys, str(lib.pdf_path("i-247a")), "--json")
    assert code == 0
    rows = json.loads(out)["annotations"]
    assert {row["placement"] for row in rows} == {"region"}


def test_unreadable_file_is_a_message(tmp_path, capsys):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 this is not really a PDF")
    code, _, err = _run(capsys, str(broken))
    assert code == 2
    assert "broken.pdf" in err
    assert "Traceback" not in err
    code, _, err = _run(capsys, str(broken), "--form", "I-999")
    assert code == 2
    assert "unknown form" in err


def test_pages_flagged_rotate_are_reported_as_displayed(docs, capsys):
    code, out, _ = _run(capsys, str(docs["rotate-flag"].path), "--json")
    assert code == 0
    rows = {row["id"]: row for row in json.loads(out)["annotations"]}
    lib = store.load_library()
    expected = docs["rotate-flag"].transform.map_rect(lib.forms["i-247a"].region("box1.c").rect)
    assert max(abs(a - b) for a, b in zip(rows["box1-c-database-only"]["rect"], expected, strict=True)) <= 5.0
