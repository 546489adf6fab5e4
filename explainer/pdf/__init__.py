"""Everything that touches PyMuPDF lives in this package, and nothing outside it imports ``pymupdf``.

Modules: ``document`` (open, page sizes, text search, render to QImage), ``formgen`` (draws the
sample forms), and the PDF writers for handouts and memos.
"""
