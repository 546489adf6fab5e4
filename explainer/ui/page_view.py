"""The page view: zoom, fit, and sharp rendering that never freezes the window.

Zooming applies the view transform at once (the pages' old images are shown scaled) and restarts a
short debounce timer; when it fires, the visible pages are re-rendered at zoom x devicePixelRatioF,
one page per event-loop turn, so input keeps flowing. A whole page is never rendered larger than
``MAX_PAGE_PIXELS``: beyond that the page keeps a capped image and the visible part is rendered sharp
as a clip. PyMuPDF is not thread-safe, so rendering stays on the GUI thread, in slices.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QResizeEvent, QShowEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from ..pdf.document import Document, DocumentError
from ..pdf.render import render_page
from .scene import DocumentScene
from .tab_steps import TabStepsMixin

ZOOM_MIN = 0.25
ZOOM_MAX = 6.0
ZOOM_STEP = 1.25
DEBOUNCE_MS = 120
MAX_PAGE_PIXELS = 12_000_000  # ~48 MB as RGBA, ~50 ms to render; a Letter page at 2x zoom on a 2x screen is ~7.8 M
KEEP_AROUND = 2  # pages kept rendered before and after the visible ones


class PageView(TabStepsMixin, QGraphicsView):
    zoom_changed = Signal(float)
    pages_rendered = Signal()  # every visible page is sharp at the current zoom
    step_requested = Signal(int)  # Tab / Shift+Tab while the view has focus: +1 / -1
    render_failed = Signal(str)
    first_frame_painted = Signal()  # after the first paint following show(): time for deferred work

    def __init__(self, scene: DocumentScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self._scene = scene
        self._doc: Document | None = None
        self._zoom = 1.0
        self._mode = "fit-width"  # or "fit-page" or "custom"
        self._queue: deque[int] = deque()
        self._first_frame = False
        self._render_timer = QTimer(self, singleShot=True, interval=0)
        self._render_timer.timeout.connect(self._render_next)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.schedule_render)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAccessibleName("Form pages")
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.horizontalScrollBar().valueChanged.connect(self._scrolled)

    # -- document ----------------------------------------------------------------------------

    def set_document(self, doc: Document | None) -> None:
        self._doc = doc
        self._queue.clear()
        self._scene.set_pages(doc.page_sizes if doc is not None else [])
        self.apply_mode()
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self.schedule_render()

    @property
    def document(self) -> Document | None:
        return self._doc

    # -- zoom ------------------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def mode(self) -> str:
        return self._mode

    def device_scale(self) -> float:
        """Device pixels per PDF point at the current zoom."""
        return self._zoom * self.devicePixelRatioF()

    def set_zoom(self, zoom: float, *, keep_mode: bool = False, anchor_viewport_pos: QPoint | None = None) -> None:
        zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        if not keep_mode:
            self._mode = "custom"
        vp = self.viewport().rect()
        if anchor_viewport_pos is not None:
            pos = anchor_viewport_pos
        elif keep_mode:  # fitting: keep the top of what is shown where it is
            pos = QPoint(vp.center().x(), vp.top())
        else:
            pos = vp.center()
        scene_pos = self.mapToScene(pos)
        self._zoom = zoom
        self.setTransform(QTransform.fromScale(zoom, zoom))
        self._scene.layout_badges(zoom)
        # keep the point under the cursor (or the centre) where it was
        delta = self.mapFromScene(scene_pos) - pos
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + delta.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + delta.y())
        self.zoom_changed.emit(zoom)
        self._debounce.start()

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        self._mode = "fit-width"
        self.apply_mode()

    def fit_page(self) -> None:
        self._mode = "fit-page"
        self.apply_mode()

    def restore_mode(self, saved: str) -> None:
        """Apply a saved zoom: 'fit-width', 'fit-page' or a factor such as '1.500'."""
        if saved in ("fit-width", "fit-page"):
            self._mode = saved
            return
        try:
            zoom = float(saved)
        except ValueError:
            return
        self._mode = "custom"
        self._zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        self.setTransform(QTransform.fromScale(self._zoom, self._zoom))
        self._scene.layout_badges(self._zoom)

    def apply_mode(self) -> None:
        """Recompute the zoom for fit-width / fit-page (after a resize or a new document)."""
        rect = self._scene.sceneRect()
        if rect.isEmpty() or self._mode == "custom":
            return
        vp = self.viewport().rect()
        width_zoom = (vp.width() - 4) / rect.width()
        zoom = width_zoom
        if self._mode == "fit-page" and self._scene.pages:
            first = self._scene.page_scene_rect(0).adjusted(-12, -12, 12, 12)
            zoom = min((vp.width() - 4) / first.width(), (vp.height() - 4) / first.height())
        self.set_zoom(zoom, keep_mode=True)
        if self._mode == "fit-page" and self._scene.pages:
            self.centerOn(self._scene.page_scene_rect(0).center())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.apply_mode()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self._first_frame = True

    def viewportEvent(self, event: QEvent) -> bool:
        first = self._first_frame and event.type() == QEvent.Type.Paint
        if first:
            self._first_frame = False
            self._render_visible_now()
        handled = super().viewportEvent(event)
        if first:
            self.first_frame_painted.emit()
        return handled

    def _render_visible_now(self) -> None:
        """Render the visible pages before the first frame after showing (the layout is final by then),
        so that frame is already sharp. One page or two, once; later renders stay sliced."""
        if self._doc is None:
            return
        self._debounce.stop()
        visible = set(self.visible_pages())
        self.schedule_render()
        while self._queue and self._queue[0] in visible:
            self._render_page(self._queue.popleft())
        if not self._queue and self.is_sharp():
            self.pages_rendered.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self._zoom * (ZOOM_STEP**steps), anchor_viewport_pos=event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    def reveal(self, rect: QRectF) -> None:
        """Scroll so that ``rect`` (scene coordinates) is in view, with some room around it."""
        self.ensureVisible(rect, 60, 60)

    # -- rendering -------------------------------------------------------------------------------

    def visible_pages(self) -> list[int]:
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        return [i for i in range(len(self._scene.pages)) if self._scene.page_scene_rect(i).intersects(visible)]

    def _scrolled(self) -> None:
        if self._doc is not None and not self._debounce.isActive():
            self._debounce.start()

    def schedule_render(self) -> None:
        """Queue the visible pages that are not sharp at the current scale, then their neighbours.

        Pages further than ``KEEP_AROUND`` from the visible ones give their images back (memory stays
        bounded on long documents) and are rendered again when they scroll into view.
        """
        if self._doc is None:
            return
        visible = self.visible_pages()
        pages = self._scene.pages
        if visible:
            near = [
                i
                for i in range(max(0, visible[0] - KEEP_AROUND), min(len(pages), visible[-1] + KEEP_AROUND + 1))
                if i not in visible
            ]
            near.sort(key=lambda i: min(abs(i - v) for v in visible))
            for i, page in enumerate(pages):
                if i not in visible and i not in near:
                    page.clear_image()
        else:
            near = []
        self._queue = deque(i for i in [*visible, *near] if self._needs_render(i, i in visible))
        if self._queue:
            self._render_timer.start()
        else:
            self.pages_rendered.emit()

    def is_sharp(self) -> bool:
        """Every visible page is rendered at the current device scale."""
        return self._doc is not None and all(not self._needs_render(i, True) for i in self.visible_pages())

    def _full_scale(self, index: int) -> float:
        w, h = self._scene.pages[index].size
        scale = self.device_scale()
        cap = (MAX_PAGE_PIXELS / (w * h)) ** 0.5
        return float(min(scale, cap))

    def _needs_render(self, index: int, visible: bool) -> bool:
        page = self._scene.pages[index]
        full = self._full_scale(index)
        if abs(page.rendered_scale - full) > 1e-6 * full:
            return True
        if not visible or full >= self.device_scale():
            return False
        clip = self._visible_clip(index, margin=0.0)
        return clip is not None and not page.detail_covers(clip, self.device_scale())

    def _render_next(self) -> None:
        if self._doc is None or not self._queue:
            return
        index = self._queue.popleft()
        pages = self._scene.pages
        if index < len(pages):
            self._render_page(index)
        if self._queue:
            self._render_timer.start()
        elif self.is_sharp():
            self.pages_rendered.emit()

    def _render_page(self, index: int) -> None:
        assert self._doc is not None
        page = self._scene.pages[index]
        dpr = self.devicePixelRatioF()
        full = self._full_scale(index)
        try:
            if abs(page.rendered_scale - full) > 1e-6 * full:
                page.set_image(render_page(self._doc, index, full), full, dpr)
            target = self.device_scale()
            if full < target and index in self.visible_pages():
                clip = self._visible_clip(index)
                if clip is not None:
                    page.set_detail(render_page(self._doc, index, target, clip), clip, target, dpr)
        except DocumentError as exc:
            page.rendered_scale = full  # do not retry in a loop
            self.render_failed.emit(str(exc))

    def _visible_clip(self, index: int, margin: float = 0.25) -> tuple[float, float, float, float] | None:
        """The visible part of page ``index`` in page points, grown by ``margin`` of its size each side."""
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        visible.adjust(
            -visible.width() * margin, -visible.height() * margin, visible.width() * margin, visible.height() * margin
        )
        page_rect = self._scene.page_scene_rect(index)
        part = visible.intersected(page_rect)
        if part.isEmpty():
            return None
        origin = page_rect.topLeft()
        return (
            part.left() - origin.x(),
            part.top() - origin.y(),
            part.right() - origin.x(),
            part.bottom() - origin.y(),
        )
