"""A "Sources" list for a paper's appendix: archival documents by archive, fond and unit, then the literature.

The archival part is grouped as historians list their sources: an archive
(its name, code and city), each fond (with its year and collection), each
unit with the span of its documents' dates, and the documents with their
dates as precise as the notes gave them. The literature part is formatted by
citeproc-py with a real CSL style (`styles/`, Cite Them Right, CC BY-SA 3.0).
Markdown and HTML say the same; both escape what the text would otherwise
turn into markup.
"""

from __future__ import annotations

import html
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from ..patterns import compiled

STYLE = Path(__file__).resolve().parent / "styles" / "harvard-cite-them-right.csl"
_MARKDOWN_SPECIAL = compiled(r"([\\`*_\[\]<>#|])")
_NUMBER = compiled(r"(\d+)")


@dataclass
class Unit:
    """A unit of a fond (a box, folder, file) and its documents: (first day, last day, precision, title)."""

    name: str
    documents: list[tuple[str, str, str, str]] = field(default_factory=list)

    def span(self) -> str:
        """The dates of its documents, from the first one's start to the last one's end, as precise as they were.

        >>> Unit("11/II", [("1951-02-27", "1951-02-27", "day", "a"), ("1952-01-01", "1952-01-31", "month", "b")]).span()
        '1951-02-27 – 1952-01'
        """
        dated = [d for d in self.documents if d[0]]
        if not dated:
            return ""
        first = min(dated, key=lambda d: d[0])
        last = max(dated, key=lambda d: d[1] or d[0])
        start, end = _shown(first[0], first[2]), _shown(last[1] or last[0], last[2])
        return start if start == end else f"{start} – {end}"


def archive_groups(items: list[dict]) -> list[tuple[str, list[tuple[str, list[Unit]]]]]:
    """The archival items as archives, each with its fonds, each with its units (in natural order).

    >>> item = {"type": "manuscript", "title": "Telegram", "archive": "Arhiv Jugoslavije", "archive-place": "Beograd",
    ...         "custom": {"histkit": {"archive": "AJ", "fond": "507", "fond_year": "", "collection": "IX", "unit": "11/II-3",
    ...                                "date_start": "1951-02-27", "date_end": "1951-02-27", "date_precision": "day"}}}
    >>> [(archive, [(fond, [u.name for u in units]) for fond, units in fonds]) for archive, fonds in archive_groups([item])]
    [('Arhiv Jugoslavije (AJ), Beograd', [('507, IX', ['11/II-3'])])]
    """
    tree: dict[str, dict[str, dict[str, Unit]]] = {}
    for item in items:
        own = item.get("custom", {}).get("histkit", {})
        code, name = own.get("archive", ""), item.get("archive", "")
        label = name if not code or code == name else f"{name} ({code})"
        label = ", ".join(p for p in (label, item.get("archive-place", "")) if p) or "Archive not named"
        fond = ", ".join(own[k] for k in ("fond", "fond_year", "collection") if own.get(k)) or "No fond named"
        unit_name = own.get("unit", "")
        unit = tree.setdefault(label, {}).setdefault(fond, {}).setdefault(unit_name, Unit(unit_name))
        document = (own.get("date_start", ""), own.get("date_end", ""), own.get("date_precision", ""),
                    item.get("title", ""))
        if document not in unit.documents:
            unit.documents.append(document)
    for fonds in tree.values():
        for units in fonds.values():
            for unit in units.values():  # by date, the undated last, as an appendix lists them
                unit.documents.sort(key=lambda d: (not d[0], d[0], d[3].casefold()))
    return [(archive, [(fond, [tree[archive][fond][u] for u in sorted(units, key=natural_key)])
                       for fond, units in sorted(fonds.items(), key=lambda kv: natural_key(kv[0]))])
            for archive, fonds in sorted(tree.items(), key=lambda kv: kv[0].casefold())]


def natural_key(text: str) -> list:
    """A sort key that puts 11/II-9 before 11/II-19 (numbers compared as numbers).

    >>> sorted(["11/II-19", "11/II-9", "f. 10", "f. 9"], key=natural_key)
    ['11/II-9', '11/II-19', 'f. 9', 'f. 10']
    >>> sorted(["f. 12²", "f. 9"], key=natural_key)  # (a superscript digit is no number to compare: text)
    ['f. 9', 'f. 12²']
    """
    return [(0, int(p), "") if p.isdecimal() else (1, 0, p.casefold()) for p in _NUMBER.split(text) if p]


def _shown(day: str, precision: str) -> str:
    """An ISO day as precise as the citation: 1951-03 for a month, 1954 for a year."""
    return day[:{"year": 4, "month": 7}.get(precision, 10)]


