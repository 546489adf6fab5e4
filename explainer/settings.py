"""User settings: a small pydantic model, read tolerantly and written atomically. No Qt here.

A missing, corrupt or partly wrong settings file never stops the app: what can be read is kept, the
rest falls back to defaults, and a warning says what was dropped. Keys this version does not know
(written by a newer version, or by another part of the app) are kept and written back unchanged.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from . import paths
from .model import JURISDICTIONS, NATIONAL

MAX_RECENT = 10


class Settings(BaseModel):
    model_config = ConfigDict(extra="allow", validate_assignment=True)

    jurisdiction: str = NATIONAL
    recent_files: list[str] = Field(default_factory=list)
    remember_recent: bool = True
    window_geometry: str | None = Field(default=None, description="QMainWindow.saveGeometry(), base64.")
    window_state: str | None = Field(default=None, description="QMainWindow.saveState(), base64.")
    last_form: str | None = None
    zoom_mode: str = Field(default="fit-width", description="'fit-width', 'fit-page' or a zoom factor like '1.5'.")
    presentation_screen: str | None = None
    disclaimer_shown: bool = Field(default=False, description="The first-run disclaimer has been shown once.")

    @field_validator("jurisdiction")
    @classmethod
    def _known(cls, code: str) -> str:
        code = code.upper()
        if code != NATIONAL and code not in JURISDICTIONS:
            raise ValueError(f"{code!r} is not a USPS code or {NATIONAL!r}")
        return code

    def add_recent(self, path: Path | str) -> None:
        if not self.remember_recent:
            return
        item = str(Path(path).resolve())
        self.recent_files = [item, *[p for p in self.recent_files if p != item]][:MAX_RECENT]

    def clear_recent(self) -> None:
        self.recent_files = []


def _warn(message: str) -> None:
    sys.stderr.write(f"detainer-explainer: settings: {message}" + "\n")


def load(path: Path | None = None) -> Settings:
    """Read the settings file; anything unreadable falls back to its default with a warning."""
    path = path or paths.settings_file()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as exc:
        _warn(f"cannot read {path} ({exc}); using defaults")
        return Settings()
    try:
        data: Any = json.loads(raw)
    except json.JSONDecodeError as exc:
        _warn(f"{path}:{exc.lineno}:{exc.colno}: invalid JSON ({exc.msg}); using defaults")
        return Settings()
    if not isinstance(data, dict):
        _warn(f"{path}: expected a JSON object; using defaults")
        return Settings()
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        bad = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
        for name in sorted(bad):
            _warn(f"{path}: {name}: invalid value {data.get(name)!r}; using the default")
        kept = {k: v for k, v in data.items() if k not in bad}
        try:
            return Settings.model_validate(kept)
        except ValidationError:
            return Settings()


def save(settings: Settings, path: Path | None = None) -> None:
    """Write atomically; an unwritable folder gives a warning, not a crash."""
    path = path or paths.settings_file()
    data = settings.model_dump(mode="json")
    if not settings.remember_recent:
        data["recent_files"] = []
    try:
        paths.atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        _warn(f"cannot write {path} ({exc})")
