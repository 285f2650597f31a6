"""Actors: the authority file, and where each actor is mentioned in a document.

The authority (`data/authority/actors.csv`) lists each person, party,
organisation, state or institution once; `histkit.variants` makes the
spellings a text uses for it, and one Aho–Corasick automaton over all of
them finds the mentions in a single pass per block: longest match first,
on whole words, on text with line-end hyphens repaired and look-alike
letters folded, with offsets into the original file.

Mentions table (`find_mentions`), one row per mention and candidate actor:

| column | meaning |
| --- | --- |
| doc_id, actor_id | the document and the actor |
| surface | the text as it stands in the file (`doc.text[start:end]`, may hold a line break) |
| zone | body (headings included), note, front or back; running heads are not searched |
| section, note_no, block_id | where: the section heading, the note number (zone note), the block |
| start, end | offsets into the original file |
| ambiguous | the surface is a variant of several actors: one row per candidate, none chosen; a surname alone goes to the actor whose full name came last before it (not ambiguous then) |
| candidates | the `|`-joined actor_ids sharing the surface (empty when no other actor shares it) |
| rule | the variant rule that matched: name, alias, script, diacritics, case, hyphen_case, inverted, possessive, surname, possessive_adjective |
| surname_only | the family name alone (`Kardelj`, `Spaaka`) |
| before_full_name | a surname-only mention before any full-name mention of that actor in the document; still counted, flagged for checking |
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick
import pandas as pd

from ..data import authority_file
from ..errors import AuthorityError
from ..layout import Layout
from ..text import fold_homoglyphs, unwrap
from .variants import normalise, variants

#: Columns every actors authority file must have, in this order in `load_actors`' result.
COLUMNS = ["actor_id", "name", "kind", "aliases", "birth", "death", "wikidata", "note"]

#: Optional columns understood when present (gender: m or f, steers the case endings).
OPTIONAL = ["gender"]

KINDS = ("person", "organisation", "party", "state", "institution")

MENTION_COLUMNS = [
    "doc_id", "actor_id", "surface", "zone", "section", "note_no", "block_id", "start", "end", "ambiguous",
    "candidates", "rule", "surname_only", "before_full_name",
]

#: Zones searched for mentions, and the zone each is reported as.
SEARCHED_ZONES = {"body": "body", "heading": "body", "note": "note", "front": "front", "back": "back"}


# --- the authority file ----------------------------------------------------------------------

def load_actors(path=None) -> pd.DataFrame:
    """The actors authority file as a table, checked line by line.

    >>> load_actors().loc[lambda t: t.actor_id == "tito", "kind"].tolist()   # doctest: +SKIP
    ['person']

    ``path`` defaults to the shipped ``data/authority/actors.csv``. Columns:
    actor_id, name, kind, aliases (``|``-separated), birth, death, wikidata,
    note, and gender when the file has it. Raises `AuthorityError` naming the
    file and line for a missing file or column, an empty id or name, a
    duplicate id, or an unknown kind.
    """
    path = Path(path) if path is not None else authority_file("actors.csv")
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise AuthorityError(f"{path}: no such actors file; give the path of a CSV with columns {', '.join(COLUMNS)}") from None
    except OSError as exc:
        raise AuthorityError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    with handle:
        try:
            reader = csv.reader(handle)
            header = next(reader, None)
            if not header:
                raise AuthorityError(f"{path}, line 1: the file is empty; the first line must name the columns {', '.join(COLUMNS)}")
            header = [h.strip() for h in header]
            missing = [c for c in COLUMNS if c not in header]
            if missing:
                raise AuthorityError(f"{path}, line 1: missing column(s) {', '.join(missing)}; the header must name {', '.join(COLUMNS)}")
            rows, seen = [], {}
            for record in reader:
                line = reader.line_num
                if not any(cell.strip() for cell in record):
                    continue
                if len(record) > len(header):
                    raise AuthorityError(f"{path}, line {line}: {len(record)} fields but the header has {len(header)}; quote fields that hold commas")
                row = {h: (record[i].strip() if i < len(record) else "") for i, h in enumerate(header)}
                _check_row(path, line, row, seen)
                seen[row["actor_id"]] = line
                rows.append(row)
        except UnicodeDecodeError:
            raise AuthorityError(f"{path}: is not UTF-8 text; save it as UTF-8 CSV") from None
        except csv.Error as exc:
            raise AuthorityError(f"{path}, line {reader.line_num}: not valid CSV ({exc})") from None
    columns = COLUMNS + [c for c in header if c not in COLUMNS]
    return pd.DataFrame(rows, columns=columns).astype(str)


def _check_row(path, line: int, row: dict, seen: dict) -> None:
    actor_id = row["actor_id"]
    if not actor_id:
        raise AuthorityError(f"{path}, line {line}: empty actor_id; give every actor a short unique id")
    if actor_id in seen:
        raise AuthorityError(f"{path}, line {line}: duplicate actor_id {actor_id!r} (first on line {seen[actor_id]}); ids must be unique")
    if not row["name"]:
        raise AuthorityError(f"{path}, line {line}: actor {actor_id!r} has an empty name")
    if row["kind"] not in KINDS:
        raise AuthorityError(f"{path}, line {line}: actor {actor_id!r} has unknown kind {row['kind']!r}; use one of {', '.join(KINDS)}")
    if row.get("gender", "") not in ("", "m", "f"):
        raise AuthorityError(f"{path}, line {line}: actor {actor_id!r} has gender {row['gender']!r}; use m, f or leave it empty")


def actors_table(actors) -> pd.DataFrame:
    """The authority as used: actor_id, name, kind, aliases, sorted by actor_id.

    >>> actors_table(load_actors()).columns.tolist()   # doctest: +SKIP
    ['actor_id', 'name', 'kind', 'aliases']
    """
    if isinstance(actors, ActorMatcher):
        actors = actors.actors
    table = actors[["actor_id", "name", "kind", "aliases"]].astype(str)
    return table.sort_values("actor_id", kind="stable").reset_index(drop=True)


# --- the matcher --------------------------------------------------------------------------------

@dataclass
class ActorMatcher:
    """One automaton over every variant of every actor; build it once with `build_matcher`."""

    actors: pd.DataFrame
    automaton: object
    #: For each variant: (surface, ((actor_id, rule, surname_only), ...)) with the actors sorted by id.
    entries: list = field(default_factory=list)
    #: The actor_ids of kind person.
    persons: frozenset = frozenset()

    def scan(self, text: str) -> list[tuple[int, int, int]]:
        """``(start, end, entry)`` of the whole-word matches in ``text``, leftmost-longest, not overlapping.

        ``text`` must already be folded and normalised like the variants
        (`prepare`). A match must not be glued to a letter or digit before it
        nor to a letter after it (a footnote number may follow: `Collard13`).
        """
        found = []
        n = len(text)
        for last, (length, entry) in self.automaton.iter(text):
            start, end = last - length + 1, last + 1
            if start > 0 and text[start - 1].isalnum():
                continue
            if end < n and text[end].isalpha():
                continue
            found.append((start, end, entry))
        found.sort(key=lambda m: (m[0], m[0] - m[1]))
        chosen, reach = [], 0
        for start, end, entry in found:
            if start >= reach:
                chosen.append((start, end, entry))
                reach = end
        return chosen


_CYRILLIC = re.compile("[\u0400-\u04ff]")
_MIXED_WORD = re.compile(r"\w*(?:[A-Za-z\u00c0-\u024f][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z\u00c0-\u024f])\w*")
_MIXED_ENDING = re.compile(r"(?<=[\u0400-\u04ff])-([aeoujAEOUJ]{1,3})\b")
_ENDING_TO_CYR = str.maketrans("aeoujAEOUJ", "аеоујАЕОУЈ")
_YO = str.maketrans("ёЁ", "еЕ")


def prepare(text: str) -> str:
    """Text as the automaton reads it: look-alike letters folded, apostrophes plain (same length).

    >>> prepare("CК SКJ, БСП-a, Spaak’s")
    "CK SKJ, БСП-а, Spaak's"

    A hyphenated case ending typed in the other script (`БСП-a`) is folded too,
    and `ё` is read as `е` (Russian prints it or not: `Хрущёв`, `Хрущев`).
    """
    # Folding only changes words that mix scripts; most text has no Cyrillic at all.
    if _CYRILLIC.search(text):
        text = _MIXED_WORD.sub(lambda m: fold_homoglyphs(m.group(0)), text)
        text = _MIXED_ENDING.sub(lambda m: "-" + m.group(1).translate(_ENDING_TO_CYR), text)
        text = text.translate(_YO)
    return normalise(text)


def _family_alias(name: str, forms: list[tuple[str, bool]]) -> str:
    """The longest alias of several words that ends the name: a double family name (`Mendès France`)."""
    tails = [f for f, is_alias in forms if is_alias and " " in f and name.endswith(" " + f)]
    return max(tails, key=len, default="")


def _forms(row) -> list[tuple[str, bool]]:
    forms = [(row["name"], False)]
    forms += [(a.strip(), True) for a in str(row.get("aliases", "")).split("|") if a.strip()]
    return forms


def build_matcher(actors, possessive_adjectives: bool = True) -> ActorMatcher:
    """Variants of every actor's name and aliases, in one Aho–Corasick automaton.

    >>> m = build_matcher(pd.DataFrame([{"actor_id": "a", "name": "Ivo Andrić", "kind": "person", "aliases": ""}]))
    >>> [m.entries[e][0] for _, _, e in m.scan(prepare("o Ivi Andriću i Andrićem"))]
    ['Ivi Andriću', 'Andrićem']

    ``actors`` is a table from `load_actors` (or a path to one). A person's
    alias of several words that ends the name is the family name
    (`Pierre Mendès France` with alias `Mendès France`: the surname alone is
    `Mendès France`, never `France`).
    ``possessive_adjectives`` adds `Titov`, `Titova`, `Rankovićevo`, ... (on by
    default; such a form also names places and streets, `Titovo Užice`, `Titova
    ulica`, which `find_mentions` leaves out by the word that follows,
    `adjective_without_its_person`). A variant that several actors share
    is kept once with all of them as candidates.
    """
    if not isinstance(actors, pd.DataFrame):
        actors = load_actors(actors)
    by_surface: dict[str, dict[str, tuple[str, bool]]] = {}
    for row in actors.sort_values("actor_id", kind="stable").to_dict("records"):
        actor_id, kind, gender = row["actor_id"], row["kind"], str(row.get("gender", "") or "")
        forms = _forms(row)
        family = _family_alias(row["name"], forms) if kind == "person" else ""
        for form, is_alias in forms:
            if is_alias and family and form == family:
                continue  # made with the name, as its family name
            for v in variants(form, kind, gender, possessive_adjectives, family=family if not is_alias else ""):
                key = prepare(v.surface)
                rule = "alias" if is_alias and v.rule == "name" else v.rule
                owners = by_surface.setdefault(key, {})
                known = owners.get(actor_id)
                # A full-name reading of the same string beats a surname-only one.
                if known is None or (known[1] and not v.surname_only):
                    owners[actor_id] = (rule, v.surname_only)
    automaton = ahocorasick.Automaton()
    entries = []
    for key in sorted(by_surface):
        owners = by_surface[key]
        entries.append((key, tuple((a, *owners[a]) for a in sorted(owners))))
        automaton.add_word(key, (len(key), len(entries) - 1))
    if entries:
        automaton.make_automaton()
    persons = frozenset(actors.loc[actors.kind == "person", "actor_id"])
    return ActorMatcher(actors=actors, automaton=automaton, entries=entries, persons=persons)


# --- mentions -------------------------------------------------------------------------------------

def _searched_runs(layout: Layout) -> list[list]:
    """The searched blocks in file order; blocks of one note that touch each other are read as one run.

    The layout may cut a note at a line (a name split there, `Instituta` /
    `Vandervelde`, would be lost); paragraphs of the body are never joined.
    """
    text = layout.doc.text
    runs: list[list] = []
    for block in sorted(layout.blocks, key=lambda b: (b.start, b.end)):
        if block.zone not in SEARCHED_ZONES or not block.raw.strip():
            continue
        if runs:
            prev = runs[-1][-1]
            if (block.zone == prev.zone == "note" and block.note_no == prev.note_no
                    and not text[prev.end:block.start].strip()):
                runs[-1].append(block)
                continue
        runs.append([block])
    return runs


def find_mentions(layout: Layout, actors) -> pd.DataFrame:
    """Every mention of an authority actor in one document, in text order.

    >>> find_mentions(analyse_layout(doc), load_actors())[["actor_id", "surface", "zone"]].head(2)   # doctest: +SKIP
         actor_id         surface  zone
    0  djilas  Milovan Đilas  body

    ``actors`` is an `ActorMatcher` (build it once for a corpus) or an
    authority table. Each searched block is unwrapped (line-end hyphens
    repaired) and folded, and matches are mapped back so that
    ``doc.text[start:end] == surface``. A name in the publisher's place of
    a book's imprint (`London: Macmillan, 1969`, `is_publisher`) is not a
    mention, nor a person's name followed by one of `EPONYM_NOUNS`
    (`Truman Library`, `Marshall Plan`). Columns: see the module docstring.
    """
    matcher = actors if isinstance(actors, ActorMatcher) else build_matcher(actors)
    doc = layout.doc
    rows = []
    for group in _searched_runs(layout):
        first, last = group[0], group[-1]
        zone = SEARCHED_ZONES[first.zone]
        unwrapped = unwrap(doc.text[first.start:last.end], base=first.start)
        prepared = prepare(unwrapped.text)
        for i, j, entry in matcher.scan(prepared):
            if is_publisher(prepared, i, j) or (_EPONYM.match(prepared, j) and matcher.entries[entry][1][0][0] in matcher.persons):
                continue
            if adjective_without_its_person(prepared, j, matcher.entries[entry][1]):
                continue
            start, end = unwrapped.index[i], unwrapped.index[j - 1] + 1
            block = next((b for b in reversed(group) if b.start <= start), first)
            owners = matcher.entries[entry][1]
            ambiguous = len(owners) > 1
            for actor_id, rule, surname_only in owners:
                rows.append({
                    "doc_id": doc.doc_id, "actor_id": actor_id, "surface": doc.text[start:end], "zone": zone,
                    "section": block.section or "", "note_no": (block.note_no or "") if zone == "note" else "",
                    "block_id": block.block_id, "start": start, "end": end, "ambiguous": ambiguous,
                    "candidates": "|".join(o[0] for o in owners) if ambiguous else "",
                    "rule": rule, "surname_only": surname_only, "before_full_name": False,
                })
    if not rows:
        return pd.DataFrame(columns=MENTION_COLUMNS).astype({"start": int, "end": int, "ambiguous": bool})
    rows.sort(key=lambda r: (r["start"], r["end"], r["actor_id"]))
    rows = _resolve_by_last_full_name(rows)
    first_full: dict[str, int] = {}
    for r in rows:
        if not r["surname_only"]:
            first_full.setdefault(r["actor_id"], r["start"])
    for r in rows:
        if r["surname_only"] and r["start"] < first_full.get(r["actor_id"], len(doc.text) + 1):
            r["before_full_name"] = True
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


#: Nouns after a possessive adjective that make it the name of a street or square (`Titova ulica`).
PLACE_NOUNS = frozenset({"ulica", "ulice", "ulici", "ulicu", "ulicom", "cesta", "ceste", "cesti", "cestu", "trg", "trga",
                         "trgu", "obala", "obali", "naselje", "naselju", "улица", "улице", "улици", "улицу", "трг",
                         "трга", "тргу"})
#: Words that cannot be the noun a possessive adjective goes with (`Kidričevo and`, `Titovo i`).
FUNCTION_WORDS = frozenset({"i", "a", "u", "na", "je", "se", "su", "da", "ili", "ali", "pa", "te", "od", "do", "za",
                            "iz", "s", "sa", "o", "po", "k", "ka", "v", "in", "and", "of", "the", "to", "und", "et",
                            "и", "а", "у", "на", "је", "се", "су", "да", "или", "али", "па", "те", "од", "до", "за",
                            "из", "с", "са", "о", "по", "к"})
_NEXT_WORD = re.compile(r"[ \t]*\n?[ \t]*(\w+)")


def adjective_without_its_person(text: str, end: int, owners) -> bool:
    """Whether a possessive adjective ending at ``end`` is not a mention of its person.

    >>> adjective_without_its_person("u Titovo Užice", 8, [("tito", "possessive_adjective", True)])
    True

    Only for matches every reading of which is a possessive adjective. The
    adjective (`Titova odluka`, `Ђиласовом сећању`) is a mention when the
    word after it is its noun: a lower-case word that is not a street's
    (`PLACE_NOUNS`: `Titova ulica`) nor a function word (`Kidričevo and`, the
    town). A capitalised word after it makes a place name (`Titovo Užice`,
    `Titov Veles`); punctuation or the end of the text leaves it unread.
    """
    if not all(rule == "possessive_adjective" for _, rule, _ in owners):
        return False
    following = _NEXT_WORD.match(text, end) if text[end:end + 1].isspace() else None
    if following is None:
        return True
    word = following.group(1)
    return not word[0].islower() or word.lower() in PLACE_NOUNS or word.lower() in FUNCTION_WORDS


#: Nouns that make a person's name the name of a thing when they follow it (`Truman Library`,
#: `Marshall Plan`, `Adenauer-Stiftung`, `Hallstein-Doktrin`): no mention of the person.
EPONYM_NOUNS = (
    "Library", "Papers", "Archive", "Archives", "Collection", "Foundation", "Institute", "Museum", "Center",
    "Centre", "Memorial", "Plan", "Doctrine", "Prize", "Award", "Fund", "Street", "Square", "Avenue",
    "Boulevard", "Bridge", "Airport", "University", "College", "School", "Line",
    "Stiftung", "Doktrin", "Archiv", "Straße", "Platz", "Preis", "Plan",
)
_EPONYM = re.compile(r"(?:\s+|-)(?:%s)\b" % "|".join(sorted(set(EPONYM_NOUNS), key=len, reverse=True)))

def _resolve_by_last_full_name(rows: list[dict]) -> list[dict]:
    """A surname shared by several actors goes to the one whose full name (or initials) came last before it.

    `John Foster Dulles … Dulles's speeches` is John Foster's, not Allen's. The
    row keeps its candidates; with no full name before it, the mention stays
    ambiguous, one row per candidate.
    """
    out, last_full = [], {}
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and (rows[j]["start"], rows[j]["end"]) == (rows[i]["start"], rows[i]["end"]):
            j += 1
        group = rows[i:j]
        if len(group) > 1 and all(r["surname_only"] for r in group):
            seen = [r for r in group if r["actor_id"] in last_full]
            if seen:
                chosen = max(seen, key=lambda r: last_full[r["actor_id"]])
                chosen["ambiguous"] = False
                group = [chosen]
        for r in group:
            if not r["surname_only"]:
                last_full[r["actor_id"]] = r["start"]
        out += group
        i = j
    return out


_IMPRINT_BEFORE = re.compile(r"[(,;.]\s*[^\W\d_][^\n():;,]{0,40}:\s*$")
_IMPRINT_AFTER = re.compile(r"^[^\n():;,]{0,40}?,\s*(?:1[5-9]|20)\d\d\b")


def is_publisher(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands where a book's imprint names its publisher: `(London: Macmillan, 1969)`.

    >>> is_publisher("Tides (London: Macmillan, 1969)", 15, 24), is_publisher("Macmillan, 1969", 0, 9)
    (True, False)

    The place, a colon, the name, a comma and a year: a firm named after
    its founder (Macmillan, Gallimard, Ullstein) is no mention of a person.
    """
    return bool(_IMPRINT_BEFORE.search(text, max(0, start - 45), start)
                and _IMPRINT_AFTER.match(text[end:end + 50]))


