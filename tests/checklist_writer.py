"""Saves checklist states 0, 1, 2, ... in a tight loop until killed (for the kill-mid-save test).

Run as ``python tests/checklist_writer.py SHA256`` with ``EXPLAINER_HOME`` set. Prints ``ready``
once the first state is on disk.
"""

from __future__ import annotations

import sys

from explainer.review import checklist


def state(sha256: str, number: int) -> checklist.Checklist:
    """A biggish checklist whose every field depends on ``number`` (so a mix of two is detectable)."""
    c = checklist.Checklist(sha256=sha256, heading=f"Review memo, state {number}")
    c.general_notes = f"general notes of state {number}. " * 400
    for k in range(60):
        c.set_status(f"ann-{k}", checklist.STATUSES[1 + (number + k) % 3])
        c.set_note(f"ann-{k}", f"state {number}, annotation {k}: " + "the officer ticked the box. " * 20)
    return c


def main(sha256: str) -> None:
    number = 0
    while True:
        checklist.save(state(sha256, number))
        if number == 0:
            sys.stdout.write("ready\n")
            sys.stdout.flush()
        number += 1


if __name__ == "__main__":
    main(sys.argv[1])
