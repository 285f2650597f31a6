"""Russian (GOST) references, and the Soviet, Ukrainian, Belarusian and Bulgarian notes written the same way.

``Иванов И. И. Название : подзаголовок. М. : Наука, 1991. С. 12–15.``, ``И. И. Иванов, Название. М., 1991. С. 12.``,
articles and chapters after ``//`` (``// Вопросы истории. 1995. № 3. С. 12–30.``, ``// Сборник / под ред.
В. И. Петрова. СПб., 2003.``), ``Т. 2. Вып. 3.``, those responsible after `` / `` (``под ред.``, ``сост.``,
``пер. с англ.``), the areas of GOST 7.1 parted by dashes (``Название. – М. : Наука, 1991. – 320 с.``), and the
short forms ``Иванов И. И. Указ. соч. С. 10.`` and ``Иванов И. И. Название. С. 20.``. Its words (roles, volume
and issue marks, ``и др.``, ``Указ. соч.``) are data: ``data/citations/reference_words.csv``.
"""

from __future__ import annotations

import functools
import re

from ..text import script_of
from .stemanchors import anchors_of, may_hold
from .tails import NOT_IN_PAGES
from .words import LETTER, YEAR, alternation, form_pattern, forms, not_page_words, spellings_of
from ..patterns import compiled

# (with the Latin capitals of the Turkic alphabets that write GOST's style in Latin letters: `Hüseynov R.Ə.`, `Şərif`,
# and the Cyrillic capitals Kazakh adds to Russian's: `Әбдіқадыров М. Ж.`, `Тұрлыбаев Е. Қ.`)
_UP = "A-ZÀ-ÞА-ЯЁЂЉЊЋЏІЇЄҐЎƏĞİŞӘҒҚҢӨҰҮҺѲѢѴ"  # (with the letters of the spelling before 1918: `Ѳ. И. Ѳедоровъ`)
_INITIAL = rf"[{_UP}][a-zа-яё]?\."
_SURNAME = rf"[{_UP}][\w’'-]+"
# (or the mark of no place, `Б. м.: Изд. автора, 1911`, `B.m., 1936`: ``reference_words.csv``, kind ``no_imprint``)
_PLACE = rf"(?:{alternation('reference_words.csv', 'no_imprint')}|[{_UP}][\w-]{{0,20}}\.?(?:\s+н/[{_UP}]\.?)?)"

# `М. : Наука, 1991`, `М.; Л., 1930`, `СПб., 2003`, `К., 1995`, `Новосибирск, 1999`: after a full stop or a comma (an
# English book's town with its state, `Ithaca, NY: …`; the years a work's volumes came out over, `1968–1972`, the first
# its year)
_IMPRINT = compiled(rf"(?<=[.,])\s+(?P<place>{_PLACE}(?:,\s*[A-Z]{{2}}(?=\s*:))?(?:\s*;\s*{_PLACE})*)\s*"
                      rf"(?::\s*(?P<publisher>[^,:;/]{{2,80}}?))?,\s*(?P<year>{YEAR})(?:\s*[–—-]\s*{YEAR})?(?![\d–—-])")

# `С., Наука и изкуство, 1986`, `Варна, Георги Бакалов, 1970`: the publisher after a comma (Bulgarian), after a full stop
_IMPRINT_NAMED = compiled(rf"(?<=\.)\s+(?P<place>{_PLACE}),\s*(?P<publisher>[А-ЯЁЂЉЊЋЏІЇЄҐЎ][^,:;/\d]{{1,80}}?),\s*"
                            rf"(?P<year>{YEAR})(?![\d–—-])")


def _imprints(text: str) -> list[re.Match]:
    """The imprints of ``text`` (`_IMPRINT`, `_IMPRINT_NAMED`), first first."""
    return sorted([*_IMPRINT.finditer(text), *_IMPRINT_NAMED.finditer(text)], key=lambda m: (m.start(), m.re is _IMPRINT))


