"""Where a citation names its archive, when it does not open with it.

After the document's description (``Bericht vom 14.6.1956, PA AA, B 42``;
Russian ``… // РГАНИ. Ф. 5``) or last (Chicago: ``…, RG 59, …, box 2503,
NARA.``); an archive the authority file lacks is recognised by a word for
archive before units, and one the citation defines (``Name (ABBR)``) is
taught to the document's matcher.
"""

from __future__ import annotations

import re

from .archives import Archive, ArchiveMatcher
from .holdings import ABBR_DEFINITION, describe, is_call_number, is_holding_token, is_place_token, is_unit_token, parse_archival
from .shelfmarks import is_shelfmark
from .stemanchors import holds_archive_word as _has_archive_word  # (a word for archive…, also in `Staatsarchiv`)
from ..dates import find_dates, says_undated
from .notetext import KEPT_LENGTH, Tokens, find_dates_covering, kept, split_commas
from .namedholding import named_by_holding
from .townafter import known_with_town
from .townshape import town_after_name
from .bothin import after_both_in, past_both_in, without_both_remark
from .quotedname import after_quoted_title, defines_code, unquoted, without_definition
from .quotes import QUOTE_START
from .editiontitle import printed_book
from .references import IN_CONTAINER, cites_publication
from .words import CAPITAL, UPPER, alternation, archive_word, held_word, statute_word
from ..patterns import compiled

# where a holding may start inside a citation: after a comma, `//` (Russian style) or a full stop. Each branch
# opens with its character, the look-behind after it: a pattern opening with a character class lets `finditer`
# skip to the next `,` `/` `.` in C, where one opening with a look-behind is tried at every character (5x slower)
_TOKEN_START = compiled(r"(?:,|//|\.(?:(?<=[^\W\d_]{2}\.)|(?<=\d\.)|(?<=г\.)))\s*")

# what may follow an archive's name inside a citation: punctuation, the end, or a call number (`TNA FO 371/1`)
# or a fond number and a comma (`…, for the Slovene side, SI AS 1931, t. e. 7`)
_AFTER_NAME = compiled(r"\s*(?:[,.;:([]|//|$)|\s+(?=[A-Z]{1,5}\s?\d)|\s+(?=\d[\w/.-]*\s*,)"
                      + rf"|\s+(?=(?:{alternation('manuscript_words.csv')})\s?\d)")  # (a manuscript: `BJ Rkp. 9871 III`)


def archive_inside(piece: str, matcher) -> tuple[Archive, int, int] | None:
    """An archive named after a description (``Title, date, RG 59, …, NARA.``, ``Title // РГАНИ. Ф. 5``).

    >>> from histkit.citations.archives import default_matcher
    >>> archive, start, end = archive_inside("Bericht vom 14.6.1956, PA AA, B 42, Bd. 12", default_matcher())
    >>> archive.code, start, end
    ('PA AA', 23, 28)

    Returns the archive, where its name starts and where it ends, or None. Not
    inside parentheses (a publisher is not an archive) and not in a publication.
    """
    def search() -> tuple[Archive, int, int] | None:
        return _archive_inside(piece, matcher) or _said_where(piece, matcher)
    # (the splitter and the classifier ask about each citation: short ones are kept)
    return search() if len(piece) > KEPT_LENGTH else matcher.remember(("archive inside", piece), search)


