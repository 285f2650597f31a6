"""The words and marks where the splitter may cut a note: lead-ins (``See:``, ``cf.``), sentence gaps, joiners.

`split_citations` (splitter.py) tries them in order on each span of a note (and asks `joins_authors` and
`author_date` where a semicolon or a colon may not cut);
they live here so the splitter's rules read as rules.
"""

from __future__ import annotations

import functools
import re

from ..dates import trie_alternation
from .authordate import is_author_date
from .partedforms import parted
from .words import LOWER, UPPER, alternation
from ..patterns import compiled

LEAD_WORDS = (alternation("see_also.csv") + r"|see(?:\s+also|\s+more|\s+further)?|also\s+see|cf\.?|compare|vidi(?:\s+još|\s+više)?|videti|"
              r"up\.|usp\.|usporedi|vgl\.|siehe(?:\s+auch)?|voir(?:\s+aussi)?|cfr\.|вид\.|види(?:\s+више)?|видети|уп\.|"
              r"for\s+(?:more|further)(?:\s+(?:details?|information|discussion|on\s+(?:this|these|that)))?(?:,?\s+see(?:\s+also)?)?|zob\.|por\.|glej(?:\s+tudi)?|prim\.|si\s+veda|vedi|см\.|ср\.|смотри|"
              # `Dazu etwa Ingrid Lauterbach, …`, `hierzu kritisch …`: "on this", then a word qualifying the lead (`_FILLER`)
              # (each word opens its own alternative: one opening with a group would leave `_LEAD_START` empty)
              r"dazu(?={0})|hierzu(?={0})".format(r"\s+(?:etwa|auch|ausführlich|insbesondere|kritisch|grundlegend|allgemein|näher|nur)\b"))


def first_letters(alternatives: str) -> list[str]:
    r"""The letters each alternative of a regular expression must open with (`see(?:\s+also)?` → `see`).

    >>> first_letters(r"see(?:\s+also)?|cf\.?|vgl\.")
    ['see', 'cf', 'vgl']

    '' for an alternative that may open otherwise; a letter made optional
    (`cfr?`) is not counted.
    """
    firsts = []
    for alternative in top_alternatives(alternatives):
        run = re.match(r"[^\W\d_]*", alternative).group()
        firsts.append(run[:-1] if alternative[len(run):len(run) + 1] in ("?", "*", "{") else run)
    return firsts


def top_alternatives(source: str) -> list[str]:
    r"""The alternatives of a regular expression at its top level, in order.

    >>> top_alternatives(r"see(?:\s+also|\s+more)?|cf\.?|[|]x")
    ['see(?:\\s+also|\\s+more)?', 'cf\\.?', '[|]x']
    """
    found, depth, start, escaped = [], 0, 0, False
    for i, ch in enumerate(source + "|"):
        if escaped or ch == "\\":  # `\(`, `\|`: a character, not a group or an alternative
            escaped = not escaped
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            found.append(source[start:i])
            start = i + 1
    return found


# A lead word must open with one of these (case aside): tried first, it lets the scans pass over most words quickly;
# where it matches, the lead words are tried in their own order as before.
_FIRSTS = first_letters(LEAD_WORDS)
_LEAD_START = f"(?={trie_alternation(sorted(set(_FIRSTS))) if all(_FIRSTS) else ''})"

# `See also the minutes:`, `Vgl.:`: a lead word, a few words, a colon (it always ends with the colon: see `has_colon`);
# not a web address's (`ver mais em <https://…>`, `… em São Paulo https://g1.globo.com/…`); nor a colon inside a
# quoted title that opens after the lead word (`See J C de Wet-Nortje 'Vicarious liability: a Roman-Dutch account'`);
# quoted words closed before it are the lead-in's (`See ‘capture’ or ‘special interest’ theories of regulation: …`)
LEAD_COLON = compiled(rf"(?<![\w-]){_LEAD_START}(?:{LEAD_WORDS})(?:\b|(?<=\.))(?:[^:;(),\n‘“«„\"']|(?<!\s)'|‘[^’:;\n]{{0,80}}’"
                      rf"|“[^”:;\n]{{0,80}}”){{0,160}}?"
                      r":(?!//)\s*",
                      re.IGNORECASE)


