"""When content is due for review: more than twelve months after its reviewed date. No Qt here.

Every place that shows a reviewed date (the set overview, an annotation's set line, a state note, a
state-table row, the disclaimer) asks ``review_due`` so they all agree; how it is worded ("review
due") is :func:`explainer.content.wording.reviewed_text`. "Today" is injectable: pass
``today=`` explicitly, or replace ``current_date`` (tests monkeypatch ``explainer.freshness.current_date``).
"""

from __future__ import annotations

import datetime as dt

REVIEW_MONTHS = 12


def current_date() -> dt.date:
    """The date content is judged against (a function so that tests can replace it)."""
    return dt.date.today()


def review_deadline(reviewed: dt.date) -> dt.date:
    """The last day content reviewed on ``reviewed`` counts as current: the same day a year later
    (29 February moves to 28 February in a year without one)."""
    try:
        return reviewed.replace(year=reviewed.year + REVIEW_MONTHS // 12)
    except ValueError:
        return reviewed.replace(year=reviewed.year + REVIEW_MONTHS // 12, day=28)


def review_due(reviewed: dt.date, today: dt.date | None = None) -> bool:
    """True when content was last reviewed more than twelve months before ``today``."""
    return (today if today is not None else current_date()) > review_deadline(reviewed)
