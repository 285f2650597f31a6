"""German and Austrian legal short citations, the lead-ins a reference may still carry, and court decisions and
legislation, which are cited in notes but are not literature.

`Hofmann, ZGE 2016, 482, 498` names the author, the journal's abbreviation,
the year, the first page and the page cited: no title. A journal's
abbreviation is told by its capitals inside the word (`DRdA`, `EuZA`, `NJW`,
`GRUR-Prax.`), so a place and year (`Karlsruhe 1910`) is not one. Lead-ins
(`Vgl`, `Dazu ausführlich`, `See, e.g.,`, `zu der Entscheidung kritisch:`) are
cut off the front of a reference before it is read; their words are data
(``reference_words.csv``, kind ``lead``). The Austrian and English legal
style puts the year in brackets after a journal's volume or a book's title,
then the first page (`bracket_year`: `JZ 73 (2018) 161`, `Title (2023) 45`).

`legal_kind` tells a court decision (``case``: `EuGH 1.12.2007, C-438/05`, `BGHZ 45, 123`, `Marbury v. Madison,
5 U.S. 137 (1803)`) and legislation (``legislation``: `§ 5 BGB`, `RL 2002/14/EG`, `BGBl. I S. 123`, `Judiciary Act
of 1789`); the citations table gives them those kinds and the references table leaves them out. A court, a law report
or a gazette it does not know is a row of ``courts.csv``.
"""

from __future__ import annotations

import functools
import re

from .caseless import CASELESS, CASELESS_LEAD
from .casenotes import case_note, conclusions
from .laws import NOT_IN_WORD, court_forms, is_legislation, opening_law
from .partedforms import parted
from .words import LOWER, UPPER, YEAR, alternation, archive_word, forms, word_rows
from ..patterns import compiled

# (a second surname after an elided particle: `de Meeüs d’Argenteuil`, `Giscard d’Estaing`)
_NAME = rf"(?:(?:[Vv][ao]n|[Dd][eiau]|[Dd]er|[Ll][ae]|[Tt]er)\s+){{0,2}}[{UPPER}][^\W\d_]+(?:-[{UPPER}][^\W\d_]+)?" \
    rf"(?:\s+[dl]['’][{UPPER}][^\W\d_]+)?"
#: A journal's abbreviation: a capital inside its first word, after a letter (and a full stop or &), or a word of capitals
#: (`EuZA`, `DÖV`, `RdA-Beilage`, `ZfA`, `N.J.W.`, `K&R`), so not a place (`Frankfurt/M.`, `Berlin-Ost`); the reference readers
#: take it for a container, not a place (`Title, JZ 2013, 697`).
ABBREVIATION = rf"(?=[^\s,]*[^\W\d_][.&]?[{UPPER}])[{UPPER}][^\s,\d]{{0,14}}(?:\s+[{UPPER}][^\s,\d]{{0,14}})?"
# (the same author's word for the name, `ders., NJW 1987, 2337`; no comma after a name in the NJW manner, `Canaris NJW
# 1990, 1`, a name in small letters then: a court's capitals, `BGH NJW 1990, 1`, are a decision)
_AUTHORS = rf"{_NAME}(?:\s*/\s*{_NAME}){{0,3}}"
_LEGAL_SHORT = compiled(rf"^(?P<authors>(?:{_AUTHORS}|{alternation('reference_words.csv', 'same_author', 'de')})(?=,)"
                        rf"|(?=[{UPPER}]{LOWER}){_AUTHORS}(?=\s)),?\s+(?P<container>{ABBREVIATION})\s+"
                          rf"(?P<year>{YEAR}),\s*(?P<pages>\d+(?:\s*[–—-]\s*\d+)?(?:\s*(?:,|f+\.?)\s*\d*(?:\s*[–—-]\s*\d+)?)*)\s*(?:f+\.?)?\s*\.?\s*$")


# the section and the margin number cited of a commentary or a textbook: `Rn. 471`, `§ 27 UrhG Rn. 15`, `§ 1`
_MARGIN = r"(?:§+\s*\d+[a-z]*(?:\s+[A-Z][\w-]*)?\s*)?(?:Rn|Rz)\.?\s*\d+|§+\s*\d+[a-z]*"


# `Gantert, Bibliothekarisches Grundwissen, 9. Aufl. 2016, S. 3`, `Steinhauer, Datenschutz in …, in: Specht/Mantz, …`
# (after the year: the end, the pages, or where it is found online: `…, 2019, abrufbar unter: https://…`)
@functools.cache
def _book_by_author() -> re.Pattern:
    online = alternation("reference_words.csv", "online")
    # (the section and margin number cited after its year: `…, 18. Aufl. 2018, Rn. 471`; the forenames or initials before
    # the surname, `Francis Fukuyama, …`; persons by their initials parted by commas too, `J. Jett, B. Cole, …`)
    forenames = rf"(?:[{UPPER}](?:[^\W\d_]+|\.)(?:-[{UPPER}][^\W\d_]*\.?)?\s+){{0,3}}"
    return compiled(rf"^(?P<authors>{forenames}{_NAME}(?:(?:\s*/\s*|,\s+(?=[{UPPER}]\.))(?:{forenames}){_NAME}){{0,9}}),\s+"
                      rf"(?:(?:[^,]{{3,200}}?,\s+){{1,3}}in:\s|[^,]{{3,200}}?,\s+"
                      rf"(?:\d+\.\s*Aufl\.\s*)?{YEAR}(?:,\s*(?:(?:S\.\s*)?\d+(?:\s*[–—-]\s*\d+)?|{_MARGIN})(?:\s*f+\.?)?)?"
                      rf"(?:\s*\.?\s*$|,\s*(?i:{online})))")


