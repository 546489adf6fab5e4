"""Plane geometry for placing a form's parts on a client's document: affine maps and their fits.

Qt-free and PyMuPDF-free. Points are ``(x, y)`` and rects ``(x0, y0, x1, y1)`` in PDF points with the
origin at the page's top-left. An :class:`Affine` follows PyMuPDF's matrix convention::

    x' = a*x + c*y + e
    y' = b*x + d*y + f
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Point = tuple[float, float]
Rect = tuple[float, float, float, float]


@dataclass(frozen=True)
class Affine:
    a: float = 1.0
    b: float = 0.0
    c: float = 0.0
    d: float = 1.0
    e: float = 0.0
    f: float = 0.0

    @classmethod
    def scale_shift(cls, sx: float, sy: float, dx: float = 0.0, dy: float = 0.0) -> Affine:
        return cls(sx, 0.0, 0.0, sy, dx, dy)

    @classmethod
    def rect_to_rect(cls, src: Rect, dst: Rect) -> Affine:
        """The axis-aligned map that sends ``src`` onto ``dst`` (corner to corner)."""
        sx = (dst[2] - dst[0]) / (src[2] - src[0])
        sy = (dst[3] - dst[1]) / (src[3] - src[1])
        return cls.scale_shift(sx, sy, dst[0] - sx * src[0], dst[1] - sy * src[1])

    @classmethod
    def quarter_turns(cls, turns: int) -> Affine:
        """Rotation about the origin by ``turns`` x 90 degrees (clockwise on screen, y pointing down)."""
        cos, sin = [(1, 0), (0, 1), (-1, 0), (0, -1)][turns % 4]
        return cls(cos, sin, -sin, cos, 0.0, 0.0)

    def apply(self, point: Point) -> Point:
        x, y = point
        return (self.a * x + self.c * y + self.e, self.b * x + self.d * y + self.f)

    def map_rect(self, rect: Rect) -> Rect:
        """The bounding box of the image of ``rect`` (exact for scaling, shifting and quarter turns)."""
        corners = [self.apply((x, y)) for x in (rect[0], rect[2]) for y in (rect[1], rect[3])]
        xs = [p[0] for p in corners]
        ys = [p[1] for p in corners]
        return (min(xs), min(ys), max(xs), max(ys))

    def then(self, other: Affine) -> Affine:
        """First ``self``, then ``other``."""
        return Affine(
            self.a * other.a + self.b * other.c,
            self.a * other.b + self.b * other.d,
            self.c * other.a + self.d * other.c,
            self.c * other.b + self.d * other.d,
            self.e * other.a + self.f * other.c + other.e,
            self.e * other.b + self.f * other.d + other.f,
        )

    def inverse(self) -> Affine:
        det = self.a * self.d - self.b * self.c
        if abs(det) < 1e-12:
            raise ValueError("the map is not invertible")
        a, b, c, d = self.d / det, -self.b / det, -self.c / det, self.a / det
        return Affine(a, b, c, d, -(self.e * a + self.f * c), -(self.e * b + self.f * d))

    @property
    def scale(self) -> float:
        """The mean linear scale factor (the square root of the area ratio)."""
        return math.sqrt(abs(self.a * self.d - self.b * self.c))

    @property
    def quarter_turn(self) -> int:
        """The rotation of this map rounded to the nearest multiple of 90 degrees (0..3)."""
        angle = math.degrees(math.atan2(self.b, self.a))
        return round(angle / 90.0) % 4

    def as_list(self) -> list[float]:
        return [self.a, self.b, self.c, self.d, self.e, self.f]


def fit_similarity(pairs: Sequence[tuple[Point, Point]]) -> Affine | None:
    """Least-squares scale + rotation + shift sending each ``src`` to its ``dst``; None if undetermined.

    Written with complex numbers: ``dst = k*src + t``; needs two distinct source points.
    """
    if len(pairs) < 2:
        return None
    src = [complex(*p) for p, _ in pairs]
    dst = [complex(*q) for _, q in pairs]
    n = len(pairs)
    ms = sum(src) / n
    md = sum(dst) / n
    var = sum(abs(s - ms) ** 2 for s in src)
    if var < 1e-6:
        return None
    k = sum((d - md) * (s - ms).conjugate() for s, d in zip(src, dst, strict=True)) / var
    t = md - k * ms
    return Affine(k.real, k.imag, -k.imag, k.real, t.real, t.imag)


def fit_residual(transform: Affine, pairs: Sequence[tuple[Point, Point]]) -> float:
    """The largest distance between a mapped source point and its target."""
    return max((math.dist(transform.apply(p), q) for p, q in pairs), default=0.0)


def fit_two_points(src: tuple[Point, Point], dst: tuple[Point, Point]) -> Affine:
    """Scale + shift (no rotation) sending two source points onto two target points.

    Each axis gets its own scale where the two points differ along it; along an axis where they
    (nearly) coincide, the other axis's scale is used, so any two distinct points work.
    """
    (p1, p2), (q1, q2) = src, dst
    spread_x, spread_y = p2[0] - p1[0], p2[1] - p1[1]
    sx = (q2[0] - q1[0]) / spread_x if abs(spread_x) > 1.0 else None
    sy = (q2[1] - q1[1]) / spread_y if abs(spread_y) > 1.0 else None
    if sx is None and sy is None:
        raise ValueError("the two reference points are the same point")
    scale_x = sx if sx is not None else sy
    scale_y = sy if sy is not None else sx
    assert scale_x is not None
    assert scale_y is not None
    return Affine.scale_shift(scale_x, scale_y, q1[0] - scale_x * p1[0], q1[1] - scale_y * p1[1])


def union(rects: Sequence[Rect]) -> Rect:
    return (
        min(r[0] for r in rects),
        min(r[1] for r in rects),
        max(r[2] for r in rects),
        max(r[3] for r in rects),
    )


def center(rect: Rect) -> Point:
    return ((rect[0] + rect[2]) / 2.0, (rect[1] + rect[3]) / 2.0)


def rect_distance(r1: Rect, r2: Rect) -> float:
    """The largest difference between corresponding edges of two rects (0 = identical)."""
    return max(abs(u - v) for u, v in zip(r1, r2, strict=True))
