"""The review checklist: kept per document hash, saved atomically, survives kills, forgotten on request."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from explainer import paths
from explainer.review import checklist
from tests.checklist_writer import state

SHA = hashlib.sha256(b"a client's detainer").hexdigest()


def test_statuses_and_notes_round_trip():
    c = checklist.load(SHA)
    assert c.entries == {}
    c.set_status("box1-c", "issue")
    c.set_note("box1-c", "Only a database check was ticked.")
    c.set_status("header", "fine")
    c.set_status("bail", "not-applicable")
    c.heading = "Memo for the file"
    checklist.save(c)
    again = checklist.load(SHA)
    assert again.entry("box1-c").status == "issue"
    assert again.entry("box1-c").note == "Only a database check was ticked."
    assert again.entry("header").status == "fine"
    assert again.entry("never-touched").status == "not-reviewed"
    assert again.heading == "Memo for the file"
    assert again.counts() == {"not-reviewed": 0, "issue": 1, "fine": 1, "not-applicable": 1}
    assert again.findings(["header", "bail", "box1-c"]) == ["box1-c"]
    assert checklist.checklist_path(SHA).parent == paths.reviews_dir()


def test_resetting_an_entry_drops_it():
    c = checklist.Checklist(sha256=SHA)
    c.set_status("x", "issue")
    c.set_status("x", "not-reviewed")
    assert "x" not in c.entries


def test_file_name_is_the_hash_only(explainer_home):
    checklist.save(checklist.Checklist(sha256=SHA, heading="State v. Someone"))
    names = [p.name for p in paths.reviews_dir().iterdir()]
    assert names == [f"{SHA}.json"]


def test_forget_deletes_everything_about_the_document():
    checklist.save(checklist.Checklist(sha256=SHA))
    stray = paths.reviews_dir() / f".{SHA}.json.abc123.tmp"
    stray.write_text("{", encoding="utf-8")
    other = hashlib.sha256(b"another client").hexdigest()
    checklist.save(checklist.Checklist(sha256=other))
    removed = checklist.forget(SHA)
    assert len(removed) == 2
    assert not checklist.exists(SHA)
    assert sorted(p.name for p in paths.reviews_dir().iterdir()) == [f"{other}.json"]
    assert checklist.load(SHA).entries == {}


def test_damaged_file_is_set_aside_not_lost(capsys):
    path = checklist.checklist_path(SHA)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"sha256": "' + SHA + '", "entries": {"a": {"status": "bogus"}}}', encoding="utf-8")
    fresh = checklist.load(SHA)
    assert fresh.entries == {}
    assert "damaged" in capsys.readouterr().err
    assert path.with_suffix(".unreadable").is_file()


@pytest.mark.slow
def test_killed_mid_save_never_corrupts(explainer_home):
    """SIGKILL a process saving in a tight loop at random moments: the file is always a whole state."""
    rng = random.Random(6)
    env = {**os.environ, "EXPLAINER_HOME": str(explainer_home)}
    writer = Path(__file__).with_name("checklist_writer.py")
    path = checklist.checklist_path(SHA)
    seen = set()
    for _run in range(40):
        proc = subprocess.Popen([sys.executable, str(writer), SHA], stdout=subprocess.PIPE, env=env)
        assert proc.stdout is not None
        assert proc.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.0, 0.08))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        proc.stdout.close()
        data = json.loads(path.read_text(encoding="utf-8"))  # always whole, valid JSON
        number = int(data["heading"].rsplit(" ", 1)[1])
        expected = state(SHA, number).model_dump(mode="json")
        data.pop("updated")
        expected.pop("updated")
        assert data == expected
        seen.add(number)
    assert len(seen) > 5  # the kills did land at different moments
