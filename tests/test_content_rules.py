"""Content rules that hold for EVERY bundled annotation set, found by looking in the folder.

The per-set tests (test_content_i247a.py, test_content_forms.py, test_jurisdictions.py) check what each
set is there to teach, against lists of set ids they name. These rules generalise the cross-cutting
parts of issue 4 item 8 to whatever sets are bundled, including any added later, and read the raw JSON
so that a rule holds even if a model constraint is ever relaxed:

- every ``summary`` fits one projector line (at most 90 characters, no line break);
- every annotation and every state note cites at least one authority with a citation;
- every ``reviewed`` and ``as_of`` date parses and is not in the future (the state-law table included);
- every ``see_also`` id names another annotation of the same set;
- a point marked short of "verified" says so in its own text, where the reader sees it;
- no annotation or state note is marked stronger than its weakest authority (its mark is the weakest
  of its claims).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from explainer import resources, store
from explainer.model import AnnotationSet

SUMMARY_LIMIT = 90  # characters: one line on a projector at the presenter's font size
DATE_KEYS = {"reviewed", "as_of"}
SAYS_SO = {
    "unverified": re.compile(r"\bunverified\b", re.IGNORECASE),
    "partly-verified": re.compile(r"\bpartly verified\b|\bunverified\b", re.IGNORECASE),
}

SET_FILES = store.annotation_files(resources.annotations_dir())
ALL_FILES = [*SET_FILES, resources.annotations_dir() / store.JURISDICTIONS_FILE]


def _raw(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _annotations(path: Path) -> list[dict[str, Any]]:
    return _raw(path)["annotations"]


def _dates(node: Any, where: str = "") -> Iterator[tuple[str, Any]]:
    """Every value stored under a ``reviewed`` or ``as_of`` key, anywhere in a JSON document."""
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{where}/{key}"
            if key in DATE_KEYS:
                yield here, value
            else:
                yield from _dates(value, here)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _dates(value, f"{where}[{index}]")


def _ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


def test_the_rules_see_every_bundled_set():
    names = {p.stem for p in SET_FILES}
    assert {"i-247a", "i-200", "i-205", "scenario-a-database-only"} <= names
    assert len(names) >= 10
    for path in SET_FILES:  # each discovered file is an annotation set, not the table or a schema
        loaded, problems = store.load_file(path, AnnotationSet)
        assert loaded is not None, [str(p) for p in problems]


@pytest.mark.parametrize("path", SET_FILES, ids=_ids(SET_FILES))
def test_every_summary_fits_one_projector_line(path):
    too_long = {
        a["id"]: f"{len(a['summary'])} chars"
        for a in _annotations(path)
        if len(a["summary"]) > SUMMARY_LIMIT or "\n" in a["summary"] or not a["summary"].strip()
    }
    assert too_long == {}


@pytest.mark.parametrize("path", SET_FILES, ids=_ids(SET_FILES))
def test_every_annotation_and_state_note_cites_an_authority(path):
    uncited = []
    for ann in _annotations(path):
        places = {ann["id"]: ann.get("authorities", [])}
        notes = ann.get("state_notes", {})
        places |= {f"{ann['id']}/{code}": note.get("authorities", []) for code, note in notes.items()}
        for where, authorities in places.items():
            if not authorities or not all(str(a.get("citation", "")).strip() for a in authorities):
                uncited.append(where)
    assert uncited == []


@pytest.mark.parametrize("path", ALL_FILES, ids=_ids(ALL_FILES))
def test_every_date_parses_and_is_not_in_the_future(path):
    today = dt.date.today()
    found = list(_dates(_raw(path)))
    assert found, f"{path.name} carries no reviewed/as_of date"
    bad = []
    for where, value in found:
        try:
            when = dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            bad.append(f"{where}: {value!r} is not a YYYY-MM-DD date")
            continue
        if when > today:
            bad.append(f"{where}: {value} is in the future")
    assert bad == []


@pytest.mark.parametrize("path", SET_FILES, ids=_ids(SET_FILES))
def test_every_see_also_names_another_point_of_the_same_set(path):
    annotations = _annotations(path)
    ids = {a["id"] for a in annotations}
    broken = [
        f"{a['id']} -> {target}"
        for a in annotations
        for target in a.get("see_also", [])
        if target not in ids or target == a["id"]
    ]
    assert broken == []


@pytest.mark.parametrize("path", SET_FILES, ids=_ids(SET_FILES))
def test_points_short_of_verified_say_so_in_their_own_text(path):
    """An unverified point says 'unverified'; a partly verified one says 'partly verified' (or 'unverified')."""
    silent = []
    for ann in _annotations(path):
        mark = ann["verification"]
        if mark in SAYS_SO and not SAYS_SO[mark].search(ann["body"]):
            silent.append(f"{ann['id']} ({mark})")
        for code, note in ann.get("state_notes", {}).items():
            if note["verification"] in SAYS_SO and not SAYS_SO[note["verification"]].search(note["text"]):
                silent.append(f"{ann['id']}/{code} ({note['verification']})")
    assert silent == []


RANK = {"unverified": 0, "partly-verified": 1, "verified": 2}


@pytest.mark.parametrize("path", SET_FILES, ids=_ids(SET_FILES))
def test_no_mark_is_stronger_than_its_weakest_authority(path):
    for ann in _annotations(path):
        weakest = min(RANK[a["verification"]] for a in ann["authorities"])
        assert RANK[ann["verification"]] <= weakest, ann["id"]
        for code, note in ann.get("state_notes", {}).items():
            weakest = min(RANK[a["verification"]] for a in note["authorities"])
            assert RANK[note["verification"]] <= weakest, f"{ann['id']}/{code}"
