"""BibTeX: the items as a .bib file, written with bibtexparser (v2).

The file is UTF-8 (Đ, ć, Cyrillic, ß as they are, not LaTeX escapes): biber
and biblatex read it so, and LaTeX escapes have no form for Cyrillic. Journal
articles are ``@article``, chapters ``@incollection``, books ``@book`` and
archival documents ``@unpublished`` with the archive and its shelfmark in
``note`` (what plain BibTeX styles print) and in ``archive`` and
``archive_location`` (what Zotero and biblatex styles can read), and the date
as biblatex's ISO ``date`` beside ``year`` and ``month``.
"""

from __future__ import annotations

import bibtexparser
from bibtexparser import model

_TYPES = {"article-journal": "article", "chapter": "incollection", "book": "book", "manuscript": "unpublished"}
#: CSL variables copied to BibTeX fields of the same meaning.
_FIELDS = [("title", "title"), ("container-title", "{container}"), ("volume", "volume"), ("issue", "number"),
           ("page", "pages"), ("publisher", "publisher"), ("publisher-place", "address"), ("archive", "archive"),
           ("archive_location", "archive_location"), ("archive-place", "archive_place")]


def bibtex(items: list[dict]) -> str:
    """The items as BibTeX entries (an empty string for none).

    >>> print(bibtex([{"id": "dilas1950", "type": "book", "author": [{"family": "Ђилас", "given": "Милован"}],
    ...                "title": "Савремене теме", "publisher": "Борба", "issued": {"date-parts": [[1950]]}}]), end="")
    @book{dilas1950,
        author = {Ђилас, Милован},
        title = {Савремене теме},
        publisher = {Борба},
        year = {1950}
    }
    """
    library = bibtexparser.Library()
    for item in items:
        library.add(model.Entry(_TYPES.get(item.get("type", ""), "misc"), item["id"], bibtex_fields(item)))
    if not items:
        return ""
    text = bibtexparser.write_string(library, bibtex_format=_format())
    return text.rstrip("\n") + "\n"


def _format():
    style = bibtexparser.BibtexFormat()
    style.indent = "    "
    style.block_separator = "\n"
    return style


def bibtex_fields(item: dict) -> list[model.Field]:
    """The BibTeX fields of one CSL item, in a fixed order.

    >>> [(f.key, f.value) for f in bibtex_fields({"type": "manuscript", "title": "Telegram", "archive": "AJ",
    ...                                           "archive_location": "507, 11/II-3",
    ...                                           "issued": {"date-parts": [[1951, 2, 27]]}})]
    [('title', 'Telegram'), ('archive', 'AJ'), ('archive_location', '507, 11/II-3'), ('note', 'AJ, 507, 11/II-3'), ('year', '1951'), ('month', '2'), ('date', '1951-02-27')]
    """
    fields = []
    names = [_person(n) for n in item.get("author", [])]
    if names:
        fields.append(("author", " and ".join(names)))
    container = "journal" if item.get("type") == "article-journal" else "booktitle"
    for csl, key in _FIELDS:
        if item.get(csl):
            fields.append((key.format(container=container), item[csl]))
    if item.get("type") == "manuscript":
        note = ", ".join(item[k] for k in ("archive", "archive_location") if item.get(k))
        if note:
            fields.append(("note", note))
    fields += _date_fields(item.get("issued"))
    return [model.Field(key, _braces(value)) for key, value in fields]


def _person(name: dict) -> str:
    family = " ".join(p for p in (name.get("non-dropping-particle", ""), name.get("family", "")) if p)
    return f"{family}, {name['given']}" if name.get("given") else family


def _date_fields(issued: dict | None) -> list[tuple[str, str]]:
    if not issued:
        return []
    if "literal" in issued:
        return [("year", issued["literal"])]
    parts = issued["date-parts"]
    first = parts[0]
    fields = [("year", str(first[0]))]
    if len(first) > 1 and len(parts) == 1:
        fields.append(("month", str(first[1])))
    if len(first) > 1 or len(parts) > 1:
        iso = ["-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(day)) for day in parts]
        fields.append(("date", "/".join(iso)))
    return fields


def _braces(value: str) -> str:
    """A value whose braces would unbalance the entry gets them escaped (a title's ``{`` is rare, a lost entry worse)."""
    depth = 0
    for ch in value:
        depth += (ch == "{") - (ch == "}")
        if depth < 0:
            break
    if depth == 0:
        return value
    return value.replace("{", "\\{").replace("}", "\\}")
