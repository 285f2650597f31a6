"""A repeat whose words no list holds and whose shape is no abbreviation: `Name, پیشین, ص 60`, `Name, bài đã dẫn, tr. 125`,
`Name, Luận án đã dẫn, tr. 160` ("the work cited", "the thesis cited").

`repeatshape` reads a repeat's word by its dots or its few small letters; a
language may say "the work cited" in whole words, capitalised or in a script
without case, which no shape of the phrase tells from a short title. What
tells it is the work it would shorten: the author was cited before with one
work only, and the phrase shares no word with that work's title, so it is no
short title of it. A short phrase of at most three words, then only the cited
pages, after an author cited with one work is that work repeated.
"""

from __future__ import annotations


from .archives import normalise
from .words import LETTER
from ..patterns import compiled

# (a word's vowel signs and viramas are part of it, `पूर्वोक्त`, `อ้างแล้ว`: `\w` alone cut it into letters that any
# title shares)
_WORDS = compiled(rf"{LETTER}+")
_MOST_WORDS = 3
_QUOTED = compiled(r"\s*[«»„“”‘’\"]")
_MOST_LETTERS = 30


def repeats_the_one_work(phrase: str, full_titles: set[str]) -> bool:
    """Whether ``phrase`` (the title a short reference prints) repeats the author's one work cited before, whose
    title is the one of ``full_titles``: a short phrase that shares no word with it.

    >>> repeats_the_one_work("bài đã dẫn", {"Làng xã và việc hộ đê"}), repeats_the_one_work("Làng xã", {"Làng xã và việc hộ đê"})
    (True, False)
    >>> repeats_the_one_work("پیشین", {"بهداشت و دولت در ایران"}), repeats_the_one_work("پیشین", {"بهداشت", "دولت"})
    (True, False)
    >>> repeats_the_one_work("A much longer phrase of many words", {"Other title"}), repeats_the_one_work("Kobiety w…", {"Kasy"})
    (False, False)
    """
    words = _WORDS.findall(normalise(phrase))
    if phrase.rstrip(" .").endswith(("…", "..")):  # (`Kobiety w spółdzielczości…`: a title shortened, marked so)
        return False
    if _QUOTED.match(phrase):  # (`«Schulden und Stiftungen»`: a title in quotes, an article's, never "the work cited")
        return False
    if len(full_titles) != 1 or not words or len(words) > _MOST_WORDS or len(phrase.strip()) > _MOST_LETTERS:
        return False
    title = normalise(next(iter(full_titles)))
    full = set(_WORDS.findall(title))
    # (a script that writes no space between words, Thai, shortens a title to its opening letters: `คลองรังสิต` of
    # `คลองรังสิตกับการขยายตัว…`, one word each, none shared)
    opening = "".join(_WORDS.findall(title)).startswith("".join(words))
    return bool(full) and full.isdisjoint(words) and not opening


def the_one_work(phrase: str, cited: list[tuple[str, dict]]) -> str:
    """The label of the one work the author's earlier references ``cited`` (label, reference) name, where ``phrase``
    repeats it (`repeats_the_one_work`); "" where they name several works or the phrase is no such repeat.

    >>> the_one_work("op. ref.", [("fn1", {"title": "A history"}), ("fn3", {"title": "", "ref_of": "fn1"})])
    'fn1'
    >>> the_one_work("op. ref.", [("fn1", {"title": "A history"}), ("fn2", {"title": "Another"})])
    ''
    """
    works = {full.get("ref_of") or label for label, full in cited}
    titles = {full["title"] for _, full in cited if not full.get("ref_of")}
    return works.pop() if len(works) == 1 and repeats_the_one_work(phrase, titles) else ""
