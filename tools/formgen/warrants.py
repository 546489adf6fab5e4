"""The administrative warrants: Form I-200 (arrest) and Form I-205 (removal/deportation).

Both layouts are reconstructed: the research has them only from memory (REFERENCE.md §§1.5–1.6,
ADDENDUM.md §§1.3–1.4), so every region is marked "reconstructed" and the wording is a faithful
paraphrase of what is known, not a transcription.
"""

from __future__ import annotations

import pymupdf

from .i247a import X0, X1, Fill, W, _put, _tick
from .layout import PAGE_W, FormWriter, Sheet

R = "reconstructed"
I200_FOOTER = "Form I-200 (facsimile; edition unknown)"
I205_FOOTER = "Form I-205 (facsimile; edition unknown)"

I200_GROUNDS = [
    (
        "grounds.charging-document",
        "the execution of a charging document to initiate removal proceedings against the subject;",
    ),
    ("grounds.pending", "the pendency of ongoing removal proceedings against the subject;"),
    ("grounds.deferred-inspection", "the failure to establish admissibility subsequent to deferred inspection;"),
    (
        "grounds.biometric",
        "biometric confirmation of the subject's identity and a records check of federal databases that "
        "affirmatively indicate, by themselves or in addition to other reliable information, that the subject "
        "either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; "
        "and/or",
    ),
    (
        "grounds.statements",
        "statements made voluntarily by the subject to an immigration officer and/or other reliable evidence "
        "that affirmatively indicate the subject either lacks immigration status or notwithstanding such status "
        "is removable under U.S. immigration law.",
    ),
]


def _title(s: Sheet, y: float, title: str) -> float:
    s.page.draw_rect(pymupdf.Rect(X0 - 8, y - 8, X1 + 8, 748), color=(0, 0, 0), width=1.2)
    with s.region("header", "Agency line and title", R):
        s.text(X0, y, "U.S. Department of Homeland Security", "sans-bold", 10)
        s.text(PAGE_W / 2, y + 32, title, "serif-bold", 16, align="center")
    return y + 60


def _file_date(s: Sheet, fill: Fill, y: float) -> None:
    with s.region("file-date", "File No. and Date", R):
        s.field(X1 - 190, y, 190, "File No.", 8)
        _put(s, fill, "file_no", X1 - 150, y - 1, size=8.5)
        s.field(X1 - 190, y + 14, 190, "Date:", 8)
        _put(s, fill, "date", X1 - 150, y + 13, size=8.5)


def _signature_lines(s: Sheet, fill: Fill, y: float, prefix: str = "") -> float:
    with s.region("signature", "Signature of the authorized immigration officer", R):
        s.hline(X1 - 260, X1, y + 14)
        _put(s, fill, f"{prefix}signature", X1 - 250, y + 2, "hand", size=11)
        s.text(X1 - 260, y + 16, "(Signature of Authorized Immigration Officer)", "sans", 7)
    with s.region("issuer", "Printed name and title of the authorized immigration officer", R):
        s.hline(X1 - 260, X1, y + 44)
        _put(s, fill, f"{prefix}officer", X1 - 256, y + 33, size=8.5)
        s.text(X1 - 260, y + 46, "(Printed Name and Title of Authorized Immigration Officer)", "sans", 7)
    return y + 60


