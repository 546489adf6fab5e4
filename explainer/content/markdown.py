"""Content Markdown to safe HTML, the same for the screen and for print (markdown-it-py, CommonMark).

Raw HTML in content is never passed through (it is shown as text), so a body cannot inject markup;
images are written as their alt text, so nothing — local or remote — is ever referenced or loaded;
link targets other than http(s), mailto and the app's own ``annotation:`` links are dropped by the
parser. For print, links are written as "text (address)". Tables, nested lists, quotes and
strikethrough are supported, as on screen. No Qt here.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Literal

from markdown_it import MarkdownIt
from markdown_it.token import Token

LinkStyle = Literal["anchor", "print"]
SAFE_SCHEMES = ("http:", "https:", "mailto:", "annotation:")


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.validateLink = _any_link  # type: ignore[method-assign]  # unsafe targets are unlinked below
    md.add_render_rule("image", _image_as_text)
    return md


def _any_link(url: str) -> bool:
    return True


def _safe_link(url: str) -> bool:
    return url.strip().lower().startswith(SAFE_SCHEMES)


def _image_as_text(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    alt = "".join(child.content for child in tokens[idx].children or [])
    return html.escape(f"[image: {alt}]" if alt else "[image]")


def _adjust(tokens: list[Token], demote: int, links: LinkStyle) -> list[Token]:
    for token in tokens:
        if demote and token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(6, int(token.tag[1]) + demote)}"
        if token.children:
            token.children = _links(token.children, links)
    return tokens


def _links(children: list[Token], style: LinkStyle) -> list[Token]:
    """Keep safe links as links on screen; for print write ``text (url)`` (just ``url`` when the text is
    the address); unlink anything whose target is not a safe scheme (a file path, ``javascript:``...)."""
    out: list[Token] = []
    stack: list[tuple[str, int, bool]] = []  # (href, where its text starts, kept as a link)
    for child in children:
        if child.type == "link_open":
            href = str(child.attrs.get("href", ""))
            keep = style == "anchor" and _safe_link(href)
            stack.append((href, len(out), keep))
            if keep:
                out.append(child)
            continue
        if child.type == "link_close" and stack:
            href, start, keep = stack.pop()
            if keep:
                out.append(child)
            elif style == "print" and _safe_link(href) and not href.lower().startswith("annotation:"):
                text = "".join(c.content for c in out[start:] if c.type in ("text", "code_inline"))
                if text.strip() != href:
                    tail = Token("text", "", 0)
                    tail.content = f" ({href})"
                    out.append(tail)
            continue
        out.append(child)
    return out


def to_html(markdown: str, *, demote: int = 0, links: LinkStyle = "anchor") -> str:
    """Block-level HTML for ``markdown``; its headings moved ``demote`` levels down."""
    md = _parser()
    env: dict[str, Any] = {}
    tokens = _adjust(md.parse(markdown, env), demote, links)
    return str(md.renderer.render(tokens, md.options, env))


def inline_html(markdown: str, *, links: LinkStyle = "anchor") -> str:
    """HTML for one line of Markdown (no enclosing paragraph)."""
    md = _parser()
    env: dict[str, Any] = {}
    tokens = _adjust(md.parseInline(markdown, env), 0, links)
    return str(md.renderer.render(tokens, md.options, env))


def to_text(markdown: str) -> str:
    """The readable words of Markdown, without markup (for tests and plain-text search)."""
    text = re.sub(r"<[^>]+>", " ", to_html(markdown, links="print"))
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>!|~&])")
_BLOCK_START = re.compile(r"^(\s*)(#|>|[-+*](?=\s|$)|\d+(?=[.)]))")


def escape_inline(text: str) -> str:
    """Plain text made safe inside a line of Markdown: emphasis, code, links, images and HTML escaped."""
    return _INLINE_SPECIAL.sub(r"\\\1", text)


def escape(text: str) -> str:
    """One line of plain text made safe as a line of Markdown: :func:`escape_inline`, and anything at
    its start that would make it a heading, a quote or a list."""
    escaped = escape_inline(text)
    match = _BLOCK_START.match(escaped)
    if match is None:
        return escaped
    indent, marker = match.groups()
    if marker[0].isdigit():  # "1." or "1)": escape the punctuation after the number
        cut = match.end()
        return f"{escaped[:cut]}\\{escaped[cut:]}"
    return f"{indent}\\{escaped[len(indent) :]}"
