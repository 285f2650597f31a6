"""Archival holdings: fond, collection, unit, pages and the document's title and date, after the archive's name.

`parse_archival` reads a citation's holding once its archive is found; the words
for fonds, units, boxes, files and leaves in the languages met so far live here,
as does what an Ibid.'s tail (`read_ibid_tail`) or a bare call number after a
citation (`read_another_file`) changes in the holding it repeats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from .archives import Archive, ArchiveMatcher, default_matcher, normalise
from ..dates import (find_date_groups, find_dates, find_days_without_year, is_series_reference, says_undated,
                     with_quarters)
from .commadefined import defined_after_name
from .unitnumber import year_not_unit
from .lettered import lettered_signature
from .leafmarks import FILE_UNIT, LEAF_K, PAGE_KEYED, is_leaf, reads_polish
from .heldfonds import held_by  # (`BArch, MfS`: the BStU's fonds)
from .fondparts import access_number_first, numbered_fond, series_and_number, unlabelled
from .refcodes import opened_fond
from .fundcodes import fund_file  # an Ottoman series and its dossier/shirt: `DH.MKT 1234/56`
from .filetitle import unquoted
from .describeddate import described_date
from .description import describe  # noqa: F401 (the readers of a holding take it from here)
from .notetext import Tokens, best_date, find_dates_covering, keeps_dot, set_date, split_commas
from .places import is_place_token  # (the shape of a town after an archive's name)
from .owntown import town_before_series
from .words import alternation, collection_end, is_archive_section, is_leaves, level_word, notary_word, shelfmark_opening
from ..patterns import compiled

# `FO 371/124264`, `33/I-143`, `DY 30/IV 2/20/6`: a call number with no archive before it
# also an Ottoman-style series with full stops (`DH.MKT. 2614/7`), a dotted record group (`130.02/2389/7`), a French cote (`1 M 455`, `121 AL 1236`), a manuscript's (`Add MS 12,346`) and a Cameroonian file's (`Qf/e 1923/5`)
_CALL_NUMBER_START = re.compile(r"^(?:[A-Z]{1,5}\s?\d+[A-Z]?/\S|\d+/[IVXLC]+-\d|[A-Z]{1,6}(?:\.[A-Z]{1,6})+\.?\s?\d+/\d|\d+\.\d+/\d|\d{1,4}\s?[A-Z]{1,3}\s\d+\b|Add\.?\s?MSS?\.?\s\d|[A-Z][a-z]{0,2}(?:\s[IVX]+)?:\d+[a-z]?(?=[,;\s]|$)|[A-Z][A-Za-z]{0,3}/[a-z]{1,3}\s\d+/\d)")

# `(AJ)`, `(dalje: AJ)`, `(hereafter TNA)`, `(στο εξής ΙΑΜΜ)`, `（以下簡稱黨史館）`: an abbreviation the text defines for itself
_HEREAFTER = (r"(?:(?:" + alternation("hereafter.csv") + r"|dalje|u\s+daljem\s+tekstu|u\s+nastavku|hereafter|henceforth|further|даље|у\s+даљем\s+тексту|"
              r"im\s+Folgenden|künftig|fortan|nachfolgend|hereinafter|cited\s+as|zit\.\s+als|weiter|ci-après|далее|в\s+дальнейшем|odslej|da\s+ora\s+in\s+poi|d'ora\s+in\s+poi|dalej)\s*[:,–—-]?\s*)?")

_DEFINES = re.compile(rf"^[^,;()\d]{{0,60}}?[(（](?:[^(),;（）]{{2,80}},\s*(?={_HEREAFTER[:-1]}))?{_HEREAFTER}(?P<abbr>[^\W\d_a-zа-я][^()（）\s,;，]{{1,11}}(?: (?:[^()\s,;]|\([^\W\d_]{{1,3}}\)){{1,6}}){{0,2}})[)）]")
ABBR_DEFINITION = re.compile(rf"(?P<name>[^,;():]{{3,120}}?)\s*\({_HEREAFTER}(?P<abbr>(?![A-ZА-Я]\.\))(?:(?<=\()(?=[^\s)]*[A-ZА-Я][^\s)]*[A-ZА-Я]|[^\s)]+\))|(?<!\())[A-ZА-Я][\w./-]{{1,10}}(?:(?: [–-])? [A-ZА-Я][\w./-]{{0,6}}){{0,2}})\)")

_FOND_KEY = re.compile(r"^(?:(?:fonds?(?:\s+(?:de\s+la|du|des)(?=\s+(?-i:[A-ZÀ-Þ])))?|fondo|fundo?|ramo|fons|quanzong|(?-i:toegang|archief)|фонд|bestand|best\.)(?![^\W\d_])(?:\s*(?:no|nr|br)\.)?|f\.|ф\.)\s*(?!(?-i:[a-zà-ÿ]+)$)(?P<value>\S.*)$", re.IGNORECASE)

_UNIT_KEY = re.compile(r"^(?:к\.|кут\.|кутија|фасц\.|пов\.|инв\.|ф\.|f\.|fasc\.|fasz\.|fascikla|fascikl|br\.|бр\.|box|boxes|folder|file|kut\.|kutija|k\.|t\.\s?e\.|a\.\s?e\.|"
                       r"d\.|д\.|op\.|оп\.|п\.|sig\.|sign\.|sygn\.|signatura|bd\.|band|vol\.|dos\.|dossier|doss\.|carton|cart\.|b\.|busta|"
                       r"pov\.|inv\.|no\.|nr\.|mappe|akte|aktenzeichen|ll?\.|лл?\.|bl\.|str\.|pp?\.|s\.|fol\.|ff?\.|"
                       r"z\.|w\.|t\.|sv\.|a\.\s?j\.|ka\.|lot|doc\.|document|dosar(?:ul)?|"
                       # (a word ends there: `Aktennotiz` is no `Akte`, `Bandera` no `Band`)
                       r"v\.(?=\s*(?:1[5-9]|20)\d{2}\b))(?:(?<=\.)|(?![^\W\d_]))\s*\S"
                       # the unit words of unit_words.csv count before a number: `kart. 12`, `leg. 3125`, `φάκ. 12`
                       r"|^(?:" + alternation("unit_words.csv") + r")\s*[:：]?\s*(?!(?:1[5-9]|20)\d\d\s*[–—-]\s*(?:1[5-9]|20)\d\d)[\d〇一二三四五六七八九]", re.IGNORECASE)

# Hungarian puts the number first: `12. doboz`, `245. ő. e.`, `53. cs.`, `4. tétel`
_UNIT_AFTER_NUMBER = re.compile(r"^\d+[a-z]?\.\s*(?:doboz|tétel|t\.|cs\.|csomó|ő\.\s?e\.|köteg|kötet|d\.)(?=[\s.,;]|$)", re.IGNORECASE)
_REPOSITORY = compiled(rf"(?:{alternation('repository_words.csv')})\s*\d")  # (`Rep. 1A`: compiled once, asked of every token)

# a unit that names the file's year: Albanian `V. 1951` (viti), `god. 1952`, `Jg. 1953`
_UNIT_YEAR = re.compile(r"^(?:v|viti|god|год|jg|anno|rok|year)\.?\s+(?P<year>(?:1[5-9]|20)\d{2})$", re.IGNORECASE)

_PAGE_TOKEN = re.compile(r"^(?:(?:pp?\.|s\.|str\.|с\.|стр\.|l\.|ll\.|л\.|лл\.|арк\.|ark\.|bl\.|fol\.|ff?\.|f°|cc?\.|tờ|แผ่นที่|برگ)\s*)?\d+[a-zv]?(?:\s*об\.?|\s*[rv]\.?)?"
                         r"(?:\s*[–—-]\s*\d+[a-zv]?(?:\s*об\.?|\s*[rv]\.?)?)?$", re.IGNORECASE)

# a unit's word written out, then two words in small letters: what the file holds, described (`dossier du conseil de
# guerre`, `dossier administratif de résistant`, `file of letters`), not its number; or two abbreviations in capitals
# and a number, a body's or a diary's name (`KTB AOK 6`, the war diary of the 6th Army's command), no box or file
_DESCRIBED = re.compile(r"^(?:[^\W\d_]{4,}\s+(?-i:[a-zà-ÿ]{2,}\s+[a-zà-ÿ]{2,})(?![.\w])"
                        r"|(?-i:(?:(?![IVXLC]+\s)[A-ZÄÖÜ]{2,}\s+){2,}\d{1,3}$))", re.IGNORECASE)

_CONTAINER = re.compile(r"^(?:b\.|busta|box|kut\.|kutija|k\.|carton|cart\.)\s*\d", re.IGNORECASE)

_YEAR_TOKEN = re.compile(r"^(?:(?:1[5-9]|20)\d{2}|\[(?:1\d|20)\d{2}\s?\??\])$")  # (or one a historian supplies: `[1475?]`)

# the years a series or a volume covers: `1951–1954`, `1955–59`
_YEARS_TOKEN = re.compile(r"^(?:1[5-9]|20)\d{2}(?:\s*[–—-]\s*(?:\d{2}|\d{4}))?$")

# a call number whose first part is the series: `FO 371/1`, `DY 30/IV 2/20`, `F/7/15589`, `5 AG 1/123`
# (`93.43/2403/12`: a record group numbered with a full stop, then its file; `R 43 II/1412`: a series' part in Roman;
# `0397/123`, `045/12`: an inventory numbered from a nought, as the IPN's are, then its file; `RH 20-6/123`: the
# Militärarchiv's series numbered by a unit and its part, `RH 20` the armies, `-6` the 6. Armee)
_CODE_PIECE = re.compile(r"^(?P<fond>[A-Z][A-Za-z]{0,5}\s?\d+(?:-\d{1,3}(?=\s*/))?(?:,\d{3})*[A-Z]?(?:\s[IVX]{1,3}(?=\s*/))?|[A-Z]{1,3}/\d+[A-Z]*|\d+\s?[A-Z]{1,4}(?:\s?\d+)?|\d+\.\d+(?=/\d)|0\d{1,5}(?=/\d))"
                         r"\s*/\s*(?P<unit>\S.*)$")


# a French cote: the series (a number and letters, or a letter and a number), then the article: `4 M 241`, `3 WP 12`, `I1 246`
_SERIES_ARTICLE = re.compile(r"^(?P<fond>\d{1,3}\s?[A-Z]{1,4}|[A-Z]{1,2}\d{1,2})\s+(?P<unit>\d+[\w/.-]*)$")

_LIFESPAN = re.compile(r"\s*\((?:1[5-9]|20)\d{2}\s*[–—-]\s*(?:1[5-9]|20)\d{2}\)$")
_SERIES_YEARS = re.compile(r"(?:^|\s)(?:1[5-9]|20)\d{2}(?:\s*[–—-]\s*(?:\d{2}|\d{4}))?$")


def _is_years(tok: str) -> bool:
    """A year or a range of years (`1936–1941`, `1936-41`), not pages: the later year is not before the first."""
    return bool(_YEAR_TOKEN.match(tok) or (_YEARS_TOKEN.match(tok) and find_dates(tok)))


def _shelfmark(fond: str) -> tuple[str, str]:
    """A fond whose last words are a unit (`MS Attlee dep. 45`): the fond and that unit."""
    inner = re.search(r"\s(?P<unit>[^\W\d_]{1,6}\.\s*\d[\w/.-]*)$", fond)
    unit = inner.group("unit") if inner else ""
    if inner and (_UNIT_KEY.match(unit) or unit.lower().startswith("dep.")) and not PAGE_KEYED.match(unit):
        return fond[:inner.start()], inner.group("unit")
    return fond, ""


def is_unit_token(tok: str) -> bool:
    """Whether a token of a citation names a unit: a box, file, folder, volume… or a short number.

    >>> is_unit_token("kut. 12"), is_unit_token("12. doboz"), is_unit_token("Zapisnik")
    (True, True, False)
    >>> is_unit_token("dossier 3"), is_unit_token("dossier du conseil de guerre de la 6e armée"), is_unit_token("KTB AOK 6")
    (True, False, False)
    """
    if _DESCRIBED.match(tok):
        return False  # `dossier du conseil de guerre …`, `file of letters from …`: a description, no unit
    if _UNIT_KEY.match(tok) or _UNIT_AFTER_NUMBER.match(tok):
        # `s.d.`, `b. d.`: a no-date mark (with a month supplied: `s.d. [julho de 1908]`), not a page or a box; `d. 14. august 1880`: Danish "the", then a day
        return not ((len(tok) <= 6 or "[" in tok) and (says_undated(mark := tok.split("[")[0].strip()) or says_undated(mark + "."))) and not (len(tok) > 10 and any(d.precision == "day" and d.start <= 3 for d in find_dates(tok)))
    if _REPOSITORY.match(tok):
        return False  # `Rep. 1A`: a Repositur's number, a level above the file (``repository_words.csv``)
    # (a bare number before 1500 is a legajo, `AGI, Indiferente General, 1234`, not a year: `_YEAR_TOKEN`'s years are)
    if not any(map(str.isdigit, tok)) or _YEAR_TOKEN.match(tok) or (find_dates_covering(tok) and not tok.isdigit()):
        return False
    if _SERIES_YEARS.search(tok) or any(d.precision != "year" for d in find_dates(tok)):
        return False  # `CDF 1955–59` is a series, `Note du 12 mai 1950` a document
    return not re.search(r"[a-zа-яšđčćž]{4,}", tok) and len(tok) <= 30


def _is_fond_token(tok: str) -> bool:
    if _FOND_KEY.match(tok):
        return True
    if _UNIT_KEY.match(tok):  # `box 301`, `kut. 5`: a unit, however short
        return False
    if ABBR_DEFINITION.fullmatch(tok) and len(tok) <= 60:
        return True
    if re.fullmatch(r"[^\W\d_][\w ./-]{0,9}", tok) and tok == tok.upper():  # `CK SKH`, `KSČ-ÚV`, `PA`
        return True
    piece = _CODE_PIECE.match(tok) if len(tok) <= 40 else None  # (`RG 59/Decimal File 45-49/6747`: words in its file)
    if piece and any(map(str.isdigit, piece.group("unit"))):
        return True
    return any(map(str.isdigit, tok)) and (not re.search(r"[a-zа-яšđčćž]{4,}", tok) or lettered_signature(tok, False) is not None) and len(tok) <= 25


def is_holding_token(tok: str) -> bool:
    """Whether a token is part of a holding: a unit, or a short code with numbers (`CDF 1940–44`), not a date or words.

    >>> is_holding_token("CDF 1940–44"), is_holding_token("740.0011 EW/1234"), is_holding_token("14 April 1942")
    (True, True, False)
    """
    if is_unit_token(tok):
        return True
    return any(map(str.isdigit, tok)) and not re.search(r"[^\W\d_]{4,}", tok) and len(tok) <= 25 \
        and not find_dates_covering(tok)


def parse_archival(text: str, archive: Archive, name_end: int, matcher: ArchiveMatcher | None = None) -> dict:
    """Fields of an archival citation whose archive name ends at ``name_end`` of the (folded) text.

    >>> fields = parse_archival("AJ, fond 507, IX, 11/II-2, Report, 19 January 1951, 4", Archive("AJ", "Arhiv Jugoslavije"), 2)
    >>> [fields[k] for k in ("fond", "collection", "unit", "title", "date_start", "pages")]
    ['507', 'IX', '11/II-2', 'Report', '1951-01-19', '4']

    The holding is read in steps: where it starts after the archive's name,
    more of the archive's name, the fond, the pages at the end, the units or
    collection, and the document's title, place and date. When ``matcher`` is
    given, an abbreviation the citation defines for its archive (``Labour
    Party Archives, …, Manchester (LPA)``) is taught to it.
    """
    text, start, glued = _holding_start(text, name_end)
    h = _Holding(Tokens.of(text, start))
    if glued and h.n:
        tail = default_matcher().match(h.tokens.token(h.n - 1))
        if tail and tail[0].code == archive.code and tail[1] == len(h.tokens.token(h.n - 1)):
            h.n -= 1  # `CIA-RDP80-00810A001234, CREST`: the reading room named again
    abbr = _skip_archive_name(h, archive)
    if abbr and matcher is not None:
        matcher.add_code(abbr, archive)
    _read_fond(h)
    polish = reads_polish([h.tokens.token(k) for k in range(h.i, h.n)])
    _read_pages(h, polish)
    _read_units(h, polish)
    place, title_to, date, region = _read_place_and_date(h)
    if glued:
        h.units.insert(0, glued)
    # a fond's lifespan `(1868–1918)` names the fond's years, not the document's: left out of its name
    row = held_by(access_number_first({"archive": archive.code, "archive_name": archive.name, "fond": _tidy_slashes(_LIFESPAN.sub("", h.fond)),
           "collection": " / ".join(unquoted(_LIFESPAN.sub("", part)) for part in h.collection), "unit": _tidy_slashes(", ".join(h.units)),
           "title": h.tokens.join(h.title_from, title_to), "pages": h.pages, "place": place, "fond_year": h.fond_year}))
    if date is None and _YEAR_TOKEN.match(h.fond_year) and region:
        # `HDA, CK SKH, 1952, kut. 8, Zapisnik od 12. ožujka`: the day and month take the file's year
        days = find_days_without_year(region, int(h.fond_year))
        date = days[-1] if days else None
    for end in [*h.units[-1:], *([h.pages] if h.pages else [])]:  # `спр. 112, арк. 5 (15–17 квітня 1947 р.)`; after
        date = date or described_date(end)  # the leaves, `Д. 5206. Л. 12–15 (протокол …, 3–4 июня 1932 г.)`
    if date is not None:
        row.update(date_start=date.date_start, date_end=date.date_end, date_precision=date.precision, date_source="text")
    elif h.fond_year:
        span = find_dates(h.fond_year)[0]
        row.update(date_start=span.date_start, date_end=span.date_end, date_precision="year", date_source="fond year")
    return row


@dataclass
class _Holding:
    """What `parse_archival` has read of a citation: its tokens, the next token to read, and the fields so far."""

    tokens: Tokens
    i: int = 0  # the next token to read
    n: int = -1  # tokens from n on are not the holding's; end: where the pages start
    end: int = 0
    fond: str = ""
    sub_fond: str = ""
    unit_from_fond: str = ""  # `FO 371/1`: the unit written with the fond
    fond_year: str = ""
    pages: str = ""
    collection: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    title_from: int = 0

    def __post_init__(self) -> None:
        if self.n < 0:
            self.n = len(self.tokens)


def _holding_start(text: str, name_end: int) -> tuple[str, int, str]:
    """Where the holding starts after the archive's name; the text (a Croatian signature opened up) and a glued number."""
    rest = name_end
    define = _DEFINES.match(text[rest:]) or defined_after_name(text[rest:])  # (`(herefter EA)`, `, далее – ЦГА РТ.`)
    if define:
        rest += define.end()
    rest += len(re.match(r"\s*[.:]?", text[rest:]).group(0))  # `РГАСПИ. Ф. 17`
    signature = opened_fond(text, rest, name_end)  # (`HR-HDA-1220-CK SKH`, `SI_ZAL_LJU/0468`: a reference code)
    text = signature or text
    glued = None if signature or name_end == 0 else re.match(r"[-./](?=[\w./-]*\d)[\w./-]+?(?=\.?\s*(?:[,;]|$))", text[name_end:])
    if glued and not re.search(r"\s", text[:name_end]):
        # `CIA-RDP80-00810A001234, CREST`, `dodis.ch/1234`: the archive's name opens the document's own number
        rest = name_end + glued.end()
        return text, rest, text[:rest]
    return text, rest, ""


