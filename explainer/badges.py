"""Where numbered badges go beside the regions they mark, so that no badge covers another.

Qt-free and unit-free: the viewer lays badges out in screen pixels (their size is fixed on screen),
the handout in PDF points. One rule for both, so a number on paper sits where it sits on screen:
a badge stays level with the top of its region, goes left of it (further left, column by column,
as far as ``left_limit``), else right of it (in the page's right margin, as far as ``right_limit``);
only when both sides are full does it move down a row — which would put it beside another part of
the form, so it is the last resort.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class BadgeSpot:
    number: int  # the stop's number: equal rows read left to right in number order
    x: float  # the region's left edge
    y: float  # the region's top edge
    width: float  # the region's width


def layout_badges(
    spots: Sequence[BadgeSpot], size: float, *, left_limit: float, page_right: float, right_limit: float
) -> list[tuple[float, float]]:
    """The top-left corner of each badge (``size`` square, gaps included), in the order of ``spots``."""
    order = sorted(range(len(spots)), key=lambda i: (spots[i].y, spots[i].x, -spots[i].number))
    taken: list[tuple[float, float]] = []
    placed: dict[int, tuple[float, float]] = {}
    for i in order:
        s = spots[i]
        candidates = [s.x - size * k for k in range(1, 64) if s.x - size * k >= left_limit]
        right = max(s.x + s.width + 2, page_right - size)  # never over the form's content
        candidates += [right + size * k for k in range(64) if right + size * (k + 1) <= right_limit]
        candidates = candidates or [s.x - size]
        top = s.y
        while True:
            free = [c for c in candidates if all(abs(c - lx) >= size or abs(top - ty) >= size for lx, ty in taken)]
            if free:
                break
            top += size
        placed[i] = (free[0], top)
        taken.append(placed[i])
    return [placed[i] for i in range(len(spots))]
