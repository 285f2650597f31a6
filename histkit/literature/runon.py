"""A reading of the model that runs on past the end of its reference, over a sentence of prose, into the next one.

The model sometimes reads a reference, the note's sentence after it and the reference that sentence leads to as one
title: `RW 49, Thesen zum Wirtschaftsverfassungsrecht, 1977. Eine neuere Diskussion … bei Marco Goldoni,
Introduction to the Material Study …`, `Lemon L. Uhl, Attention …, Baltimore 1890; zur Rolle der Versunkenheit …
Michael Fried, Absorption and Theatricality …`. Such a reading holds a sentence end (`sentence_end`) or a `;`, and
after it prose and a name printed the way reread.py finds a reference's authors after prose (`name_starts`), not
a name the reading itself gives as its authors or editors (`Denunziation. Historische … Aspekte, hg. von Günter
Jerouschek, …`: a title's subtitle and the book's editor), nor one named its editor or translator (`hg. von`), nor
after a `;` before `in` (`…; in: Juristische Zeitschriften …`: the reading's container); or, where no such name is
found, a surname alone that a lead word opening the sentence leads to (`lead_start`: `… Privatautonomie. Vgl Jacobs,
Labour and the Law …`). The stretch from that name to the reading's end is read
again by the model; when it reads a reference opening with its authors right there and naming a title and a year,
the first
reading is cut at the sentence end and read again by the model (its reference, when usable, stays; otherwise the
first reading is dropped), and the second reading takes the rest. When it does not, the reading stays as it was.

A reading still running over two rule rows that each name their author and title (`over_two_works`: a note listing
the literature, `…, S. 49–77. Weiterführend ferner Amelung, …`) replaces neither: the merge keeps the rules' two.
"""

from __future__ import annotations

import re
from itertools import islice

from ..patterns import compiled
from .reread import name_starts
from .table import model_rows
from .tokens import key, sentence_end, token_matches, tokenize, word_kinds
from .usable import usable_reading

_AT_MOST = 3  # characters the new reading may begin after the name (a quote, a bracket)
#: A mark that may end a part, and the first character printed after it: the first of the next token, as every
#: character but a space is in a token.
_MAY_CUT = compiled(r"[;.!?](?=\s*(\S))")


def cuts(raw: str) -> list[int]:
    """Where a reading's ``raw`` text ends a sentence or a part (`;`): the offset of the first character after it.

    >>> raw = "RW 49, Thesen, 1977. Eine Diskussion bei Marco Goldoni, Introduction; Fried, Absorption"
    >>> [raw[k:k + 4] for k in cuts(raw)]
    ['Eine', 'Frie']
    """
    # a cut is a `;` or a sentence's end, which a capital follows (`sentence_end`), with a token after it: a reading
    # with neither (two in three) is not tokenised
    if not any(m.group() == ";" or m.group(1).isupper() for m in _MAY_CUT.finditer(raw)):
        return []
    tokens = tokenize(raw)
    out = []
    for k, token in enumerate(tokens[:-1]):
        if token.text == ";" or token.text in ".!?" and sentence_end(tokens, k):
            out.append(tokens[k + 1].start)
    return out


def split_runons(readings: list[dict], texts: dict, model, confident: float) -> list[dict]:
    """``readings`` (rows of `model_rows`) with each that runs on into another reference (see the module's
    docstring) read again as two. ``texts``: each note's text by (doc_id, note_no as text).

    >>> split_runons([], {}, None, 0.5)
    []
    """
    out = []
    for reading in readings:
        out += _split(reading, texts, model, confident) or [reading]
    return out


def _split(reading: dict, texts: dict, model, confident: float) -> list[dict]:
    """The readings ``reading`` is cut into at its first run-on (`cuts` then `name_starts`), or none."""
    raw = str(reading["raw"])
    own = [str(reading.get(name) or "") for name in ("authors", "editors")]
    text = texts.get((reading["doc_id"], str(reading["note_no"])), "")
    begin = int(reading["start"])
    for cut in cuts(raw):
        starts = [cut + k for k in name_starts(raw[cut:])]
        starts = [k for k in starts if not any(name and raw.startswith(name, k) for name in own)
                  and not _edited_by(raw[cut:k])]
        if not starts and (led := lead_start(raw[cut:])) >= 0 and not any(raw.startswith(n, cut + led) for n in own if n):
            starts = [cut + led]  # (`…, EuZA 2019, 310. Arbeitsrecht schützt … Privatautonomie. Vgl Jacobs, Labour …`)
        if not starts or _kinds(raw[cut:], 1) & {"in"}:  # (`…; in: Juristische Zeitschriften …`: its container)
            continue
        rest = _read(reading, text, begin + starts[0], int(reading["end"]), model, confident)
        if not rest or rest[0]["start"] - (begin + starts[0]) > _AT_MOST or not rest[0]["authors"] \
                or not rest[0]["title"] or not rest[0]["year"] or not str(rest[0]["raw"]).startswith(str(rest[0]["authors"])):
            continue
        first = _read(reading, text, begin, begin + len(raw[:cut].rstrip()), model, confident)
        return [row for row in first if row["start"] - begin <= _AT_MOST][:1] + rest
    return []