def _skip_archive_name(h: _Holding, archive: Archive) -> str:
    """Pass the archive's town, a division named like the archive, and more of its name; the abbreviation it defines."""
    tokens, i, n = h.tokens, h.i, h.n
    if i < n and archive.city and normalise(re.sub(r"\s*\(.*\)$", "", tokens.token(i))) == normalise(archive.city):
        i += 1
    elif i < n and is_place_token(tokens.token(i)) and i + 1 < n and _is_fond_token(tokens.token(i + 1)) \
            and not re.search(r"[^\W\d_]{3}\.", tokens.token(i)) and not level_word().match(tokens.token(i)) \
            and not collection_end().search(tokens.token(i)) \
            and not is_archive_section(archive.code, tokens.token(i)):  # (no town: `Segr. Stato`, a word cut short;
        i += 1  # `Sección Colonia`, a level of the holdings: level_words.csv; `AGI, Santa Fe`: archive_sections.csv)
    elif i + 2 < n and town_before_series(archive, tokens.token(i), tokens.token(i + 1)) and is_unit_token(tokens.token(i + 2)):
        i += 1  # (`…, Lucca, Verbali del consiglio di amministrazione, vol. 3`: an unlisted archive's town, `owntown`)
    same = default_matcher().match(tokens.token(i)) if i < n else None
    if same and same[0].code == archive.code and same[1] == len(tokens.token(i)) and i + 1 < n \
            and _is_fond_token(tokens.token(i + 1)):
        i += 1  # `ÖStA, AdR, BKA-AA`: a division the authority lists as a name of the same archive
    abbr = ""
    # `…, Manchester (LPA), …`, `…, Κεντρική Υπηρεσία (εφεξής ΓΑΚ)`: more of the archive's name and its abbreviation
    for k in range(i, min(i + 3, n)):
        if any(map(str.isdigit, tokens.token(k))):
            break
        defined = re.fullmatch(rf"(?P<name>[^()]+?)\s*\({_HEREAFTER}(?P<abbr>[A-ZА-ЯІЎЄЇΑ-Ω][\w./-]{{1,10}})\)", tokens.token(k))
        if defined and (is_place_token(defined.group("name")) or defined.group("abbr") == archive.code
                        or (known := default_matcher().match(defined.group("abbr"))) and known[0].code == archive.code):
            abbr = defined.group("abbr")
            i = k + 1
            break
    h.i = i
    return abbr