def _archive_inside(piece: str, matcher) -> tuple[Archive, int, int] | None:
    held = _HELD_IN.match(piece)  # `Transcript in Tyne and Wear Archives, …`, `Copy in TNA, …`: the document, then where
    hit = matcher.match(piece[held.end():held.end() + 160]) if held else None
    # (not in an edition whose publisher has an archive's code: asked only of an archive found, the dearer looks, of
    # 4 of the 5,084 pieces the corpus's PDFs ask about)
    if hit and _AFTER_NAME.match(piece, held.end() + hit[1]):
        return None if cites_publication(piece) or printed_book(piece) else (hit[0], held.end(), held.end() + hit[1])
    # the brackets open and the last quotation marks before each token start, counted on from the one before
    depth, last_open, last_close, seen, quoted = 0, -1, -1, 0, False
    refuse = matcher.refusal()  # (`matcher.match` teaches it nothing: what it knows holds through the loop)
    for m in _TOKEN_START.finditer(piece):
        start = m.end()
        if start >= len(piece):
            continue
        for mark in _MARKS.finditer(piece, seen, start):
            ch = mark.group()
            if ch in "([{":
                depth += 1
            elif ch in ")]}":
                depth = max(0, depth - 1)
            quoted = not quoted if ch == '"' else quoted  # (a straight mark opens and closes by turns: `…, "A, 1953," X`)
            last_open = mark.start() if ch in _QUOTE_OPENS and (ch != '"' or quoted) else last_open
            last_close = mark.start() if ch in _QUOTE_CLOSES and (ch != '"' or not quoted) else last_close
        seen = start
        # (a quotation is open when no closing mark follows the last opening one: `„Title, …`)
        if depth or (last_open >= 0 and last_close <= last_open):
            continue
        start += len(_IN_WORD.match(piece, start).group(0))  # `…, in FRUS, 1955–1957, …`
        if refuse(piece, start):  # (most token starts: `507`, `12 March 1953`, `Minute`)
            continue
        hit = matcher.match(piece[start:start + 160])
        if hit and _AFTER_NAME.match(piece, start + hit[1]):
            return None if cites_publication(piece) or printed_book(piece) else (hit[0], start, start + hit[1])
    return None


def _said_where(piece: str, matcher) -> tuple[Archive, int, int] | None:
    """A known archive after a short sentence saying the papers are there (`The logs are at the National Maritime
    Museum, Greenwich (hereafter NMM), LOG/N/A/45`): after a word for "in" or "at" and an article, with no comma or
    bracket before it (a citation's parts, `Report, 12 May 1950, in the Arhiv Jugoslavije`, are read as such), in
    the sentence's first words (a longer one tells more: `zur Haltung … vgl. die Eingaben … in PA AA, …, sowie …`)."""
    for m in _IN_OR_AT.finditer(piece, 0, 240):
        if len(piece[:m.start()].split()) > _SAID_WHERE_WORDS or any(c in ",;()" for c in piece[:m.start()]):
            return None
        hit = matcher.match(piece[m.end():m.end() + 160])
        if hit and _AFTER_NAME.match(piece, m.end() + hit[1]):  # (not a calendar of the records "preserved in" it)
            return None if cites_publication(piece) or printed_book(piece) else (hit[0], m.end(), m.end() + hit[1])
    return None


_SAID_WHERE_WORDS = 10
_IN_OR_AT = compiled(rf"\s(?:{alternation('held_in_words.csv')}|at)\s+(?:the\s+)?(?=[{CAPITAL}])")


# a word or two naming what a copy is, then the word for "in" (`held_in_words.csv`) and the archive holding it:
# `Transcript in`, `Copy in`, `Kopie im`, `copie dans`, `kopia w`; the archive's name opens with a capital of any script
_HELD_IN = compiled(rf"[^\W\d_]+(?:\s[^\W\d_]+)?\s+(?:{alternation('held_in_words.csv')})\s+(?=[{CAPITAL}])")


# an archive not in the authority file: a name with an archive word, then the units (`Meany Archives, Lovestone Files, box 14`)
_ARCHIVE_NAME = compiled(rf"[{UPPER}][^\W\d_’'.&-]*(?:[’'.&-][^\W\d_]*)*(?:\s+(?:[–—]\s+)?[^\W\d_’'.&-]+(?:[’'.&-][^\W\d_]*)*\.?){{0,9}}")


