"""Start the window: ``run_gui(args)`` (args from ``explainer.cli.gui_parser``), and compose it.

This is the one place where features are composed: :data:`FEATURES` lists each feature that attaches
to the main window through its seam, and whether it can wait until the first page is painted.
Removing a feature is deleting its package and its line here.

Order matters for the first paint: build the QApplication, load the library, open the form, show the
window; nothing else runs before the first page is on screen.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .client_review.feature import ReviewFeature
    from .present.feature import PresentationFeature
    from .settings import Settings, SettingsStore
    from .store import Library
    from .ui.mainwindow import MainWindow
    from .ui.seam import Feature

log = logging.getLogger(__name__)

SCREENSHOT_TIMEOUT_MS = 10_000
GC_PAUSE_MAX_MS = 3_000
DEFAULT_FORM = "i-247a"


def _review() -> Feature:
    from .client_review.feature import ReviewFeature

    return ReviewFeature()


def _presentation() -> Feature:
    from .present.feature import PresentationFeature

    return PresentationFeature()


def _handout() -> Feature:
    from .handout.export_action import HandoutExport

    return HandoutExport()


@dataclass(frozen=True)
class FeatureEntry:
    make: Callable[[], Feature]
    after_first_paint: bool  # not needed to show the first page: attached just after it is painted


FEATURES: list[FeatureEntry] = [
    FeatureEntry(_review, after_first_paint=False),  # a client document given on the command line needs it
    FeatureEntry(_presentation, after_first_paint=True),
    FeatureEntry(_handout, after_first_paint=True),
]


def create_window(library: Library, prefs: SettingsStore | Settings | None = None) -> MainWindow:
    """The main window with every feature attached (the late ones just after the first paint)."""
    from PySide6.QtCore import Qt

    from .ui.mainwindow import MainWindow

    window = MainWindow(library, prefs)
    for entry in FEATURES:
        if not entry.after_first_paint:
            window.attach(entry.make())
    window.view.first_frame_painted.connect(lambda: attach_late_features(window), Qt.ConnectionType.QueuedConnection)
    return window


def attach_late_features(window: MainWindow) -> None:
    """Attach the features that waited for the first paint (idempotent)."""
    for entry in FEATURES:
        if entry.after_first_paint:
            window.attach(entry.make())


def presentation(window: MainWindow) -> PresentationFeature:
    """The window's presentation feature (attached now if it was waiting for the first paint)."""
    from .present.feature import PresentationFeature

    attach_late_features(window)
    feature = window.feature(PresentationFeature)
    assert feature is not None
    return feature


def review(window: MainWindow) -> ReviewFeature | None:
    from .client_review.feature import ReviewFeature

    return window.feature(ReviewFeature)


def open_initial(window: MainWindow, args: argparse.Namespace) -> None:
    """Open what the command line asks for, else the last form, else the I-247A, else the first form.

    A document that cannot be opened, or an unknown ``--form``, is reported in the message bar over the
    form opened instead: never an empty window whose Form box names a form that is not shown."""
    lib = window.library
    form_id = window.find_form(args.form) if args.form else None
    unknown = f"No bundled form {args.form!r}. Known forms: {', '.join(sorted(lib.forms)) or 'none'}."
    complaints: list[str] = []
    if args.document is not None:  # with --form: the form the document is (for a photo, say)
        if window.open_document(Path(args.document)):
            if form_id is not None:
                _use_form_for_document(window, form_id)
            elif args.form:
                window.show_message(unknown)
            return
        complaints.append(window.message_bar.text())  # why it did not open; a form is shown instead
    if args.form and form_id is None:
        complaints.append(unknown)
    candidates = [form_id] if form_id is not None else [window.settings.last_form, DEFAULT_FORM, *sorted(lib.forms)]
    chosen = next((c for c in candidates if c and c in lib.forms), None)
    if chosen is not None:
        window.open_form(chosen)
    elif not args.form:
        complaints.append("No bundled forms were found. Open a PDF with File > Open PDF….")
    if complaints:
        window.show_message(" ".join(complaints))


