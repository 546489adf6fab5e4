"""The presenter console: what the trainer sees while the audience sees the form.

The current stop's full explanation and presenter notes, a preview of the next stop, "Stop 4 of 15",
the wall clock and an elapsed timer (start / pause / reset), and an unmissable banner while the
audience screen is black or white. It shows a :class:`~explainer.present.tour.Tour`; keys pressed here
go to the controller like keys pressed on the audience screen.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..anchors import Placement
from ..content import explain
from ..content.blocks import Heading, Paragraph
from ..model import JURISDICTIONS, NATIONAL, Annotation, JurisdictionTable
from ..ui.panel import ExplanationPanel
from .tour import Screen, Tour


class Stopwatch:
    """Elapsed time that can be paused and reset. ``clock`` is injectable for tests."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._banked = 0.0
        self._since: float | None = None

    @property
    def running(self) -> bool:
        return self._since is not None

    def start(self) -> None:
        if self._since is None:
            self._since = self._clock()

    def pause(self) -> None:
        if self._since is not None:
            self._banked += self._clock() - self._since
            self._since = None

    def reset(self) -> None:
        self._banked = 0.0
        self._since = self._clock() if self._since is not None else None

    def elapsed(self) -> float:
        live = self._clock() - self._since if self._since is not None else 0.0
        return self._banked + live


