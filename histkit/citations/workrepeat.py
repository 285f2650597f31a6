"""A work cited again by its author and short title alone, with no page: `Kennedy, Rise and Fall of the Great Powers.`

Chicago's and MHRA's short form of a work cited before is the author's surname and a short title, with the page
where one is cited; with none, the note is a surname, a comma and a few capitalised words, which the splitter
cannot tell from a remark (`Smith, however, disagrees.`) by its shape, and had left out. It is a citation where the
document has cited that author's work before under a title whose first words those are (a leading article, its
punctuation and words of one or two letters aside: `Sécurité, territoire et population` for `Sécurité, territoire,
population. Cours au Collège de France`).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..patterns import compiled
from .words import alternation

_SHAPE = compiled(r"\s*(?P<author>[^\W\d_][^,;:()\d]{0,40}),\s+(?P<title>[^\W\d_][^;:()]{2,120}?)\s*\.?\s*")
_WORD = compiled(r"[^\W\d_]{3,}")
_ARTICLES = frozenset("the der die das la le les il lo el los las een het".split())
_ANY_WORD = compiled(r"[^\W\d_]+")
# what may follow the short title: pages, volumes and the marks for them, a roman page or volume, `cit.`, `e`, `f.`
_LOCATOR = compiled(r"(?:[\s\d,.;:()\[\]–—/-]|\b(?:[ivxlcIVXLC]{1,7}|ff?)\b)*")


def repeats_work(text: str, references: list[tuple[str, dict]]) -> bool:
    """Whether ``text`` is an author's surname and the first words of a title of theirs among ``references`` (the
    document's (label, reference) so far), and nothing else.

    >>> earlier = [("3:1", {"authors": "P. Kennedy", "title": "The Rise and Fall of the Great Powers: Economic Change"})]
    >>> repeats_work("Kennedy, Rise and Fall of the Great Powers.", earlier)
    True
    >>> repeats_work("Kennedy, however, disagrees.", earlier), repeats_work("Smith, Rise and Fall.", earlier)
    (False, False)
    >>> repeats_work("Kennedy, Rise and Fall.", [("1:1", {"authors": "", "title": "P. Kennedy",
    ...                                                    "raw": "P. Kennedy, The Rise and Fall of the Great Powers"})])
    True
    """
    shape = _SHAPE.fullmatch(text)
    if shape is None or not shape.group("title")[0].isupper():
        return False
    surname = _fold(shape.group("author").split()[-1])
    words = _words(shape.group("title"))
    if len(words) < 2:
        return False
    for _, ref in reversed(references):
        if surname in _author_words(str(ref.get("authors") or "")):
            full = _title_words(str(ref.get("title") or ""))
            if full[:len(words)] == words:
                return True
        # (or as printed, where the rules read its author or title amiss: the surname among its first words, the
        # title's words after it in a row)
        printed = _raw_words(str(ref.get("raw") or ""))
        if surname in printed[:4]:
            after = printed[printed.index(surname) + 1:]
            after = after[1:] if after[:1] and after[0] in _ARTICLES else after
            if after[:len(words)] == words:
                return True
    return False


def cited_again(text: str, references: list[tuple[str, dict]]) -> bool:
    """Whether ``text`` is a work cited before: by its author and the first words of its title alone (`repeats_work`),
    or as the earlier reference printed its authors and title, a locator after them (`work_again`: `Daintith and Page,
    The Executive in the Constitution: Structure, Autonomy and Internal Control, 254`, which the splitter, finding no
    shape of a short form in it, had left as a remark)."""
    return repeats_work(text, references) or work_again(text, references) is not None


def _words(title: str) -> list[str]:
    words = [_fold(w) for w in _WORD.findall(title)]
    return words[1:] if words[:1] and words[0] in _ARTICLES else words


def _fold(word: str) -> str:
    if word.isascii():  # (no ASCII letter decomposes, and its case folds to ASCII: the loop below changes nothing)
        return word.casefold()
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


# (each earlier reference's folded words, kept: `repeats_work` and `_title_again` read every reference of the document
# so far again for each remark the splitter asks about; lists read only, never changed)
@functools.lru_cache(maxsize=4096)
def _author_words(authors: str) -> frozenset[str]:
    return frozenset(_fold(w) for w in authors.replace(",", " ").split())


@functools.lru_cache(maxsize=4096)
def _title_words(title: str) -> list[str]:
    return _words(title)


@functools.lru_cache(maxsize=4096)
def _raw_words(raw: str) -> list[str]:
    return [_fold(w) for w in _WORD.findall(raw)]


@functools.cache
def _locator_words() -> re.Pattern:
    """The words of a locator: page, volume and following-pages marks, op. cit. words, `here`, words for "and"."""
    kinds = ("page_mark", "volume", "following_pages", "op_cit", "op_cit_book", "op_cit_article", "cited_mark", "here")
    words = "|".join(alternation("reference_words.csv", kind) for kind in kinds)
    return compiled(rf"(?<![^\W\d_])(?:{words}|{alternation('and_words.csv')})(?![^\W\d_])", re.IGNORECASE)


def work_again(text: str, references: list[tuple[str, dict]]) -> dict | None:
    """``text`` as a work cited before, by its author(s) and the first words of its title as the earlier reference
    printed them, then at most a locator: pages, a volume, `cit.` (``references``: the document's (label, reference)
    so far). The reading: the authors and short title as printed, the pages, and ``ref_of``, the full reference's
    label; None for anything else.

    >>> earlier = [("12:1", {"authors": "R. Millington", "title": "State, Society and Memories of the Uprising",
    ...                      "raw": "R. Millington, State, Society and Memories of the Uprising (Basingstoke, 2014), 1."})]
    >>> found = work_again("Millington, State, Society and Memories, p. 124.", earlier)
    >>> found["authors"], found["title"], found["pages"], found["ref_of"]
    ('Millington', 'State, Society and Memories', 'p. 124', '12:1')
    >>> work_again("Millington, State, Society and Memories were studied.", earlier) is None
    True

    Titles may hold commas and authors be several (`Eisenfeld, Kowalczuk and Neubert, Die verdrängte Revolution,
    pp. 12–14`), where the shapes of a short form read by itself (`shortrefs.short_title`) take the second name for
    the title; the earlier reference's printed words tell the names from the title.
    """
    if "," not in text:
        return None
    words = ((m, _fold(m.group())) for m in _WORD.finditer(text) if not _is_locator_word(text, m))
    first = next(words, None)
    # (an earlier reference is passed at its first test, its authors' words, unless the first of these words is one of
    # them: asked before the other words are read, which a remark of a long note has many of)
    if first is None or not any(first[1] in _name_words(str(ref.get("authors") or "")) for _, ref in references):
        return _title_again(text, references)
    mine = [first, *words]
    if len(mine) < 3:
        return None
    for label, ref in reversed(references):
        found = _printed_again(text, mine, ref)
        if found is not None:
            return dict(found, ref_of=ref.get("ref_of") or label)
    return None


@functools.lru_cache(maxsize=4096)
def _name_words(authors: str) -> frozenset[str]:
    return frozenset(_fold(w) for w in _ANY_WORD.findall(authors))


@functools.lru_cache(maxsize=4096)
def _printed_words(raw: str) -> list[str]:
    """The folded words of an earlier reference as printed, its locators' words left out (kept: asked per citation)."""
    return [_fold(m.group()) for m in _WORD.finditer(raw) if not _is_locator_word(raw, m)]


