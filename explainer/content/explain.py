"""Build what an annotation, a set, a state note or a state-table row says, as blocks. No Qt here.

One builder per kind of content; the panel, the presenter console, the state view, the handouts and
the review memo all start from these, so a point reads the same everywhere it is shown or printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from ..anchors import Placement
from ..freshness import review_due
from ..model import (
    JURISDICTIONS,
    NATIONAL,
    Annotation,
    AnnotationSet,
    Authority,
    JurisdictionRow,
    JurisdictionTable,
)
from . import wording as w
from .blocks import (
    Authorities,
    AuthorityLine,
    Block,
    Body,
    Bullets,
    Callout,
    Facts,
    Heading,
    Links,
    Paragraph,
    Rule,
)
from .wording import reviewed_text, t


def authority_line(a: Authority) -> AuthorityLine:
    return AuthorityLine(
        citation=a.citation,
        pinpoint=a.pinpoint,
        kind=a.kind,
        year=a.year,
        verification=a.verification,
        label=w.verification_label(a.verification),
        checked=t(w.CHECKED, date=a.as_of.isoformat()),
        as_of=a.as_of,
        url=a.url,
        note=a.note,
    )


def authorities(items: Iterable[Authority]) -> Authorities:
    return Authorities(tuple(authority_line(a) for a in items))


def review_due_callout(what: str, reviewed: dt.date) -> Callout:
    return Callout("review-due", t(w.REVIEW_DUE_NOTE, what=t(what), date=reviewed.isoformat()))


def verification_banner(annotation: Annotation) -> list[Block]:
    if annotation.verification == "verified":
        return []
    return [Callout(annotation.verification, t(w.BANNER[annotation.verification]))]


def state_part(
    annotation: Annotation,
    code: str,
    table: JurisdictionTable | None,
    *,
    today: dt.date | None = None,
    national: str | None = w.NATIONAL_HINT,
    fallback: bool = True,
    row: JurisdictionRow | None = None,
) -> list[Block]:
    """The chosen jurisdiction's part of an explanation: the annotation's own note for it, else (with
    ``fallback``) that state's row of the state-law table (``row``, or looked up in ``table``),
    labelled as such. For national, a heading and ``national`` (or nothing when ``national`` is None)."""
    if code == NATIONAL or code not in JURISDICTIONS:
        return [Heading(2, t(w.NATIONAL)), Paragraph(t(national))] if national is not None else []
    name = JURISDICTIONS[code]
    heading = Heading(2, t(w.IN_STATE, state=name))
    note = annotation.state_notes.get(code)
    if note is not None:
        meta = t(
            w.STATE_NOTE_META, mark=w.verification_label(note.verification), date=reviewed_text(note.reviewed, today)
        )
        return [heading, Body(note.text), Paragraph(f"*{meta}*", "meta"), authorities(note.authorities)]
    if not fallback:
        return []
    if row is None or row.code != code:
        row = table.row(code) if table is not None else None
    if row is None:
        message = w.NO_STATE_NOTE if table is not None else w.NO_STATE_NOTE_NO_TABLE
        return [heading, Paragraph(t(message, state=name))]
    return [heading, *state_row_fallback(row, today)]


def state_row_fallback(row: JurisdictionRow, today: dt.date | None = None) -> list[Block]:
    """A state-table row standing in for a missing state note."""
    intro = t(w.FROM_STATE_TABLE, state=row.name, date=reviewed_text(row.reviewed, today), confidence=row.confidence)
    blocks: list[Block] = [Paragraph(f"*{intro}*", "meta"), Paragraph(row.summary)]
    if row.authorities:
        blocks.append(authorities(row.authorities))
    return blocks


def placement_callouts(placement: Placement | None) -> list[Block]:
    if placement is None:
        return []
    if not placement.placed:
        reason = getattr(placement, "reason", "") or ""
        text = t(w.NOT_PLACED_BECAUSE, reason=reason) if reason else t(w.NOT_PLACED)
        return [Callout("placement", text)]
    if placement.approximate:
        return [Callout("placement", t(w.APPROXIMATE))]
    return []


def explanation(
    annotation: Annotation,
    *,
    number: int | None = None,
    placement: Placement | None = None,
    reconstructed: Sequence[str] = (),
    jurisdiction: str = NATIONAL,
    table: JurisdictionTable | None = None,
    see_also: Sequence[tuple[int, str, str]] = (),
    aset: AnnotationSet | None = None,
    today: dt.date | None = None,
) -> list[Block]:
    """An annotation in full, as the panel and the presenter console show it.

    The chosen state's note comes right under the summary, where it is seen without scrolling; for
    national, a hint to choose a state closes the explanation. ``see_also``: (number, id, title) of
    related annotations. ``aset``: the set it comes from, named with its reviewed date (and "review
    due" after 12 months, judged on ``today``)."""
    mark = w.verification_label(annotation.verification)
    blocks: list[Block] = [
        Heading(1, annotation.title, number),
        Paragraph(f"*{annotation.category}* · " + t(w.OVERALL, mark=f"**{mark}**"), "meta"),
        Paragraph(f"**{annotation.summary}**", "summary"),
    ]
    state = jurisdiction in JURISDICTIONS
    if state:
        blocks += state_part(annotation, jurisdiction, table, today=today)
        blocks.append(Rule())
    blocks += verification_banner(annotation)
    if reconstructed:
        blocks.append(Callout("reconstructed", t(w.RECONSTRUCTED, regions=", ".join(reconstructed))))
    blocks += placement_callouts(placement)
    blocks.append(Body(annotation.body))
    if annotation.look_for:
        blocks += [Heading(2, t(w.LOOK_FOR)), Bullets(tuple(annotation.look_for))]
    if annotation.what_to_do:
        blocks += [Heading(2, t(w.WHAT_TO_DO)), Bullets(tuple(annotation.what_to_do))]
    blocks += [Heading(2, t(w.AUTHORITIES)), authorities(annotation.authorities)]
    if not state:
        blocks += state_part(annotation, jurisdiction, table, today=today)
    if see_also:
        blocks += [Heading(2, t(w.SEE_ALSO)), Links(tuple((f"{n}. {title}", ident) for n, ident, title in see_also))]
    if aset is not None:
        blocks += [
            Rule(),
            Paragraph("*" + t(w.FROM_SET, title=aset.title, date=reviewed_text(aset.reviewed, today)) + "*", "end"),
        ]
        if review_due(aset.reviewed, today):
            blocks.append(review_due_callout(w.THIS_SET, aset.reviewed))
    return blocks


def set_overview(aset: AnnotationSet | None, placed: int, today: dt.date | None = None) -> list[Block]:
    """What the panel shows with nothing selected."""
    if aset is None:
        return [Heading(1, t(w.NO_SET)), Paragraph(t(w.NO_SET_TEXT))]
    blocks: list[Block] = [
        Heading(1, aset.title),
        Paragraph(t(w.SET_COUNTS, count=len(aset.annotations), placed=placed)),
        Paragraph(
            "*" + t(w.SET_REVIEWED, date=reviewed_text(aset.reviewed, today), authors=", ".join(aset.authors)) + "*"
        ),
    ]
    if review_due(aset.reviewed, today):
        blocks.append(review_due_callout(w.THIS_SET, aset.reviewed))
    unverified = sum(1 for a in aset.annotations if a.verification != "verified")
    if unverified:
        blocks.append(Paragraph(t(w.SET_NOT_VERIFIED, count=unverified, total=len(aset.annotations))))
    blocks.append(Callout("disclaimer", aset.disclaimer))
    return blocks


def row_detail(row: JurisdictionRow, disclaimer: str = "", today: dt.date | None = None) -> list[Block]:
    """A state-table row in full (the state view's detail pane)."""
    reviewed = reviewed_text(row.reviewed, today)
    blocks: list[Block] = [
        Heading(1, f"{row.name} ({row.code})"),
        Paragraph(row.summary, "lead"),
        Facts(
            (
                (t(w.ROW_HOLDS), f"{w.HOLDS_SYMBOL[row.holds]} — {t(w.HOLDS[row.holds])}"),
                (t(w.ROW_INFO), t(w.INFO[row.info_sharing])),
                (t(w.ROW_CONFIDENCE), row.confidence),
                (t(w.ROW_REVIEWED), reviewed),
            )
        ),
    ]
    if review_due(row.reviewed, today):
        blocks.append(review_due_callout(w.THIS_ROW, row.reviewed))
    blocks.append(Heading(2, t(w.AUTHORITIES)))
    blocks.append(authorities(row.authorities) if row.authorities else Paragraph(f"*{t(w.ROW_NO_AUTHORITY)}*"))
    if row.notes:
        blocks += [Heading(2, t(w.ROW_NOTES)), Bullets(tuple(row.notes))]
    if disclaimer:
        blocks.append(Callout("disclaimer", disclaimer))
    return blocks
