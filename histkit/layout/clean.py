"""The clean reading of a span of PDF text: lines joined, line-end hyphens repaired.

A hyphen at a line end is kept or dropped as the document itself writes the
word elsewhere (`left-right` or `leftright`), then by the word's form; the
block and note texts of a layout are read through `clean`.

>>> text = "The Yugoslav-\\nSoviet split, a sudden-\\nly changed world."
>>> clean(text, hyphen_rule(text))
'The Yugoslav-Soviet split, a suddenly changed world.'
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable

from ..text import keep_hyphen_by_form, plain_typography, unwrap, word_items
from ..patterns import compiled

# Word prefixes that keep their hyphen at a line end when the document says nothing.
_HYPHEN_PREFIXES = {"anti", "non", "self", "quasi", "semi"}
_HYPHEN_PAIRS = {("so", "called"), ("well", "known"), ("long", "term"), ("short", "term"), ("post", "war"),
                 ("pre", "war"), ("inter", "war"), ("left", "wing"), ("right", "wing"), ("one", "party")}
# From a word's start, with possessive runs: the same matches as `(\w+)-\n(\w+)` (a match never starts inside a
# word), but a long word is read once instead of once from each of its letters.
_LINE_END_HYPHEN = compiled(r"(?<!\w)(\w++)[-\u00ad][ \t]*+\n[ \t]*+(\w++)")
_PLAIN_WORD_OR_COMPOUND = compiled(r"\w++(?:-\w++)?")
_SPACES = compiled(r"[ \t]{2,}")
# the word after a URL broken at a dot goes on with a dot or slash of its own, as no sentence after a URL does
_URL_GOES_ON = compiled(r"[a-z0-9][^\s/.]*[/.][\w%~-]")
_QUOTES = "\"'«»“”<>"
_DOUBLED_WORD_START = "aeiouyl"  # the letters some words start doubled with (`llibre`, `aan`, `eerie`)
# the slash or dash first, so the search skips to each one in C; the look-behind then asks for a character before it
_SLASH_DASH_SPACE = compiled(r"[/–—](?<=.[/–—]) (?=.)")


def hyphen_rule(text: str) -> Callable[[str, str], bool]:
    """A `keep_hyphen(left, right)` that asks the document's other words first.

    >>> keep = hyphen_rule("The left-right split. The left-\\nright split.")
    >>> keep("left", "right"), keep("sudden", "ly")
    (True, False)

    A word the document writes only inside a compound is a word broken at a line end:

    >>> hyphen_rule("Zur Feuerversicherung. Versiche-\\nrung als Policey.")("Versiche", "rung")
    False
    """
    # the document's words are counted when a hyphen is first asked about: a text that breaks no word at a
    # line end (a Word or TEI file's paragraphs) never pays for it; the sorted words wait for a prefix question
    compounds: Counter | None = None
    counts: Counter = Counter()
    prefixes: set[str] = set()
    words: list[str] = []
    backwards: list[str] = []  # the words spelled backwards, sorted: the words ending so are found by bisection

    def has_prefix(stem: str) -> bool:
        if not words:
            words.extend(sorted(counts))
        return _one_begins(words, stem)

    def ends_a_word(word: str) -> bool:  # a compound's tail: `versicherung` in `feuerversicherung`
        if not backwards:
            backwards.extend(sorted(w[::-1] for w in counts))
        return _one_begins(backwards, word[::-1])

    linked: list[int] = []  # counted once, when first asked

    def linking() -> int:  # how many first parts of the document's compounds end in a linking `-o` (`catalano-`)
        if not linked:
            linked.append(sum(1 for c in prefixes if len(c) >= 5 and c[-1] == "o" and c.isalpha()))
        return linked[0]

    def keep(left: str, right: str) -> bool:
        nonlocal compounds, counts, prefixes
        if compounds is None:
            compounds, counts = _compounds_and_words(text)
            prefixes = {c.split("-", 1)[0] for c in compounds}
        low_l, low_r = left.lower(), right.lower()
        hyphened, joined = compounds.get(f"{low_l}-{low_r}", 0), counts.get(low_l + low_r, 0)
        if hyphened or joined:
            return hyphened >= joined
        if len(low_l) >= 4 and low_l in prefixes:
            return True
        joined = low_l + low_r
        if len(joined) >= 7 and len(low_r) >= 3 and (has_prefix(joined[:-2]) or ends_a_word(joined)):
            return False
        if keep_hyphen_by_form(left, right):
            return True
        if low_l in _HYPHEN_PREFIXES or (low_l, low_r) in _HYPHEN_PAIRS:
            return True
        if low_r[:1].isalpha() and low_r[:1] == low_r[1:2] and low_r[0] not in _DOUBLED_WORD_START:
            return False  # no word starts with a doubled consonant: `Montse-rrat` (Catalan and Spanish never part `rr`)
        if (len(low_l) >= 6 and low_l[-1] == "o" and left.islower() and len(low_r) >= 6 and linking() >= 3
                and has_prefix(low_r[:max(5, len(low_r) - 3)])):
            # the document joins adjectives by a linking `-o-` (`econòmico-social`), and the part after the
            # hyphen is a word of its own there (`politico-administratiu`): `jurídico-` + `administrativa`
            return True
        # Slavic adjective compounds: `Spoljno-političkoj`, `Srpsko-hrvatski`
        return left[:1].isupper() and len(left) >= 5 and left[-1] in "oe" and len(right) >= 4 and not low_l.startswith("jugo")

    return keep


def _one_begins(ordered: list[str], stem: str) -> bool:
    """Whether a string of the sorted ``ordered`` begins with ``stem`` (found by bisection)."""
    i = bisect.bisect_left(ordered, stem)
    return i < len(ordered) and ordered[i].startswith(stem)


def _compounds_and_words(text: str) -> tuple[Counter, Counter]:
    """How often each compound (`\\w+-\\w+`, as `findall` takes them) and each word (`\\w+`) stands in ``text``.

    Lower-cased, and without the words broken at a line end (`left-\\n right`),
    read whole or not: they are what the document leaves undecided.
    """
    if "\u0130" in text:  # `İ` lower-cases to two characters, one of them no word character: cut the broken words first
        counts = Counter(_PLAIN_WORD_OR_COMPOUND.findall(_LINE_END_HYPHEN.sub(" ", text).lower()))
    else:  # lower-casing keeps every other character a word character or not, so broken words are found after it
        # (the items of `word_items`, which the actors' languages read too: a copy, as the compounds are taken out)
        counts = Counter(word_items(text))
    compounds: Counter = Counter()
    for item in [w for w in counts if "-" in w or "\u00ad" in w]:
        n = counts.pop(item)
        if "\n" in item:
            continue  # a broken word
        compounds[item] = n
        left, right = item.split("-")
        counts[left] += n
        counts[right] += n
    return compounds, counts


def clean(raw: str, keep: Callable[[str, str], bool]) -> str:
    """The reading of a span: lines joined, hyphens repaired, ligatures and odd spaces made plain, runs of spaces made one.

    A line break right after a slash glued to its word or a dash between numbers
    (`84/` + `IX`, `1957–` + `1958`) leaves no space: the break fell inside one
    token. A slash standing apart (` //` before a book's title) is a token of its own.

    >>> clean("RG 84/\\nIX,  (1957–\\n1958) //\\nКомандири", hyphen_rule(""))
    'RG 84/IX, (1957–1958) // Командири'

    A URL broken after a dot goes on on the next line where that line's word
    holds a dot or slash of its own (the rest of a host or path):

    >>> clean("a http://arxiu.\\nvilanova.cat/fons i www.x.org.\\nles actes", hyphen_rule(""))
    'a http://arxiu.vilanova.cat/fons i www.x.org. les actes'
    """
    un = unwrap(raw, keep_hyphen=keep)
    text = un.text
    # most blocks have no slash or dash at all: `in` tells so faster than the pattern's search
    slashed = "/" in text or "–" in text or "—" in text
    drop = [] if not slashed else [
        i for i in (m.end() - 1 for m in _SLASH_DASH_SPACE.finditer(text))
        if "\n" in raw[un.origin(i):un.origin(i + 1)]
        and (text[i - 1] == "/" and _glued_slash(text, i - 1) or (i > 1 and text[i - 2].isdigit() and text[i + 1].isdigit()))
    ]
    if ". " in text and ("://" in text or "www." in text):
        drop = sorted(drop + _url_breaks(text, raw, un))
    if drop:
        text = "".join(text[a + 1:b] for a, b in zip([-1] + drop, drop + [len(text)]))
    text = plain_typography(text)
    # two spaces or a tab are all a run needs: `in` looks for them far faster than the pattern does
    return _SPACES.sub(" ", text) if "  " in text or "\t" in text else text


def _url_breaks(text: str, raw: str, un) -> list[int]:
    """The spaces of ``text`` that stand for a line break in a URL broken after a dot (`http://arxiumunicipal.` +
    `vilanovademar.cat/fons/…`): the word before is a URL, the word after goes on with a dot or slash.

    Each `. ` is looked at once, and only the word before it (a word holds no space): linear in the text.
    """
    out = []
    i = text.find(". ")
    while i >= 0:
        at = i + 1
        if i > 0 and text[i - 1].isalnum() and "\n" in raw[un.origin(at):un.origin(at + 1)]:
            start = max(text.rfind(" ", 0, i), text.rfind("\t", 0, i)) + 1
            word = text[start:i].lstrip("([" + _QUOTES)
            if (word.startswith(("http://", "https://", "www.")) and not any(q in word for q in _QUOTES)
                    and _URL_GOES_ON.match(text, at + 1)):
                out.append(at)
        i = text.find(". ", at)
    return out


def _glued_slash(text: str, i: int) -> bool:
    """Is the slash (or run of slashes) ending at ``text[i]`` glued to the word before it?"""
    while i > 0 and text[i] == "/":
        i -= 1
    return not text[i].isspace()
