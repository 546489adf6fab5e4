"""The review memo (Markdown and PDF): every finding, nothing the user did not mark, the state named."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import pytest

from explainer import store
from explainer.pdf.readback import pdf_text, render_page_png
from explainer.review.checklist import Checklist
from explainer.review.memo import DEFAULT_HEADING, build_memo, to_markdown
from explainer.review.memo_pdf import write_memo_pdf

SHA = hashlib.sha256(b"client document").hexdigest()
TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def library():
    return store.load_library()


@pytest.fixture(scope="module")
def aset(library):
    return library.sets_for("i-247a")[0]


@pytest.fixture
def marked(aset) -> Checklist:
    ids = [a.id for a in aset.annotations]
    c = Checklist(sha256=SHA, jurisdiction="CA", heading="Memo re: detainer review")
    for ident, note in [(ids[9], "Only box (c) is ticked."), (ids[3], "Name misspelt."), (ids[19], "No signature.")]:
        c.set_status(ident, "issue")
        c.set_note(ident, note)
    c.set_status(ids[0], "fine")
    c.set_note(ids[0], "PRIVATE-FINE-NOTE")
    c.set_status(ids[1], "not-applicable")
    c.set_note(ids[2], "PRIVATE-UNREVIEWED-NOTE")
    c.general_notes = "Raise at the bail hearing."
    return c


def _numbered_titles(text: str) -> set[str]:
    return set(re.findall(r"^#{3} (\d+\. .+)$", text, flags=re.M))


def test_markdown_has_every_finding_and_nothing_else(marked, aset, library):
    form = library.forms["i-247a"]
    memo = build_memo(marked, aset, form, today=TODAY, locations={aset.annotations[9].id: "page 1, Box 1 (c)"})
    text = to_markdown(memo)
    order = [a.id for a in aset.annotations]
    expected = {f"{order.index(i) + 1}. {aset.get(i).title}" for i in marked.findings()}
    assert _numbered_titles(text) == expected
    assert len(expected) == 3
    for note in ("Only box (c) is ticked.", "Name misspelt.", "No signature.", "Raise at the bail hearing."):
        assert note in text
    for private in ("PRIVATE-FINE-NOTE", "PRIVATE-UNREVIEWED-NOTE"):
        assert private not in text
    for i in (0, 1, 2):
        assert f"### {i + 1}. " not in text
    assert text.startswith("# Memo re: detainer review\n")
    assert "I-247A" in text
    assert "edition 02/17" in text
    assert "2026-11-27" in text
    assert aset.disclaimer in text
    assert text.count("#### In California") == 3
    assert "page 1, Box 1 (c)" in text
    first = aset.get(marked.findings(order)[0])
    assert first.authorities[0].citation in text


def test_findings_follow_the_form_order(marked, aset, library):
    memo = build_memo(marked, aset, library.forms["i-247a"], today=TODAY)
    assert [f.number for f in memo.findings] == sorted(f.number for f in memo.findings)


def test_no_heading_means_no_client_data(aset, library):
    c = Checklist(sha256=SHA)
    memo = build_memo(c, aset, library.forms["i-247a"], today=TODAY)
    text = to_markdown(memo)
    assert memo.heading == DEFAULT_HEADING
    assert "No annotation was marked" in text
    assert "National" in text
    assert SHA not in text


def test_pdf_memo_matches_and_renders(marked, aset, library, tmp_path):
    memo = build_memo(marked, aset, library.forms["i-247a"], today=TODAY)
    path = write_memo_pdf(memo, tmp_path / "memo.pdf")
    text = pdf_text(path)
    flat = " ".join(text.split())
    for finding in memo.findings:
        assert f"{finding.number}. {' '.join(finding.annotation.title.split())}" in flat
        assert finding.note in flat
    unmarked = [a for a in aset.annotations if a.id not in marked.findings()]
    for ann in unmarked:
        assert f"{aset.annotations.index(ann) + 1}. {' '.join(ann.title.split())}" not in flat
    assert "PRIVATE-FINE-NOTE" not in flat
    assert "In California" in flat
    assert "Page 1 of" in flat
    png = render_page_png(path, 0, tmp_path / "memo-p1.png")
    assert png.stat().st_size > 10_000