def _is_locator_word(text: str, word: re.Match) -> bool:
    """Whether ``word`` of ``text`` is a locator's (`cit.` with its full stop, `pp.`, `vol.`, `and`)."""
    found = _locator_words().match(text, word.start())
    return found is not None and found.end() >= word.end()


def _printed_again(text: str, mine: list, ref: dict) -> dict | None:
    """`work_again` against one earlier reference: its authors' words, then its title's, as it printed them."""
    authors = str(ref.get("authors") or "")
    if mine[0][1] not in _name_words(authors):  # (asked first: most references of a document are another author's)
        return None
    printed = _printed_words(str(ref.get("raw") or ""))
    # (a name after a comma alone is a misread title's word, `R. Millington, State`, or a given name after the surname)
    names = {_fold(m.group()) for m in _ANY_WORD.finditer(authors) if not re.search(r",\s*$", authors[:m.start()])}
    if not printed or mine[0][1] not in printed[:4]:
        return None
    at, k, authors_end = printed.index(mine[0][1]), 0, None
    while k < len(mine) and at < len(printed):
        if mine[k][1] == printed[at]:
            if authors_end is None and mine[k][1] not in names:
                authors_end = k  # the first word no name of the authors: the title's
            k, at = k + 1, at + 1
        elif printed[at] in _ARTICLES or printed[at] in names and authors_end is None:
            at += 1  # (`The Rise and Fall` cited as `Rise and Fall`; a co-author the short form leaves out)
        else:
            break
    if authors_end is None or k < len(mine) or k - authors_end < 2:
        return None  # (every word of ``text`` but its locator's is the earlier reference's, two of them its title's)
    end = mine[-1][0].end()
    if not _LOCATOR.fullmatch(_locator_words().sub(" ", text[end:])):
        return None
    comma = text.rfind(",", 0, mine[authors_end][0].start())
    if comma < 0:
        return None
    return {"authors": text[:comma].strip(" ,;"), "title": text[comma + 1:end].strip(" ,'‘’\"“”"),
            "pages": _cited_pages(text[end:])}


