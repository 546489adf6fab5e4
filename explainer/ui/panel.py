"""The explanation panel: one annotation, in full, with its authorities and the state note.

It shows content blocks (:mod:`explainer.content`) written as HTML by the same writer the handouts
and the memo use, so screen and print agree. Nothing is ever fetched: the writer never emits an image
or a style sheet reference, ``loadResource`` returns nothing for every URL besides, and the browser
never follows a link itself; a click on a link asks the operating system to open it, and only on that
explicit click.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..content.blocks import Block
from ..content.html import SCREEN_CSS, to_html

OPENABLE_SCHEMES = {"http", "https", "mailto"}
ANNOTATION_SCHEME = "annotation"  # links between annotations: annotation:ID


class OfflineBrowser(QTextBrowser):
    """A text browser that never loads anything and never follows a link by itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(SCREEN_CSS)

    def loadResource(self, _type: int, _name: QUrl | str) -> object:
        """Never load anything: images and style sheets referenced by content stay unloaded."""
        return None

    def show_blocks(self, blocks: Sequence[Block]) -> None:
        self.setHtml(to_html(blocks, "screen"))
        self.verticalScrollBar().setValue(0)


class ExplanationPanel(OfflineBrowser):
    link_opened = Signal(QUrl)
    annotation_link = Signal(str)  # a "See also" link was clicked: the annotation id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Explanation")
        self.document().setDocumentMargin(14)
        self.anchorClicked.connect(self._link_clicked)
        self.shown_annotation: str | None = None

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == ANNOTATION_SCHEME:
            self.annotation_link.emit(url.path())
        elif url.scheme() in OPENABLE_SCHEMES:
            self.link_opened.emit(url)
            QDesktopServices.openUrl(url)

    def show_explanation(self, blocks: Sequence[Block], annotation_id: str | None = None) -> None:
        self.shown_annotation = annotation_id
        self.show_blocks(blocks)
