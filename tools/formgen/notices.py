"""Notice-only requests: the I-247N (2015) and the I-247G (2025, under the Gonzalez settlement).

Neither asks the jail to hold anyone; each says so on its face, in a ruled box. Titles are verified
(REFERENCE.md §§1.1, 1.3; ADDENDUM.md §1.5); the bodies are reconstructed.
"""

from __future__ import annotations

import pymupdf

from .i247a import BODY, X0, X1, Fill, W, _put, draw_top, officer_block
from .layout import FormWriter, Sheet
from .older import PRIORITY_GROUNDS

V, R = "verified", "reconstructed"
I247N_FOOTER = "DHS Form I-247N (2015)"
I247G_FOOTER = "DHS Form I-247G (facsimile; edition unknown)"


def _notify(s: Sheet, fill: Fill, y: float, provenance: str) -> float:
    with s.region("request.notify", "Request to notify DHS before release", provenance):
        s.text(X0, y, "IT IS THEREFORE REQUESTED THAT YOU:", "sans-bold", 9.5)
        y = s.para(
            X0 + 14,
            y + 15,
            W - 14,
            "Notify DHS as early as practicable (at least 48 hours, if possible) before the subject is released "
            "from your custody. Please notify DHS by calling the number below. If you cannot reach an official at "
            "the number provided, please contact the Law Enforcement Support Center at: (802) 872-6020.",
            size=BODY,
        )
        r = s.text(X0 + 14, y + 4, "DHS telephone number:", "sans-bold", BODY)
        s.hline(r.x1 + 4, r.x1 + 150, y + 14)
        _put(s, fill, "phone", r.x1 + 8, y + 3, size=8.5)
    return y + 22


def _no_hold_box(s: Sheet, y: float, name: str, label: str, text: str, provenance: str) -> float:
    with s.region(name, label, provenance):
        top = y
        y = s.para(X0 + 8, y + 6, W - 16, text, "sans-bold", 9, leading=1.25)
        s.box(pymupdf.Rect(X0, top, X1, y + 4), width=1.4)
    return y + 4


def draw_i247n(writer: FormWriter, fill: Fill | None = None) -> None:
    fill = fill or {}
    s = writer.new_sheet(I247N_FOOTER)
    y = draw_top(
        s,
        fill,
        "REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN",
        name_label="Name of Subject:",
        provenance=R,
        header_provenance=V,
    )
    with s.region("priority", "Why DHS suspects the subject is a priority alien", R):
        s.text(X0, y, "1.", "sans-bold", 8.8)
        y = s.para(
            X0 + 14,
            y,
            W - 14,
            "**DHS SUSPECTS THAT THE SUBJECT IS A REMOVABLE ALIEN WHO IS A PRIORITY FOR REMOVAL BECAUSE HE OR "
            "SHE** (check all that apply):",
            size=8.8,
        )
        items = [(f"priority.{name}", label, text) for name, label, text in PRIORITY_GROUNDS]
        y = s.checklist(X0 + 26, y + 3, W - 26, items, R, size=BODY - 0.3)
    y = _notify(s, fill, y + 10, R)
    y = _no_hold_box(
        s,
        y + 6,
        "no-detention",
        "The form does not request or authorize detention",
        "THIS FORM DOES NOT REQUEST OR AUTHORIZE THAT YOU DETAIN THE SUBJECT BEYOND THE TIME HE OR SHE IS "
        "CURRENTLY SCHEDULED FOR RELEASE FROM YOUR CUSTODY.",
        R,
    )
    with s.region("request.bail", "Bail sentence: the request should not affect bail or release", R):
        y = s.para(
            X0,
            y + 8,
            W,
            "This request arises from DHS authorities and should not impact decisions about the subject's bail, "
            "rehabilitation, parole, release, diversion, custody classification, work, quarter assignments, or "
            "other matters.",
            size=BODY,
        )
    officer_block(s, fill, y + 10)


def draw_i247g(writer: FormWriter, fill: Fill | None = None) -> None:
    fill = fill or {}
    s = writer.new_sheet(I247G_FOOTER)
    y = draw_top(
        s,
        fill,
        "REQUEST FOR ADVANCE NOTIFICATION OF RELEASE",
        name_label="Name of Subject:",
        provenance=R,
        header_provenance=V,
    )
    with s.region("purpose", "What DHS is asking for", R):
        y = s.para(
            X0,
            y,
            W,
            "DHS intends to take custody of the subject named above when he or she is released from your "
            "custody, and asks for advance notice of that release so that it can do so at the time of release.",
            size=BODY,
        )
    y = _notify(s, fill, y + 12, R)
    y = _no_hold_box(
        s,
        y + 6,
        "no-hold",
        "No hold: the form does not request or authorize detention",
        "THIS IS A REQUEST FOR NOTIFICATION ONLY. IT DOES NOT REQUEST OR AUTHORIZE THAT YOU MAINTAIN CUSTODY "
        "OF THE SUBJECT BEYOND THE TIME HE OR SHE WOULD OTHERWISE BE RELEASED FROM YOUR CUSTODY.",
        R,
    )
    y = officer_block(s, fill, y + 10)
    with s.region("lea-block", "Block for the law enforcement agency holding the subject", R):
        top = y + 10
        y = s.band(X0, top, X1, "TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE SUBJECT", 7.5)
        y += 8
        half = W / 2
        blank = s.field(X0 + 4, y, half - 12, "Local Booking/Inmate #:", 8)
        _put(s, fill, "booking", blank.x0 + 3, y - 1, size=8.5)
        blank = s.field(X0 + half, y, half - 4, "Estimated release date/time:", 8)
        _put(s, fill, "release", blank.x0 + 3, y - 1, size=8.5)
        y += 26
        s.hline(X0 + 4, X0 + 300, y)
        s.hline(X0 + 320, X1 - 4, y)
        s.text(X0 + 4, y + 1.5, "(Name and title of Officer)", "sans", 7)
        s.text(X0 + 320, y + 1.5, "(Signature of Officer)", "sans", 7)
        s.box(pymupdf.Rect(X0, top, X1, y + 14), width=0.8)