def find_lead_colon(piece: str) -> re.Match | None:
    """``LEAD_COLON.search(piece)``, searching only the stretches that can hold it: between a colon and the last
    colon, semicolon or bracket before it (no lead word holds one, nor do the words up to the colon).

    >>> find_lead_colon("Smith, Title (1990); see also the minutes: TNA, FO 371").group()
    'see also the minutes: '
    >>> find_lead_colon("TNA, FO 371 (see below); 12: 5") is None, find_lead_colon("see https://a.org/x") is None
    (True, True)
    """
    start, colon = 0, piece.find(":")
    while colon >= 0:
        stretch = max(start, *(piece.rfind(mark, start, colon) + 1 for mark in ";()"))
        found = LEAD_COLON.search(piece, stretch, colon + 1)
        # (matched again without the end: the spaces after the colon are its own, and what follows says whether it
        # is a web address's)
        whole = LEAD_COLON.match(piece, found.start()) if found is not None else None
        if whole is not None:
            return whole
        start, colon = colon + 1, piece.find(":", colon + 1)
    return None

ANY_COLON = compiled(r":\s+")

# `Vgl. dazu ausführlich Hermann Wentker, …`: a few words that only qualify the lead word
_FILLER = (r"(?:dazu|hierzu|ausführlich|auch|insbesondere|etwa|kritisch|grundlegend|allgemein|näher|nur|also|further|more|generally|especially|in\s+particular|"
           r"e\.?\s?g\.|for\s+(?:example|instance)|z\.\s?B\.|zum\s+Beispiel|par\s+exemple|per\s+esempio|ad\s+esempio|por\s+ejemplo|por\s+exemplo|bijvoorbeeld|npr\.|također|više|još|szerzej|anche|inoltre|ancora|também|ainda|además|notamment|aussi|en\s+particulier|также|тж\.|подробнее|tudi|pl\.|például|erről|részletesen|bővebben)")

# (not before an ordinal joined to its suffix: `Вид. 2-ге, доп.` is an edition, where Serbian's `вид.` is "see")
_NOT_EDITION = r"(?!\s*\d+-[^\W\d_])"
# (nor a lead word some language spells like a series' code in capitals before its number: Yoruba's `wo` "see" and the
# War Office's `WO 204/12735`)
_NOT_CODE = r"(?!(?-i:(?<=[A-Z][A-Z]))\s+\d)"
# (Bluebook's signals set their `e.g.` off with commas: `See, e.g., DE SOTO, supra note 14`; so does Spanish its
# `además` after an abbreviated lead, `vid., además, A. Fernández`: the comma tried before the lead's own full stop)
# (the lead words parted by their first letters, `partedforms`: at a note's start re tried the 300 one by one)
_LEAD_WORDS_PARTED = parted(list(zip(_FIRSTS, top_alternatives(LEAD_WORDS))))
LEAD_PLAIN = compiled(rf"^(?:(?:also|and)\s+)?{_LEAD_WORDS_PARTED}{_NOT_EDITION}{_NOT_CODE}(?:,\s*(?={_FILLER})|\s+|(?<=\.),?\s*)"
                      rf"(?:{_FILLER}(?:,?\s+|(?<=\.),?\s*))*(?=\S)", re.IGNORECASE)

SENTENCE_GAP = compiled(r"(?<=[^\W_]{2}\.)\s+(?=\S)|(?<=\d\.)\s+(?=\S)")

# (the sentence must open with a capital, of any script: `Βλ. επίσης`; the splitter checks)
# (also after the `ff.`, `f.` ending a reference's pages: `…, 7 ff. Cf. Dirk Baecker, …`, and after a year's or a
# leaf's short word: `… 1937–1938 гг. Подробнее см.: …`, `… Л. 40 об. См. также …`, and after a no-date mark:
# `…, n.d. See also …`, `…, s.d. Voir aussi …`)
LEAD_AFTER_SENTENCE = compiled(rf"(?:(?<=[^\W\d_]{{3}}[.!?])|(?<=\d[.!?])|(?<=\d\sff\.)|(?<=\d\sf\.)|(?<=\d\s[^\W\d_]\.)|(?<=\d\s[^\W\d_]{{2}}\.)|(?<=[\s,][^\W\d_]\.[^\W\d_]\.))\s+(?={_LEAD_START}(?:{LEAD_WORDS}){_NOT_EDITION}{_NOT_CODE}(?:\s|(?<=\.)|:|,))", re.IGNORECASE)

