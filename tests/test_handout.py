"""Handout export: a new PDF with callouts and every stop, the worksheet variant, footers, cancelling, the CLI."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from explainer import resources
from explainer.content.markdown import to_html, to_text
from explainer.handout import cli
from explainer.handout.placing import callouts_for
from explainer.handout.writer import ExportCancelled, HandoutRequest, export_handout
from explainer.model import JurisdictionTable
from explainer.store import JURISDICTIONS_FILE, Library, load_file, load_forms

from .trainer_fixtures import DISCLAIMER, demo


@pytest.fixture
def demo_files(tmp_path):
    return demo(tmp_path / "forms")


def _request(demo_files, **kw) -> HandoutRequest:
    pdf, form, aset = demo_files
    stops = kw.pop("stops", aset.annotations)
    return HandoutRequest(pdf, aset, stops, callouts_for(pdf, form, stops), **kw)


def _pages_text(path: Path) -> list[str]:
    with pymupdf.open(path) as doc:
        flags = pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES  # "fi", not the ligature glyph
        return [re.sub(r"\s+", " ", page.get_text(flags=flags)) for page in doc]


def _flat(path: Path) -> str:
    return " ".join(_pages_text(path))


def test_every_stop_in_order_with_its_authorities(demo_files, tmp_path):
    out = tmp_path / "handout.pdf"
    export_handout(_request(demo_files), out)
    text = _flat(out)
    aset = demo_files[2]
    pos = 0
    for number, ann in enumerate(aset.annotations, start=1):
        heading = f"{number}. {ann.title}"
        at = text.find(heading, pos)
        assert at >= 0, f"{heading!r} missing or out of order"
        nxt = aset.annotations[number].title if number < len(aset.annotations) else None
        end = text.find(nxt, at) if nxt else len(text)
        entry = text[at:end]
        for authority in ann.authorities:
            assert authority.citation in entry
            assert authority.as_of.isoformat() in entry
        assert f"Explanation-{ann.id}" in entry
        assert f"Look-{ann.id}" in entry
        assert f"Do-{ann.id}" in entry
        pos = at
    assert "UNVERIFIED" in text  # the unverified authority is marked plainly


def test_source_is_never_modified(demo_files, tmp_path):
    pdf = demo_files[0]
    before = hashlib.sha256(pdf.read_bytes()).hexdigest()
    export_handout(_request(demo_files, state="IL"), tmp_path / "h.pdf")
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == before


def test_form_pages_carry_numbered_callouts_at_their_regions(demo_files, tmp_path):
    out = tmp_path / "h.pdf"
    request = _request(demo_files)
    export_handout(request, out)
    with pymupdf.open(out) as doc:
        page = doc[0]
        assert "DEMO DETAINER FORM" in page.get_text()  # the form itself, still real text
        words = page.get_text("words")
        for number, phrase in ((1, "(c) database check only"), (2, "Maintain custody"), (3, "Signature of officer")):
            (where,) = page.search_for(phrase)
            badges = [w for w in words if w[4] == str(number)]
            assert any(abs(w[0] - where.x0) < 30 and abs(w[1] - where.y0) < 20 for w in badges), number
        outlines = [d for d in page.get_drawings() if d.get("color") and d["color"][0] > 0.6 and d["color"][1] < 0.3]
        expected = sum(len(c.rects) for c in request.callouts if c.page == 0)
        assert expected >= 4  # stop 2 has two regions
        assert len(outlines) == expected


def test_worksheet_has_none_of_the_explanations(demo_files, tmp_path):
    out = tmp_path / "w.pdf"
    export_handout(_request(demo_files, worksheet=True, state="IL"), out)
    text = _flat(out)
    for ann in demo_files[2].annotations:
        assert ann.title in text
        assert ann.authorities[0].citation in text
        for hidden in (
            f"Explanation-{ann.id}",
            f"reason-{ann.id}",
            f"Look-{ann.id}",
            f"Do-{ann.id}",
            f"Illinois-note-{ann.id}",
            ann.summary,
        ):
            assert hidden not in text
    assert "____" in text  # ruled lines to write on
    assert "Worksheet" in text


def test_footer_on_every_page(demo_files, tmp_path):
    out = tmp_path / "h.pdf"
    export_handout(_request(demo_files, state="IL"), out)
    pages = _pages_text(out)
    assert len(pages) >= 4
    for n, text in enumerate(pages, start=1):
        assert DISCLAIMER in text
        assert "Content reviewed 2026-02-01" in text
        assert f"Page {n} of {len(pages)}" in text


def test_state_note_named_only_when_a_state_is_chosen(demo_files, tmp_path):
    with_il, national = tmp_path / "il.pdf", tmp_path / "us.pdf"
    export_handout(_request(demo_files, state="IL"), with_il)
    export_handout(_request(demo_files), national)
    il_text, us_text = _flat(with_il), _flat(national)
    assert "In Illinois" in il_text
    assert "Illinois-note-db-check" in il_text
    assert "5 ILCS 805/15" in il_text
    assert "No note specific to Illinois for this point" in il_text  # stop 3 has none
    assert "Illinois" not in us_text


def _bundled_state_table() -> JurisdictionTable:
    table, problems = load_file(resources.annotations_dir() / JURISDICTIONS_FILE, JurisdictionTable)
    assert table is not None, problems
    return table


def test_point_without_a_state_note_gives_the_state_table_row(demo_files, tmp_path):
    """As the explanation panel and the memo do: no note of its own -> that state's row of the table."""
    row = _bundled_state_table().row("IL")
    assert row is not None
    out = tmp_path / "il.pdf"
    export_handout(_request(demo_files, state="IL", state_row=row), out)
    text = _flat(out)
    assert "No note specific to Illinois for this point. From the state table" in text
    assert row.summary.split(".")[0] in text
    assert row.authorities[0].citation in text