# any style's `… Title. Place, Year` (no page after the year): `Chruschtschow erinnert sich. Hamburg, 1971. S. 412`
# (in Cyrillic also GOST's spaced colon, `Київ : Наукова думка, 2012`, and a long hyphened place, `Каменец-Подольский`:
# a Latin `Ljubljana : Založba, 1995` after a title and a volume's part is left to the other readers)
_PLACE_YEAR = compiled(r"\.\s+(?:[A-ZА-ЯЁ][\w.-]{0,15}(?::\s*[^,.;]{2,60})?"
                       r"|[А-ЯЁЂЉЊЋЏІЇЄҐЎ][\w.’'-]{0,24}(?:\s?:\s*[^,.;]{2,60})?),\s*(?:1[5-9]|20)\d{2}\b(?!\s*[–—-]?\s*\d)")

# an article without authors: `Записка о школах // Красный архив. 1925. Т. 8. С. 5–20`
_ARTICLE = compiled(r"\S\s*//\s*[^/]{2,120}?[.,]\s*(?:1[5-9]|20)\d{2}\.\s*(?:№|No|Nr|Т\.|Вып\.|Vol\.|С\.)", re.IGNORECASE)

# the pages cited, or the book's length (`320 с.`, dropped)
# (and the Cyrillic page marks of the data's other languages: Kazakh `Б.`, for бет; a Latin one of one capital: Uzbek `B.`)
_OTHER_MARKS = "".join(f"|{re.escape(form[:-1])}" for form in forms("reference_words.csv", "page_mark")
                       if form.endswith(".") and (script_of(form) == "Cyrillic" or re.fullmatch(r"[A-Z]\.", form))
                       and form[:-1] not in ("С", "с", "Стр", "стр", "S", "P"))
# (and a mark no list holds by its shape, one to three letters and a full stop after the area's full stop or dash, not a
# word the lists give another meaning, a volume's `Т.`, an issue's `Вып.`: Mongolian `х. 44`, a Kazakh `Б. 77` unknown)
_SHAPED_MARK = rf"|(?!(?i:{not_page_words()})\.){LETTER}{{1,3}}(?<!\d)"
# (or a Cyrillic mark in small letters after the number, as the Kazan house prints Tatar's `45–52 б.`: not the
# book's length, `320 с.`)
_MARKS_AFTER = "".join(f"|{re.escape(form[:-1])}" for form in forms("reference_words.csv", "page_mark")
                       if form.endswith(".") and script_of(form) == "Cyrillic" and form[:-1].islower()
                       and form[:-1] not in ("с", "стр"))
_PAGES = compiled(rf"(?:^|[.,…]\s*)(?P<pages>(?:С|с|Стр|стр|S|s|P|pp?{_OTHER_MARKS}{_SHAPED_MARK})\.\s*\d+(?:\s*[–—-]\s*\d+)?(?:\s*,\s*\d+(?:\s*[–—-]\s*\d+)?)*"
                    r"(?:\s*об|\s+и\s+сл(?:ед)?)?"
                    + (rf"|\d+(?:\s*[–—-]\s*\d+)?\s+(?:{_MARKS_AFTER[1:]})(?=\.?\s*$)" if _MARKS_AFTER else "")
                    + r")\s*\.?\s*$")


@functools.lru_cache(maxsize=4096)  # (a reference's rest is asked for its pages two or three times: `is_gost`, `read_gost`)
def _pages_at_end(text: str) -> re.Match | None:
    """`_PAGES` searched in ``text``: only where ``text`` ends as pages do (a digit, `об`, `и сл.`; then at most a full
    stop and spaces), which a quarter of the texts asked about does not: the search tries every full stop and comma.

    >>> _pages_at_end("Иванов И. И. Земство. С. 12–15.").group("pages"), _pages_at_end("Земство. М., 1991 (репринт)")
    ('С. 12–15', None)
    """
    end = text.rstrip()
    end = end[:-1].rstrip() if end.endswith(".") else end
    if not end or not (end[-1].isdecimal() or end[-1] in "блд"):  # (`\d`, and the end of `об`, `сл`, `след`)
        return None
    # (and only after the last character no match takes in, as `tails.trailing_pages` seeks: 0.079 -> 0.037 s CPU over
    # the corpus's 2,518 texts)
    return _PAGES.search(text, max(map(text.rfind, NOT_IN_PAGES), default=-1) + 1)