@functools.cache
def _bracket_book() -> re.Pattern:
    # the Austrian manner's book cited whole, its year in brackets (`Krejci, Aussperrung (1980)`), its place and
    # publisher after it, then its pages (`Hahn, Titel (2024) Baden-Baden Nomos, 187 ff`, `Marhold, Titel (2024) Vienna,
    # Linde Verlag`); no digit in its title, which a file's number would have, and a word of three letters: not APA's
    # initials, `Ward, L. (2015)`
    # (a subtitle after a comma, `Wacker, Arbeitslosigkeit, Soziale und psychische Folgen (1983)`; the edition
    # written small after the title, `Dütz/Thüsing, Arbeitsrecht22 (2017)`; a section or margin number cited after
    # the bracket, `…(1970), § 1`, `…(2017), Rn 284 f.`)
    text = r"[^,()\d]{1,40}"
    pages = r"\d+(?:\s*[–—-]\s*\d+)?(?:\s*f+\.?)?"
    return compiled(rf"^(?P<authors>{_NAME}(?:\s*/\s*{_NAME}){{0,4}}),\s+(?P<title>(?![{UPPER}]\.)(?=[^,()]*[^\W\d_]{{3}})[^()\d]{{3,200}}?)"
                      rf"(?:(?<=[^\W\d_])\d{{1,2}})?\s*\(\s*(?P<year>{YEAR})\s*\)(?:\s+(?P<place>[{UPPER}]{text}?)"
                      rf"(?:,\s*(?P<publisher>[{UPPER}]{text}))?(?:,\s*(?P<pages>{pages}))?"
                      rf"|,\s*(?:§+|Rn|Rz)\.?\s*(?P<cited>{pages}))?\s*\.?\s*$")


def read_bracket_book(text: str, ref: dict) -> bool:
    """Fill ``ref`` from a book cited in the Austrian manner with its imprint after the bracketed year; False if not one.

    >>> ref = {}
    >>> read_bracket_book("Marhold, Klimaklagen (2024) Vienna, Linde Verlag, 45", ref), ref["publisher"], ref["year"]
    (True, 'Linde Verlag', '2024')
    """
    found = _bracket_book().match(text.strip())
    if found is not None:
        ref.update({key: (found.group(key) or "").strip() for key in ("authors", "title", "year", "place", "publisher",
                                                                     "pages")})
        ref["pages"] = ref["pages"] or (found.group("cited") or "").strip()
    return found is not None


# `Rehbinder/Peukert, Urheberrecht, 18. Aufl. 2018, Rn. 471`, `Dreier/Schulze, Urheberrechtsgesetz, 6. Aufl. 2018, § 27
# UrhG Rn. 15`: a textbook or a commentary cited by its authors, title, edition's year and the margin number cited
_TEXTBOOK = compiled(rf"^(?P<authors>{_NAME}(?:\s*/\s*{_NAME}){{0,4}}),\s+(?P<title>[^,\d]{{3,200}}?),\s+(?:\d+\.\s*Aufl\.\s*)?"
                     rf"(?P<year>{YEAR}),\s*(?P<pages>(?:{_MARGIN})(?:\s*f+\.?)?)\s*\.?\s*$")


def read_book_by_author(text: str, ref: dict) -> bool:
    """Fill ``ref`` from an author's book in the Austrian manner (`read_bracket_book`) or a textbook cited by its
    edition's year and margin number; False if neither.

    >>> ref = {}
    >>> read_book_by_author("Schack, Urheberrecht, 9. Aufl. 2019, Rn. 535.", ref), ref
    (True, {'authors': 'Schack', 'title': 'Urheberrecht', 'year': '2019', 'pages': 'Rn. 535'})
    """
    if read_bracket_book(text, ref):
        return True
    found = _TEXTBOOK.match(text.strip())
    if found is not None:
        ref.update({key: found.group(key).strip() for key in ("authors", "title", "year", "pages")})
    return found is not None


def book_by_author(piece: str) -> bool:
    """Whether ``piece`` is an author's book or chapter in the German manner (`Name, Title, 2. Aufl. 1993, S. 113 f.`,
    `Name, Title, in: Editors, Book`), after a lead-in: a publication, whatever archive or library its title names.

    >>> book_by_author("Kirchner, Grundriß des Bibliotheks- und Dokumentationsrechts, 2. Aufl. 1993, S. 113 f.")
    True
    >>> book_by_author("Fürstlich Wiedisches Archiv (Neuwied), 60–8-6 bis 60–8-9."), book_by_author("Krejci, Aussperrung (1980)")
    (False, True)
    >>> book_by_author("Triaille/de Meeüs d’Argenteuil, Study on text and data mining, 2014, S. 47 f.")
    True
    """
    text = without_lead_in(piece.strip())
    found = _book_by_author().match(text)
    return found is not None and not archive_word().search(found["authors"]) or _bracket_book().match(text) is not None


