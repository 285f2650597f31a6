"""Namesakes among the mentions: which actor a bare surname that several share goes to, and which surname-only
mentions come before their actor is first named in full (`resolve_by_last_full_name`, `flag_before_full_name`)."""

from __future__ import annotations

from typing import Iterator

from ..patterns import compiled
from .initials import other_persons_given_name, other_persons_initial


def same_span_groups(rows: list[dict]) -> Iterator[list[dict]]:
    """The rows (in text order, one per candidate actor) in runs of one span each: the candidates of one mention.

    >>> [len(g) for g in same_span_groups([{"start": 0, "end": 4}, {"start": 0, "end": 4}, {"start": 9, "end": 12}])]
    [2, 1]
    """
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and (rows[j]["start"], rows[j]["end"]) == (rows[i]["start"], rows[i]["end"]):
            j += 1
        yield rows[i:j]
        i = j


def resolve_by_last_full_name(rows: list[dict]) -> list[dict]:
    """A surname shared by several actors goes to the one the text has named most before it, of those named in full.

    Named means a mention of the actor resolved so far, in full or by the
    surname alone: the protagonist keeps the bare surname, a namesake
    introduced once in full (a wife, a son: `Sylvi Kekkosen`, `Σοφοκλής
    Βενιζέλος`) does not take it over. On a tie, the one whose full name (or
    initials) came last: `John Foster Dulles met A. Dulles. Later Dulles's
    speech` is Allen's. The row keeps its candidates; with no full name
    before it, the mention stays ambiguous, one row per candidate.
    """
    out, last_full, named = [], {}, {}
    for group in same_span_groups(rows):
        if len(group) > 1 and all(r["surname_only"] and not r["several"] for r in group):
            seen = {r["actor_id"]: (named.get(r["actor_id"], 0), last_full[r["actor_id"]])
                    for r in group if r["actor_id"] in last_full}
            best = [r for r in group if seen and seen.get(r["actor_id"]) == max(seen.values())]
            if len(best) == 1:  # (a full name two namesakes share names neither: the tie stays ambiguous)
                best[0]["ambiguous"] = False
                group = best
        for r in group:
            if not r["surname_only"]:
                last_full[r["actor_id"]] = r["start"]
        if len(group) == 1:
            named[group[0]["actor_id"]] = named.get(group[0]["actor_id"], 0) + 1
        out += group
    return out


def flag_before_full_name(rows: list[dict], text_length: int) -> None:
    """Mark the surname-only rows that come before the first full-name mention of their actor."""
    first_full: dict[str, int] = {}
    for r in rows:
        if not r["surname_only"]:
            first_full.setdefault(r["actor_id"], r["start"])
    for r in rows:
        if r["surname_only"] and r["start"] < first_full.get(r["actor_id"], text_length + 1):
            r["before_full_name"] = True


# --- a namesake's work cited again in short ----------------------------------------------------------