def _read_fond(h: _Holding) -> None:
    """The fond (`fond 507`, `FO 371/1` with its unit, `MS Attlee dep. 45`) or the years a series covers, then a year."""
    tokens, n = h.tokens, h.n
    if h.i < n and _YEARS_TOKEN.match(tokens.token(h.i)) and not _YEAR_TOKEN.match(tokens.token(h.i)):
        # `FRUS, 1955–1957, vol. XXVI`: the years come first (a lone number there is a fond: `SI AS 1589`)
        h.fond_year = tokens.token(h.i)
        h.i += 1
    elif h.i < n and _is_fond_token(tokens.token(h.i)):
        tok = tokens.token(h.i)
        key = _FOND_KEY.match(tok)
        tok = key.group("value") if key else tok
        piece = fund_file(tok) or _CODE_PIECE.match(tok) or _SERIES_ARTICLE.match(tok) or lettered_signature(tok, h.i + 1 < n and is_unit_token(tokens.token(h.i + 1)) and not is_leaves(tokens.token(h.i + 1)))
        defined = ABBR_DEFINITION.fullmatch(tok)
        # (`112/IV` is a fond and its Roman-numbered part; `2 I 45`, spaced, a French cote; `0397/123` an IPN inventory)
        if piece and (not re.fullmatch(r"[\dIVXLC/ -]+", tok) or re.fullmatch(r"\d{1,3} [IVXLC]{1,4} \d+|0\d+/\d+", tok)):
            h.fond, h.unit_from_fond = _glued_code_parts(piece.group("fond"), piece.group("unit"))
        elif defined:
            h.fond = defined.group("abbr")
        else:
            h.fond = tok
        if key and " – " in h.fond:  # `fond CC al PCR – Secția Relații Externe`: the fond and its section
            h.fond, h.sub_fond = (part.strip() for part in h.fond.split(" – ", 1))
        if not h.unit_from_fond:  # (`MS Attlee dep. 45`; a number, then its box or name: `142/II – 623`, `fondparts`)
            h.fond, h.unit_from_fond, h.sub_fond = numbered_fond(*_shelfmark(h.fond), h.sub_fond)
        h.i += 1
    if not h.fond_year and h.i < n and _YEARS_TOKEN.match(tokens.token(h.i)):
        h.fond_year = tokens.token(h.i)
        h.i += 1


