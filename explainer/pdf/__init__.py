"""Everything that touches PyMuPDF lives in this package, and nothing outside it imports ``pymupdf``.

Modules: ``document`` (open a PDF or image: page sizes, words, search, display turns; no Qt),
``render`` (a page into a QImage: the only Qt here), ``story`` (HTML flowed over pages), ``stamp``
(form pages under numbered callouts, joining, footers), ``readback`` (a written PDF's text or a page
as PNG) and ``watermark`` (text extraction without the sample forms' watermark). What the handouts
and memos *say* is written by their features (``explainer.handout``, ``explainer.review``).
"""
