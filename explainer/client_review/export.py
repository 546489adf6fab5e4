"""The review memo and the dialogs behind "Export memo" and "Forget this document".

The memo is built from the review and its checklist and written as Markdown or PDF where the user
chooses; forgetting a document asks first. The controller calls these; nothing here opens a network
connection or writes an image of a page.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..paths import atomic_write_text
from ..review.memo import Memo, build_memo, to_markdown

if TYPE_CHECKING:
    from ..model import JurisdictionTable
    from ..review.checklist import Checklist
    from ..review.session import Review


def review_memo(
    review: Review, checklist: Checklist, table: JurisdictionTable | None, jurisdiction: str
) -> Memo | None:
    """The memo of a review (None until its form and annotation set are known); notes ``jurisdiction``
    in the checklist."""
    c = checklist
    if review.form is None or review.annotation_set is None:
        return None
    placed = review.placements()
    locations = {}
    for ident, p in placed.items():
        spot = p.spots[0] if p.spots else None
        form = review.form_of(ident)
        region = form.region(spot.region) if spot and spot.region and form else None
        if spot is not None:
            locations[ident] = f"page {spot.page}" + (f", {region.label}" if region else "")
    c.jurisdiction = jurisdiction
    attached = [
        f"{part.form.form_number}, {part.form.title} (edition {part.form.edition}), "
        f"page{'s' if len(part.pages) > 1 else ''} {', '.join(str(n) for n in part.pages)}"
        for part in review.attached
    ]
    return build_memo(
        c,
        review.combined_set or review.annotation_set,
        review.form,
        locations=locations,
        state_row=table.row(c.jurisdiction) if table else None,
        attached=attached,
    )


def write_memo(memo: Memo, path: Path, kind: str) -> None:
    """Write ``memo`` to ``path``: Markdown when ``kind`` is "md", else PDF."""
    if kind == "md":
        atomic_write_text(path, to_markdown(memo))
    else:
        from ..review.memo_pdf import write_memo_pdf

        write_memo_pdf(memo, path)


def ask_memo_path(parent: QWidget, kind: str) -> Path | None:
    """Ask where to write the memo ("md" or "pdf"); None when the user cancels."""
    suffix, label = (".md", "Markdown (*.md)") if kind == "md" else (".pdf", "PDF (*.pdf)")
    name, _ = QFileDialog.getSaveFileName(parent, "Export review memo", f"review-memo{suffix}", label)
    return Path(name) if name else None


def confirm_forget(parent: QWidget) -> bool:
    """Ask before deleting everything kept about the open document."""
    answer = QMessageBox.question(
        parent,
        "Forget this document",
        "Delete every status, note and alignment kept for this document on this computer? "
        "The document itself is not touched.",
    )
    return answer == QMessageBox.StandardButton.Yes
