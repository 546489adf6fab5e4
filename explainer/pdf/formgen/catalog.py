"""The sample forms the project ships: one :class:`FormSpec` per PDF in ``assets/forms/``."""

from __future__ import annotations

from .build import FormSpec
from .i247a import draw_i247a
from .scenarios import draw_scenario_a, draw_scenario_b, draw_scenario_c
from .warrants import I200_FOOTER, I205_FOOTER, draw_i200, draw_i205

I247A_REGIONS = [
    "header", "ids", "to-from", "subject", "subject.name", "subject.citizenship", "box1", "box1.heading",
    "box1.a", "box1.b", "box1.c", "box1.d", "box2", "requests", "request.notify", "request.hold",
    "request.serve", "request.bail", "request.relay", "request.notify-events", "request.cancel", "officer",
    "notice-line", "lea-block", "lea.booking", "lea.release", "lea.charge", "lea.service", "lea.officer",
    "footer", "notice.en", "notice.en.hotlines", "notice.es", "footer.p2", "notice.translations", "footer.p3",
]  # fmt: skip

I247A_NOTES = [
    "Sample facsimile drawn by Detainer Explainer's own code (explainer.pdf.formgen); not an official form.",
    "Page 1 from the agency line down to the LESC number (802) 872-6020 follows a transcription of an I-247A "
    "whose footer reads 'DHS Form I-247A (02/17) Page 1 of 3' (REFERENCE.md §1.1, verified). The wording of the "
    "Box 1 heading is given by the research only in paraphrase; it is drawn here as best known.",
    "Everything below the notify request on page 1 (the NOT TO EXCEED 48 HOURS request, the service and bail "
    "sentences, the relay and death/hospitalization/transfer requests, the cancel box, the officer block, the "
    "Notice line and the whole block for the law enforcement agency) is reconstructed from memory: no archived "
    "copy gave its text (ADDENDUM.md §1.1). The research calls the relay and notify requests checkboxes; they "
    "are drawn as bullets, as remembered.",
    "The notice to the detainee (page 2, English then Spanish) is reconstructed: its substance follows "
    "REFERENCE.md §1.1; the Joint Intake Center number is from memory; the Spanish text is the project's own "
    "translation. Page 3 only marks where the French, Portuguese, Chinese and Vietnamese translations sit; "
    "which language is on which page is unverified (ADDENDUM.md §1.2).",
    "Edition '02/17' is the only edition string seen in a source; practitioners often cite '(3/17)', which is "
    "unverified.",
]

I247A = FormSpec(
    id="i-247a",
    form_number="I-247A",
    title="Immigration Detainer – Notice of Action",
    edition="02/17",
    footer="DHS Form I-247A (02/17)",
    draw=lambda writer: draw_i247a(writer),
    fingerprints=[
        "DHS Form I-247A (02/17)",
        "IMMIGRATION DETAINER – NOTICE OF ACTION",
        "IT IS THEREFORE REQUESTED THAT YOU:",
    ],
    notes=I247A_NOTES,
    required_regions=I247A_REGIONS,
)

WARRANT_NOTE = (
    "The layout and labels are drawn from memory: no blank of this form was read (REFERENCE.md §{ref}, "
    "ADDENDUM.md §{add}). Wording is a faithful paraphrase of what is known, and every region is marked "
    "reconstructed. The edition string is not known, so the footer says 'edition unknown'."
)

I200 = FormSpec(
    id="i-200",
    form_number="I-200",
    title="Warrant for Arrest of Alien",
    edition="unknown",
    footer=I200_FOOTER,
    draw=lambda writer: draw_i200(writer),
    fingerprints=["Warrant for Arrest of Alien", "Form I-200"],
    notes=[
        "Sample facsimile drawn by Detainer Explainer's own code; not an official form.",
        WARRANT_NOTE.format(ref="1.5", add="1.3"),
        "The I-200 is an administrative warrant signed by an immigration officer, not a judge. The grounds "
        "checkboxes mirror I-247A Box 1 plus a charging-document and a deferred-inspection ground, as the "
        "research remembers them; the quoted labels 'To any immigration officer authorized pursuant to sections "
        "236 and 287', 'I have determined that there is probable cause to believe that' and 'YOU ARE COMMANDED "
        "to arrest and take into custody' were searched for and not found (ADDENDUM.md §1.3).",
        "The certificate of service at the bottom is drawn from memory; on issued forms it may sit on the back.",
    ],
    required_regions=["header", "subject", "grounds", "grounds.biometric", "command", "issuer", "signature", "service"],
)

