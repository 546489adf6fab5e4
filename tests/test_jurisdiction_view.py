"""The jurisdiction tile map and its detail pane, driven the way a user drives them."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from typing import get_args

import pytest
from PySide6.QtCore import QRect, Qt

from explainer import resources, store, tilegrid
from explainer.freshness import review_due
from explainer.model import JURISDICTIONS, HoldsPolicy, JurisdictionTable
from explainer.ui.jurisdiction_map import POLICY_STYLES
from explainer.ui.jurisdiction_view import JurisdictionView, row_html


@pytest.fixture(scope="module")
def table() -> JurisdictionTable:
    loaded, problems = store.load_file(resources.annotations_dir() / store.JURISDICTIONS_FILE, JurisdictionTable)
    assert problems == []
    assert loaded is not None
    return loaded


@pytest.fixture
def view(qtbot, table):
    widget = JurisdictionView(table)
    qtbot.addWidget(widget)
    widget.resize(1000, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _checked(view: JurisdictionView) -> list[str]:
    return [code for code, tile in view.map.tiles.items() if tile.isChecked()]


# -- the grid (Qt-free) ------------------------------------------------------------------------


def test_grid_has_every_jurisdiction_in_its_own_cell():
    assert sorted(tilegrid.GRID) == sorted(JURISDICTIONS)
    cells = list(tilegrid.GRID.values())
    assert len(set(cells)) == len(cells) == 52
    assert all(0 <= r < tilegrid.ROWS and 0 <= c < tilegrid.COLS for r, c in cells)


def test_grid_follows_the_usual_tile_map_arrangement():
    assert tilegrid.GRID["AK"] == (0, 0)
    assert tilegrid.GRID["ME"] == (0, tilegrid.COLS - 1)
    bottom = tilegrid.ROWS - 1
    assert tilegrid.GRID["HI"][0] == bottom
    assert tilegrid.GRID["PR"][0] == bottom
    dc_r, dc_c = tilegrid.GRID["DC"]
    for near in ("MD", "VA"):
        r, c = tilegrid.GRID[near]
        assert max(abs(r - dc_r), abs(c - dc_c)) == 1, near


def test_arrow_neighbours_follow_the_grid_and_stop_at_edges():
    assert tilegrid.neighbour("IL", "down") == "IN"
    assert tilegrid.neighbour("IN", "right") == "OH"
    assert tilegrid.neighbour("WA", "up") == "AK"
    assert tilegrid.neighbour("AK", "up") is None
    assert tilegrid.neighbour("AK", "left") is None
    assert tilegrid.neighbour("PR", "down") is None
    # every tile can be reached from Alaska by arrow keys
    seen, todo = {"AK"}, ["AK"]
    while todo:
        code = todo.pop()
        for direction in ("left", "right", "up", "down"):
            nxt = tilegrid.neighbour(code, direction)
            if nxt and nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    assert seen == set(JURISDICTIONS)


# -- the widget --------------------------------------------------------------------------------


def test_all_52_tiles_are_laid_out_without_overlap(view):
    tiles = view.map.tiles
    assert sorted(tiles) == sorted(JURISDICTIONS)
    rects: list[QRect] = [tile.geometry() for tile in tiles.values()]
    assert all(r.width() >= 20 and r.width() == r.height() for r in rects)
    for i, a in enumerate(rects):
        assert view.map.rect().contains(a)
        for b in rects[i + 1 :]:
            assert not a.intersects(b)


def test_tiles_have_accessible_names_from_the_table(view, table):
    assert view.map.tiles["IL"].accessibleName() == "Illinois: forbids holds"
    for code, tile in view.map.tiles.items():
        row = table.row(code)
        assert tile.accessibleName() == f"{JURISDICTIONS[code]}: {POLICY_STYLES[row.holds].phrase}"
        assert tile.accessibleDescription() == row.summary


def test_clicking_a_tile_emits_its_code_and_shows_its_row(qtbot, view, table):
    with qtbot.waitSignal(view.state_selected, timeout=1000) as blocker:
        qtbot.mouseClick(view.map.tiles["CA"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["CA"]
    assert _checked(view) == ["CA"]
    text = view.detail_text()
    assert "California (CA)" in text
    assert table.row("CA").summary in text
    assert table.row("CA").authorities[0].citation in text


def test_select_from_code_shows_the_state_without_emitting(qtbot, view, table):
    with qtbot.assertNotEmitted(view.state_selected), qtbot.assertNotEmitted(view.map.state_selected):
        view.select("IL")
    assert view.selected_code == "IL"
    assert _checked(view) == ["IL"]
    text = view.detail_text()
    assert table.row("IL").summary in text
    assert "F — Forbids holds on detainers" in text
    assert "Reviewed:" in text
    assert "2026-11-27" in text
    view.select("XX")
    assert _checked(view) == []


def test_arrow_keys_move_the_selection_and_enter_chooses(qtbot, view, table):
    view.select("IL")
    with qtbot.assertNotEmitted(view.state_selected):
        qtbot.keyClick(view.map, Qt.Key.Key_Down)
    assert view.selected_code == "IN"
    assert table.row("IN").summary in view.detail_text()
    qtbot.keyClick(view.map.tiles["IN"], Qt.Key.Key_Right)  # a key on a tile moves by the grid too
    assert view.selected_code == "OH"
    with qtbot.waitSignal(view.state_selected, timeout=1000) as blocker:
        qtbot.keyClick(view.map, Qt.Key.Key_Return)
    assert blocker.args == ["OH"]


def test_legend_lists_every_policy_with_its_symbol(view):
    entries = view.legend.entries()
    assert [policy for policy, _, _ in entries] == list(get_args(HoldsPolicy))
    symbols = [symbol for _, symbol, _ in entries]
    assert len(set(symbols)) == len(symbols)
    for policy, symbol, text in entries:
        assert symbol in text
        assert POLICY_STYLES[policy].label in text
    fills = [POLICY_STYLES[p].fill for p, _, _ in entries]
    assert len(set(fills)) == len(fills)


def test_detail_marks_unverified_authorities_and_empty_rows(view):
    view.select("NM")
    assert "UNVERIFIED" in view.detail_text()
    view.select("DC")
    text = view.detail_text()
    assert "No statewide rule found in our research" in text
    assert "our research found no authority" in text


def test_old_rows_are_marked_review_due(table):
    row = table.row("OK")
    assert not review_due(row.reviewed, today=row.reviewed + dt.timedelta(days=300))
    assert review_due(row.reviewed, today=row.reviewed + dt.timedelta(days=400))
    assert "review due" in row_html(row, today=row.reviewed + dt.timedelta(days=400))
    assert "review due" not in row_html(row, today=row.reviewed)


def test_without_a_table_the_view_says_so(qtbot):
    widget = JurisdictionView(None)
    qtbot.addWidget(widget)
    assert "No state table is loaded" in widget.detail_text()
    assert widget.map.tiles["TX"].accessibleName() == "Texas: no data loaded"


def test_tile_grid_module_does_not_import_qt():
    code = "import sys, explainer.tilegrid; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
