"""The presentation state machine: every key, every layer, reveal mode and overview steps."""

from __future__ import annotations

import pytest

from explainer.present.tour import Action, Digit, Screen, Tour, handle, start

A = Action
STOPS = tuple(f"s{i}" for i in range(1, 13))  # 12 stops: two-digit numbers exist


def press(tour: Tour, *actions: Action | Digit | str) -> Tour:
    for action in actions:
        if isinstance(action, str):  # "12" types digits
            for ch in action:
                tour = handle(tour, Digit(int(ch)))
        else:
            tour = handle(tour, action)
    return tour


def test_start_shows_first_stop():
    tour = start(STOPS)
    assert tour.presenting
    assert tour.current_id == "s1"
    assert tour.lit == 0
    assert tour.label() == "Stop 1 of 12"
    assert tour.revealed == tuple(range(12))
    assert tour.layers == ()


@pytest.mark.parametrize("action", [A.NEXT, A.ENTER])
def test_next_walks_every_stop_and_stops_at_the_end(action):
    tour = start(STOPS)
    seen = [tour.current_id]
    for _ in range(20):
        tour = handle(tour, action)
        seen.append(tour.current_id)
    assert seen[:12] == list(STOPS)
    assert set(seen[12:]) == {"s12"}
    assert tour.presenting


@pytest.mark.parametrize("action", [A.PREVIOUS, A.BACK])
def test_previous_goes_back_and_stops_at_the_first(action):
    tour = start(STOPS, at=2)
    assert tour.current_id == "s3"
    tour = handle(tour, action)
    assert tour.current_id == "s2"
    tour = press(tour, action, action, action)
    assert tour.current_id == "s1"


def test_home_and_end():
    tour = start(STOPS, at=5)
    assert handle(tour, A.LAST).current_id == "s12"
    assert handle(tour, A.FIRST).current_id == "s1"


def test_start_at_is_clamped():
    assert start(STOPS, at=99).current_id == "s12"
    assert start(STOPS, at=-3).current_id == "s1"


@pytest.mark.parametrize(("action", "screen"), [(A.BLACK, Screen.BLACK), (A.WHITE, Screen.WHITE)])
def test_black_and_white_toggle_back_with_the_same_key(action, screen):
    tour = start(STOPS, at=3)
    blank = handle(tour, action)
    assert blank.screen is screen
    assert blank.current_id == "s4"
    back = handle(blank, action)
    assert back.screen is Screen.NORMAL
    assert back == tour


def test_black_then_white_switches_and_white_restores():
    tour = press(start(STOPS), A.BLACK, A.WHITE)
    assert tour.screen is Screen.WHITE
    assert handle(tour, A.WHITE).screen is Screen.NORMAL


def test_navigation_while_blank_restores_without_moving():
    tour = press(start(STOPS, at=3), A.BLACK)
    tour = handle(tour, A.NEXT)
    assert tour.screen is Screen.NORMAL
    assert tour.current_id == "s4"
    assert handle(tour, A.NEXT).current_id == "s5"


def test_number_then_enter_jumps():
    tour = press(start(STOPS), "7")
    assert tour.number == "7"
    assert tour.layers == ("number",)
    assert tour.current_id == "s1"  # nothing moves until Enter
    tour = handle(tour, A.ENTER)
    assert tour.current_id == "s7"
    assert tour.number == ""
    assert press(tour, "12", A.ENTER).current_id == "s12"


def test_number_out_of_range_is_dropped_and_stays():
    tour = start(STOPS, at=2)
    for typed in ("13", "0", "99"):
        after = press(tour, typed, A.ENTER)
        assert after.current_id == "s3"
        assert after.number == ""


def test_backspace_edits_the_number_being_typed():
    tour = press(start(STOPS), "15", A.BACK)
    assert tour.number == "1"
    assert tour.current_id == "s1"
    assert handle(tour, A.ENTER).current_id == "s1"
    tour = press(start(STOPS), "12", A.BACK, "0", A.ENTER)
    assert tour.current_id == "s10"


def test_other_key_abandons_the_number_and_acts():
    tour = press(start(STOPS), "9", A.NEXT)
    assert tour.number == ""
    assert tour.current_id == "s2"


def test_number_has_a_length_limit():
    tour = press(start(STOPS), "123456789")
    assert len(tour.number) == 4


def test_help_toggles_with_its_key():
    tour = handle(start(STOPS), A.HELP)
    assert tour.help
    assert not handle(tour, A.HELP).help


def test_navigation_with_help_up_only_closes_help():
    tour = press(start(STOPS), A.HELP, A.NEXT)
    assert not tour.help
    assert tour.current_id == "s1"


