"""What a TEI file says about itself: the documents it holds, and their title, author, year and language.

A TEI file is one `<TEI>`, or a `<teiCorpus>` gathering several (e.g. the
articles of one volume), each with its `<teiHeader>`; the corpus may have a
header of its own.
"""

from __future__ import annotations

import re

from .xmltext import child_named, local, squeeze

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def members(root) -> list:
    """The TEI documents a file holds in reading order: itself, or the members of a teiCorpus (nested ones too).

    A teiCorpus gathers articles (e.g. of one volume) into one file; it is
    read as one document, its members one after the other.
    """
    if local(root.tag) in ("TEI", "TEI.2"):
        return [root]
    return [m for sub in root if local(sub.tag).startswith(("TEI", "teiCorpus")) for m in members(sub)]


def members_meta(docs: list, texts: list) -> dict:
    """Author, year and language of a teiCorpus from its members: the authors of all, the first year and language."""
    found = [header_meta(child_named(m, "teiHeader"), [], t, m) for m, t in zip(docs, texts)]
    meta = {k: v for one in reversed(found) for k, v in one.items() if k in ("year", "language")}
    authors = list(dict.fromkeys(a for one in found for a in one.get("author", "").split("; ") if a))
    if authors:
        meta["author"] = "; ".join(authors)
    return meta


def titles(header) -> list:
    """The article's title elements in the header (a subtitle included; a journal's or series' title not)."""
    statement = child_named(child_named(header, "fileDesc"), "titleStmt")
    if statement is None:
        return []
    return [t for t in statement if local(t.tag) == "title" and t.get("level") not in ("j", "s", "u")
            and t.get("type") not in ("short", "alt", "abbreviated", "abbr")]


def header_meta(header, title_elements: list, text, root) -> dict:
    """Title, author, year and language as the header (or the text's xml:lang) states them."""
    meta = {}
    title = squeeze(" ".join(_without_notes(t) for t in title_elements))
    if title:
        meta["title"] = title
    statement = child_named(child_named(header, "fileDesc"), "titleStmt")
    authors = [_person(a) for a in (statement if statement is not None else []) if local(a.tag) == "author"]
    if any(authors):
        meta["author"] = "; ".join(a for a in authors if a)
    year = _year(header)
    if year:
        meta["year"] = year
    language = text.get(_XML_LANG) or root.get(_XML_LANG)
    if not language and header is not None:
        language = next((e.get("ident") for e in header.iter() if local(e.tag) == "language" and e.get("ident")), None)
    if language:
        meta["language"] = language
    return meta


def _without_notes(element) -> str:
    parts = [element.text or ""]
    for child in element:
        if local(child.tag) != "note":
            parts.append(_without_notes(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _person(author) -> str:
    """An author's name: forenames and surnames where they are tagged, else the name as written."""
    holder = next((e for e in author.iter() if local(e.tag) in ("persName", "name")), author)
    names = {"forename": [], "surname": []}
    for e in holder.iter():
        if local(e.tag) in names:
            names[local(e.tag)].append(squeeze("".join(e.itertext())))
    if any(names.values()):
        return squeeze(" ".join(names["forename"] + names["surname"]))
    if holder is not author:
        return squeeze("".join(holder.itertext()))
    return squeeze(author.text or "") or squeeze("".join(author.itertext()))


def _year(header) -> str | None:
    """The year of publication: publicationStmt's date first, then any date of the file description."""
    described = child_named(header, "fileDesc")
    if described is None:
        return None
    places = [child_named(described, "publicationStmt"), described]
    for place in places:
        for date in (e for e in (place.iter() if place is not None else ()) if local(e.tag) == "date"):
            found = re.search(r"\b(\d{4})\b", " ".join([date.get("when", ""), "".join(date.itertext())]))
            if found:
                return found.group(1)
    return None
