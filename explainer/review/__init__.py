"""Reviewing a client's own detainer: identify the form, place its annotations, keep a checklist, write a memo.

Everything here is Qt-free (an import contract holds it); the client review feature,
``explainer.client_review``, shows it.
"""