# (`320, [2] с.`: unnumbered pages are in brackets, so `Пловдив, 1970, 45 с.` keeps its year)
_LENGTH = compiled(r"[.,]\s*\d+(?:\s*,\s*\[\d+\])?\s*(?:с|С|s)\s*\.?\s*$")

# the older notes put the journal in quotes after a dash: `Название. — «Вопросы истории», 1995, № 3, с. 12`
_QUOTED_JOURNAL = compiled(rf"(?<=[.,])\s*[«„“\"](?P<container>[^«»„“”\"]{{2,150}})[»“”\"]\s*(?=[.,]\s*{YEAR})")

# GOST 7.1 parts its areas with dashes: `Название. – М. : Наука, 1991. – 320 с.`
_AREA_DASH = compiled(r"(?<=[.\]…])\s+[–—-]\s+")  # (`Название… – С. 20`: a short title's ellipsis ends its area too)

# the older notes' dash before a journal of two words or more (a place is one, or has a full stop):
# `Статия. – Исторически преглед, 1990, № 3, с. 5`
# (`– Известия на Института за история, Т. 5, 1960`, `– Изв. на Варненското археологическо дружество, 28, 1984`: a
# volume may come before the year, with its word or without)
# (`– Год. на СУ, 1960`: its first word abbreviated before a small letter)
_JOURNAL_DASH = compiled(rf"(?<=\.)\s+[–—]\s+(?=[{_UP}][^.:;/,\s]*(?:\.(?=\s[a-zа-яё]))?\s[^.:;/,]{{1,120}}?,"
                           rf"(?:\s*(?:(?:{alternation('reference_words.csv', 'volume')})\s*)?\d+,)?\s*{YEAR}(?![\d–—-]))")


def _areas(text: str) -> str:
    """``text`` with GOST's area dashes read: `//` before a journal, a space elsewhere."""
    return _AREA_DASH.sub(" ", _JOURNAL_DASH.sub(" // ", text, count=1) if "//" not in text else text)


@functools.cache
def _words() -> dict[str, str]:
    """Each kind of word of reference_words.csv as an alternation (op. cit. forms also written without spaces)."""
    kinds = ("in", "role", "volume", "issue", "edition", "et_al", "op_cit", "volumes", "volumes_in")
    found = {kind: alternation("reference_words.csv", kind) for kind in kinds}
    # written with or without the spaces, and the last full stop optional (`op.cit`, `Указ. соч,`)
    found["op_cit"] = "|".join(form_pattern(form.rstrip("."), r"\s*") for form in forms("reference_words.csv", "op_cit"))
    return found


def _first_letters(kind: str) -> str:
    """The letters the forms of a kind of reference_words.csv open with, escaped for a character class."""
    return "".join(re.escape(letter) for letter in sorted({spelled for form in forms("reference_words.csv", kind)
                                                         for spelled in spellings_of(form[0])}))