@kept
def unknown_archive(piece: str) -> tuple[Archive, int, int] | None:
    """An archive the authority file does not know, named by an archive word (or a call number) and followed by units.

    >>> unknown_archive("Meany Archives, Lovestone Files, box 14")
    (Archive(code='Meany Archives', name='Meany Archives', city='', cues=''), 0, 14)

    Returns the archive, where its name starts and where it ends, or None.
    """
    if not _has_archive_word(piece):  # (`Royal College of Physicians, MS 123, …`: named by the call number after it)
        return named_by_holding(piece)
    if cites_publication(piece):
        return None
    if QUOTE_START.search(piece[:80]):  # (`"Memorial of …," n.d., Gujarat State Archives, …`: after a quoted title)
        return after_quoted_title(piece, unknown_archive)
    stopped = _NAME_THEN_FOND.match(piece)  # `Государственный архив Красноярского края. Ф. 595. Оп. 1`: levels end with stops
    if stopped and _has_archive_word(stopped.group("name")) and _is_archive_name(stopped.group("name")):
        return Archive(stopped.group("name"), stopped.group("name")), 0, stopped.end("name")
    tokens = Tokens.of(piece, 0)
    for k in range(len(tokens)):
        tok = tokens.token(k)
        s, e = tokens.spans[k]
        s, tok = unquoted(s, tok)  # (`…, folder "Aid Negotiations, 1957–1958," Syngman Rhee Institute, …`)
        if tok is None:
            continue
        s, tok = past_both_in(s, tok)  # (`…, 9 May 1826, both in Northamptonshire Archives, …`: the archive of both)
        # `Archives de l'ARBED (aujourd'hui ArcelorMittal)`, `შსს არქივი (საქართველოს … არქივი)`: a remark of words
        # in brackets after the name (its name today, or in full), which is no part of it
        remark = _REMARK.search(tok)
        tok = tok[:remark.start()] if remark else tok
        # `東京都公文書館所蔵「震災救護書類」`: the archive, the word saying it holds the papers, then their title
        held = _HELD_TITLE.search(tok) or _held_after_name(tok)
        tok = tok[:held.start() + len(held.group("held"))] if held and not remark else tok
        if not (_has_archive_word(tok) and _is_archive_name(tok)) or (after_both_in(piece[:s + 1]) != s and IN_CONTAINER.match(piece[max(0, s - 4):s] + " ")):
            continue
        if re.search(r"(?:^|,)\s*(?:in|u|в|dans):?\s*$", piece[:s], re.IGNORECASE):
            continue  # `in: Archiv für Sozialgeschichte`: a journal
        if _imprint(tokens, k) or any(_imprint(tokens, j) for j in range(k + 2, len(tokens) - 1)
                                      if not any(is_unit_token(tokens.token(i)) for i in range(k + 1, j + 1))):
            # `…, vol. 86, Roma, Istituto dell'Enciclopedia italiana, 2016, pp. 11-13`: a publisher; `Daniel Rivet,
            # Lyautey et l'institution du protectorat…, Paris, L'Harmattan, 1988`: a book's title before its imprint
            # (not `…, Ponte de Lima, Câmara Municipal, caixa 12, 1888`: a box is no publisher)
            continue
        units_after = any(_units(tokens.token(j)) for j in range(k + 1, len(tokens)))
        last_after_date = k > 0 and all(is_place_token(tokens.token(j)) for j in range(k + 1, len(tokens))) \
            and any(find_dates_covering(tokens.token(j)) for j in range(k))
        if (units_after or last_after_date) and k == 1 and re.fullmatch(r"[A-Z][A-Z-]{1,7}", tokens.token(0)):
            # `CPDOC, Arquivo Oswaldo Aranha, OA cp …`: a code, then a papers' archive the code's archive keeps
            return Archive(tokens.token(0), tokens.token(0)), 0, tokens.spans[0][1]
        if not (units_after or last_after_date) and _named_last(tokens, k):
            # `…, box 12, folder 3, Special Collections Research Center, Syracuse University Libraries.`: the
            # repository last, after the units, with the institution keeping it
            last = _dated_from(tokens) - 1
            last = k if is_place_token(without_definition(tokens.token(last).rstrip("."))) else last  # (`…, ISEAS Library, Singapore`)
            end = tokens.spans[last][1] - piece[:tokens.spans[last][1]].endswith(".")
            return Archive(piece[s:end], piece[s:end]), s, end
        if units_after or last_after_date:
            said = _said_in(tok)  # `The company's own view appears in Tata Central Archives`: the name after the sentence
            s, tok = (s + said, tok[said:]) if said else (s, tok)
            name = held_word().sub("", tok)  # `北京市档案馆藏`: held at the archive
            full = remark.group("words") if remark and _has_archive_word(remark.group("words")) else name
            # (the name ends before its held word, the holding after it: `辽宁省档案馆藏,全宗号JC10`, no fond `藏`)
            return Archive(name, full, town_after_name(tokens, k)), s, e if remark else s + len(tok if name != tok else name)
    return named_by_holding(piece)  # (`National Records Office, Khartoum, Civsec 1/2/3`: no unit word after it)


