"""``python tools/build_forms.py [FOLDER] [--only ID ...]``: regenerate the sample forms."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from explainer.resources import forms_dir

from . import FORMS, build_all


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/build_forms.py", description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, default=forms_dir(), help="output folder")
    parser.add_argument("--only", nargs="*", choices=[f.id for f in FORMS], help="build only these forms")
    args = parser.parse_args(argv)
    for path in build_all(args.folder, args.only):
        sys.stdout.write(f"wrote {path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
