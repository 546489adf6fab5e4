"""Write blocks as Markdown (the review memo's .md export). What the user typed is escaped. No Qt."""

from __future__ import annotations

from collections.abc import Iterable

from .blocks import (
    Authorities,
    AuthorityLine,
    Blank,
    Block,
    Body,
    Bullets,
    Callout,
    Facts,
    Heading,
    Links,
    Paragraph,
    PlainText,
    Rule,
)
from .markdown import escape, escape_inline


def demote(markdown: str, levels: int) -> str:
    """Move a body's own ATX headings ``levels`` down, so they stay below the surrounding ones."""
    out = []
    for line in markdown.splitlines():
        stripped = line.lstrip()
        if stripped.startswith("#"):
            hashes = len(stripped) - len(stripped.lstrip("#"))
            if stripped[hashes : hashes + 1] in (" ", ""):
                line = "#" * min(6, hashes + levels) + stripped[hashes:]
        out.append(line)
    return "\n".join(out)


def _plain(text: str) -> str:
    blocks = [b for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return "\n\n".join("  \n".join(escape(line) for line in block.splitlines()) for block in blocks)


def authority_markdown(line: AuthorityLine) -> str:
    text = f"**{line.citation}**" + (f", {line.pinpoint}" if line.pinpoint else "")
    text += f" — {line.label} ({line.checked})"
    if line.note:
        text += f" — *{line.note}*"
    if line.url:
        text += f" — <{line.url}>"
    return f"- {text}"


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line.strip() else ">" for line in text.splitlines())


def block_markdown(block: Block, shift: int = 0) -> str:
    match block:
        case Heading(level, text, number):
            prefix = f"{number}. " if number is not None else ""
            return "#" * min(6, level + shift) + " " + escape_inline(prefix + text)
        case Paragraph(markdown, _style):
            return markdown
        case PlainText(text, _style):
            return _plain(text)
        case Body(markdown, level):
            return demote(markdown.strip(), level - 1 + shift)
        case Callout(_kind, markdown, plain):
            return _quote(_plain(markdown) if plain else markdown)
        case Bullets(items):
            return "\n".join(f"- {item}" for item in items)
        case Authorities(lines):
            return "\n".join(authority_markdown(line) for line in lines)
        case Facts(rows):
            return "\n".join(f"- **{escape_inline(k)}:** {escape_inline(v)}" for k, v in rows)
        case Links(items):
            return "\n".join(f"- {escape_inline(label)}" for label, _ in items)
        case Blank(lines):
            return "\n".join("_" * 60 for _ in range(lines))
        case Rule():
            return "---"
    raise TypeError(f"not a content block: {block!r}")


def to_markdown(blocks: Iterable[Block], shift: int = 0) -> str:
    return "\n\n".join(text for b in blocks if (text := block_markdown(b, shift))) + "\n"
