"""Which word of the sample form is which word of a client's document, page by page.

The client's copy of a form carries the same printed words as our sample, but moved: shifted,
scaled to another paper size, turned a quarter, or re-typeset with other line breaks. Matching the
two word sequences (in reading order) pairs each printed word of the sample with its twin on the
client's page; from the pairs we learn where any part of the form went. Qt-free and PyMuPDF-free:
words come from ``explainer.pdf.document.Document.words``.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Protocol

from .geometry import Affine, Rect, center, fit_residual, fit_similarity

MIN_RUN = 2
"""Shortest run of consecutive equal words that counts as a match (single common words mislead)."""

MIN_PAGE_WORDS = 6
"""A client page must share at least this many words with a sample page to be its twin."""

SHORTLIST = 4
"""Client pages compared word by word with each sample page (those sharing the most words)."""

EXACT_FIT = 1.5
"""Points: a page whose matched words all sit within this of one scale/turn/shift map is 'exact'."""

_EDGE_PUNCT = re.compile(r"^[^\w()]+|[^\w()]+$")  # brackets stay: "Officer)" ends a printed label


class WordLike(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def rect(self) -> Rect: ...


def token(text: str) -> str:
    """A word as compared: lower case, without leading or trailing punctuation other than brackets.

    Brackets are kept because forms print labels in them: "(Signature of ... Officer)" must not pair
    its last word with the typed "Officer" of a filled-in title just below it."""
    return _EDGE_PUNCT.sub("", text.lower())


@dataclass
class PageMatch:
    """The pairing of one sample page with its twin page on the client's document (0-based)."""

    sample_page: int
    client_page: int
    pairs: dict[int, int] = field(default_factory=dict)  # sample word index -> client word index
    transform: Affine | None = None  # sample -> client, fitted to every pair
    exact: bool = False  # the whole page moved as one piece (no re-flow)


def _tokens(words: Sequence[WordLike]) -> list[tuple[int, str]]:
    out = []
    for index, word in enumerate(words):
        t = token(word.text)
        if t:
            out.append((index, t))
    return out


def pair_words(sample: Sequence[WordLike], client: Sequence[WordLike]) -> dict[int, int]:
    """Pairs (sample word index -> client word index) from runs of at least MIN_RUN equal words."""
    s_tokens, c_tokens = _tokens(sample), _tokens(client)
    matcher = SequenceMatcher(None, [t for _, t in s_tokens], [t for _, t in c_tokens], autojunk=False)
    runs: dict[int, int] = {}  # token position in sample -> token position in client
    for block in matcher.get_matching_blocks():
        if block.size >= MIN_RUN:
            runs.update((block.a + k, block.b + k) for k in range(block.size))
    _add_unique_words(runs, [t for _, t in s_tokens], [t for _, t in c_tokens])
    return {s_tokens[a][0]: c_tokens[b][0] for a, b in runs.items()}


def _add_unique_words(runs: dict[int, int], s_tokens: list[str], c_tokens: list[str]) -> None:
    """Pair lone words (a label between two filled-in values) left between two matched runs.

    Within each gap between consecutive matched words, a word that occurs exactly once in the
    sample's gap and once in the client's gap is the same word; pairs that would cross each other
    are dropped. Repeated until nothing changes, as new pairs split gaps further.
    """
    for _ in range(4):
        ordered = [(-1, -1), *sorted(runs.items()), (len(s_tokens), len(c_tokens))]
        added = 0
        for (a0, b0), (a1, b1) in itertools.pairwise(ordered):
            if a1 - a0 < 2 or b1 - b0 < 2:
                continue
            s_gap = Counter(s_tokens[a0 + 1 : a1])
            c_where: dict[str, list[int]] = {}
            for b in range(b0 + 1, b1):
                c_where.setdefault(c_tokens[b], []).append(b)
            last = b0
            for a in range(a0 + 1, a1):
                t = s_tokens[a]
                if s_gap[t] == 1 and len(c_where.get(t, ())) == 1 and c_where[t][0] > last:
                    last = runs[a] = c_where[t][0]
                    added += 1
        if not added:
            return


def _fit(pairs: dict[int, int], sample: Sequence[WordLike], client: Sequence[WordLike]) -> tuple[Affine | None, bool]:
    points = [(center(sample[s].rect), center(client[c].rect)) for s, c in pairs.items()]
    transform = fit_similarity(points)
    if transform is None:
        return None, False
    return transform, fit_residual(transform, points) <= EXACT_FIT * max(1.0, transform.scale)