# a year in brackets after a title or a journal's volume (and issue), then the first page: `… 77:3 (1983) 690`,
# `… (2023) 45` (Austrian and English legal style)
# (the year's part after it too, as the Hague lectures number their volumes: `Recueil des cours 219 (1990-III), 9`; a
# book's edition before it and `at` before the page, as the European journals print them: `Title (2nd edn, 2011), at 45`)
BRACKET_YEAR_PAGE = compiled(r"\(\s*(?:(?:\d{1,2}(?:st|nd|rd|th)\s+edn\.?)?,\s*)?(?:1[5-9]|20)\d{2}(?:\s?[-–]?\s?[IVX]{1,4})?\s*\)"
                             r"\s*,?\s*(?:at\s+)?\d")

_BRACKET_PAGES = r"(?:\s*,?\s*(?P<pages>\d+(?:\s*[–—-]\s*\d+)?(?:\s*ff?\.?)?))?\s*$"
# (the journal's name opens with a capital, and is not a word for a volume or an issue: `…, Studies 16, no. 3 (2014)`)
_JOURNAL_BRACKET_YEAR = compiled(rf",\s*(?!(?:{alternation('reference_words.csv', 'volume')}|{alternation('reference_words.csv', 'issue')})\s*\d)"
                                   rf"(?P<container>[{UPPER}][^,\d()]{{1,119}}?)(?:\s*\([{UPPER}]{{1,8}}\))?\s+(?P<volume>\d{{1,4}})(?:[:/](?P<issue>\d{{1,4}}))?\s*"
                                   # (the year's part after it, as the Hague lectures' volumes are numbered: `Recueil des
                                   # cours 219 (1990-III)`, `(1975 II)`)
                                   r"\((?P<year>(?:1[5-9]|20)\d{2})(?:\s?[-–]?\s?[IVX]{1,4})?\)" + _BRACKET_PAGES)
# (a book's edition before its year, with no publisher, as the European journals print it: `Title (2nd edn, 2011)`)
_TITLE_BRACKET_YEAR = compiled(r"\s*\((?:\d{1,2}(?:st|nd|rd|th)\s+edn\.?,\s*)?(?P<year>(?:1[5-9]|20)\d{2})\)" + _BRACKET_PAGES)


def bracket_year(head: str, ref: dict) -> str | None:
    """A journal's volume (and issue) and a year in brackets ending ``head`` (`…, JZ 73 (2018)`, `…, Review 77:3 (1983)
    690 ff`), or a book's year so (`Title (2023) 45`): ``ref`` takes them, and what comes before is returned; None if
    there are none.

    >>> ref = {"pages": ""}
    >>> bracket_year("Zeman, Legal mobilization, American Political Science Review 77:3 (1983) 690 ff", ref), ref["volume"]
    ('Zeman, Legal mobilization', '77')
    """
    if ")" not in head:
        return None
    found = _JOURNAL_BRACKET_YEAR.search(head) or _TITLE_BRACKET_YEAR.search(head)
    if found is None or found.start() == 0:
        return None
    parts = found.groupdict()
    ref.update(year=parts["year"], container=(parts.get("container") or "").strip(), volume=parts.get("volume") or "",
               issue=parts.get("issue") or "")
    if parts["pages"] and not ref["pages"]:
        ref["pages"] = parts["pages"].strip()
    return head[:found.start()].rstrip(" ,")


@functools.cache
def _lead_in() -> re.Pattern:
    # the lead words of the parser and the words for "see" the splitter knows (`Види`, `Srov.`, `Lásd`)
    # (a lead of two words may hold a comma between them: `Ikus, halaber,` as `ikus halaber`, `See, also,`)
    # (and the space after a full stop inside one may be left out: `z.B.` as `z. B.`)
    # (parted by their first letters, `partedforms`: under IGNORECASE re tried the 450 forms one by one at each try)
    # (a form its list says is ``exact`` keeps its capitals: `a. A.`, "anderer Ansicht", is not `a. a. O.`'s start)
    exact = {row["form"] for name in ("reference_words.csv", "see_also.csv") for row in word_rows(name) if row.get("case") == "exact"}
    words = parted([(form, (lambda p: f"(?-i:{p})" if form in exact else p)(re.escape(form).replace(r"\.\ ", r"\.\s*").replace(
        r"\ ", r"(?:\s*,\s*|\s+)"))) for form in sorted(set(forms("reference_words.csv", "lead")) | set(forms("see_also.csv")),
                                                      key=lambda form: (-len(form), form))])
    # a lead word or a few, then a capital (or a letter of a script without one: `देखें, अवस्थी`; or a quoted title's quote), after a few words in small letters or none (`Več o tem gl. Ana Šumi, …`),
    # a colon may follow it (`Vgl.: Bauer`, `Види: Мирко Станић`); or a few words in small letters and a colon
    # (`zu der Entscheidung kritisch:`)
    return compiled(rf"^(?:(?:[^\W\d_]+(?:\s+[^\W\d_{UPPER}][^\W\d_]*){{1,3}}\s+(?=(?i:{words})))?"
                      rf"(?:(?i:{words})(?:\s*:\s*|,\s*|\s+|(?<=\.)))+"
                      # (a few words in small letters set off by commas after it: `See, on this point, Brownlie, …`)
                      rf"(?:(?<=,\s)(?:[^\W\d_{UPPER}][^\W\d_]*\s+){{0,4}}[^\W\d_{UPPER}][^\W\d_]*,\s+)?"
                      rf"(?=[{UPPER}{CASELESS}„“\"«‘]|ders\.|dies\.)"
                      # (not the same author's word in small letters: `uő: Cím`, `tas pats, Pavadinimas`)
                      rf"|(?!(?:{_KEPT_WORDS})[.:,]?\s)[^\W\d_{UPPER}][^\W\d_]*(?:\s+[^\W\d_]+){{0,5}}:\s+(?=[{UPPER}])"
                      # `die Überlegungen bei Andreas Gestrich, …`: a few words, the first and the last in small letters
                      # (not a name's particle: `von Schwarzkopf`, `de Gaulle`)
                      rf"|(?=[^\W\d_{UPPER}])(?:[^\W\d_]+\s+){{0,4}}(?!{_PARTICLES}\s)[^\W\d_{UPPER}][^\W\d_]*\s+(?=[{UPPER}])"
                      # `ראו: יוסף כהן, …`: in a script without capitals, a short lead and a colon before a name
                      rf"|{CASELESS_LEAD}"
                      # `Sal.: Šmits. …`, `Sk. arī: M. Name. …`, `Гл.: Name …`: a lead word no list holds, by its shape, an
                      # abbreviation with a capital (a word in small letters after it) and a colon: no name ends so
                      # (not the same author's word, `Ders.:`, nor an editor's, `Hrsg.:`)
                      rf"|(?!(?i:{_KEPT_WORDS})[.:])[{UPPER}]{LOWER}{{1,4}}\.(?:\s+{LOWER}{{1,8}})?:\s+(?=[{UPPER}]))")


