"""The jurisdiction view: the tile map and its legend, and beside them the chosen state's row in full.

The detail pane shows the name, the summary, both policies in words (with the map's letter), each
authority with its kind, year and how well it is verified, the confidence and the reviewed date (marked
"review due" when more than a year old), the notes and the table's disclaimer. Nothing is fetched:
URLs are shown as text, and the pane loads no resources.

The main window docks this widget and connects ``state_selected`` to its jurisdiction selector; when the
selector changes, it calls ``select(code)``, which emits nothing.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from ..freshness import review_due
from ..model import JURISDICTIONS, Authority, InfoPolicy, JurisdictionRow, JurisdictionTable
from ..verification import VERIFICATION_LABEL
from .jurisdiction_map import POLICY_STYLES, JurisdictionMap, PolicyLegend

INFO_WORDS: dict[InfoPolicy, str] = {
    "limits": "Limits sharing release information with ICE",
    "no-statewide-rule": "No statewide rule found",
    "requires": "Requires sharing or reporting to ICE",
    "unclear": "Unclear or disputed",
}


def _authority_html(auth: Authority) -> str:
    cite = escape(auth.citation)
    if auth.pinpoint:
        cite += f", {escape(auth.pinpoint)}"
    facts: list[str] = [auth.kind]
    if auth.year is not None:
        facts.append(str(auth.year))
    mark = VERIFICATION_LABEL[auth.verification]
    mark_html = f'<span style="color:#A01010"><b>{mark}</b></span>' if auth.verification == "unverified" else mark
    parts = [f"<b>{cite}</b><br>{escape(', '.join(facts))} — {mark_html} (checked {auth.as_of.isoformat()})"]
    if auth.note:
        parts.append(f"<br><span style='color:#333333'>{escape(auth.note)}</span>")
    if auth.url:
        parts.append(f"<br><span style='color:#555555'>{escape(auth.url)}</span>")
    return f"<li style='margin-bottom:6px'>{''.join(parts)}</li>"


def row_html(row: JurisdictionRow, disclaimer: str = "", today: dt.date | None = None) -> str:
    """The detail pane's content for one row (plain HTML, no links, no images)."""
    holds = POLICY_STYLES[row.holds]
    due = review_due(row.reviewed, today)
    reviewed = row.reviewed.isoformat() + (' <b style="color:#A01010">— review due</b>' if due else "")
    out = [
        f"<h2>{escape(row.name)} ({row.code})</h2>",
        f"<p style='font-size:large'>{escape(row.summary)}</p>",
        "<table cellspacing='0' cellpadding='2'>",
        f"<tr><td><b>Holds on detainers:</b></td><td>{escape(holds.symbol)} — {escape(holds.label)}</td></tr>",
        f"<tr><td><b>Release information:</b></td><td>{escape(INFO_WORDS[row.info_sharing])}</td></tr>",
        f"<tr><td><b>Confidence:</b></td><td>{row.confidence}</td></tr>",
        f"<tr><td><b>Reviewed:</b></td><td>{reviewed}</td></tr>",
        "</table>",
        "<h3>Authorities</h3>",
    ]
    if row.authorities:
        out.append("<ul>" + "".join(_authority_html(a) for a in row.authorities) + "</ul>")
    else:
        out.append("<p><i>None: our research found no authority for this jurisdiction.</i></p>")
    if row.notes:
        out.append("<h3>Notes</h3><ul>" + "".join(f"<li>{escape(n)}</li>" for n in row.notes) + "</ul>")
    if disclaimer:
        out.append(f"<p style='color:#555555'><i>{escape(disclaimer)}</i></p>")
    return "\n".join(out)


class _OfflineBrowser(QTextBrowser):
    """A text browser that never loads anything and never follows links."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return None


class JurisdictionView(QWidget):
    """Map + legend on the left, the selected state's row on the right."""

    state_selected = Signal(str)

    def __init__(self, table: JurisdictionTable | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("State detainer law")
        self.map = JurisdictionMap(table, self)
        self.legend = PolicyLegend(self)
        heading = QLabel("<b>Holding people on ICE detainers, by state</b>", self)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading)
        column.addWidget(self.map, 1)
        column.addWidget(self.legend)

        self.detail = _OfflineBrowser(self)
        self.detail.setAccessibleName("Selected state's detainer law")
        self.detail.setMinimumWidth(300)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([600, 420])  # scaled to the real width when first laid out
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self.map.state_selected.connect(self._user_chose)
        self.map.highlighted.connect(self._show)
        self.table: JurisdictionTable | None = None
        self.set_table(table)

    def set_orientation(self, orientation: Qt.Orientation) -> None:
        """Detail pane beside the map (horizontal, the default) or under it (vertical: a narrow dock)."""
        self.splitter.setOrientation(orientation)
        vertical = orientation == Qt.Orientation.Vertical
        self.splitter.setStretchFactor(1, 3 if vertical else 2)  # under the map, the details get more room
        self.splitter.setSizes([500, 500] if vertical else [600, 420])

    def set_table(self, table: JurisdictionTable | None) -> None:
        self.table = table
        self.map.set_table(table)
        self._show(self.map.selected_code)

    @property
    def selected_code(self) -> str | None:
        return self.map.selected_code

    def select(self, code: str | None) -> None:
        """Show ``code`` (a USPS code; anything else clears the selection). Emits nothing."""
        self.map.select(code)
        self._show(self.map.selected_code)

    def detail_text(self) -> str:
        return self.detail.toPlainText()

    def _user_chose(self, code: str) -> None:
        self._show(code)
        self.state_selected.emit(code)

    def _show(self, code: str | None) -> None:
        if self.table is None:
            self.detail.setHtml("<p><i>No state table is loaded.</i></p>")
            return
        row = self.table.row(code) if code else None
        if row is None:
            hint = "Choose a state on the map (click it, or use the arrow keys and Enter) to see its detainer law."
            if code in JURISDICTIONS:
                hint = f"No row for {JURISDICTIONS[code]} in the state table."
            self.detail.setHtml(
                f"<p><i>{escape(hint)}</i></p><p style='color:#555555'><i>{escape(self.table.disclaimer)}</i></p>"
            )
            return
        self.detail.setHtml(row_html(row, self.table.disclaimer))
