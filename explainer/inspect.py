"""``detainer-explainer inspect FILE``: which form a document is and where every annotation lands on it.

Prints a table (or ``--json``): the identified form and edition, then per annotation its page, rect
(PDF points, origin top-left), the anchor that placed it, how it was found and whether it is
approximate, then the annotations that could not be placed, each with the reason.

``placement`` is the kind of anchor: ``region`` (a named part of the form), ``text`` (a quote found in
the document's text), ``rect`` (page + rect) or ``unplaced``. ``method`` says how it was found:
``region-text`` (the region's printed words found on the document), ``mapped`` (through the page's
map), ``position`` (by position on the page, approximate: no text), ``text``.

A file that holds several forms (an I-247A followed by its I-200 or I-205) gets an ``attached`` list
(form, number, edition, pages, annotation set) and a ``form`` key on every annotation; each form's
annotations are placed on its own pages only.

Exit status: 0 when a form was identified (or given with ``--form``) and placed; 1 when no form
could be identified (e.g. a photo with no text layer: give ``--form``); 2 when the file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import store


def _anchor_kind(spot: Any) -> str:
    """The kind of anchor that placed a spot: ``region``, ``text`` or ``rect`` (``method`` says how it was found)."""
    if spot.method == "text":
        return "text"
    return "region" if spot.region else "rect"


def _report(review: Any, pages: int) -> dict[str, Any]:
    form = review.form
    out: dict[str, Any] = {
        "file": str(review.path),
        "form": form.id if form else None,
        "form_number": form.form_number if form else None,
        "edition": form.edition if form else None,
        "pages": pages,
        "has_text": review.identification.has_text,
        "identification": review.identification.message,
        "annotation_set": review.annotation_set.id if review.annotation_set else None,
        "annotations": [],
        "not_placed": [],
    }
    if review.attached:
        out["attached"] = [
            {
                "form": part.form.id,
                "form_number": part.form.form_number,
                "edition": part.form.edition,
                "pages": list(part.pages),
                "annotation_set": part.annotation_set.id,
            }
            for part in review.attached
        ]
    if review.layout is None:
        return out
    several = bool(review.attached)  # then each annotation names its form
    for ident, placed in review.placements().items():
        form_key = {"form": review.form_of(ident).id} if several else {}
        if not placed.placed:
            out["not_placed"].append({"id": ident, "reason": placed.reason, **form_key})
            out["annotations"].append(
                {"id": ident, "page": None, "rect": None, "placement": "unplaced", "approximate": False, **form_key}
            )
            continue
        out["annotations"].append(
            {
                **form_key,
                "id": ident,
                "page": placed.page,
                "rect": [round(v, 2) for v in placed.bounds],
                "placement": _anchor_kind(placed.spots[0]),
                "method": placed.method,
                "approximate": placed.approximate,
                "areas": [
                    {
                        "page": s.page,
                        "rects": [[round(v, 2) for v in r] for r in s.rects],
                        "placement": _anchor_kind(s),
                        "method": s.method,
                    }
                    for s in placed.spots
                ],
            }
        )
    return out


def _print_table(report: dict[str, Any]) -> None:
    out = sys.stdout.write
    out(f"{report['file']}: {report['pages']} page(s), text layer: {'yes' if report['has_text'] else 'no'}\n")
    if report["form"] is None:
        out(f"Form: not identified. {report['identification']}\n")
        return
    out(f"Form: {report['form_number']} ({report['form']}), edition {report['edition']}. {report['identification']}\n")
    if report["annotation_set"] is None:
        out("No annotation set for this form.\n")
        return
    out(f"Annotation set: {report['annotation_set']}\n")
    for part in report.get("attached", []):
        pages = ", ".join(str(n) for n in part["pages"])
        out(f"Also in this file: {part['form_number']} ({part['form']}), page(s) {pages}: ")
        out(f"annotation set {part['annotation_set']}\n")
    out("\n")
    out(f"{'id':36} {'page':>4}  {'rect (x0, y0, x1, y1)':32} {'method':12} approximate\n")
    for row in report["annotations"]:
        if row["placement"] == "unplaced":
            continue
        rect = "(" + ", ".join(f"{v:.1f}" for v in row["rect"]) + ")"
        approximate = "yes" if row["approximate"] else "no"
        out(f"{row['id']:36} {row['page']:>4}  {rect:32} {row['placement']:12} {approximate}\n")
    out(f"\nNot placed ({len(report['not_placed'])}):\n")
    for row in report["not_placed"]:
        out(f"  {row['id']}: {row['reason']}\n")


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="detainer-explainer inspect",
        description="Identify a document's form and report where every annotation lands on it.",
    )
    parser.add_argument("file", type=Path, help="a PDF or an image (PNG, JPEG, TIFF)")
    parser.add_argument("--form", help="the form it is (id or number, e.g. I-247A), if it cannot be recognised")
    parser.add_argument("--annotations", type=Path, action="append", default=[], help="extra annotation set file")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)

    from .forms_lookup import find_form
    from .pdf.document import Document, DocumentError
    from .review.session import start_review

    lib = store.load_library(args.annotations)
    asked = {path.resolve() for path in args.annotations}
    for problem in lib.problems:  # only those of the files named on the command line
        if problem.path.resolve() in asked:
            sys.stderr.write(f"{problem}\n")
    if args.form and find_form(lib, args.form) is None:
        sys.stderr.write(f"unknown form {args.form!r}; known: {', '.join(sorted(lib.forms))}\n")
        return 2
    try:
        document = Document(args.file)
    except DocumentError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    with document:
        review = start_review(lib, args.file, document, form_id=args.form)
        report = _report(review, document.page_count)
    if args.json:
        sys.stdout.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    else:
        _print_table(report)
    return 0 if review.form is not None else 1
