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
    by_loc = {p.field: p.message for p in problems}
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


def test_field_problems_carry_line_and_column(tmp_path):
    from tests.test_model import _minimal_set

    data = _minimal_set()
    data["annotations"][1]["authorities"][0]["as_of"] = "not a date"
    path = tmp_path / "set.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    _, problems = store.load_file(path, AnnotationSet)
    (problem,) = problems
    lines = path.read_text(encoding="utf-8").splitlines()
    line, col = map(int, problem.location.split(":"))
    assert lines[line - 1][col - 1 :].startswith('"not a date"')
    assert str(problem).startswith(f"{path}:{line}:{col}: annotations[1](id 'a2').authorities[0].as_of: ")


def test_library_reports_unknown_form_region_and_cross_reference(tmp_path):
    from tests.test_model import _minimal_set

    forms = tmp_path / "forms"
    forms.mkdir()
    (forms / "f.pdf").write_bytes(b"%PDF-1.4\n")
    form = {
        "id": "i-247a",
        "form_number": "I-247A",
        "title": "T",
        "edition": "02/17",
        "pdf": "f.pdf",
        "page_count": 1,
        "page_size": [612, 792],
        "regions": [{"name": "box1", "label": "Box 1", "page": 1, "rect": [0, 0, 10, 10], "provenance": "verified"}],
    }
    (forms / "f.form.json").write_text(json.dumps(form), encoding="utf-8")
    good = _minimal_set()
    bad_region = _minimal_set(id="s2")
    bad_region["annotations"][1]["anchor"] = {"region": "nowhere"}
    bad_region["annotations"][0]["see_also"] = ["missing-id"]
    unknown = _minimal_set(id="s3", form={"id": "i-999", "edition": "x"})
    sets = tmp_path / "sets"
    sets.mkdir()
    for name, data in {"good": good, "region": bad_region, "unknown": unknown}.items():
        (sets / f"{name}.json").write_text(json.dumps(data, indent=1), encoding="utf-8")
    lib = store.load_library(forms_folder=forms, bundled_sets=sets, user_sets=tmp_path / "none")
    messages = {(p.path.name, p.field): p.message for p in lib.problems}
    assert messages[("region.json", "annotations[1](id 'a2').anchor.region")] == "no region 'nowhere' on form 'i-247a'"
    assert messages[("region.json", "annotations[0](id 'a1').see_also[0]")] == "no annotation 'missing-id' in this set"
    assert "unknown form 'i-999'" in messages[("unknown.json", "form.id")]
    assert all(p.location for p in lib.problems)  # every one has a line:column
    assert lib.find_set("s") is not None  # the good file still loaded
