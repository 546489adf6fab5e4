"""The sample forms the project ships: one :class:`FormSpec` per PDF in ``assets/forms/``."""

from __future__ import annotations

from .build import FormSpec
from .i247a import draw_i247a
from .notices import I247G_FOOTER, I247N_FOOTER, draw_i247g, draw_i247n
from .older import I247_FOOTER, I247D_FOOTER, draw_i247, draw_i247d
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
    "Sample facsimile drawn by Detainer Explainer's own code (tools/formgen); not an official form.",
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

FACSIMILE = "Sample facsimile drawn by Detainer Explainer's own code (tools/formgen); not an official form."
TOP_NOTE = (
    "The identifier row, TO/FROM and subject row are drawn like the I-247A's; that this form carried the same "
    "fields is {how}."
)

I247N = FormSpec(
    id="i-247n",
    form_number="I-247N",
    title="Request for Voluntary Notification of Release of Suspected Priority Alien",
    edition="2015",
    footer=I247N_FOOTER,
    draw=lambda writer: draw_i247n(writer),
    fingerprints=[
        "DHS Form I-247N (2015)",
        "REQUEST FOR VOLUNTARY NOTIFICATION OF RELEASE OF SUSPECTED PRIORITY ALIEN",
    ],
    notes=[
        FACSIMILE,
        "PEP-era form (2015 until its rescission on 2 Apr 2017; detainers already lodged on it stay active). "
        "The title is verified (Federal Defenders of New York blog, REFERENCE.md §1.3). The edition is known only "
        "as the year 2015: the footer's '(2015)' stands in for an edition string that was not seen.",
        "Verified in substance: it is notice only, and states on its face that it neither requests nor "
        "authorizes detention and that it should not affect bail or release decisions. The exact wording of "
        "those statements, the priority grounds (drawn like I-247D section 1A) and the field layout are "
        "reconstructed. " + TOP_NOTE.format(how="assumed, not verified"),
    ],
    required_regions=[
        "header",
        "subject",
        "subject.name",
        "priority",
        "request.notify",
        "no-detention",
        "request.bail",
        "officer",
    ],
)

I247G = FormSpec(
    id="i-247g",
    form_number="I-247G",
    title="Request for Advance Notification of Release",
    edition="unknown",
    footer=I247G_FOOTER,
    draw=lambda writer: draw_i247g(writer),
    fingerprints=["REQUEST FOR ADVANCE NOTIFICATION OF RELEASE", "Form I-247G"],
    notes=[
        FACSIMILE,
        "In use from 4 Mar 2025 in offices covered by the settlement in Gonzalez v. ICE. The title, and the fact "
        "that it neither requests nor authorizes a hold, are verified (NIJC, REFERENCE.md §1.1, ADDENDUM.md §1.5).",
        "The body text, fields and edition date were not found (ADDENDUM.md §1.5): everything below the title is "
        "reconstructed, the edition is 'unknown', and whether the form states probable-cause grounds is not "
        "known, so none are drawn. " + TOP_NOTE.format(how="assumed, not verified"),
    ],
    required_regions=[
        "header",
        "subject",
        "subject.name",
        "purpose",
        "request.notify",
        "no-hold",
        "officer",
        "lea-block",
    ],
)

I247D = FormSpec(
    id="i-247d",
    form_number="I-247D",
    title="Immigration Detainer – Request for Voluntary Action",
    edition="2015",
    footer=I247D_FOOTER,
    draw=lambda writer: draw_i247d(writer),
    fingerprints=["DHS Form I-247D (2015)", "IMMIGRATION DETAINER – REQUEST FOR VOLUNTARY ACTION"],
    notes=[
        FACSIMILE,
        "PEP-era form (2015 until its rescission on 2 Apr 2017; detainers already lodged on it stay active); the "
        "form in Lunn v. Commonwealth. The title, with the word 'Voluntary', and the header fields (as on the "
        "I-247A, with 'Name of Subject') are verified from a transcription (REFERENCE.md §1.3).",
        "Section 1A (the six enforcement-priority grounds) and section 1B (the four probable-cause grounds later "
        "carried onto the I-247A) are verified in substance; their wording here is a paraphrase, so those "
        "regions are reconstructed. The requests, the officer block and the block for the law enforcement "
        "agency (drawn like the I-247A's) are reconstructed from memory.",
        "The edition is known only as the year 2015: the footer's '(2015)' stands in for an edition string that "
        "was not seen. The issued form may have carried further pages (a notice to the detainee); they are not "
        "drawn.",
    ],
    required_regions=[
        "header",
        "ids",
        "to-from",
        "subject",
        "subject.name",
        "section1",
        "section1a",
        "section1a.felony",
        "section1b",
        "section1b.biometric",
        "requests",
        "request.hold",
        "officer",
    ],
)

I247 = FormSpec(
    id="i-247",
    form_number="I-247",
    title="Immigration Detainer – Notice of Action",
    edition="12/12",
    footer=I247_FOOTER,
    draw=lambda writer: draw_i247(writer),
    fingerprints=["DHS Form I-247 (12/12)", "excluding Saturdays, Sundays and holidays"],
    notes=[
        FACSIMILE,
        "The old I-247 as revised in December 2012 (with the Morton detainer guidance), drawn for history lessons. "
        "The title is the form name 8 C.F.R. § 287.7(a) has long used (verified). The '(12/12)' edition string "
        "follows the revision date (21 Dec 2012, verified); a copy showing it was not read.",
        "The hold request's 'for a period not to exceed 48 hours, excluding Saturdays, Sundays and holidays' "
        "follows 8 C.F.R. § 287.7(d) (verified); the rest of the request's wording, the checkbox grounds (which "
        "replaced the earlier 'initiated an investigation' box) and the other requests are reconstructed from "
        "memory. The 2011 forms' 'require[s]' wording is not on this revision.",
        TOP_NOTE.format(how="assumed, not verified") + " The subject row reads 'Nationality:'.",
        "The Notice line is reconstructed: the Dec 2011 revision added a detainee notice (with translations and "
        "the (855) 448-6903 hotline) and asked the jail to give the person a copy (verified, ICE bulletin); that "
        "notice is mentioned but not drawn here.",
    ],
    required_regions=[
        "header",
        "subject",
        "subject.name",
        "grounds",
        "grounds.felony",
        "requests",
        "request.hold",
        "request.copy",
        "request.cancel",
        "officer",
    ],
)

FORMS: list[FormSpec] = [I247A, I200, I205, I247N, I247G, I247D, I247, SCENARIO_A, SCENARIO_B, SCENARIO_C]


def spec(form_id: str) -> FormSpec:
    for candidate in FORMS:
        if candidate.id == form_id:
            return candidate
    raise KeyError(form_id)