# (`CINM 1998.12.45 and CINM 1998.12.46`: two units a word for "and" joins, which `twounits` parts later)
_AND = compiled(rf"\s+(?:{alternation('and_words.csv')})\s+")


def _units(tok: str) -> bool:
    """Whether a token names a unit (`is_unit_token`), or two or more a word for "and" joins."""
    if is_unit_token(tok):
        return True
    head, comma, tail = tok.rpartition(",")  # (`Y/L2 9, 11 November 1839`: a unit and its document's day, one token)
    if comma and is_unit_token(head.strip()) and find_dates_covering(tail.strip(" .")):
        return True
    parts = _AND.split(without_both_remark(tok)) if any(c.isdigit() for c in tok) else []  # (`… (beide um 1500)`)
    return len(parts) > 1 and all(is_unit_token(part) for part in parts)


def opens_archive(text: str, matcher: ArchiveMatcher) -> bool:
    """Whether ``text`` opens with an archive's name or code, known or named by a word for archive (`unknown_archive`)."""
    hit = matcher.match(text)
    found = unknown_archive(text) if hit is None else None
    return (hit is not None and hit[1] > 0) or (found is not None and found[1] == 0)


def _said_in(tok: str) -> int:
    """Where an archive's name starts after a sentence saying the papers are in it (`Photographs of the works are in
    the Historic England Archive`), or 0: after the last word for "in" or "at" whose rest is an archive's name."""
    for m in reversed(list(_IN_OR_AT.finditer(tok))):
        rest = tok[m.end():]
        if any(w[:1].islower() for w in tok[:m.start()].split()[1:]) and _has_archive_word(rest) and _is_archive_name(rest):
            return m.end()
    return 0


# a word saying the archive holds the papers (`held_words.csv`), then the quoted title of the collection
_HELD_TITLE = compiled(rf"(?P<held>{alternation('held_words.csv')})\s*(?=[「『“\"《])")

# an archive's name ended by a full stop, then its fond's key and number, as Russian citations write a holding
_NAME_THEN_FOND = compiled(r"(?P<name>[^.,;:()\d]{3,120}?)\.\s+(?=(?:Ф|F|Fond)\.?\s*[A-ZА-Я]?-?\d)")


def _held_after_name(tok: str) -> re.Match | None:
    """`江苏省档案馆藏苏北行政公署档案`: a word for archive, the word saying it holds the papers, then the papers' name."""
    for held in _HELD.finditer(tok, 1):
        if any(word.end() == held.start() for word in archive_word().finditer(tok[:held.start()])) and held.end() < len(tok):
            return held
    return None


_HELD = compiled(rf"(?P<held>{alternation('held_words.csv')})")


# a remark of two words or more in brackets ending a name's token
_REMARK = compiled(r"\s*\((?P<words>[^()\d]*[^\W\d_]\s+[^\W\d_][^()\d]*)\)$")


def _is_archive_name(tok: str) -> bool:
    """A name by its shape: a capital and a few words, or words of a script whose words open with no capital
    (`北京市档案馆藏`, Georgian `შსს არქივი`: a letter no capital nor title case changes)."""
    return _ARCHIVE_NAME.fullmatch(tok) is not None or (
        len(tok) <= 40 and not any(c.isupper() or c.title() != c for c in tok) and not any(c.isdigit() for c in tok))


def _named_last(tokens: Tokens, k: int) -> bool:
    """Whether the archive's name at token ``k`` ends the citation after its units: at most one more name follows
    (the institution keeping it, no number in it) and a box, folder or file comes before."""
    rest = [tokens.token(j).rstrip(".") for j in range(k + 1, _dated_from(tokens))]
    if len(rest) == 2 and defines_code(rest[-1]) and is_place_token(without_definition(rest[-1])):
        rest = rest[:1]  # (`…, Syngman Rhee Institute, Yonsei University, Seoul (hereafter SRI)`: the town, the code)
    return 0 < k and len(rest) <= 1 and all(_ARCHIVE_NAME.fullmatch(t) and not any(map(str.isdigit, t)) for t in rest) \
        and any(is_unit_token(tokens.token(j)) for j in range(k))


def _dated_from(tokens: Tokens) -> int:
    """Where the no-date mark closing a citation begins (`…, ISEAS Library, Singapore, undated`: a Chicago note dates
    its document last), or the number of tokens."""
    last = len(tokens)
    return last - 1 if last > 1 and says_undated(tokens.token(last - 1)) else last


