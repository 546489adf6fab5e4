"""``detainer-explainer handout``: print a handout (or a worksheet) for a bundled form."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ..forms_lookup import find_form
from ..model import JURISDICTIONS, NATIONAL, Annotation, AnnotationSet, FormDescription
from ..store import Library, load_library


def matches(ann: Annotation, text: str) -> bool:
    """Does an annotation match a filter text (every word, in its title, summary, body, category or tags)?"""
    haystack = " ".join([ann.id, ann.title, ann.summary, ann.body, ann.category, *ann.tags]).casefold()
    return all(word in haystack for word in text.casefold().split())


def parse_state(value: str | None) -> str | None:
    if value is None or value.strip().upper() in (NATIONAL, "NATIONAL", ""):
        return None
    code = value.strip().upper()
    if code not in JURISDICTIONS:
        raise ValueError(f"unknown jurisdiction {value!r}; expected a USPS code such as IL, CA, DC, PR, or US")
    return code


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="detainer-explainer handout",
        description="Export a handout PDF: the form with numbered callouts, then every point explained.",
    )
    p.add_argument("--form", required=True, help="form id or number, e.g. i-247a or I-247A")
    p.add_argument("--set", dest="set_id", help="annotation set id (default: the form's first set)")
    p.add_argument("--annotations", type=Path, action="append", default=[], help="extra annotation set file")
    p.add_argument("--state", help="add each point's note for this jurisdiction (USPS code, e.g. IL)")
    p.add_argument("--worksheet", action="store_true", help="ruled blank lines instead of the explanations")
    p.add_argument("--filter", default="", help="only the points matching this text")
    p.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    return p


def _pick_set(lib: Library, form: FormDescription, set_id: str | None) -> AnnotationSet | None:
    sets = lib.sets_for(form.id)
    if set_id is None:
        return sets[0] if sets else None
    return next((s for s in sets if s.id == set_id), None)


def main(argv: Sequence[str]) -> int:
    args = _parser().parse_args(list(argv))
    err = sys.stderr.write
    try:
        state = parse_state(args.state)
    except ValueError as exc:
        err(f"detainer-explainer handout: {exc}\n")
        return 2
    lib = load_library(args.annotations)
    for problem in lib.problems:
        err(f"{problem}\n")
    form = find_form(lib, args.form)
    if form is None:
        err(f"detainer-explainer handout: no form {args.form!r}; known: {', '.join(sorted(lib.forms)) or 'none'}\n")
        return 2
    aset = _pick_set(lib, form, args.set_id)
    if aset is None:
        err(
            f"detainer-explainer handout: no annotation set{f' {args.set_id!r}' if args.set_id else ''} "
            f"for form {form.id!r}\n"
        )
        return 2
    stops = [a for a in aset.annotations if matches(a, args.filter)] if args.filter else list(aset.annotations)
    if not stops:
        err(f"detainer-explainer handout: no point matches {args.filter!r}\n")
        return 2

    from .placing import callouts_for
    from .writer import HandoutRequest, export_handout

    pdf = lib.pdf_path(form.id)
    request = HandoutRequest(
        source=pdf,
        annotation_set=aset,
        stops=stops,
        callouts=callouts_for(pdf, form, stops),
        state=state,
        worksheet=args.worksheet,
        form_label=f"{form.form_number} ({form.edition}) — {form.title}",
        filter_text=args.filter,
        state_row=lib.jurisdictions.row(state) if lib.jurisdictions is not None and state else None,
    )

    def progress(done: int, total: int, what: str) -> bool:
        if sys.stderr.isatty():
            err(f"\r{done}/{total} {what[:60]:<60}")
        return True

    try:
        pages = export_handout(request, args.output, progress)
    except OSError as exc:
        err(f"\ndetainer-explainer handout: cannot write {args.output}: {exc.strerror or exc}\n")
        return 1
    if sys.stderr.isatty():
        err("\n")
    sys.stdout.write(f"{args.output}: {pages} pages, {len(stops)} points\n")
    return 0
