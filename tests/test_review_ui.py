"""Client review in the app, as an attorney does it (issue #6): open a client's copy, see markers,
mark issues with notes, quit, reopen and find them, export a memo; a photo needs the form picked and
two clicks to align. Also: no network, no page images on disk, a recent-files switch, forget."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from explainer import paths, settings, store
from explainer.app import create_window
from explainer.app import review as review_of
from explainer.pdf.readback import pdf_text
from explainer.review import checklist as checklist_mod
from explainer.review.geometry import Affine, rect_distance
from explainer.review.session import file_sha256
from explainer.ui.mainwindow import MainWindow
from tests import review_docs

FILLED = "scenario-a-database-only"
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp", ".ppm", ".pnm"}


@pytest.fixture(scope="module")
def library() -> store.Library:
    return store.load_library(user_sets=Path("/nonexistent"))


@pytest.fixture(scope="module")
def client_docs(library, tmp_path_factory):
    folder = tmp_path_factory.mktemp("client")
    filled = review_docs.make_all(library.pdf_path(FILLED), folder / "filled")
    blank = review_docs.make_all(library.pdf_path("i-247a"), folder / "blank")
    return {
        "filled-a4": filled["a4"],
        "photo": blank["photo"],
        "rot90": blank["rot90"],
        "sideways": filled["photo-sideways"],
    }


def _window(qtbot, library) -> MainWindow:
    window = create_window(library, settings.load())
    qtbot.addWidget(window)
    window.show()
    return window


def _mark(window, annotation_id: str, status: str, note: str = "") -> None:
    window.select_annotation(annotation_id)
    panel = review_of(window).panel
    panel.status_buttons[status].click()
    if note:
        panel.note.setPlainText(note)


def test_attorney_marks_three_issues_quits_reopens_and_exports(qtbot, library, client_docs, tmp_path):
    path = client_docs["filled-a4"].path
    window = _window(qtbot, library)
    assert window.open_document(path)
    controller = review_of(window)
    panel = controller.panel
    assert controller.review is not None
    assert controller.review.form.id in {"i-247a", FILLED}
    assert "I-247A" in panel.identity.text()
    placements = window.placements
    assert placements
    assert all(p.placed and not p.approximate for p in placements.values())
    assert panel.not_placed.count() == 0
    assert window.scene.marker_items("box1-c-database-only")

    findings = {
        "box1-c-database-only": "Only (c) ticked; no I-200 attached.",
        "officer-signature": "Signed by a deportation officer, not a supervisor.",
        "lodged-by-287g": "Check who lodged it.",
    }
    for ident, note in findings.items():
        _mark(window, ident, "issue", note)
    _mark(window, "footer-edition", "fine", "Edition matches.")
    assert panel.counts.text().startswith("3 issue(s) found")
    saved = checklist_mod.checklist_path(file_sha256(path))
    assert not saved.exists()  # debounced: not written on every keystroke
    qtbot.waitUntil(saved.exists, timeout=4000)
    window.select_annotation("box1-c-database-only")
    panel.note.setPlainText(findings["box1-c-database-only"] + " Raise at bail.")
    window.close()  # quitting right after typing loses nothing
    on_disk = json.loads(saved.read_text(encoding="utf-8"))
    assert on_disk["entries"]["box1-c-database-only"]["note"].endswith("Raise at bail.")
    findings["box1-c-database-only"] += " Raise at bail."

    again = _window(qtbot, library)
    assert again.open_document(path)
    reopened = review_of(again)
    for ident, note in findings.items():
        assert reopened.checklist.entry(ident).status == "issue"
        assert reopened.checklist.entry(ident).note == note
    again.select_annotation("officer-signature")
    assert reopened.panel.note.toPlainText() == findings["officer-signature"]
    assert reopened.panel.status_buttons["issue"].isChecked()

    again.set_jurisdiction("CA")
    md = reopened.export_memo(tmp_path / "memo.md", "md")
    pdf = reopened.export_memo(tmp_path / "memo.pdf", "pdf")
    text = md.read_text(encoding="utf-8")
    aset = reopened.review.annotation_set
    for ident, note in findings.items():
        assert f". {aset.get(ident).title}" in text
        assert note in text
    assert "Edition matches." not in text
    assert aset.get("footer-edition").title not in text
    assert "California" in text
    assert path.name not in text
    flat = " ".join(pdf_text(pdf).split())
    for note in findings.values():
        assert note in flat
    again.close()


def test_photo_asks_for_the_form_then_two_clicks_align_it(qtbot, library, client_docs):
    variant = client_docs["photo"]
    window = _window(qtbot, library)
    assert window.open_document(variant.path)
    controller = review_of(window)
    panel = controller.panel
    assert not panel.pick_box.isHidden()
    assert "no text layer" in panel.pick_message.text()
    assert window.placements == {}
    assert panel.form_combo.currentData() == "i-247a"  # the likely form is offered first
    panel.use_form.click()
    placements = window.placements
    page1 = [i for i, p in placements.items() if p.placed]
    assert page1
    assert all(placements[i].approximate for i in page1)
    assert controller.overlay.count >= len(page1)  # drawn dashed
    assert panel.not_placed.count() > 0  # pages 2-3 are not in a one-page photo
    assert not panel.align_row.isHidden()

    truth = controller.review.layout.base
    form = controller.review.form
    controller.start_two_points()
    assert controller.align.cross_count == 2  # where the markers now put the two points
    refs = controller.review.layout.reference_points(1)
    first = variant.transform.apply(refs[0].form_point)
    second = variant.transform.apply(refs[1].form_point)
    controller.align.click_at(1, first)
    assert "Now click" in panel.align_prompt.text()
    controller.align.click_at(1, second)
    assert controller.align.mode is None
    assert controller.align.cross_count == 0
    aligned = window.placements
    box = form.region("box1.c").rect
    assert rect_distance(aligned["box1-c-database-only"].bounds, variant.transform.map_rect(box)) <= 5.0
    assert truth["box1-c-database-only"].bounds != aligned["box1-c-database-only"].bounds
    controller.save_now()
    window.close()

    again = _window(qtbot, library)  # the chosen form and the alignment are remembered
    assert again.open_document(variant.path)
    restored = again.placements["box1-c-database-only"]
    assert restored.approximate
    assert rect_distance(restored.bounds, variant.transform.map_rect(box)) <= 5.0
    again.close()


def test_no_status_shown_checked_without_a_selection_or_after_forget(qtbot, library, client_docs):
    """After Esc or Forget this document, no radio button may still say 'Issue found'."""
    window = _window(qtbot, library)
    assert window.open_document(client_docs["filled-a4"].path)
    panel = review_of(window).panel
    _mark(window, "box1-c-database-only", "issue", "note")
    assert panel.status_buttons["issue"].isChecked()
    window.select_annotation(None)
    assert not any(b.isChecked() for b in panel.status_buttons.values())
    window.select_annotation("box1-c-database-only")
    assert panel.status_buttons["issue"].isChecked()
    review_of(window).forget()
    assert review_of(window).checklist.entry("box1-c-database-only").status == "not-reviewed"
    assert not any(b.isChecked() for b in panel.status_buttons.values())
    assert panel.note.toPlainText() == ""


def test_export_handout_on_a_photo_is_a_message_not_a_crash(qtbot, library, client_docs, tmp_path):
    """File > Export handout with a photo open: the handout needs a PDF; nothing is written."""
    from tests.test_present_ui import _export

    window = _window(qtbot, library)
    assert window.open_document(client_docs["photo"].path)
    review_of(window).panel.use_form.click()
    assert window.current_set is not None
    out = tmp_path / "handout.pdf"
    assert _export(window, path=out) is None
    assert not out.exists()
    assert window.message_bar.isVisibleTo(window)
    assert "photo" in window.message_bar.text()


def test_sideways_photo_turn_the_page_upright_then_align(qtbot, library, client_docs):
    variant = client_docs["sideways"]
    window = _window(qtbot, library)
    window.open_document(variant.path)
    controller = review_of(window)
    controller.use_form("i-247a")
    box = controller.review.form.region("box1.c").rect
    width, height = window.document.page_size(0)
    turns = (4 - variant.transform.quarter_turn) % 4
    for _ in range(turns):
        controller.panel.turn.click()
    assert window.document.turns == turns
    turn = Affine.quarter_turns(turns)  # the photo as now shown: turned, its corner back at the origin
    corner = turn.map_rect((0.0, 0.0, width, height))
    shown = variant.transform.then(turn).then(Affine.scale_shift(1, 1, -corner[0], -corner[1]))
    assert shown.quarter_turn == 0  # the form stands upright on the screen
    page = window.scene.pages[0]
    assert page.size == pytest.approx((height, width) if turns % 2 else (width, height))
    expected = shown.map_rect(box)
    controller.start_two_points()
    refs = controller.review.layout.reference_points(1)
    controller.align.click_at(1, shown.apply(refs[0].form_point))
    controller.align.click_at(1, shown.apply(refs[1].form_point))
    assert rect_distance(window.placements["box1-c-database-only"].bounds, expected) <= 5.0
    controller.save_now()
    window.close()
    again = _window(qtbot, library)
    again.open_document(variant.path)
    assert again.document.turns == turns  # shown turned, as it was left
    assert rect_distance(again.placements["box1-c-database-only"].bounds, expected) <= 5.0
    again.close()


def test_drag_moves_all_approximate_markers(qtbot, library, client_docs):
    window = _window(qtbot, library)
    window.open_document(client_docs["photo"].path)
    controller = review_of(window)
    controller.use_form("i-247a")
    before = window.placements["box1-c-database-only"].bounds
    controller.panel.align_drag.setChecked(True)
    assert controller.align.mode == "drag"
    controller.align.drag_by((100.0, 100.0), (110.0, 95.0))
    after = window.placements["box1-c-database-only"].bounds
    assert after == pytest.approx((before[0] + 10, before[1] - 5, before[2] + 10, before[3] - 5))
    controller.align.scale_about((0.0, 0.0), 2.0)
    scaled = window.placements["box1-c-database-only"].bounds
    assert scaled[2] - scaled[0] == pytest.approx(2 * (before[2] - before[0]))
    controller.panel.align_drag.setChecked(False)
    assert controller.align.mode is None
    controller.reset_alignment()
    assert window.placements["box1-c-database-only"].bounds == pytest.approx(before)
    window.close()


def test_forget_and_recent_files_switch(qtbot, library, client_docs):
    path = client_docs["rot90"].path
    window = _window(qtbot, library)
    window.open_document(path)
    controller = review_of(window)
    assert str(path.resolve()) in window.settings.recent_files
    _mark(window, "box2-transfer", "issue", "note")
    controller.save_now()
    sha = file_sha256(path)
    assert checklist_mod.exists(sha)
    controller.forget()
    assert not checklist_mod.exists(sha)
    assert str(path.resolve()) not in window.settings.recent_files
    assert str(path.resolve()) not in settings.load().recent_files
    assert controller.checklist.entries == {}

    controller.panel.remember.setChecked(False)
    assert settings.load().remember_recent is False
    window.open_document(client_docs["filled-a4"].path)
    assert window.settings.recent_files == []
    assert settings.load().recent_files == []
    window.close()


def test_whole_session_opens_no_connection_and_caches_no_image(qtbot, library, client_docs, tmp_path, monkeypatch):
    attempts: list[str] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(f"{name}{args[:2]!r}")
            raise OSError(f"network is off in this test ({name})")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))

    for name in ("filled-a4", "photo"):
        window = _window(qtbot, library)
        window.open_document(client_docs[name].path)
        controller = review_of(window)
        if not controller.review.ready:
            controller.use_form("i-247a")
        qtbot.waitUntil(window.view.is_sharp, timeout=5000)  # pages rendered (in memory)
        _mark(window, "box1-c-database-only", "issue", "Database only.")
        controller.save_now()
        controller.export_memo(tmp_path / f"{name}.pdf", "pdf")
        controller.export_memo(tmp_path / f"{name}.md", "md")
        window.close()
    assert attempts == []
    home = Path(paths.data_dir()).parent
    kept = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.parent == paths.reviews_dir() for p in kept)
    assert [p for p in kept if p.suffix.lower() in IMAGE_SUFFIXES] == []


def test_dropping_a_client_pdf_starts_its_review(qtbot, library, client_docs):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    window = _window(qtbot, library)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(client_docs["rot90"].path))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.document_changed):
        window.dropEvent(event)
    review = review_of(window).review
    assert review is not None
    assert review.ready
    assert review.form.id == "i-247a"
    assert all(p.placed and not p.approximate for p in window.placements.values())
    assert not review_of(window).panel.check_box.isHidden()
    window.close()


@pytest.mark.parametrize("suffix", [".jpg", ".tif"])
def test_jpeg_and_tiff_photos_are_reviewed_like_png(qtbot, library, client_docs, tmp_path, suffix):
    from PySide6.QtGui import QImage

    image = QImage(str(client_docs["photo"].path))
    assert not image.isNull()
    dots_per_metre = round(review_docs.PHOTO_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    target = tmp_path / f"phone-photo{suffix}"
    assert image.save(str(target))
    window = _window(qtbot, library)
    assert window.open_document(target)
    controller = review_of(window)
    assert not controller.review.identification.has_text
    controller.use_form("i-247a")
    placed = [p for p in window.placements.values() if p.placed]
    assert placed
    assert all(p.approximate and p.page == 1 for p in placed)
    window.close()


def test_a_wrongly_recognised_form_can_be_changed(qtbot, library, client_docs):
    window = _window(qtbot, library)
    window.open_document(client_docs["rot90"].path)
    controller = review_of(window)
    panel = controller.panel
    assert panel.pick_box.isHidden()
    panel.change_form.click()
    assert not panel.pick_box.isHidden()
    assert panel.form_combo.currentData() == "i-247a"
    panel.form_combo.setCurrentIndex(panel.form_combo.findData("i-200"))
    panel.use_form.click()
    assert controller.review.form.id == "i-200"
    assert panel.pick_box.isHidden()
    assert set(window.placements) == {a.id for a in library.sets_for("i-200")[0].annotations}
    window.close()
