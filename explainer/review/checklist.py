"""The attorney's review checklist for one client document: a status and a note per annotation.

Kept per document, keyed by the SHA-256 of the document's bytes (the file name says nothing about
the client), in ``paths.reviews_dir()``, and always written atomically: a crash or a kill at any
moment leaves the last saved state or the one before, never a broken file. "Forget this document"
deletes all of it. Qt-free; the review dock saves with a short debounce while the user types.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .. import paths
from ..model import NATIONAL

Status = Literal["not-reviewed", "issue", "fine", "not-applicable"]

STATUS_LABELS: dict[str, str] = {
    "not-reviewed": "Not reviewed",
    "issue": "Issue found",
    "fine": "Looks fine",
    "not-applicable": "Not applicable",
}
STATUSES: tuple[Status, ...] = ("not-reviewed", "issue", "fine", "not-applicable")


class Entry(BaseModel):
    model_config = ConfigDict(extra="ignore")

    status: Status = "not-reviewed"
    note: str = ""

    @property
    def empty(self) -> bool:
        return self.status == "not-reviewed" and not self.note.strip()


class Checklist(BaseModel):
    """Everything kept about one document's review."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    version: Literal[1] = 1
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    form_id: str | None = None
    edition: str | None = None
    set_id: str | None = None
    heading: str = Field(default="", description="The memo's heading; empty unless the user types one.")
    jurisdiction: str = NATIONAL
    general_notes: str = ""
    entries: dict[str, Entry] = Field(default_factory=dict)
    alignment: dict[str, list[float]] = Field(
        default_factory=dict, description="Page number -> the approximate markers' alignment (a b c d e f)."
    )
    turns: int = Field(default=0, ge=0, le=3, description="Quarter turns (clockwise) the pages are shown with.")
    updated: str = ""

    # -- editing ---------------------------------------------------------------------------------

    def entry(self, annotation_id: str) -> Entry:
        return self.entries.get(annotation_id) or Entry()

    def set_status(self, annotation_id: str, status: Status) -> None:
        self._put(annotation_id, self.entry(annotation_id).model_copy(update={"status": status}))

    def set_note(self, annotation_id: str, note: str) -> None:
        self._put(annotation_id, self.entry(annotation_id).model_copy(update={"note": note}))

    def _put(self, annotation_id: str, entry: Entry) -> None:
        entries = dict(self.entries)
        if entry.empty:
            entries.pop(annotation_id, None)
        else:
            entries[annotation_id] = entry
        self.entries = entries

    def findings(self, order: list[str] | None = None) -> list[str]:
        """Ids marked "issue found", in ``order`` (the annotation set's) when given."""
        marked = [i for i, e in self.entries.items() if e.status == "issue"]
        if order is None:
            return marked
        rank = {ident: n for n, ident in enumerate(order)}
        return sorted(marked, key=lambda i: rank.get(i, len(rank)))

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = dict.fromkeys(STATUSES, 0)
        for entry in self.entries.values():
            out[entry.status] += 1
        return out

    def to_json(self) -> str:
        return json.dumps(self.model_dump(mode="json"), indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def checklist_path(sha256: str) -> Path:
    return paths.reviews_dir() / f"{sha256}.json"


def _warn(message: str) -> None:
    sys.stderr.write(f"detainer-explainer: review: {message}\n")


def load(sha256: str) -> Checklist:
    """The saved checklist for the document with this hash, or a fresh one.

    A file that cannot be read is moved aside (``.unreadable``), not deleted, with a warning.
    """
    path = checklist_path(sha256)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Checklist(sha256=sha256)
    except (OSError, UnicodeDecodeError) as exc:
        _warn(f"cannot read {path} ({exc}); starting a new checklist")
        return Checklist(sha256=sha256)
    try:
        loaded = Checklist.model_validate_json(text)
        if loaded.sha256 != sha256:
            raise ValueError("the file belongs to another document")
        return loaded
    except (ValidationError, ValueError) as exc:
        aside = path.with_suffix(".unreadable")
        with contextlib.suppress(OSError):
            path.replace(aside)
        _warn(f"{path} is damaged ({str(exc).splitlines()[0]}); kept as {aside.name}, starting a new checklist")
        return Checklist(sha256=sha256)


def save(checklist: Checklist) -> Path:
    """Write atomically (temp file, fsync, rename). Stamps ``updated``."""
    checklist.updated = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    path = checklist_path(checklist.sha256)
    paths.atomic_write_text(path, checklist.to_json())
    return path


def exists(sha256: str) -> bool:
    return checklist_path(sha256).is_file()


def forget(sha256: str) -> list[Path]:
    """Delete everything kept about this document: its checklist, a set-aside copy, stray temp files."""
    folder = paths.reviews_dir()
    name = f"{sha256}.json"
    doomed = [folder / name, folder / f"{sha256}.unreadable", *folder.glob(f".{name}.*.tmp")]
    removed = []
    for path in doomed:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    return removed
