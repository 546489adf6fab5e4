"""What content says, as structured blocks: headings, paragraphs, call-outs, lists, authority lines.

Builders (:mod:`.explain`, and the handout and memo features) produce a list of blocks; writers
(:mod:`.html`, :mod:`.markdown_out`) only format them, for the screen, for print or as Markdown. Text
in ``markdown`` fields is content Markdown (annotation bodies, list items, wording with ``**bold**``);
text in ``text`` fields is plain and is escaped by every writer (what a user typed goes there). No Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from ..model import Verification

ParagraphStyle = Literal["", "summary", "meta", "lead", "end"]
CalloutKind = Literal[
    "unverified", "partly-verified", "review-due", "reconstructed", "placement", "disclaimer", "note", "translation"
]


@dataclass(frozen=True)
class Heading:
    level: int  # 1 = the title of what is shown; 2 = a section; 3 = a part of a section
    text: str  # plain
    number: int | None = None  # a stop's number, written before the text


@dataclass(frozen=True)
class Paragraph:
    markdown: str
    style: ParagraphStyle = ""


@dataclass(frozen=True)
class PlainText:
    """Text as the user typed it (a note, a heading): escaped, paragraphs and line breaks kept."""

    text: str
    style: ParagraphStyle = ""


@dataclass(frozen=True)
class Body:
    """An annotation's Markdown body; its own headings are written below the surrounding ones: a ``#``
    heading in it becomes a level-``level`` heading."""

    markdown: str
    level: int = 3


@dataclass(frozen=True)
class Callout:
    kind: CalloutKind
    markdown: str
    plain: bool = False  # the text is user-typed plain text, not Markdown


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]  # Markdown, one item each


@dataclass(frozen=True)
class AuthorityLine:
    citation: str
    pinpoint: str | None
    kind: str
    year: int | None
    verification: Verification
    label: str  # the verification mark as worded (translated)
    checked: str  # "checked 2026-11-27", as worded
    as_of: dt.date
    url: str | None
    note: str | None


@dataclass(frozen=True)
class Authorities:
    lines: tuple[AuthorityLine, ...]


@dataclass(frozen=True)
class Facts:
    """A small two-column table: label, value (plain text both)."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Links:
    """Links to other annotations: (label, annotation id)."""

    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Blank:
    """Ruled blank lines to write on (worksheets)."""

    lines: int


@dataclass(frozen=True)
class Rule:
    pass


Block = Heading | Paragraph | PlainText | Body | Callout | Bullets | Authorities | Facts | Links | Blank | Rule


def shifted(blocks: list[Block], levels: int) -> list[Block]:
    """``blocks`` with every heading (and every body's headings) ``levels`` further down."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Heading):
            block = Heading(block.level + levels, block.text, block.number)
        elif isinstance(block, Body):
            block = Body(block.markdown, block.level + levels)
        out.append(block)
    return out
