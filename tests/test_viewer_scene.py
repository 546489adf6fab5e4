"""The scene on its own: markers built from placements, badge layout, selection, visibility."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from explainer.anchors import Area, Placement
from explainer.ui.page_items import BADGE_DIAMETER
from explainer.ui.scene import DocumentScene, MarkerSpec


def _spec(n: int, rect, page: int = 1) -> MarkerSpec:
    area = Area(page, (rect,), "rect")
    placement = Placement(f"a{n}", page, (rect,), "rect", areas=(area,))
    return MarkerSpec(f"a{n}", n, f"Title {n}", placement, f"{n} of 9: Title {n} — page {page}")


def _badge_pixels(scene: DocumentScene, ident: str, zoom: float) -> QRectF:
    """The disc's rect in screen pixels at ``zoom`` (badges ignore the view's scaling)."""
    badge = scene.marker_items(ident)[0].badge
    origin = badge.scenePos() * zoom
    disc = QRectF(badge.offset, badge.offset + QRectF(0, 0, BADGE_DIAMETER, BADGE_DIAMETER).bottomRight())
    return disc.translated(origin)


@pytest.mark.parametrize("zoom", [0.5, 1.0, 2.0])
def test_badges_at_one_spot_never_overlap_and_stay_level(qtbot, zoom):
    scene = DocumentScene()
    scene.set_pages([(612, 792), (612, 792)])
    # three regions starting at the same corner, two more just below, one on page 2
    rects = [(36, 100, 576 - 20 * i, 140) for i in range(3)] + [(36, 110, 300, 130), (36, 120, 200, 160)]
    scene.set_markers([_spec(n, r) for n, r in enumerate(rects, 1)] + [_spec(8, (36, 100, 576, 140), page=2)])
    assert len(scene.marker_ids) == 6
    scene.layout_badges(zoom)
    discs = {ident: _badge_pixels(scene, ident, zoom) for ident in scene.marker_ids}
    page1 = [d for ident, d in discs.items() if ident != "a8"]
    for i, a in enumerate(page1):
        for b in page1[i + 1 :]:
            assert not a.adjusted(1, 1, -1, -1).intersects(b), (a, b)
    # the same-corner badges fit in the margins (left, then right) level with their regions' top;
    # only the later, crowded ones may move down
    for n in range(1, 4) if zoom >= 1 else ():  # at 50 % the margins hold only two discs
        badge = scene.marker_items(f"a{n}")[0].badge
        assert badge.offset.y() == 0
    assert discs["a8"].top() > discs["a1"].top()  # page 2 is laid out on its own


def test_rebuilding_pages_forgets_old_markers(qtbot):
    scene = DocumentScene()
    scene.set_pages([(612, 792)])
    scene.set_markers([_spec(1, (36, 100, 300, 140))])
    assert scene.marker_ids == ["a1"]
    scene.set_pages([(612, 792)])
    assert scene.marker_ids == []
    assert scene.marker_scene_rect("a1") is None


def test_selection_hiding_and_filtering(qtbot):
    scene = DocumentScene()
    scene.set_pages([(612, 792)])
    scene.set_markers([_spec(1, (36, 100, 300, 140)), _spec(2, (36, 200, 300, 240))])
    scene.set_selected("a2")
    assert [scene.marker_items(i)[0].is_selected for i in ("a1", "a2")] == [False, True]
    scene.set_shown_ids({"a1"})
    assert scene.marker_items("a1")[0].isVisible()
    assert not scene.marker_items("a2")[0].isVisible()
    scene.set_markers_visible(False)
    assert not scene.marker_items("a1")[0].isVisible()
    scene.set_shown_ids(None)
    scene.set_markers_visible(True)
    assert all(scene.marker_items(i)[0].isVisible() for i in ("a1", "a2"))
    emitted = []
    scene.marker_activated.connect(emitted.append)
    scene.marker_items("a1")[0].activate()
    assert emitted == ["a1"]
