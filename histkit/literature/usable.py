"""Which of the model's readings of a note the merge uses (`usable`): confident, and naming a reference, not a
person's life, a sentence of prose, a letter's date or a statute online."""

from __future__ import annotations

import functools
import re

import pandas as pd

from ..data import data_rows
from ..dates import find_dates

from .ibids import records
from .read import YEAR_DIGITS
from .table import as_text
from .tokens import key, tokenize, word_kinds
from ..patterns import compiled

#: The mean marginal probability of its labels above which a model reference is used.
CONFIDENT = 0.5
# `Ernest Piot (1890–1969), a Belgian socialist…`: a name and its life dates begin a note about a person
_LIFE_DATES = rf"^[^\W\d][^,;()\d]{{1,60}}?,?\s*\(\s*{YEAR_DIGITS}\s*[–—-]\s*{YEAR_DIGITS}\s*\)"
_LIFE = compiled(_LIFE_DATES)
_DATED_YEAR = compiled(YEAR_DIGITS)  # a year anywhere in a reading's year field
# `03/05/1833`, `12.12.2012`: a day's date, its year the group
_DAY_DATE = compiled(rf"\b\d{{1,2}}\s?[./]\s?\d{{1,2}}\s?[./]\s?({YEAR_DIGITS})\b")


def usable(found: pd.DataFrame, confident: float | None = None) -> pd.Series:
    """Which of the model's references are used: confident enough, naming an author and a title or a year, or a
    title with place and year (a book whose author the sentence of the text names).

    >>> found = pd.DataFrame({"confidence": [0.95, 0.95, 0.95, 0.3], "title": ["Recht", "", "Recht", "Recht"],
    ...                       "authors": ["Luhmann", "Luhmann", "", "Luhmann"], "year": ["", "1972", "1972", ""],
    ...                       "place": ["", "", "", ""],
    ...                       "raw": ["Luhmann, Recht", "Luhmann 1972", "Recht 1972", "Luhmann, Recht"]})
    >>> usable(found).tolist()
    [True, True, False, False]
    >>> usable(pd.DataFrame({"confidence": [0.9], "title": ["a Belgian senator"], "authors": ["Ernest Piot"],
    ...                      "year": ["1890–1969"], "place": [""],
    ...                      "raw": ["Ernest Piot (1890–1969), a Belgian senator"]})).tolist()
    [False]

    (Chosen on the cross-validated corpus: a title alone, or a year alone, was
    as often commentary as a reference.) A name with life dates is a note about
    a person. A reading whose place is a web address (`_web_address`) needs an author and a title: with a
    year only, or a title and year only, all 18 on the corpus were statutes or reports online (`N.M. STAT. ANN.
    § 29-7-14 (2021). https://…`), none a reference of the gold (CV merged 0.646 -> 0.652). A reading whose author
    is one word opening a sentence of prose (`_opens_sentence`) is not used (CV model 0.638 -> 0.639, merged 0.650 ->
    0.651: three readings, none a reference). A reading without authors that is an item of a journal printed title
    first (`journal_item`: `Inquiries for Suratte …, in: PTRS II (1667) 415–419`) is used: CV merged-no-repeats
    0.716 -> 0.719 (five items of the Philosophical Transactions matched, two rows of prose with a journal after
    them not; rounds 1-19 unchanged). A reading naming no work (`names_no_work`) is used only to give a rules'
    row of its stretch what it lacks (merge.py).
    """
    confident = CONFIDENT if confident is None else confident
    # in plain Python, row by row: a note's few readings cost pandas more per operation than the work
    return pd.Series([usable_reading(reading, confident) for reading in records(found)], index=found.index, dtype=bool)


