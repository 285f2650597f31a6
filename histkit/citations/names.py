"""Whether a part of a reference between commas is the name of a person, or of persons (`is_name`, `names_joined`).

A name is one to five words, each capitalised, an initial or a particle
(`van`, `de`, `te`, …: ``data/citations/name_particles.csv``), without digits: `Geoff Eley`, `J. Dupont`, `Bähr/Brunner`
(two authors of a German citation), `D. et Y. Roman` (a word for "and" before
an initial). Persons joined by a word for "and" or `&` without initials
(`Kearney and Oster`, `John Kearney and Mary Oster`) are `names_joined`.
"""

from __future__ import annotations

import functools

from .caseless import caseless_name
from .unknownand import joined_by_unknown_and
from .words import LOWER, MARK, UPPER, alternation, forms
from ..patterns import compiled

# `i in.`, `m.fl.`, `idr.` in a language no list holds: one or two words of three small letters or fewer, the last
# with its full stop
_ET_AL_SHAPE = rf"{LOWER}{{1,3}}\.?\s?{LOWER}{{1,3}}\.|{LOWER}{{2,3}}\."
#: `et al.`, `i in.`, `и др.` after the authors (the words of the list, or their shape).
ET_AL = compiled(rf"\s+(?:{alternation('reference_words.csv', 'et_al')}|et\s+al\.|{_ET_AL_SHAPE})$")
_ET_AL_ALONE = compiled(rf"(?:{alternation('reference_words.csv', 'et_al')}|et\s+al\.?)")


def et_al_joined(parts: list[str]) -> list[str]:
    """``parts`` (a reference cut at its commas) with an `et al.` set off by a comma of its own joined to the name
    before it (`D.W. Foster, G. Neighbors, L.M. Rodriguez, et al., Title, …`): the authors' list ends with it.

    >>> et_al_joined(["D.W. Foster", "L.M. Rodriguez", "et al.", "Title"])
    ['D.W. Foster', 'L.M. Rodriguez et al.', 'Title']
    >>> et_al_joined(["D.W. Foster", "Title"])
    ['D.W. Foster', 'Title']
    """
    alone = next((k for k, part in enumerate(parts[1:6], 1) if _ET_AL_ALONE.fullmatch(part)), None)
    if alone is None or alone + 1 >= len(parts):
        return parts
    return [*parts[:alone - 1], f"{parts[alone - 1]} {parts[alone]}", *parts[alone + 1:]]


#: A word for "and" (or `&`) between two persons.
AND_WORD = compiled(rf"\s+(?:{alternation('and_words.csv')}|&)\s+")
#: `Taubman W.`: an initial after a surname (GOST's `Фамилия И. О.`), whose authors the readers of other styles leave
#: to GOST's (`namecolon`, `namestop`).
INITIAL_AFTER = compiled(rf"[^\W\d_]{{2,}}\s+[{UPPER}]\.")

# (`J.-P.`, `M.-Th.`, `J.-Cl.`: the French initials of a compound forename, joined by a hyphen)
# (`Hashim bin Yaacob`: Malay and Arabic names join the father's name by `bin`, `binti`, `ibn`, in small letters)
# (`ʿAbd`, `ʾIbrāhīm`: an ʿayn or a hamza before the capital; `al-Ḥamawī`, `el-Sayed`: an Arabic article joined by
# a hyphen, in small letters, before the capital)
# (a letter's combining marks are part of the word: Yoruba's tones over a subdot, `Ọ̀ṣúntókun`, `Adébáyọ̀`; a double
# name's halves may be joined by an en dash, `Suławko–Karetko`)
# (glued initials, one of two letters among them: `C.R.`, `Ch.R. Thompson`)
# (an elided particle glued to the surname: `Giscard d’Estaing`, `dell’Acqua`, `de Meeüs d’Argenteuil`)
_NAME_WORD = compiled(rf"^(?:[ʿʾ‘’]?[{UPPER}][{MARK}]*[\w’'ʿʾ{MARK}–-]*\.?|[a-z]{{1,2}}-[ʿʾ]?[{UPPER}][\w’'ʿʾ{MARK}-]*|[a-z]{{1,4}}['’][{UPPER}][\w’'{MARK}-]*|(?:{alternation('name_particles.csv')})|[{UPPER}][a-z]?\.(?:[{UPPER}][a-z]?\.)*"
                        rf"|[{UPPER}][a-zа-я]?\.|[{UPPER}][a-z]{{0,2}}\.(?:-[{UPPER}][a-z]{{0,2}}\.)+)$")
