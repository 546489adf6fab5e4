"""Find where a value sits in JSON text, so a wrong field can be reported as ``line:column``.

``json`` gives positions only for syntax errors; this small scanner walks already-valid JSON text once
and records the offset of every value by its path (keys and list indices), the path pydantic reports.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

_WS = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null")

Path = tuple[int | str, ...]


def value_offsets(text: str) -> dict[Path, int]:
    """Map each value's path to its character offset. ``text`` must be valid JSON."""
    offsets: dict[Path, int] = {}

    def skip(i: int) -> int:
        m = _WS.match(text, i)
        return m.end() if m else i

    def string(i: int) -> tuple[str, int]:
        m = _STRING.match(text, i)
        if not m:
            raise ValueError(f"unterminated string at offset {i}")
        return str(json.loads(m.group())), m.end()

    def value(i: int, path: Path) -> int:
        i = skip(i)
        offsets[path] = i
        ch = text[i]
        if ch == "{":
            i = skip(i + 1)
            if text[i] == "}":
                return i + 1
            while True:
                key, i = string(skip(i))
                i = skip(i) + 1  # the colon
                i = skip(value(i, (*path, key)))
                if text[i] == "}":
                    return i + 1
                i += 1  # the comma
        if ch == "[":
            i = skip(i + 1)
            if text[i] == "]":
                return i + 1
            index = 0
            while True:
                i = skip(value(i, (*path, index)))
                index += 1
                if text[i] == "]":
                    return i + 1
                i += 1
        if ch == '"':
            return string(i)[1]
        m = _SCALAR.match(text, i)
        if not m:
            raise ValueError(f"unexpected character at offset {i}")
        return m.end()

    value(0, ())
    return offsets


def line_col(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"{line}:{col}"


def locate(text: str, offsets: dict[Path, int], loc: Sequence[int | str]) -> str:
    """``line:col`` of the value at ``loc``, or of its nearest enclosing value that exists (a missing field)."""
    path = tuple(loc)
    while path not in offsets and path:
        path = path[:-1]
    return line_col(text, offsets.get(path, 0))