def _glued_code_parts(fond: str, unit: str) -> tuple[str, str]:
    """A reference code whose first part glues its letters to its number, and whose levels after it are lettered,
    parts at its last slash, the catalogue's levels before the item (`H01/ST/A/1/12` → `H01/ST/A/1` | `12`,
    `D42/C1/1/45`; a deposit's number before its letter, `1148M/add/12`: round 46); numbers alone after the first part
    keep it the fond (`GD40/17/412`, `SL1/1/45`: rounds 7 and 29), as `FO 371/1` keeps its series."""
    upper, _, item = unit.rpartition("/")
    if re.search(r"[A-Za-z]", upper) and re.fullmatch(r"[A-Z][A-Za-z]{0,5}\d+[A-Z]?|\d+[A-Z]{1,3}", fond):
        return f"{fond}/{upper}", item
    return fond, unit


def _read_pages(h: _Holding, polish: bool) -> None:
    """The pages or leaves at the end of the citation (after its date, if any); ``h.end`` is where they start."""
    tokens, i, n = h.tokens, h.i, h.n
    end = n
    while end > i and (_PAGE_TOKEN.match(tokens.token(end - 1)) or (polish and LEAF_K.match(tokens.token(end - 1)))) \
            and not _is_years(tokens.token(end - 1)) \
            and not (end - 2 >= i and _CONTAINER.match(tokens.token(end - 2)) and re.match(r"f\.", tokens.token(end - 1))):
        end -= 1  # (`b. 45, f. 3`: after a box or busta, `f.` is its file, not a folio)
    dated = end > i and bool(find_dates(tokens.token(end - 1)))
    keyed = all(PAGE_KEYED.match(tokens.token(k)) or (polish and LEAF_K.match(tokens.token(k))) for k in range(end, n))
    if end < n and (dated or end > i + 1 or (keyed and (end > i or h.unit_from_fond))):
        h.pages = ", ".join(tokens.token(k) for k in range(end, n))
    else:
        end = n
    h.end = end


