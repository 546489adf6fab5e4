"""The explanation panel: one annotation, in full, with its authorities and the state note.

Rendered from Markdown by Qt's own QTextDocument. Nothing is ever fetched: ``loadResource`` returns
nothing for every URL (so an image in a body is never loaded), and the browser never follows a link
itself; a click on a link asks the operating system to open it, and only on that explicit click.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QTextBlockFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..anchors import Placement
from ..freshness import review_due, reviewed_text
from ..model import JURISDICTIONS, NATIONAL, Annotation, AnnotationSet, Authority, JurisdictionTable
from ..verification import VERIFICATION_LABEL

OPENABLE_SCHEMES = {"http", "https", "mailto"}
ANNOTATION_SCHEME = "annotation"  # links between annotations: annotation:ID
QUOTE_BACKGROUND = QColor("#FFF3D6")  # a pale amber: call-outs stand apart in print and on a projector
VERIFICATION_BANNER = {
    "partly-verified": "**Partly verified — check the sources.** Some of what this point says could not be "
    "checked against a source; read the authorities marked below before relying on it.",
    "unverified": "**UNVERIFIED — check before relying on it.** The research behind this point could not be "
    "confirmed against a source; treat it as a lead to check, not as settled law.",
}


def _authority_line(auth: Authority) -> str:
    text = auth.citation
    if auth.pinpoint:
        text += f", {auth.pinpoint}"
    mark = VERIFICATION_LABEL[auth.verification]
    text += f" — **{mark}** (checked {auth.as_of.isoformat()})"
    if auth.url:
        text += f" — [{auth.url}]({auth.url})"
    if auth.note:
        text += f" — *{auth.note}*"
    return f"- {text}"


def _bullets(items: list[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


def review_due_warning(what: str, reviewed: dt.date) -> str:
    return (
        f"> **Review due.** {what} was last reviewed on {reviewed.isoformat()}, more than 12 months ago: "
        "check current law."
    )


def jurisdiction_section(
    annotation: Annotation, code: str, table: JurisdictionTable | None, today: dt.date | None = None
) -> str:
    """The state part: the annotation's own note, else the state-table row's summary, labelled as such."""
    if code == NATIONAL or code not in JURISDICTIONS:
        return "## National\n\nChoose a state in the jurisdiction selector to see what changes there."
    name = JURISDICTIONS[code]
    note = annotation.state_notes.get(code)
    if note is not None:
        parts = [f"## {name}", note.text, "**Authorities for this note**"]
        parts.append("\n".join(_authority_line(a) for a in note.authorities))
        parts.append(f"*Note {VERIFICATION_LABEL[note.verification]}; reviewed {reviewed_text(note.reviewed, today)}.*")
        return "\n\n".join(parts)
    row = table.row(code) if table is not None else None
    if row is None:
        return f"## {name}\n\nNo note specific to {name} for this point, and no state table is loaded."
    parts = [
        f"## {name}",
        f"*No note specific to {name} for this point. From the state table ({row.name}, reviewed "
        f"{reviewed_text(row.reviewed, today)}, confidence {row.confidence}):*",
        row.summary,
    ]
    if row.authorities:
        parts.append("\n".join(_authority_line(a) for a in row.authorities))
    return "\n\n".join(parts)


def annotation_markdown(
    annotation: Annotation,
    *,
    number: int | None = None,
    placement: Placement | None = None,
    reconstructed: list[str] | None = None,
    jurisdiction: str = NATIONAL,
    table: JurisdictionTable | None = None,
    see_also: list[tuple[int, str, str]] | None = None,
    aset: AnnotationSet | None = None,
    today: dt.date | None = None,
) -> str:
    """The whole explanation as Markdown. ``see_also``: (number, id, title) of related annotations,
    shown as ``annotation:ID`` links that the panel turns into a selection. ``aset``: the set it comes
    from, named with its reviewed date (marked "review due" after 12 months, judged on ``today``)."""
    prefix = f"{number}. " if number is not None else ""
    parts = [
        f"# {prefix}{annotation.title}",
        f"*{annotation.category}* · overall: **{VERIFICATION_LABEL[annotation.verification]}**",
        f"**{annotation.summary}**",
    ]
    if annotation.verification in VERIFICATION_BANNER:
        parts.append(f"> {VERIFICATION_BANNER[annotation.verification]}")
    if reconstructed:
        parts.append(
            f"**Reconstructed wording.** The form wording at {', '.join(reconstructed)} on this sample is "
            "reconstructed from what is known about the form, not read from an official copy."
        )
    if placement is not None and not placement.placed:
        parts.append("**Not placed.** This point's anchor was not found on this document, so it has no marker.")
    elif placement is not None and placement.approximate:
        parts.append("**Approximate position.** The marker is placed where this point sits on the sample form.")
    parts.append(annotation.body)
    if annotation.look_for:
        parts += ["## What to look for", _bullets(annotation.look_for)]
    if annotation.what_to_do:
        parts += ["## What you can do", _bullets(annotation.what_to_do)]
    parts += ["## Authorities", "\n".join(_authority_line(a) for a in annotation.authorities)]
    parts.append(jurisdiction_section(annotation, jurisdiction, table, today))
    if see_also:
        parts += [
            "## See also",
            "\n".join(f"- [{n}. {title}]({ANNOTATION_SCHEME}:{ident})" for n, ident, title in see_also),
        ]
    if aset is not None:
        parts.append(f"---\n\n*From “{aset.title}”, reviewed {reviewed_text(aset.reviewed, today)}.*")
        if review_due(aset.reviewed, today):
            parts.append(review_due_warning("This annotation set", aset.reviewed))
    return "\n\n".join(parts) + "\n"


def set_overview_markdown(aset: AnnotationSet | None, count_placed: int, today: dt.date | None = None) -> str:
    if aset is None:
        return (
            "# No annotation set\n\nNo annotation set matches this document. "
            "Open one with **File > Open annotation set…**."
        )
    parts = [
        f"# {aset.title}",
        f"{len(aset.annotations)} points, {count_placed} marked on the form. "
        "Click a numbered marker or a row in the list, or press **N** / **Tab** to step through them.",
        f"*Reviewed {reviewed_text(aset.reviewed, today)} by {', '.join(aset.authors)}.*",
    ]
    if review_due(aset.reviewed, today):
        parts.append(review_due_warning("This annotation set", aset.reviewed))
    unverified = sum(1 for a in aset.annotations if a.verification != "verified")
    if unverified:
        parts.append(
            f"{unverified} of the {len(aset.annotations)} points are not fully verified; each says so at its top."
        )
    parts.append(f"> {aset.disclaimer}")
    return "\n\n".join(parts) + "\n"


class ExplanationPanel(QTextBrowser):
    link_opened = Signal(QUrl)
    annotation_link = Signal(str)  # a "See also" link was clicked: the annotation id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName("Explanation")
        self.document().setDocumentMargin(14)
        self.anchorClicked.connect(self._link_clicked)
        self.shown_annotation: str | None = None

    def loadResource(self, _type: int, _name: QUrl | str) -> object:
        """Never load anything: images and style sheets referenced by content stay unloaded."""
        return None

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == ANNOTATION_SCHEME:
            self.annotation_link.emit(url.path())
        elif url.scheme() in OPENABLE_SCHEMES:
            self.link_opened.emit(url)
            QDesktopServices.openUrl(url)

    def show_markdown(self, text: str, annotation_id: str | None = None) -> None:
        self.shown_annotation = annotation_id
        self.setMarkdown(text)
        self._shade_quotes()
        self.verticalScrollBar().setValue(0)

    def _shade_quotes(self) -> None:
        """Give quoted blocks (the verification banner, review-due notes, the disclaimer) a tinted
        background so they read as call-outs, not as part of the explanation."""
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().hasProperty(QTextFormat.Property.BlockQuoteLevel):
                fmt = QTextBlockFormat()
                fmt.setBackground(QUOTE_BACKGROUND)
                QTextCursor(block).mergeBlockFormat(fmt)
            block = block.next()