def _imprint(tokens: Tokens, k: int) -> bool:
    """Whether the name at token ``k`` is a publisher's: a town before it and a bare year after it."""
    return 0 < k < len(tokens) - 1 and is_place_token(tokens.token(k - 1)) \
        and re.fullmatch(r"(?:1[5-9]|20)\d{2}", tokens.token(k + 1)) is not None


# `CZA, S25/4521, …`: a code of two to six capitals (any script) opening a citation, then a comma
_CODE_OPENS = compiled(r"^(?P<code>[^\W\d_]{2,6})\s*,\s*")


@kept
def code_in_use(piece: str) -> Archive | None:
    """An archive's code the authority file lacks, known by how it is used: ``CODE, shelfmark, …, date``.

    >>> code_in_use("CZA, S25/4521, Ben-Gurion to Weizmann, 3.1.1939")
    Archive(code='CZA', name='CZA', city='', cues='')
    >>> code_in_use("AHR, 45 (1990), 123-145") is None, code_in_use("CZA, S25/4521") is None
    (True, True)
    >>> code_in_use("JMH, 45/3, 3 May 1990") is None
    True

    The code is in capitals; the next part is a shelfmark (a call number or
    numbers with a slash, not a volume or a year), and the citation dates a
    document (a day or month). A journal's abbreviation is followed by a
    volume and pages, a law report's by a year: neither is read so.
    """
    m = _CODE_OPENS.match(piece)
    if m is None or not m.group("code").isupper() or cites_publication(piece):
        return None
    parts = split_commas(piece[m.end():])
    shelfmark = parts[0].rstrip(".") if parts else ""
    if not is_shelfmark(shelfmark):
        return None
    rest = piece[m.end() + len(shelfmark):]
    if not any(d.precision != "year" for d in find_dates(rest)) and not says_undated(rest):
        return None  # a dated document, or one the citation says is undated (`AGOP, XIII.12346, s.d.`)
    return Archive(m.group("code"), m.group("code"))


def code_again(piece: str, before: str) -> bool:
    """Whether ``piece`` opens with the code ``before`` is known by from its use (`code_in_use`), then a shelfmark.

    >>> code_again("ISA, 43.4/5664/12", "ISA, 130.23/2387/4, 14 May 1948"), code_again("ISA, 43.4/5664/12", "ISA, 12")
    (True, False)
    """
    m, first = _CODE_OPENS.match(piece), code_in_use(before)
    if m is None or first is None or m.group("code") != first.code:
        return False
    parts = split_commas(piece[m.end():])
    return bool(parts) and is_shelfmark(parts[0].rstrip("."))


_IN_WORD = compiled(rf"(?:(?:quoted\s+|printed\s+|reprinted\s+|zit\.\s+|cit\.\s+|(?:{alternation('both_words.csv')})\s+)?"  # `…, both in DLA`
                    rf"(?:in|u|у|в|dans|nach):?\s+|(?:{alternation('both_words.csv')})\s+(?=[{CAPITAL}]))?", re.IGNORECASE)  # (or "both" alone: `toutes deux AN`)

_QUOTE_OPENS, _QUOTE_CLOSES = "„«“\"", "”»\"“"

# what changes the bracket depth or whether a quotation is open
_MARKS = compiled(r"[(\[{)\]}„«“\"”»]")


def learn_archive(text: str, matcher: ArchiveMatcher) -> tuple[Archive, int] | None:
    """An archive the citation defines itself (``Name of an archive (ABBR), ...``): teach the matcher its code.

    >>> from histkit.citations.archives import default_matcher
    >>> matcher = default_matcher().copy()
    >>> learn_archive("Državni arhiv u Splitu (DAST), fond 3", matcher)[0].code, matcher.match("DAST, 4")[0].name
    ('DAST', 'Državni arhiv u Splitu')

    Returns the archive and where its name ends, or None.
    """
    m = _definition(text)
    if m is None:
        return None
    name, abbr = m.group("name").strip(), m.group("abbr")
    tail = _DATED_SENTENCE.split(name)[-1]  # (`Fundargerðir … 1870. Héraðsskjalasafn Árnesinga (hér eftir HérÁrn)`)
    name = tail if tail != name and _has_archive_word(tail) else name
    known = matcher.match(name) or known_with_town(text, m.end(), name, matcher)  # (the known HDA; `townafter`)
    coded = matcher.match(abbr)
    if known is None and coded is not None and coded[1] == len(abbr) and coded[0].name in name:
        known = coded  # `… is in the Arshif-i Milli-yi Afghanistan in Kabul (hereafter AMA)`: the name in the sentence
    archive = known[0] if known else Archive(abbr, name)
    matcher.add_code(abbr, archive)
    return archive, m.end("name")