def literature_entries(items: list[dict], markup: str) -> list[str]:
    """The literature items formatted by the shipped CSL style, in its order (author, year); "markdown" or "html".

    >>> literature_entries([{"id": "a", "type": "book", "author": [{"family": "Đilas", "given": "Milovan"}],
    ...                      "title": "Vlast i pobuna", "issued": {"date-parts": [[1991]]}}], "markdown")
    ['Đilas, M. (1991) *Vlast i pobuna*.']

    The text of the items is escaped for the markup (citeproc-py's own HTML
    formatter leaves ``<`` and ``&`` of a title as they are): the entries
    are formatted with marks in private-use characters, the text escaped,
    and the marks then made tags.
    """
    if not items:
        return []
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
    from citeproc.source.json import CiteProcJSON

    plain = [{k: _unmarked(v) for k, v in item.items() if k != "custom"} for item in items]
    with warnings.catch_warnings():
        # citeproc-py warns about CSL features of the style it skips; the entries are still written
        warnings.simplefilter("ignore")
        style = CitationStylesStyle(str(STYLE), validate=False)
        bibliography = CitationStylesBibliography(style, CiteProcJSON(plain), _MARKED)
        for item in plain:
            bibliography.register(Citation([CitationItem(item["id"])]))
        bibliography.sort()  # the style's own order (author, year, title); citeproc-py sorts only when asked
        entries = [str(entry) for entry in bibliography.bibliography()]
    escape = (lambda t: html.escape(t, quote=False)) if markup == "html" else _markdown_escape
    tags = _HTML_TAGS if markup == "html" else _MARKDOWN_TAGS
    return [escape(entry).translate(tags) for entry in entries]


def _unmarked(value):
    """A value without the private-use characters that stand for markup while citeproc-py formats."""
    if isinstance(value, str):
        return value.translate(_NO_MARKS)
    if isinstance(value, list):
        return [_unmarked(v) for v in value]
    if isinstance(value, dict):
        return {k: _unmarked(v) for k, v in value.items()}
    return value


def _markdown_escape(text) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


_ITALIC, _END_ITALIC, _BOLD, _END_BOLD = "\ue000", "\ue001", "\ue002", "\ue003"
_NO_MARKS = {ord(c): None for c in (_ITALIC, _END_ITALIC, _BOLD, _END_BOLD)}
_HTML_TAGS = str.maketrans({_ITALIC: "<i>", _END_ITALIC: "</i>", _BOLD: "<b>", _END_BOLD: "</b>"})
_MARKDOWN_TAGS = str.maketrans({_ITALIC: "*", _END_ITALIC: "*", _BOLD: "**", _END_BOLD: "**"})
_MARKED = SimpleNamespace(preformat=str, Italic=lambda t: f"{_ITALIC}{t}{_END_ITALIC}",
                          Oblique=lambda t: f"{_ITALIC}{t}{_END_ITALIC}", Bold=lambda t: f"{_BOLD}{t}{_END_BOLD}",
                          Light=str, Underline=str, Superscript=str, Subscript=str, SmallCaps=str)


def sources_markdown(archival: list[dict], literature: list[dict]) -> str:
    """The Sources list as Markdown.

    >>> print(sources_markdown([], []), end="")
    # Sources
    <BLANKLINE>
    No archival documents or literature in the store.
    """
    lines = ["# Sources", ""]
    if archival:
        lines += ["## Archival sources", ""]
        for archive, fonds in archive_groups(archival):
            lines += [f"### {_markdown_escape(archive)}", ""]
            for fond, units in fonds:
                lines.append(f"- {_markdown_escape(fond)}")
                for unit in units:
                    span = unit.span()
                    head = _markdown_escape(unit.name or "no unit named") + (f" ({span})" if span else "")
                    lines.append(f"  - {head}")
                    lines += [f"    - {_markdown_escape(_document(doc))}" for doc in unit.documents]
            lines.append("")
    entries = literature_entries(literature, "markdown")
    if entries:
        lines += ["## Literature", ""] + [f"- {entry}" for entry in entries] + [""]
    if not archival and not entries:
        lines += ["No archival documents or literature in the store.", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _document(doc: tuple[str, str, str, str]) -> str:
    start, end, precision, title = doc
    first, last = _shown(start, precision), _shown(end or start, precision)
    shown = first if first == last else f"{first} – {last}"
    return ", ".join(p for p in (title or "untitled document", shown or "undated") if p)


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Sources</title>
<style>
body {{ font-family: Georgia, "DejaVu Serif", serif; max-width: 50em; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.4; }}
h1 {{ font-size: 1.6em; }} h2 {{ font-size: 1.3em; margin-top: 1.5em; }} h3 {{ font-size: 1.1em; }}
ul {{ padding-left: 1.3em; }} .span {{ color: #555; }} .literature li {{ list-style: none; text-indent: -1.5em; }}
</style>
</head>
<body>
<h1>Sources</h1>
{body}
</body>
</html>
"""


def sources_html(archival: list[dict], literature: list[dict]) -> str:
    """The Sources list as one HTML page (no external files).

    >>> page = sources_html([], [])
    >>> page.startswith("<!DOCTYPE html>"), "No archival documents or literature" in page
    (True, True)
    """
    esc = html.escape
    parts = []
    if archival:
        parts.append("<h2>Archival sources</h2>")
        for archive, fonds in archive_groups(archival):
            parts += [f"<h3>{esc(archive)}</h3>", "<ul>"]
            for fond, units in fonds:
                parts += [f"<li>{esc(fond)}", "<ul>"]
                for unit in units:
                    span = unit.span()
                    parts.append(f"<li>{esc(unit.name or 'no unit named')}"
                                 + (f' <span class="span">({esc(span)})</span>' if span else "") + "<ul>")
                    parts += [f"<li>{esc(_document(doc))}</li>" for doc in unit.documents]
                    parts.append("</ul></li>")
                parts += ["</ul>", "</li>"]
            parts.append("</ul>")
    entries = literature_entries(literature, "html")
    if entries:
        parts += ["<h2>Literature</h2>", '<ul class="literature">'] + [f"<li>{e}</li>" for e in entries] + ["</ul>"]
    if not archival and not entries:
        parts.append("<p>No archival documents or literature in the store.</p>")
    return _PAGE.format(body="\n".join(parts))
