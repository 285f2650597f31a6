"""Abbreviations a document defines for its archives, learnt before its citations are read.

Articles define their archives' codes in two ways: inside a citation, the name
(and often the town) then the code in brackets, with or without a word for
"hereafter" in the article's language (``Archivio Storico Diplomatico, Rome
(henceforth ASD)``, ``… (далі – ЦДАВО України)``, ``Riksarkivet, Stockholm
(RA)``); or as a list of ``CODE = Name`` (``Abréviations : ADR = Archives
départementales du Rhône ; AML = …``), which cites nothing. A definition holds
for the rest of the document and wins over the authority file, whose code may
stand for another archive elsewhere (the Spanish ``AMAE`` is not the French).
"""

from __future__ import annotations

import re

from .othername import learn_other_script
from .archives import Archive, ArchiveMatcher, default_matcher, normalise
from .commadefined import comma_definitions
from .fondcodes import learn_fond_codes
from .commalist import comma_list, listed_name
from .definedshape import call_number_follows, initials_code, opens_note, shaped_definitions
from .holdings import is_place_token
from .journals import container_name, is_journal_name
from .leads import LEAD_PLAIN
from .openingcode import opening_codes
from .prosecode import name_in_sentence, prose_codes
from .townafter import town_after
from .words import CAPITAL, UPPER, alternation, archive_word, enclosing_word, held_word, statute_word
from ..patterns import compiled

_HEREAFTER_WORD = alternation("hereafter.csv")

# `(henceforth ASD)`, `(dalje: HDA)`, `(далі – ЦДАВО України)`, `(RA)`, `(далее – НА РС(Я))`; Chinese and Japanese brackets are full-width
# (`（以下簡稱黨史館）`), and a Hebrew acronym holds a gershayim before its last letter (`(להלן: אה"ה)`)
# (after the word the code may stand in quotes: `（以下簡稱「臺史所檔案館」）`, `(이하 '규장각')`)
# (a gloss may come first, the name in another language or script: `(Sichuan sheng dang'anguan, hereafter SPA)`,
# `(Kungnip Chungang Tosŏgwan; hereafter NLK)`)
_BRACKETED = compiled(rf"[(（\[]\s*(?:(?:[^(),;（）]{{2,80}}[,;]\s*(?={_HEREAFTER_WORD}))?(?P<word>{_HEREAFTER_WORD})\s*[:,–—՝-]?\s*"
                      rf"(?P<quote>[「『“\"'‘«]\s*)?)?"
                        r"(?P<abbr>[^\W\d_](?:[\w./-]|[\"״](?=[^\W\d_]\W)|\([^\W\d_]{1,3}\)){0,11}"
                        r"(?:\s[^\W\d_](?:[\w./-]|\([^\W\d_]{1,3}\)){0,7}){0,2})"
                        r"(?(quote)\s*[」』”\"'’»])"
                        rf"(?:\s+(?P<after>{_HEREAFTER_WORD}))?\s*[)）\]]", re.IGNORECASE)  # (after the code: `(CNÉ as seo amach)`)

# `Национальный архив Республики Саха (Якутия) (далее – НА РС(Я))`: a bracket that is the name's, as the code's own
# bracketed initial says (not a town)
_OWN_BRACKET = compiled(r"\((?P<word>[^\W\d_][^()]{0,40})\)\s*$")

# `ADR = Archives départementales du Rhône ;`: one entry of a list of abbreviations (a code of two words: its second
# opens with a capital of any script, `RA Stockholm`, `ΓΑ Κ`, `ՀԱԱ Երևան`); a spaced dash may stand for `=`
# (`CMU – Centro de Memória da Unicamp;`)
# (the list's last entry ends where a sentence citing something follows it: `…; RHD = Revue historique de droit
# français et étranger. Sur le parlement, voir …, 1983, p. 112.`, `ZNR = Zeitschrift …. – Zum Forschungsstand vgl. …`)
_EQUALS = compiled(rf"(?:^|(?<=[\s;:,.(]))(?P<abbr>[^\W\d_][\w./-]{{0,11}}(?:\s[{CAPITAL}][\w./-]{{0,7}})?)(?:\s*=|\s+[–—])\s*(?P<name>[^;=]+?)"
                     rf"\s*(?=;|\.?\s*$|\.\s+\S+\s*=|\.\s+(?=[^=]*\d)(?:[–—]\s|[{CAPITAL}][^\W\d_]*\s+[^\W\d_]+[\s,.]+[^\W\d_]))")

