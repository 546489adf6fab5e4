"""Scene items in PDF-point coordinates: a page (its rendered image) and an annotation marker.

A :class:`PageItem` is one page, ``width x height`` points, painting whatever image it last received
scaled into that rectangle (so an old, blurry image stands in while a sharp one renders). A
:class:`MarkerItem` is a translucent outline over the rects of one annotation on one page, with a
numbered :class:`BadgeItem` that keeps its on-screen size at every zoom.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

Rect = tuple[float, float, float, float]

ACCENT = QColor(0, 102, 204)
SELECTED = QColor(214, 84, 0)
BADGE_DIAMETER = 24.0


class PageItem(QGraphicsItem):
    """One page. ``rendered_scale`` is the device pixels per point of the image it paints."""

    def __init__(self, index: int, width: float, height: float) -> None:
        super().__init__()
        self.index = index
        self._rect = QRectF(0, 0, width, height)
        self._pixmap: QPixmap | None = None
        self.rendered_scale = 0.0
        self._detail: QPixmap | None = None
        self._detail_rect = QRectF()
        self.detail_scale = 0.0
        self.setZValue(-1000)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 2, 2)

    @property
    def size(self) -> tuple[float, float]:
        return (self._rect.width(), self._rect.height())

    def pixmap(self) -> QPixmap | None:
        return self._pixmap

    def set_image(self, image: QImage, scale: float, device_pixel_ratio: float) -> None:
        """Show ``image``, rendered at ``scale`` device pixels per point, on a screen of that ratio."""
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(device_pixel_ratio)
        self._pixmap = pixmap
        self.rendered_scale = scale
        if self._detail is not None and self.detail_scale <= scale:
            self.clear_detail()
        self.update()

    def set_detail(self, image: QImage, clip: Rect, scale: float, device_pixel_ratio: float) -> None:
        """A sharper image of part of the page (used when a whole page would be too big to render)."""
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(device_pixel_ratio)
        self._detail = pixmap
        self._detail_rect = QRectF(clip[0], clip[1], clip[2] - clip[0], clip[3] - clip[1])
        self.detail_scale = scale
        self.update()

    def clear_image(self) -> None:
        """Give the rendered images back (the page paints white until it is rendered again)."""
        if self._pixmap is not None or self._detail is not None:
            self._pixmap = None
            self.rendered_scale = 0.0
            self.clear_detail()

    def detail_covers(self, clip: Rect, scale: float) -> bool:
        """Whether the sharp detail image covers ``clip`` (page points) at ``scale``."""
        if self._detail is None or abs(self.detail_scale - scale) > 1e-6 * scale:
            return False
        want = QRectF(clip[0], clip[1], clip[2] - clip[0], clip[3] - clip[1])
        return self._detail_rect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(want)

    def clear_detail(self) -> None:
        self._detail = None
        self.detail_scale = 0.0
        self.update()

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        painter.setPen(QPen(QColor(0, 0, 0, 60), 0))
        painter.fillRect(self._rect.translated(1.5, 1.5), QColor(0, 0, 0, 40))  # a hint of shadow
        painter.fillRect(self._rect, Qt.GlobalColor.white)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        if self._pixmap is not None:
            source = QRectF(0, 0, self._pixmap.width(), self._pixmap.height())
            painter.drawPixmap(self._rect, self._pixmap, source)
        if self._detail is not None:
            source = QRectF(0, 0, self._detail.width(), self._detail.height())
            painter.drawPixmap(self._detail_rect, self._detail, source)
        painter.drawRect(self._rect)


class BadgeItem(QGraphicsItem):
    """The numbered disc of a marker; drawn in screen pixels so it stays readable at any zoom."""

    def __init__(self, number: int, parent: MarkerItem, region_width: float = 0.0) -> None:
        super().__init__(parent)
        self.number = number
        self.region_width = region_width  # points: lets the layout put the disc right of its region
        self._offset = QPointF(-BADGE_DIAMETER - 2, 0)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def boundingRect(self) -> QRectF:
        return QRectF(self._offset, self._offset + QPointF(BADGE_DIAMETER, BADGE_DIAMETER)).adjusted(-2, -2, 2, 2)

    def set_offset(self, dx: float, dy: float = 0.0) -> None:
        """Place the disc's top-left ``dx, dy`` screen pixels from its region's top-left corner."""
        offset = QPointF(dx, dy)
        if offset != self._offset:
            self.prepareGeometryChange()
            self._offset = offset

    @property
    def offset(self) -> QPointF:
        return QPointF(self._offset)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        marker = self.parentItem()
        selected = isinstance(marker, MarkerItem) and marker.is_selected
        disc = QRectF(self._offset, self._offset + QPointF(BADGE_DIAMETER, BADGE_DIAMETER))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(Qt.GlobalColor.white, 2))
        painter.setBrush(SELECTED if selected else ACCENT)
        painter.drawEllipse(disc)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(12 if self.number < 100 else 10)
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, str(self.number))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        marker = self.parentItem()
        if isinstance(marker, MarkerItem):
            marker.activate()
        event.accept()


class MarkerItem(QGraphicsPathItem):
    """One annotation's rects on one page: a translucent region, a badge, a tooltip, click to select."""

    def __init__(
        self,
        annotation_id: str,
        number: int,
        title: str,
        rects: Sequence[Rect],
        on_activate: Callable[[str], None],
        *,
        accessible_name: str = "",
        show_badge: bool = True,
    ) -> None:
        super().__init__()
        self.annotation_id = annotation_id
        self.number = number
        self.accessible_name = accessible_name
        self._on_activate = on_activate
        self.is_selected = False
        self._hovered = False
        path = QPainterPath()
        for x0, y0, x1, y1 in rects:
            path.addRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        self.setPath(path.simplified())
        area = sum((r[2] - r[0]) * (r[3] - r[1]) for r in rects)
        self.setZValue(1_000_000 - min(area, 999_999))  # smaller regions above larger ones
        self.setToolTip(f"{number}. {title}")
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.badge: BadgeItem | None = None
        if show_badge and rects:
            self.badge = BadgeItem(number, self, rects[0][2] - rects[0][0])
            self.badge.setPos(rects[0][0], rects[0][1])
            self.badge.setToolTip(self.toolTip())
        self._restyle()

    def activate(self) -> None:
        self._on_activate(self.annotation_id)

    def set_selected(self, selected: bool) -> None:
        if selected != self.is_selected:
            self.is_selected = selected
            self._restyle()
            if self.badge is not None:
                self.badge.update()

    def _restyle(self) -> None:
        color = SELECTED if self.is_selected else ACCENT
        fill = QColor(color)
        fill.setAlpha(70 if self.is_selected else (45 if self._hovered else 22))
        pen = QPen(color, 2.5 if self.is_selected else 1.2)
        pen.setCosmetic(True)
        self.setPen(pen)
        self.setBrush(QBrush(fill))

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = True
        self._restyle()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = False
        self._restyle()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activate()
            event.accept()
        else:
            super().mousePressEvent(event)
