from __future__ import annotations

import copy
import subprocess
import sys

import pytest
from pydantic import ValidationError

from explainer.model import JURISDICTIONS, Anchor, AnnotationSet


def test_model_and_store_import_no_qt_and_no_pymupdf():
    code = (
        "import sys, explainer.model, explainer.store, explainer.paths;"
        "bad=[m for m in sys.modules if m.split('.')[0] in ('PySide6','pymupdf','fitz')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_jurisdictions_cover_states_dc_and_pr():
    assert len(JURISDICTIONS) == 52
    assert {"DC", "PR", "CA", "WY"} <= set(JURISDICTIONS)


def test_anchor_needs_something_to_resolve():
    with pytest.raises(ValidationError, match="at least one of"):
        Anchor()
    with pytest.raises(ValidationError, match="needs its page"):
        Anchor(rect=(0, 0, 10, 10))
    assert Anchor(quote="Box 1").occurrence == 1


def _minimal_set(**over):
    ann = {
        "id": "a1",
        "title": "T",
        "category": "c",
        "summary": "s",
        "body": "b",
        "authorities": [{"citation": "8 C.F.R. 287.7(a)", "verification": "verified", "as_of": "2026-11-27"}],
        "verification": "verified",
        "anchor": {"region": "box1"},
    }
    data = {
        "id": "s",
        "title": "S",
        "form": {"id": "i-247a", "edition": "02/17"},
        "reviewed": "2026-11-27",
        "authors": ["x"],
        "disclaimer": "d",
        "annotations": [copy.deepcopy(ann), {**copy.deepcopy(ann), "id": "a2"}],
    }
    data.update(over)
    return data


def test_set_rejects_duplicate_ids_and_unknown_state():
    data = _minimal_set()
    data["annotations"][1]["id"] = "a1"
    with pytest.raises(ValidationError, match="duplicate annotation id 'a1'"):
        AnnotationSet.model_validate(data)
    data = _minimal_set()
    data["annotations"][0]["state_notes"] = {
        "XX": {
            "text": "t",
            "verification": "verified",
            "reviewed": "2026-11-27",
            "authorities": [{"citation": "c", "verification": "verified", "as_of": "2026-11-27"}],
        }
    }
    with pytest.raises(ValidationError, match="not a USPS code"):
        AnnotationSet.model_validate(data)