# an imprint's year ending the words before a bracketed code: a book's, whose siglum it is (`…, Petersburg 1859`)
_IMPRINT_END = compiled(r"[\s,](?:1[5-9]|20)\d\d(?:[–-]\d{2,4})?\s*$")

# where the name before a bracketed code may start: after a bracket, a semicolon, `//` or a sentence (not after a
# title's abbreviation, a capital and a small letter: `The Rooms Provincial Archives, St. John's (hereafter PANL)`)
# (or after a sentence ending in a year, the name's capital next: `Fundargerðir 3. og 17. júní 1870. Héraðsskjalasafn
# Árnesinga (hér eftir HérÁrn)`)
_NAME_START = compiled(rf".*(?:[();（）；]|//|[^\W\d_]{{2}}(?<!\b[A-Z][a-z])\.\s|(?<!\d)\d{{4}}\.\s(?=[{CAPITAL}])|:\s)", re.DOTALL)


def learn_definitions(text: str, matcher: ArchiveMatcher, journals: dict[str, str] | None = None) -> list[tuple[int, int]]:
    """Teach ``matcher`` every archive code ``text`` (a note) defines; the spans of its ``CODE = Name`` entries.

    >>> from histkit.citations.archives import default_matcher
    >>> matcher = default_matcher().copy()
    >>> learn_definitions("Abbreviations: XA = Archives of X; XL = X Library.", matcher)
    [(15, 33), (35, 49)]
    >>> matcher.match("XA, box 4")[0].name, matcher.match("XL, 3")[0].name
    ('Archives of X', 'X Library')

    Only names that are an archive's (a word for archive, library, institute…
    or a name the authority file knows) count; the spans are where a note is
    a list of definitions, not citations. Another name a word for "hereafter"
    abbreviates is a journal's: its abbreviation and its name go in ``journals``.

    >>> journals = {}
    >>> _ = learn_definitions("Nowak, Kasy, Kwartalnik Historyczny (hereafter KH) 95 (1988), 3.", matcher, journals)
    >>> journals
    {'KH': 'Kwartalnik Historyczny', 'Kwartalnik Historyczny': 'Kwartalnik Historyczny'}
    """
    spans = []
    if "=" in text or " – " in text or " — " in text:  # (`ŠRVA – Šiaulių regioninis valstybės archyvas;`)
        entries = [m for m in _EQUALS.finditer(text) if _looks_like_code(m.group("abbr"))]
        for m in entries:
            name, place = _name_and_place(m.group("name"))
            name = listed_name(m.group("name"), name, place)  # (`BayA = Bayer AG, Corporate History & Archives, …`)
            # in a list of codes, one whose capitals are its name's initials and whose town follows the name is an
            # archive's though no word of the name is known as archive's (`AGA = Archivo General de la Administración
            # (Alcalá de Henares)`); a journal's has no town (`HZ = Historische Zeitschrift`)
            if _is_archive_name(name, matcher) or (len(entries) >= 2 and place and _capitals(m.group("abbr"))
                                                   and initials_code(m.group("abbr"), name)):
                _define(matcher, m.group("abbr"), name, place)
                spans.append((m.start(), m.end()))
            elif journals is not None and len(entries) >= 2 and is_journal_name(container := container_name(m.group("name"))):
                # another name a list abbreviates is a container's, its code cited as a journal's or an edition's
                # (`RHD = Revue historique de droit français et étranger`, `ORF = Ordonnances des rois de France …`)
                journals.update({" ".join(m.group("abbr").split()): container, container: container})
                spans.append((m.start(), m.end()))
        if spans:  # a list of codes: its other entries (`MRC = Modern Records Centre`) are no citations
            spans = [(m.start(), m.end()) for m in entries]
    if not spans and ";" in text:  # `Abreviaturas: ARAy, Archivo Regional de Ayacucho; ALP, …`: a list by commas
        listed = _listed_archives(text, matcher)
        for _, _, abbr, name, town in listed:
            _define(matcher, abbr, name, town)
        spans = [(start, end) for start, end, *_ in listed]
    read: set[int] = set()
    if "(" in text or "（" in text or "[" in text:  # (square: `Bundesarchiv [BArch]`, `[henceforth WBR]`)
        read = _learn_bracketed(text, matcher, journals)
        _learn_shaped(text, matcher, read)
        for abbr, name, place in prose_codes(text):  # `… a l'Arxiu Diocesà de Girona (ADG, Parròquies, …)`
            if _looks_like_code(abbr) and _is_archive_name(name, matcher):
                _define(matcher, abbr, name, place)
    if "," in text:
        # (not again from inside a bracket the name before it defined: `Name (gloss, hereafter SPA)`)
        _learn_between_commas(text, matcher, {m.group("abbr") for m in _BRACKETED.finditer(text) if m.start() in read})
    learn_other_script(text, matcher)  # (`Haifa Municipal Archives (ארכיון עיריית חיפה; hereafter HMA)`)
    if "(" in text:  # (after the archives' own: `…, Direzione generale del Tesoro (d'ora in poi DGT)`, a fonds')
        spans += learn_fond_codes(text, matcher)
    return spans


