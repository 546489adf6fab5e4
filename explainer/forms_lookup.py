"""Find a form the way a person names it: by id (``i-247a``) or by its printed number (``I-247A``). No Qt.

One rule for every caller (the window's ``--form``, ``handout --form``): an exact id wins; else a blank
form with that number; else a training scenario with that number (scenarios print the number of the
form they fill in, so the blank form must come first). Case and surrounding spaces do not matter.
"""

from __future__ import annotations

from typing import Protocol

from .model import FormDescription


class HasForms(Protocol):
    forms: dict[str, FormDescription]


def find_form(library: HasForms, text: str) -> FormDescription | None:
    """The form ``text`` names in ``library`` (anything with a ``forms`` dict by id), or None."""
    key = text.strip().casefold()
    if not key:
        return None
    forms = list(library.forms.values())
    by_id = next((f for f in forms if f.id.casefold() == key), None)
    if by_id is not None:
        return by_id
    numbered = [f for f in forms if f.form_number.casefold() == key]
    return next((f for f in numbered if f.kind == "blank"), numbered[0] if numbered else None)