def format_elapsed(seconds: float) -> str:
    whole = int(seconds)
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def _font(points: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class PresenterConsole(QWidget):
    """The trainer's screen. Call :meth:`show_tour` with every new tour state."""

    def __init__(
        self,
        stops: Sequence[Annotation],
        placements: Mapping[str, Placement],
        *,
        jurisdiction: str | None = None,
        table: JurisdictionTable | None = None,
        stopwatch: Stopwatch | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Detainer Explainer — presenter console")
        self.setAccessibleName("Presenter console")
        self.stops = list(stops)
        self.placements = dict(placements)
        self.jurisdiction = jurisdiction if jurisdiction in JURISDICTIONS else None
        self.table = table
        self.stopwatch = stopwatch or Stopwatch()
        self.tour: Tour | None = None

        self.position = QLabel()
        self.position.setFont(_font(26, bold=True))
        self.position.setAccessibleName("Position")
        self.state_label = QLabel(JURISDICTIONS.get(self.jurisdiction or "", "National"))
        self.state_label.setFont(_font(14))
        self.screen_banner = QLabel()
        self.screen_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.screen_banner.setFont(_font(20, bold=True))
        self.screen_banner.hide()
        self.number_entry = QLabel()
        self.number_entry.setFont(_font(18, bold=True))
        self.number_entry.setStyleSheet("background: #ffc400; color: black; padding: 4px 12px; border-radius: 6px;")
        self.number_entry.hide()
        self.clock = QLabel()
        self.clock.setFont(_font(22))
        self.elapsed = QLabel("00:00")
        self.elapsed.setFont(_font(30, bold=True))
        self.elapsed.setAccessibleName("Elapsed time")
        self.start_button = QPushButton("Start")
        self.pause_button = QPushButton("Pause")
        self.reset_button = QPushButton("Reset")
        for button in (self.start_button, self.pause_button, self.reset_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and Enter belong to the clicker
        self.start_button.clicked.connect(self._start)
        self.pause_button.clicked.connect(self._pause)
        self.reset_button.clicked.connect(self._reset)

        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.position)
        left.addWidget(self.state_label)
        top.addLayout(left, 1)
        top.addWidget(self.number_entry, 0, Qt.AlignmentFlag.AlignVCenter)
        timer_box = QVBoxLayout()
        timer_box.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignRight)
        timer_row = QHBoxLayout()
        timer_row.addWidget(self.elapsed)
        for button in (self.start_button, self.pause_button, self.reset_button):
            timer_row.addWidget(button)
        timer_box.addLayout(timer_row)
        top.addLayout(timer_box)

        self.notes = QTextBrowser()
        self.notes.setAccessibleName("Presenter notes")
        self.notes.setOpenLinks(False)
        self.notes.setFont(_font(17))
        self.notes.setStyleSheet("QTextBrowser { background: #fff8dc; color: #222; border: 1px solid #e0c96a; }")
        self.explanation = ExplanationPanel()
        self.explanation.setAccessibleName("Current stop explanation")
        self.explanation.setFont(_font(13))
        current = QSplitter(Qt.Orientation.Vertical)
        notes_box = QWidget()
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_title = QLabel("Presenter notes")
        notes_title.setFont(_font(12, bold=True))
        notes_layout.addWidget(notes_title)
        notes_layout.addWidget(self.notes)
        current.addWidget(notes_box)
        current.addWidget(self.explanation)
        current.setSizes([260, 520])

        self.next_title = QLabel()
        self.next_title.setWordWrap(True)
        self.next_title.setFont(_font(18, bold=True))
        self.next_title.setAccessibleName("Next stop")
        self.next_summary = QLabel()
        self.next_summary.setWordWrap(True)
        self.next_summary.setFont(_font(14))
        next_frame = QFrame()
        next_frame.setObjectName("next")
        next_frame.setStyleSheet("#next { background: #eef2f7; border: 1px solid #c5cfdb; border-radius: 6px; }")
        next_layout = QVBoxLayout(next_frame)
        next_caption = QLabel("Next")
        next_caption.setFont(_font(12, bold=True))
        next_layout.addWidget(next_caption)
        next_layout.addWidget(self.next_title)
        next_layout.addWidget(self.next_summary)
        next_layout.addStretch(1)

        body = QHBoxLayout()
        body.addWidget(current, 3)
        body.addWidget(next_frame, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.screen_banner)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        self._tick = QTimer(self, interval=500)
        self._tick.timeout.connect(self._update_time)
        self._tick.start()
        self._update_time()

    # ---- timer -----------------------------------------------------------------------------------

    def _start(self) -> None:
        self.stopwatch.start()
        self._update_time()

    def _pause(self) -> None:
        self.stopwatch.pause()
        self._update_time()

    def _reset(self) -> None:
        self.stopwatch.reset()
        self._update_time()

    def _update_time(self) -> None:
        self.clock.setText(QDateTime.currentDateTime().toString("HH:mm"))
        self.elapsed.setText(format_elapsed(self.stopwatch.elapsed()))
        running = self.stopwatch.running
        self.start_button.setEnabled(not running)
        self.pause_button.setEnabled(running)

    # ---- showing a tour state ----------------------------------------------------------------------

    def show_tour(self, tour: Tour) -> None:
        previous, self.tour = self.tour, tour
        self.position.setText(tour.label())
        if tour.screen is Screen.NORMAL:
            self.screen_banner.hide()
        else:
            black = tour.screen is Screen.BLACK
            self.screen_banner.setText(
                f"AUDIENCE SCREEN IS {'BLACK' if black else 'WHITE'} — press {'B' if black else 'W'} to bring it back"
            )
            self.screen_banner.setStyleSheet(
                "background: black; color: white; padding: 10px;"
                if black
                else "background: white; color: black; padding: 10px; border: 3px solid black;"
            )
            self.screen_banner.show()
        self.number_entry.setVisible(bool(tour.number))
        self.number_entry.setText(f"Go to stop {tour.number} ⏎")
        if previous is None or previous.stop_index != tour.stop_index or previous.step != tour.step:
            self._show_current(tour)
        self._show_next(tour)

    def _show_current(self, tour: Tour) -> None:
        index = tour.stop_index
        if index is None:
            self.notes.setPlainText("The clean form: let the room look for what is wrong before the first stop.")
            self.explanation.show_explanation(
                [Heading(1, "Clean form"), Paragraph(f"{len(self.stops)} stops to reveal.")]
            )
            return
        ann = self.stops[index]
        self.notes.setPlainText(ann.presenter_notes or "(No presenter notes for this stop.)")
        self.explanation.show_explanation(
            explain.explanation(
                ann,
                number=index + 1,
                placement=self.placements.get(ann.id),
                jurisdiction=self.jurisdiction or NATIONAL,
                table=self.table,
            ),
            ann.id,
        )

    def _show_next(self, tour: Tour) -> None:
        nxt = tour.next_index
        if nxt is None:
            self.next_title.setText("End of the tour")
            self.next_summary.setText("Esc ends the presentation.")
        else:
            ann = self.stops[nxt]
            self.next_title.setText(f"{nxt + 1}. {ann.title}")
            self.next_summary.setText(ann.summary)