def _title_again(text: str, references: list[tuple[str, dict]]) -> dict | None:
    """``text`` as a work with no author cited again by its short title and a locator (`Annales Stadenses, p. 343`,
    `Chronicon de Bruerne, ii. 140` for `Chronicon monasterii de Bruerne`, `Chronicon Parmense, cit., p. 60`): two
    words or more, the first the earlier title's first, all of them its words in their order.

    >>> earlier = [("5:1", {"authors": "T. W. Halsey", "title": "Chronicon monasterii de Bruerne"})]
    >>> _title_again("Chronicon de Bruerne, ii. 140.", earlier)
    {'authors': '', 'title': 'Chronicon de Bruerne', 'pages': 'ii. 140', 'ref_of': '5:1'}
    >>> _title_again("Chronicon of a rival house, ii. 140.", earlier) is None
    True
    """
    head, _, rest = text.partition(",")
    title = head.strip(" '‘’\"“”")
    mine = _words(title)
    if len(mine) < 2 or not title[:1].isupper():
        return None
    # (the earlier titles asked before the locator: the locator words' pattern, tried at every character of the rest,
    # was the dear part, and most texts repeat no title; either failing gives None, so the order changes no answer)
    for label, ref in reversed(references):
        full = _title_words(str(ref.get("title") or ""))
        if full[:1] == mine[:1] and _in_order(mine, full):
            if not _LOCATOR.fullmatch(_locator_words().sub(" ", rest)):
                return None
            return {"authors": "", "title": title, "pages": _cited_pages(rest), "ref_of": ref.get("ref_of") or label}
    return None


def _in_order(words: list[str], full: list[str]) -> bool:
    """Whether ``words`` are words of ``full`` in their order (others may stand between them)."""
    remaining = iter(full)
    return all(word in remaining for word in words)


@functools.cache
def _op_cit_words() -> re.Pattern:
    kinds = ("op_cit", "op_cit_book", "op_cit_article", "cited_mark")
    words = "|".join(alternation("reference_words.csv", kind) for kind in kinds)
    return compiled(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])\.?", re.IGNORECASE)


def _cited_pages(locator: str) -> str:
    """The pages a locator cites, its op. cit. word left out: `, cit., p. 31` → `p. 31`, `, cit.` → ``."""
    return _op_cit_words().sub("", locator).strip(" ,.;")
