"""`detainer-explainer validate`: one line per problem, FILE:LINE:COL: field.path: message; exit 1 or 0."""

from __future__ import annotations

import json

from explainer import resources
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
    from explainer.ui.mainwindow import MainWindow

    args = gui_parser().parse_args(["--form", "I-247A", "--state", "CA", "--select", "box1-c-database-only"])
    window = MainWindow(load_library())
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
    from explainer.ui.mainwindow import MainWindow

    window = MainWindow(load_library())
    qtbot.addWidget(window)
    open_initial(window, gui_parser().parse_args(["--form", "nope"]))
    assert window.document is not None
    assert window.form is not None
    assert window.form.id == "i-247a"
    assert window.toolbar.forms.currentData() == "i-247a"
    assert window.message_bar.isVisibleTo(window)
    assert "No bundled form 'nope'" in window.message_bar.text()