def _read_units(h: _Holding, polish: bool) -> None:
    """The collection, then a run of units (box, file, folder…) and leaves; where the document's title starts."""
    tokens, i, end = h.tokens, h.i, h.end
    u = i if h.unit_from_fond else next((k for k in range(i, end) if is_unit_token(tokens.token(k))), None)
    if u is None:
        series = series_and_number(tokens.token(i)) if not h.fond and not h.unit_from_fond and i < end - 1 else None
        if series:  # (`Staatsanwaltschaften 12345, indictment of …`: the series, its file, then the document)
            (h.fond, h.unit_from_fond), i = series, i + 1
        k = i
        while k < end and _is_collection_token(tokens.token(k)) and k < end - 1:
            k += 1
        if k > i and k == end - 1 and find_dates_covering(tokens.token(end - 1)):
            k -= 1  # `AN, 1988/12, Rapport, 12 octobre 1956`: the last name before the date is the title
        h.collection = [h.sub_fond] * bool(h.sub_fond) + [tokens.token(j) for j in range(i, k)]
        h.units = [h.unit_from_fond] if h.unit_from_fond else []
        h.title_from = k
        return
    if not h.fond and not h.unit_from_fond and u > i and not find_dates_covering(tokens.token(i)):
        h.fond, h.unit_from_fond, h.sub_fond = numbered_fond(*_shelfmark(tokens.token(i)), h.sub_fond)  # `HIA, …, box 45`
        i += 1
    v = u
    while v < end and is_unit_token(tokens.token(v)) \
            and not ((v > u or h.unit_from_fond) and is_leaf(tokens.token(v), tokens.token(v - 1), polish)):
        v += 1
    w = v  # `MS Attlee dep. 45, fol. 12, Attlee to Bevin, …`: leaves between the file and the document
    while (v > u or h.unit_from_fond) and w < end and is_leaf(tokens.token(w), tokens.token(w - 1), polish):
        w += 1
    if w > v:
        h.pages = ", ".join(t for t in [tokens.join(v, w), h.pages] if t)
    h.collection = [h.sub_fond] * bool(h.sub_fond) + [unlabelled(tokens.token(k)) for k in range(i, u) if not notary_word().match(tokens.token(k))]
    years = [t for t in h.collection if _is_years(t)]
    if years and not h.fond_year:  # `FIG, APCI, Estero, 1956, mf. 125`, `…, 1936–1941, b. 12`: the years of the series
        h.fond_year = years[0]
        h.collection = [t for t in h.collection if t != h.fond_year]
    h.units = ([h.unit_from_fond] if h.unit_from_fond else []) + [tokens.token(k) for k in range(u, v)]
    year_unit = next((m.group("year") for m in map(_UNIT_YEAR.match, h.units) if m), "")
    if year_unit and not h.fond_year:
        h.fond_year = year_unit
    h.title_from = w


