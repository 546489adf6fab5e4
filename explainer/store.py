"""Read and validate the JSON files: form descriptions, annotation sets, the state-law table.

No Qt here. A bad file never raises: it becomes a :class:`Problem` naming the file, where in it
(line:column for broken JSON, a field path for a wrong or missing field) and what was expected,
and every other file still loads.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from . import jsonpos, resources
from .gcpause import paused_gc
from .model import AnnotationSet, FormDescription, JurisdictionTable

M = TypeVar("M", bound=BaseModel)

FORM_SUFFIX = ".form.json"
JURISDICTIONS_FILE = "jurisdictions.json"
SCHEMA_FILES: dict[str, type[BaseModel]] = {
    "annotation-set.schema.json": AnnotationSet,
    "form-description.schema.json": FormDescription,
    "jurisdictions.schema.json": JurisdictionTable,
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file."""

    path: Path
    location: str  # "12:5" (line:column in the file) where known, else ""
    message: str
    field: str = ""  # the field path, e.g. "annotations[3](id 'box1-c').authorities[0].as_of"

    def __str__(self) -> str:
        """``FILE:LINE:COL: field.path: message``, leaving out the parts that are not known."""
        where = f"{self.path}:{self.location}" if self.location else str(self.path)
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


@dataclass
class Library:
    """Everything loaded at start-up: forms by id, annotation sets by form id, the state table, problems."""

    forms: dict[str, FormDescription] = field(default_factory=dict)
    form_dirs: dict[str, Path] = field(default_factory=dict)
    sets: dict[str, list[AnnotationSet]] = field(default_factory=dict)
    set_paths: dict[str, Path] = field(default_factory=dict)
    jurisdictions: JurisdictionTable | None = None
    problems: list[Problem] = field(default_factory=list)

    def pdf_path(self, form_id: str) -> Path:
        return self.form_dirs[form_id] / self.forms[form_id].pdf

    def sets_for(self, form_id: str) -> list[AnnotationSet]:
        return self.sets.get(form_id, [])

    def find_set(self, set_id: str) -> AnnotationSet | None:
        return next((s for sets in self.sets.values() for s in sets if s.id == set_id), None)


def _format_loc(loc: Sequence[int | str], data: Any) -> str:
    """Turn pydantic's loc tuple into ``annotations[3].authorities[0].as_of``, naming ids where known."""
    out = ""
    node = data
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            try:
                node = node[part]
            except (IndexError, KeyError, TypeError):
                node = None
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                out += f"(id {node['id']!r})"
        else:
            out += f".{part}" if out else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out


def _expected(err: Any) -> str:
    msg = str(err["msg"])
    if err["type"] == "missing":
        return "required field is missing"
    if err["type"] == "extra_forbidden":
        return "unknown field (check the spelling; see the JSON Schema)"
    if err["type"] == "literal_error":
        return f"expected {msg.removeprefix('Input should be ')}"
    return msg.removeprefix("Value error, ")


def _read(path: Path) -> tuple[str | None, list[Problem]]:
    try:
        return path.read_text(encoding="utf-8"), []
    except UnicodeDecodeError as exc:
        return None, [Problem(path, "", f"not UTF-8 text (byte {exc.start})")]
    except OSError as exc:
        return None, [Problem(path, "", f"cannot read: {exc.strerror or exc}")]


def validate(path: Path, data: Any, model: type[M], text: str | None = None) -> tuple[M | None, list[Problem]]:
    """Validate parsed JSON; with the file's ``text``, each problem also gets its line:column."""
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        offsets = jsonpos.value_offsets(text) if text is not None else {}
        problems = [
            Problem(
                path,
                jsonpos.locate(text, offsets, e["loc"]) if text is not None else "",
                _expected(e),
                field=_format_loc(e["loc"], data),
            )
            for e in exc.errors()
        ]
        return None, problems


def _load(path: Path, model: type[M]) -> tuple[M | None, list[Problem], str | None]:
    text, problems = _read(path)
    if text is None:
        return None, problems, None
    with paused_gc():  # thousands of long-lived objects at once: collect once afterwards, not throughout
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            return None, [Problem(path, f"{exc.lineno}:{exc.colno}", f"invalid JSON: {exc.msg}")], None
        obj, problems = validate(path, data, model, text)
    return obj, problems, text