# --- discovery ---------------------------------------------------------------------------------------

_WORD_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_NAME_PARTICLES = frozenset("van von der den de del di da du la le ten ter".split())
_SENTENCE_ENDS = set('.!?:;“”"„–—')
_MAX_WORDS = 4  # longer runs of capitals are titles of works, not names


def _runs(text: str):
    """Runs of capitalised words separated only by spaces (with van/de/... inside), as (start, end, words)."""
    tokens = list(_WORD_TOKEN.finditer(text))
    run: list = []

    def flush():
        while run and not run[-1].group(0)[:1].isupper():
            run.pop()  # a run never ends on a particle
        if run and len(run) <= _MAX_WORDS:
            yield run[0].start(), run[-1].end(), [t.group(0) for t in run]
        run.clear()

    for tok in tokens:
        word = tok.group(0)
        joined = bool(run) and not text[run[-1].end(): tok.start()].strip()
        capital = word[:1].isupper()
        if run and joined and (capital or word in _NAME_PARTICLES):
            run.append(tok)
            continue
        yield from flush()
        if capital:
            run.append(tok)
    yield from flush()


#: Titles and forms of address that stand before a name and are no part of it (`Mr Bevin`, `Drug Tito`).
TITLES = frozenset("""
mr mrs ms miss dr sir lord lady dame president marshal general minister chancellor ambassador comrade
herr frau genosse genossin bundeskanzler außenminister präsident monsieur madame
drug druga drugu drugom drugarica gospodin gospodina predsjednik predsednik maršal
tovariš tovarišica товарищ господин президент маршал друг друга другу другом господин председник
""".split())

