"""Which of two readings of one reference of a note, the rule parser's row or the model's, the merge keeps.

`choose` takes the reading naming more of author, title and year, and on a tie
the rules' row with the model's year if it names none; the rules' where the
model took a span of years inside the title for the work's year (`_cut_at_years`); the model's wherever the
rules' authors ran on into its title or the rules' title ran on past its title,
or the rules took its authors for the title (`_author_as_title`); the rules' again where the model's title is what
the rules read as a second author's name or as the container (`_title_elsewhere`).
`swallowed` tells a rules' row that took the words before a reference for its
start, `prose_before_authors` one that took them for its authors.
`rules_only` tells the citations no reading of the model's replaces (archival
citations, court decisions, legislation, newspaper issues and parliaments' records), `yields` which readings give way to them.
Measured in merge.py's docstring.
"""

from __future__ import annotations

import functools
import re

from ..data import data_rows
from ..evaluate import fold
from ..dates import find_dates
from .read import YEAR

#: The fields of a reference row.
FIELDS = ("authors", "title", "container", "volume", "issue", "place", "publisher", "year", "pages")


#: The kinds of the citations table (histkit.citations) that are not literature: archival citations and their
#: Ibid., court decisions (`EuGH 1.12.2007, C-438/05`), legislation (`RL 2002/14/EG`, `§ 5 BGB`, a gazette's issue),
#: newspaper issues (`Borba, 12. 3. 1953, 2`), parliaments' records (`Hansard, HC Deb 12 May 1924, col. 1123`) and
#: official documents by their symbols (`UN Doc. A/RES/61/217`, `Cmnd 1234`: `citations.official`).
RULES_ONLY = ("archival", "ibid", "case", "legislation", "press", "parliament", "official")


_LEGAL = ("case", "legislation")
_SEPARATOR = 2  # characters between two citations a reading runs over (`; `)


def rules_only(kinds) -> list[bool]:
    """Which citations, by their ``kind`` in the citations table, the rules alone read: the model learnt literature
    only, so its reading of a stretch of a note the rules read as one of these (`RULES_ONLY`) is not taken.

    >>> rules_only(["archival", "literature", "case", "legislation", "ibid", "unparsed"])
    [True, False, True, True, True, False]
    """
    return [kind in RULES_ONLY for kind in kinds]


def rules_row(rule: dict, **fields) -> dict:
    """The rules' reading as a merged row: its editors (a container's) kept, its source the rules, no confidence.

    >>> rules_row({"title": "Recht"}, year="1972")
    {'title': 'Recht', 'editors': '', 'source': 'rules', 'confidence': nan, 'year': '1972'}
    """
    return dict(rule, editors=rule.get("editors") or "", source="rules", confidence=float("nan"), **fields)


def yields(start: int, end: int, citations: list[tuple[int, int, str]]) -> bool:
    """Whether the model's reading of ``start:end`` of a note yields to a citation the rules read there that is not
    literature (``citations``: the start, end and kind of each, kinds of `RULES_ONLY`): where it overlaps an archival
    citation, or where it lies within court decisions or laws, one or several printed one after the other (`EuGH
    1.12.2007, C-438/05, Slg 2007`; `EuGH 2.12.1997, C-188/95; EuGH 18.9.2003, C-125/01`). A reference the model read
    on into one (`Felten, Arbeitskampf, in GedS Rebhahn, 47 ff; OGH 19.11.2003, 9 ObA 125/03b`), or out of one
    (`BGBl. I 2006, S. 2587; zu § 52b UrhG ausführlich: König, Die Wiedergabe …`), stays.

    >>> case = [(36, 60, "case")]
    >>> yields(36, 60, case), yields(0, 60, case), yields(40, 90, case), yields(0, 60, [(36, 60, "archival")])
    (True, False, False, True)
    >>> yields(0, 50, [(0, 24, "case"), (26, 50, "case")]), yields(0, 50, [(0, 24, "case"), (40, 50, "case")])
    (True, False)
    """
    if any(a < end and start < b for a, b, kind in citations if kind not in _LEGAL):
        return True
    at = start  # how far the court decisions and laws, and the separators between them, cover the reading
    for a, b, _ in sorted(c for c in citations if c[2] in _LEGAL):
        if a <= at + (_SEPARATOR if at > start else 0) and b > at:  # (the first begins where the reading does or before)
            at = b
    return at >= end


