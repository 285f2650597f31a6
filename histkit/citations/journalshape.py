"""A journal after a reference's title: its name in quotes (`Tytuł, „Kwartalnik Historyczny” 1995, nr 3`), or
plain with its volume and year (`Kubíček, Spolky v Plzni, Minulostí Západočeského kraje 33, 1998`).

`references` reads such an article's parts; here is what tells its shape, where an author's name comes first: the
journal's name, then its volume, year and issue, end the reference (its pages taken off before).
"""

from __future__ import annotations

import re

from .names import is_name
from .notetext import split_commas
from .tails import journal_tail
from .words import UPPER, YEAR, alternation
from ..patterns import compiled

# a journal's name, its issue and year after an article's title: `…, Zeitschrift 3/1999` (the readers of `references`)
JOURNAL_ISSUE = compiled(r"^\s*,?\s*(?:in:?\s+)?(?P<container>[^,(]+?)\s*,?\s+(?P<volume>)(?P<issue>\d+(?:[–-]\d+)?)\s*/\s*"
                           r"(?P<year>(?:1[5-9]|20)\d{2})")

# (`Shigaku zasshi 94:3 (1985)`: the issue after the volume and a colon; `History and Memory, 9, 1–2 (1997)`: after a
# comma, with no word, where the year in brackets follows it)
# (the volume's and the issue's words also those of the lists, as the South Slavic houses print them, a new series
# before them: `Историјски часопис, књ. 45 (1998)`, `Годишњак …, год. 5, бр. 2 (1998)`, `…, nova serija, sv. 4 (1998)`;
# a double volume after its word before the year's bracket, `Osječki zbornik, god. 22–23 (1997)`; without the word
# such a range is a chapter's pages, `GAMBLING 74–91 (2013)`, and a number is never split)
JOURNAL_VOL = compiled(
    r"^\s*,?\s*(?:in:?\s+)?(?P<container>[^,(]+?)\s*,?\s+"
    rf"(?:(?:{alternation('reference_words.csv', 'new_series')})\s*,?\s*(?=[^,\d]{{0,8}}\d))?"
    rf"(?P<volume_word>(?:vol\.|t\.|Bd\.|a\.|anno|knj\.|god\.|{alternation('reference_words.csv', 'volume')})\s*)?"
    r"(?P<volume>\d+(?(volume_word)(?:[–-]\d+(?=\s*\((?:1[5-9]|20)\d{2}\)))?))(?!\d)(?::(?=\d)|\s*[,.]?\s*)"
    rf"(?:(?:(?:no\.|nr\.|br\.|n\.|Heft|H\.|fasc\.|{alternation('reference_words.csv', 'issue')}|(?<=:))\s*"
    r"|(?=\d+(?:[–-]\d+)?\s*\((?:1[5-9]|20)\d{2}\))|\((?=\d{1,3}(?:[–-]\d{1,3})?\)\s*\((?:1[5-9]|20)\d{2}\)))"
    r"(?P<issue>\d+(?:[–-]\d+)?)\)?\s*[,.]?\s*)?\(?(?P<year>(?:1[5-9]|20)\d{2})\)?", re.IGNORECASE)

# a journal in quotes after an unquoted title: `Tytuł, „Kwartalnik Historyczny” 1995, nr 3`, `„Studia” R. 38, 1995, z. 2`,
# `„Český časopis historický” 95, 1997, č. 2`, `Название. — «Вопросы истории», 1995, № 3`
# (the issue after the year: `«Der Neue Merkur», 3, 1919, n. 3`, Italian's `n.` for numero, a note's nowhere here)
# (or before it, after the volume, and a new series before both: `„Zapiski Historyczne”, nowa seria, t. 3, 1999, z. 1`,
# `„Studia z Dziejów Wsi” t. 12, z. 2, 1998`)
QUOTED_JOURNAL = compiled(
    rf"(?:,|\.?\s[–—])\s*(?:[„«“\"]|,,)(?P<container>[^„“”\"«»]{{2,150}}?)[”“\"»]\s*,?\s*"
    rf"(?:(?i:{alternation('reference_words.csv', 'new_series')})\s*,\s*(?=\S{{1,6}}\s*\d))?"
    rf"(?:(?:(?:{alternation('reference_words.csv', 'volume')})\s*)?(?P<volume>\d{{1,4}}|[IVXLC]+)"
    rf"(?:\s*,\s*(?:{alternation('reference_words.csv', 'issue')})\s*(?P<issue_before>\d+(?:[–/-]\d+)?))?"
    rf"(?:\s*[,:]\s*|\s+(?=\())(?=\(?(?:1[5-9]|20)\d\d))?"
    rf"\(?(?P<year>(?:1[5-9]|20)\d\d)(?![\d–—-])\)?"
    rf"(?:\s*,?\s*(?:{alternation('reference_words.csv', 'volume')})\s*(?P<volume_after>\d+))?"
    rf"(?:\s*,?\s*(?:(?:{alternation('reference_words.csv', 'issue')}|č\.|n\.)\s*)?(?P<issue>\d+(?:\s*[–/-]\s*\d+)?))?\s*[,.]?\s*$")


