"""Start reviewing a document: identify its form, pick the annotation set, place the annotations.

Shared by ``detainer-explainer inspect`` and the review dock. Qt-free.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from .. import anchors, store
from ..forms_lookup import find_form
from ..model import Annotation, AnnotationSet, FormDescription
from .identify import Identification, TextSource, identify_document, split_pages
from .placement import ClientDocument, ReviewLayout, ReviewPlacement, place_on_document


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def set_for_form(lib: store.Library, form: FormDescription, set_id: str | None = None) -> AnnotationSet | None:
    """The annotation set to review with: the one named ``set_id`` if it is written for this form (or,
    for a scenario, its blank form); else the form's own first set, else its blank form's."""
    own = lib.sets_for(form.id)
    base = lib.sets_for(form.base_form) if form.base_form else []
    chosen = next((s for s in [*own, *base] if s.id == set_id), None) if set_id else None
    sets = own or base
    return chosen or (sets[0] if sets else None)


@dataclass(frozen=True)
class AttachedForm:
    """Another form in the same file (an I-200 or I-205 after the I-247A), placed on its own pages."""

    form: FormDescription
    annotation_set: AnnotationSet  # its annotations' titles name the form ("I-200: ...")
    pages: tuple[int, ...]  # 1-based pages of the document that hold it
    layout: ReviewLayout


@dataclass
class Review:
    """One document under review and where the chosen form's annotations landed on it.

    ``form``, ``annotation_set`` and ``layout`` are the main form's; ``attached`` the other forms the
    file holds, each placed on its own pages. :attr:`annotations`, :meth:`placements` and friends
    cover them all, main form first.
    """

    path: Path
    sha256: str
    identification: Identification
    form: FormDescription | None = None
    annotation_set: AnnotationSet | None = None
    layout: ReviewLayout | None = None
    is_sample: bool = False  # the document is the form's own sample PDF
    attached: list[AttachedForm] = field(default_factory=list)

    @property
    def annotations(self) -> list[Annotation]:
        own = list(self.annotation_set.annotations) if self.annotation_set else []
        return own + [a for part in self.attached for a in part.annotation_set.annotations]

    @property
    def ready(self) -> bool:
        return self.layout is not None

    @property
    def combined_set(self) -> AnnotationSet | None:
        """The main set with the attached forms' annotations after its own (what the viewer shows)."""
        aset = self.annotation_set
        if aset is None or not self.attached:
            return aset
        numbers = ", ".join(part.form.form_number for part in self.attached)
        return aset.model_copy(
            update={
                "title": f"{aset.title} \u2014 with the attached {numbers}",
                "reviewed": min([aset.reviewed, *(p.annotation_set.reviewed for p in self.attached)]),
                "annotations": self.annotations,
                "disclaimer": "\n\n".join(
                    dict.fromkeys([aset.disclaimer, *(p.annotation_set.disclaimer for p in self.attached)])
                ),
            }
        )

    def _layouts(self) -> list[ReviewLayout]:
        return ([self.layout] if self.layout else []) + [part.layout for part in self.attached]

    def placements(self) -> dict[str, ReviewPlacement]:
        return {k: v for layout in self._layouts() for k, v in layout.placements().items()}

    def viewer_placements(self) -> dict[str, anchors.Placement]:
        return {k: v for layout in self._layouts() for k, v in layout.viewer_placements().items()}

    def not_placed(self) -> list[ReviewPlacement]:
        return [p for layout in self._layouts() for p in layout.not_placed()]

    def form_of(self, annotation_id: str) -> FormDescription | None:
        """The form an annotation belongs to (the main form, or the attached form that holds it)."""
        for part in self.attached:
            if part.annotation_set.get(annotation_id) is not None:
                return part.form
        return self.form


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


