"""Content checks for the bundled I-247A annotation set (annotations/i-247a.json).

These hold the set to the project's legal content standard: every point cited and dated, marks carried
over from the research, annotations in the order a reader meets them on the form, and the topics issue 4
asks for all present.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re

import pytest

from explainer import resources, store
from explainer.model import AnnotationSet, Authority, FormDescription

SET_PATH = resources.annotations_dir() / "i-247a.json"
FORM_PATH = resources.forms_dir() / "i-247a.form.json"

REVIEWED = dt.date(2026, 11, 27)
TOP_TOLERANCE = 2.0  # points: parts side by side on one line (e.g. name and citizenship) share a top edge


REQUIRED_IDS = [
    "request-not-order",
    "new-seizure-probable-cause",
    "box1-a-final-order",
    "box1-b-pending-proceedings",
    "box1-c-database-only",
    "box1-d-statements",
    "box2-transfer",
    "no-judge-i200-i205",
    "request-hold-48-hours",
    "request-notify-release",
    "request-relay",
    "request-serve",
    "subject-identity",
    "citizenship-line-us-citizens",
    "officer-signature",
    "request-bail",
    "jail-block",
    "request-cancel",
    "notice-to-detainee",
    "notice-hotlines",
    "lodged-by-287g",
    "form-i247g-notice-only",
]

REQUIRED_STATES = {
    "CA", "IL", "OR", "WA", "CO", "NJ", "NY", "MA", "CT", "MN", "NM",
    "TX", "FL", "GA", "NC", "IA", "TN", "OK",
}  # fmt: skip


@pytest.fixture(scope="module")
def aset() -> AnnotationSet:
    return AnnotationSet.model_validate(json.loads(SET_PATH.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def form() -> FormDescription:
    return FormDescription.model_validate(json.loads(FORM_PATH.read_text(encoding="utf-8")))


def _all_authorities(aset: AnnotationSet) -> list[tuple[str, Authority]]:
    found = []
    for ann in aset.annotations:
        found += [(ann.id, a) for a in ann.authorities]
        for code, note in ann.state_notes.items():
            found += [(f"{ann.id}/{code}", a) for a in note.authorities]
    return found


def test_loads_through_the_library_without_problems():
    lib = store.load_library()
    mine = [p for p in lib.problems if p.path.resolve() == SET_PATH.resolve()]
    assert mine == []
    loaded = lib.find_set("i-247a")
    assert loaded is not None
    assert loaded.form.id == "i-247a"
    assert loaded.form.edition == lib.forms["i-247a"].edition == "02/17"


def test_set_header(aset):
    assert aset.reviewed == REVIEWED
    assert aset.language == "en"
    assert "not legal advice" in aset.disclaimer.lower()
    assert "unverified" in aset.disclaimer.lower()
    assert len(aset.annotations) >= 20


def test_annotations_follow_the_form_top_to_bottom(aset, form):
    positions = []
    for ann in aset.annotations:
        region = form.region(ann.anchor.region or "")
        assert region is not None, f"{ann.id}: anchor region {ann.anchor.region!r} is not on the form"
        positions.append((ann.id, region.page, region.rect[1]))
    for (prev_id, prev_page, prev_top), (cur_id, page, top) in itertools.pairwise(positions):
        assert page >= prev_page, f"{cur_id} (page {page}) comes after {prev_id} (page {prev_page})"
        if page == prev_page:
            assert top >= prev_top - TOP_TOLERANCE, f"{cur_id} (top {top}) sits above {prev_id} (top {prev_top})"


def test_every_anchor_resolves_to_a_region(aset, form):
    names = {r.name for r in form.regions}
    for ann in aset.annotations:
        for anchor in ann.anchors:
            assert anchor.region in names, f"{ann.id}: {anchor.region!r}"


def test_every_point_is_cited_and_dated(aset):
    for ann in aset.annotations:
        assert ann.authorities, ann.id
        for code, note in ann.state_notes.items():
            assert note.authorities, f"{ann.id}/{code}"
            assert note.reviewed == REVIEWED, f"{ann.id}/{code}"
    for where, authority in _all_authorities(aset):
        assert authority.as_of == REVIEWED, where
        assert authority.citation.strip(), where


def test_reconstructed_parts_are_flagged_in_the_body(aset, form):
    """The rule this set follows: an annotation anchored on a reconstructed part says so in its body."""
    flagged = 0
    for ann in aset.annotations:
        region = form.region(ann.anchor.region or "")
        assert region is not None
        if region.provenance == "reconstructed":
            assert "reconstructed" in ann.body.lower(), ann.id
            flagged += 1
    assert flagged > 0  # the lower half of page 1 and the notice pages are reconstructed


def test_required_topics_are_present(aset):
    ids = [a.id for a in aset.annotations]
    missing = [i for i in REQUIRED_IDS if i not in ids]
    assert missing == []


def test_gonzalez_ninth_circuit_is_stated_no_broader_than_it_went(aset):
    notes = [
        a.note or ""
        for _, a in _all_authorities(aset)
        if "975 F.3d 788" in a.citation and a.kind == "case" and "vacated" in (a.note or "").lower()
    ]
    assert notes, "the Ninth Circuit's Gonzalez authority must note that it vacated the injunctions"
    database = aset.get("box1-c-database-only")
    assert database is not None
    assert "vacated" in database.body.lower()
    assert "not binding" in database.body.lower()
    assert "975 F.3d 788" in " ".join(a.citation for a in database.authorities)


def test_required_states_have_notes(aset):
    codes = {code for ann in aset.annotations for code in ann.state_notes}
    assert codes >= REQUIRED_STATES, sorted(REQUIRED_STATES - codes)
    hold = aset.get("request-hold-48-hours")
    assert hold is not None
    assert set(hold.state_notes) >= REQUIRED_STATES, sorted(REQUIRED_STATES - set(hold.state_notes))


def test_oklahoma_follows_the_addendum(aset):
    """ADDENDUM §2 corrects REFERENCE: Oklahoma requires compliance under 22 O.S. § 171.3."""
    hold = aset.get("request-hold-48-hours")
    assert hold is not None
    note = hold.state_notes["OK"]
    assert "171.3" in note.text
    assert any("171.3" in a.citation for a in note.authorities)


def test_authority_urls_are_whole_addresses(aset):
    """URLs come from the research as given; a truncated one (ending in '-' or '...') must not slip in."""
    for where, authority in _all_authorities(aset):
        if authority.url is None:
            continue
        assert authority.url.startswith(("http://", "https://")), where
        assert not authority.url.endswith(("-", "...", "…")), where
        assert " " not in authority.url, where


def test_presenter_notes_ask_the_room_a_question(aset):
    for ann in aset.annotations:
        notes = ann.presenter_notes
        sentences = [s for s in re.split(r"(?<=[.?!])\s+", notes.strip()) if s]
        assert 2 <= len(sentences) <= 4, ann.id
        assert "?" in notes, ann.id
