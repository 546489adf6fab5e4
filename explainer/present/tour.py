"""The state of a presentation tour, with no Qt in it.

A tour walks the stops of an annotation set (its annotations in order, after the current filter).
Everything a clicker or keyboard can do is an :class:`Action` (or a :class:`Digit`), and
:func:`handle` turns one state into the next. The state is an immutable dataclass, so the audience
view, the presenter console and the tests all read the same thing and nothing mutates behind them.

Layers sit in front of the current stop, innermost first: number entry, help, overview of all stops,
black/white screen. Esc leaves the innermost layer, and only when none is left does it end the
presentation (``presenting`` becomes False). It never quits anything: that is for the caller.

Navigation while the screen is black or white first brings the picture back without moving, so a
stray clicker press never skips a stop the audience has not seen. F5 and Shift+F5 while presenting
do nothing (some clickers send F5 and Esc alternately from one button).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace


class Action(enum.Enum):
    NEXT = "next"
    PREVIOUS = "previous"
    BACK = "back"  # Backspace: previous, or delete the last typed digit
    ENTER = "enter"  # Return/Enter: next, or confirm a typed number / the overview's choice
    FIRST = "first"
    LAST = "last"
    BLACK = "black"
    WHITE = "white"
    OVERVIEW = "overview"
    HELP = "help"
    ESCAPE = "escape"
    START = "start"  # F5: from the first stop
    START_HERE = "start-here"  # Shift+F5: from the current stop


@dataclass(frozen=True)
class Digit:
    """A typed digit, the start of "number then Enter jumps to that stop"."""

    value: int

    def __post_init__(self) -> None:
        if not 0 <= self.value <= 9:
            raise ValueError(f"a digit is 0-9, not {self.value}")


class Screen(enum.Enum):
    NORMAL = "normal"
    BLACK = "black"
    WHITE = "white"


MAX_NUMBER_DIGITS = 4


@dataclass(frozen=True)
class Tour:
    """Where a presentation is. ``step`` indexes :meth:`step_count` steps; -1 is the clean form (reveal mode).

    With ``overview_steps`` the steps alternate stop, overview, stop, ... (an overview of the whole page
    with every marker between two stops); without, step i is stop i.
    """

    stops: tuple[str, ...]
    step: int = 0
    presenting: bool = True
    reveal: bool = False
    overview_steps: bool = False
    screen: Screen = Screen.NORMAL
    help: bool = False
    overview: bool = False
    overview_cursor: int = 0
    number: str = ""  # digits typed so far

    # ---- derived --------------------------------------------------------------------------

    @property
    def step_count(self) -> int:
        n = len(self.stops)
        return max(0, 2 * n - 1) if self.overview_steps else n

    @property
    def first_step(self) -> int:
        return -1 if self.reveal else 0

    @property
    def on_overview_step(self) -> bool:
        """True on an overview step between two stops (the whole page, every marker)."""
        return self.overview_steps and self.step >= 0 and self.step % 2 == 1

    @property
    def stop_index(self) -> int | None:
        """The stop shown (0-based); on an overview step, the stop just left; None on the clean form."""
        if self.step < 0 or not self.stops:
            return None
        return self.step // 2 if self.overview_steps else self.step

    @property
    def lit(self) -> int | None:
        """The stop whose regions are spotlighted, or None (clean form, overview step)."""
        return None if self.on_overview_step else self.stop_index

    @property
    def current_id(self) -> str | None:
        i = self.stop_index
        return None if i is None else self.stops[i]

    @property
    def next_index(self) -> int | None:
        """The next stop the presenter will reach (for the console's preview), or None at the end."""
        i = self.stop_index
        nxt = 0 if i is None else i + 1
        return nxt if nxt < len(self.stops) else None

    @property
    def revealed(self) -> tuple[int, ...]:
        """Stops whose markers are visible: all of them, or in reveal mode those reached so far."""
        if not self.reveal:
            return tuple(range(len(self.stops)))
        i = self.stop_index
        return () if i is None else tuple(range(i + 1))

    @property
    def layers(self) -> tuple[str, ...]:
        """The layers in front of the stop, innermost first (what Esc will leave, in order)."""
        out = []
        if self.number:
            out.append("number")
        if self.help:
            out.append("help")
        if self.overview:
            out.append("overview")
        if self.screen is not Screen.NORMAL:
            out.append(self.screen.value)
        return tuple(out)

    def label(self) -> str:
        """ "Stop 4 of 15" (or "Overview after stop 4 of 15", "Clean form, 15 stops")."""
        n = len(self.stops)
        i = self.stop_index
        if i is None:
            return f"Clean form — {n} stops" if n else "No stops"
        if self.on_overview_step:
            return f"Overview after stop {i + 1} of {n}"
        return f"Stop {i + 1} of {n}"

    def step_of_stop(self, index: int) -> int:
        return 2 * index if self.overview_steps else index


def start(
    stops: Sequence[str],
    *,
    at: int = 0,
    reveal: bool = False,
    overview_steps: bool = False,
) -> Tour:
    """A tour presenting ``stops`` from stop ``at`` (reveal mode starts on the clean form instead)."""
    tour = Tour(stops=tuple(stops), reveal=reveal, overview_steps=overview_steps, step=0)
    if reveal and at == 0:
        return replace(tour, step=-1)
    return replace(tour, step=_clamp(tour, tour.step_of_stop(at)))


def _clamp(tour: Tour, step: int) -> int:
    if tour.step_count == 0:
        return tour.first_step if tour.reveal else 0
    return min(max(step, tour.first_step), tour.step_count - 1)


def _move(tour: Tour, step: int) -> Tour:
    return replace(tour, step=_clamp(tour, step))


def _jump_to_number(tour: Tour) -> Tour:
    number = int(tour.number)
    tour = replace(tour, number="")
    if not 1 <= number <= len(tour.stops):
        return tour  # no such stop: drop what was typed, stay put
    return replace(_move(tour, tour.step_of_stop(number - 1)), overview=False, help=False)


def _escape(tour: Tour) -> Tour:
    if tour.number:
        return replace(tour, number="")
    if tour.help:
        return replace(tour, help=False)
    if tour.overview:
        return replace(tour, overview=False)
    if tour.screen is not Screen.NORMAL:
        return replace(tour, screen=Screen.NORMAL)
    return replace(tour, presenting=False)


def _toggle_screen(tour: Tour, screen: Screen) -> Tour:
    return replace(tour, screen=Screen.NORMAL if tour.screen is screen else screen, number="")


def _in_overview(tour: Tour, action: Action) -> Tour:
    """Keys while the overview grid is up move its cursor; Enter goes to the chosen stop."""
    last = len(tour.stops) - 1
    moves = {
        Action.NEXT: tour.overview_cursor + 1,
        Action.PREVIOUS: tour.overview_cursor - 1,
        Action.BACK: tour.overview_cursor - 1,
        Action.FIRST: 0,
        Action.LAST: last,
    }
    if action in moves:
        return replace(tour, overview_cursor=min(max(moves[action], 0), max(last, 0)))
    if action is Action.ENTER and tour.stops:
        return replace(_move(tour, tour.step_of_stop(tour.overview_cursor)), overview=False)
    return tour


def handle(tour: Tour, action: Action | Digit) -> Tour:
    """The state after ``action``. Pure: ``tour`` is not changed."""
    if not tour.presenting:
        if action is Action.START:
            return start(tour.stops, reveal=tour.reveal, overview_steps=tour.overview_steps)
        if action is Action.START_HERE:
            at = tour.stop_index or 0
            return start(tour.stops, at=at, reveal=tour.reveal and at == 0, overview_steps=tour.overview_steps)
        return tour
    if isinstance(action, Digit):
        if len(tour.number) >= MAX_NUMBER_DIGITS:
            return tour
        return replace(tour, number=tour.number + str(action.value))
    if action in (Action.START, Action.START_HERE):
        return tour  # already presenting: harmless
    if action is Action.ESCAPE:
        return _escape(tour)
    if action is Action.BLACK:
        return _toggle_screen(tour, Screen.BLACK)
    if action is Action.WHITE:
        return _toggle_screen(tour, Screen.WHITE)
    if action is Action.HELP:
        return replace(tour, help=not tour.help, number="")
    if tour.number:
        if action is Action.ENTER:
            return _jump_to_number(tour)
        if action is Action.BACK:
            return replace(tour, number=tour.number[:-1])
        tour = replace(tour, number="")  # any other key abandons the number
    if action is Action.OVERVIEW:
        cursor = tour.stop_index or 0
        return replace(tour, overview=not tour.overview, overview_cursor=cursor, help=False)
    if tour.help:
        return replace(tour, help=False) if action in _NAVIGATION else tour
    if tour.screen is not Screen.NORMAL:
        return replace(tour, screen=Screen.NORMAL) if action in _NAVIGATION else tour
    if tour.overview:
        return _in_overview(tour, action)
    if action in (Action.NEXT, Action.ENTER):
        return _move(tour, tour.step + 1)
    if action in (Action.PREVIOUS, Action.BACK):
        return _move(tour, tour.step - 1)
    if action is Action.FIRST:
        return _move(tour, tour.first_step)
    if action is Action.LAST:
        return _move(tour, tour.step_count - 1)
    return tour


_NAVIGATION = frozenset({Action.NEXT, Action.PREVIOUS, Action.BACK, Action.ENTER, Action.FIRST, Action.LAST})
