"""An article of a paper, a magazine or a blog cited by its author, its title, the outlet and the day it appeared.

`Somek, Grundrecht kraft Mitlaufens mit dem Zeitgeist, Die Presse, 15.04.2024`; `Schmid, Victim Status before the
ECtHR, EJIL:Talk!, 30.04.2022, https://…`; `John Smith, The crisis in the Balkans, The Times, 12 May 1936, p. 5`. The
title is not quoted (`press.py` reads a quoted one), so the shape alone says what is what: a person's name first, a
title of several words, the outlet in a few words, then one day's date, and after it at most a link and pages.
"""

from __future__ import annotations

from .legal import without_lead_in
from .names import is_name
from .notetext import split_commas
from .parentheticals import without_parentheticals
from .press import whole_day
from .words import alternation
from ..patterns import compiled

# what may follow the day: a link (`https://…`, `abrufbar unter: https://…`), the page (`p. 5`, `S. 3`, `5`)
_LINK = compiled(r"^(?:[^\W\d_]+(?:\s+[^\W\d_]+)?:?\s*)?(?:https?://|www\.)\S+$")
# (the Bluebook's `at` and a section's letter before the page: `N.Y. TIMES, June 12, 1981, at A1`)
# (a section's letter joined by a hyphen, `at B-6`, `at D-1 to D-4`)
_PAGE = compiled(r"^(?:[^\W\d_]{1,3}\.\s*|at\s+)?[A-Z]?-?\d{1,3}(?:\s*(?:[–-]|to)\s*[A-Z]?-?\d{1,3})?$")
_NOT_YEAR = r"(?!(?:1[5-9]|20)\d\d(?!\d))"
_PINS = compiled(rf",\s*((?:at\s+)?{_NOT_YEAR}[A-Z]?-?\d{{1,4}}(?:\s*[–-]\s*\d{{1,4}})?,\s*{_NOT_YEAR}\d{{1,4}}(?:\s*[–-]\s*\d{{1,4}})?)$")
_YEAR = compiled(r"(?<!\d)(?:1\d|20)\d\d(?!\d)")
_NUMBER = compiled(r"\d")
_GLOSS = compiled(r"\s*\[[^\[\]\d]{3,80}\](?=\s*,|\s+[^\W\d_])")
# an outlet: one to five words, none a number (`Die Presse`, `EJIL:Talk!`, `The New York Times`, `Verfassungsblog`)
_OUTLET = compiled(r"^[\"„“«]?[^\W\d_][^\s,\d]*(?:\s+[^\s,\d]+){0,4}$")


