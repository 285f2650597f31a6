"""A short reference naming the note its work was cited in: `Luhmann (Fn. 3), 12`, `Smith, supra note 4, at 5`,
`Bauer, Repertorium (wie Anm. 1)`, `G. Majone, Rethinking the Union, note 8 above` (`note_reference`), whether a piece
is one (`short_note_reference`) and its authors, short title and pages (`read_note_reference`). Which reference it
repeats is `shortrefs.short_title_of`'s. The note words are data (``reference_words.csv``, kinds ``note``,
``note_lead`` and ``note_after``).
"""

from __future__ import annotations

import functools
import re

from .caseless import caseless_name
from .legal import commentary_author
from .names import is_connective, is_name, listed_persons
from ..dates import trie_alternation
from .words import LOWER, PAGE_MARK_SHAPE, UPPER, alternation, forms
from ..patterns import compiled


@functools.cache
def _note_reference() -> re.Pattern:
    # (as tries: the pattern is tried at each place of every literature citation)
    words = trie_alternation(forms("reference_words.csv", "note")).replace("\\ ", r"\s+")
    after = trie_alternation(forms("reference_words.csv", "note_after")).replace("\\ ", r"\s+")
    named = trie_alternation([w for w in forms("reference_words.csv", "note") if len(w.rstrip(".")) >= 2])  # (not `n. 2, s. 45`)
    firsts = sorted({"(", *(lead[:1] for lead in forms("reference_words.csv", "note_lead")),
                     *(word[:1] for word in forms("reference_words.csv", "note"))})
    leads = trie_alternation(forms("reference_words.csv", "note_lead")).replace("\\ ", r"\s+")
    # (where it can start, a bracket or a lead's first letter, in one look-ahead: `re` builds no prefix check for a
    # pattern in any case, and each place entered the three branches; none for a lead opening with a space)
    guard = "" if any(not first.strip() for first in firsts) else f"(?=[{''.join(map(re.escape, firsts))}])"
    # `(Fn. 3)`, `(wie Anm. 1)`, `(n. 2) 987`, `supra note 12`, `above, n. 4`: in brackets, or after supra and its kin
    # (its end a word's: not `Wien 1988` as `wie n 1988`); `…, note 8 above`, `…, n. 11 sopra`: after a comma, before
    # "above" (`note_after`) or a page (`Name, Fn. 20, S. 101`); or, in words no list holds, by shape (`_BRACKET_NOTE`)
    return compiled(rf"{guard}(?:\(\s*(?:(?:{leads})\s*)?(?:{words})|(?<!\w)(?:{leads})(?:(?<=\W)|(?=[\s,]))\s*,?\s*(?:{words})"
                    rf"|(?:(?<=,\s)|(?<=,))(?:(?:{words})(?=\s*\d{{1,4}}\s*,?\s*(?:{after})(?!\w))|(?:{named})(?=\s*\d{{1,4}}\s*,\s*(?:S|s|pp?)\.\s*\d))"
                    rf"|{_BRACKET_NOTE})\s*(?P<note>\d+)(?!\d)", re.IGNORECASE)


# A note named in words no list holds (`(לעיל, הערה 3)`, `(jak w przyp. 4)`): in brackets, two or three words in small
# letters or of a script without case ("above", "note"), a comma or a full stop after each if any, and the note's
# number closing the bracket; one word alone may be a volume's or an issue's (`(nr 3)`), and a capital's (`(Vol. XII,
# No 3)`) a journal's
_BRACKET_NOTE = rf"\((?=[^)]{{3,40}}\))(?-i:{LOWER}[^\W\d_]*\.?,?\s+){{1,2}}(?-i:{LOWER}[^\W\d_]*)\.?\s*(?=\d{{1,3}}\s*\))"


@functools.lru_cache(maxsize=16384)  # (asked of the same citation by several readers, one after another)
def note_reference(text: str) -> re.Match | None:
    """Where ``text`` names the note a work was cited in; group ``note`` is its number.

    >>> note_reference("Luhmann (Fn. 3), 12").group("note"), note_reference("Smith, supra note 14, at 5").group("note")
    ('3', '14')
    >>> note_reference("G. Majone, Rethinking the Union, note 8 above, 179-207").group("note")
    '8'
    >>> note_reference("Schmidt, Geschichte, Bd. 3, 12") is None
    True
    """
    return _note_reference().search(text)


