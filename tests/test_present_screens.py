"""The real app with --present, in a subprocess: one screen, and a laptop + projector pair.

Qt's offscreen platform fakes the screen layout from a JSON file
(``QT_QPA_PLATFORM=offscreen:configfile=screens.json``); ``present_e2e.py`` drives the keys.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("present_e2e.py")


def _screen(name: str, x: int, width: int, height: int, dpr: float) -> dict:
    return {
        "name": name,
        "x": x,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": dpr,
    }


def _run(tmp_path: Path, screens: list[dict]) -> dict:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", EXPLAINER_HOME=str(tmp_path / "home"))
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--present", "--form", "I-247A", "--state", "IL"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def _walks_every_stop(report: dict) -> None:
    assert report["started"]
    assert report["stops"] >= 8
    assert report["lit"] == list(range(report["stops"]))
    assert report["holes_ok"]
    assert report["black"]
    assert report["restored"]
    assert report["state_pill"] == "Illinois"
    assert report["ended"]
    assert report["main_window_visible"]
    assert report["exit"] == 0


@pytest.mark.slow
def test_present_on_laptop_and_projector(tmp_path):
    report = _run(tmp_path, [_screen("Laptop", 0, 1440, 900, 2.0), _screen("Projector", 1440, 1920, 1080, 1.0)])
    _walks_every_stop(report)
    assert report["audience_screen"] == "Projector"
    assert report["audience_full_screen"]
    assert report["console_screen"] == "Laptop"
    # choosing the other screen swaps them, is remembered, and a screen change keeps the talk going
    assert report["after_swap"] == ["Laptop", "Projector"]
    assert report["remembered"] == "Laptop"
    assert report["running_after_screen_change"]
    saved = json.loads((tmp_path / "home" / "config" / "settings.json").read_text(encoding="utf-8"))
    assert saved["presentation_screen"] == "Laptop"


@pytest.mark.slow
def test_present_on_one_screen(tmp_path):
    report = _run(tmp_path, [_screen("Only", 0, 1920, 1080, 1.0)])
    _walks_every_stop(report)
    assert report["audience_screen"] == "Only"
    assert report["audience_full_screen"]
    assert report["console_screen"] is None