@functools.cache
def _patterns() -> dict[str, re.Pattern]:
    w = _words()
    # Иванов И. И. (`Hartley J. Op. cit.`: op. cit. after a single initial is no second one)
    first = rf"{_SURNAME}\s+{_INITIAL}(?:\s?(?!(?i:{w['op_cit']})\W){_INITIAL})?"
    initials = rf"{_INITIAL}(?:\s?{_INITIAL})?\s?{_SURNAME}"  # И. И. Иванов
    comma = rf"{_SURNAME},\s+{_INITIAL}(?:\s?{_INITIAL})?"  # Иванов, И. (Bulgarian)
    cited = rf"(?P<authors>{_SURNAME})[.,]\s+(?=(?i:{w['op_cit']}))"  # Иванов. Цит. съч. (the surname alone)
    et_al = rf"(?:\s+(?:{w['et_al']}))?"
    return {
        "surname first": compiled(rf"^(?P<authors>{first}(?:,\s*{first}){{0,5}}){et_al}\s+(?=\S)"),
        "surname comma": compiled(rf"^(?P<authors>{comma}(?:,\s*(?:{comma}|{initials})){{0,5}}){et_al}\.?\s+(?=\S)"),
        "surname op cit": compiled(rf"^{cited}"),
        "initials first": compiled(rf"^(?P<authors>{initials}(?:,\s*{initials}){{0,5}}){et_al}\s*[,.]\s+(?=\S)"),
        "part": compiled(rf"(?:^|[.,]\s*)(?:(?P<volume>{w['volume']})|(?P<issue>{w['issue']}))\s*(?P<no>\d+(?:\s*[–/-]\s*\d+)?)"),
        # (its statement's words abbreviated: `Изд. 2-е, испр. и доп.`)
        "edition": compiled(rf"[.,]\s*(?:\d+-?[^\W\d_]*\.?\s+)?(?:{w['edition']})(?:\s*\d+-?[а-я]*)?"
                            rf"(?:,\s*(?:[^\W\d_]+\.?\s*)+|,\s*[^.,]+)*\.?\s*$",
                              re.IGNORECASE),
        "in": compiled(rf"(?<=[.,])\s*(?:{w['in']})\s*(?=\S)", re.IGNORECASE),
        # how many volumes a work has, after its title's colon: `История кооперации: в 3 т.`
        "extent": compiled(rf"\s*:\s*(?:{w['volumes_in']})\s+\d+\s*(?:{w['volumes']})(?=\s|$)", re.IGNORECASE),
        # (after a full stop only a capital: `Ред. Н. Тодоров`, `Прев. от англ.`)
        "role": compiled(rf"\s+/\s+|\s*[;,]\s*(?:{w['role']})\s|(?<=\.)\s+(?=[{_UP}])(?:{w['role']})\s"),
        # (the first letters tried first: the scan passes over most places without trying each form)
        # (not capitals then a number: `MT 34/45` is a record series' code, not the Finnish `mt.` without its stop)
        "op cit": compiled(rf"(?=[{_first_letters('op_cit')}])(?<!\w)(?!(?-i:[{_UP}]{{2,}})\s+\d)(?:{w['op_cit']})\.?",
                           re.IGNORECASE),
        "year": compiled(rf"(?:^|[.,]\s*)(?P<year>{YEAR})(?=\s*[.,]|\s*$)"),
        # DSTU 8302:2015 drops the `//`: `Назва. Український історичний журнал. 2009. № 4.`, the journal the last
        # sentence before a year that a volume or issue follows (a book's year follows a comma: `Київ, 2003. Т. 2`)
        "journal after stop": compiled(rf"(?<=[^\W\d_]{{2}})\.\s+(?P<journal>[{_UP}][^./]{{2,150}}?)\.\s+"
                                       rf"(?={YEAR}\.\s*(?:№|(?:{w['volume']})|(?:{w['issue']}))\s*\d)"),
    }


# a newspaper's issue: `Правда. 1925. 12 мая. С. 2`, `Известия. 1937. 5 июня. № 130`
_NEWSPAPER = compiled(rf"^(?P<paper>[«„“\"]?[{_UP}][^.«»„“”\"\d]{{1,40}}?[»“”\"]?)\.\s+(?P<year>{YEAR})\.\s+"
                        r"(?P<day>\d{1,2}\s+[^\W\d_]+)\.?(?:\s+(?:№\s*\d+|С\.\s*\d+(?:\s*[–—-]\s*\d+)?)\.?)*\s*$")


