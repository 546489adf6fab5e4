"""DHS Form I-247A (02/17), "Immigration Detainer – Notice of Action": page 1 and the detainee notice.

The top of page 1 down to the LESC number follows the transcription the research verified (labels
exact, case and punctuation included). Everything below it, and the notice pages, is reconstructed
from the research's description and drawn as "reconstructed" regions.

``draw_i247a`` takes an optional mapping of filled-in values (the training scenarios use it): keys are
listed in ``FILL_KEYS``; ``True`` ticks a checkbox, a string is written into the field.
"""

from __future__ import annotations

from collections.abc import Mapping

import pymupdf

from .i247a_notice import page_notice, page_translations
from .layout import MARGIN, PAGE_W, FormWriter, Sheet, text_width

Fill = Mapping[str, str | bool]

V, R = "verified", "reconstructed"
X0, X1 = MARGIN, PAGE_W - MARGIN
W = X1 - X0
BODY = 8.3  # body text of page 1
FOOTER = "DHS Form I-247A (02/17)"
FILL_NOTE = "Fictitious training value, filled in by the generator."

FILL_KEYS = (
    "subject_id", "event", "file_no", "date", "to", "from", "name", "dob", "citizenship", "sex",
    "box1.a", "box1.b", "box1.c", "box1.d", "box2", "ice", "cbp", "phone", "cancel", "cancel_date",
    "officer_name", "officer_signature", "booking", "release", "charge_date", "offense",
    "served_date", "served_in_person", "served_mail", "served_other", "lea_officer", "lea_signature",
)  # fmt: skip

BOX1 = [
    ("box1.a", "Box 1 (a): final order of removal", "A final order of removal against the alien;"),
    (
        "box1.b",
        "Box 1 (b): pending removal proceedings",
        "The pendency of ongoing removal proceedings against the alien;",
    ),
    (
        "box1.c",
        "Box 1 (c): biometric confirmation and database checks",
        "Biometric confirmation of the alien's identity and a records check of federal databases that "
        "affirmatively indicate, by themselves or in addition to other reliable information, that the alien "
        "either lacks immigration status or notwithstanding such status is removable under U.S. "
        "immigration law; and/or",
    ),
    (
        "box1.d",
        "Box 1 (d): statements or other reliable evidence",
        "Statements made by the alien to an immigration officer and/or other reliable evidence that "
        "affirmatively indicate the alien either lacks immigration status or notwithstanding such status "
        "is removable under U.S. immigration law.",
    ),
]


def draw_i247a(writer: FormWriter, fill: Fill | None = None) -> None:
    """Draw the three I-247A pages onto ``writer`` (page 1, the English/Spanish notice, translations)."""
    fill = fill or {}
    page_one(writer.new_sheet(FOOTER), fill)
    page_notice(writer.new_sheet(FOOTER))
    page_translations(writer.new_sheet(FOOTER))


def _put(sheet: Sheet, fill: Fill, key: str, x: float, y: float, style: str = "typed", size: float = 9) -> None:
    value = fill.get(key)
    if isinstance(value, str) and value:
        with sheet.region(f"fill.{key.replace('_', '-')}", f"Filled in: {key.replace('_', ' ')}", R, FILL_NOTE):
            sheet.fill(x, y, value, style, size)


def _tick(sheet: Sheet, fill: Fill, key: str, x: float, y: float) -> pymupdf.Rect:
    return sheet.checkbox(x, y, checked=fill.get(key) is True)


