"""Reading an article saved from the web (.html): its paragraphs and headings, and the notes its links tie to calls.

Journals publish articles as HTML (OpenEdition, OJS, Érudit, …), and Word,
LibreOffice and pandoc save it. Each writes notes its own way, but all link a
call to its note and the note back to its call:

- OpenEdition: ``<a class="footnotecall" href="#ftn1" id="bodyftn1">1</a>`` …
  ``<p class="notesbas"><a href="#bodyftn1" id="ftn1">1</a> AJ, 507.</p>``;
- Word: ``<a href="#_ftn1" name="_ftnref1">[1]</a>`` …
  ``<div id="ftn1"><p><a href="#_ftnref1" name="_ftn1">[1]</a> AJ, 507.</p></div>``;
- pandoc: ``<a href="#fn1" id="fnref1" role="doc-noteref"><sup>1</sup></a>`` …
  ``<li id="fn1"><p>AJ, 507.<a href="#fnref1">↩︎</a></p></li>``.

So a link whose words are a note's label (``1``, ``[12]``, ``*``, ``iv``) is a
call when what it points to links back to it (or the page says so:
``role="doc-noteref"``); its note is the block holding the element pointed to,
widened to the block around it while that holds no other note, no call of the
text and no heading. The links back (``↩︎``, the label repeated) are not the
note's words. A page with no such links may have its notes typed: raised
numbers (``<sup>``) and a numbered list under a notes heading
(`typednotes.py`); with neither, its text is read as a text file is. Nothing
of the page's text is left out: a note no call points to stays where it
stands, as text.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import CorpusError
from ..version import __version__
from .formats import Parsed
from .htmltree import Element, declared_charset, parse_html, text_of
from .teinotes import note_number
from .typednotes import Raised, typed_notes
from .xmltext import Call, NoteText, Paragraph, build_text, distinct_label, relabel_problem
from ..patterns import compiled

_BLOCKS = frozenset("address article aside blockquote body caption center dd details dialog div dl dt fieldset "
                    "figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main ol p pre section summary table "
                    "tbody td tfoot th thead tr ul".split())
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_SPACES = compiled(r"[ \t\n\r\f]+")
# what a note's label looks like inside its call: a number, one or two letters, a Roman numeral, printers' symbols,
# bare or in brackets
_LABEL = compiled(r"[\[(]?\s*(\d{1,4}|[a-z]{1,2}|[ivxlc]{1,6}|[*†‡§¶#]{1,4})\s*[\])]?", re.I)
_NOTE_ROLES = ("doc-endnote", "doc-footnote", "footnote", "endnote", "rearnote", "note")
_META = {"citation_title": "title", "dc.title": "title", "og:title": "title", "citation_author": "author",
         "dc.creator": "author", "citation_publication_date": "year", "citation_date": "year", "dc.date": "year",
         "citation_journal_title": "journal", "citation_language": "language", "dc.language": "language"}


def read_html(path: Path, data: bytes) -> Parsed:
    r"""The paragraphs and headings of a web page, its linked notes, and where each is called.

    >>> page = (b'<html lang="hr"><body><h1>Tito</h1><p>Tito met Spaak.<a href="#fn1" id="r1"><sup>1</sup></a></p>'
    ...         b'<ol><li id="fn1">AJ, 507. <a href="#r1">&#8617;</a></li></ol></body></html>')
    >>> parsed = read_html(Path("a.html"), page)
    >>> parsed.text, parsed.marks, parsed.meta["language"]
    ('Tito\n\nTito met Spaak.1\n\n1 AJ, 507.\n', (NoteMark(note_no='1', start=21, end=22),), 'hr')
    """
    root = parse_html(decoded(path, data))
    meta = {"source_format": "html", "extractor": f"histkit html reader {__version__} (python stdlib)",
            **_page_meta(root)}
    return read_page(root, meta)


def read_page(root: Element, meta: dict) -> Parsed:
    """The text, regions and note marks of a page's tree (a web page's, or an e-book's chapters joined)."""
    body = next(root.iter("body"), root)
    calls = _calls(root)
    notes = _note_blocks(calls, body)
    problems: list = []
    if notes:
        paragraphs = _paragraphs(body, calls, set(map(id, notes.values())))
        texts, taken, labels = [], set(), {}
        back = set().union(*map(_keys, calls))  # what a note's link back to its call points to
        first_label: dict[int, str] = {}
        for label, target in calls.values():
            first_label.setdefault(id(target), label)
        # `*`, `†`, `a` … in place of numbers (Eliot's notes to The Waste Land, each `*`): numbered as a reader counts
        # them, the mark what the text prints (as `teinotes.by_symbols`)
        symbols = all(label and not note_number(label).isdecimal() for label in first_label.values())
        for target, block in notes.items():
            label = str(len(texts) + 1) if symbols else first_label[id(target)]
            new = distinct_label(label, taken)
            if new != label:
                problems.append(relabel_problem(label, new))
            taken.add(new)
            labels[id(target)] = new
            texts.append(NoteText(new, _note_text(block, back)))
        paragraphs = [Paragraph(zone, [Call(labels[id(p[1])], p[0] if symbols else None) if isinstance(p, tuple) else p
                                       for p in pieces]) for zone, pieces in paragraphs]
    else:
        numbers: list[int | None] = []
        zoned = _paragraphs(body, {}, set(), raised_sup=True, numbers=numbers)
        typed = typed_notes(zoned, [n is not None for n in numbers])
        # else the list's numbers are written as a browser shows them, for the text's layout to find the notes
        paragraphs, texts = typed if typed else ([Paragraph(z, [f"{n}. "] * (n is not None) + list(p))
                                                  for (z, p), n in zip(zoned, numbers)], [])
    text, regions, marks = build_text(paragraphs, texts)
    if not texts:  # no note the page marks: its layout is read from the text, as a text file's
        regions, marks = (), ()
    return Parsed(text, regions, marks, meta, tuple(problems))