def newspaper_issue(piece: str) -> tuple[str, str] | None:
    """A newspaper's issue as GOST writes it: (paper, its day and year in the usual order), else None.

    >>> newspaper_issue("Правда. 1925. 12 мая. С. 2.")
    ('Правда', '12 мая 1925')
    """
    m = _NEWSPAPER.match(piece)
    return (m.group("paper").strip("«»„“”\" "), f"{m.group('day')} {m.group('year')}") if m else None


@functools.lru_cache(maxsize=16384)  # (the same piece is asked about three times in a row: the splitter, the reader)
def op_cit(text: str) -> re.Match | None:
    """Where ``text`` says op. cit. in one of its languages (`Указ. соч.`, `dz. cyt.`, `nav. delo`, `a. a. O.`).

    >>> op_cit("Иванов И. И. Указ. соч. С. 10").group(), op_cit("J. Kowalski, dz. cyt., s. 60").group()
    ('Указ. соч.', 'dz. cyt.')
    """
    # (a piece holding no form's anchor is not searched: most pieces say no op. cit., `stemanchors`)
    return _patterns()["op cit"].search(text) if may_hold(_op_cit_anchors(), text) else None


@functools.cache
def _op_cit_anchors() -> re.Pattern | None:
    return anchors_of([form.rstrip(".") for form in forms("reference_words.csv", "op_cit")])  # (as `_words` writes them)


# `М.; Л., 1930`, `М. ; Л. : Наука, 1950`: a semicolon between two places of one imprint
_PLACE_BEFORE = compiled(rf"(?<![\w.])[{_UP}][\w]{{0,3}}\.\s*$")
_PLACE_AFTER = compiled(rf"\s*{_PLACE}\s*(?::\s*[^,:;]{{2,80}}?)?,\s*{YEAR}(?![\d–—-])")


def joins_places(text: str, i: int) -> bool:
    """Whether the semicolon at ``text[i]`` stands between two places of one imprint, so cuts no note.

    >>> joins_places("Петров П. П. Земство. М.; Л., 1930. С. 3.", 24), joins_places("Там же. С. 5; Там же. С. 7", 12)
    (True, False)
    """
    return bool(_PLACE_BEFORE.search(text, max(0, i - 6), i) and _PLACE_AFTER.match(text, i + 1))


def is_gost(piece: str) -> bool:
    """Whether ``piece`` reads as a GOST reference: authors, then `//`, an imprint (`М., 1991`), op. cit. or `С.` pages.

    >>> is_gost("Иванов И. И. Земство и школа : очерки. М. : Наука, 1991. С. 12–15.")
    True
    >>> is_gost("Иванов И. И. Указ. соч. С. 10."), is_gost("ГАРФ. Ф. 102. Оп. 1. Д. 12. Л. 3 об.")
    (True, False)
    """
    text = _areas(piece.strip())
    if _PLACE_YEAR.search(text) or _ARTICLE.search(text):
        return True
    head = _head(text)
    if head is None:
        return False
    rest = text[head.end():]
    return bool(("//" in rest and _dated_or_part(rest.split("//", 1)[1])) or _imprint(rest, head)
                or op_cit(rest) or (script_of(rest) == "Cyrillic" and _pages_at_end(rest.rstrip(" ."))) or _shortened(rest))