# an article cited by its quoted title alone, then its journal's name, volume (and issue) and year, nothing after them
# but the issue (`“Pakiet Gotowi na 55,” Biuletyn Europejski 45, 2022, no. 3`)
_AUTHORLESS_ARTICLE = compiled(rf"^(?:[„“\"«‘]|,,)(?P<title>[^„“”\"«»]{{8,300}}?)[,.]?[”“\"»’],?\s+(?P<container>[{UPPER}][^,()\d]{{2,120}}?)"
                               rf"\s*,?\s+(?:[^\W\d_]{{1,4}}\.\s*)?\d{{1,4}}(?:\s*[,:/]\s*\d{{1,4}}(?:[–-]\d{{1,4}})?)?\s*,?\s*"
                               rf"(?:\({YEAR}\)|{YEAR})(?:\s*,\s*(?:{alternation('reference_words.csv', 'issue')})\s*\d{{1,3}})?\s*[,.]?\s*$")


def journal_after_title(body: str) -> bool:
    """Whether ``body`` is an author, a title and a journal's name, volume and year, or year and issue (`journal_tail`),
    or a journal in quotes (`QUOTED_JOURNAL`: a title of any length before it, `po 1918 roku` in it).

    >>> journal_after_title("Kubíček, Spolky v Plzni, Minulostí Západočeského kraje 33, 1998")
    True
    >>> journal_after_title("A. Nowak, Spółdzielnie mleczarskie w dawnym zaborze pruskim po 1918 roku i później, "
    ...                     "„Kwartalnik Historyczny” 59, 1998")
    True
    >>> journal_after_title("„Piast”, 1933"), journal_after_title("Gesetz, betreffend die Gesinde, „Gesetz-Sammlung” 1854")
    (False, False)
    >>> journal_after_title('"Notes on Life in the Plymouth Colony", William and Mary Quarterly 22 (1965)')
    True
    """
    if _AUTHORLESS_ARTICLE.match(body):  # `"Recent Trends …", Annual Review of Sociology 4, (1978)`: no author
        return True
    # (the year in brackets after the volume too: `Zgodovinski časopis 52 (1998), št. 3`)
    head = journal_tail(body, {}) if re.search(rf"\d\s*(?:,\s*|\()\s*{YEAR}|{YEAR}\)?\s*,.{{0,30}}\d\s*$", body) else None
    quoted = QUOTED_JOURNAL.search(body) if head is None else None
    head = body[:quoted.start()] if quoted is not None else head
    parts = split_commas(head) if head else []
    # (before a quoted journal, a person's forename or initial and surname: `Gesetz, betreffend …, „Gesetz-Sammlung”
    # 1854` is a statute in its gazette, one capitalised word before its comma)
    return len(parts) >= 2 and is_name(parts[0]) and (quoted is None or len(parts[0].split()) >= 2)


# the journal in brackets after an article's title, as Russian journals printed it before 1918 (and émigré ones after):
# `Н. Н. Иванов. Заглавие («Русская Мысль», 1899, кн. IV, стр. 112—130)`
_BRACKETED_JOURNAL = compiled(rf"^(?P<head>.*[^\s(.])\.?\s*\(\s*(?P<journal>[«„“\"][^»“”\"(]{{2,150}}[»“”\"]\s*,\s*{YEAR}\b[^()]*)\)\.?$")


