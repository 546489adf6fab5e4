"""The three training scenarios: filled-in I-247A packets with planted defects and fictitious data.

(a) only Box 1 (c) ticked, nothing attached, service block blank;
(b) Box 1 (c) and (d) ticked, citizenship given as another country, an I-200 signed by a supervisory
    deportation officer attached, and a jail booking-sheet excerpt saying the person was born in the U.S.;
(c) Box 2 (transfer for a proceeding) ticked, Box 1 blank.
"""

from __future__ import annotations

import pymupdf

from .i247a import X0, X1, Fill, W, draw_i247a
from .layout import PAGE_W, FormWriter
from .warrants import draw_i200

R = "reconstructed"
BOOKING_FOOTER = "Sample County Jail – Inmate Booking Sheet (fictitious facsimile)"

COMMON: Fill = {
    "subject_id": "000000001",
    "event": "XXX0000000001",
    "date": "03/02/2026",
    "to": "Sample County Jail, Sampletown, TX",
    "from": "ICE ERO Sample Field Office, Sampletown, TX",
    "dob": "01/01/1990",
    "sex": "M",
    "ice": True,
    "phone": "(555) 010-0000",
    "officer_name": "D. EXAMPLE, Deportation Officer",
    "officer_signature": "D. Example",
}

SCENARIO_A: Fill = {
    **COMMON,
    "file_no": "A000-000-001",
    "name": "SAMPLE, PERSON A",
    "citizenship": "SAMPLELAND",
    "box1.c": True,
    "booking": "SCJ-2026-00001",
    "release": "03/04/2026 0900",
    "charge_date": "03/01/2026",
    "offense": "No driver license (misd.)",
}

SCENARIO_B: Fill = {
    **COMMON,
    "subject_id": "000000002",
    "file_no": "A000-000-002",
    "name": "SAMPLE, PERSON B",
    "citizenship": "MEXICO",
    "box1.c": True,
    "box1.d": True,
    "officer_name": "D. EXAMPLE, Deportation Officer",
    "booking": "SCJ-2026-00002",
    "release": "03/05/2026 1400",
    "charge_date": "03/02/2026",
    "offense": "Trespass (misd.)",
    "served_date": "03/03/2026",
    "served_in_person": True,
    "lea_officer": "J. SAMPLE, Booking Deputy",
    "lea_signature": "J. Sample",
}

SCENARIO_B_I200: Fill = {
    "file_no": "A000-000-002",
    "date": "03/02/2026",
    "name": "SAMPLE, PERSON B",
    "grounds.biometric": True,
    "grounds.statements": True,
    "signature": "S. Placeholder",
    "officer": "S. PLACEHOLDER, Supervisory Deportation Officer",
}

SCENARIO_C: Fill = {
    **COMMON,
    "subject_id": "000000003",
    "file_no": "A000-000-003",
    "name": "SAMPLE, PERSON C",
    "citizenship": "SAMPLELAND",
    "box2": True,
    "booking": "SCJ-2026-00003",
    "release": "Upon completion of hearing",
    "charge_date": "03/01/2026",
    "offense": "Theft (pending trial)",
    "served_date": "03/02/2026",
    "served_in_person": True,
    "lea_officer": "J. SAMPLE, Booking Deputy",
    "lea_signature": "J. Sample",
}

BOOKING_ROWS = [
    ("booking.number", "Booking No.", "SCJ-2026-00002"),
    ("booking.name", "Name (Last, First)", "SAMPLE, PERSON B"),
    ("booking.dob", "Date of Birth", "01/01/1990"),
    ("booking.birthplace", "Place of Birth", "Sampletown, Texas, USA"),
    ("booking.citizenship", "Citizenship (self-reported)", "USA"),
    ("booking.id", "ID presented", "TX driver license (sample) 00000000"),
    ("booking.charges", "Charge(s)", "Trespass (misdemeanor) – Sample Co. Ct. No. 2026-M-0000"),
    ("booking.release", "Projected release", "03/05/2026 1400 (time served)"),
]


def draw_booking_excerpt(writer: FormWriter) -> None:
    """A fictitious county jail booking sheet excerpt: the page that shows a U.S. birthplace."""
    s = writer.new_sheet(BOOKING_FOOTER, "")
    y = 34.0
    with s.region("booking.header", "Jail booking sheet: heading", R, "Fictitious jail record for training."):
        s.text(PAGE_W / 2, y, "SAMPLE COUNTY SHERIFF'S OFFICE", "sans-bold", 11, align="center")
        s.text(PAGE_W / 2, y + 14, "INMATE BOOKING SHEET – EXCERPT", "sans-bold", 13, align="center")
        s.text(
            PAGE_W / 2,
            y + 31,
            "Sample County Jail · 100 Example Street · Sampletown, TX 00000",
            "sans",
            8,
            align="center",
        )
    y += 56
    row_h = 24.0
    label_w = 160.0
    for name, label, value in BOOKING_ROWS:
        with s.region(name, f"Booking sheet: {label}", R, "Fictitious jail record for training."):
            s.box(pymupdf.Rect(X0, y, X0 + label_w, y + row_h), width=0.6, fill=(0.92, 0.92, 0.92))
            s.box(pymupdf.Rect(X0 + label_w, y, X1, y + row_h), width=0.6)
            s.text(X0 + 5, y + 8, label, "sans-bold", 8.5)
            s.fill(X0 + label_w + 8, y + 7.5, value, "typed", 10)
        y += row_h
    y += 20
    with s.region("booking.remarks", "Booking sheet: intake remarks", R, "Fictitious jail record for training."):
        s.text(X0, y, "Intake remarks:", "sans-bold", 8.5)
        s.para(
            X0,
            y + 13,
            W,
            "Inmate states he was born in Sampletown, Texas and is a U.S. citizen. Birth certificate not in "
            "property. ICE detainer (I-247A) received by fax 03/02/2026.",
            "mono",
            9.5,
            leading=1.3,
        )


def draw_scenario_a(writer: FormWriter) -> None:
    draw_i247a(writer, SCENARIO_A)


def draw_scenario_b(writer: FormWriter) -> None:
    draw_i247a(writer, SCENARIO_B)
    draw_i200(writer, SCENARIO_B_I200, prefix="i200.")
    draw_booking_excerpt(writer)


def draw_scenario_c(writer: FormWriter) -> None:
    draw_i247a(writer, SCENARIO_C)
