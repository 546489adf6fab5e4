"""Content tests for the bundled state-law table (annotations/jurisdictions.json).

The expected values below come from reading REFERENCE.md and ADDENDUM.md (the addendum wins where they
differ); they are what the table must not contradict, not a copy of it.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from explainer import resources, store
from explainer.model import JURISDICTIONS, JurisdictionRow, JurisdictionTable

TODAY = dt.date.today()
RANK = {"low": 0, "medium": 1, "high": 2}

# The highest confidence the research allows for some rows ("Med-High" -> medium, "Med-Low" -> low; where the
# reference splits a row, e.g. "High (statute); Med (exceptions)", the lower mark).
CONFIDENCE_CEILING = {
    "OK": "high",  # ADDENDUM: High for 22 O.S. § 171.3
    "TX": "high",
    "VT": "high",  # ADDENDUM raises VT to High
    "WA": "medium",  # Med-High
    "MN": "medium",  # Med-High
    "MO": "medium",  # Med-High
    "NY": "medium",  # High (Wells); Med (overall)
    "CT": "medium",  # High (statute); Med (exceptions)
    "IL": "medium",  # High (2017); Med (2021 detail)
    "MS": "medium",  # ADDENDUM: Med (REFERENCE had Low-Med)
    "ID": "medium",  # ADDENDUM: Med
    "DE": "medium",  # ADDENDUM: Med
    "VA": "medium",
    "RI": "low",  # Med-Low
    "MT": "low",  # ADDENDUM: Med-Low until HB 223 is checked
}
NOT_COVERED = ("DC", "PR")


@pytest.fixture(scope="module")
def table() -> JurisdictionTable:
    path = resources.annotations_dir() / store.JURISDICTIONS_FILE
    loaded, problems = store.load_file(path, JurisdictionTable)
    assert problems == [], [str(p) for p in problems]
    assert loaded is not None
    return loaded


def _row(table: JurisdictionTable, code: str) -> JurisdictionRow:
    row = table.row(code)
    assert row is not None, code
    return row


def test_table_has_exactly_the_52_jurisdictions(table):
    codes = [r.code for r in table.rows]
    assert len(codes) == 52
    assert sorted(codes) == sorted(JURISDICTIONS)
    for row in table.rows:
        assert row.name == JURISDICTIONS[row.code]


def test_table_points_at_its_schema_and_carries_a_disclaimer(table):
    assert table.schema_ == "./schema/jurisdictions.schema.json"
    assert "not legal advice" in table.disclaimer.lower()
    assert "mid-2026" in table.disclaimer
    assert "April 2026" in table.disclaimer


def test_every_row_is_dated_and_rated(table):
    assert table.reviewed <= TODAY
    for row in table.rows:
        assert row.reviewed <= TODAY, row.code
        assert row.confidence in RANK, row.code
        assert row.summary.strip(), row.code
        assert len(row.summary) <= 160, f"{row.code}: summary is {len(row.summary)} characters"


def test_every_authority_has_a_past_as_of_date_and_a_plain_url(table):
    for row in table.rows:
        for auth in row.authorities:
            assert auth.as_of <= TODAY, (row.code, auth.citation)
            if auth.url is not None:
                assert re.match(r"^https?://\S+$", auth.url), (row.code, auth.url)
                assert "..." not in auth.url, f"{row.code}: truncated URL {auth.url}"


def test_unverified_points_are_marked_in_text_and_data(table):
    for row in table.rows:
        unverified = [a for a in row.authorities if a.verification == "unverified"]
        for auth in unverified:
            assert "unverified" in (auth.note or "").lower(), (row.code, auth.citation)
        for auth in row.authorities:
            if "unverified:" in (auth.note or "").lower():
                assert auth.verification == "unverified", (row.code, auth.citation)
        text = " ".join([row.summary, *row.notes]).lower()
        if unverified:
            assert "unverified" in text, f"{row.code}: an unverified authority, but the text never says so"
        if "unverified" in text:
            assert unverified, f"{row.code}: the text says 'unverified' but no authority is marked so"


def test_oklahoma_requires_holds_under_section_171_3(table):
    ok = _row(table, "OK")
    assert ok.holds == "requires"
    statute = next(a for a in ok.authorities if "171.3" in a.citation)
    assert statute.verification == "verified"
    assert statute.year == 2021


def test_virginia_is_not_coded_from_the_vetoed_bills(table):
    va = _row(table, "VA")
    assert va.holds not in {"forbids", "forbids-with-exceptions", "requires"}
    vetoed = [a for a in va.authorities if "veto" in a.citation.lower()]
    assert vetoed, "the vetoed bills should be cited as vetoed"
    assert all("not law" in (a.note or "").lower() for a in vetoed)


def test_mississippi_sb_2710_is_not_a_detainer_mandate(table):
    assert _row(table, "MS").holds != "requires"


def test_new_mexico_hold_ban_is_not_stated_as_fact(table):
    nm = _row(table, "NM")
    assert nm.holds != "forbids" or nm.confidence == "low"
    assert "unverified" in nm.summary.lower()


def test_rows_added_by_the_addendum_have_authorities(table):
    for code in ("ME", "NH", "AR", "WY", "KS", "WI", "NE", "PA", "MI", "OH", "KY", "HI", "AK"):
        assert _row(table, code).authorities, code


def test_uncovered_rows_are_low_confidence_and_cite_nothing(table):
    for code in NOT_COVERED:
        row = _row(table, code)
        assert row.holds == "no-statewide-rule"
        assert row.confidence == "low"
        assert row.authorities == []
        assert row.summary.startswith("No statewide rule found in our research (not a finding that none exists)")
    for row in table.rows:  # a row that cites nothing can never claim more than low confidence
        if not row.authorities:
            assert row.confidence == "low", row.code
            assert row.holds in {"no-statewide-rule", "unclear"}, row.code


@pytest.mark.parametrize(("code", "ceiling"), sorted(CONFIDENCE_CEILING.items()))
def test_confidence_never_exceeds_the_research(table, code, ceiling):
    row = _row(table, code)
    assert RANK[row.confidence] <= RANK[ceiling], f"{code}: {row.confidence} > {ceiling}"