def usable_reading(reading: dict, confident: float) -> bool:
    """`usable` of one reading (a row of `model_rows`).

    >>> reading = {"confidence": 0.9, "authors": "Luhmann", "title": "Recht", "year": "", "place": "", "raw": "Luhmann, Recht"}
    >>> usable_reading(reading, CONFIDENT), usable_reading(reading, 0.95)
    (True, False)
    """
    return reading["confidence"] >= confident and (_named(
        *(reading[c] for c in ("authors", "title", "year", "place", "raw")),
        *(as_text(reading.get(c)) for c in ("title", "container", "pages", "year", "raw")))
        or not reading["authors"] and journal_item(*(as_text(reading.get(c)) for c in ("title", "container", "raw"))))


def _named(authors, title, year, place, raw, *texts: str) -> bool:
    """`usable` of one reading but for its confidence (``texts``: its title, container, pages, year and raw as text)."""
    dated_year = _DATED_YEAR.search(str(year)) is not None
    online = _web_address(str(place))
    named = authors != "" and (title != "" or (dated_year and not online))
    book = title != "" and dated_year and place != "" and not online
    return (named or book) and _LIFE.match(str(raw)) is None and not _opens_sentence(str(authors), str(raw)) \
        and not _dated_only(*texts) and not about_the_author(str(authors), str(title), str(raw)) \
        and not _prose_title(str(title)) and not names_no_one(str(authors))


# a document's symbol, capitals parted by a slash: `UN/FCCC/CP`, `A/HRC`, `U.N. Doc.A/CONF`
_SYMBOL = compiled(r"(?<![^\W\d_])[A-Z]{1,6}/[A-Z]{2,}")


def names_no_one(authors: str) -> bool:
    """Whether a reading's authors are no one's name but a document's symbol (`UN/FCCC/CP`, `A/HRC`) or a date
    (`March 2017`, the opening of a sentence of prose): the model read them where a note names no author.

    >>> names_no_one("UN/FCCC/CP"), names_no_one("March 2017"), names_no_one("Bähr/Brunner"), names_no_one("M. Eliantonio")
    (True, True, False, False)
    """
    if _SYMBOL.search(authors):
        return True
    dates = find_dates(authors) if any(ch.isdigit() for ch in authors) else []
    return any(date.start <= 1 and date.end >= len(authors.rstrip(" .,")) - 1 for date in dates)


def _prose_title(title: str) -> bool:
    """Whether a title opens with two words of small letters, in any script, and goes on (`was proposed to be
    regulated by …`, `who appeared at the Old Bailey on …`): a sentence of prose after a name, not a work's title.

    >>> _prose_title("the assets of a fund include shares"), _prose_title("Кароткая гісторыя Беларусі")
    (True, False)
    >>> _prose_title("that a referral by the Council does not entail it"), _prose_title("brev a l'uestg da Cuera")
    (True, False)
    >>> _prose_title("a paid Gestapo informant who was in on the secret"), _prose_title("a history of Europe")
    (True, False)
    """
    words = title.split()
    if len(words) < 3 or not all(word.isalpha() and word.islower() for word in words[:2]):
        return False
    if len(words[0]) < 2:  # (an article of one letter opens a long sentence, `a paid informant who was in on …`)
        return len(words) > 7 and len(words[1]) > 1
    # (the second may be one letter in a sentence that goes on, `that a referral by the Council does not …`; not in a
    # short title of small letters, `brev a l'uestg da Cuera`, a letter's description)
    return len(words[1]) > 1 or len(words) > 7


_EMAIL = compiled(r"\w@[\w-]{2,}")  # (the reading's raw may end before the domain's dot)


def about_the_author(authors: str, title: str, raw: str) -> bool:
    """Whether a reading is an author's note under the title, not a reference: its authors (or its title's first
    part) hold a person's position or degree (``positions.csv``: `Vicky Noens, Policy Advisor`, `Ph.D. Candidate`),
    or it gives an e-mail address.

    >>> about_the_author("Ph.D. Candidate", "Faculty of Law", "Ph.D. Candidate, Faculty of Law, University of Potsdam")
    True
    >>> about_the_author("J. Baker", "School of History", "School of History, University of Sussex, UK j.baker@sussex.ac.uk")
    True
    >>> about_the_author("H. Kelsen", "The Law of the United Nations", "H. Kelsen, The Law of the United Nations (London 1950)")
    False
    """
    named = f"{authors}, {title.split(',')[0]}"
    return _positions().search(named) is not None or _EMAIL.search(raw) is not None


