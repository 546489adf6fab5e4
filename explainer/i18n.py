"""Translation for the Qt-free modules: a gettext-style ``_()`` and the ``N_()`` marker.

``_()`` looks a message up in the installed catalogue at call time (so a language chosen after import
still applies); ``N_()`` only marks a constant for extraction and returns it unchanged. Until a
catalogue is installed, every message is its own translation.
"""

from __future__ import annotations

from collections.abc import Mapping

_catalogue: Mapping[str, str] = {}


def _(message: str) -> str:
    """``message`` in the interface language (itself when there is no translation)."""
    return _catalogue.get(message, message) or message


def N_(message: str) -> str:
    """Mark ``message`` for translation where it is defined; translate it with ``_()`` where it is used."""
    return message


def install(catalogue: Mapping[str, str]) -> None:
    """Use ``catalogue`` (message -> translation) from now on; an empty mapping means the source language."""
    global _catalogue
    _catalogue = dict(catalogue)