def read_gost(text: str, ref: dict) -> bool:
    """Fill ``ref`` (authors, title, container, volume, issue, place, publisher, year, pages) from a GOST reference.

    >>> ref = dict.fromkeys(("authors", "title", "container", "volume", "issue", "place", "publisher", "year", "pages"), "")
    >>> read_gost("Петров П. П. Съезды учителей // Вопросы истории. 1995. № 3. С. 12–30", ref)
    True
    >>> ref["authors"], ref["title"], ref["container"], ref["year"], ref["issue"], ref["pages"]
    ('Петров П. П.', 'Съезды учителей', 'Вопросы истории', '1995', '3', 'С. 12–30')

    False (``ref`` untouched) for what is not written so: a Latin reference
    needs its authors first; a Cyrillic one without them needs an imprint.
    """
    text = _areas(text.strip()).rstrip(" .")
    head = _head(text)
    cyrillic = script_of(text) == "Cyrillic"
    rest = text[head.end():] if head else text
    found: dict = {"authors": head.group("authors").strip() if head else ""}
    shortened = _shortened(rest)
    rest = _take_pages(rest, found)
    parted = _container(rest) if head or "//" in rest else None  # (without authors, only `//` says a container)
    if parted is not None:
        title, container = parted
        if not _read_container(container, found):
            return False
        found["title"] = _title(title)
    elif _imprint(rest, head) and (head or ((cyrillic or " / " in rest) and _titled(rest, _imprint(rest, head)))):
        _read_book(rest, _imprint(rest, head), found)
    elif head and (op_cit(rest) or ((cyrillic or shortened) and found.get("pages"))):
        found["title"] = "" if op_cit(rest) else _title(rest)
        _read_parts(rest, found)
    else:
        return False
    ref.update({k: v for k, v in found.items() if v})
    return True


def _titled(rest: str, imprint: re.Match) -> bool:
    """Whether a reference without authors opens with its title: those responsible after it, or no comma in it
    (`Милетић, Преломна времена. Београд, 2000` names its author another way)."""
    return bool(_patterns()["role"].search(rest, 0, imprint.start())) or "," not in rest[:imprint.start()]


def _container(rest: str) -> tuple[str, str] | None:
    """The title and the journal or book it is in: after `//`, `В кн.:`, or a journal in quotes (`— «Вопросы истории», 1995`)."""
    if "//" in rest:
        title, container = rest.split("//", 1)
        return title, container
    inside = _patterns()["in"].search(rest)
    if inside is not None:
        return rest[:inside.start()], rest[inside.end():]
    quoted = _QUOTED_JOURNAL.search(rest)
    if quoted is not None:
        return rest[:quoted.start()], f"{quoted.group('container')}. {rest[quoted.end():].lstrip(' .,')}"
    journal = _patterns()["journal after stop"].search(rest)
    if journal is not None:
        return rest[:journal.start()], rest[journal.start("journal"):]
    return None


def opens_with_authors(text: str) -> bool:
    """Whether ``text`` opens with the authors of a GOST reference (`Иванов И. И.`, `Иванов, И.`, `И. И. Иванов,`).

    >>> opens_with_authors("Климкович В. Кооперативний рух. – Львів, 2003."), opens_with_authors("Див.: Климкович В.")
    (True, False)
    """
    return _head(_areas(text.strip())) is not None


def _head(text: str) -> re.Match | None:
    """The authors opening a reference: `Иванов И. И.`, or (Cyrillic, then GOST's marks) `Иванов, И.`, `И. И. Иванов,`,
    or the surname alone before op. cit. (`Иванов. Цит. съч.`)."""
    p = _patterns()
    head = p["surname first"].match(text)
    if head is not None or script_of(text[:40]) != "Cyrillic":
        return head
    head = p["surname comma"].match(text) or p["initials first"].match(text) or p["surname op cit"].match(text)
    return head if head is not None and _marked(text[head.end():]) else None


def _marked(rest: str) -> bool:
    """`//`, `С.` pages or a full stop before the imprint: not `Н. Мијатов, Наслов, Београд: Просвета, 2000, 45`."""
    return bool("//" in rest or _pages_at_end(rest.rstrip(" .")) or _imprint(rest, None))


def _shortened(rest: str) -> bool:
    """Whether ``rest`` is a short title closed by its ellipsis, then the pages: `Reform and Schooling… P. 150` (in
    Latin script too: the ellipsis says a title cited before)."""
    pages = _pages_at_end(rest.rstrip(" ."))
    return pages is not None and rest[pages.start()] == "…"


