"""Handouts: a printable PDF of a form with numbered callouts and one entry per stop.

``writer`` (Qt-free: the content, over ``explainer.pdf``), ``placing`` (callouts from placements),
``cli`` (``detainer-explainer handout``) and ``export_action`` (the main window's File > Export
handout feature).
"""