@functools.cache
def _positions() -> re.Pattern:
    forms = sorted((row["form"].strip() for row in data_rows("literature", "positions.csv")), key=lambda f: (-len(f), f))
    return compiled(rf"(?<![^\W_])(?:{'|'.join(map(re.escape, forms))})(?![^\W_])", re.IGNORECASE)


# a journal's name, its volume (`II`, `18`, `IX–X`) and its year in brackets
_VOLUME_YEAR = compiled(rf"^[^()]{{0,90}}?(?<!\w)(?:[IVXLC]+|\d{{1,3}})(?:\s?[–-]\s?(?:[IVXLC]+|\d{{1,3}}))?\s?\(\s?{YEAR_DIGITS}")


def journal_item(title: str, container: str, raw: str) -> bool:
    """Whether a reading without authors is an item of a journal printed title first: a title of three words or more,
    `in` and the journal, its volume and its year in brackets (`Inquiries for Suratte …, in: PTRS II (1667) 415–419`).
    A journal's early volumes print many such items, anonymous or signed only in their title.

    >>> journal_item("Inquiries for Suratte", "PTRS", "Inquiries for Suratte, in: PTRS II (1667) 415–419")
    True
    >>> journal_item("Mittermaier", "KZ", "Mittermaier, in: KZ 16 (1844) 139"), journal_item("Ein Zeugnis des Rechts", "Tagblatt", "Ein Zeugnis des Rechts, in: Tagblatt vom 16. 3. 2001")
    (False, False)
    """
    at = raw.find(container) if container.strip() else -1
    if len(title.split()) < 3 or at <= 0 or not raw.startswith(title[:20]):
        return False
    before = [token.text for token in tokenize(raw[:at]) if token.text[:1].isalpha()]
    return bool(before) and "in" in word_kinds().get(key(before[-1]), ()) \
        and _VOLUME_YEAR.match(raw[at:]) is not None


def names_no_work_reading(reading: dict) -> bool:
    """`names_no_work` of a reading (a row of `model_rows`).

    >>> names_no_work_reading({"authors": "Aufl", "title": "", "place": "München", "raw": "Aufl., München 1971, 26"})
    True
    """
    return names_no_work(*(as_text(reading.get(c)) for c in ("authors", "title", "container", "raw", "place",
                                                             "publisher", "editors")))


def container_again(reading: dict, rows: list[dict]) -> bool:
    """Whether a reading with no title, ``authors`` only, is the container of a row of its note read again: the
    model cut an article in two at a bracket in its title (`„Miraplar … (1924–1930)“, *Miras*, 2005, № 2, sah.
    101–128` read also as `Miras, 2005, …`, with `Miras` for its author), and its row holds that journal already.

    >>> rows = [{"authors": "Ogulgerek Nurmyradowa", "container": "Miras, 2005, № 2"}]
    >>> container_again({"authors": "Miras", "title": "", "raw": "Miras, 2005, № 2, sah. 101–128"}, rows)
    True
    >>> container_again({"authors": "Miras", "title": "Ýer", "raw": "Miras, Ýer, 2005"}, rows)
    False
    """
    authors = as_text(reading.get("authors")).strip()
    if not authors or as_text(reading.get("title")).strip() or as_text(reading.get("container")).strip():
        return False
    raw = as_text(reading.get("raw"))
    return any(as_text(row.get("container")).strip().startswith(authors) and raw.startswith(authors)
               and as_text(row.get("container")).split(",")[0].strip() == authors for row in rows)