def match_pages(
    sample_pages: Sequence[Sequence[WordLike]], client_pages: Sequence[Sequence[WordLike]]
) -> dict[int, PageMatch]:
    """For each sample page (0-based), its twin client page: the one sharing the most words.

    A sample page with no twin (the client sent fewer pages, or the page is unlike any) is left out.
    On a tie the client page with the same number wins. Only the few client pages with the most
    words in common are compared word by word, so a long discovery packet stays quick.
    """
    client_vocab = [{t for _, t in _tokens(words)} for words in client_pages]
    found: dict[int, PageMatch] = {}
    for s_index, s_words in enumerate(sample_pages):
        vocab = {t for _, t in _tokens(s_words)}
        shortlist = sorted(
            range(len(client_pages)), key=lambda c: (len(vocab & client_vocab[c]), c == s_index), reverse=True
        )[:SHORTLIST]
        best: tuple[int, int, dict[int, int]] | None = None
        for c_index in shortlist:
            pairs = pair_words(s_words, client_pages[c_index])
            key = (len(pairs), 1 if c_index == s_index else 0)
            if best is None or key > (len(best[2]), 1 if best[0] == s_index else 0):
                best = (c_index, key[0], pairs)
        if best is None or best[1] < MIN_PAGE_WORDS:
            continue
        c_index, _count, pairs = best
        transform, exact = _fit(pairs, s_words, client_pages[c_index])
        found[s_index] = PageMatch(s_index, c_index, pairs, transform, exact)
    return found


def map_part(
    rect: Rect, match: PageMatch, sample: Sequence[WordLike], client: Sequence[WordLike]
) -> tuple[Rect, str] | None:
    """Where a part of the sample page (``rect``) lies on the client page, learnt from its own words.

    The part's words (centre inside ``rect``) that have a twin give the map: when they moved as one
    piece (scale, quarter turn, shift) the part's rect goes through that map; when they were
    re-flowed, the part becomes the box around their twins (after undoing the page's quarter turn)
    with the part's margins around its words, scaled like the text. None when no word matched.
    """
    inside = [i for i, w in enumerate(sample) if _inside(center(w.rect), rect)]
    matched = [i for i in inside if i in match.pairs]
    if not matched:
        return None
    turn = Affine.quarter_turns(match.transform.quarter_turn if match.transform else 0)
    back = turn.inverse()
    twins = {i: back.map_rect(client[match.pairs[i]].rect) for i in matched}
    # the text's new size, from the words' heights; the part keeps its margins around its words
    k = statistics.median((twins[i][3] - twins[i][1]) / max(_height(sample[i].rect), 0.1) for i in matched)
    s_rects = [sample[i].rect for i in matched]
    c_rects = list(twins.values())
    for i in inside:  # a word without a twin (a bullet, a blank): beside its nearest matched neighbour
        if i in twins:
            continue
        guess = _beside_neighbour(sample[i].rect, [(sample[j].rect, twins[j]) for j in matched], k)
        if guess is not None:
            s_rects.append(sample[i].rect)
            c_rects.append(guess)
    sx0, sy0, sx1, sy1 = _box(s_rects)
    cx0, cy0, cx1, cy1 = _box(c_rects)
    upright = (
        cx0 - k * (sx0 - rect[0]),
        cy0 - k * (sy0 - rect[1]),
        cx1 + k * (rect[2] - sx1),
        cy1 + k * (rect[3] - sy1),
    )
    return turn.map_rect(upright), "moved as one piece with the page" if match.exact else "re-flowed"


def _inside(point: tuple[float, float], rect: Rect) -> bool:
    return rect[0] <= point[0] <= rect[2] and rect[1] <= point[1] <= rect[3]


def _height(rect: Rect) -> float:
    return rect[3] - rect[1]


def _beside_neighbour(word: Rect, pairs: Sequence[tuple[Rect, Rect]], k: float) -> Rect | None:
    """Where a word without a twin went: kept at its offset from the nearest matched word on its line."""
    cy = center(word)[1]
    same_line = [(s, c) for s, c in pairs if abs(center(s)[1] - cy) < _height(word) / 2]
    if not same_line:
        return None
    s, c = min(same_line, key=lambda sc: abs(center(sc[0])[0] - center(word)[0]))
    dx, dy = c[0] - k * s[0], c[1] - k * s[1]
    return (k * word[0] + dx, k * word[1] + dy, k * word[2] + dx, k * word[3] + dy)


def _box(rects: Sequence[Rect]) -> Rect:
    x0 = min(r[0] for r in rects)
    y0 = min(r[1] for r in rects)
    x1 = max(r[2] for r in rects)
    y1 = max(r[3] for r in rects)
    return (x0, y0, max(x1, x0 + 0.5), max(y1, y0 + 0.5))
