"""Annotation text can reference no file: hostile Markdown bodies are shown, printed and exported
without a single open() of what they name (issue 11, item 2).

Bodies name a local picture, a FIFO (an open would hang), /dev/zero (a read would never end), a
``file:`` URL, raw ``<img>`` and ``<link>`` HTML and a reference-style image. A subprocess shows each in
the explanation panel, the presenter console's explanation, the state view, a handout PDF and a memo
PDF, under ``strace``, which sees every open() the process makes — Qt's C++ ones included. The test
fails if any named file is opened, and fails (instead of hanging) on a timeout.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests import pdf_fixture

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from explainer import settings, store
from explainer.app import create_window
from explainer.content import explain
from explainer.handout.writer import HandoutRequest, export_handout
from explainer.review.checklist import Checklist
from explainer.review.memo import build_memo, to_markdown
from explainer.review.memo_pdf import write_memo_pdf
from explainer.ui.panel import ExplanationPanel

folder, out = Path(sys.argv[1]), Path(sys.argv[2])
app = QApplication([])
lib = store.load_library([], forms_folder=folder, bundled_sets=folder / "sets", user_sets=folder / "none")
assert not lib.problems, lib.problems
window = create_window(lib, settings.Settings())
window.resize(1000, 700)
window.open_form("test-form")
window.show()
texts = []
aset = window.current_set
for ann in aset.annotations:
    window.select_annotation(ann.id)
    window.panel.grab()
    texts.append(window.panel.toPlainText())
    console = ExplanationPanel()
    console.show_explanation(explain.explanation(ann, jurisdiction="CA", table=lib.jurisdictions))
    console.resize(600, 800)
    console.grab()
export_handout(HandoutRequest(lib.pdf_path("test-form"), aset, aset.annotations), out / "handout.pdf")
checklist = Checklist(sha256="0" * 64)
for ann in aset.annotations:
    checklist.set_status(ann.id, "issue")
    checklist.set_note(ann.id, "![n](" + sys.argv[3] + ") <img src='" + sys.argv[3] + "'>")
memo = build_memo(checklist, aset, lib.forms["test-form"])
write_memo_pdf(memo, out / "memo.pdf")
(out / "memo.md").write_text(to_markdown(memo))
(out / "texts.json").write_text(json.dumps(texts))
window.close()
"""


def _hostile_bodies(bait: Path) -> list[str]:
    picture, fifo = bait / "picture.png", bait / "pipe.png"
    return [
        f"Look: ![a local picture]({picture}) and ![the pipe]({fifo}).",
        "Endless: ![zero](/dev/zero) and ![file url](file:///dev/zero).",
        f'Raw HTML: <img src="{picture}"> <link rel="stylesheet" href="{bait / "style.css"}">',
        f"Reference style: ![ref][pic]\n\n[pic]: {picture}",
        f"Link, not image: [the picture]({picture}) and [zero](/dev/zero).",
    ]


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace to see the process's open() calls")
def test_hostile_markdown_opens_no_file(tmp_path):
    bait = tmp_path / "bait"
    bait.mkdir()
    (bait / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    (bait / "style.css").write_text("p { color: red }")
    os.mkfifo(bait / "pipe.png")
    folder = tmp_path / "fx"
    _pdf, _desc, set_file = pdf_fixture.write_fixture(folder)
    data = json.loads(set_file.read_text())
    bodies = _hostile_bodies(bait)
    for ann, body in zip(data["annotations"], bodies, strict=False):
        ann["body"] = body
        ann["look_for"] = [f"![item]({bait / 'picture.png'})"]
    set_file.write_text(json.dumps(data))
    out = tmp_path / "out"
    out.mkdir()
    trace = tmp_path / "strace.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EXPLAINER_HOME": str(tmp_path / "home")}
    cmd = ["strace", "-f", "-qq", "-e", "trace=open,openat,openat2,creat", "-o", str(trace), sys.executable, "-c"]
    proc = subprocess.Popen(
        [*cmd, SCRIPT, str(folder), str(out), str(bait / "picture.png")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        _out, err = proc.communicate(timeout=90)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the traced app too: it hangs on the FIFO it should never open
        proc.communicate()
        opened = [line for line in trace.read_text().splitlines() if str(bait) in line or "/dev/zero" in line]
        pytest.fail("showing hostile Markdown hung; it opened:\n" + "\n".join(opened))
    assert proc.returncode == 0, err[-3000:]
    opened = [line for line in trace.read_text().splitlines() if str(bait) in line or "/dev/zero" in line]
    assert opened == [], "hostile paths were opened:\n" + "\n".join(opened)
    texts = json.loads((out / "texts.json").read_text())
    assert any("[image: a local picture]" in t for t in texts)  # the alt text is what is shown
    assert any("<img" in t for t in texts)  # raw HTML is shown as text, inert
    assert "[image: n]" not in (out / "memo.md").read_text()  # the attorney's note is escaped, not Markdown
