"""What stands before a reference's author and is no part of it: `Für ein berühmtes Beispiel: Hannah Arendt, …`,
`für das Unionsrecht Schrammel, …`, `Za Zagreb gl. Vesna Kovačić, …` (a lead word that opens the reference is cut
before, by `without_lead_in`).

A person's name begins with a capital or a particle (`von`, `de`); the words before the author, up to a colon, to a
capital after words in small letters, or to a lead word (``see_also.csv``, ``reference_words.csv`` kinds ``lead``
and ``lead_after_words``), are cut when a name and a comma follow them and they are not part of that name.
"""

from __future__ import annotations

import functools
import re
from typing import Callable

from .gost import is_gost, opens_with_authors
from .namestop import inverted_head, name_stop
from .notetext import split_commas
from .partedforms import list_forms_parted
from .repeatshape import repeat_word
from .words import LOWER, UPPER, YEAR, alternation
from ..patterns import compiled

_AND_END = compiled(rf"(?:^|\s)(?:{alternation('and_words.csv')}|&)\s+$")
_WORD = r"[^\W\d_]+(?:['’][^\W\d_]+)?"
_SHORT_END = compiled(r"(?:^|\s)[^\W\d_]{1,3}\s+$")  # (a lead ending in a word of three letters or fewer, no dot)
_BEFORE_COLON = compiled(r":\s.*$")  # what follows the colon after a name: `Wendler: Wohnungsnot (wie Anm. 1)`
_SMALL_WORD = rf"{LOWER}[^\W\d_]*(?:['’][^\W\d_]+)?"
# a clause of prose, its words after the first in small letters, and its comma, before a bibliography's name
_PROSE_COMMA = compiled(rf"^{_WORD}(?:\s+{_SMALL_WORD}){{2,14}},\s+(?=[{UPPER}])")
# `Breandán Mac Giolla Chomhghaill (eag.)`: an editor's mark after the name, a listed word or a short one in small
# letters with its full stop in brackets (as `containers.EDITOR_WORD`), is no part of the name
_ROLE_END = compiled(rf"\s*\((?:{alternation('reference_words.csv', 'role_bracket')}|(?-i:{LOWER}{{2,6}}))\.?\)$",
                       re.IGNORECASE)


# `Bkz. Name, …`, `Porov. NAME, Forename.`: a capitalised abbreviation of two to five letters opening a reference (and a
# word in small letters after it, `Pozri aj`, `Srov. zejména`; a colon, `Див.:`), then a capital: a lead word no list holds;
# or one in small letters, as it opens the second reference of a note (`…; bkz. Name, …`, `…· πρβλ. Name, …`), after a
# word that qualifies it (`ayrıca bkz.`, `Plačiau žr.`); not before a volume's Roman number (`vol. II`)
_LEAD_ABBREVIATION = compiled(rf"^(?:[{UPPER}]{LOWER}{{1,4}}\.(?:\s+{LOWER}{{1,8}})?|(?:[^\W\d_]{{2,12}}\s+)?{LOWER}{{2,5}}\.)"
                                rf":?\s+(?=[{UPPER}])(?![IVXLC]+\b)")


def lead_abbreviation(text: str) -> re.Match | None:
    """An abbreviation that may be a lead word no list holds, opening ``text`` before a capital.

    >>> lead_abbreviation("Qrz. Osman Kaya, Köy ve Kent").group(), lead_abbreviation("Osman Kaya, Köy ve Kent")
    ('Qrz. ', None)
    >>> lead_abbreviation("ayrıca qrz. Kaya, a.g.e., s. 4").group(), lead_abbreviation("vol. II, Zagreb 1990")
    ('ayrıca qrz. ', None)
    """
    return _LEAD_ABBREVIATION.match(text)