def draw_top(
    s: Sheet,
    fill: Fill,
    title: str,
    agency: str = "DEPARTMENT OF HOMELAND SECURITY (DHS)",
    name_label: str = "Name of Alien:",
    citizenship_label: str = "Citizenship:",
    provenance: str = V,
    header_provenance: str | None = None,
) -> float:
    """Agency line and title, the identifier row, TO/FROM and the subject row; returns the y below."""
    y = 26.0
    with s.region("header", "Agency line and title", header_provenance or provenance):
        s.text(PAGE_W / 2, y, agency, "sans-bold", 9, align="center")
        size = 13.0
        while text_width(title, "sans-bold", size) > W:
            size -= 0.5
        s.text(PAGE_W / 2, y + 11 + (13 - size) / 2, title, "sans-bold", size, align="center")
    y += 30

    with s.region("ids", "Subject ID, Event #, File No. and Date", provenance):
        labels = [("Subject ID:", "subject_id"), ("Event #:", "event"), ("File No:", "file_no"), ("Date:", "date")]
        x = X0
        for label, key in labels:
            rect = pymupdf.Rect(x, y, x + W / 4, y + 18)
            s.cell(rect, label)
            _put(s, fill, key, x + 6 + len(label) * 4.2, y + 6, size=8.5)
            x = rect.x1
    y += 18

    with s.region("to-from", "TO (institution) and FROM (DHS office)", provenance):
        half = W / 2
        s.cell(
            pymupdf.Rect(X0, y, X0 + half, y + 42),
            "TO:",
            hint="(Name and Title of Institution - OR Any Subsequent Law Enforcement Agency)",
        )
        s.cell(pymupdf.Rect(X0 + half, y, X1, y + 42), "FROM:", hint="(DHS Office Address)")
        _put(s, fill, "to", X0 + 8, y + 16, size=8.5)
        _put(s, fill, "from", X0 + half + 8, y + 16, size=8.5)
    y += 42

    with s.region(
        "subject", f"{name_label.rstrip(':')}, Date of Birth, {citizenship_label.rstrip(':')}, Sex", provenance
    ):
        parts = [
            ("subject.name", "Name of the subject", name_label, "name", 0.42),
            ("subject.dob", "Date of birth", "Date of Birth:", "dob", 0.2),
            ("subject.citizenship", f"{citizenship_label.rstrip(':')} line", citizenship_label, "citizenship", 0.26),
            ("subject.sex", "Sex", "Sex:", "sex", 0.12),
        ]
        x = X0
        for name, label, printed, key, share in parts:
            rect = pymupdf.Rect(x, y, x + W * share, y + 26)
            with s.region(name, label, provenance):
                s.cell(rect, printed)
            _put(s, fill, key, x + 8, y + 12.5)
            x = rect.x1
    return y + 36


def page_one(s: Sheet, fill: Fill) -> None:
    s.footer_provenance = V
    y = draw_top(s, fill, "IMMIGRATION DETAINER – NOTICE OF ACTION")

    with s.region("box1", "Box 1: the probable-cause statement and its four grounds", V):
        with s.region("box1.heading", "Box 1 heading", V):
            s.text(X0, y, "1.", "sans-bold", 8.8)
            y = s.para(
                X0 + 12,
                y,
                W - 12,
                "**DHS HAS DETERMINED THAT PROBABLE CAUSE EXISTS THAT THE SUBJECT IS A REMOVABLE ALIEN. "
                "THIS DETERMINATION IS BASED ON** (complete box 1 or 2):",
                size=8.8,
            )
        y += 4
        for name, label, text in BOX1:
            with s.region(name, label, V):
                _tick(s, fill, name, X0 + 14, y + 0.5)
                y = s.para(X0 + 26, y, W - 26, text, size=BODY)
            y += 3
    y += 8

    with s.region("box2", "Box 2: transfer for a proceeding or investigation", V):
        s.text(X0, y, "2.", "sans-bold", 8.8)
        y = s.para(
            X0 + 12,
            y,
            W - 12,
            "**DHS TRANSFERRED THE ALIEN TO YOUR CUSTODY FOR A PROCEEDING OR INVESTIGATION** (complete box 1 or 2).",
            size=8.8,
        )
        y += 4
        _tick(s, fill, "box2", X0 + 14, y + 0.5)
        y = s.para(
            X0 + 26,
            y,
            W - 26,
            "Upon completion of the proceeding or investigation for which the alien was transferred to your "
            "custody, DHS intends to resume custody of the alien to complete processing and/or make an "
            "admissibility determination.",
            size=BODY,
        )
    y += 10
    s.hline(X0, X1, y - 4, 0.8)
    y = requests_block(s, fill, y + 2)
    y = officer_block(s, fill, y + 8)
    y = notice_line(s, y + 10)
    lea_block(s, fill, y + 10)


def _bullet(s: Sheet, y: float) -> None:
    s.text(X0 + 16, y - 0.5, "•", "sans-bold", 8)


