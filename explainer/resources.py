"""Where the bundled sample forms and annotation sets live.

In a source checkout (or an editable install) they are the repository's ``assets/`` and
``annotations/`` folders; in a wheel they are copied into ``explainer/_data/``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    packaged = _PACKAGE / "_data" / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / name


def forms_dir() -> Path:
    """The sample PDFs and their ``*.form.json`` descriptions."""
    return _bundled("assets") / "forms"


def annotations_dir() -> Path:
    """The bundled annotation sets (``*.json``) and the state-law table."""
    return _bundled("annotations")


def schema_dir() -> Path:
    return annotations_dir() / "schema"