I205 = FormSpec(
    id="i-205",
    form_number="I-205",
    title="Warrant of Removal/Deportation",
    edition="unknown",
    footer=I205_FOOTER,
    draw=lambda writer: draw_i205(writer),
    fingerprints=["Warrant of Removal/Deportation", "Form I-205"],
    notes=[
        "Sample facsimile drawn by Detainer Explainer's own code; not an official form.",
        WARRANT_NOTE.format(ref="1.6", add="1.4"),
        "Legal basis (verified): 8 C.F.R. § 241.2(a)(1) — the I-205 issues on the basis of a final "
        "administrative removal order. The list of who made the final order (immigration judge, designated "
        "official, BIA, district or magistrate judge) is from memory.",
        "Page 2 (reverse): photo, fingerprint, signature and 'verification of removal'. Case law partly confirms "
        "that an executed I-205 carries the person's signature and fingerprint, the witnessing officer, and the "
        "manner and details of departure (United States v. Harvey, 2d Cir. 2014; United States v. Orozco-Acosta, "
        "9th Cir. 2010). The photo box and box titles are unverified. Caution (ADDENDUM.md §1.4): departure "
        "verification also appears on a separate form, the I-296, so not every verification of removal sits on "
        "the back of an I-205.",
    ],
    required_regions=[
        "header",
        "subject",
        "final-order",
        "command",
        "issuer",
        "signature",
        "reverse.verification",
        "reverse.photo",
        "reverse.fingerprint",
    ],
)

SCENARIO_NOTE = (
    "Training scenario: a filled-in copy of the I-247A facsimile with fictitious values (names 'SAMPLE, "
    "PERSON ...', A-numbers 'A000-000-00N', phone '(555) 010-0000', Sample County Jail, dates in 2026). "
    "Every I-247A region keeps its name and provenance from the blank form; filled values are regions "
    "named 'fill.<field>'."
)

SCENARIO_A = FormSpec(
    id="scenario-a-database-only",
    form_number="I-247A",
    title="Scenario A: database-only probable cause, nothing attached, never served",
    edition="02/17",
    footer="DHS Form I-247A (02/17)",
    draw=draw_scenario_a,
    fingerprints=["DHS Form I-247A (02/17)", "SAMPLE, PERSON A", "A000-000-001"],
    notes=[
        SCENARIO_NOTE,
        "Planted points: only Box 1 (c) (biometric confirmation and database checks) is ticked; no I-200 or "
        "I-205 is attached; the service line of the jail's block is blank; the estimated release date is close "
        "to the detainer's date, so the 48-hour clock matters.",
    ],
    kind="scenario",
    base_form="i-247a",
    required_regions=[*I247A_REGIONS, "fill.name", "fill.citizenship", "fill.release"],
)

SCENARIO_B = FormSpec(
    id="scenario-b-citizen-i200",
    form_number="I-247A",
    title="Scenario B: a U.S.-born subject, with an I-200 signed by a supervisory officer",
    edition="02/17",
    footer="DHS Form I-247A (02/17)",
    draw=draw_scenario_b,
    fingerprints=["DHS Form I-247A (02/17)", "SAMPLE, PERSON B", "Warrant for Arrest of Alien"],
    notes=[
        SCENARIO_NOTE,
        "Pages 1-3: the I-247A with Box 1 (c) and (d) ticked and the citizenship line reading 'MEXICO'. "
        "Page 4: an attached I-200 (itself a reconstructed facsimile; regions prefixed 'i200.') signed by a "
        "'Supervisory Deportation Officer', not a judge. Page 5: a fictitious jail booking-sheet excerpt "
        "(regions prefixed 'booking.') giving the place of birth as 'Sampletown, Texas, USA'.",
        "Planted points: the booking sheet says born in the U.S. while the detainer names another "
        "citizenship; the only warrant is administrative, signed by an immigration officer; the boxes on the "
        "I-247A and the grounds on the I-200 should be compared.",
    ],
    kind="scenario",
    base_form="i-247a",
    required_regions=[
        *I247A_REGIONS,
        "fill.citizenship",
        "i200.header",
        "i200.signature",
        "i200.issuer",
        "i200.grounds",
        "i200.grounds.biometric",
        "i200.command",
        "booking.birthplace",
        "booking.citizenship",
        "booking.name",
    ],
)

SCENARIO_C = FormSpec(
    id="scenario-c-box2-transfer",
    form_number="I-247A",
    title="Scenario C: a Box 2 transfer detainer",
    edition="02/17",
    footer="DHS Form I-247A (02/17)",
    draw=draw_scenario_c,
    fingerprints=["DHS Form I-247A (02/17)", "SAMPLE, PERSON C", "A000-000-003"],
    notes=[
        SCENARIO_NOTE,
        "Planted points: Box 2 (DHS transferred the person into the jail's custody for a proceeding or "
        "investigation) is ticked and Box 1 is left blank, as ICE's guidance says it should be; the form was "
        "served in person before the transfer.",
    ],
    kind="scenario",
    base_form="i-247a",
    required_regions=[*I247A_REGIONS, "fill.name", "fill.served-date"],
)

FORMS: list[FormSpec] = [I247A, I200, I205, SCENARIO_A, SCENARIO_B, SCENARIO_C]


def spec(form_id: str) -> FormSpec:
    for candidate in FORMS:
        if candidate.id == form_id:
            return candidate
    raise KeyError(form_id)