def journal_out_of_brackets(text: str) -> str:
    """``text`` with a journal in brackets after the title written as the dashed form the readers know (`QUOTED_JOURNAL`).

    >>> journal_out_of_brackets("Н. Н. Иванов. Заглавие («Русская Мысль», 1899, кн. IV, стр. 112—130)")
    'Н. Н. Иванов. Заглавие. — «Русская Мысль», 1899, кн. IV, стр. 112—130'
    >>> journal_out_of_brackets("A. Smith, Title (London, 1990)")
    'A. Smith, Title (London, 1990)'
    """
    found = _BRACKETED_JOURNAL.match(text.strip())
    return f"{found.group('head')}. — {found.group('journal').strip()}" if found else text


# what the readers leave in a container when no year was read: a journal's issue and year joined by a slash after its
# name (`Quaderni costituzionali, n. 3/2014`, the Italian journals' house), or a document's day in brackets after its
# quoted title (`‘The Opinion on …’ (31 March 2016)`, `“Title” (2006)`: no container, the day's year the work's), or the year before
# or after the journal's or book's name
# (or no word after the comma: `Studi sull'integrazione europea, 7/2012`)
_ISSUE_SLASH_YEAR = compiled(rf"^(?P<container>[^,\d]{{2,120}}?)(?:,?\s+(?:n\.|nr\.|no\.|br\.|fasc\.|Heft)\s*|,\s*)"
                             rf"(?P<issue>\d{{1,3}}(?:[–-]\d{{1,3}})?)\s*/\s*(?P<year>{YEAR})$", re.IGNORECASE)
# (the volume and issue in the bracket before the day: `“Title” (Vol. 84, No. 274 April 1999)`)
_BRACKETED_VOLUME_DAY = compiled(rf"^\(\s*(?:vol\.?\s*(?P<volume>\d{{1,4}})\s*,?\s*)?(?:no\.?\s*(?P<issue>\d{{1,4}})\s*,?\s*)?"
                                 rf"(?:\d{{1,2}}\.?\s+)?(?:[^\W\d_]{{3,12}}\.?\s+)?(?:\d{{1,2}},?\s+)?"
                                 rf"(?P<year>{YEAR})\s*\)(?:,?\s*(?P<pages>(?:pp?\.\s*)?\d+(?:\s*[–—-]\s*\d+)?))?$", re.IGNORECASE)
_BRACKETED_DAY = compiled(rf"^\(\s*(?:(?:\d{{1,2}}\.?\s+)?[^\W\d_]{{3,12}}\.?\s+(?:\d{{1,2}},?\s+)?)?(?P<year>{YEAR})\s*\)$")
# (or the year first, the journal after it, as a few law journals print it: `2014 (1) Energy Law Review 67`)
_YEAR_FIRST = compiled(rf"^(?P<year>{YEAR})\s+(?:\((?P<issue>\d{{1,3}})\)\s+)?(?P<container>[^\W\d_][^()]*?)"
                       r"(?:\s+(?P<first>\d+(?:\s*[–-]\s*\d+)?))?$")
# (a book's year in brackets after its title, `International Criminal Justice (2010)`, or a journal's after its name,
# `CMLR 2010`: the container's year)
_TITLE_YEAR = compiled(rf"^(?:(?P<container>[^()]*?[^\W\d_][^()]*?)\s*\((?P<year>{YEAR})\)"
                       rf"|(?P<journal>[^()\d,]*?[^\W\d_][^()\d,]*?),?\s(?P<bare>{YEAR}))$")


# (or, no year printed at all, the journal's volume and issue after its name, the pages after a comma: `‘Title’ Cambridge
# Journal of Economics 33(4), 609–632`, `‘Title’ Cato Journal 4, 275`)
_NAME_VOLUME = compiled(r"^(?P<container>[^()\d,]*?[^\W\d_][^()\d,]*?)\s+(?P<volume>\d{1,3})"
                        r"(?:\s*\((?P<issue>\d{1,3}(?:[–-]\d{1,3})?)\))?$")


# (or the year in brackets between the journal and its volume, or after the volume and the journal, the first page
# after it: `Past and Present (1972), 54:1`, `75 Michigan LR (1977) 1214-1261`)
_NAME_YEAR_VOLUME = compiled(rf"^(?P<container>[^\W\d_][^()\d]*?)\s*\((?P<year>{YEAR})\)\s*,?\s*(?P<volume>\d{{1,4}})"
                             r"(?:\s*[:/]\s*(?P<issue>\d{1,3}))?$")
