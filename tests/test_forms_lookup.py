"""One rule for naming a form on the command line: id first, then a blank form's number, then a scenario's."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from explainer.app import create_window
from explainer.forms_lookup import find_form
from explainer.model import FormDescription


def _form(form_id: str, number: str, kind: str = "blank") -> FormDescription:
    return FormDescription.model_validate(
        {
            "id": form_id,
            "form_number": number,
            "title": f"Form {form_id}",
            "edition": "01/26",
            "kind": kind,
            "pdf": f"{form_id}.pdf",
            "page_count": 1,
            "page_size": [612, 792],
            "regions": [],
        }
    )


@dataclass
class _Lib:
    forms: dict[str, FormDescription] = field(default_factory=dict)


@pytest.fixture
def lib() -> _Lib:
    # the scenario comes first on purpose: a lookup by number must still find the blank form
    forms = [_form("scenario-a", "I-247A", "scenario"), _form("i-247a", "I-247A"), _form("i-200", "I-200")]
    return _Lib({f.id: f for f in forms})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i-247a", "i-247a"),
        ("I-247A", "i-247a"),
        ("  i-247A ", "i-247a"),
        ("scenario-a", "scenario-a"),
        ("SCENARIO-A", "scenario-a"),
        ("i-200", "i-200"),
    ],
)
def test_finds_by_id_or_printed_number(lib, text, expected):
    found = find_form(lib, text)
    assert found is not None
    assert found.id == expected


@pytest.mark.parametrize("text", ["", "   ", "I-999", "247A"])
def test_unknown_names_find_nothing(lib, text):
    assert find_form(lib, text) is None


def test_a_number_only_scenarios_carry_finds_a_scenario():
    only = _Lib({"scenario-x": _form("scenario-x", "I-247X", "scenario")})
    found = find_form(only, "i-247x")
    assert found is not None
    assert found.id == "scenario-x"


def test_window_and_handout_use_the_same_rule(qtbot, lib):
    from explainer import store
    from explainer.handout import cli as handout_cli

    assert handout_cli.find_form is find_form
    window = create_window(store.Library(forms=dict(lib.forms)))
    qtbot.addWidget(window)
    assert window.find_form("I-247A") == "i-247a"
    assert window.find_form("nothing") is None