def dated_article(piece: str) -> tuple[str, str, str, str, str] | None:
    """(authors, title, outlet, ISO day, page) of an article cited by author, title, outlet and day, else None.

    >>> dated_article("Somek, Grundrecht kraft Mitlaufens mit dem Zeitgeist, Die Presse, 15.04.2024")
    ('Somek', 'Grundrecht kraft Mitlaufens mit dem Zeitgeist', 'Die Presse', '2024-04-15', '')
    >>> dated_article("Humphreys, A Swiss human rights budget?, EJIL:Talk!, 12.04.2024, https://www.ejiltalk.org/a/ .")[2:]
    ('EJIL:Talk!', '2024-04-12', '')
    >>> dated_article("John Smith, The crisis in the Balkans, The Times, May 12, 1936, p. 5")[2:]
    ('The Times', '1936-05-12', 'p. 5')
    >>> dated_article("Robert Pear, Health Chief Gives Plans, N.Y. TIMES, June 12, 1981, at A1")[2:]
    ('N.Y. TIMES', '1981-06-12', 'at A1')
    >>> dated_article("Sanders, We doctors are in a bind, Med. Econ., Dec. 11, 1978, at 165, 168 (noting a rise).")[2:]
    ('Med. Econ.', '1978-12-11', 'at 165, 168')
    >>> dated_article("K. Piątek, Poprawa bezpieczeństwa turystów, Dziennik Gazeta Prawna vom 25.07.2013, S. A11")[2:]
    ('Dziennik Gazeta Prawna', '2013-07-25', 'S. A11')
    >>> dated_article("z.B. K. Piątek, Poprawa bezpieczeństwa [Verbesserung der Sicherheit], Gazeta Prawna [Juristische "
    ...               "Zeitung] vom 25.07.2013, S. A11")
    ('K. Piątek', 'Poprawa bezpieczeństwa', 'Gazeta Prawna', '2013-07-25', 'S. A11')
    >>> dated_article("Kardelj, Belgrade, 3 June 1955"), dated_article("TNA, FO 371/107832, Minute, 12 March 1953")
    (None, None)
    """
    text = without_parentheticals(piece).strip().rstrip(" .")  # (`…, at 81 (relating …)`: the Bluebook's explanation)
    # (a lead-in, `z.B.`, is no author's; a title's or an outlet's gloss in square brackets, `[Juristische Zeitung]`,
    # no part of either)
    text = _GLOSS.sub("", without_lead_in(text))
    pins = _PINS.search(text)  # (`…, Dec. 11, 1978, at 165, 168`: the first page and the one cited)
    parts, page = split_commas(text[:pins.start()] if pins else text), pins.group(1) if pins else ""
    parts = [piece for part in parts for piece in _outlet_of_day(part)]  # `Gazeta Prawna vom 25.07.2013`
    while len(parts) > 4 and (_LINK.match(parts[-1]) or not page and _PAGE.match(parts[-1])):
        page = page or (parts[-1] if _PAGE.match(parts[-1]) else "")  # (as written, its mark too: `p. 5`)
        parts.pop()
    # (a cased script's name: in one without capitals a name is read by its shape, and an interview's words pass for one)
    # (an unsigned piece in the Bluebook's manner, its page after `at`: `Health Chief Gives Plans, N.Y. TIMES, June 12,
    # 1981, at B-6`; no author then, the title first)
    if len(parts) >= 3 and page.startswith("at ") and not is_name(parts[0]):
        parts = ["", *parts]
    if len(parts) < 4 or parts[0] and (not parts[0][:1].isupper() or not is_name(parts[0])):
        return None
    # (the outlet and the title are looked at before the day is read, the dear part: of the 1,318 pieces of the corpus's
    # PDFs that come so far, 1,186 have neither where the day would leave them)
    two = len(parts) >= 5 and _outlet_and_title(parts, -3) is not None  # `The Times, May 12, 1936`: a comma in the date
    one = _outlet_and_title(parts, -2)
    if one is None and not two:
        return None
    day, outlet_at = _day(parts[-1]), -2
    if day is None and two:
        day, outlet_at = _day(f"{parts[-2]}, {parts[-1]}"), -3
    if day is None or outlet_at == -2 and one is None:
        return None
    outlet, title = _outlet_and_title(parts, outlet_at)
    return parts[0], title.strip("\"„“”«»‘’ "), outlet.strip("\"„“”«» "), day, page


# the outlet and its day joined by a word for "of" (``reference_words.csv``, kind ``day_of``): `Die Zeit vom 3.5.1990`
_OF_DAY = compiled(rf"^(?P<outlet>[^\W\d_].*?)\s+(?:{alternation('reference_words.csv', 'day_of')})\s+(?P<day>\d.*)$")


def _outlet_of_day(part: str) -> list[str]:
    """``part`` as the outlet and the day when a word for "of" joins them (a day the whole rest), else ``[part]``."""
    found = _OF_DAY.match(part) if part[-1:].isdigit() else None
    return [found.group("outlet"), found.group("day")] if found and _day(found.group("day")) else [part]


def _outlet_and_title(parts: list[str], outlet_at: int) -> tuple[str, str] | None:
    """The outlet at ``outlet_at`` of a piece's parts and the title between the author and it, if they can be."""
    outlet, title = parts[outlet_at].strip(), ", ".join(parts[1:outlet_at])
    # (an outlet's name opens with a capital: not a document's kind, `lettre personnelle`)
    # (no number in the title but a year: `TNA, FO 371/107832, Minute, 12 March 1953` is a file, its number no title's)
    if not _OUTLET.match(outlet) or not outlet.lstrip("\"„“«")[:1].isupper() or len(outlet) > 40 \
            or len(title.split()) < 2 or _NUMBER.search(_YEAR.sub("", title)):
        return None
    return outlet, title


def _day(part: str) -> str | None:
    """The ISO day that ``part`` is, all of it, else None."""
    day = whole_day(part)
    return day.date_start if day else None


def read_dated_article(text: str, ref: dict) -> bool:
    """Fill ``ref`` from `dated_article` when ``text`` is one; whether it was.

    >>> ref = {}
    >>> read_dated_article("John Smith, The crisis in the Balkans, The Times, 12 May 1936, p. 5", ref), ref["container"]
    (True, 'The Times')
    """
    found = dated_article(text)
    if found is not None:
        authors, title, outlet, day, page = found
        ref.update(authors=authors, title=title, container=outlet, year=day[:4], pages=page)
    return found is not None