def short_note_reference(piece: str) -> bool:
    """Whether ``piece`` is an author's name (and a short title) with the note the work was cited in.

    >>> short_note_reference("Bauer, Repertorium (wie Fn. 1), 15"), short_note_reference("Smith, supra note 4, at 52.")
    (True, True)
    >>> short_note_reference("See the discussion in note 4 above")
    False
    """
    found = note_reference(piece[:240])
    # (the quoted title may follow the names with no comma: `M. Eliantonio and T. Palonnitty ‘Title’ above fn 1`)
    return found is not None and not is_connective(piece.split(",", 1)[0]) and re.match(
        r"^[^\W\d_][^,;()]{1,60}(?:,\s*[^,;()]{2,160}|\s+[‘“„«][^;()]{2,200})?,?\s*$", piece[:found.start()]) is not None


#: The cited pages after a note reference: `, at 141–42`, `, S. 12`, `, Sp. 1593`, `, 18 ff.`
# (or a mark no list holds, by its shape: `עמ' 25`, `bls. 12`)
_PAGES_AFTER_NOTE = compiled(rf"^[\s,)]*(?:(?:{alternation('reference_words.csv', 'note_after')})(?!\w)[\s,.]*)?(?:at\s+)?(?P<pages>(?:(?:[SsPp]p?|Sp|str|с|стр)\.\s*|{PAGE_MARK_SHAPE})?\d+"
                               r"(?:\s*[–—-]\s*\d+)?(?:\s*f{1,2}\.?)?)")


#: One to four names joined by `&`, `/` or a word for "and" (`Harrow & Quill`, `Shapin und Schaffer`, `Staudinger/Hellweg`).
_NAMES = compiled(rf"[{UPPER}][^\W\d_]*[’'.-]?[^\W\d_]*(?:\s*(?:&|/|\s(?:{alternation('and_words.csv')})\s)\s*"
                    rf"[{UPPER}][^\W\d_]*[’'.-]?[^\W\d_]*){{0,3}}")


# the space between a name and the quote opening its title, when no comma parts them
_QUOTE_AFTER_NAME = compiled(r"(?<=[^\W\d_])\s+(?=[‘“„«])")


def read_note_reference(text: str, ref: dict) -> bool:
    """Fill ``ref`` from a note reference (`short_note_reference`): the name before it as the authors, the short title
    after the name's comma as the title, the cited pages after it; False (``ref`` untouched) if ``text`` is none.

    >>> ref = {}
    >>> read_note_reference("Kennan, Memoirs, supra note 1, 277–279", ref), ref
    (True, {'authors': 'Kennan', 'title': 'Memoirs', 'pages': '277–279'})
    >>> ref = {}
    >>> read_note_reference("Harrow & Quill, supra note 18, at 1020", ref), ref
    (True, {'authors': 'Harrow & Quill', 'title': '', 'pages': '1020'})

    A one-word title after the name is not a given name, and two authors joined by `&` or `and` are not a title.
    """
    cited = note_reference(text[:240])
    if cited is None or not short_note_reference(text):
        return False
    head = text[:cited.start()].strip(" ,")
    name, _, short = head.partition(",")
    if not short and (quote := _QUOTE_AFTER_NAME.search(head)):  # (`M. Eliantonio ‘Title’ above fn 1`: no comma)
        name, short = head[:quote.start()], head[quote.end():]
    persons = listed_persons(head)  # (`B Morgan, K Yeung (n 4)`, `B. Morgan and K. Yeung, supra note 4`: no title)
    if persons:
        name, short = head, ""
    # (`For the differences … in detail, Siciliano (Fn. 3)`: prose; a script without case has its names by their shape)
    # (a full name before a short title, `George F. Kennan, Memoirs`; alone it may be a short title, `Gbagbo Appeals
    # Decision, supra note 4`; nor is it when a quoted title goes on after its quote, `« Titre » dans Éditeurs`)
    if not (persons or _NAMES.fullmatch(name.strip()) or caseless_name(name.strip())
            or is_name(name.strip()) and short.strip() and not re.search(r"[»”’\"]\s+[^\W\d_]", short)):
        return False
    pages = _PAGES_AFTER_NOTE.match(text[cited.end():])
    ref.update(authors=commentary_author(name.strip()), title=short.strip(), pages=pages.group("pages") if pages else "")
    return True