# `D. et Y. Roman`, `J. Dupont and P. Martin`: a word for "and" before an initial joins two authors
_SENTENCE_WORD = compiled(r"[^\W\d_]{6,}\.")  # (`Materialisms.`; not `Chas.`, `Th.`, `Jr.`)
_CAPITAL = compiled(rf"(?:[a-z]{{1,2}}-)?[ʿʾ‘’]?[{UPPER}]")  # a word's capital, after an ʿayn or an Arabic article
_AND_INITIAL = compiled(rf"\s(?:{alternation('and_words.csv')})\s(?=[{UPPER}]\.)")
# two persons by their initials without stops and surnames, joined by "and", as British notes print them (`JP Near
# and MP Miceli`): both sides so, not a title's words (`Law and EU Regulation`)
_BARE_INITIALS_PAIR = compiled(rf"[{UPPER}]{{1,2}}\s[{UPPER}][^\W\d_{UPPER}][^\W\d_]*\s(?:{alternation('and_words.csv')})\s"
                               rf"[{UPPER}]{{1,2}}\s[{UPPER}][^\W\d_{UPPER}][^\W\d_]*")
#: Articles: a word that opens a title, never a name.
ARTICLES = {"the", "a", "an", "der", "die", "das", "ein", "eine", "la", "le", "les", "il", "lo", "el", "los", "une", "un"}
_PERSONS_SPLIT = compiled(r"\s*/\s*|\s+[–—]\s+")  # (`GAJDOŠ – KRIŠTOFÍK`: a spaced dash joins two, as `/`)
_NAMES_SPLIT = compiled(rf"{_PERSONS_SPLIT.pattern}|\s+")  # (the persons, then each one's words)
# a name's characters after its romanisation (two words), as Chinese history cites it: two or three characters (a
# title's are mostly more, `Mengzi Zhengyi 孟子正義`)
_HAN_AFTER = compiled(r"\s+[\u3400-\u4dbf\u4e00-\u9fff]{2,3}$")
_INITIAL_VON = compiled(rf"(?<=\b[{UPPER}]\.)\s+v\.\s+(?=[{UPPER}]{LOWER}{{2,}})")


@functools.cache
def _connectives() -> frozenset[str]:
    return frozenset(forms("connectives.csv"))


def is_connective(word: str) -> bool:
    """Whether ``word`` opens a sentence of the author's own prose (`Therefore, the place of the conduct …`, `Notably,
    a similar situation …`; ``connectives.csv``): never a person's name, however like a surname before its comma.

    >>> is_connective("Therefore"), is_connective("Tuttavia"), is_connective("Thuss")
    (True, True, False)
    """
    return word.strip().lower() in _connectives()


@functools.cache
def _prepositions() -> frozenset[str]:
    return frozenset(forms("prepositions.csv"))


def opens_phrase(word: str) -> bool:
    """Whether ``word`` opens a phrase or a title, a connective (`is_connective`) or a preposition (`Nach der
    Endlichkeit`, `Sur la route`, `Towards a History`; ``prepositions.csv``, none a first name: not `Per`, `Fra`,
    `Nella`): never a person's first name, however like one its capital and the particle after it make it.

    >>> opens_phrase("Nach"), opens_phrase("However"), opens_phrase("Quentin")
    (True, True, False)
    """
    return is_connective(word) or word.strip().lower() in _prepositions()


# a sentence's end inside a reference's authors: a word of small letters (or a closing quote) and its full stop, then
# a capital (`This point is contested. Joseph A. McCahery`, `Hereinafter referred to as ‘GMG’. Joseph …`); an
# initial's stop (`A. B. Smith`) or an abbreviation's (`Jr.`, `St.`) ends none
_SMALL_WORD = compiled(r"(?<![^\W\d_])[a-zà-ÿ]{2,}(?![^\W\d_])")
_SENTENCE_END = compiled(r"(?:[^\W\d_]*[a-zà-ÿ]{3}|[’'\"”»)])[.!?]\s+(?=[A-ZÀ-Þ])")