def test_overview_moves_a_cursor_and_enter_goes_there():
    tour = press(start(STOPS, at=4), A.OVERVIEW)
    assert tour.overview
    assert tour.overview_cursor == 4
    tour = press(tour, A.NEXT, A.NEXT, A.PREVIOUS)
    assert tour.overview_cursor == 5
    assert tour.current_id == "s5"  # the stop does not change until Enter
    tour = handle(tour, A.ENTER)
    assert not tour.overview
    assert tour.current_id == "s6"


def test_overview_cursor_is_bounded_and_tab_closes_without_moving():
    tour = press(start(STOPS), A.OVERVIEW, A.PREVIOUS, A.PREVIOUS)
    assert tour.overview_cursor == 0
    tour = press(tour, A.LAST, A.NEXT)
    assert tour.overview_cursor == 11
    tour = handle(tour, A.OVERVIEW)
    assert not tour.overview
    assert tour.current_id == "s1"


def test_number_jump_from_overview_closes_it():
    tour = press(start(STOPS), A.OVERVIEW, "8", A.ENTER)
    assert not tour.overview
    assert tour.current_id == "s8"


def test_escape_leaves_innermost_layer_first_then_the_presentation():
    tour = press(start(STOPS, at=2), A.BLACK, A.OVERVIEW, A.HELP, "4")
    assert tour.layers == ("number", "help", "overview", "black")
    left = []
    while tour.presenting:
        before = tour.layers
        tour = handle(tour, A.ESCAPE)
        left.append(before[0] if before else "presentation")
    assert left == ["number", "help", "overview", "black", "presentation"]
    assert tour.current_id == "s3"


def test_escape_with_white_screen():
    tour = press(start(STOPS), A.WHITE, A.ESCAPE)
    assert tour.screen is Screen.NORMAL
    assert tour.presenting
    assert not handle(tour, A.ESCAPE).presenting


@pytest.mark.parametrize("action", [A.START, A.START_HERE])
def test_f5_while_presenting_changes_nothing(action):
    tour = press(start(STOPS, at=6), A.BLACK)
    assert handle(tour, action) == tour


def test_clicker_alternating_f5_and_escape():
    tour = start(STOPS, at=6)
    tour = handle(tour, A.ESCAPE)
    assert not tour.presenting
    tour = handle(tour, A.START)
    assert tour.presenting
    assert tour.current_id == "s1"


def test_shift_f5_resumes_at_the_current_stop():
    tour = press(start(STOPS, at=6), A.ESCAPE)
    tour = handle(tour, A.START_HERE)
    assert tour.presenting
    assert tour.current_id == "s7"


def test_keys_are_ignored_when_not_presenting():
    tour = press(start(STOPS, at=2), A.ESCAPE)
    for action in (A.NEXT, A.BLACK, A.HELP, A.OVERVIEW, A.ESCAPE, Digit(3)):
        assert handle(tour, action) == tour


def test_reveal_mode_starts_clean_and_reveals_one_more_per_next():
    tour = start(STOPS, reveal=True)
    assert tour.revealed == ()
    assert tour.lit is None
    assert tour.current_id is None
    assert tour.label() == "Clean form — 12 stops"
    for n in range(1, 13):
        tour = handle(tour, A.NEXT)
        assert tour.revealed == tuple(range(n))
        assert tour.lit == n - 1
    tour = handle(tour, A.PREVIOUS)
    assert tour.revealed == tuple(range(11))
    assert handle(tour, A.FIRST).revealed == ()


def test_reveal_mode_jump_reveals_everything_up_to_it():
    tour = press(start(STOPS, reveal=True), "5", A.ENTER)
    assert tour.revealed == (0, 1, 2, 3, 4)


def test_overview_steps_between_stops():
    tour = start(STOPS[:3], overview_steps=True)
    seen = []
    for _ in range(6):
        seen.append((tour.current_id, tour.on_overview_step, tour.lit))
        tour = handle(tour, A.NEXT)
    assert seen == [
        ("s1", False, 0),
        ("s1", True, None),
        ("s2", False, 1),
        ("s2", True, None),
        ("s3", False, 2),
        ("s3", False, 2),
    ]
    assert press(tour, A.PREVIOUS).label() == "Overview after stop 2 of 3"
    assert press(tour, "2", A.ENTER).lit == 1


def test_next_index_for_the_console_preview():
    tour = start(STOPS[:3])
    assert tour.next_index == 1
    assert press(tour, A.LAST).next_index is None
    assert start(STOPS[:3], reveal=True).next_index == 0


def test_empty_tour_does_not_crash():
    tour = start(())
    for action in Action:
        tour = handle(tour, action) if tour.presenting else tour
    assert tour.current_id is None
    assert tour.label() == "No stops"


def test_state_is_immutable():
    tour = start(STOPS)
    handle(tour, A.NEXT)
    assert tour.current_id == "s1"
    with pytest.raises(AttributeError):
        tour.step = 3  # type: ignore[misc]


def test_digit_rejects_non_digits():
    with pytest.raises(ValueError, match="0-9"):
        Digit(10)
