"""Where a TEI note standing outside the paragraphs is called: the `<anchor/>` that TEI ties it to.

A note kept apart from the running text (in `back`, `standOff`, a
`listNote`) is called at an empty point of the text with an id, an
`<anchor/>`. TEI ties the two in several ways, all read here:

- the note's own ``@target`` names the point (where it names a passage's start
  and end, ``#a3s #a3``, the note is called once, where the passage ends);
- its ``@corresp`` names the point (as files linking each note back to its call do);
- an `<annotation>` holding the note names the point by its ``@target``;
- a `<link target="#a1 #n1"/>` (alone or in a `<linkGrp>`) pairs the point
  and the note, in either order: a link says which two belong together, not
  where in the text they stand.

A note tied to nothing of these (converters from Word or HTML often keep only
the printed number) is called where the text prints its number raised,
`<hi rend="superscript">3</hi>` (`raised_call`).
"""

from __future__ import annotations

from .teinotes import note_number
from .xmltext import local, squeeze

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def target_ids(value: str | None) -> list[str]:
    """The ids a TEI pointer attribute names, in its order (``#a1 #n1`` → ``['a1', 'n1']``); other URIs left out.

    >>> target_ids("#a1 #n1 https://example.org/x")
    ['a1', 'n1']
    """
    return [v[1:] for v in (value or "").split() if v.startswith("#")]


def is_point(element) -> bool:
    """Whether an element is an empty point of the text with an id (an `<anchor/>`): a place a note may be called."""
    return bool(element.get(XML_ID)) and local(element.tag) != "note" and len(element) == 0 and not element.text


class CallPoints:
    """The points of the text where the notes standing outside the paragraphs are called.

    >>> import xml.etree.ElementTree as ET
    >>> text = ET.fromstring('<text><body><p>Rome.<anchor xml:id="a1"/></p></body><back>'
    ...     '<note xml:id="n1">AS.</note><linkGrp><link target="#n1 #a1"/></linkGrp></back></text>')
    >>> CallPoints([text]).of(text[1][0], text[1])
    ['a1']
    """

    def __init__(self, scopes: list) -> None:
        elements = [e for scope in scopes for e in scope.iter()]
        self._points = {e.get(XML_ID) for e in elements if is_point(e)}
        self._place = {e.get(XML_ID): k for k, e in enumerate(elements) if e.get(XML_ID)}
        self._linked: dict[str, str] = {}  # id of what a link pairs with a point -> that point
        for link in (e for e in elements if local(e.tag) == "link"):
            ids = target_ids(link.get("target"))
            points = [i for i in ids if i in self._points]
            others = [i for i in ids if i not in self._points]
            if len(points) == 1 and len(others) == 1:  # a pair: a point and what is called there
                self._linked.setdefault(others[0], points[0])

    def of(self, note, parent) -> list[str]:
        """The id of the point where ``note`` (a child of ``parent``) is called: one id, or none where TEI ties it to none."""
        annotation = local(parent.tag) == "annotation"
        targets = target_ids(note.get("target")) or (target_ids(parent.get("target")) if annotation else [])
        if targets:  # a passage named by its start and end is called where it ends, the last of them in the text
            return sorted(targets, key=lambda t: self._place.get(t, -1))[-1:]
        corresp = [a for a in target_ids(note.get("corresp"))[:1] if a in self._points]
        held = [note.get(XML_ID)] + [parent.get(XML_ID)] * annotation
        linked = [self._linked[i] for i in held if i in self._linked]
        return corresp or linked[:1]


def raised_number(element) -> str:
    """The number a raised element prints (`<hi rend="superscript">3</hi>`, `<hi style="vertical-align:super">`), else "".

    >>> import xml.etree.ElementTree as ET
    >>> [raised_number(ET.fromstring(x)) for x in ('<hi rend="sup">3</hi>', '<hi rend="italic">3</hi>',
    ...                                             '<hi rend="superscript">th</hi>', '<hi rend="sup">[4]</hi>')]
    ['3', '', '', '4']
    """
    name = local(element.tag)
    style = " ".join(element.get(a) or "" for a in ("rend", "style", "rendition")).lower()
    if len(element) or not (name == "sup" or name in ("hi", "seg") and "sup" in style):
        return ""
    number = note_number(squeeze(element.text or "").strip())  # (`[3]`, `3)`: the number the marks set off)
    return number if number.isdigit() else ""


def raised_call(element, by_n: dict[str, list], untied: set[int], called) -> object | None:
    """The note outside the paragraphs, tied to no point, that a raised number calls: the next uncalled one with that
    ``@n`` (``by_n``: the notes by number; ``untied``: ids of the notes nothing ties to a point; ``called(note)``)."""
    number = raised_number(element)
    return next((n for n in by_n.get(number, []) if id(n) in untied and not called(n)), None) if number else None