def decoded(path: Path, data: bytes) -> str:
    """The page's text: by its byte-order mark, else the encoding it declares, else UTF-8, else Windows-1252."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="strict").lstrip("\ufeff")
    for codec in (declared_charset(data), "utf-8", "cp1252"):
        if codec:
            try:
                return data.decode(codec)
            except (UnicodeDecodeError, LookupError):
                continue
    raise CorpusError(path, "cannot be decoded as UTF-8 or Windows-1252 and declares no encoding Python knows; "
                            "save the page again as UTF-8")


def _calls(root: Element) -> dict[Element, tuple[str, Element]]:
    """Each link that calls a note, with its label and the element it points to."""
    targets: dict[str, Element] = {}
    for element in root.iter():
        for key in ("id", "name") if element.tag == "a" else ("id",):
            if element.attrs.get(key):
                targets.setdefault(element.attrs[key], element)
    order = {id(e): k for k, e in enumerate(root.iter())}
    found: dict[Element, tuple[str, Element]] = {}
    for link in root.iter("a"):
        href = link.attrs.get("href", "")
        label = _LABEL.fullmatch(text_of(link))
        target = targets.get(href[1:]) if href.startswith("#") else None
        if not label or target is None or target is link:
            continue
        declared = _role(link) in ("doc-noteref", "noteref") or _role(target) in _NOTE_ROLES
        # a note links back to its call; of two links pointing at each other, the call is the one read first
        back = _links_back(_block(target), _keys(link))
        if declared or (back and order[id(link)] < order[id(target)]):
            found[link] = (label.group(1), target)
    # a note called twice links back to one call only; the other call points to the same note
    called = {id(t) for _, t in found.values()}
    for link in root.iter("a"):
        href = link.attrs.get("href", "")
        label = _LABEL.fullmatch(text_of(link))
        if link not in found and label and href.startswith("#") and id(targets.get(href[1:])) in called:
            target = targets[href[1:]]
            if order[id(link)] < order[id(target)]:
                found[link] = (label.group(1), target)
    return found


def _role(element: Element) -> str:
    attrs = element.attrs
    return (attrs.get("role") or attrs.get("epub:type") or "").strip().lower()


def _keys(link: Element) -> set[str]:
    """The names a note's link back may point to: the call's id or name, or that of an element around it."""
    keys = {link.attrs.get("id", ""), link.attrs.get("name", "")}
    for outer in link.ancestors():
        if outer.tag in _BLOCKS:
            break
        keys.add(outer.attrs.get("id", ""))
    return keys - {""}


def _links_back(block: Element, keys: set[str]) -> bool:
    return any(a.attrs.get("href", "")[1:] in keys for a in block.iter("a") if a.attrs.get("href", "").startswith("#"))


def _block(element: Element) -> Element:
    """The element, or the nearest block around it."""
    if element.tag in _BLOCKS:
        return element
    return next((outer for outer in element.ancestors() if outer.tag in _BLOCKS), element)


def _note_blocks(calls: dict[Element, tuple[str, Element]], body: Element) -> dict[Element, Element]:
    """Each note's target and the block that holds the note, in the order the text first calls them."""
    targets = {id(t): t for _, t in calls.values()}
    first_calls = {}
    for link, (_, target) in calls.items():
        first_calls.setdefault(id(target), link)
    # how many notes' targets, calls and headings each element holds, counted once for the page
    held = _counts(body, set(targets), set(map(id, calls)))
    blocks: dict[Element, Element] = {}
    for target in targets.values():
        block = _block(target)
        while block.parent is not None and block.parent is not body and block.parent.tag not in ("html", "#document"):
            outer = held[id(block.parent)]
            if outer[0] > 1 or outer[1] or outer[2] > held[id(block)][2] or block.parent.tag in ("main", "article"):
                break
            block = block.parent
        if held[id(block)][1]:
            continue  # a "note" holding a call of the text is the text itself: not a note
        blocks[target] = block
    order = {id(link): k for k, link in enumerate(calls)}
    return dict(sorted(blocks.items(), key=lambda kv: order[id(first_calls[id(kv[0])])]))


