"""The review memo: the findings the attorney marked on a client's document, as Markdown.

:func:`build_memo` gathers what goes in (a plain :class:`Memo`), :func:`to_markdown` writes it, and
``explainer.review.memo_pdf`` prints the same memo as a PDF. What goes in: the heading the user typed
(nothing about the client unless they typed it: not the file name, not the path), the form and
edition, each annotation marked "issue found" with its explanation, authorities and the note for
the chosen jurisdiction (named), the attorney's notes, the set's disclaimer and the date. Annotations
not marked "issue found" are left out, and so are their notes. Qt-free.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..model import JURISDICTIONS, NATIONAL, Annotation, AnnotationSet, Authority, FormDescription, JurisdictionRow
from ..verification import VERIFICATION_LABEL
from .checklist import Checklist

DEFAULT_HEADING = "Detainer review memo"


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
        return JURISDICTIONS.get(self.jurisdiction, "National (no state chosen)")

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
        heading=checklist.heading.strip() or DEFAULT_HEADING,
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


def authority_text(authority: Authority) -> str:
    text = authority.citation
    if authority.pinpoint:
        text += f", {authority.pinpoint}"
    text += f" ({VERIFICATION_LABEL[authority.verification]}, as of {authority.as_of.isoformat()})"
    if authority.note:
        text += f". {authority.note}"
    return text


def _quote_block(text: str) -> list[str]:
    return [f"> {line}" if line.strip() else ">" for line in text.splitlines()]


def _demote(markdown: str, levels: int = 3) -> str:
    """Keep an annotation body's own headings below the memo's."""
    out = []
    for line in markdown.splitlines():
        stripped = line.lstrip()
        if stripped.startswith("#"):
            hashes = len(stripped) - len(stripped.lstrip("#"))
            line = "#" * min(6, hashes + levels) + stripped[hashes:]
        out.append(line)
    return "\n".join(out)


def state_paragraph(memo: Memo, ann: Annotation) -> tuple[str, str, list[Authority]]:
    """(heading, Markdown text, authorities) for the chosen jurisdiction's note on ``ann``."""
    if not memo.has_state:
        return ("National", "No state was chosen; the state notes are not included.", [])
    name = memo.jurisdiction_name
    note = ann.state_notes.get(memo.jurisdiction)
    if note is not None:
        label = VERIFICATION_LABEL[note.verification]
        return (
            f"In {name}",
            f"{note.text}\n\n*State note {label}; reviewed {note.reviewed.isoformat()}.*",
            list(note.authorities),
        )
    if memo.state_row is not None:
        return (
            f"In {name}",
            f"This point has no {name}-specific note. The state table says: {memo.state_row.summary}",
            list(memo.state_row.authorities),
        )
    return (f"In {name}", f"This point has no {name}-specific note.", [])


def to_markdown(memo: Memo) -> str:
    lines = [f"# {memo.heading}", ""]
    lines += [
        f"- **Document reviewed:** {memo.form_number}, {memo.form_title} (edition {memo.edition})",
        *[f"- **Also in the file:** {other}" for other in memo.attached],
        f"- **Jurisdiction:** {memo.jurisdiction_name}",
        f"- **Date:** {memo.date.isoformat()}",
        f"- **Explanations from:** {memo.set_title} (content reviewed {memo.set_reviewed.isoformat()})",
        "",
    ]
    n = len(memo.findings)
    lines += [f"## Findings ({n})" if n else "## Findings", ""]
    if not memo.findings:
        lines += ["No annotation was marked \u201cissue found\u201d.", ""]
    for finding in memo.findings:
        ann = finding.annotation
        lines += [f"### {finding.number}. {ann.title}", ""]
        meta = f"*{ann.category}*" + (f" \u00b7 {finding.location}" if finding.location else "")
        lines += [meta, "", f"**{ann.summary}**", ""]
        if finding.note:
            lines += ["**Attorney's note:**", "", *_quote_block(finding.note), ""]
        lines += [_demote(ann.body.strip()), ""]
        if ann.look_for:
            lines += ["**What to look for**", "", *[f"- {item}" for item in ann.look_for], ""]
        if ann.what_to_do:
            lines += ["**What you can do**", "", *[f"- {item}" for item in ann.what_to_do], ""]
        lines += ["**Authorities**", "", *[f"- {authority_text(a)}" for a in ann.authorities], ""]
        title, text, authorities = state_paragraph(memo, ann)
        lines += [f"**{title}**", "", text, ""]
        lines += [f"- {authority_text(a)}" for a in authorities]
        if authorities:
            lines.append("")
    if memo.general_notes:
        lines += ["## Attorney's notes", "", memo.general_notes, ""]
    lines += ["---", ""]
    lines += [line for para in memo.disclaimer.split("\n\n") if para.strip() for line in (f"*{para.strip()}*", "")]
    lines += [f"*Prepared {memo.date.isoformat()} with Detainer Explainer.*", ""]
    return "\n".join(lines)
