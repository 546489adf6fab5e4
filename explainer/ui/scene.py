"""The scene: pages stacked top to bottom, each annotation's markers over them.

Scene coordinates are PDF points; page ``i`` sits at ``page_origin(i)``. The scene knows nothing of
annotations beyond id, number, title and placement; a click emits ``marker_activated(id)`` and the
main window decides what that means.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QRectF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from ..anchors import Placement
from ..badges import BadgeSpot, layout_badges
from .page_items import BADGE_DIAMETER, MarkerItem, PageItem

PAGE_GAP = 18.0
MARGIN = 36.0


@dataclass(frozen=True)
class MarkerSpec:
    """What the scene needs to draw one annotation."""

    annotation_id: str
    number: int
    title: str
    placement: Placement
    accessible_name: str


class DocumentScene(QGraphicsScene):
    marker_activated = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(QColor(0x5F, 0x63, 0x68))
        self._pages: list[PageItem] = []
        self._markers: dict[str, list[MarkerItem]] = {}
        self._selected: str | None = None
        self._markers_visible = True
        self._shown_ids: set[str] | None = None
        self._zoom = 1.0

    # -- pages -------------------------------------------------------------------------------

    def set_pages(self, sizes: Sequence[tuple[float, float]]) -> None:
        """Rebuild the scene for a document with pages of these sizes (points); markers are dropped."""
        self.clear()  # deletes the C++ items: forget every Python reference to them now
        self._pages = []
        self._markers = {}
        self._selected = None
        widest = max((w for w, _ in sizes), default=0.0)
        y = MARGIN
        for index, (w, h) in enumerate(sizes):
            item = PageItem(index, w, h)
            item.setPos(MARGIN + (widest - w) / 2, y)
            self.addItem(item)
            self._pages.append(item)
            y += h + PAGE_GAP
        self.setSceneRect(QRectF(0, 0, widest + 2 * MARGIN, y - PAGE_GAP + MARGIN))

    @property
    def pages(self) -> list[PageItem]:
        return list(self._pages)

    def page_origin(self, index: int) -> QPointF:
        return self._pages[index].pos()

    def page_scene_rect(self, index: int) -> QRectF:
        item = self._pages[index]
        w, h = item.size
        return QRectF(item.pos(), QPointF(item.pos().x() + w, item.pos().y() + h))

    def to_scene(self, page: int, rect: tuple[float, float, float, float]) -> QRectF:
        """A rect in PDF points on 1-based ``page`` as a scene rect."""
        origin = self.page_origin(page - 1)
        return QRectF(origin.x() + rect[0], origin.y() + rect[1], rect[2] - rect[0], rect[3] - rect[1])

    # -- markers ---------------------------------------------------------------------------------

    def set_markers(self, specs: Iterable[MarkerSpec]) -> None:
        """Replace every marker. Unplaced annotations get none."""
        for old in self._markers.values():
            for item in old:
                self.removeItem(item)
        self._markers = {}
        for spec in specs:
            items: list[MarkerItem] = []
            for area in spec.placement.areas:
                if not 1 <= area.page <= len(self._pages) or not area.rects:
                    continue
                item = MarkerItem(
                    spec.annotation_id,
                    spec.number,
                    spec.title,
                    area.rects,
                    self.marker_activated.emit,
                    accessible_name=spec.accessible_name,
                )
                item.setParentItem(self._pages[area.page - 1])
                items.append(item)
            if items:
                self._markers[spec.annotation_id] = items
        self._apply_visibility()
        if self._selected in self._markers:
            self.set_selected(self._selected)

    def layout_badges(self, zoom: float) -> None:
        """Place each badge level with the top of its region, where it covers no other badge.

        Badges are sized in screen pixels, so whether two collide depends on the zoom. A badge goes
        left of its region, further left column by column, then right of its region; only when both
        margins are full does it move down a row (moving down puts it beside another part of the form).
        """
        self._zoom = zoom
        size = BADGE_DIAMETER + 2
        for page in self._pages:
            badges = [
                m.badge
                for items in self._markers.values()
                for m in items
                if m.badge is not None and m.parentItem() is page and m.isVisible()
            ]
            spots = [BadgeSpot(b.number, b.pos().x() * zoom, b.pos().y() * zoom, b.region_width * zoom) for b in badges]
            corners = layout_badges(
                spots,
                size,
                left_limit=-page.pos().x() * zoom,  # the scene's left edge, in page pixels
                page_right=page.size[0] * zoom,
                right_limit=(self.sceneRect().right() - page.pos().x()) * zoom,
            )
            for badge, spot, (left, top) in zip(badges, spots, corners, strict=True):
                badge.set_offset(left - spot.x, top - spot.y)

    def marker_items(self, annotation_id: str) -> list[MarkerItem]:
        return list(self._markers.get(annotation_id, []))

    @property
    def marker_ids(self) -> list[str]:
        return list(self._markers)

    def marker_scene_rect(self, annotation_id: str) -> QRectF | None:
        """The scene rect of an annotation's first marker (its main anchor)."""
        items = self._markers.get(annotation_id)
        if not items:
            return None
        return items[0].mapRectToScene(items[0].path().boundingRect())

    def set_selected(self, annotation_id: str | None) -> None:
        self._selected = annotation_id
        for ident, items in self._markers.items():
            for item in items:
                item.set_selected(ident == annotation_id)
                item.setZValue(item.zValue() % 2_000_000 + (2_000_000 if ident == annotation_id else 0))

    def set_markers_visible(self, visible: bool) -> None:
        self._markers_visible = visible
        self._apply_visibility()

    def set_shown_ids(self, ids: set[str] | None) -> None:
        """Show only the markers of these annotations (the list's filter); None shows all."""
        self._shown_ids = ids
        self._apply_visibility()

    def _apply_visibility(self) -> None:
        for ident, items in self._markers.items():
            shown = self._markers_visible and (self._shown_ids is None or ident in self._shown_ids)
            for item in items:
                item.setVisible(shown)
        self.layout_badges(self._zoom)