def without_sentence_before(authors: str) -> str:
    """``authors`` without the author's own sentence that stood before them with no lead word, where what follows its
    end is a person's name or names joined (`is_name`, `names_joined`); else as they are.

    >>> without_sentence_before("This point is contested. Joseph A. McCahery and Erik P. M. Vermeulen")
    'Joseph A. McCahery and Erik P. M. Vermeulen'
    >>> without_sentence_before("A. B. Smith"), without_sentence_before("Great Britain. Foreign Office")
    ('A. B. Smith', 'Great Britain. Foreign Office')
    """
    if ". " not in authors and "? " not in authors and "! " not in authors:
        return authors
    for m in reversed(list(_SENTENCE_END.finditer(authors))):
        rest = authors[m.end():]  # (a sentence has words in small letters: `Great Britain. Foreign Office` is a body's)
        if _SMALL_WORD.search(authors, 0, m.start() + 1) and (is_name(rest) or names_joined(rest, short=False)):
            return rest
    return authors


@functools.lru_cache(maxsize=4096)  # (a citation's first part is asked about by several readers in turn)
def is_name(token: str) -> bool:
    """Whether ``token`` is a person's name (or two joined by `/` or a spaced dash, or by "and" before an initial).

    >>> is_name("Geoff Eley"), is_name("D. et Y. Roman"), is_name("Bähr/Brunner"), is_name("The Cold War")
    (True, True, True, False)
    >>> is_name("GAJDOŠ – KRIŠTOFÍK"), is_name("ʿAbd al-Laṭīf al-Ḥamawī"), is_name("al-Ḥamawī"), is_name("al-Durr al-manẓūm")
    (True, True, True, False)
    >>> is_name("Jan NOVÁK – Eva KRÁLOVÁ – Petr HÁJEK"), is_name("Jan Eva Petr Karel Josef Novák")
    (True, False)
    >>> is_name("Vesna Kovačić qdr."), is_name("Ardo Velmik q vn."), is_name("Ardo Velmik m.qf.")
    (True, True, True)
    >>> is_name("Zhang Zhirong 張植榮"), is_name("Guoji wenti 國際問題"), is_name("Mengzi Zhengyi 孟子正義")
    (True, False, False)
    >>> is_name("O. v. Gierke"), is_name("Marbury v. Madison")
    (True, False)
    >>> is_name("V. Giscard d’Estaing"), is_name("Triaille/de Meeüs d’Argenteuil/de Francquen")
    (True, True)
    >>> is_name("Therefore"), is_name("Thuss"), is_name("New Materialisms. Ontology")
    (False, True, False)
    >>> is_name("EL Glaeser"), is_name("El Greco Studies"), is_name("EL PAÍS")
    (True, False, False)
    >>> is_name("JP Near and MP Miceli"), is_name("Law and EU Regulation")
    (True, False)
    """
    if caseless_name(token):  # (`גורדון`, `გ. ბერიძე`: a script without capitals, its name read by its shape)
        return True
    if (han := _HAN_AFTER.search(token)) and len(token[:han.start()].split()) >= 2:  # (`Zhang Zhirong 張植榮`)
        token = token[:han.start()]
    token = _INITIAL_VON.sub(" von ", token)  # (`O. v. Gierke`: `von` abbreviated after an initial)
    if len(token) > 50 or any(map(str.isdigit, token)):
        return False
    if _BARE_INITIALS_PAIR.fullmatch(token):
        return True
    words = _NAMES_SPLIT.split(_AND_INITIAL.sub(" ", ET_AL.sub("", token)).strip())  # (`Bähr/Brunner`: two authors)
    # (up to five words each person: `Jan NOVÁK – Eva KRÁLOVÁ – Petr HÁJEK`; the persons counted only past five)
    if len(words) > 5 and len(words) > 5 * len(_PERSONS_SPLIT.split(token.strip())):
        return False
    # (an article's letters in capitals before a name in small letters are initials without stops: `EL Glaeser`)
    initials = len(words) > 1 and words[0].isupper() and words[1][1:2].islower()
    if not any(_CAPITAL.match(w) for w in words) or words[0].lower() in ARTICLES and not initials or opens_phrase(words[0]):
        return False
    # (a long word's full stop inside ends a sentence, not an abbreviated name: `New Materialisms. Ontology`)
    return all(_NAME_WORD.match(w) for w in words) and not any(_SENTENCE_WORD.fullmatch(w) for w in words[:-1])