# the words that open a reference's part and are no lead: the same author's (`Ders.`), an editor's (`Hrsg.`)
_KEPT_WORDS = "|".join(alternation("reference_words.csv", kind) for kind in ("same_author", "role"))

_PARTICLES = r"(?:von|vom|van|de|der|den|des|da|di|du|del|della|dos|das|la|le|ten|ter|al|el|bin|ibn)"


@functools.lru_cache(maxsize=16384)  # (each legal test of a piece cuts its lead-in again: the same text, one after another)
def without_lead_in(text: str) -> str:
    """``text`` with a lead-in cut off its front.

    >>> without_lead_in("Dazu ausführlich Bauer, Repertorium, 20"), without_lead_in("Vgl Jacobs, Labour, 99")
    ('Bauer, Repertorium, 20', 'Jacobs, Labour, 99')
    >>> without_lead_in("zu der Entscheidung kritisch: Steinhauer, GRUR-Prax. 2016, 561")
    'Steinhauer, GRUR-Prax. 2016, 561'
    >>> without_lead_in("Več o tem gl. Ana Šumi, Spomin, 2012")
    'Ana Šumi, Spomin, 2012'
    >>> without_lead_in("die Überlegungen bei Andreas Gestrich, Absolutismus"), without_lead_in("von Weizsäcker, Titel")
    ('Andreas Gestrich, Absolutismus', 'von Weizsäcker, Titel')
    >>> without_lead_in("Vgl.: Bauer, Repertorium, 20"), without_lead_in("Види: Мирко Станић, Наслов, 1999")
    ('Bauer, Repertorium, 20', 'Мирко Станић, Наслов, 1999')
    >>> without_lead_in("Soziale Systeme, 1984")
    'Soziale Systeme, 1984'
    """
    return _lead_in().sub("", text, count=1)


def is_legal_short(piece: str) -> bool:
    """Whether ``piece`` is a legal short citation (author, journal abbreviation, year, pages).

    >>> is_legal_short("Hofmann, ZGE 2016, 482, 498"), is_legal_short("Müller, Karlsruhe 1910, 45")
    (True, False)
    >>> is_legal_short("De la Durantaye, ZUM 2011, 538, 538 ff."), is_legal_short("Steinhauer, K&R 2009, 161")
    (True, True)
    >>> is_legal_short("Staudinger/Hellweg, BGB, 13. Bearb. 1999, § 611 Rn. 12")
    True

    A commentary cited by its name and its author's (`read_commentary`) is one too.
    """
    text = piece.strip()
    return _LEGAL_SHORT.match(text) is not None or _commentary().match(text) is not None \
        or _commentary_in().match(text) is not None or _commentary_by_editors().match(text) is not None


def read_legal_short(text: str, ref: dict) -> bool:
    """Fill ``ref`` from a legal short citation (authors, container, year, pages); False, and nothing filled, if not one.

    >>> ref = {}
    >>> read_legal_short("Marhold, DRdA 2015, 413", ref), ref
    (True, {'authors': 'Marhold', 'container': 'DRdA', 'year': '2015', 'pages': '413'})
    """
    found = _LEGAL_SHORT.match(text.strip())
    if found is None:
        return False
    ref.update({key: found.group(key).strip() for key in ("authors", "container", "year", "pages")})
    return True