def draw_i200(writer: FormWriter, fill: Fill | None = None, prefix: str = "") -> None:
    """One page; ``prefix`` (e.g. ``"i200."``) names its regions when it is attached to a scenario."""
    fill = fill or {}
    s = writer.new_sheet(I200_FOOTER, prefix)
    y = _title(s, 30.0, "Warrant for Arrest of Alien")
    _file_date(s, fill, 30.0)
    y += 10
    with s.region("addressee", "To whom the warrant is addressed", R):
        s.text(X0, y, "To:", "serif-bold", 10)
        y = s.para(
            X0 + 22,
            y,
            W - 22,
            "Any immigration officer authorized pursuant to sections 236 and 287 of the Immigration and "
            "Nationality Act and part 287 of title 8, Code of Federal Regulations, to serve warrants of arrest "
            "for immigration violations",
            "serif",
            10,
        )
    y += 12
    with s.region("subject", "The person named in the warrant", R):
        r = s.text(X0, y, "I have determined that there is probable cause to believe that", "serif", 10)
        s.hline(r.x1 + 4, X1, y + 11)
        _put(s, fill, "name", r.x1 + 10, y - 0.5, size=9.5)
        s.text(r.x1 + 60, y + 12, "(Name of alien)", "sans", 6.5)
        y += 24
        s.text(X0, y, "is removable from the United States. This determination is based upon:", "serif", 10)
    y += 18
    with s.region("grounds", "The grounds for probable cause (checkboxes)", R):
        for name, text in I200_GROUNDS:
            with s.region(name, f"Ground: {text.split(' ', 3)[-1][:60]}", R):
                _tick(s, fill, name, X0 + 10, y + 1.2)
                y = s.para(X0 + 24, y, W - 24, text, "serif", 9.5, leading=1.2)
            y += 6
    y += 16
    with s.region("command", "The command to arrest", R):
        y = s.para(
            X0,
            y,
            W,
            "**YOU ARE COMMANDED** to arrest and take into custody for removal proceedings under the "
            "Immigration and Nationality Act, the above-named alien.",
            "serif",
            10,
        )
    y = _signature_lines(s, fill, y + 30)
    y = max(y + 40, 560.0)
    with s.region("service", "Certificate of service", R):
        top = y
        y = s.band(X0, y, X1, "CERTIFICATE OF SERVICE (if executed)", 8)
        y += 6
        y = s.para(
            X0 + 4,
            y,
            W - 8,
            "I hereby certify that the Warrant for Arrest of Alien was served by me at "
            "______________________ (Location) on ______________________ (Name of Alien) on "
            "______________ (Date of Service), and the contents of this notice were read to him or her in "
            "the ______________ (Language) language.",
            "serif",
            9.5,
            leading=1.45,
        )
        y += 18
        s.hline(X0 + 4, X0 + 250, y)
        s.hline(X1 - 250, X1 - 4, y)
        s.text(X0 + 4, y + 2, "Name and Signature of Officer", "sans", 7)
        s.text(X1 - 250, y + 2, "Name or Number of Interpreter (if applicable)", "sans", 7)
        s.box(pymupdf.Rect(X0, top, X1, y + 14), width=0.6)


I205_ORDER_BY = [
    ("final-order.ij", "an immigration judge in exclusion, deportation, or removal proceedings"),
    ("final-order.designated-official", "a designated official"),
    ("final-order.bia", "the Board of Immigration Appeals"),
    ("final-order.judge", "a United States District or Magistrate Court Judge"),
]


