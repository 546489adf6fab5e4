"""Every heading and every piece of standing wording the app shows or prints about its content.

The panel, the presenter console, the state view, the handouts and the review memo take their words
from here and nowhere else, so legal wording is maintained once — and this is the one module a
translation touches. Each constant is a message id marked with ``N_``; builders translate it with
``_()`` when they use it, so the interface language can change at run time. Placeholders are named
(``{date}``), so a translation may reorder them. No Qt here.
"""

from __future__ import annotations

import datetime as dt

from ..freshness import review_due
from ..i18n import N_, _
from ..model import HoldsPolicy, InfoPolicy, Verification

# -- verification marks ---------------------------------------------------------------------------
# "UNVERIFIED" is in capitals on purpose: attorneys must not miss it.
VERIFICATION: dict[Verification, str] = {
    "verified": N_("verified"),
    "partly-verified": N_("partly verified"),
    "unverified": N_("UNVERIFIED"),
}
BANNER: dict[Verification, str] = {
    "partly-verified": N_(
        "**Partly verified — check the sources.** Some of what this point says could not be checked against "
        "a source; read the authorities marked below before relying on it."
    ),
    "unverified": N_(
        "**UNVERIFIED — check before relying on it.** The research behind this point could not be confirmed "
        "against a source; treat it as a lead to check, not as settled law."
    ),
}


def verification_label(mark: Verification) -> str:
    return _(VERIFICATION[mark])


# -- an explanation -------------------------------------------------------------------------------
OVERALL = N_("overall: {mark}")
LOOK_FOR = N_("What to look for")
WHAT_TO_DO = N_("What you can do")
AUTHORITIES = N_("Authorities")
SEE_ALSO = N_("See also")
CHECKED = N_("checked {date}")
RECONSTRUCTED = N_(
    "**Reconstructed wording.** The form wording at {regions} on this sample is reconstructed from what is "
    "known about the form, not read from an official copy."
)
NOT_PLACED = N_("**Not placed.** This point's anchor was not found on this document, so it has no marker.")
NOT_PLACED_BECAUSE = N_("**Not placed.** {reason}")
APPROXIMATE = N_("**Approximate position.** The marker is placed where this point sits on the sample form.")
FROM_SET = N_("From “{title}”, reviewed {date}.")
REVIEW_DUE = N_("review due")
REVIEW_DUE_NOTE = N_("**Review due.** {what} was last reviewed on {date}, more than 12 months ago: check current law.")
THIS_SET = N_("This annotation set")
THIS_ROW = N_("This state's row")

# -- the jurisdiction part ------------------------------------------------------------------------
NATIONAL = N_("National")
NATIONAL_HINT = N_("Choose a state in the jurisdiction selector to see what changes there.")
NATIONAL_MEMO = N_("No state was chosen; the state notes are not included.")
IN_STATE = N_("In {state}")
STATE_NOTE_META = N_("State note {mark}; reviewed {date}.")
NO_STATE_NOTE = N_("No note specific to {state} for this point.")
NO_STATE_NOTE_NO_TABLE = N_("No note specific to {state} for this point, and no state table is loaded.")
FROM_STATE_TABLE = N_(
    "No note specific to {state} for this point. From the state table ({state}, reviewed {date}, "
    "confidence {confidence}):"
)

# -- a set's overview -----------------------------------------------------------------------------
NO_SET = N_("No annotation set")
NO_SET_TEXT = N_("No annotation set matches this document. Open one with **File > Open annotation set…**.")
SET_COUNTS = N_(
    "{count} points, {placed} marked on the form. Click a numbered marker or a row in the list, or press "
    "**N** / **Tab** to step through them."
)
SET_REVIEWED = N_("Reviewed {date} by {authors}.")
SET_NOT_VERIFIED = N_("{count} of the {total} points are not fully verified; each says so at its top.")