@functools.cache
def _commentary() -> re.Pattern:
    # `Staudinger/Hellweg, BGB, 13. Bearb. 1999, § 611 Rn. 12`, `MüKo/Säcker, BGB, § 1 Rn. 3`: the commentary's name
    # (``reference_words.csv``, kind ``commentary``), its author's, the law, the edition and year, the provision cited
    # (its revision's year in brackets, `Staudinger/Mahrenholz (2012) § 2034 Rn. 5`, or the note it was cited in,
    # `Staudinger/Mahrenholz (Fn. 8) § 2034 Rn. 12`; the Dutch Asser series its part,
    # year and margin number, `Asser/Verhagen & Molenkamp 7-I 2014/123`)
    return compiled(rf"^(?P<commentary>{alternation('reference_words.csv', 'commentary')})\s*/\s*"
                      rf"(?P<authors>{_NAME}(?:\s*(?:&|{alternation('and_words.csv')})\s*{_NAME}){{0,3}})"
                      rf"(?:\s*\(\s*(?:(?P<revised>{YEAR})|(?:o\.\s*)?(?:Fn|Anm|FN|n)\.?\s*\d{{1,3}})\s*\))?"
                      rf"(?:,\s*(?P<container>[^,\d§]{{1,40}}?))?"
                      # (the edition in English too, `MüKoBGB/Name, 8th ed. 2020`)
                      rf"(?:,\s*(?:\d+(?:\.|st|nd|rd|th|d)\s*[^\W\d]+\.\s*)?(?P<year>{YEAR}))?"
                      rf"(?:\s+(?P<part>\d{{1,2}}(?:-[IVX]+)?\*{{0,2}})\s+(?P<part_year>{YEAR})/(?P<number>\d+))?"
                      # (a looseleaf's delivery year after the margin number: `Maunz/Dürig/Name, GG, Art. 1 Rn. 9 (2019)`)
                      rf"(?:,?\s*(?P<pages>(?:§|Art\.|Rn\.)[^,]*?))?(?:\s*\((?P<delivered>{YEAR})\))?\s*\.?$")


@functools.cache
def _commentary_by_editors() -> re.Pattern:
    # `Dreier/Schulze/Dreier, 7. Aufl. 2022, UrhG § 60c Rn. 1`, `BeckOK UrhR/Grübler, 42. Ed. 1.5.2024, UrhG § 60c Rn. 5`:
    # a commentary no list names, by its editors' names (or a listed one with its law), its author's last; only with
    # the edition, its year and the provision cited (co-authors are slashed too: `Bähr/Brunner, Titel, Berlin 1990`);
    # the author after a hyphen too, an initial perhaps: `Fromm/Nordemann-A. Nordemann, …, 12. Aufl. 2018, § 60 d Rn. 1, 4`
    editions = alternation("reference_words.csv", "first_edition") + "|" + alternation("reference_words.csv", "edition_word")
    named = rf"(?:{alternation('reference_words.csv', 'commentary')})(?:\s+[{UPPER}][\w-]{{1,10}})?"
    return compiled(rf"^(?P<commentary>{named}|{_NAME}(?:\s*/\s*{_NAME}){{1,3}})(?:\s*/\s*|-\s?)(?P<authors>(?:[{UPPER}]\.\s?)?{_NAME}),"
                    rf"(?:\s*(?P<container>[{UPPER}][^,\d§]{{1,40}}?),)?\s*\d{{1,2}}\.\s*(?:{editions}|Ed\.)\s*"
                    rf"(?:\d{{1,2}}\.\d{{1,2}}\.\s*)?(?P<year>{YEAR}),?\s*(?P<law>[{UPPER}][\w-]{{1,12}}\s+)?"
                    rf"(?P<pages>(?:§§?|Art\.|Rn\.)\s*\d[^,;]*?(?:,\s*\d{{1,4}}(?:\s*f{{1,2}}\.)?)*)\s*\.?$")


@functools.cache
def _commentary_in() -> re.Pattern:
    # `Felten in Rummel/Lukas/Geroldinger, ABGB4 § 1155 Rz 49 (Stand 1.8.2022, rdb.at)`: the Austrian manner, the
    # author in the editors' commentary (its name and edition), the provision cited, the date of the online version
    names = rf"{_NAME}(?:\s*/\s*{_NAME}){{0,4}}"
    return compiled(rf"^(?P<authors>{names})\s+in\s+{names}(?:\s*\(Hrsg\.?\))?,\s*(?P<container>[^,§()]{{2,40}}?)\s*"
                      rf"(?P<pages>(?:§§?|Art\.?)\s*\d[^()]*?)\s*(?:\(Stand\s+[^()]*?(?P<year>{YEAR})[^()]*\))?\s*\.?$")


def commentary_author(name: str) -> str:
    """The author of ``name`` when it is a commentary's name and its author's (`Staudinger/Hellweg`), else ``name``.

    >>> commentary_author("Staudinger/Hellweg"), commentary_author("Bähr/Brunner")
    ('Hellweg', 'Bähr/Brunner')
    """
    found = _commentary().match(name.strip()) or _commentary_by_editors().match(name.strip())
    return found.group("authors") if found else name


