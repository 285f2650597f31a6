"""Archival citations: where the archive is named and what the holding is (fond, collection, unit, pages, date).

The archive may come first (``TNA, FO 371/1, …``), after the document's
description (``Bericht vom 14.6.1956, PA AA, B 42``; Russian ``… // РГАНИ.
Ф. 5``) or last (Chicago: ``…, RG 59, …, box 2503, NARA.``); an archive
the authority file lacks is recognised by a word for archive before units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .archives import Archive, ArchiveMatcher, default_matcher, normalise
from ..dates import find_dates, find_days_without_year
from .notetext import best_date, find_dates_covering, paren_depth, scan, set_date, split_commas
from .references import IN_CONTAINER, QUOTE_START, cites_publication

# `FO 371/124264`, `33/I-143`, `DY 30/IV 2/20/6`: a call number with no archive before it
_CALL_NUMBER_START = re.compile(r"^(?:[A-Z]{1,5}\s?\d+[A-Z]?/\S|\d+/[IVXLC]+-\d)")

# where a holding may start inside a citation: after a comma, `//` (Russian style) or a full stop
_TOKEN_START = re.compile(r"(?:,|//|(?<=[^\W\d_]{2})\.|(?<=\d)\.|(?<=г)\.)\s*")

# what may follow an archive's name inside a citation: punctuation, the end, or a call number (`TNA FO 371/1`)
# or a fond number and a comma (`…, for the Slovene side, SI AS 1931, t. e. 7`)
_AFTER_NAME = re.compile(r"\s*(?:[,.;:(]|//|$)|\s+(?=[A-Z]{1,5}\s?\d)|\s+(?=\d[\w/.-]*\s*,)")


def _archive_inside(piece: str, matcher) -> tuple[Archive, int, int] | None:
    """An archive named after a description (``Title, date, RG 59, …, NARA.``, ``Title // РГАНИ. Ф. 5``).

    Returns the archive, where its name starts and where it ends, or None. Not
    inside parentheses (a publisher is not an archive) and not in a publication.
    """
    if cites_publication(piece):
        return None
    for m in _TOKEN_START.finditer(piece):
        start = m.end()
        if start >= len(piece) or paren_depth(piece, start) or _QUOTE_OPEN.search(piece[:start]):
            continue
        start += len(_IN_WORD.match(piece, start).group(0))  # `…, in FRUS, 1955–1957, …`
        hit = matcher.match(piece[start:])
        if hit and _AFTER_NAME.match(piece, start + hit[1]):
            return hit[0], start, start + hit[1]
    return None


# an archive not in the authority file: a name with an archive word, then the units (`Meany Archives, Lovestone Files, box 14`)
_ARCHIVE_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЂЉЊЋЏŠĐČĆŽ][^\W\d_’'.&-]*(?:[’'.&-][^\W\d_]*)*(?:\s+[^\W\d_’'.&-]+(?:[’'.&-][^\W\d_]*)*\.?){0,7}")


def _unknown_archive(piece: str) -> tuple[Archive, int, int] | None:
    """An archive the authority file does not know, named by a word for archive and followed by units."""
    if not _ARCHIVE_WORD.search(piece) or cites_publication(piece) or QUOTE_START.search(piece[:80]):
        return None
    tokens = _Tokens.of(piece, 0)
    for k in range(len(tokens)):
        tok = tokens.token(k)
        s, e = tokens.spans[k]
        if not (_ARCHIVE_WORD.search(tok) and _ARCHIVE_NAME.fullmatch(tok)) or IN_CONTAINER.match(piece[max(0, s - 4):s] + " "):
            continue
        if re.search(r"(?:^|,)\s*(?:in|u|в|dans):?\s*$", piece[:s], re.IGNORECASE):
            continue  # `in: Archiv für Sozialgeschichte`: a journal
        units_after = any(_is_unit_token(tokens.token(j)) for j in range(k + 1, len(tokens)))
        last_after_date = k > 0 and all(_is_place_token(tokens.token(j)) for j in range(k + 1, len(tokens))) \
            and any(find_dates_covering(tokens.token(j)) for j in range(k))
        if units_after or last_after_date:
            return Archive(tok, tok), s, e
    return None


_IN_WORD = re.compile(r"(?:(?:quoted\s+|printed\s+|reprinted\s+|zit\.\s+|cit\.\s+)?(?:in|u|у|в|dans|nach):?\s+)?", re.IGNORECASE)

_QUOTE_OPEN = re.compile(r"[„«“\"][^”»\"“]*$")

# `(AJ)`, `(dalje: AJ)`, `(hereafter TNA)`: an abbreviation the text defines for itself
_HEREAFTER = (r"(?:(?:dalje|u\s+daljem\s+tekstu|u\s+nastavku|hereafter|henceforth|further|даље|у\s+даљем\s+тексту|"
              r"im\s+Folgenden|künftig|fortan|nachfolgend|hereinafter|cited\s+as|zit\.\s+als|weiter|ci-après|далее|в\s+дальнейшем|odslej|da\s+ora\s+in\s+poi|d'ora\s+in\s+poi|dalej)\s*[:–—-]?\s*)?")

_DEFINES = re.compile(rf"^[^,;()\d]{{0,60}}?\({_HEREAFTER}(?P<abbr>[A-ZА-Я][^()\s,;]{{1,11}}(?: [^()\s,;]{{1,6}}){{0,2}})\)")

_ABBR_DEFINITION = re.compile(rf"(?P<name>[^,;():]{{3,120}}?)\s*\({_HEREAFTER}(?P<abbr>[A-ZА-Я][\w./-]{{1,10}}(?: [A-ZА-Я][\w./-]{{0,6}}){{0,2}})\)")

_ARCHIVE_WORD = re.compile(r"(?i)\b(?:arhiv\w*|archiv\w*|archive\w*|архив\w*|arkhiv\w*|archiwum|levéltár\w*|library|bibliothek\w*|"
                           r"institut\w*|collection|records office)\b")

_FOND_KEY = re.compile(r"^(?:fond|fonds|f\.|ф\.|фонд|bestand)\s*(?P<value>\S.*)$", re.IGNORECASE)

_UNIT_KEY = re.compile(r"^(?:к\.|кут\.|кутија|фасц\.|пов\.|инв\.|ф\.|f\.|fasc\.|fasz\.|fascikla|fascikl|br\.|бр\.|box|boxes|folder|file|kut\.|kutija|k\.|t\.\s?e\.|a\.\s?e\.|"
                       r"d\.|д\.|op\.|оп\.|п\.|sig\.|sign\.|sygn\.|signatura|bd\.|band|vol\.|dos\.|dossier|doss\.|carton|cart\.|b\.|busta|"
                       r"pov\.|inv\.|no\.|nr\.|mappe|akte|aktenzeichen|ll?\.|лл?\.|bl\.|str\.|pp?\.|s\.|fol\.|ff?\.|"
                       r"z\.|w\.|t\.|sv\.|a\.\s?j\.|ka\.|lot|doc\.|document|dosar(?:ul)?|"
                       r"v\.(?=\s*(?:1[5-9]|20)\d{2}\b))\s*\S", re.IGNORECASE)

# Hungarian puts the number first: `12. doboz`, `245. ő. e.`, `53. cs.`, `4. tétel`
_UNIT_AFTER_NUMBER = re.compile(r"^\d+[a-z]?\.\s*(?:doboz|tétel|t\.|cs\.|csomó|ő\.\s?e\.|köteg|kötet|d\.)(?=[\s.,;]|$)", re.IGNORECASE)

# a unit that names the file's year: Albanian `V. 1951` (viti), `god. 1952`, `Jg. 1953`
_UNIT_YEAR = re.compile(r"^(?:v|viti|god|год|jg|anno|rok|year)\.?\s+(?P<year>(?:1[5-9]|20)\d{2})$", re.IGNORECASE)

# a file: after it `f. 4` is a leaf (Romanian `dosar 12/1953, f. 4`), not a fascicle
_FILE_UNIT = re.compile(r"^(?:dosar(?:ul)?|dos\.|dossier|d\.|д\.|a\.\s?e\.|а\.\s?е\.|a\.\s?j\.)\s*\S", re.IGNORECASE)

_KEY_AFTER_DOT = re.compile(r"\s+(?:ф|оп|д|лл?|п|f|op|d|ll?|fol|bd|box|folder|k|к|kut|кут)\.?\s*\d", re.IGNORECASE)

_PAGE_TOKEN = re.compile(r"^(?:(?:pp?\.|s\.|str\.|с\.|стр\.|l\.|ll\.|л\.|лл\.|bl\.|fol\.|ff?\.)\s*)?\d+[a-zv]?(?:\s*об\.?|\s*[rv]\.?)?"
                         r"(?:\s*[–—-]\s*\d+[a-zv]?(?:\s*об\.?|\s*[rv]\.?)?)?$", re.IGNORECASE)

# a page token that says so (`Bl. 45–47`, `Л. 3 об.`), not a bare number
_PAGE_KEYED = re.compile(r"^(?:pp?\.|s\.|str\.|с\.|стр\.|l\.|ll\.|л\.|лл\.|bl\.|fol\.)\s*\d", re.IGNORECASE)

# `k. 12` is a leaf (karta) in Polish citations, which give the file as `sygn.`; elsewhere it is a box
_LEAF_K = re.compile(r"^[kк]\.\s*\d+(?:\s*[–—-]\s*\d+)?[v]?$")

_LEAF_RANGE = re.compile(r"^[kк]\.\s*\d+\s*[–—-]\s*\d+[v]?$")  # boxes are not cited in ranges; leaves are

_CONTAINER = re.compile(r"^(?:b\.|busta|box|kut\.|kutija|k\.|carton|cart\.)\s*\d", re.IGNORECASE)

_YEAR_TOKEN = re.compile(r"^(?:1[5-9]|20)\d{2}$")

# the years a series or a volume covers: `1951–1954`, `1955–59`
_YEARS_TOKEN = re.compile(r"^(?:1[5-9]|20)\d{2}(?:\s*[–—-]\s*(?:\d{2}|\d{4}))?$")

# a call number whose first part is the series: `FO 371/1`, `DY 30/IV 2/20`, `F/7/15589`, `5 AG 1/123`
_CODE_PIECE = re.compile(r"^(?P<fond>[A-Z][A-Za-z]{0,5}\s?\d+[A-Z]?|[A-Z]{1,3}/\d+[A-Z]*|\d+\s?[A-Z]{1,4}(?:\s?\d+)?)\s*/\s*(?P<unit>\S.*)$")

_SERIES_YEARS = re.compile(r"(?:^|\s)(?:1[5-9]|20)\d{2}(?:\s*[–—-]\s*(?:\d{2}|\d{4}))?$")


def _shelfmark(fond: str) -> tuple[str, str]:
    """A fond whose last words are a unit (`MS Attlee dep. 45`): the fond and that unit."""
    inner = re.search(r"\s(?P<unit>[^\W\d_]{1,6}\.\s*\d[\w/.-]*)$", fond)
    unit = inner.group("unit") if inner else ""
    if inner and (_UNIT_KEY.match(unit) or unit.lower().startswith("dep.")) and not _PAGE_KEYED.match(unit):
        return fond[:inner.start()], inner.group("unit")
    return fond, ""


def _is_leaf(tok: str, before: str, polish: bool) -> bool:
    """A page or leaf token inside a citation (`fol. 12`, `л. 12–15`, `fl. 3`, `k. 3` in Polish, `f. 4` after a file)."""
    return bool(_PAGE_KEYED.match(tok) or re.match(r"fl\.\s*\d", tok, re.IGNORECASE) or (polish and _LEAF_K.match(tok))
                or (re.match(r"ff?\.\s*\d", tok) and _FILE_UNIT.match(before)))


def _is_unit_token(tok: str) -> bool:
    if _UNIT_KEY.match(tok) or _UNIT_AFTER_NUMBER.match(tok):
        return True
    if not any(ch.isdigit() for ch in tok) or _YEAR_TOKEN.match(tok) or find_dates_covering(tok):
        return False
    if _SERIES_YEARS.search(tok) or any(d.precision != "year" for d in find_dates(tok)):
        return False  # `CDF 1955–59` is a series, `Note du 12 mai 1950` a document
    return not re.search(r"[a-zа-яšđčćž]{4,}", tok) and len(tok) <= 30


def _is_fond_token(tok: str) -> bool:
    if _FOND_KEY.match(tok):
        return True
    if _UNIT_KEY.match(tok):  # `box 301`, `kut. 5`: a unit, however short
        return False
    if _ABBR_DEFINITION.fullmatch(tok) and len(tok) <= 60:
        return True
    if re.fullmatch(r"[^\W\d_][\w ./-]{0,9}", tok) and tok == tok.upper():  # `CK SKH`, `KSČ-ÚV`, `PA`
        return True
    return any(ch.isdigit() for ch in tok) and not re.search(r"[a-zа-яšđčćž]{4,}", tok) and len(tok) <= 25


def _is_place_token(tok: str) -> bool:
    words = tok.split()
    return 1 <= len(words) <= 2 and all(w[:1].isupper() and w[1:].islower() for w in words) \
        and not any(ch.isdigit() for ch in tok)


@dataclass
class _Tokens:
    """A citation cut at top-level commas, keeping each token's span in the citation."""

    spans: list[tuple[int, int]]
    text: str

    @classmethod
    def of(cls, text: str, start: int) -> "_Tokens":
        # `May 15, 1952` is one token: no cut inside a date
        inside = set()
        for d in find_dates(text[start:]):
            inside.update(range(start + d.start, start + d.end))
        spans, a = [], start
        for i, ch, depth, quote in scan(text, start):
            if ch == "," and depth == 0 and not quote and not _comma_in_number(text, i) and i not in inside:
                spans.append((a, i))
                a = i + 1
            elif ch == "." and depth == 0 and i > start + 1 and (text[i - 1].isdigit() or (text[i - 1].isalpha() and text[i - 2].isdigit())) \
                    and _KEY_AFTER_DOT.match(text, i + 1):
                # Russian style separates with full stops: `Ф. 17. Оп. 128. Д. 1163. Л. 52`
                spans.append((a, i))
                a = i + 1
        spans.append((a, len(text)))
        spans = [_strip(text, s, e) for s, e in spans]
        return cls([s for s in spans if s[0] < s[1]], text)

    def token(self, i: int) -> str:
        s, e = self.spans[i]
        return self.text[s:e]

    def join(self, i: int, j: int) -> str:
        if i >= j:
            return ""
        return self.text[self.spans[i][0]:self.spans[j - 1][1]].strip(" .")

    def __len__(self) -> int:
        return len(self.spans)


def _comma_in_number(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == "."):
        if text[e - 1] == "." and _keeps_dot(text[s:e]):
            break
        e -= 1
    return s, e


def _keeps_dot(token: str) -> bool:
    # `Bd.`, `f.` and initials keep their dot; a sentence end does not
    return bool(re.search(r"(?:^|\s)(?:\w{1,3}|[IVX]+)\.$", token)) and not re.search(r"\d\.$", token)


def _parse_archival(text: str, archive: Archive, name_end: int, doc_abbr: dict) -> dict:
    """Fields of an archival citation whose archive name ends at ``name_end`` of the folded text."""
    row = {"archive": archive.code, "archive_name": archive.name}
    rest = name_end
    define = _DEFINES.match(text[rest:])
    if define:
        rest += define.end()
    rest += len(re.match(r"\s*[.:]?", text[rest:]).group(0))  # `РГАСПИ. Ф. 17`
    # the Croatian standard `HR-HDA-1220-CK SKH, kut. 12`, also `HR-HDA-1220. CK SKH`
    signature = re.match(r"-(\d+)(?:-|\.\s+|,\s*|\s+(?=[A-Z]))", text[rest:])
    if signature:
        text = text[:rest] + ", " + signature.group(1) + ", " + text[rest + signature.end():]
    glued = None if signature or name_end == 0 else re.match(r"[-./](?=[\w./-]*\d)[\w./-]+?(?=\.?\s*(?:[,;]|$))", text[name_end:])
    if glued and not re.search(r"\s", text[:name_end]):
        # `CIA-RDP80-00810A001234, CREST`, `dodis.ch/1234`: the archive's name opens the document's own number
        rest = name_end + glued.end()
        row["_glued"] = text[:rest]
    tokens = _Tokens.of(text, rest)
    i, n = 0, len(tokens)
    if row.get("_glued") and n:
        tail = default_matcher().match(tokens.token(n - 1))
        if tail and tail[0].code == archive.code and tail[1] == len(tokens.token(n - 1)):
            n -= 1  # `CIA-RDP80-00810A001234, CREST`: the reading room named again
    if i < n and archive.city and normalise(re.sub(r"\s*\(.*\)$", "", tokens.token(i))) == normalise(archive.city):
        i += 1
    elif i < n and _is_place_token(tokens.token(i)) and i + 1 < n and _is_fond_token(tokens.token(i + 1)):
        i += 1
    same = default_matcher().match(tokens.token(i)) if i < n else None
    if same and same[0].code == archive.code and same[1] == len(tokens.token(i)) and i + 1 < n \
            and _is_fond_token(tokens.token(i + 1)):
        i += 1  # `ÖStA, AdR, BKA-AA`: a division the authority lists as a name of the same archive
    # `Labour Party Archives, People's History Museum, Manchester (LPA), …`: more of the archive's name and its abbreviation
    for k in range(i, min(i + 3, n)):
        if any(ch.isdigit() for ch in tokens.token(k)):
            break
        defined = re.fullmatch(rf"(?P<name>[^()]+?)\s*\({_HEREAFTER}(?P<abbr>[A-Z][\w./-]{{1,10}})\)", tokens.token(k))
        if defined and _is_place_token(defined.group("name")):
            row["_abbr"] = defined.group("abbr")
            i = k + 1
            break
    fond = ""
    sub_fond = ""
    unit_from_fond = ""
    fond_year = ""
    if i < n and _YEARS_TOKEN.match(tokens.token(i)) and not _YEAR_TOKEN.match(tokens.token(i)):
        # `FRUS, 1955–1957, vol. XXVI`: the years come first (a lone number there is a fond: `SI AS 1589`)
        fond_year = tokens.token(i)
        i += 1
    elif i < n and _is_fond_token(tokens.token(i)):
        tok = tokens.token(i)
        key = _FOND_KEY.match(tok)
        tok = key.group("value") if key else tok
        piece = _CODE_PIECE.match(tok)
        defined = _ABBR_DEFINITION.fullmatch(tok)
        if piece and not re.fullmatch(r"[\dIVXLC/ -]+", tok):
            fond, unit_from_fond = piece.group("fond"), piece.group("unit")
        elif defined:
            fond = defined.group("abbr")
            doc_abbr[fond] = defined.group("name").strip()
        else:
            fond = tok
        sub_fond = ""
        if key and " – " in fond:  # `fond CC al PCR – Secția Relații Externe`: the fond and its section
            fond, sub_fond = (part.strip() for part in fond.split(" – ", 1))
        if not unit_from_fond:
            fond, unit_from_fond = _shelfmark(fond)
        i += 1
    if not fond_year and i < n and _YEARS_TOKEN.match(tokens.token(i)):
        fond_year = tokens.token(i)
        i += 1
    polish = any(re.match(r"sygn\.|w\.\s*\d", tokens.token(k), re.IGNORECASE) for k in range(i, n)) or \
        (n > i + 1 and bool(_LEAF_RANGE.match(tokens.token(n - 1))))
    # the date and pages sit at the end: find them first, then the unit in between
    end = n
    pages = ""
    while end > i and (_PAGE_TOKEN.match(tokens.token(end - 1)) or (polish and _LEAF_K.match(tokens.token(end - 1)))) \
            and not _YEAR_TOKEN.match(tokens.token(end - 1)) \
            and not (end - 2 >= i and _CONTAINER.match(tokens.token(end - 2)) and re.match(r"f\.", tokens.token(end - 1))):
        end -= 1  # (`b. 45, f. 3`: after a box or busta, `f.` is its file, not a folio)
    date_idx = None
    if end > i:
        found = find_dates(tokens.token(end - 1))
        if found:
            date_idx = end - 1
    keyed = all(_PAGE_KEYED.match(tokens.token(k)) or (polish and _LEAF_K.match(tokens.token(k))) for k in range(end, n))
    if end < n and (date_idx is not None or end > i + 1 or (keyed and (end > i or unit_from_fond))):
        pages = ", ".join(tokens.token(k) for k in range(end, n))
    else:
        end = n
    # unit: a run of unit-like tokens after the collection
    u = next((k for k in range(i, end) if _is_unit_token(tokens.token(k))), None)
    if unit_from_fond:
        u = i
    if u is not None:
        if not fond and not unit_from_fond and u > i and not find_dates_covering(tokens.token(i)):
            fond = tokens.token(i)  # `HIA, Boris Nicolaevsky Collection, box 45`: a named fond before the units
            i += 1
            fond, unit_from_fond = _shelfmark(fond)
        v = u
        while v < end and _is_unit_token(tokens.token(v)) and not ((v > u or unit_from_fond) and _is_leaf(tokens.token(v), tokens.token(v - 1), polish)):
            v += 1
        w = v  # `MS Attlee dep. 45, fol. 12, Attlee to Bevin, …`: leaves between the file and the document
        while (v > u or unit_from_fond) and w < end and _is_leaf(tokens.token(w), tokens.token(w - 1), polish):
            w += 1
        if w > v:
            pages = ", ".join(t for t in [tokens.join(v, w), pages] if t)
        collection = [sub_fond] * bool(sub_fond) + [tokens.token(k) for k in range(i, u)]
        years = [t for t in collection if _YEAR_TOKEN.match(t)]
        if years and not fond_year:  # `FIG, APCI, Estero, 1956, mf. 125`: the year of the series
            fond_year = years[0]
            collection = [t for t in collection if t != fond_year]
        units = ([unit_from_fond] if unit_from_fond else []) + [tokens.token(k) for k in range(u, v)]
        year_unit = next((m.group("year") for m in map(_UNIT_YEAR.match, units) if m), "")
        if year_unit and not fond_year:
            fond_year = year_unit
        title_from = w
    else:
        k = i
        while k < end and _is_collection_token(tokens.token(k)) and k < end - 1:
            k += 1
        if k > i and k == end - 1 and find_dates_covering(tokens.token(end - 1)):
            k -= 1  # `AN, 1988/12, Rapport, 12 octobre 1956`: the last name before the date is the title
        collection = [sub_fond] * bool(sub_fond) + [tokens.token(j) for j in range(i, k)]
        units = [unit_from_fond] if unit_from_fond else []
        title_from = k
    place = ""
    date = None
    title_to = end
    region_start = tokens.spans[title_from][0] if title_from < n else len(text)
    region_end = tokens.spans[end - 1][1] if end > title_from else region_start
    dates = find_dates(text[region_start:region_end]) if region_end > region_start else []
    if dates:
        date = best_date(dates)
        if find_dates_covering(tokens.token(end - 1)):
            title_to = end - 1
            if title_to - 1 > title_from and _is_place_token(tokens.token(title_to - 1)):
                place = tokens.token(title_to - 1)
                title_to -= 1
    if row.get("_glued"):
        units.insert(0, row.pop("_glued"))
    row.update(
        fond=_tidy_slashes(fond),
        collection=" / ".join(collection),
        unit=_tidy_slashes(", ".join(units)),
        title=tokens.join(title_from, title_to),
        pages=pages,
        place=place,
        fond_year=fond_year,
    )
    if date is None and _YEAR_TOKEN.match(fond_year) and region_end > region_start:
        # `HDA, CK SKH, 1952, kut. 8, Zapisnik od 12. ožujka`: the day and month take the file's year
        days = find_days_without_year(text[region_start:region_end], int(fond_year))
        date = days[-1] if days else None
    if date is not None:
        row.update(date_start=date.date_start, date_end=date.date_end, date_precision=date.precision, date_source="text")
    elif fond_year:
        span = find_dates(fond_year)[0]
        row.update(date_start=span.date_start, date_end=span.date_end, date_precision="year", date_source="fond year")
    return row


def _tidy_slashes(value: str) -> str:
    # a line break after `507/` leaves `507/ IX` in the joined note
    return re.sub(r"\s*/\s*", "/", value)


def _is_collection_token(tok: str) -> bool:
    if _ABBR_DEFINITION.fullmatch(tok):
        return True
    words = tok.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(ch.isdigit() for ch in tok)


def _learn_archive(text: str, matcher: ArchiveMatcher) -> tuple[Archive, int] | None:
    """An archive the citation defines itself (``Name of an archive (ABBR), ...``): teach the matcher its code."""
    m = _ABBR_DEFINITION.match(text)
    if not m or not _ARCHIVE_WORD.search(m.group("name")) or m.start() != 0:
        return None
    name = m.group("name").strip()
    known = matcher.match(name)  # `Hrvatski državni arhiv u Zagrebu (HDA)` is the known HDA
    archive = known[0] if known else Archive(m.group("abbr"), name)
    matcher.add_code(m.group("abbr"), archive)
    return archive, m.end("name")


def _parse_archive_inside(text: str, archive: Archive, start: int, name_end: int, doc_abbr: dict) -> dict:
    """An archival citation whose archive is named after the document (Chicago, Russian `//` style).

    ``Title, date, RG 59, CDF 1955–59, 611.68/11-655, NARA``: the holding is
    what follows the date; ``Title, date // РГАНИ. Ф. 52. …`` and ``Title,
    date, DDEL, Dulles Papers, box 14``: the holding follows the archive.
    """
    before = text[:start].rstrip(" ,;/")
    after = text[name_end:].strip(" .,;")
    if after and not all(_is_place_token(t) or re.fullmatch(r"[A-Z]{2}\.?", t) for t in split_commas(after)):
        row = _parse_archival(text[start:], archive, name_end - start, doc_abbr)
        description = before
    else:
        tokens = _Tokens.of(before, 0)
        dated = [k for k in range(len(tokens)) if find_dates_covering(tokens.token(k).strip("”“\"»« "))]
        if len(tokens) and _is_call_number(tokens.token(0)):  # the call number first, then the document
            cut = 0
            end_holding = 1
            while end_holding < len(tokens) and _is_unit_token(tokens.token(end_holding)):
                end_holding += 1
            holding = before[:tokens.spans[end_holding - 1][1]]
            description = before[tokens.spans[end_holding][0]:] if end_holding < len(tokens) else ""
            row = _parse_archival(text[start:name_end] + ", " + holding, archive, name_end - start, doc_abbr)
            return _describe(row, description)
        if dated:
            cut = dated[-1] + 1
        else:
            cut = next((k for k in range(1, len(tokens)) if _is_call_number(tokens.token(k))), len(tokens))
        holding = before[tokens.spans[cut][0]:] if cut < len(tokens) else ""
        description = before[:tokens.spans[cut][0]].rstrip(" ,") if cut < len(tokens) else before
        row = _parse_archival(text[start:name_end] + (", " + holding if holding else ""), archive, name_end - start, doc_abbr)
    return _describe(row, description)


def _is_call_number(tok: str) -> bool:
    # `CIA-RDP79R00890A000700060010-4`: a document number of an online reading room
    return bool(_CODE_PIECE.match(tok) or re.fullmatch(r"[A-Z]{1,5}\s?\d+[A-Z]?", tok)
                or re.fullmatch(r"[A-Z]{2,6}(?:-[A-Z0-9]+)+", tok) and sum(ch.isdigit() for ch in tok) >= 5)


def _describe(row: dict, description: str) -> dict:
    """Title and date of an archival citation from the description written apart from its holding."""
    dates = find_dates(description)
    if dates and (row.get("date_source") != "text" or dates[-1].precision == "day"):
        set_date(row, dates)
    last = _Tokens.of(description, 0)
    keep = len(last)
    if keep and find_dates_covering(last.token(keep - 1)):
        keep -= 1
    title = re.sub(r",?\s*(?:quoted\s+|printed\s+)?(?:in|u|у|в|dans):?$", "", last.join(0, keep), flags=re.IGNORECASE)
    row["title"] = ", ".join(t for t in (title, row.get("title", "")) if t)
    return row