def choose(rule: dict, model: dict) -> dict:
    """Of two readings of the same reference, the one naming more of author, title and year: on a tie the rules',
    with the model's year if they name none (`_year_of`), else the model's with its empty fields filled from the
    rules'. The model's too where the rules' authors ran on into its title (`_title_in_authors`), the rules' title
    ran on past the model's (`_ran_on`) or is the model's authors (`_author_as_title`).

    >>> rule = {"authors": "Luhmann", "title": "Recht", "year": "", "place": "Reinbek"}
    >>> [choose(rule, dict(rule, year="1972", place="", source="model"))[k] for k in ("year", "place", "source")]
    ['1972', 'Reinbek', 'model']
    """
    def named(row: dict) -> int:
        return sum(bool(str(row.get(field) or "").strip()) for field in ("authors", "title", "year"))

    if _cut_at_years(rule, model):  # the model took a span of years inside the title for the work's year
        return rules_row(rule)
    if _review_by_writer(rule):  # the model read the book a review reviews: the review is the reference
        return rules_row(rule)
    if _author_as_title(rule, model):  # the rules' title is the author's name: not a title to fill in
        # (unless the model's title is the rules' container: every field one on, `Annales Pegavienses, MGH SS 16`
        # read by the model as the author `Annales Pegavienses` and the title `MGH SS`)
        return rules_row(rule, year=_year_of(rule, model)) if _title_elsewhere(rule, model) else \
            filled(model, dict(rule, title=""))
    if _title_in_authors(rule, model) or _ran_on(str(rule.get("title") or ""), str(model.get("title") or "")):
        return filled(model, rule)
    # the model's title is what the rules read as an author or the container (a journal's abbreviation, `Raue, ZUM
    # 2019, 684`: the title `ZUM`)
    if _title_elsewhere(rule, model) or _title_is_abbreviation(rule, model):
        return rules_row(rule, year=_year_of(rule, model))
    if named(model) < named(rule):
        return rules_row(rule)
    if named(model) == named(rule):
        return rules_row(rule, year=_year_of(rule, model))
    return filled(model, rule)


def _review_by_writer(rule: dict) -> bool:
    """Whether the rules read a review by its writer, where the note names the work it reviews (`Janez Hribar, ocena
    knjige: Vinko Gorjup, *Title*, Maribor 1968, *Zgodovinski časopis* 23 (1969)`: `citations.reviewed` leaves the
    writer and the journal); the model reads that work there, the book, not the review.

    >>> _review_by_writer({"container": "HZ", "raw": "Rainer Voßkamp, Rez. zu: Helmut Brandes, Titel, "
    ...                    "Göttingen 1975, in: HZ 224 (1977), S. 412 f."})
    True
    >>> _review_by_writer({"container": "HZ", "raw": "Rainer Voßkamp, in: HZ 224 (1977), S. 412 f."})
    False
    """
    return bool(str(rule.get("container") or "").strip()) \
        and _reviewed_word().search(str(rule.get("raw") or "")) is not None


@functools.cache
def _reviewed_word() -> re.Pattern:
    """The words that open the work a review reviews (``reviewed_words.csv``, kind ``work``), as words."""
    forms = sorted((row["form"] for row in data_rows("citations", "reviewed_words.csv") if row["kind"] == "work"),
                   key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, forms))}):?\s", re.IGNORECASE)


def _title_is_abbreviation(rule: dict, model: dict) -> bool:
    """Whether the model's title is the rules' container, one word: a journal's abbreviation (`ZUM`, `GRUR-Beilage`).

    >>> _title_is_abbreviation({"container": "ZUM"}, {"title": "ZUM"}), _title_is_abbreviation({"container": "A B"}, {"title": "A B"})
    (True, False)
    """
    mine = fold(model.get("title"))
    return bool(mine) and " " not in mine and mine == fold(rule.get("container"))


