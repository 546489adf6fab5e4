"""Start reviewing a document: identify its form, pick the annotation set, place the annotations.

Shared by ``detainer-explainer inspect`` and the review dock. Qt-free.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from .. import anchors, store
from ..forms_lookup import find_form
from ..model import Annotation, AnnotationSet, FormDescription
from .geometry import Affine
from .identify import Identification, TextSource, identify_document
from .placement import ClientDocument, ReviewLayout, place_on_document


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def set_for_form(lib: store.Library, form: FormDescription) -> AnnotationSet | None:
    """The annotation set to review with: the form's own, else (for a scenario) its blank form's."""
    sets = lib.sets_for(form.id) or (lib.sets_for(form.base_form) if form.base_form else [])
    return sets[0] if sets else None


@dataclass
class Review:
    """One document under review and where the chosen form's annotations landed on it."""

    path: Path
    sha256: str
    identification: Identification
    form: FormDescription | None = None
    annotation_set: AnnotationSet | None = None
    layout: ReviewLayout | None = None
    is_sample: bool = False  # the document is the form's own sample PDF

    @property
    def annotations(self) -> list[Annotation]:
        return list(self.annotation_set.annotations) if self.annotation_set else []

    @property
    def ready(self) -> bool:
        return self.layout is not None


def _sample_layout(form: FormDescription, annotations: list[Annotation], sample: ClientDocument) -> ReviewLayout:
    """On the form's own PDF the viewer's resolver is exact; wrap its answer in a layout."""
    from .placement import ReviewPlacement, Spot

    base = {}
    for ann in annotations:
        placed = anchors.place(ann, sample, form, is_form_pdf=True)
        spots = tuple(
            Spot(
                a.page,
                a.rects,
                "text" if a.method == "text" else "region-text",
                False,
                f"{a.method} on the sample",
                a.region,
            )
            for a in placed.areas
        )
        base[ann.id] = ReviewPlacement(ann.id, spots, "" if spots else "no anchor resolves on the sample form")
    sizes = {page: sample.page_size(page - 1) for page in range(1, sample.page_count + 1)}
    return ReviewLayout(form, True, base, sizes)


class ReviewDocument(ClientDocument, TextSource, Protocol):
    """An open client document: pages, words, search and text (``explainer.pdf.document.Document``)."""


def start_review(lib: store.Library, path: Path, document: ReviewDocument, *, form_id: str | None = None) -> Review:
    """Identify ``document`` (or use ``form_id``) and place the form's annotations on it.

    Without a form (not identified and none given) the review is not ready; its identification says why.
    """
    from ..pdf.document import Document
    from ..pdf.orientation import display_matrices

    review = Review(path, file_sha256(path), identify_document(document, lib.forms.values()))
    form = find_form(lib, form_id) if form_id else None
    if form is None and review.identification.form_id:
        form = lib.forms.get(review.identification.form_id)
    if form is None:
        return review
    review.form = form
    review.annotation_set = set_for_form(lib, form)
    sample_path = lib.pdf_path(form.id)
    review.is_sample = file_sha256(sample_path) == review.sha256
    if review.annotation_set is None:
        return review
    with Document(sample_path) as sample:
        if review.is_sample:
            review.layout = _sample_layout(form, review.annotations, sample)
        else:
            turns = [Affine(*m) for m in display_matrices(path)]
            review.layout = place_on_document(review.annotations, form, sample, document, turns)
    return review
