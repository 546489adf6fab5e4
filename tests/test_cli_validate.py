"""`detainer-explainer validate`: one line per problem, FILE:LINE:COL: field.path: message; exit 1 or 0."""

from __future__ import annotations

import json

from explainer import resources
from explainer.app import create_window
from explainer.cli import main


def test_validate_bundled_files_pass(capsys):
    files = [str(p) for p in sorted(resources.annotations_dir().glob("*.json"))]
    assert files, "no bundled annotation files"
    assert main(["validate", *files]) == 0, capsys.readouterr().out
    assert capsys.readouterr().out == ""


def test_validate_reports_each_problem_with_position(tmp_path, capsys):
    good = json.loads((resources.annotations_dir() / "i-247a.json").read_text(encoding="utf-8"))
    good["id"] = "copy-of-i-247a"
    good["annotations"][2]["summary"] = 7
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(good, indent=2), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": "x",\n "title": }', encoding="utf-8")
    assert main(["validate", str(bad), str(broken)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    ann_id = good["annotations"][2]["id"]
    line_no = next(
        i for i, text in enumerate(bad.read_text(encoding="utf-8").splitlines(), 1) if '"summary": 7' in text
    )
    assert lines[0].startswith(f"{bad}:{line_no}:")
    assert f": annotations[2](id '{ann_id}').summary: " in lines[0]
    assert lines[1].startswith(f"{broken}:2:11: invalid JSON")


def test_select_deep_link_shows_the_annotation(qtbot):
    from explainer.app import apply_deep_link, open_initial
    from explainer.cli import gui_parser
    from explainer.store import load_library

    args = gui_parser().parse_args(["--form", "I-247A", "--state", "CA", "--select", "box1-c-database-only"])
    window = create_window(load_library())
    qtbot.addWidget(window)
    open_initial(window, args)
    window.show()
    apply_deep_link(window, args)
    assert window.selected_id == "box1-c-database-only"
    assert "Database check only" in window.panel.toPlainText()


def test_unknown_form_is_reported_over_the_default_form(qtbot):
    """`--form nope` must not leave an empty window whose Form box names a form that is not open."""
    from explainer.app import open_initial
    from explainer.cli import gui_parser
    from explainer.store import load_library

    window = create_window(load_library())
    qtbot.addWidget(window)
    open_initial(window, gui_parser().parse_args(["--form", "nope"]))
    assert window.document is not None
    assert window.form is not None
    assert window.form.id == "i-247a"
    assert window.toolbar.forms.currentData() == "i-247a"
    assert window.message_bar.isVisibleTo(window)
    assert "No bundled form 'nope'" in window.message_bar.text()


def test_unknown_state_is_still_reported_once_the_form_is_open(qtbot, caplog):
    """Opening the form hides the message bar; the complaint about `--state ZZ` must survive it."""
    from explainer.app import apply_state, open_initial
    from explainer.cli import gui_parser
    from explainer.store import load_library

    args = gui_parser().parse_args(["--form", "I-247A", "--state", "ZZ"])
    window = create_window(load_library())
    qtbot.addWidget(window)
    complaint = apply_state(window, args)
    open_initial(window, args)
    assert complaint is not None
    assert "Unknown jurisdiction 'ZZ'" in complaint
    assert "Unknown jurisdiction 'ZZ'" in caplog.text  # logged, not written to a stderr that may not exist
    assert window.jurisdiction == "US"
    assert apply_state(window, gui_parser().parse_args(["--state", "il"])) is None
    assert window.jurisdiction == "IL"


def test_start_gui_keeps_the_unknown_state_message_visible(qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from explainer import app as app_module
    from explainer.cli import gui_parser
    from explainer.ui import mainwindow

    made = []
    real = mainwindow.MainWindow

    def keep(*a, **kw):
        window = real(*a, **kw)
        made.append(window)
        return window

    monkeypatch.setattr(real, "offer_disclaimer", lambda self: None)
    monkeypatch.setattr(mainwindow, "MainWindow", keep)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app_module._start_gui(gui_parser().parse_args(["--form", "I-247A", "--state", "ZZ"])) == 0
    window = made[0]
    qtbot.addWidget(window)
    assert window.document is not None
    assert window.message_bar.isVisibleTo(window)
    assert "Unknown jurisdiction 'ZZ'" in window.message_bar.text()


def test_a_document_that_cannot_open_is_reported_over_a_form(qtbot, tmp_path):
    """`detainer-explainer broken.pdf` must not leave an empty window whose Form box names I-200."""
    from explainer.app import open_initial
    from explainer.cli import gui_parser
    from explainer.store import load_library

    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 garbage")
    window = create_window(load_library())
    qtbot.addWidget(window)
    open_initial(window, gui_parser().parse_args([str(broken)]))
    assert window.document is not None
    assert window.form is not None
    assert window.toolbar.forms.currentData() == window.form.id
    assert window.message_bar.isVisibleTo(window)
    assert "Cannot open this file. broken.pdf" in window.message_bar.text()
