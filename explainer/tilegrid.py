"""A tile-grid map of the U.S.: one square per state, DC and Puerto Rico, at a hand-placed (row, col).

No map data and no Qt: the jurisdiction map widget draws these cells, and keyboard navigation uses
:func:`neighbour`. The arrangement is the usual tile-grid one: Alaska top-left, Maine top-right,
Hawaii, Texas, Florida and Puerto Rico along the bottom, DC just below Maryland and beside Virginia.
"""

from __future__ import annotations

from typing import Literal

from .model import JURISDICTIONS

Direction = Literal["left", "right", "up", "down"]

_LAYOUT = """
AK .. .. .. .. .. .. .. .. .. ME
.. .. .. .. .. WI .. .. .. VT NH
WA ID MT ND MN IL MI .. NY MA ..
OR NV WY SD IA IN OH PA NJ CT RI
CA UT CO NE MO KY WV VA MD DE ..
.. AZ NM KS AR TN NC SC DC .. ..
.. .. .. OK LA MS AL GA .. .. ..
HI .. .. TX .. .. .. .. FL .. PR
"""


def _parse(layout: str) -> dict[str, tuple[int, int]]:
    cells: dict[str, tuple[int, int]] = {}
    for row, line in enumerate(layout.strip().splitlines()):
        for col, token in enumerate(line.split()):
            if token != "..":
                cells[token] = (row, col)
    return cells


GRID: dict[str, tuple[int, int]] = _parse(_LAYOUT)
"""USPS code -> (row, col), row 0 at the top."""

ROWS = 1 + max(r for r, _ in GRID.values())
COLS = 1 + max(c for _, c in GRID.values())

_STEP: dict[Direction, tuple[int, int]] = {"left": (0, -1), "right": (0, 1), "up": (-1, 0), "down": (1, 0)}


def reading_order() -> list[str]:
    """Every code, top to bottom and left to right: the order a sighted reader scans the map."""
    return sorted(GRID, key=lambda code: GRID[code])


def neighbour(code: str, direction: Direction) -> str | None:
    """The tile an arrow key moves to from ``code``, or None at the edge of the map.

    Prefers a tile in the same row (for left/right) or column (for up/down), nearest first; failing that,
    the nearest tile one row or column off, and so on. So the arrows behave like a grid wherever the grid
    has tiles, and still reach the outlying tiles (Alaska, Hawaii, Puerto Rico).
    """
    row, col = GRID[code]
    d_row, d_col = _STEP[direction]
    best: tuple[int, int] | None = None
    best_code: str | None = None
    for other, (r, c) in GRID.items():
        along = (r - row) * d_row + (c - col) * d_col  # distance in the arrow's direction
        if along <= 0:
            continue
        across = abs((r - row) * d_col) + abs((c - col) * d_row)  # distance sideways
        score = (across, along)
        if best is None or score < best:
            best, best_code = score, other
    return best_code


def _check() -> None:
    unknown = sorted(set(GRID) - set(JURISDICTIONS))
    missing = sorted(set(JURISDICTIONS) - set(GRID))
    if unknown or missing:
        raise ValueError(f"tile grid out of step with JURISDICTIONS: unknown {unknown}, missing {missing}")


_check()
