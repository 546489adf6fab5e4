"""User settings: a small pydantic model, read tolerantly and written atomically. No Qt here.

A missing, corrupt or partly wrong settings file never stops the app: what can be read is kept, the
rest falls back to defaults, and a warning says what was dropped. Keys this version does not know
(written by a newer version, or by another part of the app) are kept and written back unchanged.

In the app, :class:`SettingsStore` is the one writer: every change goes through
:meth:`SettingsStore.update` (validated, saved at once, atomically) and every subscriber hears which
settings changed. Nobody else saves settings.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from . import paths
from .model import JURISDICTIONS, NATIONAL

MAX_RECENT = 10


class Settings(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)

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


Subscriber = Callable[[frozenset[str]], None]


class SettingsStore:
    """The app's settings: read them through :attr:`current`, change them only with :meth:`update`."""

    def __init__(self, initial: Settings | None = None, path: Path | None = None) -> None:
        self._path = path
        self._current = initial.model_copy(deep=True) if initial is not None else load(path)
        self._subscribers: list[Subscriber] = []

    @property
    def current(self) -> Settings:
        """A copy: changing it changes nothing (use :meth:`update`)."""
        return self._current.model_copy(deep=True)

    def subscribe(self, subscriber: Subscriber) -> None:
        """Call ``subscriber(names)`` after every change, with the names of the settings that changed."""
        self._subscribers.append(subscriber)

    def update(self, **changes: Any) -> frozenset[str]:
        """Change settings, save them and tell subscribers; the names that actually changed.

        Invalid values raise ``ValueError`` (pydantic's ValidationError) and change nothing."""
        before = self._current.model_dump()
        candidate = Settings.model_validate({**before, **changes})
        changed = frozenset(k for k, v in candidate.model_dump().items() if before.get(k) != v)
        if not changed:
            return changed
        self._current = candidate
        save(candidate, self._path)
        for subscriber in list(self._subscribers):
            subscriber(changed)
        return changed

    def add_recent(self, path: Path | str) -> None:
        s = self._current
        if not s.remember_recent:
            return
        item = str(Path(path).resolve())
        self.update(recent_files=[item, *[p for p in s.recent_files if p != item]][:MAX_RECENT])

    def forget_recent(self, path: Path | str | None = None) -> None:
        """Take ``path`` out of Recent files (all of them with None)."""
        if path is None:
            self.update(recent_files=[])
            return
        gone = str(Path(path).resolve())
        self.update(recent_files=[p for p in self._current.recent_files if p != gone])
