"""Turn a :class:`FormSpec` into PDF bytes plus its form description, and write them to a folder."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from explainer.model import FormDescription

from .layout import PAGE_H, PAGE_W, FormWriter

SCHEMA_REF = "../../annotations/schema/form-description.schema.json"


@dataclass(frozen=True)
class FormSpec:
    """Everything about one sample PDF except its drawing, which ``draw`` does onto a FormWriter."""

    id: str
    form_number: str
    title: str
    edition: str
    footer: str
    draw: Callable[[FormWriter], None]
    fingerprints: list[str]
    notes: list[str]
    kind: str = "blank"
    base_form: str | None = None
    required_regions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class BuiltForm:
    spec: FormSpec
    pdf: bytes
    description: FormDescription

    def description_json(self) -> str:
        data = self.description.model_dump(mode="json", by_alias=True, exclude_none=True)
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def build(spec: FormSpec) -> BuiltForm:
    writer = FormWriter(spec.footer)
    spec.draw(writer)
    pdf = writer.finish(title=f"{spec.form_number}: {spec.title} (sample facsimile)", subject=spec.id)
    missing = [name for name in spec.required_regions if name not in writer.region_names()]
    if missing:
        raise ValueError(f"{spec.id}: regions not drawn: {', '.join(missing)}")
    regions = [
        {
            "name": r.name,
            "label": r.label,
            "page": r.page,
            "rect": [round(v, 1) for v in r.rect],
            "provenance": r.provenance,
            **({"note": r.note} if r.note else {}),
        }
        for r in writer.regions
        if r.rect is not None
    ]
    regions.sort(key=lambda r: (r["page"], r["rect"][1], r["rect"][0], r["name"]))
    description = FormDescription.model_validate(
        {
            "$schema": SCHEMA_REF,
            "id": spec.id,
            "form_number": spec.form_number,
            "title": spec.title,
            "edition": spec.edition,
            "kind": spec.kind,
            "base_form": spec.base_form,
            "pdf": f"{spec.id}.pdf",
            "page_count": len(writer.sheets),
            "page_size": [PAGE_W, PAGE_H],
            "fingerprints": spec.fingerprints,
            "notes": spec.notes,
            "regions": regions,
        }
    )
    return BuiltForm(spec, pdf, description)


def write(built: BuiltForm, folder: Path) -> list[Path]:
    """Write ``<id>.pdf`` and ``<id>.form.json`` into ``folder``; returns both paths."""
    folder.mkdir(parents=True, exist_ok=True)
    pdf_path = folder / f"{built.spec.id}.pdf"
    json_path = folder / f"{built.spec.id}.form.json"
    pdf_path.write_bytes(built.pdf)
    json_path.write_text(built.description_json(), encoding="utf-8")
    return [pdf_path, json_path]