def _cut_at_years(rule: dict, model: dict) -> bool:
    """Whether the model ended the title at a span of years that the rules' title goes on past, taking the span's
    first year for the work's (`Julius Hermann von Kirchmann (1802–1884). Der Philosoph …, Baden-Baden 1988` read as
    `Julius Hermann von Kirchmann`, 1802), while the rules' row names a year of its own: a person's life or a period
    the title names, not the year of the work.

    >>> rule = {"title": "Julius Hermann von Kirchmann (1802–1884). Der Philosoph als Rechtslehrer", "year": "1988"}
    >>> _cut_at_years(rule, {"title": "Julius Hermann von Kirchmann", "year": "1802"})
    True
    >>> _cut_at_years({"title": "Les Cheminots du PLM, 1890-1939", "year": "1995"}, {"title": "Les Cheminots", "year": "1890"})
    False

    So too a year the title names after a word, where the model ended the title (`K. Löwith, Mein Leben in
    Deutschland vor und nach 1933. Ein Bericht, Stuttgart 1986` read as `… vor und nach`, 1933): a year in brackets or
    after a comma may be the work's own (`Der Firmentarifvertrag (2006). Die Zulässigkeit …`), one after a word is
    the title's.

    >>> _cut_at_years({"title": "La mia vita in Germania prima e dopo il 1933", "year": "1988"},
    ...               {"title": "La mia vita in Germania prima e dopo il", "year": "1933"})
    True
    >>> _cut_at_years({"title": "Der Firmentarifvertrag (2006). Die Zulässigkeit", "year": "2010"},
    ...               {"title": "Der Firmentarifvertrag", "year": "2006"})
    False
    """
    year, theirs = str(model.get("year") or "").strip(), str(rule.get("year") or "").strip()
    if not year.isdigit() or not theirs or theirs == year:
        return False
    title = str(rule.get("title") or "")
    span = re.search(rf"(?<!\d){year}\s*[–—-]\s*\d{{2,4}}(?!\d)", title)
    if span is not None:
        return bool(title[span.end():].strip(" )].,;:"))
    named = re.search(rf"(?<=[^\W\d_] ){year}(?!\d)", title)
    return named is not None and title[:named.start()].strip() == str(model.get("title") or "").strip()


def _author_as_title(rule: dict, model: dict) -> bool:
    """Whether the rules' row, naming no author, took the model's authors for its title while the model reads the
    work's title or journal after them (`Steinhauer, Bibliotheksdienst 49 (2015), 1101` read as the title
    `Steinhauer`; `Antoine de Saint-Exupéry, Nachtflug, 1955`). Where the model reads nothing after the name
    but a place or a year (`Römische Religionsgeschichte, München 1960`) the name may as well be a title.

    >>> rule = {"authors": "", "title": "Steinhauer"}
    >>> _author_as_title(rule, {"authors": "Steinhauer", "title": "", "container": "Bibliotheksdienst"})
    True
    >>> _author_as_title(rule, {"authors": "Steinhauer", "title": "", "container": ""})
    False
    """
    authors = str(model.get("authors") or "").strip()
    work = any(str(model.get(field) or "").strip() for field in ("title", "container"))
    return not str(rule.get("authors") or "").strip() and bool(authors) and work \
        and str(rule.get("title") or "").strip(" .,") == authors