def test_follows_the_filter(demo_files, tmp_path):
    aset = demo_files[2]
    chosen = [aset.annotations[1], aset.annotations[3]]
    out = tmp_path / "f.pdf"
    export_handout(_request(demo_files, stops=chosen, filter_text="hold notice"), out)
    text = _flat(out)
    assert f"1. {chosen[0].title}" in text
    assert f"2. {chosen[1].title}" in text
    assert aset.annotations[0].title not in text
    assert "hold notice" in text


def test_progress_is_reported_and_cancel_writes_nothing(demo_files, tmp_path):
    seen: list[tuple[int, int]] = []

    def track(done, total, what):
        seen.append((done, total))
        return True

    export_handout(_request(demo_files), tmp_path / "ok.pdf", track)
    assert [d for d, _ in seen] == list(range(1, seen[0][1] + 1))

    out = tmp_path / "cancelled" / "h.pdf"
    calls = []

    def cancel_at_third(done, total, what):
        calls.append(done)
        return done < 3

    with pytest.raises(ExportCancelled):
        export_handout(_request(demo_files), out, cancel_at_third)
    assert calls == [1, 2, 3]
    assert not out.exists()
    assert not out.parent.exists() or not any(out.parent.iterdir())


def test_cancel_leaves_an_existing_file_alone(demo_files, tmp_path):
    out = tmp_path / "h.pdf"
    out.write_bytes(b"previous handout")
    with pytest.raises(ExportCancelled):
        export_handout(_request(demo_files), out, lambda d, t, w: False)
    assert out.read_bytes() == b"previous handout"


def test_markdown_is_escaped_and_never_links_remote():
    html = to_html("A <b>x</b> ![img](http://example.com/a.png) and [site](https://example.org)", links="print")
    assert "<b>x</b>" not in html
    assert "<img" not in html
    assert "src=" not in html
    assert "href=" not in html
    assert to_text("**Bold** point\n\n- item one\n- item two") == "Bold point item one item two"


# ---- the command line ---------------------------------------------------------------------------


@pytest.fixture
def demo_library(demo_files, monkeypatch):
    pdf, form, aset = demo_files

    def fake_load(extra=()):
        lib = Library()
        load_forms(pdf.parent, lib)
        lib.sets[form.id] = [aset]
        return lib

    monkeypatch.setattr(cli, "load_library", fake_load)
    return demo_files


def test_cli_finds_form_by_number_case_insensitively(demo_library, tmp_path, capsys):
    out = tmp_path / "cli.pdf"
    assert cli.main(["--form", "d-1", "--state", "il", "-o", str(out)]) == 0
    assert "In Illinois" in _flat(out)
    assert f"{out}:" in capsys.readouterr().out


def test_cli_filter_and_worksheet(demo_library, tmp_path):
    out = tmp_path / "cli.pdf"
    assert cli.main(["--form", "DEMO-FORM", "--filter", "hold", "--worksheet", "-o", str(out)]) == 0
    text = _flat(out)
    assert "1. Forty-eight hour hold" in text
    assert "Database check only" not in text
    assert "Explanation-hold-48" not in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--form", "nope"], "no form 'nope'"),
        (["--form", "d-1", "--state", "ZZ"], "unknown jurisdiction"),
        (["--form", "d-1", "--filter", "zzzz-nothing"], "no point matches"),
        (["--form", "d-1", "--set", "other"], "no annotation set 'other'"),
    ],
)
def test_cli_bad_input_is_a_message(demo_library, tmp_path, capsys, args, message):
    out = tmp_path / "x.pdf"
    assert cli.main([*args, "-o", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.slow
def test_cli_writes_the_bundled_i247a_handout(tmp_path):
    out = tmp_path / "out.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "explainer", "handout", "--form", "I-247A", "--state", "IL", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    pages = _pages_text(out)
    assert len(pages) > 3
    assert all("Page" in p for p in pages)


def test_cli_state_handout_uses_the_state_table(demo_library, tmp_path, monkeypatch):
    table = _bundled_state_table()
    loader = cli.load_library

    def with_table(extra=()):
        lib = loader(extra)
        lib.jurisdictions = table
        return lib

    monkeypatch.setattr(cli, "load_library", with_table)
    out = tmp_path / "cli.pdf"
    assert cli.main(["--form", "d-1", "--state", "IL", "-o", str(out)]) == 0
    assert table.row("IL").summary.split(".")[0] in _flat(out)
