"""Reading an e-book (.epub): its chapters in reading order, and notes linked to their calls across chapter files.

An EPUB is a ZIP of XHTML files. `META-INF/container.xml` names the package
file, whose spine lists the chapters in reading order and whose metadata
gives title, authors, language and date. A book's notes often stand in a
file of their own (``notes.xhtml#n12``) or in an `<aside epub:type="footnote">`
after the paragraph; the chapters are joined into one page, each element's
id and each link named with its file, and read as a web page is
(`html.read_page`): a note is what a call links to and what links back to
it, or what the book marks as a note. A book locked by DRM (its chapters
encrypted) is refused with what to do.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path
from urllib.parse import unquote

from ..errors import CorpusError
from ..version import __version__
from .formats import Parsed
from .html import decoded, read_page
from .htmltree import Element, parse_html
from .xmltext import local, open_zip, parse_xml, squeeze, zip_part
from ..patterns import compiled

_RESAVE = "export it again as EPUB from the program that made it (or save it as .docx or .pdf) and load it again"
_SCHEME = compiled(r"[a-z][a-z0-9+.-]*:", re.I)
# what font obfuscation (not DRM) writes in encryption.xml: the fonts are mangled, the text is not
_FONT_ALGORITHMS = ("http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC")
_PAGES = ("application/xhtml+xml", "text/html")


def read_epub(path: Path, data: bytes) -> Parsed:
    r"""The chapters of an e-book as one text, with its notes at their calls.

    >>> import io, zipfile
    >>> opf = ('<package xmlns="http://www.idpf.org/2007/opf" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    ...        '<metadata><dc:title>Tito</dc:title></metadata><manifest>'
    ...        '<item id="c" href="c.xhtml" media-type="application/xhtml+xml"/>'
    ...        '<item id="n" href="n.xhtml" media-type="application/xhtml+xml"/></manifest>'
    ...        '<spine><itemref idref="c"/><itemref idref="n" linear="no"/></spine></package>')
    >>> book = io.BytesIO()
    >>> with zipfile.ZipFile(book, "w") as z:
    ...     z.writestr("mimetype", "application/epub+zip")
    ...     z.writestr("META-INF/container.xml", '<container><rootfiles><rootfile full-path="p.opf"/></rootfiles></container>')
    ...     z.writestr("p.opf", opf)
    ...     z.writestr("c.xhtml", '<html><body><p>Tito met Spaak.<a href="n.xhtml#n1" id="r1">1</a></p></body></html>')
    ...     z.writestr("n.xhtml", '<html><body><p id="n1"><a href="c.xhtml#r1">1.</a> AJ, 507.</p></body></html>')
    >>> parsed = read_epub(Path("a.epub"), book.getvalue())
    >>> parsed.text, parsed.meta["title"]
    ('Tito met Spaak.1\n\n1 AJ, 507.\n', 'Tito')
    """
    archive = open_zip(path, data, ".epub", _RESAVE)
    names = set(archive.namelist())
    package = _package_name(path, archive, names)
    opf = parse_xml(path, zip_part(path, archive, package, _RESAVE), f"the package file ({package})", _RESAVE)
    chapters = _spine(opf, posixpath.dirname(package), names)
    if not chapters:
        raise CorpusError(path, f"has no chapters in its spine ({package}); {_RESAVE}")
    _refuse_drm(path, archive, names, set(chapters))
    root = Element("#document", {})
    html = Element("html", {}, parent=root)
    body = Element("body", {}, parent=html)
    root.children.append(html)
    html.children.append(body)
    for name in chapters:
        page = parse_html(decoded(path, zip_part(path, archive, name, _RESAVE)))
        _name_links(page, name)
        chapter = Element("section", {}, parent=body)
        inner = next(page.iter("body"), page)
        for child in inner.children:
            if isinstance(child, Element):
                child.parent = chapter
            chapter.children.append(child)
        body.children.append(chapter)
    meta = {"source_format": "epub", "extractor": f"histkit epub reader {__version__} (python stdlib)",
            **_book_meta(opf)}
    return read_page(root, meta)


def _package_name(path: Path, archive: zipfile.ZipFile, names: set[str]) -> str:
    """The package file the container names, else the only .opf in the book."""
    if "META-INF/container.xml" in names:
        found = zip_part(path, archive, "META-INF/container.xml", _RESAVE)
        container = parse_xml(path, found, "META-INF/container.xml", _RESAVE)
        found = next((e.get("full-path") for e in container.iter() if local(e.tag) == "rootfile"), None)
        if found:
            return found
    opfs = sorted(n for n in names if n.lower().endswith(".opf"))
    if len(opfs) != 1:
        raise CorpusError(path, f"names no package file (META-INF/container.xml, one .opf): not an EPUB; {_RESAVE}")
    return opfs[0]


def _spine(opf, folder: str, names: set[str]) -> list[str]:
    """The chapter files in reading order: the spine's, those it marks non-linear (notes, often) included."""
    items = {e.get("id"): e for e in opf.iter() if local(e.tag) == "item"}
    chapters = []
    for ref in (e for e in opf.iter() if local(e.tag) == "itemref"):
        item = items.get(ref.get("idref"))
        if item is None or item.get("media-type", "application/xhtml+xml") not in _PAGES:
            continue
        name = posixpath.normpath(posixpath.join(folder, unquote(item.get("href", ""))))
        if name in names and name not in chapters:
            chapters.append(name)
    return chapters


def _refuse_drm(path: Path, archive: zipfile.ZipFile, names: set[str], chapters: set[str]) -> None:
    if "META-INF/encryption.xml" not in names:
        return
    listed = parse_xml(path, zip_part(path, archive, "META-INF/encryption.xml", _RESAVE), "META-INF/encryption.xml",
                       _RESAVE)
    for data in (e for e in listed.iter() if local(e.tag) == "EncryptedData"):
        method = next((m.get("Algorithm", "") for m in data.iter() if local(m.tag) == "EncryptionMethod"), "")
        uri = next((r.get("URI", "") for r in data.iter() if local(r.tag) == "CipherReference"), "")
        if method not in _FONT_ALGORITHMS and unquote(uri) in chapters:
            raise CorpusError(path, "is locked by DRM (its chapters are encrypted), so its text cannot be read; "
                                    "use a copy without DRM, or the publisher's PDF")


def _name_links(page: Element, name: str) -> None:
    """Each id named with its file (``n.xhtml#n1``), and each link to a place in the book pointed so."""
    folder = posixpath.dirname(name)
    for element in page.iter():
        attrs = element.attrs
        for key in ("id", "name") if element.tag == "a" else ("id",):
            if attrs.get(key):
                attrs[key] = f"{name}#{attrs[key]}"
        href = attrs.get("href", "") if element.tag == "a" else ""
        if not href or _SCHEME.match(href):
            continue
        file, _, place = href.partition("#")
        if place:
            target = posixpath.normpath(posixpath.join(folder, unquote(file))) if file else name
            attrs["href"] = f"#{target}#{place}"


def _book_meta(opf) -> dict:
    """Title, authors, language and year as the package's Dublin Core metadata states them."""
    found: dict[str, str] = {}
    authors = []
    for element in opf.iter():
        name, value = local(element.tag), squeeze("".join(element.itertext()))
        if not value:
            continue
        if name == "creator":
            authors.append(value)
        elif name in ("title", "language"):
            found.setdefault(name, value)
        elif name == "date" and (year := re.search(r"\b(1[5-9]\d\d|20\d\d)\b", value)):
            found.setdefault("year", year.group(1))
    if authors:
        found["author"] = "; ".join(dict.fromkeys(authors))
    return found
