"""The disclaimer: once on first run (non-modal, never blocking) and in Help > About.

Both say the same: training material, not legal advice; check current law; and how old the content
on screen is (the open set's reviewed date and its own disclaimer, the state table's reviewed date),
with "review due" where it is more than twelve months old. About adds the version and the licence.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..content import wording as w
from ..freshness import review_due
from ..model import AnnotationSet, JurisdictionTable

LICENCE = "AGPL-3.0-or-later"
FIRST_RUN_TITLE = "Before you start: not legal advice"


def _reviewed_html(reviewed: dt.date, today: dt.date | None) -> str:
    text = escape(reviewed.isoformat())
    if review_due(reviewed, today):
        text += f' <b style="color:#A01010">({w.t(w.REVIEW_DUE)}: more than 12 months old)</b>'
    return text


def disclaimer_html(
    aset: AnnotationSet | None, table: JurisdictionTable | None = None, today: dt.date | None = None
) -> str:
    """The disclaimer and how current the content shown is, as rich text for a message box."""
    out = [
        "<p><b>Training material, not legal advice.</b> Detainer Explainer explains common defects of "
        "ICE detainer forms for training and preparation. It does not replace the research and judgement "
        "a client's case needs.</p>",
        "<p><b>Check current law</b> before relying on any point: statutes, policies and case law change, "
        "and points marked <i>unverified</i> or <i>partly verified</i> could not be fully checked "
        "against a source.</p>",
    ]
    if aset is not None:
        out.append(
            f"<p><b>Content shown:</b> {escape(aset.title)}, reviewed {_reviewed_html(aset.reviewed, today)}.</p>"
            f"<p><i>{escape(aset.disclaimer)}</i></p>"
        )
    else:
        out.append("<p><b>Content shown:</b> no annotation set is open.</p>")
    if table is not None:
        out.append(f"<p><b>State-law table:</b> reviewed {_reviewed_html(table.reviewed, today)}.</p>")
    return "".join(out)


def about_html(aset: AnnotationSet | None, table: JurisdictionTable | None = None, today: dt.date | None = None) -> str:
    from .. import __version__

    return (
        f"<h3>Detainer Explainer {escape(__version__)}</h3>"
        "<p>Shows ICE detainer forms with numbered markers and explains each point, with citations. "
        "Works offline; nothing you open leaves this computer.</p>"
        + disclaimer_html(aset, table, today)
        + f"<p>Licence: GNU Affero General Public License, {LICENCE}.</p>"
    )


def _box(parent: QWidget, title: str, html: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("disclaimer-box")
    box.setWindowTitle(title)
    box.setIcon(QMessageBox.Icon.Information)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(html)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def show_first_run(parent: QWidget, aset: AnnotationSet | None, table: JurisdictionTable | None) -> QMessageBox:
    """Show the disclaimer without blocking anything: not modal (trainer mode's keys and windows keep
    working), and ``show()`` returns at once, so start-up goes on."""
    box = _box(parent, FIRST_RUN_TITLE, disclaimer_html(aset, table))
    box.button(QMessageBox.StandardButton.Ok).setText("I understand")
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box


def show_about(parent: QWidget, aset: AnnotationSet | None, table: JurisdictionTable | None) -> QMessageBox:
    box = _box(parent, "About Detainer Explainer", about_html(aset, table))
    box.open()
    return box