def read_commentary(text: str, ref: dict) -> bool:
    """Fill ``ref`` from a German commentary cited by its name and its author's: the author, the law as the container,
    the year of the edition, the provision cited as the pages; False, and nothing filled, if not one.

    >>> ref = {}
    >>> read_commentary("Staudinger/Hellweg, BGB, 13. Bearb. 1999, § 611 Rn. 12", ref), ref
    (True, {'authors': 'Hellweg', 'container': 'BGB', 'year': '1999', 'pages': '§ 611 Rn. 12'})
    >>> read_commentary("Bähr/Brunner, Title, Berlin 1990", {})
    False
    >>> ref = {}
    >>> read_commentary("Dreier/Schulze/Dreier, 7. Aufl. 2022, UrhG § 60c Rn. 1", ref), ref
    (True, {'authors': 'Dreier', 'container': 'UrhG', 'year': '2022', 'pages': '§ 60c Rn. 1'})

    The commentary (Staudinger, MüKo, Palandt …) is its editors' name, not an author's. In the Austrian manner the
    author is named in the editors' commentary, the work cited, whose name is the title (its author's part has none):

    >>> ref = {}
    >>> read_commentary("Felten in Rummel/Lukas, ABGB4 § 1155 Rz 49 (Stand 1.8.2022, rdb.at)", ref), ref["title"]
    (True, 'ABGB4')
    """
    found = _commentary().match(text.strip()) or _commentary_by_editors().match(text.strip())
    within = _commentary_in().match(text.strip()) if found is None else None
    if found is None and within is None:
        return False
    ref.update({key: ((found or within).group(key) or "").strip() for key in ("authors", "container", "year", "pages")})
    if found is not None and found.re is _commentary_by_editors():  # (the law before the provision, if not before)
        ref["container"] = ref["container"] or (found.group("law") or "").strip()
    elif found is not None:  # (a revision's year in brackets, an Asser part's year, its margin number)
        ref.update(year=ref["year"] or found.group("revised") or found.group("part_year") or found.group("delivered") or "",
                   pages=ref["pages"] or found.group("number") or "")
    if within is not None or re.fullmatch(rf"[{UPPER}]{LOWER}{{7,}}|\S+(?:\s+\S+)+", ref["container"]):  # (a title, not a law)
        ref.update(title=ref["container"], container="")
    return True


# Court decisions and legislation, cited in law notes, are not literature. Courts, law reports, gazettes and words are
# data (``courts.csv``, by kind: ``court``, ``reporter``, ``gazette``, ``decision``, ``provision``, ``instrument``,
# ``bill``, ``constitution``, ``code``, ``compilation``); a law's words are ``reference_words.csv``'s kind ``statute``.
_DATE = (r"\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})(?!\d)|\d{1,2}\.?\s+[^\W\d_]{3,}\.?\s+(?:1[5-9]|20)\d\d"
         r"|(?:1[5-9]|20)\d\d-\d\d-\d\d|[^\W\d_]{3,}\.?\s+\d{1,2},\s+(?:1[5-9]|20)\d\d")
# a docket number: `C-438/05`, `2 BvR 1750/12`, `9 ObA 12/03`, `VI ZR 123/04`, `G 12/03`, `no. 53600/20`
_DOCKET = (r"(?:[CTF]-\d{1,4}/\d\d|(?:\d{1,2}\s*|[IVX]{1,4}\s+)?[A-Z][A-Za-z]{0,4}\s*\d{1,5}/\d{2,4}"
           r"|(?:[Nn]o|Nr|Az|Rs|Case)\.?\s*(?:[CT]-)?\d{1,6}/\d{2,4})")
# what every branch naming the parties holds (`A v B`, `In re A`): without it those branches are left out (`_case`)
# (the words as `in` tests and the `v` alone: one alternation, with no prefix check, cost twice as much)
_PARTIES_V = compiled(r"\s(?:v\.?|c\.?)\s")  # (`c`, `c.`: French's "contre", the McGill Guide's French form)


@functools.lru_cache(maxsize=16384)  # (asked of a piece by legal_kind, then of the same text again by legal_end)
def _case_at_start(text: str) -> re.Match | None:
    """`_case`'s match at the start of ``text``; the branches naming parties only where it has their word: they scan up
    to eighty characters at each try, and most citations name no parties (the same match: none of them could)."""
    named = "In re" in text or "Ex parte" in text or "Reference re" in text or _PARTIES_V.search(text) is not None
    return _case(named).match(text)