def _read_place_and_date(h: _Holding) -> tuple[str, int, object, str]:
    """The place and date that end the document's description: (place, where the title ends, date, the description)."""
    tokens, title_from, end = h.tokens, h.title_from, h.end
    region_start = tokens.spans[title_from][0] if title_from < h.n else len(tokens.text)
    region_end = tokens.spans[end - 1][1] if end > title_from else region_start
    region = tokens.text[region_start:region_end]
    place, title_to, date = "", end, None
    dates = find_date_groups(region) if region else []  # a list of dates is one document's: its earliest to latest
    # (`ADM 11/1/1236 (both 1923)`: the file's numbers after its series code, no day: the dates stage's rule; `rapport
    # politique, 1er trimestre 1912`: the quarter's three months, as the dates table reads them)
    dates = with_quarters(region, [d for d in dates if not is_series_reference(region, d.start, d.end)])
    if dates:
        date = best_date(dates)
        if find_dates_covering(tokens.token(end - 1)):
            title_to = end - 1
            if title_to - 1 > title_from and is_place_token(tokens.token(title_to - 1)):
                place = tokens.token(title_to - 1)
                title_to -= 1
    return place, title_to, date, region


def _tidy_slashes(value: str) -> str:
    # a line break after `507/` leaves `507/ IX` in the joined note
    return re.sub(r"\s*/\s*", "/", value)