def _title_in_authors(rule: dict, model: dict) -> bool:
    """Whether the rules' authors are the model's and, after a comma, the first words of the model's title, which
    no co-author's name could be: the rules cut the title at its first comma (`Peter King, Crime | justice and
    discretion`). The words are a title's when what the rules kept as the title begins in small letters or holds
    no word, or when each of them is one word (a co-author's name has two, `Victor Zaslavsky`, `R. Frank`).

    >>> rule = {"authors": "Peter King, Crime", "title": "justice and discretion in England"}
    >>> _title_in_authors(rule, {"authors": "Peter King", "title": "Crime, justice and discretion in England"})
    True
    >>> _title_in_authors({"authors": "HARTLEY, David", "title": "España y Marruecos"},
    ...                   {"authors": "HARTLEY", "title": "David: España y Marruecos"})
    False
    >>> _title_in_authors({"authors": "HOLLERBACH, A.", "title": "Ciência do direito"},
    ...                   {"authors": "HOLLERBACH", "title": "A. Ciência do direito"})
    False
    >>> rule = {"authors": "Elena Aga Rossi, Victor Zaslavsky", "title": "Togliatti e Stalin"}
    >>> _title_in_authors(rule, {"authors": "Elena Aga Rossi", "title": "Victor Zaslavsky, Togliatti e Stalin"})
    False
    """
    authors, title = str(model.get("authors") or "").strip(), str(model.get("title") or "").strip()
    theirs = str(rule.get("authors") or "").strip()
    if not authors or not title or not theirs.startswith(authors + ","):
        return False
    rest = theirs[len(authors) + 1:].strip()
    if not rest or not title.startswith(rest) or title[len(rest):].lstrip()[:1] in (":", ".") \
            or _INITIALS.fullmatch(rest):
        return False  # (`HARTLEY, David: España y Marruecos`, `NOGUEIRA, Beatriz. A cidade`: a colon or a full stop
        # after the words ends the author's name; `HOLLERBACH, A. Ciência do direito`: an initial with its stop is
        # the name's, no title's first word)
    kept = str(rule.get("title") or "").strip()
    letter = next((ch for ch in kept if ch.isalpha()), "")
    return not letter or letter.islower() or all(len(part.split()) == 1 for part in rest.split(","))


_INITIALS = re.compile(r"(?:[^\W\d_]\.\s*)+")


def _title_elsewhere(rule: dict, model: dict) -> bool:
    """Whether the model's title, of two words or more, is what the rules read as a co-author's name or as the
    container, while the rules read a title of their own that the model's title does not hold: the model took a second
    name for the title (`за Западну Србију, Драгољуб Ранковић, „Задружне штедионице …“` read as the title `Драгољуб
    Ранковић`: a name's shape, `_name_shaped`; a title the rules kept among the authors is theirs to lose) or passed the chapter for the book it is in (`Pere Soler i Vidal, «Les germandats …», dins: Núria Comas
    i Ribas (ed.), Associacionisme i sociabilitat …, Vic, Eumo, 2000`).

    >>> rule = {"authors": "Pere Soler i Vidal", "title": "Les germandats de socors",
    ...         "container": "dins: N. Comas (ed.), Associacionisme i sociabilitat, Vic, Eumo, 2000"}
    >>> _title_elsewhere(rule, {"authors": "Pere Soler i Vidal", "title": "Associacionisme i sociabilitat, Vic, Eumo"})
    True
    >>> _title_elsewhere({"authors": "Z. S., D. Ranković", "title": "Zadruge"}, {"authors": "Z. S.", "title": "D. Ranković"})
    True
    >>> _title_elsewhere({"authors": "I. Škrbec, Poitalijančevanje krajevnih imen", "title": "Zgodovinski časopis"},
    ...                  {"authors": "I. Škrbec", "title": "Poitalijančevanje krajevnih imen"})
    False
    >>> _title_elsewhere(rule, {"authors": "Pere Soler i Vidal", "title": "Les germandats de socors"})
    False
    """
    mine, theirs = fold(model.get("title")), fold(rule.get("title"))
    if len(mine.split()) < 2 or not theirs or theirs in mine:
        return False
    # (a name the rules read as an editor of the container counts as the container's: `in G. DE BÚRCA, C. KILPATRICK
    # and J. SCOTT (eds), Liber Amicorum …` read by the model as the title `DE BÚRCA`)
    fields = ("authors", "container", "editors") if _name_shaped(str(model.get("title") or "")) else ("container",)
    return any(f" {mine} " in f" {fold(rule.get(field))} " for field in fields)


def _name_shaped(text: str) -> bool:
    """Whether ``text`` has a person's name's shape: two or three words, each opening with a capital (a title the
    rules kept among the authors, `Ivana Škrbec, Poitalijančevanje krajevnih imen`, has words in small letters).

    >>> _name_shaped("Драгољуб Ранковић"), _name_shaped("D. Ranković"), _name_shaped("Poitalijančevanje krajevnih imen")
    (True, True, False)
    """
    words = text.split()
    return 2 <= len(words) <= 3 and all(word[:1].isupper() for word in words)


