"""The sample forms the project ships: one :class:`FormSpec` per PDF in ``assets/forms/``."""

from __future__ import annotations

from .build import FormSpec
from .i247a import draw_i247a

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

FORMS: list[FormSpec] = [I247A]


def spec(form_id: str) -> FormSpec:
    for candidate in FORMS:
        if candidate.id == form_id:
            return candidate
    raise KeyError(form_id)