_VOLUME_NAME_YEAR = compiled(rf"^(?P<volume>\d{{1,4}})\s+(?P<container>[^\W\d_][^()]*?)\s*\((?P<year>{YEAR})\)"
                             r"(?:\s*(?P<first>\d+(?:\s*[–-]\s*\d+)?))?$")


# (or in the other orders of the houses: `(1995) 1 European Law Journal`, `Journal of British Studies, 44 (July 2005)`,
# `Cuadernos de derecho transnacional, 2024, n. 2`)
_YEAR_VOLUME_NAME = compiled(rf"^\((?P<year>{YEAR})\)\s+(?P<volume>\d{{1,4}})(?:\s*\((?P<issue>\d{{1,3}})\))?\s+"
                             r"(?P<container>[^\W\d_][^()]*?)(?:,?\s*(?P<first>\d+(?:\s*[–—-]\s*\d+)?)"
                             r"(?:\s*,\s*\d+(?:\s*[–—-]\s*\d+)?)*)?\s*\.?$")
_VOLUME_MONTH_YEAR = compiled(rf"^(?P<container>[^\W\d_][^()\d]*?[^\W\d_])(?<!\bno)(?<!\bnr)(?<!\bn)(?<!\bNo)(?<!\bNr)"
                              rf",?\s+(?P<volume>\d{{1,4}})\s*\((?:[^\W\d_]{{3,10}}\.?\s+)?(?P<year>{YEAR})\)$")
# (the comma before the year left out, as Polish reviews print a journal: `Zeszyty Naukowe … 2017, no. 97`, `Administration
# & Society 1994, vol. 26`; a name of two words or more then, not a place's `Warszawa 2017`)
_NAME_YEAR_ISSUE = compiled(rf"^(?P<container>[^\W\d_][^,()\d]*?(?:,|\s(?=\S+\s+{YEAR},)[^,()\d]*?))\s*(?P<year>{YEAR}),\s*"
                            rf"(?:(?:{alternation('reference_words.csv', 'issue')}|n\.|nr\.|br\.|fasc\.|Heft)\s*(?P<issue>\d{{1,3}})"
                            rf"|(?:vol\.|[Vv]olume)\s*(?P<volume>\d{{1,4}}))$")


# (or the volume, the year in brackets, the journal and its first page, as continental writers print a journal in English:
# `1 (2010) JIPITEC 67`)
_VOLUME_YEAR_NAME = compiled(rf"^(?P<volume>\d{{1,4}})\s*\((?P<year>{YEAR})\)\s+(?P<container>[^\W\d_][^()]*?)"
                             r"\s+(?P<first>\d+(?:\s*[–-]\s*\d+)?)$")


_JOURNAL_ORDERS = (_NAME_YEAR_VOLUME, _VOLUME_NAME_YEAR, _YEAR_VOLUME_NAME, _VOLUME_MONTH_YEAR, _NAME_YEAR_ISSUE,
                   _VOLUME_YEAR_NAME)

# a journal after an unquoted title's comma, the year in brackets before or after its volume, its first page after it:
# `M. Name, Title, (2010) 1 JIPITEC 67`, `…, 1 (2010) JIPITEC 67, para. 1`
YEAR_JOURNAL_AFTER_TITLE = compiled(rf",\s*(?P<journal>(?:\d{{1,4}}\s+)?\(\s*{YEAR}\s*\)\s+(?:\d{{1,4}}\s+)?[{UPPER}][^,()\d]{{0,60}}?"
                                    r"\s+\d{1,5}(?:\s*[–-]\s*\d{1,5})?)(?=\s*,|\s*\.?\s*$)")


def year_journal_in_title(ref: dict) -> dict:
    """``ref`` with the journal its title ran on into after a comma (`YEAR_JOURNAL_AFTER_TITLE`) as its container, when
    it has neither container nor year; `container_tail` then reads the journal's parts.

    >>> ref = year_journal_in_title({"title": "The Test, 1 (2010) JIPITEC 67", "container": "", "year": ""})
    >>> ref["title"], ref["container"]
    ('The Test', '1 (2010) JIPITEC 67')
    """
    if ref.get("container") or ref.get("year") or "(" not in ref.get("title", ""):
        return ref
    found = YEAR_JOURNAL_AFTER_TITLE.search(ref["title"])
    if found is None or not found.group("journal")[-1].isdigit() or found.end() != len(ref["title"].rstrip(" .")):
        return ref
    ref.update(title=ref["title"][:found.start()].strip(), container=found.group("journal"))
    return ref


