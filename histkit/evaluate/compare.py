"""How a predicted reference's field is compared with the gold's: strict, soft, and the title similarity that matches.

Strict is equality after white space is made single spaces. Soft follows
GROBID's end-to-end evaluation (``soft``: case, punctuation and spaces ignored;
``Levenshtein``: a relative edit distance of at most 0.2), with diacritics and
look-alike letters of the other script folded too, since the same name is
printed ``Böhle``/``Boehle``-free in one note and with its marks in another.
Numbers are not similar strings: soft year, volume and pages compare their
first numbers (the first page of an article, or the page cited when no range
is given). Authors are compared as surnames: the gold gives surnames, a
prediction gives names as printed, so a gold surname agrees with a predicted
person whose name contains it as whole words. A gold surname joined by a word
that otherwise parts two persons (Catalan `Soler i Vidal`, Spanish `Ortega y
Gasset`) keeps the predicted name that prints it whole; the gold's surnames say
which `i` is a Croatian or Serbian "and" (`Svetek; Repič`).
"""

from __future__ import annotations

import difflib
import re
import unicodedata

import pandas as pd

from ..text import fold_homoglyphs, plain_typography, strip_diacritics
from ..patterns import compiled

#: The fields compared, in the order reports give them.
FIELDS = ("authors", "title", "container", "year", "volume", "pages")

#: A text field is soft-equal when its folded forms are this similar (GROBID's relative Levenshtein threshold).
SOFT_SIMILARITY = 0.8

_NUMBER = compiled(r"\d+")
# what joins persons in a list of authors: `;`, `&`, `/` and the word "and" of the corpus' languages
_PERSON_BREAK = compiled(r"\s*(?:;|&|/|\s(?:and|und|u\.|et|e|i|y|и)\s)\s*|\s*,\s*", re.IGNORECASE)
# `S.`, `J.-P.`, `Th.` or a lone capital: a forename's initials, not a person of its own
_INITIALS = compiled(r"(?:[^\W\d_]{1,2}\.[\s-]*)+|[^\W\d_]")
_NOT_WORD = compiled(r"[\W_]+")
# a decimal digit of a script other than ASCII (`\d` is what `str.isdecimal` says of a character)
_OTHER_DIGIT = compiled(r"[^\D0-9]")
_KEPT = "\ue000"  # a space of a compound surname while persons are split (a private-use character, never printed)


def cell(value) -> str:
    """A table cell as text: "" for a missing value (None, NaN, pandas' NA).

    >>> cell(None), cell(float("nan")), cell(1972), cell(" 12 ")
    ('', '', '1972', ' 12 ')
    """
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return ""
    return str(value)