def requests_block(s: Sheet, fill: Fill, y: float) -> float:
    size = BODY
    tx = X0 + 26
    with s.region("requests", "The requests: “IT IS THEREFORE REQUESTED THAT YOU:”", V):
        s.text(X0, y, "IT IS THEREFORE REQUESTED THAT YOU:", "sans-bold", 9.5)
        y += 15
        with s.region("request.notify", "Request to notify DHS before release (ICE/CBP, phone, LESC)", V):
            _bullet(s, y)
            y = s.para(
                tx,
                y,
                W - 26,
                "Notify DHS as early as practicable (at least 48 hours, if possible) before the alien is "
                "released from your custody. Please notify DHS by",
                size=size,
            )
            line = y
            r = s.text(tx, line, "calling", "sans", size)
            _tick(s, fill, "ice", r.x1 + 3, line + 0.3)
            r = s.text(r.x1 + 13, line, "U.S. Immigration and Customs Enforcement (ICE) or", "sans", size)
            _tick(s, fill, "cbp", r.x1 + 4, line + 0.3)
            r = s.text(r.x1 + 14, line, "U.S. Customs and Border Protection (CBP) at", "sans", size)
            s.hline(r.x1 + 3, r.x1 + 88, line + 9.5)
            s.mark(pymupdf.Rect(r.x1 + 3, line, r.x1 + 88, line + 9.5))
            _put(s, fill, "phone", r.x1 + 6, line - 0.5, size=8.5)
            s.text(r.x1 + 90, line, ".", "sans", size)
            y = s.para(
                tx,
                line + size * 1.25,
                W - 26,
                "If you cannot reach an official at the number(s) provided, please contact the Law Enforcement "
                "Support Center at: (802) 872-6020.",
                size=size,
            )
        y += 3
        with s.region("request.hold", "Request to hold: NOT TO EXCEED 48 HOURS", R):
            _bullet(s, y)
            y = s.para(
                tx,
                y,
                W - 26,
                "Maintain custody of the alien for a period **NOT TO EXCEED 48 HOURS** beyond the time when "
                "he/she would otherwise have been released from your custody to allow DHS to assume custody.",
                size=size,
            )
        with s.region("request.serve", "Service requirement: the alien must be served with a copy", R):
            y = s.para(
                tx,
                y,
                W - 26,
                "The alien must be served with a copy of this form for the detainer to take effect.",
                size=size,
            )
        with s.region("request.bail", "Bail sentence: the detainer should not affect bail or release", R):
            y = s.para(
                tx,
                y,
                W - 26,
                "This detainer arises from DHS authorities and should not impact decisions about the alien's "
                "bail, rehabilitation, parole, release, diversion, custody classification, work, quarter "
                "assignments, or other matters.",
                size=size,
            )
        y += 3
        with s.region("request.relay", "Request to relay the detainer to another agency", R):
            _bullet(s, y)
            y = s.para(
                tx,
                y,
                W - 26,
                "Relay this detainer to any other law enforcement agency to which you transfer custody of the alien.",
                size=size,
            )
        y += 3
        with s.region("request.notify-events", "Request to notify of death, hospitalization or transfer", R):
            _bullet(s, y)
            y = s.para(
                tx,
                y,
                W - 26,
                "Notify this office in the event of the alien's death, hospitalization or transfer to another "
                "institution.",
                size=size,
            )
        y += 4
        with s.region("request.cancel", "Cancel a previously placed detainer", R):
            _tick(s, fill, "cancel", X0 + 14, y + 0.3)
            r = s.text(
                tx,
                y,
                "If checked: please cancel the detainer related to this alien previously submitted to you on",
                "sans",
                size,
            )
            s.hline(r.x1 + 3, r.x1 + 80, y + 9.5)
            _put(s, fill, "cancel_date", r.x1 + 6, y - 0.5, size=8)
            s.text(r.x1 + 83, y, "(date).", "sans", size)
            y += size * 1.18
    return y