def _ran_on(theirs: str, mine: str) -> bool:
    """Whether the rules' title (``theirs``) is the model's title of two words or more (``mine``) run on into what
    follows the title: a sentence (`…, 1–158, 324–328. Un suo incontro …`) or a year that is not one of a span of years
    the title names (`…, Baden-Baden 1997`, `… Industrielle Beziehungen 12/2005/2`; not `…, 1890-1939`).

    >>> _ran_on("Der Firmentarifvertrag (2006). Die Zulässigkeit", "Der Firmentarifvertrag")
    True
    >>> _ran_on("Wozu Rechtsphilosophie?, JZ 73 (2018), 161–170", "Wozu Rechtsphilosophie")  # (a question ends it)
    True
    >>> _ran_on("Les Cheminots du PLM, 1890-1939", "Les Cheminots du PLM"), _ran_on("Le Rail, op. cit.", "Le Rail")
    (False, False)
    >>> _ran_on("Visszaemlékezések 1940–1956", "Visszaemlékezések 1940"), _ran_on("Govori i članci, knj. IX", "Govori i članci")
    (False, False)
    >>> _ran_on("Zwölf Jahre Kampf: ein Beitrag zur Geschichte der KPD, 1933 bis 1945", "Zwölf Jahre Kampf: ein Beitrag zur Geschichte der KPD")
    False
    >>> _ran_on("Memories of the Uprising of 17 June 1953 in the GDR", "Memories of the Uprising of 17 June")
    False
    >>> _ran_on("Memories of the Uprising of 17 June 1953 in the GDR", "Memories of the Uprising of")
    False
    """
    if len(mine.split()) < 2 or not theirs.startswith(mine) or len(theirs) == len(mine):
        return False
    if theirs[len(mine)] not in " ,.;:(?!":  # the model cut a word or a span (`Visszaemlékezések 1940|–1956`)
        return False
    dates = find_dates(theirs)
    if any(d.start < len(mine) < d.end for d in dates):  # the model cut a date the title names
        return False
    # (nor is a day or a month the title names, its words going on after it: `… the Uprising of 17 June 1953 in the GDR`)
    for d in dates:
        if d.start >= len(mine) and d.precision in ("day", "month") and re.match(r"\s+[^\W\d_]", theirs[d.end:]):
            theirs = theirs[:d.start] + " " * (d.end - d.start) + theirs[d.end:]
        elif d.start >= len(mine) and d.precision == "year" and d.date_start[:4] != d.date_end[:4]:
            theirs = theirs[:d.start] + " " * (d.end - d.start) + theirs[d.end:]  # (a span in words: `…, 1933 bis 1945`)
    more = re.sub(r"\d{4}\s*[–—-]\s*\d{2,4}", "", theirs[len(mine):])
    sentence = any(m.group(1).isupper() and m.group(2).islower()
                   for m in re.finditer(r"\.\s+([^\W\d_])([^\W\d_])", more))
    return sentence or bool(YEAR.search(more))


def filled(model: dict, rule: dict) -> dict:
    """The model's reading with its empty fields filled from the rules'.

    >>> filled({"title": "Recht", "place": ""}, {"title": "Recht, Reinbek", "place": "Reinbek"})
    {'title': 'Recht', 'place': 'Reinbek'}
    """
    return dict(model, **{field: rule[field] for field in FIELDS if not str(model.get(field) or "").strip()
                          and str(rule.get(field) or "").strip()})


def swallowed(rule: dict, model: dict) -> bool:
    """Whether the rules' row, naming no author, holds the model's author and title in its title: the rules read the
    words printed before the reference as its start (`gl. Marko Zupančič, Beg čez mejo …`, `Näher hierzu Gunther
    Teubner, Verrätselungen …`), the model where it begins.

    >>> rule = {"authors": "", "title": "gl. Marko Zupančič, Beg čez mejo. Primorski begunci"}
    >>> swallowed(rule, {"authors": "Marko Zupančič", "title": "Beg čez mejo. Primorski begunci"})
    True
    >>> swallowed(rule, {"authors": "Ljubljana", "title": "Beg čez mejo. Primorski begunci"})
    False
    """
    title, authors, named = (str(row.get(name) or "").strip() for row, name in
                             ((rule, "title"), (model, "authors"), (model, "title")))
    return not str(rule.get("authors") or "").strip() and bool(authors and named) and authors in title \
        and named in title