@functools.cache
def _leads_before_name() -> tuple[re.Pattern, ...]:
    # (parted by their first letters, `partedforms`: re tried the lists' forms one by one after each word before a name)
    leads = list_forms_parted(("see_also.csv",), ("reference_words.csv", "lead"), ("reference_words.csv", "lead_after_words"))
    return (
        # (the words before a colon are letters only: `Нариси історії … – Львів: Світ, 1996` is a GOST imprint)
        # (or an abbreviation before it, `Детальніше про це див.:`)
        compiled(rf"^(?:{_WORD}\s+){{0,7}}{_WORD}\.?:\s+(?=[{UPPER}])"),
        # (a sentence of prose, commas inside it, every word after the first in small letters: `It is true that,
        # without development, there is hardly true self-determination: W.A. Schabas, …`, `Similarly in, among others:`)
        compiled(rf"^{_WORD}\s+{_SMALL_WORD}(?:-{_SMALL_WORD})?(?:,?\s+{_SMALL_WORD}(?:-{_SMALL_WORD})?){{1,15}}:\s+(?=[{UPPER}])"),
        # `Sull'armistizio e le sue clausole resta utile Pietro Melandri, …`
        # (or a longer sentence: `Economics was brilliantly analysed with reference to philosophy of science by D.M.
        # Hausmann, …`)
        compiled(rf"^(?:{_WORD}\s+)?(?:{_SMALL_WORD}\s+){{1,14}}(?=[{UPPER}])"),
        # `Ikus, halaber, Mikel Goñi Ansa, …` ("see, also,"): one word, then words in small letters set off by commas
        compiled(rf"^{_WORD},\s+(?:{_SMALL_WORD}\s+){{0,2}}{_SMALL_WORD},\s+(?=[{UPPER}])"),
        # `See, for the old state of the law, A.V. Freeman, …`: a lead word, then a clause in small letters set off by commas
        compiled(rf"^(?i:{leads}),\s+(?:{_SMALL_WORD}\s+){{1,10}}{_SMALL_WORD},\s+(?=[{UPPER}])"),
        # `Za Zagreb gl. Vesna Kovačić, …`, `O beogradskim liberalima v. Latinka Perović, …`
        compiled(rf"^(?:{_WORD}\s+){{1,10}}(?:{leads})\s+(?=[{UPPER}])"),
        # `Sur l'héritage du Code civil de 1804 en Afrique, v. A. Cissé-Dramé, …`: the French house's subject before a
        # comma and `v.` ("see"), a year among its words
        compiled(rf"^(?:{_WORD}|\d{{1,4}})(?:\s+(?:{_WORD}|\d{{1,4}})){{1,14}},\s+(?:{leads})\s+(?=[{UPPER}])"),
        # `Lord Palmerston: “The balance of power” (1864), citado por Evans Luard: …, 1993`: the document quoted,
        # whatever its punctuation, before a word for "quoted in" (`see_also.csv` kind `quoted_in`); the work quoting it,
        # named with its year, is the reference (not the short name after ABNT's `apud`, `…, 1992, p. 17 apud BIANCHI`)
        compiled(rf"^[^;]{{1,300}}?\s(?:{alternation('see_also.csv', 'quoted_in')})\s+(?=[{UPPER}][^;]*?{YEAR})"),
        _LEAD_ABBREVIATION,  # (`Qrz. Osman Kaya, …`, but not `Jos. Schmidt, …`: the words and the name are one name)
    )


def _joins_names(lead: str) -> bool:
    """Whether ``lead`` ends in a word for "and" after a name, joining it to the name after (`Brezovar in Ferlan`); not
    after a word in small letters, where the word is prose's (`the listing of requests in M. Dawson`: English "in",
    Slovene's "and"), before a name of two words or more (a word alone after prose's "in" is as often a town's:
    `officers in Tulsa, Oklahoma`).

    >>> _joins_names("Brezovar in "), _joins_names("the listing of requests in "), _joins_names("und ")
    (True, False, True)
    >>> _joins_names("dare torto a ")
    True
    """
    found = _AND_END.search(lead)
    before = lead[:found.start()].split()[-1:] if found else []
    # (a word of one letter is as often a preposition: Italian `dare torto a B. Croce`, Czech's "and")
    return found is not None and (not before or not before[0][:1].islower() or len(found.group().strip()) < 2)