# a sentence ending in a year before the archive's name: the document's description and date, not the name's
_DATED_SENTENCE = compiled(rf"(?<=(?<!\d)\d{{4}})\.\s+(?=[{CAPITAL}])")


def _dated_stop(head: str) -> int:
    """Where the last sentence of ``head`` that a date ends (its stop, then a capital) is over; 0 if none."""
    for date in reversed(find_dates(head) if "." in head else []):
        stop = _DATE_STOP.match(head, date.end)
        if stop and "." in head[date.end - 1:stop.end()]:
            return stop.end()
    return 0


_DATE_STOP = compiled(rf"\.?\s+(?=[{CAPITAL}])")


def named_after(text: str, archive: Archive) -> int:
    """Where the name of an archive `learn_archive` learnt starts, after a description that ends in a year (0 when
    ``text`` opens with it): `Fundargerðir sýslunefndar 3. og 17. júní 1870. Héraðsskjalasafn Árnesinga (…), …`.

    >>> named_after("Bréf, 12. mars 1874. Landsbókasafn Íslands (Lbs.), 4", Archive("Lbs.", "Landsbókasafn Íslands"))
    21
    """
    at = text.find(archive.name) if archive.name else -1
    dated = _DATED_SENTENCE.search(text[:at + 1]) or _dated_stop(text[:at + 1]) == at
    both = at > 0 and after_both_in(text[:at + 1]) == at  # (`…, 14 May 1929, both in Name (X), …`)
    return at if at > 0 and (both or (dated and text[:at].rstrip().endswith("."))) else 0


def archive_first(text: str, archive: Archive, learned: bool) -> tuple[str, Archive, int]:
    """How a citation opening with an archive (or with the definition it teaches) is read, the archive, where its name
    starts: ``archive inside`` after a dated description (`named_after`), else ``archive first``."""
    start = named_after(text, archive) if learned else 0
    if not start and printed_book(text):  # (the archive's name or code is the title of a printed edition)
        return "literature", archive, 0
    return ("archive inside" if start else "archive first"), archive, start


def defines_archive(text: str) -> bool:
    """Whether `learn_archive` would learn from ``text``: it opens with an archive's name and code (the matcher untaught).

    >>> defines_archive("Državni arhiv u Splitu (DAST), fond 3"), defines_archive("Tito (JBT), 3")
    (True, False)
    """
    return _definition(text) is not None


@kept  # (`defines_archive` is asked of a piece by the splitter's questions, then by the classifier's)
def _definition(text: str) -> re.Match | None:
    m = ABBR_DEFINITION.match(text)
    if m is None and "(" in text:  # (`Leírás, 1849. április 3. és 17. Tiszántúli … Levéltára (a továbbiakban: TtREL)`)
        after = _has_archive_word(head := text[:text.find("(")]) and (_dated_stop(head) or after_both_in(head))
        m = ABBR_DEFINITION.match(text, after) if after else None  # (`…, both in Name (X)`; a head with no archive's word names none: its dates unread)
        return m if m and _has_archive_word(m.group("name")) and not statute_word().search(m.group("name")) else None
    # (`Thüringer Bibliotheksgesetz (ThürBibG)` names a statute, not a library)
    return m if m and _has_archive_word(m.group("name")) and m.start() == 0 and not statute_word().search(m.group("name")) \
        else None