def _use_form_for_document(window: MainWindow, form_id: str) -> None:
    """``FILE --form I-247A``: the client's document is that form (a photo cannot say which it is).

    Given to the review of a client's document; a bundled sample form already knows its form."""
    feature = review(window)
    current = feature.review if feature is not None else None
    if feature is None or current is None:
        return
    if current.form is None or current.form.id != form_id:
        feature.use_form(form_id)


def apply_state(window: MainWindow, args: argparse.Namespace) -> str | None:
    """``--state XX``: choose the jurisdiction; the complaint about an unknown code (also logged), else None."""
    if not args.state:
        return None
    window.set_jurisdiction(args.state)
    if window.jurisdiction == args.state.upper():
        return None
    complaint = f"Unknown jurisdiction {args.state!r}; use a USPS code such as CA, or US for national."
    log.warning("%s", complaint)
    return complaint


def apply_deep_link(window: MainWindow, args: argparse.Namespace) -> None:
    """``--select ANNOTATION_ID``: select and show that annotation (after the window is shown, so it scrolls)."""
    if not args.select:
        return
    window.select_annotation(args.select)
    if window.selected_id != args.select:
        window.show_message(f"No annotation {args.select!r} in the open annotation set.")


def wait_until_rendered(window: MainWindow, timeout_ms: int = SCREENSHOT_TIMEOUT_MS) -> bool:
    """Run the event loop until the visible pages are sharp (or ``timeout_ms`` passes)."""
    from PySide6.QtCore import QEventLoop, QTimer

    view = window.view
    if view.document is None or view.is_sharp():
        return view.document is None or view.is_sharp()
    loop = QEventLoop()
    view.pages_rendered.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    view.pages_rendered.disconnect(loop.quit)
    return view.is_sharp()


def save_screenshot(window: MainWindow, path: Path) -> bool:
    from PySide6.QtWidgets import QApplication

    if not wait_until_rendered(window):
        log.warning("pages were not rendered in time; saving what is shown")
    QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    return bool(window.grab().save(str(path), "PNG"))


def run_gui(args: argparse.Namespace) -> int:
    """Start the window and run the event loop; the exit status.

    Up to the first paint, start-up only builds objects that live on (modules, models, widgets): the
    cyclic garbage collector would walk them over and over meanwhile (~30 ms), so it is paused until
    the page is on screen (at the latest after ``GC_PAUSE_MAX_MS``, and always when this returns).
    """
    gc.disable()
    try:
        return _start_gui(args)
    finally:
        gc.enable()


def _start_gui(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from . import store
    from .ui.problems import print_problems

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Detainer Explainer")
    app.setOrganizationName("detainer-explainer")
    library = store.load_library(args.annotations)
    print_problems(library.problems)
    window = create_window(library)
    window.view.first_frame_painted.connect(gc.enable)
    QTimer.singleShot(GC_PAUSE_MAX_MS, gc.enable)
    bad_state = apply_state(window, args)
    open_initial(window, args)
    if bad_state:  # opening the form hid the message bar: say it again, after anything open_initial said
        shown = window.message_bar.text() if window.message_bar.isVisibleTo(window) else ""
        window.show_message(f"{shown} {bad_state}".strip())
    window.show()
    apply_deep_link(window, args)
    if not args.screenshot:
        window.offer_disclaimer()  # first run only; non-modal, so nothing waits for it
    if args.present:
        presentation(window).start_from_cli(reveal=args.reveal, windowed=args.windowed)
    if args.screenshot:
        ok = save_screenshot(window, Path(args.screenshot))
        if not ok:
            log.error("could not write %s", args.screenshot)
        window.view.set_document(None)
        return 0 if ok else 1
    return app.exec()
