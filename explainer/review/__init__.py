"""Reviewing a client's own detainer: identify the form, place its annotations, keep a checklist, write a memo.

Everything here is Qt-free; the review dock in ``explainer.ui.review_dock`` shows it.
"""