# -- the state-law table --------------------------------------------------------------------------
HOLDS: dict[HoldsPolicy, str] = {
    "forbids": N_("Forbids holds on detainers"),
    "forbids-with-exceptions": N_("Forbids holds, with exceptions"),
    "no-statewide-rule": N_("No statewide rule found"),
    "requires": N_("Requires honouring detainers"),
    "unclear": N_("Unclear or disputed"),
}
HOLDS_SYMBOL: dict[HoldsPolicy, str] = {  # the map's letters: colour is never the only cue
    "forbids": "F",
    "forbids-with-exceptions": "F*",
    "no-statewide-rule": "N",
    "requires": "R",
    "unclear": "?",
}
INFO: dict[InfoPolicy, str] = {
    "limits": N_("Limits sharing release information with ICE"),
    "no-statewide-rule": N_("No statewide rule found"),
    "requires": N_("Requires sharing or reporting to ICE"),
    "unclear": N_("Unclear or disputed"),
}
ROW_HOLDS = N_("Holds on detainers")
ROW_INFO = N_("Release information")
ROW_CONFIDENCE = N_("Confidence")
ROW_REVIEWED = N_("Reviewed")
ROW_NO_AUTHORITY = N_("None: our research found no authority for this jurisdiction.")
ROW_NOTES = N_("Notes")
NO_TABLE = N_("No state table is loaded.")
NO_ROW = N_("No row for {state} in the state table.")
CHOOSE_STATE = N_("Choose a state on the map (click it, or use the arrow keys and Enter) to see its detainer law.")

# -- handouts and worksheets ----------------------------------------------------------------------
HANDOUT = N_("Handout: {title}")
WORKSHEET = N_("Worksheet: {title}")
HANDOUT_INTRO = N_("{count} points, numbered as on the form. Content reviewed {date}.")
HANDOUT_INTRO_STATE = N_("{count} points, numbered as on the form — with notes for {state}. Content reviewed {date}.")
HANDOUT_FILTERED = N_("Only the points matching “{filter}”.")
HANDOUT_FORM_PAGE = N_("{form} — form page {page} of {pages}, numbered as in the notes that follow")
WORKSHEET_WRONG = N_("What is wrong here?")
FOOTER_REVIEWED = N_("Content reviewed {date}")
PAGE_OF = N_("Page {page} of {pages}")

# -- the review memo ------------------------------------------------------------------------------
MEMO_HEADING = N_("Detainer review memo")
MEMO_DOCUMENT = N_("Document reviewed")
MEMO_DOCUMENT_VALUE = N_("{number}, {title} (edition {edition})")
MEMO_ALSO = N_("Also in the file")
MEMO_JURISDICTION = N_("Jurisdiction")
MEMO_NATIONAL = N_("National (no state chosen)")
MEMO_DATE = N_("Date")
MEMO_FROM = N_("Explanations from")
MEMO_FROM_VALUE = N_("{title} (content reviewed {date})")
MEMO_FINDINGS = N_("Findings")
MEMO_FINDINGS_COUNT = N_("Findings ({count})")
MEMO_NO_FINDINGS = N_("No annotation was marked “issue found”.")
MEMO_ATTORNEY_NOTE = N_("Attorney’s note")
MEMO_ATTORNEY_NOTES = N_("Attorney’s notes")
MEMO_NO_STATE_NOTE = N_("This point has no {state}-specific note. The state table says: {summary}")
MEMO_NO_STATE_NOTE_NO_ROW = N_("This point has no {state}-specific note.")
MEMO_PREPARED = N_("Prepared {date} with Detainer Explainer.")
MEMO_FOOTER = N_("Training material, not legal advice")


def t(message: str, **values: object) -> str:
    """``message`` translated, with its named placeholders filled in."""
    text = _(message)
    return text.format(**values) if values else text


def reviewed_text(reviewed: dt.date, today: dt.date | None = None) -> str:
    """``2025-01-10`` or ``2025-01-10 (review due)``: a reviewed date as every view shows it."""
    text = reviewed.isoformat()
    return f"{text} ({_(REVIEW_DUE)})" if review_due(reviewed, today) else text