def lead_start(part: str) -> int:
    """Where in ``part`` (a reading's text from a sentence end on) the authors begin that a lead word opening it
    leads to (`Vgl Jacobs, Labour and the Law …`, `See Smith and Jones, …`: kind ``lead`` of the word lists), a name
    of one to four words before a comma; -1 for none. A sentence that opens with "compare" and a name starts a
    reference: the law reviews' notes put it after their prose, the surname alone.

    >>> part = "Vgl Jacobs, Labour and the Law in Europe (2011), 1 ff"
    >>> part[lead_start(part):][:6], lead_start("Vgl dazu unten, 4"), lead_start("Arbeitsrecht schützt, vor dem Missbrauch")
    ('Jacobs', -1, -1)
    """
    # (the first three tokens but full stops are all it reads: not the whole part's)
    tokens = list(islice((m for m in token_matches(part) if m.group() != "."), 3))
    if len(tokens) < 3 or "lead" not in word_kinds().get(key(tokens[0].group()), ()):
        return -1
    name = tokens[1]
    comma = part.find(",", name.start())
    words = part[name.start():comma].replace("/", " / ").split() if comma > 0 else []
    if not 1 <= len(words) <= 4 or "lead" in word_kinds().get(key(name.group()), ()):
        return -1
    named = all(word == "/" or word[:1].isupper() and word.replace("-", "").replace("’", "").isalpha() or
                "and" in word_kinds().get(key(word), ()) for word in words)
    return name.start() if named and words[0][:1].isupper() and words[-1][:1].isupper() else -1


def _edited_by(before: str) -> bool:
    """Whether the words printed before a name say it edited or translated the work (`hg. von`, `edited by`,
    `a cura di`): a word of kind ``editor`` among the last three.

    >>> _edited_by("Historische Aspekte, hg. von "), _edited_by("Eine Diskussion bei ")
    (True, False)
    """
    return "editor" in _kinds(before, -3)


def _kinds(text: str, words: int) -> set[str]:
    """The kinds (words.csv) of the first ``words`` words of ``text`` (the last ones, ``words`` negative)."""
    found = (m.group() for m in token_matches(text) if m.group()[:1].isalpha())
    # (the first words read one at a time: the rest of the text is not tokenised)
    found = list(islice(found, words)) if words > 0 else list(found)[words:]
    kinds = word_kinds()
    return {kind for word in found for kind in kinds.get(key(word), ())}


def _read(reading: dict, text: str, start: int, end: int, model, confident: float) -> list[dict]:
    """The usable readings of the model of ``text[start:end]``, their offsets in the note."""
    found = model_rows([reading["doc_id"]], [reading["note_no"]], [text[start:end]], model)
    return [dict(row, start=row["start"] + start, end=row["end"] + start) for row in found
            if usable_reading(row, confident)]


def over_two_works(rules: list[dict], spans: list, models: list) -> set[int]:
    """The model's readings of a note that run over two rule rows or more each naming its author and title
    (`Lars Hövelmann, Der Reichshofrat …, S. 49–77. Weiterführend ferner Amelung, Appellationsprivilegien, in: ZRG GA
    121 (2004)` read as one title): two works the rules told apart, where the model's one reading would replace the
    first and leave the second out. They replace no row and join none, where the first two rows they overlap both
    name their authors and titles.

    >>> rules = [{"authors": "Hövelmann", "title": "Reichshofrat"}, {"authors": "Amelung", "title": "Appellation"}]
    >>> over_two_works(rules, [(0, 40), (42, 90)], [{"start": 0, "end": 90}]), over_two_works(rules, [(0, 40), (42, 90)],
    ...                                                                                         [{"start": 0, "end": 40}])
    ({0}, set())
    """
    named = [bool(str(rule.get("authors") or "").strip() and str(rule.get("title") or "").strip()) for rule in rules]
    over = set()
    for k, m in enumerate(models):
        within = [whole for span, whole in zip(spans, named) if span and m["start"] < span[1] and span[0] < m["end"]]
        if len(within) >= 2 and all(within[:2]):  # (a first row naming no author is the model's to read: `and, for a
            over.add(k)                            # different view, Renate Hollstein, …` run on into the next work)
    return over


def year_printed(rule: dict, readings: list, span: tuple[int, int] | None) -> dict:
    """The rules' row, with the year of a reading over two works (`over_two_works`) that overlaps it where it names
    none and prints that year itself (`Я. Купала, Збор твораў у 9 т., т. 9, кн. 1, Мінск 2003, с. 418` read with the next
    work): the reading's year may be the second work's, which the row does not print.

    >>> rule = {"year": "", "raw": "Купала, Збор, Мінск 2003, с. 418"}
    >>> year_printed(rule, [{"start": 0, "end": 90, "year": "2003"}], (0, 40))["year"]
    '2003'
    >>> year_printed(rule, [{"start": 0, "end": 90, "year": "2010"}], (0, 40))["year"]
    ''
    """
    if str(rule.get("year") or "").strip() or span is None:
        return rule
    for m in readings:
        year = str(m.get("year") or "").strip()
        if m["start"] < span[1] and span[0] < m["end"] and year and re.search(
                rf"(?<!\d){re.escape(year)}(?!\d)", str(rule.get("raw") or "")):
            return dict(rule, year=year)
    return rule