def only_definitions(text: str, start: int, end: int, definitions: list[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` is a list of abbreviations: definitions and a few words, no number of its own."""
    kept = [ch for i, ch in enumerate(text[start:end], start) if not any(a <= i < b for a, b in definitions)]
    return len(kept) < end - start and not any(map(str.isdigit, kept)) and len("".join(kept).strip()) <= 60


def _learn_bracketed(text: str, matcher: ArchiveMatcher, journals: dict[str, str] | None) -> set[int]:
    """Teach ``matcher`` the codes defined in brackets after a name, with or without a word of `hereafter.csv`
    (`Riksarkivet, Stockholm (RA)`, `… (henceforth ASD)`); where the brackets it read start."""
    read = set()  # the brackets read here: the shape (`_learn_shaped`) reads the others
    for m in _BRACKETED.finditer(text):
        abbr, word = m.group("abbr"), m.group("word") or m.group("after")
        # (after a word for "hereafter" a code may go on with a word: `(im Folgenden: HA Krupp)`)
        coded = _looks_like_code(abbr) or (word and " " in abbr and _looks_like_code(abbr.split()[0])) \
            or (word and _first_word(abbr, text[:m.start()]))  # `Spinnboden … (im Folgenden: Spinnboden)`
        if not coded or (not word and not _capitals(abbr)):
            continue
        head = text[:m.start()]
        own = _OWN_BRACKET.search(head)
        own = own if own and f"({own.group('word')[:1]})" in abbr else None
        start = _NAME_START.match(head[:own.start()] if own else head)
        # (`中国第一历史档案馆藏（以下简称一史馆）`: the word saying the papers are held there is not the name's)
        name, place = _name_and_place(held_word().sub("", head[start.end() if start else 0:]))
        declared = container_name(name)  # (a journal's name as declared, before the archive's readings below)
        if own and place == own.group("word"):
            name, place = f"{name} ({place})", ""
        whole = None if place else _known_whole(head[start.end() if start else 0:], matcher)
        if word and not _looks_like_code(abbr) and _first_word(abbr, head):
            # `Cunard Archive, University of Liverpool Library, … (hereafter Cunard)`: the part the short name opens
            name = head[start.end() if start else 0:].strip().split(",")[0].strip()
        elif word:  # (`The letters are in the Arshif-i … (hereafter AMT)`)
            name = name_in_sentence(name, abbr) or name
            # `Magnus-Hirschfeld-Gesellschaft, Forschungsstelle … (im Folgenden: MHG)`: the code's initials
            # say which part is the archive's name, the rest the unit keeping it (unless the whole is a known
            # archive's name: `Segreteria di Stato, Sezione per i Rapporti con gli Stati, … (d'ora in avanti SRS)`)
            named = None if whole is not None else _initials_part(abbr, head[start.end() if start else 0:], name)
            if named and not archive_word().search(named) and _IMPRINT_END.search(head):
                named = None  # `Volumina Legum, t. 2, Petersburg 1859 (dalej: VL)`: a book's imprint, its siglum (`learn_work`)
            if named:
                _define(matcher, abbr, named, "")
                read.add(m.start())
                continue
        else:  # (`… are documented at the Namgyal Institute of Tibetology, Gangtok (NIT)`: no word, the same sentence)
            name = name_in_sentence(name, abbr) or name
        bare = _before_town(head[start.end() if start else 0:], name, place)  # (no archive word: its town)
        read.add(m.start())
        if whole is not None:
            matcher.define(abbr, whole)
        elif _capitals(name[:1]) and _is_archive_name(name, matcher):
            _define(matcher, abbr, name, place or town_after(text, m.end(), name, matcher))  # (`townafter`)
        elif not word and _capitals(abbr) and initials_code(abbr, bare[0]) and opens_note(head) \
                and call_number_follows(text[m.end():]) and not statute_word().search(bare[0]):
            _define(matcher, abbr, *bare)  # `Arxiu Montserrat Tarradellas, Monestir de Poblet (AMT), fons …`
        elif not word and _capitals(abbr) and _first_part_named(abbr, head, start, matcher) \
                and call_number_follows(text[m.end():]):  # `Archivo Histórico de Cancillería, Ministerio …, Buenos
            _define(matcher, abbr, _first_part_named(abbr, head, start, matcher), "")  # Aires (AHC), División …`
        elif journals is not None and word and _capitals(declared[:1]) and is_journal_name(declared) \
                and not call_number_follows(text[m.end():]):  # (`Name (bundan sonra ATASE), BDH, Klasör 1234`)
            journals.update({" ".join(abbr.split()): declared, declared: declared})  # `Kwartalnik Historyczny (hereafter KH)`
        else:
            read.discard(m.start())
    return read


def _first_word(abbr: str, head: str) -> bool:
    """Whether ``abbr`` is the first word of the name before its bracket, a word for archive after it: a short name
    the article uses for the archive (`Hocken Collections, … (hereafter Hocken)`)."""
    start = _NAME_START.match(head)
    name = head[start.end() if start else 0:].strip()
    return abbr[:1].isupper() and name.startswith(abbr + " ") and bool(archive_word().search(name, len(abbr)))


def _listed_archives(text: str, matcher: ArchiveMatcher) -> list[tuple[int, int, str, str, str]]:
    """The entries of a list of `CODE, Name` abbreviations (`comma_list`) that name archives, their towns apart; as in
    a list of `CODE = Name`, a code of the initials of a name with its town is an archive's (`RAH, Real Academia de la
    Historia, Madrid`)."""
    listed = [_town_last(entry) for entry in comma_list(text) if _looks_like_code(entry[2])]
    return [entry for entry in listed if _is_archive_name(entry[3], matcher) or (
        len(listed) >= 2 and entry[4] and _capitals(entry[2]) and initials_code(entry[2], entry[3]))]


def _town_last(entry: tuple[int, int, str, str, str]) -> tuple[int, int, str, str, str]:
    """A list entry's name without the town written after it and a comma (`MNA, Malawi National Archives, Zomba`), as
    `_name_and_place` takes it from before a bracketed code; a town in brackets was taken already (`commalist`)."""
    start, end, abbr, name, town = entry
    if town or "," not in name:
        return entry
    named, place = _name_and_place(name)
    if place:
        return start, end, abbr, listed_name(name, named, place), place
    # a name of no word for archive whose code is its initials (`RAH, Real Academia de la Historia, Madrid`)
    first, _, last = name.rpartition(",")
    if _is_place(last.strip()) and initials_code(abbr, first.strip()):
        return start, end, abbr, first.strip(), last.strip()
    return entry


def _learn_between_commas(text: str, matcher: ArchiveMatcher, known: set[str] = frozenset()) -> None:
    """Teach ``matcher`` a code defined between commas (`Archivio di Stato del Cantone Ticino, d'ora in poi ASTi, Fondo
    …`), then a code no list nor note gives that opens a citation by its shape (`LYA, f. K-1, ap. 58`)."""
    for name, place, abbr in comma_definitions(text):
        if abbr not in known and _looks_like_code(abbr) and _capitals(name[:1]) and _is_archive_name(name, matcher):
            _define(matcher, abbr, name, place)
    for code in opening_codes(text):
        if matcher.match(f"{code},") is None:
            matcher.define(code, Archive(code, code))


def _first_part_named(abbr: str, head: str, start: re.Match | None, matcher: ArchiveMatcher) -> str:
    """The first comma's part of the words before a bracketed code when it is an archive's name the code's capitals
    are the initials of: the archive, then the body it belongs to and its town (`Archivo Histórico de Cancillería,
    Ministerio de Relaciones Exteriores, Buenos Aires (AHC)`); else ''."""
    words = head[start.end() if start else 0:]
    first = _after_lead(words.split(",")[0].strip()) if "," in words else ""
    return first if first and initials_code(abbr, first) and _is_archive_name(first, matcher) else ""


def _learn_shaped(text: str, matcher: ArchiveMatcher, read: set[int]) -> None:
    """Teach ``matcher`` the codes ``text`` defines in a language no list holds (`definedshape`): `Erhvervsarkivet,
    Aarhus (herefter EA), pk. 1127` – the name opens the citation, a call number follows the bracket. The brackets
    starting at ``read`` were read by the words of the lists (`learn_definitions`)."""
    for m in shaped_definitions(text):
        abbr = m.group("abbr")
        if m.start() in read:
            continue
        head = text[:m.start()]
        start = _NAME_START.match(head)
        name, place = _before_town(head[start.end() if start else 0:], *_name_and_place(head[start.end() if start else 0:]))
        # a code of capitals, or one whose capitals are the name's initials, small letters and all (`Borgarskjalasafn
        # Reykjavíkur (hér eftir BsR)`, `Държавен архив – Пловдив (по-нататък ДА-Пловдив)`, `… Meclisi Arşivi (…
        # TBMM Arşivi)`)
        if not (_looks_like_code(abbr) and _capitals(abbr) or initials_code(abbr, name)):
            continue
        if not name or len(name.split()) > 10 or statute_word().search(name):
            continue  # (`Thüringer Bibliotheksgesetz (im Folgenden ThürBibG)`: a law)
        # a name in a script without capitals (Persian, Georgian) is not told from the words before it by its shape
        if not _capitals(name[:1]) and not (_caseless(name[0]) and _is_archive_name(name, matcher)):
            continue
        known, hit = matcher.match(abbr), matcher.match(name)
        if known is not None and hit is not None and known[0] == hit[0]:
            continue  # (`Нацыянальны гістарычны архіў Беларусі, Мінск (далей – НГАБ)`: the authority's NIAB)
        whole = None if place else _known_whole(head[start.end() if start else 0:], matcher)
        if whole is not None:
            matcher.define(abbr, whole)
        else:
            _define(matcher, abbr, name, place)


def _before_town(text: str, name: str, place: str) -> tuple[str, str]:
    """The name and town where `_name_and_place` took the town for the name, the archive's name having no word for
    archive a list holds: `Erhvervsarkivet, Aarhus (herefter EA)`, `Arxiu Montserrat Tarradellas, Monestir de Poblet`."""
    parts = [part.strip() for part in text.strip().rstrip(".").split(",")]
    if not place and len(parts) >= 2 and parts[-1] == name and _is_place(name):
        return _after_lead(parts[-2]), name
    return name, place


def _known_whole(text: str, matcher: ArchiveMatcher) -> Archive | None:
    """The known archive all the words before a code name, commas and all, no town last (`Mitchell Library, State
    Library of New South Wales (ML)`): its name is not only the last part, as an unknown archive's is."""
    text = text.strip().rstrip(",").strip()
    hit = matcher.match(text) if "," in text else None
    return hit[0] if hit and hit[1] == len(text) else None


def _name_and_place(text: str) -> tuple[str, str]:
    """An archive's name and its town from the words before its code: `Riksarkivet, Stockholm`, `X (Madrid)`."""
    text = text.strip().rstrip(".")
    place = ""
    bracket = re.search(r"\s*\((?P<place>[^()\d]+)\)$", text)
    if bracket:  # `Archivo Histórico Nacional (Madrid)`
        text, place = text[:bracket.start()], bracket.group("place")
    parts = [p.strip() for p in re.split("[,،]", text)]  # (the Arabic comma too: `دارة …، الرياض`)
    # (a known name with a comma in it, perhaps its town after: `Archives nationales du Vietnam, centre n° 1, Hanoï`)
    # (not a name the town makes known, `Riksarkivet, Stockholm`: its town is read as a town, as below)
    end = len(parts) - 1 if parts and _is_place(parts[-1]) else len(parts)
    whole = next((", ".join(parts[k:end]) for k in range(end - 1) if _known(", ".join(parts[k:end]))), "")
    if whole:
        return _after_lead(whole), place or ", ".join(parts[end:])
    # (a known archive's name too: `دارة الملك عبدالعزيز، الرياض`, whose name has no word for archive; a town and its
    # state: `Moravian Archives, Bethlehem, Pennsylvania`)
    for towns in (2, 1):
        if len(parts) > towns and all(_is_place(p) for p in parts[-towns:]) \
                and (archive_word().search(parts[-towns - 1]) or _known(parts[-towns - 1])):
            place = parts[-towns]
            del parts[-towns:]
            break
    if len(parts) >= 2 and enclosing_word().search(parts[-1]) and archive_word().search(parts[-2]) \
            and not enclosing_word().search(parts[-2]):
        parts.pop()  # `Sudan Archive, Durham University Library`: the archive, then the university it belongs to
    if len(parts) >= 2 and parts[-1][:1].islower() and not _caseless(parts[-1][:1]) and archive_word().search(parts[-2]):
        parts.pop()  # `Archives de l'Université …, bibliothèque Jafet`: a reading room in small letters names nothing
    if len(parts) >= 2 and len(parts[-1].split()) <= 3 and all(archive_word().search(p) for p in parts[-2:]):
        # `University of St Andrews Library, Special Collections (StAU)`: a department that names no more than what
        # it is, after the institution keeping it: the two are the name
        return _after_lead(f"{parts[-2]}, {parts[-1]}"), place
    return _without_enclosing_head(_after_lead(parts[-1])) if parts else "", place


def _without_enclosing_head(name: str) -> str:
    """A name in a script without capitals without the university written as its first word, the archive after it:
    `서울대학교 규장각한국학연구원` is the Kyujanggak (in English `University of … Library` is one name)."""
    head, _, rest = name.partition(" ")
    if rest and _caseless(head[:1]) and enclosing_word().search(head) and archive_word().search(rest):
        return rest
    return name


def _initials_part(abbr: str, text: str, name: str) -> str:
    """The comma's part of ``text`` whose initials ``abbr`` is when ``name`` (the part `_name_and_place` took) is not
    its: `Magnus-Hirschfeld-Gesellschaft, Forschungsstelle zur Geschichte … (im Folgenden: MHG)`; else ''."""
    if "," not in text or initials_code(abbr, name):
        return ""
    parts = [_after_lead(p.strip()) for p in text.split(",")]
    return next((p for p in parts if p != name and initials_code(abbr, p)), "")


def _known(name: str) -> bool:
    hit = default_matcher().match(name)
    return hit is not None and hit[1] == len(name)


# `Sant Cugat del Vallès`, `Monestir de Poblet`, `A Coruña`: a town or a house of a few words, the small ones particles
_PLACE = compiled(rf"[{UPPER}][^\W\d_'’-]*(?:[ '’-](?:[^\W\d_]{{1,3}}|[{UPPER}][^\W\d_'’-]*)){{0,4}}")


def _is_place(part: str) -> bool:
    """Whether the part after an archive's name and before its code is its town (`Riksarkivet, Stockholm (RA)`).

    >>> _is_place("Sant Cugat del Vallès"), _is_place("Monestir de Poblet"), _is_place("fons ANC1-1")
    (True, True, False)
    """
    if archive_word().search(part) or not part:
        return False
    # a town in a script without capitals (Hebrew `תל אביב`, Arabic): a word or three, no digit
    return is_place_token(part) or _PLACE.fullmatch(part) is not None or (
        _caseless(part[0]) and part[0].isalpha() and len(part.split()) <= 3 and not any(c.isdigit() for c in part))


def _after_lead(name: str) -> str:
    """The archive's name without a lead word before it (`see Archbishopric of Cyprus Archives`, `Ikus …`)."""
    lead = LEAD_PLAIN.match(name)
    return name[lead.end():] if lead and archive_word().search(name, lead.end()) else name


# `w Warszawie`, `in Wien`, `, Dublin`: a town after an archive's name, with or without a preposition
_TOWN_AFTER = compiled(r"\s*(?:,\s*|\s+(?:[^\W\d_]{1,3}\s+)?)(?P<town>[^\W\d_][^\W\d_'-]*(?:[ -][^\W\d_][^\W\d_'-]*)?)")


def _known_tail(name: str, matcher: ArchiveMatcher) -> tuple[Archive, str] | None:
    """The archive the authority file knows whose name ends ``name`` (`The papers are in Arhiv Jugoslavije`),
    or is all of it but a town (`Archiwum Instytutu Pamięci Narodowej w Warszawie`)."""
    head = matcher.match(name)
    if head is not None and head[1] < len(name):
        town = _TOWN_AFTER.fullmatch(name, head[1])
        if town and is_place_token(town.group("town")) and _same_town(town.group("town"), head[0].city):
            return head[0], name[:head[1]]
    for word in re.finditer(r"(?<!\S)\S", name):
        hit = matcher.match(name[word.start():])
        if hit is not None and hit[1] == len(name) - word.start():
            return hit[0], name[word.start():]
    return None


def _named_with_town(name: str, place: str, matcher: ArchiveMatcher) -> tuple[Archive, str] | None:
    """The archive the authority file knows by ``name`` with ``place`` after it, as the town tells namesakes apart."""
    hit = matcher.match(f"{name}, {place}")
    return (hit[0], name) if hit is not None and hit[1] == len(name) + 2 + len(place) else None


def _same_town(town: str, city: str) -> bool:
    """Whether a town after a known archive's name may be the authority file's town for it: `Warszawie` (in Warsaw) is
    Warszawa's, `Sénégal` is not Pierrefitte's (`Archives nationales du Sénégal` is another archive); no town known, any.

    >>> _same_town("Warszawie", "Warszawa"), _same_town("Sénégal", "Pierrefitte-sur-Seine"), _same_town("Wien", "")
    (True, False, True)
    """
    return not city or town[:4].casefold() == city[:4].casefold()


def _is_archive_name(name: str, matcher: ArchiveMatcher) -> bool:
    if not 3 <= len(name) <= 120 or statute_word().search(name):  # `Thüringer Bibliotheksgesetz (ThürBibG)`: a law
        return False
    # an unknown name is a name, not a sentence about the archive: a few words
    return _known_tail(name, matcher) is not None or (bool(archive_word().search(name)) and len(name.split()) <= 12)


# Georgian's running letters (Mkhedruli): Unicode gives them capitals (Mtavruli) that running text does not use
_CAPITALS_UNUSED = range(0x10D0, 0x1100)


def _caseless(c: str) -> bool:
    """Whether a letter is of a script that writes no capitals (Chinese `档`, Georgian `ს`)."""
    return not (c.isupper() or c.islower()) or ord(c) in _CAPITALS_UNUSED


def _capitals(text: str) -> bool:
    """Whether ``text``'s letters are capitals, or of a script without them (Georgian `სცსა`, Chinese `二档馆`).

    >>> _capitals("ASD"), _capitals("სცსა"), _capitals("ՀԱԱ"), _capitals("Tito"), _capitals("")
    (True, True, True, False, False)
    """
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() or _caseless(c) for c in letters)


def _looks_like_code(abbr: str) -> bool:
    letters = [c for c in abbr if c.isalpha()]
    if letters and all(map(_caseless, letters)):  # a script without capitals: `სცსა`
        return 2 <= len(letters) <= 8
    return 2 <= len(letters) and abbr[:1].isupper() and sum(c.isupper() for c in letters) * 2 >= len(letters)


def _define(matcher: ArchiveMatcher, abbr: str, name: str, place: str) -> None:
    """A name the authority file knows is that archive (`Národní archiv` is NA CR); another is the document's own."""
    known = _known_tail(name, matcher) or (_named_with_town(name, place, matcher) if place else None)
    if known and place and known[0].city and not _same_town(place, known[0].city):
        # (`Archivo General de la Nación, Bogotá (hereafter AGNC)`: a name the archives of several countries bear, the
        # one of another town where the authority file spells the name with that town)
        known = _named_with_town(name, place, matcher) or known
    if known and place and known[0].city and not _same_town(place, known[0].city) and abbr != known[0].code \
            and default_matcher().match(known[0].code) is None:
        # `…, Accra (hereafter PRAAD)`, then `…, Kumasi (hereafter PRAAD-K)`; `Archivo General de la Nación, Lima
        # (AGN-P)`, then `…, Bogotá (AGN-C)`: the same name the article defined, in another town under another code,
        # is another archive, its branch or namesake there (an archive the authority file knows keeps its code:
        # `Brussel` and `Rome` may be its `Bruxelles` and `Roma`)
        branch = Archive(abbr, name, place)
        matcher.define(abbr, branch)
        matcher.names.setdefault(normalise(f"{name}, {place}"), branch)  # (spelt out again with its town)
        return
    matcher.define(abbr, known[0] if known else Archive(abbr, name, place))