@functools.cache
def _case(parties_named: bool = True) -> re.Pattern:
    # (a company's form after a comma, `S. D. Myers, Inc. v. Canada`, and a party's country in brackets, `Maffezini
    # (Argentina) v. Kingdom of Spain`: ``courts.csv`` kind ``company``; or for whom the Crown sues, `R (on the
    # application of Evans) v Attorney General`, `R (Miller) v Secretary of State`)
    company = rf"(?:,\s*(?:{court_forms('company')})(?![^\W_])|\s*\([A-Z][^()]{{1,30}}\)|\s*\(on\s+the\s+application\s+of\s+[^()]{{1,60}}\))"
    parties = (r"(?:(?:In re|Ex parte|Reference re)\s+[A-Z][^,;()\[\]]{0,80}?"
               rf"|[A-Z][^,;()\[\]]{{0,80}}?(?:{company}[^,;()\[\]]{{0,80}}?)?\s+(?:v\.?|c\.?)\s+[A-Z][^;()\[\]]{{0,100}}?)"
               if parties_named else r"(?!)")
    report = rf"(?:{court_forms('reporter')}){NOT_IN_WORD}"
    return compiled(
        # `Case C-486/04, Commission v Italy`, `Joined Cases C-165/09 to C-167/09`, `Rs. C-438/05`: a case by its number
        rf"(?:{court_forms('case_word')})\s+(?:No\.?\s*)?(?:[A-Z]{{1,2}}-)?\d{{1,6}}/\d{{2,4}}(?![\d/])|[CT]-\d{{1,4}}/\d\d,"
        # `Opinion of Advocate General Kokott, delivered on 20 November 2014 in Case C-534/13`, `Judgment of 12 May 2011
        # in Case C-115/09`: a decision's word, then within its sentence the case by its number
        rf"|(?:{court_forms('decision')}){NOT_IN_WORD}[^;]{{0,160}}?(?:{court_forms('case_word')})\s+(?:No\.?\s*)?(?:[A-Z]{{1,2}}-)?"
        rf"\d{{1,6}}/\d{{2,4}}(?![\d/])"
        # `Judgment of 12 October 1993, Brunner v European Union Treaty`: a decision's word and day, then the parties
        rf"|(?:{court_forms('decision')}){NOT_IN_WORD}(?:\s+(?:of|du|del|vom|v\.))?\s+(?:{_DATE}),\s+[A-Z][^,;()\[\]]{{0,80}}?\s+v\.?\s+[A-Z]"
        # `Olguín v. Paraguay, ICSID Case No. ARB/98/5`: the parties, then the court's case number
        rf"|{parties},\s+(?:{court_forms('court')})\s+(?:{court_forms('case_word')})\s+No\."
        # `S. D. Myers, Inc. v. Canada, First Partial Award, 13 November 2000`, `… v. Turkey, judgment of 19 February 2009`
        rf"|{parties},\s+(?:[A-Z][\w-]*\s+){{0,3}}(?:{court_forms('decision')}){NOT_IN_WORD}[^;()]{{0,60}}?(?:,|\s+(?:of|du|del|vom))\s+(?:{_DATE})"
        # `[1958] O.R. 499 (C.A.)`: a report by its year, volume and page, the parties named in the text
        rf"|[\[(]{YEAR}[\])]\s+(?:\d{{1,4}}\s+)?(?:{court_forms('reporter')}){NOT_IN_WORD}\s+\d"
        # `Anvers, 12 mars 1998, R.W., 1998-99, p. 411`: the French and Belgian houses name a court of appeal by its seat
        # alone, then the decision's day and the report's abbreviation and year
        rf"|[{UPPER}][^\W\d_]+(?:-[^\W\d_]+)*,\s+(?:{_DATE}),\s+[{UPPER}][^\s,;\d]{{0,12}}(?:\s+[^\s,;\d]{{1,12}}){{0,3}},?\s+{YEAR}"
        # `EuGH 1.12.2007, C-438/05`, `BVerfG, Beschluss v. …`, `LG Hamburg, Urt. v. …`, `OGH 9 ObA 12/03`, `BAG NZA 2010, 12`
        # (a chamber or seat between court and date: `Cass. civ., Sez. Unite, 21 May 2014`, `T.A.R. Puglia, Lecce Sec. I, …`)
        rf"|(?:{court_forms('court')}){NOT_IN_WORD}(?:\s*\([^()]{{1,40}}\))?"
        rf"(?:(?:[\s,]+[^\s,]{{1,20}}){{0,4}}?\.?[\s,:]+(?:(?:{court_forms('decision')}){NOT_IN_WORD}|{_DATE}|{_DOCKET})"
        rf"|\s+[A-Z][\w-]{{1,10}}\.?\s+{YEAR}\s*,\s*\d"
        rf"|,\s+[A-Z][^,;]{{0,80}}?\s+(?:v\.?|c\.)\s+[A-Z])"  # (`c.` between parties in French, Italian, Spanish)
        # `BVerfGE 7, 198`, `BGHZ 45, 123`, `Slg 2007, I-11767`, `BGE 120 II 112`, `347 U.S. 483`
        rf"|{report}\s*\d{{1,4}}(?:\s+[IVX]+[a-z]?)?(?:\s*\([^()]{{1,20}}\))?\s*[,./]?\s*(?:I{{1,2}}-)?\d"
        rf"|\d{{1,4}}\s+{report}\s+\d"
        # the international manner, the case's name with the parties in brackets, then the decision's word or the report
        # (`Delimitation of the Continental Shelf (Nor. v. Ice.), 27 R.I.A.A. 147`, `… (It. v. Alb.), Judgment, 1984 I.C.J.`)
        rf"|[A-Z][^;()\[\]]{{0,120}}?\s\([A-Z][^()]{{0,40}}?\s(?:v\.?|c\.)\s[A-Z][^()]{{0,40}}\),\s+"
        rf"(?:(?:{court_forms('decision')}){NOT_IN_WORD}|(?:\d{{1,4}}\s+|{YEAR}\s+)?{report}\s+\d)"
        # a short form: `Roe, 410 U.S. at 120`
        rf"|[A-Z][^,;()]{{0,60}},\s+\d{{1,4}}\s+{report}\s+at\s+\d"
        # `Marbury v. Madison, 5 U.S. (1 Cranch) 137 (1803)`, `Donoghue v Stevenson [1932] AC 562`, `… 6 Iran-U.S. C.T.R. (1984), 149`; between parties any
        # reporter by its shape, a state's abbreviated, after its volume (`Jeter v. Mayo, 70 Ga. 129`, `… 12 Ill. App. 3d 45`)
        rf"|{parties},?\s+(?:[\[(]{YEAR}[\])]\s+)?(?:\d{{1,4}}\s+)?{report}(?:\s+\([^()]{{1,30}}\),?)?\s+\d"
        # a neutral citation by its shape, the court's capitals after the bracketed year (`Kuczborski v Queensland [2014]
        # HCA 67`, `… [2019] NZSC 12`, `… [2010] EWCA Civ 123`), whatever court no list holds
        rf"|{parties},?\s+(?:\[{YEAR}\]|{YEAR})\s+[A-Z]{{2,6}}(?:\s+[A-Z][a-z]{{1,5}})?\s+\d{{1,5}}(?!\d)"  # (Canada's unbracketed)
        # (or the parties and the year alone, as a short form: `Miller v Secretary of State [2017].`)
        rf"|{parties}\s*\[{YEAR}\]\s*\.?\s*$"
        rf"|{parties},\s+\d{{1,4}}\s+(?:[A-Z][a-z]{{0,5}}\.\s?){{1,3}}(?:\d[a-z]{{1,2}}\s)?\s*\d+(?:,\s*\d+)*\s*\([^()]*{YEAR}\)"
        # the Commonwealth's order, the year in brackets before the volume and a report no list holds, abbreviated
        # without full stops as the McGill Guide and the AGLC print it (`Hartley v Crombie (1873), 20 Gr 412 at 415
        # (Ch)`, `Rex v Dalgarno (1840) 1 Legge 145`, `R v Smith, [1990] 1 SCR 123`)
        rf"|{parties},?\s+[\[(]{YEAR}[\])],?\s+\d{{1,4}}\s+(?:[A-Z][A-Za-z]{{0,6}}\.?\s){{1,4}}\d+(?!\d)")


