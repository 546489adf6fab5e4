"""Client review: a client's detainer (PDF or photo) identified, marked, checked off and written up.

The feature attaches to the main window through its seam (:class:`.feature.ReviewFeature`): it is the
window's client document handler, adds the "Client review" tab and its View action, and works on
the Qt-free core in :mod:`explainer.review`.
"""
