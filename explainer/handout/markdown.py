"""A small, safe Markdown-to-HTML conversion for printing annotation bodies.

Annotation bodies use a plain subset of Markdown: paragraphs, ``-``/``*``/``1.`` lists, ``#`` headings,
``**bold**``, ``*italic*``, ```code``` and ``[text](url)`` links. Everything is HTML-escaped first, so a
body can never inject markup; links print as "text (url)" and images as their alt text, so nothing
remote is ever referenced. Pure Python, no Qt, no PyMuPDF.
"""

from __future__ import annotations

import html
import re

_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]*)[^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)[^)]*\)")
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])|(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])")
_CODE = re.compile(r"`([^`]+)`")
_BULLET = re.compile(r"^\s{0,3}[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s{0,3}\d+[.)]\s+(.*)$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def inline(text: str) -> str:
    """One line of Markdown to HTML (escaped first)."""
    out = html.escape(text, quote=False)
    codes: list[str] = []

    def keep_code(m: re.Match[str]) -> str:
        codes.append(f"<code>{m.group(1)}</code>")
        return f"\x00{len(codes) - 1}\x00"

    out = _CODE.sub(keep_code, out)
    out = _IMAGE.sub(lambda m: f"[image: {m.group(1)}]" if m.group(1) else "[image]", out)
    out = _LINK.sub(lambda m: m.group(1) if m.group(1) == m.group(2) else f"{m.group(1)} ({m.group(2)})", out)
    out = _BOLD.sub(lambda m: f"<b>{m.group(1) or m.group(2)}</b>", out)
    out = _ITALIC.sub(lambda m: f"<i>{m.group(1) or m.group(2)}</i>", out)
    return re.sub(r"\x00(\d+)\x00", lambda m: codes[int(m.group(1))], out)


def to_html(markdown: str) -> str:
    """A Markdown body to simple HTML: <p>, <ul>/<ol> with <li>, <h4>, <b>, <i>, <code>."""
    blocks: list[str] = []
    para: list[str] = []
    items: list[str] = []
    list_tag = ""

    def flush_para() -> None:
        if para:
            blocks.append(f"<p>{inline(' '.join(para))}</p>")
            para.clear()

    def flush_list() -> None:
        nonlocal list_tag
        if items:
            body = "".join(f"<li>{inline(item)}</li>" for item in items)
            blocks.append(f"<{list_tag}>{body}</{list_tag}>")
            items.clear()
        list_tag = ""

    for raw in markdown.splitlines():
        line = raw.rstrip()
        bullet, numbered, heading = _BULLET.match(line), _NUMBERED.match(line), _HEADING.match(line)
        if not line.strip():
            flush_para()
            flush_list()
        elif heading:
            flush_para()
            flush_list()
            blocks.append(f"<h4>{inline(heading.group(2))}</h4>")
        elif bullet or numbered:
            flush_para()
            tag = "ul" if bullet else "ol"
            if list_tag and list_tag != tag:
                flush_list()
            list_tag = tag
            items.append((bullet or numbered).group(1))  # type: ignore[union-attr]
        elif items and raw[:1].isspace():
            items[-1] += " " + line.strip()  # a list item continued on the next line
        else:
            flush_list()
            para.append(line.strip())
    flush_para()
    flush_list()
    return "\n".join(blocks)


def to_text(markdown: str) -> str:
    """The readable words of a Markdown body, without markup (for tests and plain-text search)."""
    text = re.sub(r"<[^>]+>", " ", to_html(markdown))
    return re.sub(r"\s+", " ", html.unescape(text)).strip()