#: Where a short citation goes on after the family name: the note the work was cited in, in brackets (`(wie Anm. 1)`,
#: `(n. 4)`), a year (`(2012)`, `2006`), or the first words of a short title after a comma or stop.
_NOTE_BACK = compiled(r"\s*\(\s*[^\d()\n]{1,15}?(\d{1,3})\s*\)")
_YEAR_AFTER = compiled(r"\s*\(?\s*((?:1[5-9]|20)\d\d)(?!\d)")
_TITLE_AFTER = compiled(r"\s*[,.:]\s*((?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*)")
_YEAR = compiled(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
_WORD = compiled(r"[^\W\d_][\w'’-]{3,}")


def cited_namesakes_dropped(rows: list[dict], text: str, notes: list[tuple[int, int, str]], initials: dict) -> list[dict]:
    """The rows without a family name alone that repeats, in a note, the work of a namesake cited in full before.

    A historian who shares an actor's family name is told apart where the notes cite him in full (`Hartmut
    Moltke, Die Heeresfrage …, 2004`, `Коковцов А. В. Финансовая политика …`: `other_persons_given_name`,
    `other_persons_initial`); the notes then cite the same work in short by the family name alone, and that is
    his too: by the note it was cited in (`Moltke (wie Anm. 1)`), its year (`Troelstra (2012)`) or its title's
    words (`Turati, Il riformismo milanese, cit.`). ``notes`` are the (start, end, note_no) of the note blocks;
    ``initials`` is `name_initials`.

    >>> text = "1 Marta Turati, Il riformismo milanese, 2008.\\n2 Turati, Il riformismo, p. 8; Turati (1950), p. 9.\\n"
    >>> rows = [{"actor_id": "t", "zone": "note", "surname_only": True, "start": s, "end": s + 6} for s in (48, 77)]
    >>> own = {"t": frozenset({"F", "T", "Filippo", "Turati"})}
    >>> [r["start"] for r in cited_namesakes_dropped(rows, text, [(0, 46, "1"), (46, 98, "2")], own)]
    [77]
    """
    short = [r for r in rows if r["zone"] == "note" and r["surname_only"]]
    if not short:
        return rows
    cited: dict[tuple[str, str], list[tuple[int, str, set, set]]] = {}  # (actor, surface) → namesake citations
    for r in short:
        key = (r["actor_id"], text[r["start"]:r["end"]])
        if key not in cited:
            cited[key] = list(_namesake_citations(text, notes, key[1], initials.get(r["actor_id"], frozenset())))
    # (a citation's own words are not its repeat: `Otto Thiele, Die Familie Thiele, Hamburg 1978`)
    drop = {id(r) for r in short if _repeats(text, r["end"], [c for c in cited[(r["actor_id"], text[r["start"]:r["end"]])]
                                                              if c[0] <= r["start"]])}
    return [r for r in rows if id(r) not in drop] if drop else rows


def _namesake_citations(text: str, notes: list[tuple[int, int, str]], surface: str, own: frozenset):
    """(end, note_no, years, title words) of each place a note cites another person of the family name: the
    citation ends at a semicolon or the note's end."""
    for start, end, note_no in notes:
        at = text.find(surface, start, end)
        while at != -1:
            stop = at + len(surface)
            whole = (at == 0 or not text[at - 1].isalnum()) and (stop >= len(text) or not text[stop].isalnum())
            if whole and (other_persons_given_name(text, at, stop, own) or other_persons_initial(text, at, own, end=stop)):
                semicolon = text.find(";", stop, end)
                citation = text[stop:semicolon if semicolon != -1 else end]
                year = _YEAR.search(citation)
                words = {w.casefold() for w in _WORD.findall(citation[:year.start() if year else 120])}
                yield stop + len(citation), note_no, set(_YEAR.findall(citation)), words
            at = text.find(surface, stop, end)


def _repeats(text: str, end: int, citations: list[tuple[int, str, set, set]]) -> bool:
    """Whether what follows the family name ending at ``end`` points to one of the namesake's ``citations``."""
    if not citations:
        return False
    back, year, title = _NOTE_BACK.match(text, end), _YEAR_AFTER.match(text, end), _TITLE_AFTER.match(text, end)
    if back and any(back.group(1) == note_no for _, note_no, _, _ in citations):
        return True
    if year and any(year.group(1) in years for _, _, years, _ in citations):
        return True
    first = next((w.casefold() for w in _WORD.findall(title.group(1))), None) if title else None
    return first is not None and any(first in words for _, _, _, words in citations)


# --- a double family name that begins with the actor's ------------------------------------------------

#: A second family name joined by a hyphen (`-Lichtenberg`), no third part after it (`Hitler-Stalin-Pakt`).
_SECOND_FAMILY = compiled(r"-([^\W\d_][\w'’]*)(?![\w'’-])")
#: After a double family name, a citation's or an index's given name and a comma before it (`, Dorothea`).
_GIVEN_AFTER = compiled(r",[ \t\u00a0]*([^\W\d_][\w'’-]*)")


def double_family_name(text: str, start: int, end: int, surname_only: bool, own: frozenset, is_given_name) -> bool:
    """Whether the actor's name ``text[start:end]`` is the first half of another person's double family name.

    A full name of several words followed by a hyphen and a second family name that none of the actor's names has is another
    person's (`Hermann Müller-Lichtenberg` beside Hermann Müller); a family name alone so joined is another's
    where an index or a citation prints a given name after it (`Groener-Geyer, Dorothea`, `Müller-Lichtenberg,
    Hermann`). A family name alone before a hyphen is otherwise a compound's part (`Hitler-Stalin-Pakt`,
    `Dahlmann-Waitz`), and so is a name of one word (`Dwitunggal Soekarno-Hatta`); a second name the actor bears
    keeps it his (`Caroline Schlegel-Schelling`). ``own``:
    `name_initials`; ``is_given_name``: a word → whether `first_names.csv` lists it.

    >>> own = frozenset({"H", "M", "Hermann", "Müller"})
    >>> t = "Hermann Müller-Lichtenberg; Müller-Lichtenberg, Hermann 404; Müller-Franken"
    >>> double_family_name(t, 0, 14, False, own, str.istitle), double_family_name(t, 28, 34, True, own, str.istitle)
    (True, True)
    >>> double_family_name(t, 61, 67, True, own, str.istitle), double_family_name(t, 61, 67, False, own, str.istitle)
    (False, False)
    """
    m = _SECOND_FAMILY.match(text, end)
    if m is None or m.group(1) in own or not m.group(1)[:1].isupper():
        return False
    last = max(text.rfind(c, start, end) for c in " \n\t\u00a0") + 1 or start
    if any(w.endswith("-" + m.group(1)) for w in own if w.startswith(text[last:end])):
        return False  # (`Joliot-Curie` listed whole)
    if not surname_only:
        return last > start
    given = _GIVEN_AFTER.match(text, m.end())
    return given is not None and is_given_name(given.group(1))
