"""Every bundled annotation lands on its own form: placed (never 'not placed'), on a real page, inside it,
and — for region anchors — exactly on the named region. Opening each form in the window draws them all."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer import anchors, store
from explainer.app import create_window
from explainer.pdf.document import Document

LIB = store.load_library(user_sets=Path("/nonexistent/user/annotations"))  # bundled content only
PAIRS = [(form_id, aset.id) for form_id in sorted(LIB.forms) for aset in LIB.sets_for(form_id)]


def test_the_bundled_library_loads_without_problems():
    assert [str(p) for p in LIB.problems] == []
    assert len(PAIRS) >= len(LIB.forms)


@pytest.mark.parametrize(("form_id", "set_id"), PAIRS)
def test_every_annotation_is_placed_on_its_form(form_id, set_id):
    form = LIB.forms[form_id]
    aset = LIB.find_set(set_id)
    with Document(LIB.pdf_path(form_id)) as doc:
        placed = anchors.place_all(aset.annotations, doc, form)
        sizes = [doc.page_size(i) for i in range(doc.page_count)]
    for ann in aset.annotations:
        where = placed[ann.id]
        assert where.placed, f"{set_id}:{ann.id} is not placed"
        assert not where.approximate
        width, height = sizes[where.page - 1]
        for x0, y0, x1, y1 in where.rects:
            assert 0 <= x0 < x1 <= width, f"{ann.id} falls off page {where.page}"
            assert 0 <= y0 < y1 <= height, f"{ann.id} falls off page {where.page}"
        if ann.anchor.region:
            region = form.region(ann.anchor.region)
            assert (where.method, where.page, where.rects) == ("region", region.page, (region.rect,))


def test_opening_each_form_in_the_window_draws_every_marker(qtbot):

    window = create_window(LIB)
    qtbot.addWidget(window)
    for form_id in sorted(LIB.forms):
        assert window.open_form(form_id)
        expected = {a.id for a in LIB.sets_for(form_id)[0].annotations}
        assert {ident for ident, p in window.placements.items() if p.placed} == expected
        assert set(window.visible_ids()) == expected
