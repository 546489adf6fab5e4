"""The one badge-layout rule the viewer and the handout share."""

from __future__ import annotations

from explainer.badges import BadgeSpot, layout_badges


def _layout(spots, **kw):
    return layout_badges(spots, 10, left_limit=kw.get("left", 0), page_right=200, right_limit=kw.get("right", 240))


def test_badge_sits_left_of_its_region_level_with_its_top():
    assert _layout([BadgeSpot(1, 50, 30, 100)]) == [(40, 30)]


def test_two_regions_at_one_height_read_left_to_right_in_number_order():
    first, second = _layout([BadgeSpot(6, 50, 30, 100), BadgeSpot(7, 50, 30, 100)])
    assert first[1] == second[1] == 30  # same row as their regions
    assert first[0] < second[0] < 50


def test_when_the_left_margin_is_full_the_badge_goes_right_not_down():
    spots = [BadgeSpot(n, 15, 30, 100) for n in (1, 2)]  # room for one badge on the left
    (a, b) = _layout(spots, left=0)
    assert {a[1], b[1]} == {30}
    assert max(a[0], b[0]) >= 190  # in the page's right margin, never over the form


def test_only_when_both_margins_are_full_does_a_badge_move_down():
    spots = [BadgeSpot(n, 15, 30, 100) for n in (1, 2, 3)]
    corners = _layout(spots, left=0, right=200)  # one slot left, one slot right
    assert sorted(top for _, top in corners) == [30, 30, 40]
    assert len(set(corners)) == 3