def draw_i205(writer: FormWriter, fill: Fill | None = None, prefix: str = "") -> None:
    """Front (the warrant) and reverse (photo, fingerprint, verification of removal)."""
    fill = fill or {}
    s = writer.new_sheet(I205_FOOTER, prefix)
    y = _title(s, 30.0, "Warrant of Removal/Deportation")
    _file_date(s, fill, 30.0)
    y += 10
    with s.region("addressee", "To whom the warrant is addressed", R):
        y = s.para(
            X0, y, W, "To any immigration officer of the United States Department of Homeland Security:", "serif", 10
        )
    y += 14
    with s.region("subject", "The person to be removed, and their entry", R):
        s.hline(X0, X1, y + 11)
        _put(s, fill, "name", X0 + 10, y - 0.5, size=9.5)
        s.text(PAGE_W / 2, y + 12.5, "(Full name of alien)", "sans", 6.5, align="center")
        y += 26
        r = s.text(X0, y, "who entered the United States at", "serif", 10)
        s.hline(r.x1 + 4, r.x1 + 200, y + 11)
        s.text(r.x1 + 80, y + 12.5, "(Place of entry)", "sans", 6.5)
        r = s.text(r.x1 + 206, y, "on", "serif", 10)
        s.hline(r.x1 + 4, X1, y + 11)
        s.text(r.x1 + 40, y + 12.5, "(Date of entry)", "sans", 6.5)
    y += 28
    with s.region("final-order", "Final order of removal, and who made it", R):
        y = s.para(
            X0,
            y,
            W,
            "is subject to removal/deportation from the United States, based upon a final order by:",
            "serif",
            10,
        )
        y += 4
        for name, text in I205_ORDER_BY:
            with s.region(name, f"Final order by {text}", R):
                _tick(s, fill, name, X0 + 10, y + 1.2)
                y = s.text(X0 + 24, y, text, "serif", 10).y1 + 3
        y += 4
        r = s.text(X0, y, "pursuant to the following provisions of the Immigration and Nationality Act:", "serif", 10)
        s.hline(r.x1 + 4, X1, y + 11)
    y += 26
    with s.region("command", "The command to take into custody and remove", R):
        y = s.para(
            X0,
            y,
            W,
            "I, the undersigned officer of the United States, by virtue of the power and authority vested in the "
            "Secretary of Homeland Security under the laws of the United States and by his or her direction, "
            "**command you to take into custody and remove from the United States the above-named alien**, "
            "pursuant to law, at the expense of:",
            "serif",
            10,
            leading=1.25,
        )
        s.hline(X0, X0 + 300, y + 10)
        y += 14
    y = _signature_lines(s, fill, y + 10)
    with s.region("office", "Date and office location", R):
        s.hline(X1 - 260, X1, y + 14)
        s.text(X1 - 260, y + 16, "(Date and office location)", "sans", 7)

    back = writer.new_sheet(I205_FOOTER, prefix)
    y = 30.0
    with back.region("reverse.header", "Reverse: heading", R):
        back.text(PAGE_W / 2, y, "WARRANT OF REMOVAL/DEPORTATION – REVERSE", "sans-bold", 10, align="center")
    y += 24
    with back.region("reverse.photo", "Photograph of the person removed", R):
        photo = pymupdf.Rect(X0, y, X0 + 160, y + 190)
        back.box(photo, 0.8)
        back.text(photo.x0 + 80, photo.y0 + 88, "(Photograph of alien removed)", "sans", 7.5, align="center")
    with back.region("reverse.fingerprint", "Right index fingerprint and the person's signature", R):
        print_box = pymupdf.Rect(X0 + 190, y, X0 + 330, y + 150)
        back.box(print_box, 0.8)
        back.text(print_box.x0 + 70, print_box.y0 + 68, "(Right index fingerprint)", "sans", 7.5, align="center")
        back.hline(X0 + 190, X1, y + 176)
        back.text(X0 + 190, y + 178, "(Signature of alien being fingerprinted)", "sans", 7)
    with back.region("reverse.print-officer", "Officer who took the print", R):
        back.hline(X0 + 190, X1, y + 206)
        back.text(X0 + 190, y + 208, "(Signature and title of immigration officer taking print)", "sans", 7)
    y += 240
    with back.region("reverse.verification", "Verification of removal: date, port and manner of departure, witness", R):
        top = y
        y = back.band(X0, y, X1, "VERIFICATION OF REMOVAL", 9) + 10
        for label in ("Departure Date:", "Port of Departure:", "Manner of Departure:"):
            back.field(X0 + 6, y, W - 12, label, 9)
            y += 24
        back.hline(X0 + 6, X0 + 250, y + 14)
        back.hline(X1 - 250, X1 - 6, y + 14)
        back.text(X0 + 6, y + 16, "(Signature and title of immigration officer)", "sans", 7)
        back.text(X1 - 250, y + 16, "(Name and title of witnessing officer)", "sans", 7)
        back.box(pymupdf.Rect(X0, top, X1, y + 30), width=0.6)
