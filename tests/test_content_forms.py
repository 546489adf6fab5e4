"""Content checks for the annotation sets of the other forms and the training scenarios.

One set per bundled form besides the I-247A: the I-200 and I-205 warrants, the notice-only I-247N and
I-247G, the I-247D, the old I-247, and the three I-247A training scenarios. The checks hold each set to the
project's legal content standard: it loads cleanly against its form, every point is cited and dated,
the research's verification marks are carried over, and the points each form is there to teach are present.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator

import pytest

from explainer import resources, store
from explainer.model import Annotation, AnnotationSet, Authority

BLANK_SETS = ["i-200", "i-205", "i-247n", "i-247g", "i-247d", "i-247"]
SCENARIO_SETS = ["scenario-a-database-only", "scenario-b-citizen-i200", "scenario-c-box2-transfer"]
ALL_SETS = BLANK_SETS + SCENARIO_SETS
NOTICE_ONLY = ["i-247n", "i-247g"]

REVIEWED = dt.date(2026, 11, 27)
CATEGORIES = {
    "nature of the request", "probable cause", "warrant and review", "time limits", "information sharing",
    "service and notice", "identity and citizenship", "signature and authority", "bail and release",
    "jail's block", "287(g)", "form history",
}  # fmt: skip

# Spot checks against REFERENCE.md / ADDENDUM.md: the start of a citation -> the mark the research gives it.
REFERENCE_MARKS = {
    "8 C.F.R. § 241.2(a)(1)": "verified",  # REFERENCE 1.6
    "INA § 236; 8 C.F.R. §§ 236.1(b), 287.5(e)(2)": "unverified",  # REFERENCE 1.5, from memory
    "United States v. Harvey": "partly-verified",  # ADDENDUM 1.4
    "United States v. Orozco-Acosta": "partly-verified",  # ADDENDUM 1.4
    "United States v. Lopez": "verified",  # ADDENDUM 1.4, the I-296 caution
    "Galarza v. Szalczyk": "verified",  # REFERENCE 2.1
    "Gonzalez v. ICE, 975 F.3d 788": "verified",  # REFERENCE 2.3-2.4
    "ICE Acting Director Lyons": "partly-verified",  # REFERENCE 1.6, secondary sources only
    "RCW 43.17.420": "verified",  # ADDENDUM WA
    "RCW 10.93.160": "unverified",  # ADDENDUM WA: operative text not read
    "C.R.S. 24-76.6-101": "unverified",  # REFERENCE CO row: cite from memory
    "22 O.S. § 171.3": "verified",  # ADDENDUM OK
}


def _set_path(set_id: str):
    return resources.annotations_dir() / f"{set_id}.json"


def _load(set_id: str) -> AnnotationSet:
    return AnnotationSet.model_validate(json.loads(_set_path(set_id).read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def library() -> store.Library:
    return store.load_library()


@pytest.fixture(scope="module")
def sets() -> dict[str, AnnotationSet]:
    return {set_id: _load(set_id) for set_id in ALL_SETS}


def _authorities(aset: AnnotationSet) -> Iterator[tuple[str, Authority]]:
    for ann in aset.annotations:
        for authority in ann.authorities:
            yield ann.id, authority
        for code, note in ann.state_notes.items():
            for authority in note.authorities:
                yield f"{ann.id}/{code}", authority


def _text(ann: Annotation) -> str:
    return " ".join([ann.title, ann.summary, ann.body, *ann.look_for, *ann.what_to_do]).lower()


@pytest.mark.parametrize("set_id", ALL_SETS)
def test_set_loads_through_the_library_against_its_form(library, set_id):
    path = _set_path(set_id).resolve()
    assert [str(p) for p in library.problems if p.path.resolve() == path] == []
    loaded = library.find_set(set_id)
    assert loaded is not None
    assert loaded.form.id == set_id
    assert loaded.form.edition == library.forms[set_id].edition
    assert loaded.reviewed == REVIEWED
    assert "not legal advice" in loaded.disclaimer.lower()


@pytest.mark.parametrize("set_id", ALL_SETS)
def test_every_anchor_names_a_region_of_its_form(library, set_id):
    form = library.forms[set_id]
    names = {r.name for r in form.regions}
    for ann in _load(set_id).annotations:
        for anchor in ann.anchors:
            assert anchor.region in names, f"{set_id}/{ann.id}: anchor {anchor} is not a region of the form"


def test_every_bundled_form_has_an_annotation_set(library):
    assert library.forms, "no bundled forms were loaded"
    missing = sorted(form_id for form_id in library.forms if not library.sets_for(form_id))
    assert missing == []


def test_blank_forms_have_at_least_five_annotations(sets):
    assert {set_id: len(sets[set_id].annotations) for set_id in BLANK_SETS if len(sets[set_id].annotations) < 5} == {}


def test_each_scenario_plants_three_to_five_defects(sets):
    assert {s: len(sets[s].annotations) for s in SCENARIO_SETS if not 3 <= len(sets[s].annotations) <= 5} == {}


def test_presenter_notes_ask_the_room_a_question(sets):
    for set_id, aset in sets.items():
        for ann in aset.annotations:
            assert "?" in ann.presenter_notes, f"{set_id}/{ann.id}: presenter notes need a question for the room"


def test_every_authority_is_dated_and_no_date_is_in_the_future(sets):
    for set_id, aset in sets.items():
        assert aset.reviewed <= dt.date.today()
        for where, authority in _authorities(aset):
            assert authority.as_of == REVIEWED, f"{set_id}/{where}: {authority.citation}"
        for ann in aset.annotations:
            for code, note in ann.state_notes.items():
                assert note.reviewed == REVIEWED, f"{set_id}/{ann.id}/{code}"


def test_categories_and_ids_follow_the_shared_vocabulary(sets):
    for set_id, aset in sets.items():
        for ann in aset.annotations:
            assert ann.category in CATEGORIES, f"{set_id}/{ann.id}: {ann.category!r}"
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9.]+)*", ann.id), f"{set_id}/{ann.id}"


def test_annotation_ids_are_unique_across_the_sets(sets):
    ids = [ann.id for aset in sets.values() for ann in aset.annotations]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []


@pytest.mark.parametrize("set_id", NOTICE_ONLY)
def test_notice_only_sets_say_no_hold_is_requested(sets, set_id):
    aset = sets[set_id]
    first = aset.annotations[0]
    assert "notice-only" in first.tags
    assert re.search(r"no hold is requested|does not request|neither requests", _text(first))
    assert "hold" in first.summary.lower()


def test_i205_set_flags_the_final_order_mismatch(sets):
    mismatch = [ann for ann in sets["i-205"].annotations if "mismatch" in ann.tags]
    assert len(mismatch) == 1
    text = _text(mismatch[0])
    assert "final order" in text
    assert "(b)" in text
    assert "(c)" in text
    assert any(a.citation.startswith("8 C.F.R. § 241.2(a)(1)") for a in mismatch[0].authorities)


def test_warrant_sets_carry_judicial_warrant_state_notes(sets):
    for set_id in ("i-200", "i-205", "scenario-b-citizen-i200"):
        codes = set().union(*(ann.state_notes.keys() for ann in sets[set_id].annotations))
        assert {"CA", "IL", "WA", "CO", "CT", "OR", "NM"} <= codes, set_id


def test_verification_marks_match_the_reference_spot_checks(sets):
    seen: set[str] = set()
    for set_id, aset in sets.items():
        for where, authority in _authorities(aset):
            for prefix, mark in REFERENCE_MARKS.items():
                if authority.citation.startswith(prefix):
                    seen.add(prefix)
                    assert authority.verification == mark, f"{set_id}/{where}: {authority.citation}"
    assert sorted(set(REFERENCE_MARKS) - seen) == []


def test_gonzalez_ninth_circuit_is_never_stated_beyond_its_holding(sets):
    for set_id, aset in sets.items():
        for where, authority in _authorities(aset):
            if authority.citation.startswith("Gonzalez v. ICE, 975 F.3d 788") and authority.note:
                if "five extra days" in authority.note or "U.S. citizen" in authority.note:
                    continue  # cited for a fact about the case, not its holding
                assert "vacated" in authority.note.lower(), f"{set_id}/{where}"
    district = [
        a for aset in sets.values() for _, a in _authorities(aset) if a.citation.startswith("Gonzalez v. ICE, 416")
    ]
    assert district
    assert all("vacated" in (a.note or "").lower() for a in district)


def test_sample_people_and_numbers_are_fictitious(sets):
    phone = re.compile(r"\(\d{3}\) \d{3}-\d{4}")
    for set_id, aset in sets.items():
        for ann in aset.annotations:
            for number in phone.findall(ann.body):
                # Only the real, published ICE lines may appear; anything else must be a 555 sample.
                assert number in {"(855) 448-6903", "(802) 872-6020"} or number.startswith("(555)"), (
                    f"{set_id}/{ann.id}: {number}"
                )
