"""Draws the sample detainer forms (facsimiles, fictitious data) and their form descriptions.

``build_all(folder)`` regenerates every PDF and ``*.form.json`` of ``assets/forms/``;
``build(spec(form_id))`` returns one form's bytes and description without writing anything.
"""

from __future__ import annotations

from pathlib import Path

from .build import BuiltForm, FormSpec, build, write
from .catalog import FORMS, spec

__all__ = ["FORMS", "BuiltForm", "FormSpec", "build", "build_all", "spec", "write"]


def build_all(folder: Path, form_ids: list[str] | None = None) -> list[Path]:
    """Build the named forms (all by default) into ``folder``; returns the files written."""
    written: list[Path] = []
    for form in FORMS:
        if form_ids is None or form.id in form_ids:
            written += write(build(form), folder)
    return written
