"""Regenerate the sample forms in assets/forms/: ``python tools/build_forms.py [FOLDER] [--only ID ...]``.

The form generator (``tools/formgen/``) is a build tool: it draws the facsimiles once, here, and the app
only ever reads the PDFs and descriptions it wrote. A test rebuilds them and compares.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.formgen.__main__ import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
