"""Which form (and edition) is this document? Decided from its text with each form's ``fingerprints``.

A document with no text layer (a scan, a phone photo) cannot be identified here: the result says so
plainly, so the UI can ask the user to pick the form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ..model import FormDescription

MIN_TEXT_CHARS = 20
"""Fewer visible characters than this on every page counts as "no text layer"."""

NO_TEXT_MESSAGE = (
    "This document has no text layer (it is a scan or a photo), so the form cannot be recognised "
    "from its text. Pick the form it is; markers will be placed by position and marked approximate."
)

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_QUOTES = {ord("\u2018"): "'", ord("\u2019"): "'", ord("\u201c"): '"', ord("\u201d"): '"'}


class TextSource(Protocol):
    def iter_text(self) -> Iterable[str]: ...


def normalise(text: str) -> str:
    """Lower case, one kind of dash and quote, single spaces: how fingerprints are compared."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip().lower()


@dataclass(frozen=True)
class Candidate:
    form_id: str
    edition: str
    matched: tuple[str, ...]
    total: int

    @property
    def score(self) -> float:
        return len(self.matched) / self.total if self.total else 0.0


@dataclass(frozen=True)
class Identification:
    """The answer: a form, or none with the reason, plus every candidate that matched anything."""

    form_id: str | None
    edition: str | None
    has_text: bool
    message: str
    candidates: list[Candidate] = field(default_factory=list)
    also: list[Candidate] = field(default_factory=list)  # other blank forms fully present (e.g. an attached I-200)

    @property
    def identified(self) -> bool:
        return self.form_id is not None


def has_text_layer(pages: Sequence[str]) -> bool:
    return any(len(re.sub(r"\s+", "", page)) >= MIN_TEXT_CHARS for page in pages)


def identify_text(pages: Sequence[str], forms: Iterable[FormDescription]) -> Identification:
    """Identify the form from the text of each page of a document.

    A form is a candidate when at least one of its fingerprints occurs. The best candidate has the
    largest share of its fingerprints present, then the most of them, then is a blank form rather
    than a training scenario (a client's filled-in I-247A is an I-247A). A tie between different
    editions or forms is reported as not identified rather than guessed.
    """
    if not has_text_layer(pages):
        return Identification(None, None, False, NO_TEXT_MESSAGE)
    text = normalise(" ".join(pages))
    candidates = []
    blank: dict[str, bool] = {}
    names: dict[str, str] = {}
    for form in forms:
        blank[form.id] = form.kind == "blank"
        names[form.id] = form.form_number
        prints = [p for p in form.fingerprints if normalise(p)]
        matched = tuple(p for p in prints if normalise(p) in text)
        if matched:
            candidates.append(Candidate(form.id, form.edition, matched, len(prints)))
    if not candidates:
        return Identification(
            None, None, True, "The text does not match any known form. Pick the form it is, if it is one of them."
        )

    def rank(c: Candidate) -> tuple[float, int, bool]:
        return (c.score, len(c.matched), blank[c.form_id])

    candidates.sort(key=rank, reverse=True)
    best = candidates[0]
    rivals = [c for c in candidates[1:] if rank(c) == rank(best)]
    if rivals:
        listed = ", ".join(f"{c.form_id} ({c.edition})" for c in [best, *rivals])
        return Identification(
            None, None, True, f"The text matches several forms equally well: {listed}. Pick one.", candidates
        )
    share = f"{len(best.matched)} of {best.total} fingerprint(s)"
    also = [c for c in candidates[1:] if c.score == 1.0 and blank[c.form_id] and c.form_id != best.form_id]
    message = f"Identified by {share}."
    if also:
        message += " The document also contains: " + ", ".join(f"{names[c.form_id]} ({c.edition})" for c in also) + "."
    return Identification(best.form_id, best.edition, True, message, candidates, also)


def identify_document(document: TextSource, forms: Iterable[FormDescription]) -> Identification:
    """Identify an open :class:`explainer.pdf.document.Document` (or anything with ``iter_text``)."""
    return identify_text(list(document.iter_text()), forms)


def split_pages(pages: Sequence[str], forms: Sequence[FormDescription]) -> dict[str, tuple[int, ...]]:
    """Which pages (1-based) of a document belong to which of ``forms`` (the first is the main form).

    A page belongs to the form with the most of its fingerprints printed on it (the earlier form on a
    tie); a page with none continues the form of the page before it (a form's later pages, a booking
    sheet), and pages before any fingerprint belong to the main form. Forms with no page are left out.
    """
    owner: list[str] = []
    for text in pages:
        flat = normalise(text)
        counts = [sum(1 for p in form.fingerprints if normalise(p) and normalise(p) in flat) for form in forms]
        best = max(range(len(forms)), key=lambda i: (counts[i], -i)) if forms else None
        if best is not None and counts[best] > 0:
            owner.append(forms[best].id)
        else:
            owner.append(owner[-1] if owner else forms[0].id)
    split: dict[str, tuple[int, ...]] = {}
    for number, form_id in enumerate(owner, start=1):
        split[form_id] = (*split.get(form_id, ()), number)
    return split