@functools.cache
def _lead_sentence() -> re.Pattern:
    return compiled(rf"\.\s+(?=(?i:{alternation('reference_words.csv', 'lead')})(?:\s|(?<=\.)|,|:))")


def legal_end(piece: str) -> int | None:
    """Where a court decision or a law opening ``piece`` ends, after its full stop, when a sentence with a lead word
    follows (`RL 2002/14/EG. Vgl Mosler, …`: a directive, then literature); None if it does not, or is none.

    >>> legal_end("RL 2002/14/EG. Vgl Mosler, Die Zukunft, EuZA 2015, 192"), legal_end("RL 2002/14/EG; Mosler")
    (14, None)
    """
    text = piece.lstrip()
    found = _case_at_start(text) or opening_law(text)
    if found is None:
        return None
    stop = _lead_sentence().search(text, found.end())
    return None if stop is None else len(piece) - len(text) + stop.start() + 1


# ABNT's entry for a court's decision or a law opens with its jurisdiction in capitals: `BRASIL.`, `SÃO PAULO (Estado).`
_JURISDICTION = compiled(rf"^[{UPPER}][{UPPER} ]{{1,30}}(?:\s\([^()]{{1,20}}\))?\.\s+(?=[{UPPER}])")


@functools.lru_cache(maxsize=4096)  # (asked of a piece by the splitter, then up to four times by the classifier)
def legal_kind(piece: str) -> str:
    """``case`` for a court decision, ``legislation`` for a statute, a provision of one, a directive or a bill,
    after a lead-in; ``""`` for anything else. Neither is literature: the references table leaves them out.

    >>> legal_kind("EuGH 1.12.2007, C-438/05, Slg 2007"), legal_kind("Vgl BVerfG, Beschluss v. 12.12.2012 - 2 BvR 1750/12")
    ('case', 'case')
    >>> legal_kind("Marbury v. Madison, 5 U.S. 137 (1803)"), legal_kind("BGHZ 45, 123"), legal_kind("OGH 9 ObA 12/03")
    ('case', 'case', 'case')
    >>> legal_kind("RL 2002/14/EG"), legal_kind("Art 4 Abs 2 RL (EU) 2022/2041"), legal_kind("BGBl. I S. 123")
    ('legislation', 'legislation', 'legislation')
    >>> legal_kind("Judiciary Act of 1789, ch. 20, 1 Stat. 73")
    'legislation'
    >>> legal_kind("Trade Disputes Act, 1929 (Act VII of 1929), s. 16"), legal_kind("Cocoa Ordinance, No. 12 of 1938, …")
    ('legislation', 'legislation')
    >>> legal_kind("Hofmann, ZGE 2016, 482, 498"), legal_kind("Dreier/Schulze, Urheberrechtsgesetz, 2018, § 27 UrhG Rn. 15")
    ('', '')
    >>> legal_kind("BRASIL. Supremo Tribunal Federal. Recurso Extraordinário n. 1.234. Julgado em 2 maio 1953.")
    'case'
    """
    text = without_lead_in(piece.strip())
    # (ABNT names the jurisdiction before the court: `BRASIL. Supremo Tribunal Federal. Recurso Extraordinário …`)
    case = _case_at_start(text) or _case_at_start(_JURISDICTION.sub("", text, count=1))
    if case and case_note(text) is None:  # (a signed note under the decision is doctrine: literature)
        return "case"
    if conclusions(text):  # (`RFDA 1987, p. 120, concl. Y. …`: the decision's report, its advocate general's part)
        return "case"
    return "legislation" if is_legislation(text) else ""
