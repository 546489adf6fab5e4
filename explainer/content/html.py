"""Write blocks as HTML: for the screen (Qt's rich text) or for print (PyMuPDF Story).

Both media get the same elements and class names; each consumer styles them with its own CSS
(``SCREEN_CSS`` here for Qt, the handout's and the memo's for print). On screen, links are links
(followed only when the user clicks them); in print they are written out. Nothing is ever referenced
that would be loaded: no images, no style sheets, no fonts. No Qt here.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Literal

from . import markdown as md
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

Medium = Literal["screen", "print"]
BLANK_LINE = "_" * 96

SCREEN_CSS = """
h1 { font-size: x-large; }
h2 { font-size: large; margin-top: 12px; }
p.meta { color: #555555; }
p.summary { font-size: large; }
p.lead { font-size: large; }
div.callout { background-color: #FFF3D6; }
div.unverified, div.partly-verified { background-color: #FDE2DE; }
span.mark-unverified { color: #A01010; font-weight: bold; }
span.mark-partly-verified { color: #8A4B00; }
span.meta { color: #555555; }
td.label { font-weight: bold; padding-right: 8px; }
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def plain_html(text: str) -> str:
    """Text as typed: escaped, paragraphs kept, line breaks kept."""
    blocks = [b for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return "".join(f"<p>{'<br/>'.join(_esc(line) for line in block.splitlines())}</p>" for block in blocks)


def authority_html(line: AuthorityLine, medium: Medium) -> str:
    cite = f"<b>{_esc(line.citation)}</b>" + (f", {_esc(line.pinpoint)}" if line.pinpoint else "")
    mark = f'<span class="mark-{line.verification}">{_esc(line.label)}</span>'
    parts = [f'{cite} — {mark} <span class="meta">({_esc(line.checked)})</span>']
    if line.note:
        parts.append(f"<i>{md.inline_html(line.note, links='print' if medium == 'print' else 'anchor')}</i>")
    if line.url:
        url = _esc(line.url)
        parts.append(
            f'<a href="{html.escape(line.url)}">{url}</a>' if medium == "screen" else f'<span class="meta">{url}</span>'
        )
    return "<li>" + " — ".join(parts) + "</li>"


def block_html(block: Block, medium: Medium = "screen", shift: int = 0) -> str:
    """One block. ``shift`` moves every heading that many levels down (a stop inside a handout)."""
    links: md.LinkStyle = "anchor" if medium == "screen" else "print"
    match block:
        case Heading(level, text, number):
            tag = f"h{min(6, level + shift)}"
            prefix = f"{number}. " if number is not None else ""
            return f"<{tag}>{_esc(prefix + text)}</{tag}>"
        case Paragraph(markdown, style):
            klass = f' class="{style}"' if style else ""
            return f"<p{klass}>{md.inline_html(markdown, links=links)}</p>"
        case PlainText(text, style):
            return f'<div class="{style or "typed"}">{plain_html(text)}</div>'
        case Body(markdown, level):
            return md.to_html(markdown, demote=level - 1 + shift, links=links)
        case Callout(kind, markdown, plain):
            inner = plain_html(markdown) if plain else md.to_html(markdown, demote=2 + shift, links=links)
            return f'<div class="callout {kind}">{inner}</div>'
        case Bullets(items):
            return "<ul>" + "".join(f"<li>{md.inline_html(i, links=links)}</li>" for i in items) + "</ul>"
        case Authorities(lines):
            return '<ul class="authorities">' + "".join(authority_html(line, medium) for line in lines) + "</ul>"
        case Facts(rows):
            cells = "".join(f'<tr><td class="label">{_esc(k)}:</td><td>{_esc(v)}</td></tr>' for k, v in rows)
            return f'<table class="facts" cellspacing="0" cellpadding="2">{cells}</table>'
        case Links(items):
            if medium == "screen":
                return (
                    "<ul>"
                    + "".join(f'<li><a href="annotation:{html.escape(i)}">{_esc(label)}</a></li>' for label, i in items)
                    + "</ul>"
                )
            return "<ul>" + "".join(f"<li>{_esc(label)}</li>" for label, _ in items) + "</ul>"
        case Blank(lines):
            return "".join(f'<p class="rule">{BLANK_LINE}</p>' for _ in range(lines))
        case Rule():
            return "<hr/>"
    raise TypeError(f"not a content block: {block!r}")


def to_html(blocks: Iterable[Block], medium: Medium = "screen", shift: int = 0) -> str:
    return "\n".join(block_html(b, medium, shift) for b in blocks)