def start_review(
    lib: store.Library,
    path: Path,
    document: ReviewDocument,
    *,
    form_id: str | None = None,
    set_ids: Mapping[str, str] | None = None,
    sha256: str | None = None,
    identification: Identification | None = None,
) -> Review:
    """Identify ``document`` (or use ``form_id``) and place the form's annotations on it.

    ``set_ids``: form id -> the annotation set to use for it (one the user opened), instead of the first.
    ``sha256`` / ``identification``: already worked out for this document (see :class:`DocumentReview`).

    Without a form (not identified and none given) the review is not ready; its identification says why.
    """
    from ..pdf.document import Document

    if identification is None:
        identification = identify_document(document, lib.forms.values())
    review = Review(path, sha256 or file_sha256(path), identification)
    form = find_form(lib, form_id) if form_id else None
    if form is None and review.identification.form_id:
        form = lib.forms.get(review.identification.form_id)
    if form is None:
        return review
    review.form = form
    chosen = set_ids or {}
    review.annotation_set = set_for_form(lib, form, chosen.get(form.id))
    sample_path = lib.pdf_path(form.id)
    review.is_sample = file_sha256(sample_path) == review.sha256
    if review.annotation_set is None:
        return review
    own = list(review.annotation_set.annotations)
    with Document(sample_path) as sample:
        if review.is_sample:
            review.layout = _sample_layout(form, own, sample)
            return review
        others = _other_forms(lib, review.identification, form)
        split = split_pages(list(document.iter_text()), [form, *others]) if others else {}
        pages = split.get(form.id) if split else None
        review.layout = place_on_document(own, form, sample, document, pages=pages)
    taken = {a.id for a in own}
    for other in others:
        other_set = set_for_form(lib, other, chosen.get(other.id))
        if other.id not in split or other_set is None:
            continue
        other_set = _labelled(other_set, other, taken)
        with Document(lib.pdf_path(other.id)) as other_sample:
            layout = place_on_document(other_set.annotations, other, other_sample, document, pages=split[other.id])
        matched = tuple(sorted({m.client_page + 1 for m in layout.page_matches.values()}))  # not a booking sheet
        review.attached.append(AttachedForm(other, other_set, matched or split[other.id], layout))
    return review


def _other_forms(lib: store.Library, identification: Identification, form: FormDescription) -> list[FormDescription]:
    """The other blank forms printed in full in the document (``Identification.also``), in page order."""
    skip = {form.id, form.base_form}
    return [lib.forms[c.form_id] for c in identification.also if c.form_id not in skip and c.form_id in lib.forms]


def _labelled(aset: AnnotationSet, form: FormDescription, taken: set[str]) -> AnnotationSet:
    """An attached form's set with each title naming the form ("I-200: ..."); an id that the main set
    (or an earlier attached set) already uses gets the form's id in front, so checklist entries never clash."""
    annotations = []
    for ann in aset.annotations:
        ident = ann.id if ann.id not in taken else f"{form.id}.{ann.id}"
        taken.add(ident)
        annotations.append(ann.model_copy(update={"id": ident, "title": f"{form.form_number}: {ann.title}"}))
    return aset.model_copy(update={"annotations": annotations})


class DocumentReview:
    """One client document under review: hashed and identified once, placed again only when asked
    (another form, another set, a quarter turn). The review feature keeps one per open document."""

    def __init__(self, lib: store.Library, path: Path, document: ReviewDocument) -> None:
        self.lib = lib
        self.path = path
        self.document = document
        self.sha256 = file_sha256(path)
        self._identification: Identification | None = None
        self._turns: int | None = None

    @property
    def identification(self) -> Identification:
        """What the document's text says it is (worked out once for the pages as they are turned)."""
        turns = getattr(self.document, "turns", 0)
        if self._identification is None or self._turns != turns:
            self._identification = identify_document(self.document, self.lib.forms.values())
            self._turns = turns
        return self._identification

    def place(self, form_id: str | None = None, set_ids: Mapping[str, str] | None = None) -> Review:
        """Place the annotations of ``form_id`` (else the identified form) on the document."""
        return start_review(
            self.lib,
            self.path,
            self.document,
            form_id=form_id,
            set_ids=set_ids,
            sha256=self.sha256,
            identification=self.identification,
        )