# `…the Hungarian events, see Dulles to Eisenhower, …`: a lead word inside a sentence (not after an ordinal's
# number and suffix: `2-ге вид.` is an edition, Serbian's `вид.` "see" only where no number stands before it)
# (and the lead-ins of `reference_words.csv` of two words or more or of two abbreviated ones, `for instance`, `z. B.`,
# `e.g.`, which a reference may follow inside a sentence: `… within the context for instance Schupisser, Title, …`; not
# one word's abbreviation, `comp.`, which a code's capitals also print: `MICH. COMP. LAWS`; and the words that qualify
# the lead after it, as at a sentence's start: `… (1968). See generally Havighurst, …`)
_MORE_INSIDE = "|".join(form for form in alternation("reference_words.csv", "lead").split("|")
                        if ("\\s" in form or "\\." in form[:-2]) and first_letters(form)[0])
_MORE_START = f"(?={trie_alternation(sorted(set(first_letters(_MORE_INSIDE)))) if _MORE_INSIDE else '(?!)'})"
LEAD_INSIDE = compiled(rf"(?<=\s)(?<!\d-[^\W\d_]\s)(?<!\d-[^\W\d_]{{2}}\s)(?<!\d-[^\W\d_]{{3}}\s)(?:{_LEAD_START}(?:{LEAD_WORDS})|{_MORE_START}(?:{_MORE_INSIDE})){_NOT_EDITION}{_NOT_CODE}(?:\s+|(?<=\.)\s*)"
                         rf"(?:{_FILLER}(?:,?\s+|(?<=\.),?\s*))*(?=\S)", re.IGNORECASE)

# `…, 603 ff. On intersystemic relations …`, `…, 9-44. Böhle, Arbeit …`: a full stop after the pages, a year in
# brackets or `ff`, and a sentence opening with a word (not `С. 12`, `Bd. 3`, `Vol. 2`: a part of the same reference)
# (the full stop first, then what stands before it: a pattern opening with a look-behind is tried at every character)
# (a sentence may open with a statute's section: `…, ASoK 2023, 81. § 1155 ABGB ist dispositiv`; or with a name's
# initials before its surname, after a year in brackets or the pages: `… 347–362 (2014). H. Lopez and C.D. Tulloch, …`,
# `…, pp. 319–26. P. Ther, …`)
REFERENCE_END = compiled(rf"\.(?:(?<=\d\.)|(?<=\bff\.)|(?<=\bf\.)|(?<=\dff\.)|(?<=\df\.)|(?<=\)\.))\s+"
                         rf"(?=[{UPPER}][^\W\d_]+(?![\w.])|§\s?\d"
                         rf"|(?<=[\d)]\.\s)(?:[{UPPER}]\.\s?-?){{1,3}}[{UPPER}][^\W\d_]+(?![\w.]))")

# `…, Bd. 1, 1 f. und Joachim von Schwarzkopf, …`: a word for "and" between two references (`reference_join`)
_REFERENCE_JOIN = compiled(rf",?\s+(?:{alternation('and_words.csv')})\s+(?=[{UPPER}][^\W\d_]+[\s,])")
_PAGES_BEFORE = compiled(r"(?:\d|\bff?\.?|\))$")


def reference_join(text: str):
    """`_REFERENCE_JOIN` where the pages or a bracket end what comes before it.

    >>> [m.group().strip() for m in reference_join("Bauer, Repertorium, 1 f. und Joachim Schwarzkopf, Calender")]
    ['und']
    """
    return (m for m in _REFERENCE_JOIN.finditer(text) if _PAGES_BEFORE.search(text, max(0, m.start() - 4), m.start()))


# `…, Zv. 2. Ljubljana : …`, `Bd. 3. Berlin 1990`: a volume's number, after which the same reference goes on
_VOLUME_BEFORE = compiled(rf"(?:^|\s)(?:{alternation('reference_words.csv', 'volume')})\s*\d+$")