def container_tail(ref: dict) -> dict:
    """``ref``, changed in place, with the issue and year read from its container, or a bracketed day's year, when no
    year was read; and the volume that opens a journal's name whose pages were read (the common-law order).

    >>> ref = container_tail({"container": "Quaderni costituzionali, n. 3/2014", "year": "", "issue": ""})
    >>> ref["container"], ref["issue"], ref["year"]
    ('Quaderni costituzionali', '3', '2014')
    >>> container_tail({"container": "Studi sull'integrazione europea, 7/2012", "year": "", "issue": ""})["year"]
    '2012'
    >>> container_tail({"container": "(31 March 2016)", "year": "", "issue": ""})["year"]
    '2016'
    >>> container_tail({"container": "International Criminal Justice (2010)", "year": "", "issue": ""})["container"]
    'International Criminal Justice'
    >>> ref = container_tail({"container": "2014 (1) Energy Law Review 67", "year": "", "issue": "", "pages": ""})
    >>> ref["container"], ref["year"], ref["issue"], ref["pages"]
    ('Energy Law Review', '2014', '1', '67')
    >>> ref = container_tail({"container": "75 Michigan LR (1977) 1214-1261", "year": "", "issue": "", "pages": "", "volume": ""})
    >>> ref["container"], ref["volume"], ref["year"], ref["pages"]
    ('Michigan LR', '75', '1977', '1214-1261')
    >>> container_tail({"container": "Allgemeiner Literarischer Anzeiger (1799), Nr. 156–158", "year": ""})["year"]
    '1799'
    >>> container_tail({"container": "Neues Magazin 4 (1791), 2. und 3. Stück", "year": ""})
    {'container': 'Neues Magazin', 'year': '1791', 'issue': '2–3', 'volume': '4'}
    >>> container_tail({"container": "New Society (12 Mar. 1964)", "year": ""})
    {'container': 'New Society', 'year': '1964'}
    >>> [container_tail({"container": c, "year": ""})["year"] for c in ("(1995) 1 European Law Journal",
    ...  "Journal of British Studies, 44 (July 2005)", "Cuadernos de derecho transnacional, 2024, n. 2")]
    ['1995', '2005', '2024']
    >>> ref = container_tail({"container": "Cambridge Journal of Economics 33(4)", "year": "", "issue": "", "pages": "609",
    ...                       "volume": ""})
    >>> ref["container"], ref["volume"], ref["issue"]
    ('Cambridge Journal of Economics', '33', '4')
    >>> ref = container_tail({"container": "2 Transnational Dispute Management", "year": "2005", "pages": "3", "volume": ""})
    >>> ref["container"], ref["volume"]
    ('Transnational Dispute Management', '2')
    """
    if not ref.get("volume") and ref.get("pages") and (found := _VOLUME_THEN_NAME.match(ref.get("container") or "")):
        ref.update(container=found.group("container"), volume=found.group("volume"))  # (`in 2 Journal (2005) 3`)
    if ref.get("year") or not ref.get("container"):
        return ref
    container = ref["container"].strip()
    if found := _ISSUE_SLASH_YEAR.match(container):
        ref.update(container=found.group("container").strip(), issue=ref.get("issue") or found.group("issue"),
                   year=found.group("year"))
    elif found := next(filter(None, (shape.match(container) for shape in _JOURNAL_ORDERS)), None):
        fields = found.groupdict()
        ref.update(container=found.group("container").strip(" ,"), year=found.group("year"),
                   volume=ref.get("volume") or fields.get("volume") or "", issue=ref.get("issue") or fields.get("issue") or "",
                   pages=ref.get("pages") or fields.get("first") or "")
    elif found := _BRACKETED_DAY.match(container):
        ref.update(container="", year=found.group("year"))
    elif (found := _BRACKETED_VOLUME_DAY.match(container)) and (found["volume"] or found["issue"]):
        ref.update(container="", year=found.group("year"), volume=ref.get("volume") or found.group("volume") or "",
                   issue=ref.get("issue") or found.group("issue") or "", pages=ref.get("pages") or found["pages"] or "")
    elif found := _YEAR_FIRST.match(container):
        ref.update(container=found.group("container").strip(" ,"), year=found.group("year"),
                   issue=ref.get("issue") or found.group("issue") or "", pages=ref.get("pages") or found.group("first") or "")
    elif found := _TITLE_YEAR.match(container):
        ref.update(container=(found.group("container") or found.group("journal")).strip(" ,"),
                   year=found.group("year") or found.group("bare"))
    elif found := _YEAR_THEN_ISSUE.match(container):  # `Neues Magazin (1791), Nr. 2`: the year, then the issue
        ordinal = "–".join(_NUMBER.findall(found.group("ordinal") or ""))  # (`2. und 3. Stück`: issues 2–3)
        ref.update(container=found.group("container").strip(" ,"), year=found.group("year"),
                   issue=ref.get("issue") or found.group("issue") or ordinal,
                   volume=ref.get("volume") or found.group("volume") or "")
    elif found := _DATED_ISSUE.match(container):  # `New Society (12 Mar. 1964)`: a weekly's issue by its day
        ref.update(container=found.group("container").strip(" ,"), year=found.group("year"))
    elif (found := _NAME_VOLUME.match(container)) and ref.get("pages") and not ref.get("volume"):
        ref.update(container=found.group("container").strip(), volume=found.group("volume"),
                   issue=ref.get("issue") or found.group("issue") or "")
    return ref


