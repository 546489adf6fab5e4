"""Command line: ``detainer-explainer [options]`` opens the window; subcommands need no window.

Subcommands:
  validate FILE...      check annotation sets, form descriptions or the state table; exit 1 on problems
  schema                print the JSON Schema generated from the models (--write, --check)
  inspect FILE          report where every annotation lands on a document
  handout ...           export a handout PDF for a form (see ``handout --help``)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__


def _validate(argv: Sequence[str]) -> int:
    from . import resources, store
    from .model import FormDescription, JurisdictionTable

    parser = argparse.ArgumentParser(prog="detainer-explainer validate", description="Validate JSON files.")
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    lib = store.Library()
    store.load_forms(resources.forms_dir(), lib)  # sets are checked against the bundled forms
    lib.problems.clear()  # report only on the files asked about
    ok = 0
    for path in args.files:
        before = len(lib.problems)
        if path.name.endswith(store.FORM_SUFFIX):
            lib.problems.extend(store.load_file(path, FormDescription)[1])
        elif path.name == store.JURISDICTIONS_FILE:
            lib.problems.extend(store.load_file(path, JurisdictionTable)[1])
        else:
            store.add_set_file(path, lib)
        if len(lib.problems) == before:
            ok += 1
    for problem in lib.problems:
        print(problem)  # FILE:LINE:COL: field.path: message
    print(f"{ok} of {len(args.files)} file(s) valid", file=sys.stderr)
    return 1 if lib.problems else 0


def _schema(argv: Sequence[str]) -> int:
    from . import resources, store

    parser = argparse.ArgumentParser(
        prog="detainer-explainer schema",
        description="Print the JSON Schema of an annotation set (generated from the models).",
    )
    parser.add_argument(
        "--kind",
        choices=["annotation-set", "form-description", "jurisdictions"],
        default="annotation-set",
        help="which schema to print",
    )
    parser.add_argument("--write", action="store_true", help="write all schemas into the bundled annotations/schema")
    parser.add_argument("--check", action="store_true", help="exit 1 if a committed schema is out of date")
    parser.add_argument("--out", type=Path, default=None, help="folder for --write/--check (default: bundled)")
    args = parser.parse_args(argv)
    folder = args.out or resources.schema_dir()
    if args.check:
        stale = [
            name
            for name, model in store.SCHEMA_FILES.items()
            if not (folder / name).is_file() or (folder / name).read_text(encoding="utf-8") != store.schema_text(model)
        ]
        for name in stale:
            print(f"{folder / name}: out of date; run `detainer-explainer schema --write`", file=sys.stderr)
        return 1 if stale else 0
    if args.write:
        for path in store.write_schemas(folder):
            print(path)
        return 0
    sys.stdout.write(store.schema_text(store.SCHEMA_FILES[f"{args.kind}.schema.json"]))
    return 0


def _lazy(module: str, func: str = "main") -> Callable[[Sequence[str]], int]:
    def run(argv: Sequence[str]) -> int:
        import importlib

        return int(getattr(importlib.import_module(module), func)(argv))

    return run


SUBCOMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "validate": _validate,
    "schema": _schema,
    "inspect": _lazy("explainer.inspect"),
    "handout": _lazy("explainer.handout.cli"),
}


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="detainer-explainer",
        description="Show ICE detainer forms with numbered markers and explain each one. "
        f"Subcommands: {', '.join(SUBCOMMANDS)} (each has --help).",
    )
    parser.add_argument("document", nargs="?", type=Path, help="a PDF or image to open")
    parser.add_argument("--form", help="bundled form id or number to open (e.g. I-247A, scenario-a-database-only)")
    parser.add_argument("--annotations", type=Path, action="append", default=[], help="extra annotation set file")
    parser.add_argument("--state", help="jurisdiction: USPS code (IL, CA, ...) or US for national")
    parser.add_argument("--select", metavar="ANNOTATION_ID", help="select and show this annotation (a deep link)")
    parser.add_argument("--present", action="store_true", help="start in presentation mode")
    parser.add_argument(
        "--reveal", action="store_true", help="with --present: markers hidden, each 'next' reveals one (exercises)"
    )
    parser.add_argument(
        "--windowed", action="store_true", help="with --present: ordinary windows, for sharing one over a video call"
    )
    parser.add_argument("--screenshot", type=Path, help="render the window to this PNG and exit")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        return SUBCOMMANDS[argv[0]](argv[1:])
    args = gui_parser().parse_args(argv)
    from .app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