# `Festschrift zum 70. Geburtstag`, `im 100. Semester`: after these words a number with a full stop is an ordinal,
# and the noun after it goes on with the same title (`ordinal_words.csv`)
_ORDINAL_BEFORE = compiled(rf"(?<![^\W\d_])(?:{alternation('ordinal_words.csv')})\s+\d{{1,4}}$", re.IGNORECASE)

# `Magazin (1791), 2. und 3. Stück`, `3. Heft`, `2. Teil`: a noun that follows its ordinal's number and full stop
# (`reference_words.csv`, kinds `ordinal_issue` and `ordinal_part`) goes on with the same reference
_ORDINAL_NOUN_AFTER = compiled(rf"\.\s+(?:{alternation('reference_words.csv', 'ordinal_issue')}|"
                               rf"{alternation('reference_words.csv', 'ordinal_part')})(?![^\W\d_])")
_SHORT_NUMBER_BEFORE = compiled(r"(?<![\d.])\d{1,3}$")


# `…, [w:] Wieś polska 1944–1989. Studia i szkice, red. …`: a span of years ending a container's title opened after the
# last comma, before its imprint (no comma since the word for "in")
_OPEN_CONTAINER_YEARS = compiled(rf",\s*(?:{alternation('reference_words.csv', 'in')}|in:|In:|u:|U:|dans)\s*[^,]*"
                                 r"\b(?:1\d|20)\d\d\s*[–—-]\s*(?:1\d|20)?\d\d$")

# `HRONSKÝ, P.: Spoločenstvá 1872 – 1918. Bratislava, Veda 1986, s. 17`: a title ending in a year or a span of years,
# then a sentence that is only an imprint (a place, maybe a publisher, a year): an imprint names no work, so the
# reference goes on through it rather than ending at the title's year
_YEAR_BEFORE = compiled(r"(?<!\d)(?:1\d|20)\d\d$")
_IMPRINT = (rf"[{UPPER}][^\W\d_]*\.?(?:[\s-]+[{UPPER}][^\W\d_]*\.?){{0,3}}"
            rf"(?:\s?[,:]\s*[^\W\d_][^\d.;:()]{{0,60}}?)?[,\s]\s*(?:1[5-9]|20)\d\d(?:[.,;]|\s*$)")
_IMPRINT_ONLY = compiled(rf"\.\s+{_IMPRINT}")
_OPENS_IMPRINT = compiled(_IMPRINT)


def opens_imprint(text: str) -> bool:
    """Whether ``text`` opens with an imprint alone, a place (maybe a publisher) and a year: no work of its own.

    >>> opens_imprint("Liptovský Sv. Mikuláš, Tranoscius 1885, s. 3"), opens_imprint("Tito answered, in anger, on 3 May.")
    (True, False)
    """
    return _OPENS_IMPRINT.match(text) is not None


def number_goes_on(text: str, stop: int) -> bool:
    """Whether the number before the full stop at ``stop`` is a volume's, an ordinal or the last of a span of years in a
    container's title: no reference ends there.

    >>> number_goes_on("Bd. 3. Berlin 1990", 5), number_goes_on("FS zum 70. Geburtstag", 9), number_goes_on("1990, 45. Die", 8)
    (True, True, False)
    >>> number_goes_on("Magazin (1791), 2. und 3. Stück, Sp. 17", 24)
    True
    >>> number_goes_on("Zięba, Spółdzielnie, [w:] Wieś 1944–1989. Studia", 40)
    True
    >>> number_goes_on("NOVÁK, J.: Cechy 1872 – 1918. Martin, Osveta 1990, s. 5", 28)
    True
    """
    return bool(_VOLUME_BEFORE.search(text, 0, stop) or _ORDINAL_BEFORE.search(text, max(0, stop - 24), stop)
                or _ORDINAL_NOUN_AFTER.match(text, stop) and _SHORT_NUMBER_BEFORE.search(text, max(0, stop - 5), stop)
                or _OPEN_CONTAINER_YEARS.search(text, max(0, stop - 200), stop)
                or _YEAR_BEFORE.search(text, max(0, stop - 4), stop) and _IMPRINT_ONLY.match(text, stop))


# `…, 45; and TNA, FO 371/1`: a conjunction before a citation
CONJUNCTION = compiled(rf"^(?:{alternation('and_words.csv')}|and|also|und|sowie|et|e|i|и|а|oraz|ter|as\s+well\s+as)\s+(?=\S)",
                         re.IGNORECASE)

