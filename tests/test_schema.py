"""The committed JSON Schemas are generated from the models and must be current."""

from __future__ import annotations

import json

from explainer import resources, store
from explainer.cli import main


def test_committed_schemas_are_current():
    for name, model in store.SCHEMA_FILES.items():
        path = resources.schema_dir() / name
        assert path.is_file(), f"{path} missing: run `detainer-explainer schema`"
        assert path.read_text(encoding="utf-8") == store.schema_text(model), f"{name} is stale"


def test_schema_check_command_reports_stale_file(tmp_path, capsys):
    assert main(["schema", "--write", "--out", str(tmp_path)]) == 0
    assert main(["schema", "--check", "--out", str(tmp_path)]) == 0
    stale = tmp_path / "annotation-set.schema.json"
    stale.write_text("{}", encoding="utf-8")
    assert main(["schema", "--check", "--out", str(tmp_path)]) == 1
    assert "annotation-set.schema.json: out of date" in capsys.readouterr().err


def test_schema_describes_anchor_and_authority():
    schema = json.loads(store.schema_text(store.SCHEMA_FILES["annotation-set.schema.json"]))
    defs = schema["$defs"]
    assert {"region", "quote", "occurrence", "page", "rect"} <= set(defs["Anchor"]["properties"])
    assert set(defs["Authority"]["required"]) >= {"citation", "verification", "as_of"}


def test_schema_command_prints_the_annotation_set_schema(capsys):
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["title"] == "AnnotationSet"
    assert "annotations" in printed["properties"]
