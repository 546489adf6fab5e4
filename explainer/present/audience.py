"""The audience view: the form full screen, one stop at a time, spotlighted, in large type.

It reuses the viewer's scene and page view (``DocumentScene``, ``PageView``) for the pages and the
markers, and adds, on top: a spotlight (a path covering everything, with holes for the stop's rects),
an outline and a big number at the lit region, a caption with the stop's number and one-line summary,
and the full-screen layers of :class:`~explainer.present.tour.Tour` — black or white screen, the help
overlay, the overview grid of all stops, the number being typed. Each move eases the camera from where
it is to the stop's region with an animated zoom, so the audience keeps its bearings.

It shows a ``Tour``; it never changes one. Keys are the controller's business.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QPointF, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QPainterPath, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsPathItem,
    QGraphicsSimpleTextItem,
    QLabel,
    QWidget,
)

from ..anchors import Placement
from ..model import JURISDICTIONS, Annotation
from ..pdf.document import Document
from ..ui.page_view import PageView
from ..ui.scene import DocumentScene, MarkerSpec
from .overlays import Caption, HelpOverlay, OverviewOverlay, font, scaled_pt
from .tour import Screen, Tour

ANIMATION_MS = 400
DIM = QColor(0, 0, 0, 175)
LIGHT = QColor(255, 196, 0)
WORLD_MARGIN = 4000.0  # the camera may look past the page edges (a region near the bottom sits above the caption)
MIN_VIEW_FRACTION = 0.7  # the camera shows at least this much of the page's width


class AudienceView(QWidget):
    """The audience's window content. Call :meth:`show_tour` with every new tour state."""

    closed = Signal()  # the window was closed (e.g. Alt+F4): the controller ends the talk

    def __init__(
        self,
        document: Document,
        stops: Sequence[Annotation],
        placements: Mapping[str, Placement],
        *,
        jurisdiction: str | None = None,
        animation_ms: int = ANIMATION_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Detainer Explainer — audience")
        self.setAccessibleName("Presentation: audience view")
        self.setStyleSheet("AudienceView { background: black; }")
        self.stops = list(stops)
        self.placements = dict(placements)
        self.jurisdiction = jurisdiction if jurisdiction in JURISDICTIONS else None
        self.tour: Tour | None = None

        self.scene = DocumentScene(self)
        self.view = PageView(self.scene, self)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setInteractive(False)
        self.view.setDragMode(PageView.DragMode.NoDrag)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setBackgroundBrush(QBrush(QColor(18, 20, 24)))
        self.view.set_document(document)
        self.view.viewport().installEventFilter(self)  # no wheel scrolling or dragging: the tour moves the view
        world = self.scene.sceneRect().adjusted(-WORLD_MARGIN, -WORLD_MARGIN, WORLD_MARGIN, WORLD_MARGIN)
        self.view.setSceneRect(world)
        self.scene.set_markers(
            MarkerSpec(a.id, n, a.title, self.placements[a.id], f"{n} of {len(self.stops)}: {a.title}")
            for n, a in enumerate(self.stops, start=1)
            if a.id in self.placements and self.placements[a.id].placed
        )

        self.spotlight = QGraphicsPathItem()
        self.spotlight.setBrush(QBrush(DIM))
        self.spotlight.setPen(QPen(Qt.PenStyle.NoPen))
        self.spotlight.setZValue(10_000_000)
        self.outline = QGraphicsPathItem()
        pen = QPen(LIGHT, 5)
        pen.setCosmetic(True)
        self.outline.setPen(pen)
        self.outline.setZValue(10_000_001)
        self.badge = QGraphicsEllipseItem()
        self.badge.setBrush(QBrush(LIGHT))
        self.badge.setPen(QPen(QColor(12, 18, 28), 0))
        self.badge.setZValue(10_000_002)
        self.badge.setFlag(QGraphicsEllipseItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.badge_text = QGraphicsSimpleTextItem(self.badge)
        self.badge_text.setBrush(QBrush(QColor(12, 18, 28)))
        for item in (self.spotlight, self.outline, self.badge):
            item.hide()
            self.scene.addItem(item)
        self._holes: list[QRectF] = []

        self.caption = Caption(self)
        self.state_pill = QLabel(self)
        self.state_pill.setObjectName("state")
        self.state_pill.setStyleSheet(
            "#state { background: rgba(12, 18, 28, 220); color: rgb(255, 220, 140); padding: 6px 16px;"
            " border-radius: 8px; }"
        )
        self.state_pill.setVisible(self.jurisdiction is not None)
        self.state_pill.setText(JURISDICTIONS.get(self.jurisdiction or "", ""))
        self.number_entry = QLabel(self)
        self.number_entry.setObjectName("entry")
        self.number_entry.setStyleSheet(
            "#entry { background: rgb(255, 196, 0); color: black; padding: 8px 20px; border-radius: 8px; }"
        )
        self.number_entry.hide()
        self.blank = QWidget(self)
        self.blank.setAutoFillBackground(True)
        self.blank.setAccessibleName("Blank screen")
        self.blank.hide()
        self.overview = OverviewOverlay(self, [a.title for a in self.stops])
        self.help = HelpOverlay(self)

        self._camera = QRectF(self.scene.page_scene_rect(0)) if self.scene.pages else QRectF(0, 0, 612, 792)
        self.animation = QVariantAnimation(self)
        self.animation.setDuration(animation_ms)
        self.animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.animation.valueChanged.connect(self._look_at)
        self._target = QRectF(self._camera)
        self._restyle()

    # ---- overlays ----------------------------------------------------------------------------

    def _restyle(self) -> None:
        h = float(max(self.height(), 200))
        self.caption.restyle(h)
        self.state_pill.setFont(font(scaled_pt(22, h), bold=True))
        self.number_entry.setFont(font(scaled_pt(30, h), bold=True))
        self.help.restyle(h)
        self.overview.restyle(h)
        self._layout_overlays()

    def _layout_overlays(self) -> None:
        w, h = self.width(), self.height()
        self.view.setGeometry(0, 0, w, h)
        layout = self.caption.layout()
        assert layout is not None
        ch = layout.totalHeightForWidth(w) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        self.caption.setGeometry(0, h - ch, w, ch)
        self.state_pill.adjustSize()
        self.state_pill.move(w - self.state_pill.width() - 24, 24)
        self.number_entry.adjustSize()
        self.number_entry.move(24, 24)
        self.blank.setGeometry(0, 0, w, h)
        for overlay in (self.overview, self.help):
            overlay.setGeometry(0, 0, w, h)
            overlay.set_margins(w, h)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.view.viewport() and event.type() in (QEvent.Type.Wheel, QEvent.Type.MouseButtonDblClick):
            return True
        return super().eventFilter(obj, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._restyle()
        self._look_at(self._target)

    # ---- showing a tour state ------------------------------------------------------------------

    def show_tour(self, tour: Tour, *, animate: bool = True) -> None:
        """Show ``tour``: the lit stop, which markers are revealed, and every layer in front."""
        previous, self.tour = self.tour, tour
        revealed = {self.stops[i].id for i in tour.revealed if i < len(self.stops)}
        if tour.lit is not None and not tour.reveal:  # a stop: its own marker; the form around it is dimmed
            self.scene.set_shown_ids({self.stops[tour.lit].id})
        else:  # reveal mode keeps every stop found so far marked; so do the clean form and overview steps
            self.scene.set_shown_ids(revealed)
        self._show_spotlight(tour)
        self._show_caption(tour)
        self._show_layers(tour)
        target = self._camera_target(tour)
        if previous is None or not animate or self.animation.duration() <= 0:
            self.animation.stop()
            self._look_at(target)
        elif target != self._target:
            self.animation.stop()
            self.animation.setStartValue(QRectF(self._camera))
            self.animation.setEndValue(target)
            self.animation.start()
        self._target = target

    def _areas(self, index: int | None) -> list[tuple[int, QRectF]]:
        if index is None or index >= len(self.stops):
            return []
        placement = self.placements.get(self.stops[index].id)
        if placement is None or not placement.placed:
            return []
        return [(a.page, self.scene.to_scene(a.page, r)) for a in placement.areas for r in a.rects]

    def _show_spotlight(self, tour: Tour) -> None:
        areas = self._areas(tour.lit)
        self._holes = [rect for _, rect in areas]
        if not areas:
            for item in (self.spotlight, self.outline, self.badge):
                item.hide()
            return
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        path.addRect(self.view.sceneRect())
        holes = QPainterPath()
        for rect in self._holes:
            holes.addRect(rect.adjusted(-3, -3, 3, 3))
        holes = holes.simplified()  # overlapping rects of one stop make one hole, not a hole in a hole
        self.spotlight.setPath(path.subtracted(holes))
        self.outline.setPath(holes)
        first = self._holes[0]
        number = str((tour.lit or 0) + 1)
        self.badge_text.setText(number)
        self.badge_text.setFont(font(scaled_pt(26, self.height()), bold=True))
        size = max(self.badge_text.boundingRect().width(), self.badge_text.boundingRect().height()) + 16
        self.badge.setRect(QRectF(-size - 8, -size / 2, size, size))
        text = self.badge_text.boundingRect()
        self.badge_text.setPos(-size / 2 - 8 - text.width() / 2, -text.height() / 2)
        self.badge.setPos(first.topLeft() + QPointF(0, min(first.height(), 40) / 2))
        for item in (self.spotlight, self.outline, self.badge):
            item.show()

    def _show_caption(self, tour: Tour) -> None:
        index = tour.stop_index
        state_name = JURISDICTIONS.get(self.jurisdiction or "", "")
        where = tour.label() + (f" · {state_name}" if state_name else "")
        self.caption.where.setText(where)
        if tour.lit is not None:
            ann = self.stops[tour.lit]
            self.caption.number.setText(str(tour.lit + 1))
            self.caption.number.show()
            self.caption.summary.setText(ann.summary)
            note = ann.state_notes.get(self.jurisdiction or "")
            line = _first_sentence(note.text).removeprefix(f"{state_name}:").strip() if note else ""
            self.caption.state_line.setText(f"{state_name}: {line}" if note else "")
            self.caption.state_line.setVisible(note is not None)
        else:
            self.caption.number.hide()
            self.caption.state_line.hide()
            if index is None:
                self.caption.summary.setText("Spot what is wrong on this form.")
            else:
                self.caption.summary.setText(f"All {len(tour.revealed)} points so far")
        self.caption.show()
        self._layout_overlays()

    def _show_layers(self, tour: Tour) -> None:
        if tour.screen is Screen.NORMAL:
            self.blank.hide()
        else:
            color = QColor("black") if tour.screen is Screen.BLACK else QColor("white")
            palette = self.blank.palette()
            palette.setColor(self.blank.backgroundRole(), color)
            self.blank.setPalette(palette)
            self.blank.show()
            self.blank.raise_()
        self.overview.setVisible(tour.overview)
        self.overview.set_cursor(tour.overview_cursor)
        if tour.overview:
            self.overview.raise_()
        self.help.setVisible(tour.help)
        if tour.help:
            self.help.raise_()
        self.number_entry.setVisible(bool(tour.number))
        self.number_entry.setText(f"Go to stop {tour.number} ⏎")
        self.number_entry.adjustSize()
        if tour.number:
            self.number_entry.raise_()

    # ---- camera --------------------------------------------------------------------------------

    def _camera_target(self, tour: Tour) -> QRectF:
        areas = self._areas(tour.lit)
        placement = self.placements.get(self.stops[tour.lit].id) if tour.lit is not None else None
        if not areas or placement is None or placement.page is None:
            page = self._page_of(tour.stop_index)
            return self.scene.page_scene_rect(page).adjusted(-12, -12, 12, 12) if self.scene.pages else self._camera
        main = [rect for page, rect in areas if page == placement.page]
        bounds = main[0]
        for rect in main[1:]:
            bounds = bounds.united(rect)
        page_rect = self.scene.page_scene_rect(placement.page - 1)
        pad_x, pad_y = 40.0, max(60.0, bounds.height())  # context above and below matters most
        target = bounds.adjusted(-pad_x, -pad_y, pad_x, pad_y)
        min_w = page_rect.width() * MIN_VIEW_FRACTION  # never so close that the audience loses the page
        if target.width() < min_w:
            grow = (min_w - target.width()) / 2
            target.adjust(-grow, 0, grow, 0)
        return _shift_inside(target, page_rect.adjusted(-12, -12, 12, 12))

    def _page_of(self, index: int | None) -> int:
        if index is None:
            return 0
        placement = self.placements.get(self.stops[index].id)
        return (placement.page - 1) if placement is not None and placement.page else 0

    def _look_at(self, rect: QRectF) -> None:
        """Fit ``rect`` (scene) into the part of the screen above the caption."""
        if rect is None or rect.isEmpty():
            return
        self._camera = QRectF(rect)
        vp = self.view.viewport().rect()
        caption_h = self.caption.height() if self.caption.isVisible() else 0
        avail_h = max(vp.height() - caption_h, vp.height() * 0.4)
        zoom = min(vp.width() / rect.width(), avail_h / rect.height())
        self.view.set_zoom(zoom)
        shown = self.view.zoom  # the view may cap the zoom
        self.view.centerOn(rect.center() + QPointF(0, caption_h / 2 / shown))

    # ---- for the console and tests -------------------------------------------------------------

    @property
    def hole_rects(self) -> list[QRectF]:
        """The scene rects left bright by the spotlight (empty when nothing is lit)."""
        return list(self._holes) if self.spotlight.isVisible() else []

    def visible_scene_rect(self) -> QRectF:
        return self.view.mapToScene(self.view.viewport().rect()).boundingRect()

    @property
    def animating(self) -> bool:
        return self.animation.state() == QVariantAnimation.State.Running


def _shift_inside(rect: QRectF, bounds: QRectF) -> QRectF:
    """Move ``rect`` (not resize it) so it lies inside ``bounds`` where it fits, framing the page well."""
    out = QRectF(rect)
    if out.width() <= bounds.width():
        out.moveLeft(min(max(out.left(), bounds.left()), bounds.right() - out.width()))
    if out.height() <= bounds.height():
        out.moveTop(min(max(out.top(), bounds.top()), bounds.bottom() - out.height()))
    return out


def _first_sentence(markdown: str, limit: int = 150) -> str:
    text = " ".join(markdown.replace("*", "").replace("#", "").split())
    end = text.find(". ")
    text = text if end < 0 else text[: end + 1]
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