# `…, 3 Jan. 1943, and RG 84/…`, `…, 4. 5. 1938 / kart. 14, …`: where a citation goes on to another document
JOINER = compiled(rf"\s+/\s+|,\s+(?:{alternation('and_words.csv')})\s+(?=\S)")

# `…: in FRUS` is a container, not a lead-in: the word just before a colon
_IN_BEFORE = compiled(r"(?:^|\s)(?:in|u|в|dans)$", re.IGNORECASE)


# `…, Westfalen vor 1815; in: ders., Von der Elbe …`: a semicolon before the word for "in" and its colon, the container
# of the same reference (the forms of `reference_words.csv`, kind `in`, that end in a colon, `[w:]` too, and `in:`, `u:`)
_IN_COLONS = "|".join(form for form in alternation("reference_words.csv", "in").split("|")
                      if form.rstrip("\\]").endswith(":"))
_CONTAINER_AFTER = compiled(rf"\s*(?:{_IN_COLONS}|[Ii]n:|[Uu]:|dans\s*:)\s*\S")
_TITLE_GOES_ON = compiled(rf" {LOWER}[^\W\d_]* [^;]*?,\s*(?:{_IN_COLONS}|[Ii]n:|[Uu]:|dans\s*:)\s*\S")


def joins_container(text: str, i: int) -> bool:
    """Whether the semicolon at ``text[i]`` stands before a word for "in" and its colon: one reference goes on.

    >>> note = "Bauermann, Kalender vor 1815; in: ders., Studien, Münster 1968, 434."
    >>> joins_container(note, note.index(";")), joins_container("TNA, FO 371/1; in: FRUS 1955", 13)
    (True, True)
    >>> joins_container("Bauer, Repertorium, 12; Schwarzkopf, Ueber Staats-Kalender, 1792", 22)
    False
    """
    if _CONTAINER_AFTER.match(text, i + 1) is not None:
        return True
    # (`Dr. Molineux's Historical Account of … Colds; with some Observations …, in: PTRS XVIII (1694) 105–111`: a
    # title's second half in small letters, not a lead word's nor an abbreviation's (`ders.`), before its container;
    # and no number before the semicolon, where a reference would have ended)
    return _TITLE_GOES_ON.match(text, i + 1) is not None and LEAD_PLAIN.match(text, i + 2) is None \
        and not any(map(str.isdigit, text[text.rfind(";", 0, i) + 1:i]))


