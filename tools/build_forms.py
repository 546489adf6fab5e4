"""Regenerate the sample forms in assets/forms/ (same as ``python -m explainer.pdf.formgen``)."""

from __future__ import annotations

import sys

from explainer.pdf.formgen.__main__ import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