def names_joined(token: str, short: bool) -> bool:
    """Whether ``token`` is persons joined by a word for "and" or `&`: in a short reference (no year) any names
    (`Kearney and Oster`), else names of two words or more each (`John Kearney and Mary Oster`), so that a title of
    two nouns (`Staat und Gesellschaft, Berlin 1990`) is not taken for two authors.

    >>> names_joined("Kearney and Oster", short=True), names_joined("Staat und Gesellschaft", short=False)
    (True, False)
    >>> names_joined("John Kearney and Mary Oster", short=False)
    True
    """
    sides = AND_WORD.split(token)
    # (a person after the first may bear a surname that opens with an article, `Kervella et Le Meur`: beside a name it
    # is no title's `Le`)
    return len(sides) >= 2 and is_name(sides[0]) and all(is_name(side) or _article_surname(side) for side in sides[1:]) \
        and (short or all(len(side.split()) >= 2 for side in sides))


def after_and(part: str) -> str:
    """``part`` without the word for "and" that opens it: the last of a list of authors printed with a comma before its
    "and" (`John Smith, Jane Doe, and Bob Brown`, Chicago's serial comma).

    >>> after_and("and Bob Brown"), after_and("& B. Brown"), after_and("Jane Doe"), after_and("Andrew Brown")
    ('Bob Brown', 'B. Brown', 'Jane Doe', 'Andrew Brown')
    """
    found = AND_WORD.match(f" {part}")
    return part[found.end() - 1:] if found else part


def listed_persons(text: str, least: int = 2) -> bool:
    """Whether ``text`` is ``least`` persons or more, each a forename or its initial and a surname, joined by commas or
    a word for "and" (`B Morgan, K Yeung`, `Ralph Bodle, Lena Donat and Matthias Duwe`); a surname alone after a comma
    may be a one-word title (`Kennan, Memoirs`).

    >>> listed_persons("B Morgan, K Yeung"), listed_persons("Kennan, Memoirs"), listed_persons("J. Near, ‘Dissidence’")
    (True, False, False)
    """
    parts = [p.strip() for part in text.split(",") for p in AND_WORD.split(part)]
    return len(parts) >= least and all(p[:1].isupper() and len(p.split()) >= 2 and is_name(p) for p in parts)


@functools.cache
def _name_small_words() -> frozenset[str]:
    # (and the words for "the same author", `aynı müellif`, `του ιδίου`, that stand where the author's name would)
    same = (word for form in forms("reference_words.csv", "same_author") for word in form.split())
    return frozenset(w.lower().strip(",.:") for w in (*forms("name_particles.csv"), *forms("and_words.csv"), *same))


def reads_as_clause(text: str) -> bool:
    """Whether ``text``, standing where a reference's authors would, is a clause of prose: three words or more, two of
    them in small letters, of three letters or more, that are neither a name's particle, a word for "and" nor one
    for "the same author" (`He did add,` before a quotation, not `Moritz von Unger and others` nor `aynı müellif`).

    >>> reads_as_clause("Mr Greenberg further noted,"), reads_as_clause("Charlotte Streck and Moritz von Unger,")
    (True, False)
    >>> reads_as_clause("Jyoti Belur and others,"), reads_as_clause("Commission of the European Communities,")
    (False, False)
    """
    # (three words at least: `aynı müellif` by its shape)
    return len(text.split()) >= 3 and len(_prose_words(text, ",.;:")) >= 2


def _prose_words(text: str, marks: str) -> list[str]:
    """The words of ``text`` (``marks`` stripped from each) in small letters, of three letters or more, that no name
    holds: not a particle, a word for "and" nor one for "the same author"."""
    small = _name_small_words()
    words = (word.strip(marks) for word in text.split())
    return [w for w in words if len(w) >= 3 and w.isalpha() and w.islower() and w not in small]