def officer_block(s: Sheet, fill: Fill, y: float) -> float:
    with s.region("officer", "Immigration officer's name, title and signature", R):
        top = y + 16
        s.hline(X0, X0 + 300, top)
        s.hline(X0 + 320, X1, top)
        _put(s, fill, "officer_name", X0 + 2, top - 10, size=8.5)
        _put(s, fill, "officer_signature", X0 + 330, top - 11, "hand", size=10)
        s.text(X0, top + 1.5, "(Name and title of Immigration Officer)", "sans", 7)
        s.text(X0 + 320, top + 1.5, "(Signature of Immigration Officer) (Sign in ink)", "sans", 7)
        s.mark(pymupdf.Rect(X0, y, X1, top))
    return top + 10


def notice_line(s: Sheet, y: float) -> float:
    with s.region("notice-line", "Notice line: crime victims, witnesses and questions (LESC)", R):
        y = s.para(
            X0,
            y,
            W,
            "**Notice:** If the alien may be the victim of a crime or you want the alien to remain in the United "
            "States for a law enforcement purpose, notify the ICE Law Enforcement Support Center at (802) "
            "872-6020. You may also call this number if you have any other questions or concerns about this "
            "matter.",
            size=7.8,
        )
    return y


def lea_block(s: Sheet, fill: Fill, y: float) -> float:
    size = 8
    top = y
    with s.region("lea-block", "Block for the law enforcement agency holding the alien", R):
        y = s.band(X0, y, X1, "TO BE COMPLETED BY THE LAW ENFORCEMENT AGENCY CURRENTLY HOLDING THE ALIEN", 7.5)
        y += 3
        y = s.para(
            X0 + 4,
            y,
            W - 8,
            "Please provide the information below, sign, and return to DHS by mailing, emailing or faxing a "
            "copy to ________________________________.",
            size=size,
        )
        y += 6
        half = W / 2
        with s.region("lea.booking", "Local booking / inmate number", R):
            blank = s.field(X0 + 4, y, half - 12, "Local Booking/Inmate #:", size)
            _put(s, fill, "booking", blank.x0 + 3, y - 1, size=8.5)
        with s.region("lea.release", "Estimated release date and time", R):
            blank = s.field(X0 + half, y, half - 4, "Estimated release date/time:", size)
            _put(s, fill, "release", blank.x0 + 3, y - 1, size=8.5)
        y += 18
        with s.region("lea.charge", "Latest charge/conviction date and last offense", R):
            blank = s.field(X0 + 4, y, half - 12, "Date of latest criminal charge/conviction:", size)
            _put(s, fill, "charge_date", blank.x0 + 3, y - 1, size=8.5)
            blank = s.field(X0 + half, y, half - 4, "Last offense charged/convicted:", size)
            _put(s, fill, "offense", blank.x0 + 3, y - 1, size=8.5)
        y += 18
        with s.region("lea.service", "Service on the alien: date and manner", R):
            r = s.text(X0 + 4, y, "This form was served upon the alien on", "sans-bold", size)
            s.hline(r.x1 + 3, r.x1 + 90, y + 9)
            s.mark(pymupdf.Rect(r.x1 + 3, y, r.x1 + 90, y + 9))
            _put(s, fill, "served_date", r.x1 + 6, y - 1, size=8.5)
            s.text(r.x1 + 93, y, ", in the following manner:", "sans-bold", size)
            y += 14
            x = X0 + 24
            for key, label in (
                ("served_in_person", "in person"),
                ("served_mail", "by inmate mail delivery"),
                ("served_other", "other (please specify):"),
            ):
                _tick(s, fill, key, x, y + 0.3)
                x = s.text(x + 10, y, label, "sans", size).x1 + 14
            s.hline(x - 10, X1 - 4, y + 9)
        y += 30
        with s.region("lea.officer", "Name, title and signature of the jail officer", R):
            s.hline(X0 + 4, X0 + 300, y)
            s.hline(X0 + 320, X1 - 4, y)
            _put(s, fill, "lea_officer", X0 + 6, y - 10, size=8.5)
            _put(s, fill, "lea_signature", X0 + 330, y - 11, "hand", size=10)
            s.text(X0 + 4, y + 1.5, "(Name and title of Officer)", "sans", 7)
            s.text(X0 + 320, y + 1.5, "(Signature of Officer) (Sign in ink)", "sans", 7)
        y += 12
        s.box(pymupdf.Rect(X0, top, X1, y), width=0.8)
        s.mark(pymupdf.Rect(X0, top, X1, y))
    return y