def load_file(path: Path, model: type[M]) -> tuple[M | None, list[Problem]]:
    obj, problems, _ = _load(path, model)
    return obj, problems


def _inside(folder: Path, relative: str) -> bool:
    try:
        (folder / relative).resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def load_forms(folder: Path, lib: Library) -> None:
    for path in sorted(folder.glob(f"*{FORM_SUFFIX}")):
        form, problems = load_file(path, FormDescription)
        lib.problems.extend(problems)
        if form is None:
            continue
        if not _inside(folder, form.pdf):
            lib.problems.append(
                Problem(path, "pdf", f"{form.pdf!r} points outside {folder}; expected a file beside it")
            )
        elif not (folder / form.pdf).is_file():
            lib.problems.append(Problem(path, "pdf", f"{form.pdf!r} not found beside the description"))
        elif form.id in lib.forms:
            lib.problems.append(Problem(path, "id", f"form id {form.id!r} is already used by another description"))
        else:
            lib.forms[form.id] = form
            lib.form_dirs[form.id] = folder


def add_set_file(path: Path, lib: Library) -> AnnotationSet | None:
    """Load one annotation set into ``lib``; a problem is recorded instead if it is bad."""
    aset, problems, text = _load(path, AnnotationSet)
    lib.problems.extend(problems)
    if aset is None or text is None:
        return None

    def problem(loc: tuple[int | str, ...], message: str) -> Problem:
        # Positions are worked out only when something is wrong: the happy path stays off start-up's clock.
        offsets = jsonpos.value_offsets(text)
        return Problem(path, jsonpos.locate(text, offsets, loc), message, field=_format_loc(loc, json.loads(text)))

    form = lib.forms.get(aset.form.id)
    if form is None:
        known = ", ".join(sorted(lib.forms)) or "none loaded"
        lib.problems.append(problem(("form", "id"), f"unknown form {aset.form.id!r}; expected one of: {known}"))
        return None
    if aset.id in lib.set_paths:
        lib.problems.append(
            problem(("id",), f"annotation set id {aset.id!r} is already loaded from {lib.set_paths[aset.id]}")
        )
        return None
    region_names = {r.name for r in form.regions}
    ids = {a.id for a in aset.annotations}
    for i, ann in enumerate(aset.annotations):
        for j, anchor in enumerate(ann.anchors):
            if anchor.region is not None and anchor.region not in region_names:
                loc: tuple[int | str, ...] = (
                    ("annotations", i, "anchor") if j == 0 else ("annotations", i, "extra_anchors", j - 1)
                )
                lib.problems.append(problem((*loc, "region"), f"no region {anchor.region!r} on form {form.id!r}"))
        for k, other in enumerate(ann.see_also):
            if other not in ids:
                lib.problems.append(problem(("annotations", i, "see_also", k), f"no annotation {other!r} in this set"))
    if aset.form.edition != form.edition:
        lib.problems.append(
            problem(("form", "edition"), f"set is for edition {aset.form.edition!r}; the form is {form.edition!r}")
        )
    lib.sets.setdefault(aset.form.id, []).append(aset)
    lib.set_paths[aset.id] = path
    return aset


def annotation_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [p for p in sorted(folder.glob("*.json")) if p.name != JURISDICTIONS_FILE]


def load_library(
    extra_sets: Iterable[Path] = (),
    *,
    forms_folder: Path | None = None,
    bundled_sets: Path | None = None,
    user_sets: Path | None = None,
) -> Library:
    """Load the bundled forms, the bundled and user annotation sets, the state table and ``extra_sets``."""
    from .paths import user_annotations_dir

    lib = Library()
    load_forms(forms_folder or resources.forms_dir(), lib)
    bundled = bundled_sets or resources.annotations_dir()
    table_path = bundled / JURISDICTIONS_FILE
    if table_path.is_file():
        table, problems = load_file(table_path, JurisdictionTable)
        lib.jurisdictions = table
        lib.problems.extend(problems)
    for path in [*annotation_files(bundled), *annotation_files(user_sets or user_annotations_dir()), *extra_sets]:
        add_set_file(Path(path), lib)
    return lib


def schema_text(model: type[BaseModel]) -> str:
    schema = model.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    from .paths import atomic_write_text

    written = []
    for name, model in SCHEMA_FILES.items():
        target = folder / name
        atomic_write_text(target, schema_text(model))
        written.append(target)
    return written