def in_before(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends with `in`, `u`, `в` or `dans` as a word (before a colon: a container follows).

    >>> in_before("Printed in: FRUS", 10), in_before("Minute: TNA", 6)
    (True, False)
    """
    # the words are at most four letters, a space before and a line end after: only the last seven characters count
    return _IN_BEFORE.search(text, max(0, end - 7), end) is not None if end > 7 else _IN_BEFORE.search(text[:end]) is not None


def sentence_leads(text: str):
    """`LEAD_AFTER_SENTENCE.finditer(text)`, tried only where a sentence ends: after `.`, `!` or `?` and a space.

    >>> [m.start() for m in sentence_leads("Minute, 3 May 1950. See also TNA. Cf. HDA")]
    [19, 33]
    """
    return _sifted(LEAD_AFTER_SENTENCE, _AFTER_STOP, text)


def sentence_gaps(text: str):
    """`SENTENCE_GAP.finditer(text)`, tried only after a full stop and a space.

    >>> [m.start() for m in sentence_gaps("Л. 22. ГАРФ. Ф. Р-5446")]
    [6, 12]
    """
    return _sifted(SENTENCE_GAP, _AFTER_FULL_STOP, text)


# every match of the two patterns starts with white space after such a mark (their look-behinds ask for it):
# the quick patterns find those places, where the full ones are tried, as `finditer` would try them in turn
_AFTER_STOP = compiled(r"[.!?]\s")
_AFTER_FULL_STOP = compiled(r"\.\s")


def _sifted(pattern: re.Pattern, quick: re.Pattern, text: str):
    end = 0
    for place in quick.finditer(text):
        at = place.start() + 1
        if at >= end:
            found = pattern.match(text, at)
            if found:
                end = found.end()
                yield found


# ABNT's authors: a surname in capitals, a comma, first names or initials (`ALMEIDA, Rui`, `COSTA, T. M.`)
# (the given names may hold Portuguese and Spanish particles, and end with one: `RIZZO, Maria Balbina Martins de`;
# initials may stand without a space between them: `WRASSE, H.P.; DORNELLES, G.D.`)
_ABNT_AUTHOR = rf"[{UPPER}][{UPPER}'’-]+(?:\s+[{UPPER}][{UPPER}'’-]+)*(?:\s+JR\.)?,\s+[{UPPER}](?:[^\W\d_]*\.?|\.)(?:(?:\s+|(?<=\.)-?)(?:[{UPPER}](?:[^\W\d_]*\.?|\.)|d[aeo]s?|e|y))*"
_AUTHOR_BEFORE = compiled(rf"(?:^|\s){_ABNT_AUTHOR}\s*$")
# (the last may be an editor of the book a chapter is in: `In: CAMPOS, Marta; REZENDE, Jorge (org.).`)
_AUTHOR_AFTER = compiled(rf"\s*{_ABNT_AUTHOR}(?:\s*\([^()\d]{{2,12}}\))?\s*(?:[.;]|$)")


# ABNT's short form of a work by several authors: their surnames in capitals joined by `;`, then op. cit.
# (`ALMEIDA; KOWALSKI, op. cit., p. 19`)
_SURNAME = rf"[{UPPER}][{UPPER}'’-]+(?:\s+[{UPPER}][{UPPER}'’-]+)*"
_SURNAME_BEFORE = compiled(rf"(?:^|\s){_SURNAME}\s*$")


@functools.cache
def _surnames_op_cit() -> re.Pattern:
    op_cit = alternation("reference_words.csv", "op_cit")
    # (or the year of the author–date short form, and its page: `SOUZA; LIMA, 2001, p. 4`, `SILVA; SOUZA, 2002.`)
    return compiled(rf"\s*{_SURNAME}(?:\s*;\s*{_SURNAME})*,\s*(?:{op_cit}|(?:1[5-9]|20)\d\d[a-z]?(?=\s*(?:[.;)]|$|,\s*pp?\.)))")


def joins_authors(text: str, i: int) -> bool:
    """Whether the semicolon at ``text[i]`` stands between two authors of one ABNT reference (`ALMEIDA, Rui; COSTA,
    Teresa. Título.`): a surname in capitals and first names on each side, the whole piece before it one author;
    or between the surnames of its short form (`ALMEIDA; COSTA, op. cit., p. 19`, `SOUZA; LIMA, 2001, p. 4`).

    >>> joins_authors("Ver ALMEIDA, Rui; COSTA, T. Título. Coimbra, 2011.", 16)
    True
    >>> joins_authors("ACS, Gabinetto; ASDMAE, Affari politici, b. 5", 14)
    False
    >>> joins_authors("PEREIRA, O. O risco. In: CAMPOS, Marta; REZENDE, Jorge (org.). Estudos. 1960.", 38)
    True
    >>> joins_authors("Cf. ALMEIDA; COSTA, op. cit., p. 19.", 11), joins_authors("ANTT; ACL, op. cit.", 4)
    (True, True)
    >>> joins_authors("Cf. SILVA; SOUZA, 2002.", 9), joins_authors("AHU; ANTT, 1750, cx. 3", 3)
    (True, False)
    """
    start = text.rfind(";", 0, i) + 1
    return bool(_AUTHOR_BEFORE.search(text, start, i) and _AUTHOR_AFTER.match(text, i + 1)) \
        or bool(_SURNAME_BEFORE.search(text, start, i) and _surnames_op_cit().match(text, i + 1))


# `…: 25, 30`, `…: 12–14, 20`: the pages after the first, which the short form's reader does not take
_MORE_PAGES = compiled(r"(?<=\d)(?:\s*,\s*\d+(?:\s*[–—-]\s*\d+)?)+\.?\s*$")


def author_date(text: str) -> bool:
    """`is_author_date`, also for a short form citing several pages after its colon (`Vuković 1989: 25, 30`).

    >>> author_date("Vuković 1989: 25, 30."), author_date("HDA 1945: 12, 14")
    (True, False)
    """
    return is_author_date(text) or is_author_date(_MORE_PAGES.sub("", text))