def _take_pages(rest: str, found: dict) -> str:
    """``rest`` without the pages cited at its end (put in ``found``) and the book's length (`320 с.`)."""
    rest = _LENGTH.sub("", rest.rstrip(" ."))
    pages = _pages_at_end(rest)
    if pages:
        found["pages"] = pages.group("pages").strip()
        rest = rest[:pages.start()]
    return rest.rstrip(" .,")


def _imprint(rest: str, head: re.Match | None) -> re.Match | None:
    """The imprint after the title: after a full stop (after a comma only in `И. И. Иванов, Название, М., 1925`),
    never inside brackets (`Name, Title (Boston: Little, Brown, 1967)` is another style)."""
    commas = head is not None and head.re is not _patterns()["surname first"]
    for imprint in _imprints(rest):
        before = rest[:imprint.start()]
        if before.count("(") <= before.count(")") and (commas or rest[imprint.start() - 1] == "."):
            return imprint
    return None


def _read_book(rest: str, imprint: re.Match, found: dict) -> None:
    """Title, imprint, then volume or book: `Название : подзаголовок / под ред. … М. : Наука, 1991. Т. 2`."""
    found.update(place=imprint.group("place").strip(), publisher=(imprint.group("publisher") or "").strip(),
                 year=imprint.group("year"))
    _read_parts(rest, found)
    found["title"] = _title(rest[:imprint.start()])


def _dated_or_part(container: str) -> bool:
    """Whether the container after `//` has a year, or a volume of a book cited before (`// Книга. Т. 2. С. 233–259`:
    a chapter in a work of an earlier note, which names no imprint)."""
    return bool(_patterns()["year"].search(container) or _patterns()["part"].search(container))


def _read_container(container: str, found: dict) -> bool:
    """The journal or book after `//`: its name, then year (or imprint), volume and issue; False without a year or a
    volume (`_dated_or_part`)."""
    imprint = next(iter(_imprints(container)), None)
    year = _patterns()["year"].search(container)
    if imprint is None and year is None and not _patterns()["part"].search(container):
        return False
    if imprint is not None:
        found.update(place=imprint.group("place").strip(), publisher=(imprint.group("publisher") or "").strip())
    found["year"] = imprint.group("year") if imprint is not None else year.group("year") if year is not None else ""
    _read_parts(container, found)
    ends = [m.start() for m in (imprint, year, _patterns()["part"].search(container), _patterns()["role"].search(container))
            if m is not None]
    name = container[:min(ends)].strip(" .,")
    bare = _BARE_VOLUME.search(name)  # `Изв. на Варненското археологическо дружество, 28, 1984`: no word for it
    if bare and not found.get("volume"):
        found["volume"], name = bare.group("volume"), name[:bare.start()]
    found["container"] = name
    return True


# a volume without its word at the end of a journal's name, before the year
_BARE_VOLUME = compiled(r"(?<=\D),\s*(?P<volume>\d{1,4})$")


def _read_parts(text: str, found: dict) -> None:
    """The first volume (`Т. 2`, `Кн. 1`, `t. 3`) and issue (`№ 3`, `Вып. 2`, `nr 4`) marked in ``text``."""
    for part in _patterns()["part"].finditer(text):
        key = "volume" if part.group("volume") else "issue"
        found.setdefault(key, part.group("no").replace(" ", ""))


def _title(text: str) -> str:
    """A title as written: without those responsible (after ` / `), the edition, the count of volumes or a volume after it."""
    p = _patterns()
    text = p["extent"].sub(lambda extent: "." if extent.group().endswith(".") else "", text)  # (its stop ends the title)
    role = p["role"].search(text)
    if role:
        text = text[:role.start()]
    part = p["part"].search(text)
    if part and part.start() > 0:
        text = text[:part.start()]
    return p["edition"].sub("", text.strip(" ,")).strip(" .,")