def names_no_work(authors: str, title: str, container: str, raw: str, *imprint: str) -> bool:
    """Whether a reading with neither title nor container but an ``imprint`` (its place, publisher or editors)
    prints no word of a work past its authors and imprint: nothing but a volume, an edition, a year and pages
    (`Römisches Strafrecht, Leipzig 1899`, `Aufl., München 1971, 26 ff.`, `Carl Winckler, Berlin, Hamburg 1962, Bd.
    I, 113`: a title, or the end of a reference whose title lies before, read as authors). A word of a work is one of
    three letters or more with a capital that no word list names (`Luhmann, Einführung in die Systemtheorie (2004)`).
    Author and year alone (`Luhmann 1972, 239`) are a reference of author-date citing.

    >>> names_no_work("Römisches Strafrecht", "", "", "Römisches Strafrecht, Leipzig 1899", "Leipzig", "", "")
    True
    >>> names_no_work("Edwards", "", "", "Edwards, Herrschaft im modernen Produktionsprozeß (1981", "", "", "")
    False
    """
    if title.strip() or container.strip() or not any(part.strip() for part in imprint):
        return False
    rest = raw
    for part in (authors, *imprint):
        rest = rest.replace(part, " ", 1) if part.strip() else rest
    kinds = word_kinds()
    return not any(len(token.text) >= 3 and token.text[:1].isupper() and not kinds.get(key(token.text))
                   for token in tokenize(rest))


def _dated_only(title: str, container: str, pages: str, year: str, raw: str) -> bool:
    """Whether a reading names no work, neither title nor container, nor pages, and its year is printed only in day
    dates (`Mittermaier, 03/05/1833`, `BVerfG, Beschluss v. 12.12.2012`): a letter or a decision, not a reference.
    A newspaper's issue names its page (`Bulletin des Presseamtes vom 22. 10. 1957, S. 1`).

    >>> _dated_only("", "", "", "1833", "Mittermaier, 03/05/1833")
    True
    >>> _dated_only("", "Der Staat", "", "1990", "Böckenförde, Der Staat 29 (1990)"), _dated_only("", "", "S. 1", "1957", "Borba vom 21.10.1957, S. 1")
    (False, False)
    """
    if title.strip() or container.strip() or pages.strip() or not year.strip():
        return False
    printed = [m.start() for m in re.finditer(re.escape(year.strip()), raw)]
    in_dates = {m.start(1) for m in _DAY_DATE.finditer(raw)}
    return bool(printed) and all(at in in_dates for at in printed)


def _opens_sentence(authors: str, raw: str) -> bool:
    """Whether a reading's authors are one word opening a sentence of prose: the word, a comma, and three words in
    small letters (`Moreover, the standing of associations …`); a title after a surname opens with a capital.

    >>> _opens_sentence("Admittedly", "Admittedly, the applicants were not parties"), _opens_sentence("Rebhahn", "Rebhahn, wbl 2008, 63")
    (True, False)
    >>> _opens_sentence("It", "It has, however, been argued that his book"), _opens_sentence("Eley", "Eley 2002, 12")
    (True, False)
    """
    authors = authors.strip()
    if not authors or " " in authors or not raw.startswith((authors + ",", authors + " ")):
        return False
    words = raw[len(authors) + 1:].split()[:3]
    if raw[len(authors)] == " ":  # (its verb with no comma, the commas of an aside after it: `It has, however, been`)
        words = [word.rstrip(",") for word in words]
    return len(words) == 3 and all(word.isalpha() and word.islower() for word in words)


def without_web_place(reading: dict) -> dict:
    """``reading``, changed in place, with no place where its place is a web address (`_web_address`): `usable`
    asks it, the row then holds no such place (`https://assets.publishing.service.gov.uk/…` is where the work is
    found, not where it was published).

    >>> without_web_place({"place": "https://perma.cc/G75R"})["place"], without_web_place({"place": "Köln/Wien"})["place"]
    ('', 'Köln/Wien')
    """
    if _web_address(str(reading.get("place", ""))):
        reading["place"] = ""
    return reading


def _web_address(place: str) -> bool:
    """Whether a place the model read is a web address (`https://perma.cc/…`), not a town.

    >>> _web_address("https://perma.cc/G75R"), _web_address("Leipzig")
    (True, False)
    """
    kinds = word_kinds()
    return any("web" in kinds.get(key(token.text), ()) for token in tokenize(place))