#: Articles and article-like words: a single capitalised word after one is a common noun (German) or an
#: office (`the Cabinet`), not a name.
ARTICLES = frozenset("""
the a an der die das den dem des ein eine einer einen einem eines zur zum im am vom beim ins
le la les un une du au aux il lo gli het een el los las
""".split())

#: Endings of adjectives of nationality (`Belgian`, `British`, `Chinese`), never names on their own.
DEMONYM_SUFFIXES = ("ian", "ean", "ish", "ese")

_IMPRINT = re.compile(r"(?<=[(,;.])\s*([^\W\d_][^():;,\n]{0,40}):\s*([^():;,\n]{1,40}?),\s*(?:1[5-9]|20)\d\d\b")
_PLACE_YEAR = re.compile(r"(?<=[,.] )([^\W\d_][\w-]+(?: [^\W\d_][\w-]+)?),? (?:1[5-9]|20)\d\d\b")


def _mask_imprints(text: str) -> str:
    """Places and publishers of book imprints blanked out: `(London: Macmillan, 1969)`, `Hamburg 1976`."""
    spans = [m.span(g) for m in _IMPRINT.finditer(text) for g in (1, 2)]
    spans += [m.span(1) for m in _PLACE_YEAR.finditer(text)]
    if not spans:
        return text
    chars = list(text)
    for i, j in spans:
        chars[i:j] = "#" * (j - i)
    return "".join(chars)