def _counts(root: Element, targets: set[int], calls: set[int]) -> dict[int, list[int]]:
    """For each element, the targets, calls and headings inside it (itself included), in one walk."""
    held: dict[int, list[int]] = {}
    for element in reversed(list(root.iter())):  # every element after those inside it
        mine = [id(element) in targets, id(element) in calls, element.tag in _HEADINGS]
        for child in element.children:
            if isinstance(child, Element):
                mine = [a + b for a, b in zip(mine, held[id(child)])]
        held[id(element)] = mine
    return held


def _paragraphs(body: Element, calls: dict, skipped: set[int], raised_sup: bool = False,
                numbers: list[int | None] | None = None) -> list[tuple[str, list]]:
    """The page's paragraphs in reading order as (zone, pieces); a call is the piece (label, target).

    With ``raised_sup`` the words in `<sup>` are `Raised` (a number typed as a call); ``numbers`` gets, for each
    paragraph, the number a browser prints before it when it opens an item of a numbered list (`<ol><li>`), else None.
    """
    out: list[tuple[str, list]] = []
    current: list = []
    zone = ["body"]
    item: list[int | None] = [None]

    def flush() -> None:
        if current:
            out.append((zone[0], list(current)))
            if numbers is not None:
                numbers.append(item[0])
            item[0] = None
            current.clear()

    def walk(element: Element, raised: bool, pre: bool = False) -> None:
        counted = int(element.attrs["start"]) if element.attrs.get("start", "").isdigit() else 1
        for child in element.children:
            if isinstance(child, str):
                # white space shows as one space, as a browser shows it (not in `<pre>`, nor a no-break space)
                words = child if pre else _SPACES.sub(" ", child)
                if not pre and words.startswith(" ") and current and isinstance(current[-1], str) \
                        and current[-1].endswith(" "):
                    words = words[1:]
                current.append(Raised(words) if raised else words)
                continue
            if id(child) in skipped:
                flush()
                continue
            if child in calls:
                current.append((calls[child][0], calls[child][1]))
                continue
            if child.tag == "br":
                current.append(" ")
                continue
            block = child.tag in _BLOCKS
            if block:
                flush()
                outer, zone[0] = zone[0], "heading" if child.tag in _HEADINGS else zone[0]
                if child.tag == "li" and element.tag == "ol":
                    counted = int(child.attrs["value"]) if child.attrs.get("value", "").isdigit() else counted
                    item[0], counted = counted, counted + 1
            walk(child, raised or (raised_sup and child.tag == "sup"), pre or child.tag == "pre")
            if block:
                flush()
                zone[0] = outer

    walk(body, False)
    flush()
    return out


def _note_text(block: Element, back: set[str]) -> str:
    """A note's words, without its links back to the call (the label repeated, an arrow)."""
    parts: list[str] = []

    def walk(element: Element) -> None:
        for child in element.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag == "a" and child.attrs.get("href", "").startswith("#") and child.attrs["href"][1:] in back:
                continue
            elif child.tag == "br" or child.tag in _BLOCKS:
                parts.append(" ")
                walk(child)
                parts.append(" ")
            else:
                walk(child)

    walk(block)
    return " ".join("".join(parts).split())


def _page_meta(root: Element) -> dict:
    """Title, author, year, journal and language as the page's `<meta>` tags and `<html lang>` state them."""
    found: dict[str, str] = {}
    authors: list[str] = []
    for meta in root.iter("meta"):
        field = _META.get((meta.attrs.get("name") or meta.attrs.get("property") or "").lower())
        value = " ".join(meta.attrs.get("content", "").split())
        if not field or not value:
            continue
        if field == "author":
            authors.append(value)
        elif field == "year":
            year = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", value)
            found.setdefault("year", year.group(1)) if year else None
        else:
            found.setdefault(field, value)
    if authors:
        found["author"] = "; ".join(dict.fromkeys(authors))
    title = next(root.iter("title"), None)
    if "title" not in found and title is not None and text_of(title):
        found["title"] = text_of(title)
    html = next(root.iter("html"), None)
    if "language" not in found and html is not None and html.attrs.get("lang"):
        found["language"] = html.attrs["lang"].strip()
    return found
