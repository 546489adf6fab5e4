from __future__ import annotations

import contextlib
import json

from explainer import paths, store
from explainer.model import AnnotationSet


def test_broken_json_names_line_and_column(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "id": "x",\n  "title": oops\n}\n', encoding="utf-8")
    obj, problems = store.load_file(bad, AnnotationSet)
    assert obj is None
    assert len(problems) == 1
    assert problems[0].location == "3:12"
    assert "invalid JSON" in problems[0].message
    assert str(problems[0]).startswith(f"{bad}:3:12: ")


def test_wrong_field_names_path_and_expectation(tmp_path):
    from tests.test_model import _minimal_set

    data = _minimal_set()
    data["annotations"][1]["authorities"][0]["verification"] = "sure"
    del data["annotations"][0]["summary"]
    path = tmp_path / "set.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    _, problems = store.load_file(path, AnnotationSet)
    by_loc = {p.location: p.message for p in problems}
    assert by_loc["annotations[0](id 'a1').summary"] == "required field is missing"
    assert (
        "expected 'verified', 'partly-verified' or 'unverified'"
        in by_loc["annotations[1](id 'a2').authorities[0].verification"]
    )


def test_atomic_write_keeps_old_file_when_write_fails(tmp_path, monkeypatch):
    target = tmp_path / "settings.json"
    paths.atomic_write_text(target, "old")

    def boom(*_a):
        raise OSError("disk full")

    monkeypatch.setattr(paths.os, "fsync", boom)
    with contextlib.suppress(OSError):
        paths.atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_user_paths_follow_override(explainer_home):
    assert paths.user_annotations_dir() == explainer_home / "data" / "annotations"
    assert paths.settings_file().is_relative_to(explainer_home)
