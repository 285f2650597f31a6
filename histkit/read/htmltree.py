"""An HTML page as a tree of elements, built with the standard library's tolerant parser.

Journal pages and HTML saved by Word leave paragraphs and list items open
and write `<br>` without closing it; the tree closes them as browsers do,
well enough to tell which paragraph holds which words. Scripts, styles,
buttons and navigation hold no words of the article and are left out.

>>> page = parse_html("<p>Tito met Spaak.<sup>1</sup><p>Then he left.<script>x()</script>")
>>> [text_of(p) for p in page.iter("p")]
['Tito met Spaak.1', 'Then he left.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Iterator

_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# what a page shows that is no part of the article's text: code, styles, buttons, site navigation, pictures (not
# `<form>`: some sites wrap the whole page in one)
_DROP = frozenset("script style noscript template svg button select textarea nav iframe object canvas".split())
# an open paragraph ends where a block begins (as browsers close `<p>`)
_CLOSES_P = frozenset("address article aside blockquote div dl fieldset figure footer h1 h2 h3 h4 h5 h6 header hr "
                      "li main ol p pre section table ul".split())
_LISTS = frozenset("ol ul dl table".split())
_ITEMS = {"li": ("li",), "dt": ("dt", "dd"), "dd": ("dt", "dd"), "tr": ("tr",), "td": ("td", "th"), "th": ("td", "th")}


@dataclass(eq=False)
class Element:
    """An element: its tag, attributes, children (elements and strings) and parent."""

    tag: str
    attrs: dict[str, str]
    children: list = field(default_factory=list)
    parent: "Element | None" = field(default=None, repr=False)

    def iter(self, tag: str | None = None) -> Iterator["Element"]:
        """This element and those inside it, in document order; only ``tag`` ones when given."""
        stack = [self]
        while stack:
            element = stack.pop()
            if tag is None or element.tag == tag:
                yield element
            stack.extend(c for c in reversed(element.children) if isinstance(c, Element))

    def ancestors(self) -> Iterator["Element"]:
        element = self.parent
        while element is not None:
            yield element
            element = element.parent


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]
        self.dropped = 0  # depth inside an element left out

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if self.dropped:
            self.dropped += tag not in _VOID
            return
        if tag in _DROP:
            self.dropped = 1 if tag not in _VOID else 0
            return
        self._close_implied(tag)
        element = Element(tag, {k: v or "" for k, v in attrs}, parent=self.stack[-1])
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.dropped:
            self.dropped -= tag not in _VOID
            return
        if tag in ("body", "html"):
            return  # words after `</body>` are the body's, as browsers show them
        for k in range(len(self.stack) - 1, 0, -1):
            if self.stack[k].tag == tag:
                del self.stack[k:]
                return

    def handle_data(self, data: str) -> None:
        if not self.dropped:
            self.stack[-1].children.append(data)

    def _close_implied(self, tag: str) -> None:
        """Close what a new ``tag`` closes: an open paragraph before a block, the item before the next item."""
        if tag in _CLOSES_P:
            self._close_up_to(("p",), stop=_LISTS | {"div", "section", "article", "body"})
        if tag in _ITEMS:
            self._close_up_to(_ITEMS[tag], stop=_LISTS)

    def _close_up_to(self, tags: tuple[str, ...], stop: frozenset[str]) -> None:
        for k in range(len(self.stack) - 1, 0, -1):
            if self.stack[k].tag in tags:
                del self.stack[k:]
                return
            if self.stack[k].tag in stop:
                return


def parse_html(text: str) -> Element:
    """The page's tree; its root holds the `<html>` element (or the elements of a fragment)."""
    builder = _Builder()
    builder.feed(text)
    builder.close()
    return builder.root


def text_of(element: Element) -> str:
    """The words inside an element, white space squeezed."""
    parts: list[str] = []
    stack: list = [element]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
        elif item.tag == "br":
            parts.append(" ")
        else:
            stack.extend(reversed(item.children))
    return " ".join("".join(parts).split())


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The encoding a page's `<meta>` declares in its first bytes.

    >>> declared_charset(b'<meta http-equiv=Content-Type content="text/html; charset=windows-1252">')
    'windows-1252'
    """
    found = _CHARSET.search(data[:4096])
    return found.group(1).decode("ascii").lower() if found else None
