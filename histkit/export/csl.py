"""CSL-JSON: the items as the array Zotero, Pandoc and every citation processor import.

Written with the characters as they are (UTF-8, no ``\\u`` escapes), two
spaces of indent and keys in a fixed order, so the same store gives the same
bytes.
"""

from __future__ import annotations

import json


def csl_json(items: list[dict]) -> str:
    """The items as a CSL-JSON document (an array; ``[]`` for none), ending in a newline.

    >>> print(csl_json([{"id": "dilas1950", "type": "book", "title": "Savremene teme"}]))
    [
      {
        "id": "dilas1950",
        "type": "book",
        "title": "Savremene teme"
      }
    ]
    <BLANKLINE>
    >>> csl_json([])
    '[]\\n'
    """
    return _dump(items, 0) + "\n"


def _dump(value, depth: int) -> str:
    """JSON with two spaces of indent, except that a list of numbers (a date's parts) stays on one line:
    ``[[1954, 5, 12]]`` rather than a number a line, so the file reads and diffs well."""
    if isinstance(value, list) and value and not all(_numeric(v) for v in value):
        inner = ",\n".join("  " * (depth + 1) + _dump(v, depth + 1) for v in value)
        return "[\n" + inner + "\n" + "  " * depth + "]"
    if isinstance(value, dict) and value:
        inner = ",\n".join("  " * (depth + 1) + json.dumps(k, ensure_ascii=False) + ": " + _dump(v, depth + 1)
                           for k, v in value.items())
        return "{\n" + inner + "\n" + "  " * depth + "}"
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _numeric(value) -> bool:
    if isinstance(value, list):
        return all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value)
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def read_csl_json(text: str) -> list[dict]:
    """The items of a CSL-JSON document.

    >>> read_csl_json('[{"id": "a", "type": "book", "title": "Đilas"}]')[0]["title"]
    'Đilas'
    """
    return json.loads(text)