def _is_collection_token(tok: str) -> bool:
    if ABBR_DEFINITION.fullmatch(tok):
        return True
    words = tok.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(map(str.isdigit, tok))


def is_call_number(tok: str) -> bool:
    """Whether a token is a call number (`FO 371/1`, `RG 59`) or a reading room's document number.

    >>> is_call_number("FO 371/1"), is_call_number("CIA-RDP79R00890A000700060010-4"), is_call_number("Minute")
    (True, True, False)
    """
    return bool(_CODE_PIECE.match(tok) or fund_file(tok) or re.fullmatch(r"[A-Z]{1,5}\s?\d+[A-Z]?", tok)
                or re.fullmatch(r"[A-Z]{2,6}(?:-[A-Z0-9]+)+", tok) and sum(map(str.isdigit, tok)) >= 5)


def starts_with_call_number(text: str) -> bool:
    """Whether ``text`` opens with a call number and no archive (`FO 371/124264`, `33/I-143`).

    >>> starts_with_call_number("FO 371/124264"), starts_with_call_number("TNA, FO 371/1")
    (True, False)
    """
    return _CALL_NUMBER_START.match(text) is not None or shelfmark_opening().match(text) is not None  # (`Cod. Ser. n. 3`)


def starts_with_fond(text: str) -> bool:
    """Whether ``text`` opens with a fond word and its value (`fond 507`, `Ф. 89`, `Bestand 3`).

    >>> starts_with_fond("Ф. 89. Оп. 45"), starts_with_fond("S. 45")
    (True, False)
    """
    return _FOND_KEY.match(text) is not None