# a volume, then a journal's name opening with a capital and holding no figure or bracket (`2 Transnational Dispute
# Management`, its year and pages read after it)
_VOLUME_THEN_NAME = compiled(r"^(?P<volume>\d{1,4})\s+(?P<container>[A-Z][^\W\d_][^\d()\[\]]{2,150})$")


# a periodical's name (and volume), its year in brackets, then its issue or issues and nothing else (`Allgemeiner
# Literarischer Anzeiger (1799), Nr. 156–158`: reference_words.csv's issue words; or the ordinal before its noun, as
# German printed it: `Neues Hannoverisches Magazin (1791), 2. und 3. Stück`, `HZ 12 (1864), 3. Heft`)
_YEAR_THEN_ISSUE = compiled(rf"^(?P<container>[^()\d]{{2,120}}?)(?:\s+(?P<volume>\d{{1,4}}))?\s*\(\s*(?P<year>{YEAR})\s*\)"
                            rf"\s*,\s*(?:(?:{alternation('reference_words.csv', 'issue')})\s*"
                            rf"(?P<issue>\d{{1,4}}(?:\s*[–-]\s*\d{{1,4}})?)|(?P<ordinal>\d{{1,3}}\.(?:\s*(?:und|u\.|and|[–-])\s*"
                            rf"\d{{1,3}}\.)?)\s*(?:{alternation('reference_words.csv', 'ordinal_issue')}))$")
_NUMBER = compiled(r"\d+")

# a periodical's name and the day or month of its issue in brackets, its month a word (`New Society (12 Mar. 1964)`)
_DATED_ISSUE = compiled(rf"^(?P<container>[^()\d]{{2,120}}?)\s*\(\s*(?:\d{{1,2}}\.?\s+)?[^\W\d_]{{3,12}}\.?\s+"
                        rf"(?P<year>{YEAR})\s*\)$")

# a quoted name's closing quote and a bare year in brackets after it
_BRACKET_YEAR_END = compiled(r"[”“\"»]\s*\((?:1[5-9]|20)\d\d\)\s*[,.]?\s*$")


def quoted_journal(head: str) -> re.Match | None:
    """`QUOTED_JOURNAL` in ``head``, unless a name alone stands before the quotes and a bare year in brackets after
    them: a quoted title's (`J. Smith, “A Title” (2006)`), while a journal follows a title (`Tytuł, „Kwartalnik” (1995)`).

    >>> quoted_journal("J. Smith, “A Title” (2006)") is None, quoted_journal("J. Kowalski, Tytuł, „Kwartalnik” (1995)") is None
    (True, False)
    """
    found = QUOTED_JOURNAL.search(head)
    if found and "," not in head[:found.start()] and _BRACKET_YEAR_END.search(found.group()):
        return None
    return found
