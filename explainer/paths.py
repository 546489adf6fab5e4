"""Every user folder the app reads or writes, and the one way it writes user files.

All user paths come from here (platformdirs), with one override: if ``EXPLAINER_HOME`` is set, every
folder lives under it (the tests set it so they never touch a real user's files).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import platformdirs

APP_NAME = "detainer-explainer"
HOME_ENV = "EXPLAINER_HOME"


def _base(kind: str) -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override) / kind
    if kind == "config":
        return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return _base("config")


def data_dir() -> Path:
    return _base("data")


def settings_file() -> Path:
    return config_dir() / "settings.json"


def user_annotations_dir() -> Path:
    """Annotation sets the user adds; every ``*.json`` here is loaded at start-up."""
    return data_dir() / "annotations"


def reviews_dir() -> Path:
    """Per-document review checklists, keyed by content hash."""
    return data_dir() / "reviews"


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old file or the new one, never a mix.

    Temp file in the same folder, fsync, rename over the target, fsync the folder. A failure before
    the rename leaves the old file untouched and removes the temp file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    with contextlib.suppress(OSError):  # not every platform lets you open a folder
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))