def _is_demonym(word: str, state_names: list[str]) -> bool:
    """`Belgian`, `British`, `Yugoslav`: an adjective of nationality, by its ending or its likeness to a state's name."""
    low = word.lower()
    if low.endswith(DEMONYM_SUFFIXES) and len(low) > 4:
        return True
    for state in state_names:
        n = 0
        while n < min(len(low), len(state)) and low[n] == state[n]:
            n += 1
        if n >= 4 and n >= len(low) - 3 and low != state:
            return True
    return False


def discover(layouts, actors, min_count: int = 1, contexts: int = 3) -> pd.DataFrame:
    """Capitalised names in the texts that the authority does not know yet, to extend it.

    >>> discover([analyse_layout(doc)], load_actors()).head(1)   # doctest: +SKIP
          candidate  count  n_docs  examples
    0  Dragan Bogetić      3       1  …Globus, 1988); [Dragan Bogetić], Koreni jugoslovenskog …

    A candidate is a run of one to four capitalised words (van/de/von may
    stand inside) outside every known mention (possessive adjectives of
    known actors, `Kardeljeva`, count as known). Left out, by general rules:

    - a sentence-initial word that the corpus also writes in lower case,
      dropped from the front of a run (`However`, `Thus Spaak`);
    - a title before a name (`TITLES`: `Mr`, `Sir`, `Drug`, `Präsident`);
    - a single word that never stands anywhere but at the start of a
      sentence or block (`Introduction`, `Уже`), or that follows a
      lower-case article (`ARTICLES`) in most of its occurrences (German
      nouns, `the Cabinet`);
    - a single word that is an adjective of nationality: ending in -ian,
      -ean, -ish, -ese, or sharing its stem with a state of the authority
      (`Yugoslav` beside `Yugoslavia`);
    - a month's name in any language histkit reads dates in;
    - the place and publisher of a book's imprint (`London: Macmillan,
      1969`, `Hamburg 1976`).

    Columns: candidate, count, n_docs, examples (up to ``contexts``
    contexts, `` | ``-joined), sorted by count (descending), then candidate.
    """
    from ..dates import month_names

    matcher = actors if isinstance(actors, ActorMatcher) else build_matcher(actors, possessive_adjectives=True)
    table = matcher.actors
    state_names = []
    for row in table[table.kind == "state"].to_dict("records"):
        for form, _ in _forms(row):
            if " " not in form:
                state_names.append(form.lower())
    months = month_names()
    texts = []
    for layout in layouts:
        for block in layout.blocks:
            if block.zone in SEARCHED_ZONES and block.raw.strip():
                texts.append((layout.doc.doc_id, prepare(unwrap(block.raw).text)))
    lower_words = {w.group(0) for _, text in texts for w in _WORD_TOKEN.finditer(text) if w.group(0).islower()}
    counts: Counter = Counter()
    inside: Counter = Counter()  # occurrences not at the start of a sentence or block
    after_article: Counter = Counter()
    docs: dict[str, set] = defaultdict(set)
    examples: dict[str, list] = defaultdict(list)
    for doc_id, text in texts:
        masked = list(_mask_imprints(text))
        for i, j, _ in matcher.scan(text):
            masked[i:j] = "#" * (j - i)  # known mentions break candidate runs
        masked = "".join(masked)
        for start, end, words in _runs(masked):
            # A footnote number may stand between the full stop and the next sentence (`sphere.3 However`).
            before = text[max(0, start - 12): start].rstrip().rstrip("0123456789∗*").rstrip()
            initial = (start < 12 and not before) or before[-1:] in _SENTENCE_ENDS
            if initial:
                while words and words[0].lower() in lower_words:
                    start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
                    words = words[1:]
            while len(words) > 1 and words[0].lower() in TITLES:
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
                initial = False
            candidate = text[start:end]
            if not words or len(candidate) < 3 or (len(words) == 1 and words[0].lower() in lower_words):
                continue
            if len(words) == 1 and (words[0].lower() in TITLES or words[0].lower() in months
                                    or _is_demonym(words[0], state_names)):
                continue
            counts[candidate] += 1
            inside[candidate] += not initial
            previous = _WORD_TOKEN.findall(text[max(0, start - 12): start])
            after_article[candidate] += bool(previous) and previous[-1] in ARTICLES and text[start - 1:start] == " "
            docs[candidate].add(doc_id)
            if len(examples[candidate]) < contexts:
                examples[candidate].append(f"…{text[max(0, start - 40): start]}[{candidate}]{text[end: end + 40]}…")
    rows = [
        {"candidate": c, "count": n, "n_docs": len(docs[c]), "examples": " | ".join(examples[c])}
        for c, n in counts.items()
        if n >= min_count and (" " in c or (inside[c] and 2 * after_article[c] <= n))
    ]
    rows.sort(key=lambda r: (-r["count"], r["candidate"]))
    return pd.DataFrame(rows, columns=["candidate", "count", "n_docs", "examples"])