def without_words_before_name(text: str, is_name: Callable[[str], bool]) -> str:
    """``text`` without the words before its author (``is_name`` tells a name), unless they and the author are one
    name (`von Weizsäcker`, `Kovács István: Cím`).

    >>> def capitals(words): return all(w[:1].isupper() for w in words.split()[:3])
    >>> without_words_before_name("Für ein Beispiel: Hannah Arendt, Menschenrecht", capitals)
    'Hannah Arendt, Menschenrecht'
    >>> without_words_before_name("Kovács István: Cím, Budapest", capitals)
    'Kovács István: Cím, Budapest'
    >>> without_words_before_name("Zum Folgenden: Wendler: Wohnungsnot (wie Anm. 1), S. 50", capitals)
    'Wendler: Wohnungsnot (wie Anm. 1), S. 50'
    """
    prose = _PROSE_COMMA.match(text)  # (`Sobre la libertad de establecimiento, Craig, Paul y De Burca, Grainne. EU Law. …`)
    if prose and inverted_head(text[prose.end():]):
        return text[prose.end():]
    for pattern in _leads_before_name():
        lead = pattern.match(text)
        if lead is None:
            continue
        rest = text[lead.end():]
        if _gost_after(text, rest):  # `Див.: Климкович В. Кооперативний рух … – Львів, 2003`
            return rest
        if _name_stop_after(text, lead.group(), rest):  # `Vt ka Friedrich Lilienthal. Pealkiri. Tartu: …`
            return rest
        parts = split_commas(rest)
        # (the name before a colon in the colon styles: `Zum Folgenden: Wendler: Wohnungsnot (wie Anm. 1), S. 50`)
        name = _BEFORE_COLON.sub("", parts[0]) if parts else ""
        if name != (parts[0] if parts else "") and not re.search(r"[^\W\d_]{2}$", name):
            name = parts[0]  # (`Zadruge. V: Zbornik`: a container's word, one letter, before the colon: no name)
        colon = name != (parts[0] if parts else "")  # (the name stood before a colon: the lead is no part of it)
        name = _ROLE_END.sub("", name)
        if pattern is _LEAD_ABBREVIATION and lead.group()[:1].islower() and name != parts[0]:
            continue  # (`ifj. Kiss Ferenc: Vásárok`: a small abbreviation before a name and its colon is the name's)
        # (a title or a year after the name, not a word in small letters: `…a letter to Jennie Lee, quoted in …`; and
        # not a name's partner: `Shapin und Schaffer, …`)
        # (a repeat's word after the name is no prose, `qrz. Kaya, a.g.e., s. 4`, unless a short word that may join two
        # names stands before it: `Brezovar in Ferlan, nav. delo`)
        if len(parts) > 1 and (not parts[1][:1].islower() or (repeat_word(parts[1]) and not _SHORT_END.search(lead.group()))) \
                and is_name(name) \
                and not (_AND_END.search(lead.group()) and (_joins_names(lead.group()) or len(name.split()) < 2)) \
                and (colon or not is_name(f"{lead.group().rstrip(': ')} {name}") or _no_given_name(name, parts[1])
                     or _word_colon_before_full_name(lead.group(), name)):
            return rest
    return text


def _word_colon_before_full_name(lead: str, name: str) -> bool:
    """Whether ``lead`` is one word and a colon (`Xem:`, "see:", on no list) and ``name`` a name of three words or more:
    a surname before a colon opens a title in the colon styles (`Eley: Forging Democracy`), a full name does not.

    >>> _word_colon_before_full_name("Xem: ", "Đỗ Quang Thịnh"), _word_colon_before_full_name("Eley: ", "Forging Democracy")
    (True, False)
    """
    return lead.rstrip().endswith(":") and len(lead.split()) == 1 and len(name.split()) >= 3


def _no_given_name(name: str, after: str) -> bool:
    """Whether the words before ``name`` cannot be its given name: it is a family name in capitals and ``after`` its
    given names (`Porov. DUBOVSKÁ, Zuzana. Kulak …`), or ``after`` is a repeat's word, which prints the family name
    alone (`Bkz. Bayraktaroğlu, a.g.m.`)."""
    return bool(repeat_word(after)) or (len(name) > 2 and name.isupper() and " " not in name.strip()
                                        and re.match(rf"[{UPPER}]{LOWER}", after) is not None)


def _name_stop_after(text: str, lead: str, rest: str) -> bool:
    """Whether ``rest`` opens with a person's names and a full stop (`namestop.name_stop`, the full-stop styles, which
    put no comma after the name that `without_words_before_name` asks for), of more than one word (one word alone is
    as often a title's), after a ``lead`` that is no title's opening: a colon or a full stop ends it, or its first word
    is of three letters or fewer (`Vt ka`, not `Стопанска история на Южна България. Т. 2`); and the words before
    the names are not part of them (`von Weizsäcker. Titel`).

    >>> _name_stop_after("Vt ka Heino Tamm. Vallad. Tartu, 2004", "Vt ka ", "Heino Tamm. Vallad. Tartu, 2004")
    True
    >>> _name_stop_after("Ajalugu on Heino Tamm. Tartu, 2004", "Ajalugu on ", "Heino Tamm. Tartu, 2004")
    False
    """
    head = name_stop(rest)
    if head is None or " " not in head.group("authors").strip() or name_stop(text) is not None:
        return False
    return bool(re.search(r"[.:]\s*$", lead)) or len(lead.split()[0]) <= 3


def _gost_after(text: str, rest: str) -> bool:
    """Whether ``rest`` is a GOST reference opening with its authors (`Климкович В. Кооперативний рух …`), which the
    words before it did not open: the style puts no comma after the name that `without_words_before_name` asks for."""
    return opens_with_authors(rest) and not opens_with_authors(text) and is_gost(rest)
