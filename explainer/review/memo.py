"""The review memo: the findings the attorney marked on a client's document.

:func:`build_memo` gathers what goes in (a plain :class:`Memo`), :func:`memo_blocks` says it as content
blocks, :func:`to_markdown` writes them as Markdown and ``explainer.review.memo_pdf`` prints them as a
PDF. What goes in: the heading the user typed
(nothing about the client unless they typed it: not the file name, not the path), the form and
edition, each annotation marked "issue found" with its explanation, authorities and the note for
the chosen jurisdiction (named), the attorney's notes, the set's disclaimer and the date. Annotations
not marked "issue found" are left out, and so are their notes. Qt-free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..content import explain, markdown_out
from ..content import wording as w
from ..content.blocks import Block, Body, Bullets, Callout, Facts, Heading, Paragraph, PlainText, Rule, shifted
from ..content.wording import t
from ..i18n import _
from ..model import JURISDICTIONS, NATIONAL, Annotation, AnnotationSet, FormDescription, JurisdictionRow
from .checklist import Checklist

DEFAULT_HEADING = w.MEMO_HEADING


@dataclass(frozen=True)
class Finding:
    number: int  # the annotation's number on the form (its place in the set)
    annotation: Annotation
    note: str  # the attorney's note on it
    location: str  # e.g. "page 1, Box 1 (c)"; "not placed on the document" otherwise


@dataclass(frozen=True)
class Memo:
    heading: str
    form_number: str
    form_title: str
    edition: str
    set_title: str
    set_reviewed: dt.date
    jurisdiction: str  # USPS code or "US"
    findings: list[Finding]
    general_notes: str
    disclaimer: str
    date: dt.date
    counts: dict[str, int] = field(default_factory=dict)
    state_row: JurisdictionRow | None = None
    attached: list[str] = field(default_factory=list)  # other forms in the file, e.g. "I-200, ..., page 4"

    @property
    def jurisdiction_name(self) -> str:
        return JURISDICTIONS.get(self.jurisdiction) or _(w.MEMO_NATIONAL)

    @property
    def has_state(self) -> bool:
        return self.jurisdiction in JURISDICTIONS


def build_memo(
    checklist: Checklist,
    aset: AnnotationSet,
    form: FormDescription,
    *,
    locations: Mapping[str, str] | None = None,
    state_row: JurisdictionRow | None = None,
    today: dt.date | None = None,
    attached: Sequence[str] = (),
) -> Memo:
    """Collect the memo for ``checklist``: only the annotations marked "issue found", in form order.

    ``attached``: the other forms the file holds (their annotations are in ``aset``, titled by form)."""
    order = [a.id for a in aset.annotations]
    numbers = {ident: n for n, ident in enumerate(order, start=1)}
    findings = []
    for ident in checklist.findings(order):
        ann = aset.get(ident)
        if ann is None:  # marked under an older version of the set that no longer has it
            continue
        where = (locations or {}).get(ident, "")
        findings.append(Finding(numbers[ident], ann, checklist.entry(ident).note.strip(), where))
    jurisdiction = checklist.jurisdiction if checklist.jurisdiction in JURISDICTIONS else NATIONAL
    return Memo(
        heading=checklist.heading.strip() or _(DEFAULT_HEADING),
        form_number=form.form_number,
        form_title=form.title,
        edition=form.edition,
        set_title=aset.title,
        set_reviewed=aset.reviewed,
        jurisdiction=jurisdiction,
        findings=findings,
        general_notes=checklist.general_notes.strip(),
        disclaimer=aset.disclaimer,
        date=today or dt.date.today(),
        counts=checklist.counts(),
        state_row=state_row if state_row is not None and state_row.code == jurisdiction else None,
        attached=list(attached),
    )


def finding_blocks(memo: Memo, finding: Finding) -> list[Block]:
    """One finding: the point (title a level-3 heading), the attorney's note, the explanation, the
    authorities and the chosen jurisdiction's part."""
    ann = finding.annotation
    meta = f"*{ann.category}*" + (f" \u00b7 {finding.location}" if finding.location else "")
    blocks: list[Block] = [
        Heading(1, ann.title, finding.number),
        Paragraph(meta, "meta"),
        Paragraph(f"**{ann.summary}**", "summary"),
    ]
    if finding.note:
        blocks += [Paragraph(f"**{t(w.MEMO_ATTORNEY_NOTE)}**"), Callout("note", finding.note, plain=True)]
    blocks.append(Body(ann.body))
    if ann.look_for:
        blocks += [Heading(2, t(w.LOOK_FOR)), Bullets(tuple(ann.look_for))]
    if ann.what_to_do:
        blocks += [Heading(2, t(w.WHAT_TO_DO)), Bullets(tuple(ann.what_to_do))]
    blocks += [Heading(2, t(w.AUTHORITIES)), explain.authorities(ann.authorities)]
    blocks += explain.state_part(ann, memo.jurisdiction, None, national=w.NATIONAL_MEMO, row=memo.state_row)
    return shifted(blocks, 2)


def memo_blocks(memo: Memo) -> list[Block]:
    """The whole memo, for the PDF and the Markdown export alike."""
    facts = [
        (
            t(w.MEMO_DOCUMENT),
            t(w.MEMO_DOCUMENT_VALUE, number=memo.form_number, title=memo.form_title, edition=memo.edition),
        ),
        *((t(w.MEMO_ALSO), other) for other in memo.attached),
        (t(w.MEMO_JURISDICTION), memo.jurisdiction_name),
        (t(w.MEMO_DATE), memo.date.isoformat()),
        (t(w.MEMO_FROM), t(w.MEMO_FROM_VALUE, title=memo.set_title, date=memo.set_reviewed.isoformat())),
    ]
    count = len(memo.findings)
    blocks: list[Block] = [
        Heading(1, memo.heading),
        Facts(tuple(facts)),
        Heading(2, t(w.MEMO_FINDINGS_COUNT, count=count) if count else t(w.MEMO_FINDINGS)),
    ]
    if not memo.findings:
        blocks.append(Paragraph(t(w.MEMO_NO_FINDINGS)))
    for finding in memo.findings:
        blocks += finding_blocks(memo, finding)
    if memo.general_notes:
        blocks += [Heading(2, t(w.MEMO_ATTORNEY_NOTES)), PlainText(memo.general_notes)]
    blocks += [
        Rule(),
        Callout("disclaimer", memo.disclaimer),
        Paragraph("*" + t(w.MEMO_PREPARED, date=memo.date.isoformat()) + "*", "end"),
    ]
    return blocks


def to_markdown(memo: Memo) -> str:
    return markdown_out.to_markdown(memo_blocks(memo))
