"""Aligning approximate markers on a photo or scan, and drawing them distinctly.

:class:`ApproximateOverlay` draws a dashed outline around every approximate marker area (the
viewer's markers stay as they are, the outline says "this is a guess"). :class:`AlignTool` is an
event filter on the page view's viewport with two modes:

- **two points**: the user clicks where two known points of the form really are on the document
  (e.g. the top-left corner of the header, then the bottom-right corner of the footer); the overlay
  is scaled and shifted so both land there;
- **drag**: dragging moves the whole overlay of the page, the wheel scales it about the pointer.

Either way the result is an :class:`explainer.review.geometry.Affine` for one page, passed to
``on_aligned(page, transform, final)``; the review layout applies it to every approximate marker.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainterPath, QPen, QWheelEvent
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem

from ..review.geometry import Affine, Point
from ..review.placement import ReferencePoint
from ..ui.page_view import PageView

DASH_COLOR = QColor(0xB3, 0x5C, 0x00)
WHEEL_STEP = 1.02  # scale per wheel notch while aligning


class ApproximateOverlay:
    """Dashed outlines over approximate areas; rebuilt whenever the placements change."""

    def __init__(self, view: PageView) -> None:
        self.view = view
        self._items: list[QGraphicsRectItem] = []

    def clear(self) -> None:
        import shiboken6

        for item in self._items:
            if shiboken6.isValid(item):  # the scene may have been rebuilt (and its items deleted)
                scene = item.scene()
                if scene is not None:
                    scene.removeItem(item)
        self._items = []

    def show(self, areas: list[tuple[int, tuple[float, float, float, float]]]) -> None:
        """``areas``: (1-based page, rect in PDF points) of every approximate marker area."""
        self.clear()
        pages = self.view.scene().pages  # type: ignore[attr-defined]
        pen = QPen(DASH_COLOR, 1.6, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        for page, (x0, y0, x1, y1) in areas:
            if not 1 <= page <= len(pages):
                continue
            item = QGraphicsRectItem(QRectF(x0, y0, x1 - x0, y1 - y0), pages[page - 1])
            item.setPen(pen)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            item.setAcceptHoverEvents(False)
            item.setZValue(2_000_000)
            item.setToolTip("Approximate: placed by position on the page; align the markers to fix it")
            item.setData(0, "approximate-outline")
            self._items.append(item)

    @property
    def count(self) -> int:
        return len(self._items)


class AlignTool(QObject):
    """Turns clicks and drags on the page view into an alignment of one page's approximate markers."""

    def __init__(
        self,
        view: PageView,
        on_aligned: Callable[[int, Affine, bool], None],
        on_prompt: Callable[[str], None],
    ) -> None:
        super().__init__(view)
        self.view = view
        self.on_aligned = on_aligned
        self.on_prompt = on_prompt
        self.mode: str | None = None  # None, "points" or "drag"
        self._refs: tuple[ReferencePoint, ReferencePoint] | None = None
        self._clicks: list[Point] = []
        self._page = 1
        self._base = Affine()
        self._drag_from: Point | None = None
        self._drag_base = Affine()
        self._crosses: list[QGraphicsPathItem] = []

    # -- starting and stopping -------------------------------------------------------------------

    def start_points(self, refs: tuple[ReferencePoint, ReferencePoint], current: Affine) -> None:
        self.stop()
        self.mode = "points"
        self._refs, self._clicks, self._page = refs, [], refs[0].page
        self._base = current
        self.view.viewport().installEventFilter(self)
        self.view.setDragMode(PageView.DragMode.NoDrag)
        self.view.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self._show_crosses([current.apply(r.guess) for r in refs])
        self.on_prompt(
            f"Click where the {refs[0].label} really is on page {self._page} (the markers now put it at cross 1; "
            "Esc to cancel)."
        )

    def start_drag(self, page: int, current: Affine) -> None:
        self.stop()
        self.mode = "drag"
        self._page, self._base = page, current
        self.view.viewport().installEventFilter(self)
        self.view.setDragMode(PageView.DragMode.NoDrag)
        self.view.viewport().setCursor(Qt.CursorShape.SizeAllCursor)
        self.on_prompt("Drag to move all approximate markers; turn the wheel to scale them. Esc or Done to finish.")

    def _show_crosses(self, points: list[Point]) -> None:
        """Numbered crosses where the markers currently put the reference points."""
        self._clear_crosses()
        pages = self.view.scene().pages  # type: ignore[attr-defined]
        if not 1 <= self._page <= len(pages):
            return
        pen = QPen(DASH_COLOR, 2.0)
        pen.setCosmetic(True)
        for number, (x, y) in enumerate(points, start=1):
            path = QPainterPath()
            path.moveTo(x - 9, y)
            path.lineTo(x + 9, y)
            path.moveTo(x, y - 9)
            path.lineTo(x, y + 9)
            path.addText(x + 4, y - 4, QFont("Sans", 9), str(number))
            item = QGraphicsPathItem(path, pages[self._page - 1])
            item.setPen(pen)
            item.setZValue(3_000_000)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self._crosses.append(item)

    def _clear_crosses(self) -> None:
        import shiboken6

        for item in self._crosses:
            if shiboken6.isValid(item) and item.scene() is not None:
                item.scene().removeItem(item)
        self._crosses = []

    @property
    def cross_count(self) -> int:
        return len(self._crosses)

    def stop(self) -> None:
        self._clear_crosses()
        if self.mode is None:
            return
        self.mode = None
        self._drag_from = None
        self.view.viewport().removeEventFilter(self)
        self.view.setDragMode(PageView.DragMode.ScrollHandDrag)
        self.view.viewport().unsetCursor()
        self.on_prompt("")

    # -- coordinates -----------------------------------------------------------------------------------

    def page_point(self, viewport_pos: QPointF) -> tuple[int, Point] | None:
        """The 1-based page and the point on it (PDF points) under a viewport position."""
        scene_pos = self.view.mapToScene(viewport_pos.toPoint())
        scene = self.view.scene()
        for index in range(len(scene.pages)):  # type: ignore[attr-defined]
            rect = scene.page_scene_rect(index)  # type: ignore[attr-defined]
            if rect.contains(scene_pos):
                return index + 1, (scene_pos.x() - rect.x(), scene_pos.y() - rect.y())
        return None

    def click_at(self, page: int, point: Point) -> None:
        """A click at ``point`` on ``page`` (PDF points); used by the event filter and by tests."""
        if self.mode != "points" or self._refs is None:
            return
        if page != self._page:
            self.on_prompt(f"That is page {page}; click on page {self._page}.")
            return
        self._clicks.append(point)
        if len(self._clicks) == 1:
            self.on_prompt(f"Now click where the {self._refs[1].label} really is (cross 2) on page {self._page}.")
            return
        refs = self._refs
        from ..review.geometry import fit_two_points

        try:
            transform = fit_two_points((refs[0].guess, refs[1].guess), (self._clicks[0], self._clicks[1]))
        except ValueError:
            self._clicks = []
            self.on_prompt("Those two clicks were at the same place; start again with the first point.")
            return
        page_done = self._page
        self.stop()
        self.on_aligned(page_done, transform, True)

    def drag_by(self, start: Point, end: Point) -> None:
        """Move the overlay by the vector from ``start`` to ``end`` (PDF points)."""
        shift = Affine.scale_shift(1.0, 1.0, end[0] - start[0], end[1] - start[1])
        self.on_aligned(self._page, self._drag_base.then(shift), False)

    def scale_about(self, point: Point, factor: float) -> None:
        around = Affine.scale_shift(factor, factor, point[0] * (1 - factor), point[1] * (1 - factor))
        self._base = self._base.then(around)
        self.on_aligned(self._page, self._base, False)

    # -- events ----------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]
            self.stop()
            return True
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            found = self.page_point(event.position())
            if found is None or event.button() != Qt.MouseButton.LeftButton:
                return True
            if self.mode == "points":
                self.click_at(*found)
            elif self.mode == "drag":
                self._page = found[0]
                self._drag_from = found[1]
                self._drag_base = self._base
            return True
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent) and self._drag_from is not None:
            found = self.page_point(event.position())
            if found is not None:
                self.drag_by(self._drag_from, found[1])
            return True
        if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent) and self._drag_from is not None:
            found = self.page_point(event.position())
            end = found[1] if found is not None else self._drag_from
            shift = Affine.scale_shift(1.0, 1.0, end[0] - self._drag_from[0], end[1] - self._drag_from[1])
            self._base = self._drag_base.then(shift)
            self._drag_from = None
            self.on_aligned(self._page, self._base, True)
            return True
        if kind == QEvent.Type.Wheel and isinstance(event, QWheelEvent) and self.mode == "drag":
            found = self.page_point(event.position())
            if found is not None:
                notches = event.angleDelta().y() / 120.0
                self.scale_about(found[1], WHEEL_STEP**notches)
            return True
        return super().eventFilter(watched, event)