def prose_before_authors(rule: dict, model: dict) -> bool:
    """Whether the rules' authors are the model's with words printed before them (`die aufschlussreichen Bemerkungen
    von Gian Biagio Conte`, `zum Kontext dieser Passage Volker Bauer`): the rules took the end of a sentence for the
    first author's name, the model began the reference at the name. (The merge asks it of a row opening with a word
    in small letters, which begins no name.) The model's authors name more than a surname: the words before a
    surname alone may be its first name (`on this Rüdiger Campe` read as `Campe`) or a particle (`de la Durantaye`).

    >>> prose_before_authors({"authors": "Passage Volker Bauer"}, {"authors": "Volker Bauer"})
    True
    >>> prose_before_authors({"authors": "Rüdiger Campe"}, {"authors": "Campe"}), prose_before_authors({"authors": "Bauer"}, {"authors": ""})
    (False, False)

    Nor a co-author before a word for "and" (`M. Dawson and F. De Witte`: the model began at the second author).

    >>> prose_before_authors({"authors": "M. Dawson and F. De Witte"}, {"authors": "F. De Witte"})
    False
    """
    theirs, mine = (str(row.get("authors") or "").strip() for row in (rule, model))
    return len(mine.split()) > 1 and len(theirs) > len(mine) and theirs.endswith(mine) and theirs[-len(mine) - 1] in " ," \
        and not _and_before().search(theirs[:-len(mine)])


@functools.cache
def _and_before() -> re.Pattern:
    forms = sorted((row["form"] for row in data_rows("citations", "and_words.csv")), key=lambda form: (-len(form), form))
    return re.compile(rf"(?:^|\s|,)(?:{'|'.join(map(re.escape, forms))}|&)\s*$")


def _year_of(rule: dict, model: dict) -> str:
    """The rules' year, else the model's unless it is a year the rules' title holds before its end (`Jugoslaviji
    1950-ih', …41 (2009)`, `(1944–1954)`: a year of the subject, not of the work).

    >>> _year_of({"year": "", "title": "Rechtssoziologie (1972)"}, {"year": "1972"})
    '1972'
    >>> _year_of({"year": "", "title": "Politička delatnost (1944–1954)"}, {"year": "1944"})
    ''
    """
    year, title = str(rule.get("year") or "").strip(), str(rule.get("title") or "")
    if year or not str(model.get("year") or "").strip():
        return year
    found = str(model["year"]).strip()
    inside = title.find(found)
    return found if inside < 0 or not title[inside + len(found):].strip(" )]") else ""


def within_replaced(model: dict, replaced: list[tuple[tuple[int, int], dict, str]]) -> bool:
    """Whether a reading the merge did not use lies within a rules row (``span``) another reading (``used``) was
    paired with, and is part of that row's reference, not a second one the rules ran on into: it holds the row's
    ``year`` and the reading used does not (that reading was cut before the imprint the rules read: `Conte, Genres
    and Readers [1991], übersetzt von …, mit einem Vorwort von Charles Segal, Baltimore, London 1994`, `Rožanc,
    Milena: Stanovanjska politika … V: … Maribor : Založba Obzorja, 2002`). A reading of another year is another
    reference (`Laković, Zapadna …, 2006, and the documents printed in Foreign Relations of the United States,
    1951`), and so is one whose year the reading used holds too (a work printed again in a second language).

    >>> used = {"raw": "Conte, Genres [1991"}
    >>> segal = {"start": 40, "end": 69, "raw": "Charles Segal, Baltimore 1994"}
    >>> within_replaced(segal, [((0, 69), used, "1994")]), within_replaced(segal, [((0, 69), used, "1991")])
    (True, False)
    """
    for span, used, year in replaced:
        if span and span[0] <= model["start"] and model["end"] <= span[1]:
            return bool(year) and year in str(model.get("raw") or "") and year not in str(used.get("raw") or "")
    return False