def without_prose_before(authors: str) -> str:
    """``authors`` without the prose a reading left before them: where they read as prose (three words in small
    letters or more that no name holds, `reads_as_clause`'s words), the name or names after its first comma or
    sentence end that a name follows; none where no name follows and they are a quotation, hold a sentence's end,
    or six such words of four letters or more (a body's name in small letters has fewer: `Organisation de
    coopération et de développement économiques`); else as they are.

    >>> without_prose_before("Helmholz has remarked that Blackstone was perhaps one-fifth a civilian, R.H. Helmholz")
    'R.H. Helmholz'
    >>> without_prose_before("«Eine Wirkung der geselligen Verhältnisse und seiner individuellen Art zu sein»")
    ''
    >>> without_prose_before("Organisation de coopération et de développement économiques")
    'Organisation de coopération et de développement économiques'
    """
    words = _prose_words(authors, ",.;:«»“”„\"‘’()")
    if len(words) < 3:
        return authors
    for m in _CLAUSE_END.finditer(authors):  # (the first: `…, R.H. Helmholz` is the name, not `Helmholz` alone)
        rest = authors[m.end():].strip()
        if is_name(rest) or names_joined(rest, short=False):
            return rest
    if authors.lstrip()[:1] in "«»“”„\"‘’" or _PROSE_END.search(authors) or sum(len(w) >= 4 for w in words) >= 6:
        return ""
    return authors


_CLAUSE_END = compiled(r"[,;:.!?]\s+")
# a sentence's end inside them: a word in small letters, its stop (spaced, as some text layers print it), a capital
_PROSE_END = compiled(r"[a-zà-ÿ]{3}\s?[.!?]\s+[A-ZÀ-Þ]")


def _article_surname(token: str) -> bool:
    """Whether ``token`` is a surname that opens with a capitalised article (`Le Meur`, `La Fontaine`, `Le Roy Ladurie`)."""
    words = token.split()
    return 2 <= len(words) <= 3 and words[0][:1].isupper() and words[0].lower() in ARTICLES and is_name(" ".join(words[1:]))



def persons(token: str) -> bool:
    """Whether ``token`` (the names before an editor's mark, `Names (arg.), Title`) is persons: names joined by a
    listed word for "and", or two full names joined by a short word no list holds (`unknownand`).

    >>> persons("Xabier Aranburu eta Itziar Lasa"), persons("Xabier Aranburu"), persons("Industrializazioa eta gizartea")
    (True, True, False)
    """
    return all(map(is_name, AND_WORD.split(token))) or joined_by_unknown_and(token, is_name)


# an initial: a capital (and a small letter) and a full stop, not inside a word (`R.`, `Th.`, `J.-P.`)
_INITIAL = compiled(rf"(?<![^\W\d_])[{UPPER}][a-z]?\.(?=[\s{UPPER}-]|$)")


def same_form(first: str, other: str) -> bool:
    """Whether ``other`` may be a co-author after ``first`` by the form of its name: a first author written with
    initials (`R. Millington`) has co-authors written so too, so a part with none after it is the title's
    (`R. Millington, State, Society and Memories …`).

    >>> same_form("R. Millington", "State"), same_form("R. Millington", "D. Kaiser"), same_form("Jane Smith", "Ann Roe")
    (False, True, True)

    A first author written with forename and surname has no co-author of one word: that is the title's first word
    (`Peter King, Crime, Justice and Discretion …`), as an inverted name's forename follows a surname alone (`King, Peter`).

    >>> same_form("Peter King", "Crime"), same_form("King", "Peter"), same_form("Pieter van Dijk", "Rol")
    (False, True, False)
    """
    return (not has_initial(first) or has_initial(other)) and not (
        len(_capitalised(first)) >= 2 and len(other.split()) == 1 and not has_initial(other))


def _capitalised(name: str) -> list[str]:
    return [word for word in name.split() if _CAPITAL.match(word)]


def has_initial(name: str) -> bool:
    """Whether ``name`` holds an initial (`R.`, `Th.`, `J.-P.`).

    >>> has_initial("A. Freriks"), has_initial("Spolky")
    (True, False)
    """
    return bool(_INITIAL.search(name))