def squeeze(text) -> str:
    """The text with white space made single spaces and any script's digits ASCII (what strict equality compares):
    a Persian `۱۳۸۸` is the value 1388, as the gold's ``from``/``to`` write it.

    >>> squeeze("  Arbeit \\n als  Handeln "), squeeze("ص ۴۵–۵۲")
    ('Arbeit als Handeln', 'ص 45–52')
    """
    return " ".join(ascii_digits(cell(text)).split())


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of any script as its ASCII digit (`unicodedata.digit`).

    >>> ascii_digits("۱۳۸۸ ٤٥ ३")
    '1388 45 3'
    """
    # found by one search in C, and most texts have none: a character at a time in Python was a tenth of the
    # literature merge's time (`printed_twice` folds every reference's title and authors)
    if text.isascii() or not _OTHER_DIGIT.search(text):
        return text
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.digit(m.group())), text)


def fold(text) -> str:
    """The text as soft equality compares it: no case, diacritics, punctuation, ligatures or mixed-script look-alikes.

    >>> fold("Böhle, „Arbeit als Handeln“"), fold("Straße ﬁnden")
    ('bohle arbeit als handeln', 'strasse finden')
    """
    plain = strip_diacritics(fold_homoglyphs(plain_typography(unicodedata.normalize("NFKC", ascii_digits(cell(text))))))
    return " ".join(_NOT_WORD.sub(" ", plain.casefold()).split())


def title_similarity(a, b) -> float:
    """The Ratcliff/Obershelp similarity (`difflib.SequenceMatcher.ratio`) of two folded titles; 0 when one is empty.

    >>> round(title_similarity("Arbeit als Handeln", "Arbeit als Handeln."), 2)
    1.0
    >>> title_similarity("Arbeit als Handeln", "") == 0
    True
    """
    a, b = fold(a), fold(b)
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def similar_enough(a: str, b: str, threshold: float) -> bool:
    """Whether two folded titles are at least ``threshold`` similar (cheap bounds first: most pairs differ much).

    >>> similar_enough("leviathan and the air pump", "leviathan and the airpump", 0.8)
    True
    """
    if not a or not b:
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= threshold and matcher.quick_ratio() >= threshold \
        and matcher.ratio() >= threshold


def levenshtein_similarity(a: str, b: str) -> float:
    """One minus the edit distance over the longer length, as GROBID's evaluation measures text fields.

    >>> levenshtein_similarity("kitten", "sitting"), levenshtein_similarity("", "")
    (0.5714285714285714, 1.0)
    """
    if a == b:
        return 1.0
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return 1 - previous[-1] / max(len(a), len(b))


def persons(authors, whole=()) -> list[str]:
    """The persons of a predicted author string, as printed: split at `;`, `&`, `/`, `and`/`und`/`et`/`i` and commas.

    >>> persons("Steven Shapin and Simon Schaffer"), persons("Feinstein, S., & Wood, R.")
    (['Steven Shapin', 'Simon Schaffer'], ['Feinstein', 'Wood'])

    Parts that are only initials (``S.``, ``J.-P.``) belong to the name before
    them. An inverted name with a full forename (``Shapin, Steven``) counts as
    two persons: footnotes seldom print names so. A surname of ``whole`` (the
    gold's) that holds one of those words is one person's where it is printed:
    a Catalan, Spanish or Portuguese compound surname (`Soler i Vidal`, `Ortega
    y Gasset`), where a Croatian or Serbian `i` joins two persons:

    >>> persons("Pere Soler i Vidal", ["Soler i Vidal"]), persons("Petra Svetek i Boris Repič", ["Svetek", "Repič"])
    (['Pere Soler i Vidal'], ['Petra Svetek', 'Boris Repič'])
    """
    text = squeeze(authors)
    for surname in whole:
        if _PERSON_BREAK.search(surname.strip()):
            text = re.sub(re.escape(surname.strip()), lambda m: m.group(0).replace(" ", _KEPT), text, flags=re.IGNORECASE)
    parts = [p.strip().replace(_KEPT, " ") for p in _PERSON_BREAK.split(text)]
    return [p.strip(" .") for p in parts if p.strip(" .") and not _INITIALS.fullmatch(p)]


def names_person(surname: str, person: str, folded: bool) -> bool:
    """Whether a gold surname is, word for word, in a predicted person's name (folded or as printed).

    >>> names_person("Böhle", "Fritz Böhle", False), names_person("Bohle", "F. BÖHLE", True)
    (True, True)
    >>> names_person("Böhle", "Fritz Böhler", False)
    False
    """
    if folded:
        surname, person = fold(surname), fold(person)
    else:
        surname, person = squeeze(surname), squeeze(person)
    if not surname:
        return False
    return re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", person) is not None


def first_author_agrees(gold_authors, predicted_authors) -> bool:
    """Whether the gold's first surname names the first person of the prediction (case and diacritics folded).

    >>> first_author_agrees("Shapin; Schaffer", "Steven Shapin and Simon Schaffer")
    True
    >>> first_author_agrees("Schaffer", "Steven Shapin and Simon Schaffer")
    False
    """
    gold = [s for s in cell(gold_authors).split(";") if s.strip()]
    predicted = persons(predicted_authors, gold)
    return bool(gold and predicted) and names_person(gold[0].strip(), predicted[0], folded=True)


def authors_agree(gold_authors, predicted_authors, folded: bool) -> bool:
    """Whether the prediction names as many persons as the gold, each containing the gold's surname, in order.

    >>> authors_agree("Böhle; Voß", "F. Böhle, G. Voß", folded=False)
    True
    >>> authors_agree("Böhle; Voß", "F. Bohle and G. Voss", folded=False), authors_agree("Böhle; Voß", "F. Bohle", True)
    (False, False)
    """
    gold = [s.strip() for s in cell(gold_authors).split(";") if s.strip()]
    predicted = persons(predicted_authors, gold)
    return len(gold) == len(predicted) and all(names_person(g, p, folded) for g, p in zip(gold, predicted))


def _first_number(text) -> str:
    m = _NUMBER.search(cell(text))
    return str(int(m.group(0))) if m else ""


def field_agrees(field: str, gold, predicted, soft: bool) -> bool:
    """Whether a predicted field agrees with the gold's, strictly or softly (see the module's docstring).

    >>> field_agrees("title", "Arbeit als  Handeln", "Arbeit als Handeln", soft=False)
    True
    >>> field_agrees("title", "Arbeit als Handeln", "arbeit als handeln.", soft=False)
    False
    >>> field_agrees("title", "Arbeit als Handeln", "arbeit als handeln.", soft=True)
    True
    >>> field_agrees("pages", "151-176, 160", "151–176", soft=True), field_agrees("year", "2014", "2014.", soft=True)
    (True, True)
    """
    if field == "authors":
        return authors_agree(gold, predicted, folded=soft)
    if not soft:
        return squeeze(gold) == squeeze(predicted)
    if field in ("year", "volume", "pages"):
        first = _first_number(gold)
        return (first != "" and first == _first_number(predicted)) or (fold(gold) == fold(predicted) != "")
    a, b = fold(gold), fold(predicted)
    return a == b or (bool(a) and bool(b) and levenshtein_similarity(a, b) >= SOFT_SIMILARITY)


def reading_agreement(gold, got: dict, fields) -> dict:
    """How a parser's reading ``got`` of one printed reference agrees with its gold (any object with the fields as
    attributes): each field's gold and reading, strict and soft agreement (None where the gold lacks the field),
    and ``found``, the instance-level test of `evaluate_references` (first author and year, or a title 0.8 similar).

    >>> from types import SimpleNamespace
    >>> gold = SimpleNamespace(authors="Eley", title="Forging Democracy", year="2002")
    >>> row = reading_agreement(gold, {"authors": "Geoff Eley", "title": "Forging democracy", "year": "2002"},
    ...                         ("title", "year"))
    >>> row["title_strict"], row["title_soft"], row["found"]
    (False, True, True)
    """
    row = {}
    for field in fields:
        want = getattr(gold, field)
        row[f"gold_{field}"], row[f"got_{field}"] = want, got.get(field, "")
        row[f"{field}_strict"] = field_agrees(field, want, got.get(field, ""), soft=False) if want else None
        row[f"{field}_soft"] = field_agrees(field, want, got.get(field, ""), soft=True) if want else None
    year_soft = field_agrees("year", gold.year, got.get("year", ""), soft=True) if gold.year else None
    row["found"] = (first_author_agrees(gold.authors, got.get("authors", "")) and bool(year_soft)) or (
        similar_enough(gold.title, got.get("title", ""), 0.8))
    return row