def parse_archive_inside(text: str, archive: Archive, start: int, name_end: int) -> dict:
    """An archival citation whose archive is named after the document (Chicago, Russian `//` style).

    >>> row = parse_archive_inside("Bericht vom 14.6.1956, PA AA, B 42, Bd. 12", Archive("PA AA", "PA AA"), 23, 28)
    >>> row["fond"], row["unit"], row["title"], row["date_start"]
    ('B 42', 'Bd. 12', 'Bericht vom 14.6.1956', '1956-06-14')

    ``Title, date, RG 59, CDF 1955–59, 611.68/11-655, NARA``: the holding is
    what follows the date; ``Title, date // РГАНИ. Ф. 52. …`` and ``Title,
    date, DDEL, Dulles Papers, box 14``: the holding follows the archive.
    """
    before = "" if _LEAD_ALONE.fullmatch(text, 0, start) else text[:start].rstrip(" ,;/")  # (`Gl. HDA 967, …`)
    after = re.sub(r"\s*\([^()\d]{1,30}\)", "", text[name_end:]).strip(" .,;")  # (`… Archives (hereafter PCA).`)
    # (nor a town with it, `…, Honolulu (hereafter HSA)`, nor a no-date mark closing the citation, `…, Singapore, undated`)
    after = ", ".join(t for t in split_commas(after) if not says_undated(t))
    if after and not all(is_place_token(t) or re.fullmatch(r"[A-Z]{2}\.?", t) for t in split_commas(after)):
        row = parse_archival(text[start:], archive, name_end - start)
        description = before
    else:
        tokens = Tokens.of(before, 0)
        dated = [k for k in range(len(tokens)) if find_dates_covering(tokens.token(k).strip("”“\"»« "))] or [
            k for k in range(len(tokens)) if any(d.precision != "year" for d in find_dates(tokens.token(k)))]  # (`for the week ending 18 July 1931`)
        if len(tokens) and is_call_number(tokens.token(0)):  # the call number first, then the document
            cut = 0
            end_holding = 1
            # `RG 59, CDF 1940–44, 740.0011 EW/1234, NARA`: a series named with its years is part of the holding
            while end_holding < len(tokens) and is_holding_token(tokens.token(end_holding)):
                end_holding += 1
            holding = before[:tokens.spans[end_holding - 1][1]]
            description = before[tokens.spans[end_holding][0]:] if end_holding < len(tokens) else ""
            row = parse_archival(text[start:name_end] + ", " + holding, archive, name_end - start)
            return describe(row, description)
        if dated:
            cut = dated[-1] + 1
        else:
            cut = next((k for k in range(1, len(tokens)) if is_call_number(tokens.token(k))), len(tokens))
        holding = _largest_first(before[tokens.spans[cut][0]:]) if cut < len(tokens) else ""
        description = before[:tokens.spans[cut][0]].rstrip(" ,") if cut < len(tokens) else before
        row = parse_archival(text[start:name_end] + (", " + holding if holding else ""), archive, name_end - start)
    return describe(row, description)


# a lead-in the splitter left on the citation: a word for "see" (`Gl.`, `Vgl.`), nothing of the document's
_LEAD_ALONE = compiled(rf"\s*(?:{alternation('see_also.csv')}|{alternation('reference_words.csv', 'lead')})\s*:?\s*",
                       re.IGNORECASE)
_SMALL_UNIT = compiled(r"[a-z][a-z.]*\s+\d")


def _largest_first(holding: str) -> str:
    """A holding written smallest first, as the Chicago style does before the archive's name (`box 4, folder 12,
    Mayor's Correspondence, RG 60.2`), in the order the archive's citations read it: `RG 60.2, Mayor's Correspondence,
    box 4, folder 12`. A holding opening with its fond stays as written.

    >>> _largest_first("vol. 12, Department of Public Health, Record Group 39")
    'Record Group 39, Department of Public Health, vol. 12'
    >>> _largest_first("Record Group 39, vol. 12"), _largest_first("box 4, Mayor's Correspondence, RG 60.2")
    ('Record Group 39, vol. 12', "RG 60.2, Mayor's Correspondence, box 4")
    >>> _largest_first("RG 59, Records of the Legal Adviser, Lot 64 D 121, box 7")
    'RG 59, Records of the Legal Adviser, Lot 64 D 121, box 7'
    """
    parts = split_commas(holding)
    units = 0  # the smallest levels first: a word in small letters and its number (`box 4`, `vol. 12`), not `RG 59`
    while units < len(parts) and is_unit_token(parts[units]) and _SMALL_UNIT.match(parts[units].strip()):
        units += 1
    if not units or units == len(parts) or not any(part.strip()[:1].isupper() for part in parts[units:]):
        return holding
    return ", ".join([*reversed(parts[units:]), *parts[:units]])
