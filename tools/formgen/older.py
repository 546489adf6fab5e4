"""Earlier detainer forms, for history lessons: the I-247D (2015) and the old I-247 (Dec 2012 revision).

Only the titles (and, for the I-247D, the header fields) were read from sources; the grounds and
requests are faithful paraphrases of what the research describes (REFERENCE.md §§1.1, 1.3, 1.4),
so those regions are "reconstructed".
"""

from __future__ import annotations

from .i247a import BODY, X0, X1, Fill, W, draw_top, lea_block, officer_block
from .layout import FormWriter, Sheet

V, R = "verified", "reconstructed"
I247D_FOOTER = "DHS Form I-247D (2015)"
I247_FOOTER = "DHS Form I-247 (12/12)"

PRIORITY_GROUNDS = [
    (
        "terrorism",
        "Priority: terrorism, espionage or danger to national security",
        "has engaged in or is suspected of terrorism or espionage, or otherwise poses a danger to national security;",
    ),
    (
        "gang",
        "Priority: criminal street gang participation",
        "has been convicted of an offense for which an element was active participation in a criminal street "
        "gang, or intentionally participated in an organized criminal gang to further its illegal activity;",
    ),
    (
        "felony",
        "Priority: felony conviction",
        "has been convicted of an offense classified as a felony in the convicting jurisdiction, other than an "
        "offense for which an essential element was the alien's immigration status;",
    ),
    (
        "aggravated-felony",
        "Priority: aggravated felony conviction",
        "has been convicted of an “aggravated felony” as defined in section 101(a)(43) of the Immigration and "
        "Nationality Act;",
    ),
    (
        "significant-misdemeanor",
        "Priority: significant misdemeanor conviction",
        "has been convicted of a “significant misdemeanor” as defined in DHS enforcement priorities policy;",
    ),
    (
        "three-misdemeanors",
        "Priority: three or more misdemeanor convictions",
        "has been convicted of three or more misdemeanor offenses, other than minor traffic offenses or offenses "
        "for which an essential element was the alien's immigration status, arising out of three separate "
        "incidents.",
    ),
]

PROBABLE_CAUSE = [
    ("final-order", "Probable cause: final order of removal", "a final order of removal against the subject;"),
    (
        "pending",
        "Probable cause: pending removal proceedings",
        "the pendency of ongoing removal proceedings against the subject;",
    ),
    (
        "biometric",
        "Probable cause: biometric confirmation and database checks",
        "biometric confirmation of the subject's identity and a records check of federal databases that "
        "affirmatively indicate, by themselves or in addition to other reliable information, that the subject "
        "either lacks immigration status or notwithstanding such status is removable under U.S. immigration law; "
        "and/or",
    ),
    (
        "statements",
        "Probable cause: statements or other reliable evidence",
        "statements made voluntarily by the subject to an immigration officer and/or other reliable evidence that "
        "affirmatively indicate the subject either lacks immigration status or notwithstanding such status is "
        "removable under U.S. immigration law.",
    ),
]