def read_another_file(row: dict, text: str) -> None:
    """Read ``text``, a bare call number, as another file of the archive ``row`` cites (a copy of the citation before).

    >>> row = parse_archival("TNA, FO 371/124263, Minute", Archive("TNA", "The National Archives"), 3)
    >>> read_another_file(row, "FO 371/124264")
    >>> row["fond"], row["unit"], row["title"]
    ('FO 371', '124264', '')

    ``TNA, FO 371/124263; FO 371/124264``: another file; ``…, 33/I-142;
    33/I-143``: another unit of the same fond and collection.
    """
    code = row["archive"]
    again = parse_archival(f"{code}, {text}", Archive(code, row["archive_name"]), len(code))
    if again["fond"] and (again["unit"] or not row["unit"]) and (is_call_number(first := Tokens.of(text, 0).token(0)) or lettered_signature(first, False) or starts_with_call_number(text)):  # (`CO/SEC/4/13` too)
        row.update(again)
    else:  # `33/I-143`: another unit of the same fond and collection
        row.update(unit=again["fond"] or again["unit"], title=again["title"], pages=again["pages"],
                   date_start="", date_end="", date_precision="", date_source="")
        if again.get("date_start"):
            row.update({k: again[k] for k in ("date_start", "date_end", "date_precision", "date_source")})


def opens_with_fond(text: str) -> bool:
    """Whether ``text`` opens with a fond's word and its number (`Ф. 719`, `fond 35`): a holding from its top.

    >>> opens_with_fond("Ф. 719. Оп. 4. Д. 12"), opens_with_fond("Д. 24. Л. 2")
    (True, False)
    """
    return bool(_FOND_KEY.match(text.strip()))


def read_ibid_tail(row: dict, tail: str) -> None:
    """Read what follows an Ibid. into ``row``: pages, another file of the same series, or another document.

    >>> row = {"archive": "AJ", "archive_name": "Arhiv Jugoslavije", "unit": "507", "title": "", "pages": ""}
    >>> read_ibid_tail(row, "Schreiben vom 12. Mai 1955")
    >>> row["title"], row["date_start"]
    ('Schreiben', '1955-05-12')
    """
    if not tail:
        return
    first = split_commas(tail)[0] if split_commas(tail) else tail
    if _PAGE_TOKEN.match(tail) or re.fullmatch(r"(?:at\s+)?(?!.*\d-\d+-\d)[\d\s,–—-]+", tail) or PAGE_KEYED.match(tail) \
            or re.match(r"fl\.\s*\d", tail) or (re.match(r"ff?\.\s*\d", tail) and FILE_UNIT.match(row["unit"].split(", ")[-1])) \
            or (LEAF_K.match(tail) and "sygn" in row["unit"].lower()) or (re.match(r"ff?\.\s*\d", tail) and row["unit"]):
        row["pages"] = re.sub(r"^at\s+", "", tail)
        return
    if _FOND_KEY.match(first) and row["archive"]:  # `Там же. Ф. 89. Оп. 45. Д. 13`: another fond of the same archive
        code = row["archive"]
        again = parse_archival(f"{code}, {tail}", Archive(code, row["archive_name"]), len(code))
        row.update({k: again[k] for k in ("fond", "collection", "unit", "pages")})
        return
    dates = year_not_unit(find_date_groups(tail), first, bool(_UNIT_KEY.match(first)) and not _UNIT_YEAR.match(first.strip(" .")))
    if dates or (re.search(r"[^\W\d_]{4,}", first) and not _UNIT_KEY.match(first) and not _UNIT_AFTER_NUMBER.match(first)):
        # `Ebd., Schreiben vom 12. Mai 1955`: another document of the same file
        title = tail[:dates[-1].start].rstrip(" ,") if dates and find_dates_covering(tail[dates[-1].start:]) else tail
        row["title"] = re.sub(r"\s+(?:vom|od|of|du|del|от|from)$", "", title)
        if dates:
            set_date(row, dates)
        return
    parts = split_commas(tail)
    pages = []
    while len(parts) > 1 and (PAGE_KEYED.match(parts[-1]) or is_leaves(parts[-1]) or (LEAF_K.match(parts[-1]) and "sygn" in tail.lower())):
        pages.insert(0, parts.pop())
    unit = ", ".join(parts)  # `Ibid., FO 371/107833`: the same series, another file
    row["unit"] = unit[:-1] if unit.endswith(".") and not keeps_dot(unit) else unit
    row["pages"] = ", ".join(pages)