def _items(prefix: str, items: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [(f"{prefix}.{name}", label, text) for name, label, text in items]


def _heading(s: Sheet, y: float, number: str, text: str, size: float = 8.8) -> float:
    s.text(X0, y, number, "sans-bold", size)
    return s.para(X0 + 14, y, W - 14, text, size=size)


def draw_i247d(writer: FormWriter, fill: Fill | None = None) -> None:
    fill = fill or {}
    s = writer.new_sheet(I247D_FOOTER)
    y = draw_top(
        s,
        fill,
        "IMMIGRATION DETAINER – REQUEST FOR VOLUNTARY ACTION",
        name_label="Name of Subject:",
    )
    with s.region("section1", "Section 1: priority and probable cause", R):
        with s.region("section1.heading", "Section 1 heading", R):
            y = _heading(
                s,
                y,
                "1.",
                "**DHS HAS DETERMINED THAT THE SUBJECT IS AN ENFORCEMENT PRIORITY AND THAT PROBABLE CAUSE EXISTS "
                "THAT THE SUBJECT IS A REMOVABLE ALIEN.**",
            )
        y += 4
        with s.region("section1a", "Section 1A: the enforcement-priority grounds", R):
            y = s.para(X0 + 14, y, W - 14, "**A.** The subject is a priority for removal because he or she:", size=8.5)
            y = s.checklist(X0 + 26, y + 2, W - 26, _items("section1a", PRIORITY_GROUNDS), R, size=BODY - 0.3)
        y += 4
        with s.region("section1b", "Section 1B: the probable-cause grounds", R):
            y = s.para(X0 + 14, y, W - 14, "**B.** Probable cause that the subject is removable is based on:", size=8.5)
            y = s.checklist(X0 + 26, y + 2, W - 26, _items("section1b", PROBABLE_CAUSE), R, size=BODY - 0.3)
    y += 6
    s.hline(X0, X1, y - 3, 0.8)
    with s.region("requests", "The requests", R):
        s.text(X0, y, "IT IS THEREFORE REQUESTED THAT YOU:", "sans-bold", 9.5)
        y += 15
        requests = [
            (
                "request.hold",
                "Request to hold: NOT TO EXCEED 48 HOURS",
                "Maintain custody of the subject for a period **NOT TO EXCEED 48 HOURS** beyond the time when "
                "he/she would otherwise have been released from your custody to allow DHS to assume custody.",
            ),
            (
                "request.notify",
                "Request to notify DHS before release",
                "Notify DHS as early as practicable (at least 48 hours, if possible) before the subject is "
                "released from your custody.",
            ),
            (
                "request.serve",
                "Request to serve a copy on the subject",
                "Serve a copy of this form on the subject.",
            ),
        ]
        y = s.checklist(X0 + 14, y, W - 14, requests, R, size=BODY)
        with s.region("request.bail", "Bail sentence: the request should not affect bail or release", R):
            y = s.para(
                X0 + 26,
                y,
                W - 26,
                "This request arises from DHS authorities and should not impact decisions about the subject's "
                "bail, rehabilitation, parole, release, diversion, custody classification, work, quarter "
                "assignments, or other matters.",
                size=BODY,
            )
    y = officer_block(s, fill, y + 8)
    lea_block(s, fill, y + 14)


def draw_i247(writer: FormWriter, fill: Fill | None = None) -> None:
    """The old I-247 as revised in December 2012, with the weekend-and-holiday exclusion."""
    fill = fill or {}
    s = writer.new_sheet(I247_FOOTER)
    y = draw_top(
        s,
        fill,
        "IMMIGRATION DETAINER – NOTICE OF ACTION",
        citizenship_label="Nationality:",
        provenance=R,
        header_provenance=V,
    )
    grounds = [
        (
            "felony",
            "Ground: felony conviction or charge",
            "has a prior felony conviction or has been charged with a felony offense;",
        ),
        (
            "three-misdemeanors",
            "Ground: three or more misdemeanor convictions",
            "has three or more prior misdemeanor convictions;",
        ),
        (
            "significant-misdemeanor",
            "Ground: misdemeanor involving violence, DUI, weapons, drugs or similar",
            "has a prior misdemeanor conviction or has been charged with a misdemeanor for an offense that involves "
            "violence, threats, or assaults; sexual abuse or exploitation; driving under the influence of alcohol "
            "or a controlled substance; unlawful flight from the scene of an accident; unlawful possession or use "
            "of a firearm or other deadly weapon; the distribution or trafficking of a controlled substance; or "
            "other significant threat to public safety;",
        ),
        (
            "illegal-entry",
            "Ground: illegal entry conviction",
            "has been convicted of illegal entry pursuant to 8 U.S.C. § 1325;",
        ),
        (
            "reentry",
            "Ground: illegal re-entry after removal",
            "has illegally re-entered the country after a previous removal or return;",
        ),
        ("removal-order", "Ground: outstanding order of removal", "has an outstanding order of removal;"),
        (
            "fraud",
            "Ground: immigration fraud",
            "has been found by an immigration officer or an immigration judge to have knowingly committed "
            "immigration fraud;",
        ),
        (
            "risk",
            "Ground: significant risk to security or public safety",
            "otherwise poses a significant risk to national security, border security, or public safety.",
        ),
    ]
    with s.region("grounds", "The checkbox grounds: why DHS believes the person is removable", R):
        with s.region("grounds.heading", "Grounds heading", R):
            y = _heading(
                s,
                y,
                "1.",
                "**DHS HAS DETERMINED THAT THERE IS REASON TO BELIEVE THE INDIVIDUAL IS AN ALIEN SUBJECT TO "
                "REMOVAL FROM THE UNITED STATES. THE INDIVIDUAL** (check all that apply):",
            )
        y = s.checklist(X0 + 14, y + 3, W - 14, _items("grounds", grounds), R, size=BODY - 0.3, gap=2.5)
    y += 8
    s.hline(X0, X1, y - 3, 0.8)
    requests = [
        (
            "request.hold",
            "Request to hold: 48 hours excluding Saturdays, Sundays and holidays",
            "Maintain custody of the subject for a period **NOT TO EXCEED 48 HOURS, excluding Saturdays, Sundays "
            "and holidays,** beyond the time when the subject would have otherwise been released from your custody "
            "to allow DHS to take custody of the subject. This request derives from federal regulation 8 C.F.R. "
            "§ 287.7. For purposes of this immigration detainer, you are not authorized to hold the subject beyond "
            "these 48 hours.",
        ),
        ("request.copy", "Request to give the subject a copy", "Provide a copy to the subject of this detainer."),
        (
            "request.notify-release",
            "Request to notify DHS of the time of release",
            "Notify this office of the time of release at least 30 days prior to release or as far in advance as "
            "possible.",
        ),
        (
            "request.notify-events",
            "Request to notify of death, hospitalization or transfer",
            "Notify this office in the event of the inmate's death, hospitalization or transfer to another "
            "institution.",
        ),
        (
            "request.conviction",
            "Detainer operative only upon conviction",
            "Consider this request for a detainer operative only upon the subject's conviction.",
        ),
        (
            "request.cancel",
            "Cancel a previously placed detainer",
            "Cancel the detainer previously placed by this Office on ____________________ (date).",
        ),
    ]
    with s.region("requests", "The requests: “IT IS REQUESTED THAT YOU:”", R):
        s.text(X0, y, "IT IS REQUESTED THAT YOU:", "sans-bold", 9.5)
        y = s.checklist(X0 + 14, y + 15, W - 14, requests, R, size=BODY)
    y = officer_block(s, fill, y + 8)
    with s.region("notice-line", "Notice line: LESC number and the detainee notice", R):
        s.para(
            X0,
            y + 10,
            W,
            "**Notice:** If the subject may be a United States citizen or the victim of a crime, or if you have "
            "questions about this detainer, contact the ICE Law Enforcement Support Center at (802) 872-6020. "
            "A notice to the detainee, giving the toll-free number (855) 448-6903, is to be provided to the "
            "subject with a copy of this detainer.",
            size=BODY - 0.3,
        )
