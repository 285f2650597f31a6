"""Mentions of authority actors in a document: one automaton over every name variant.

`build_matcher` puts every spelling `histkit.actors.variants` makes for every
actor into one Aho–Corasick automaton; `find_mentions` reads each searched block
once with it (longest match first, whole words, line-end hyphens repaired,
look-alike letters folded) and reports offsets into the original file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property

import ahocorasick
import pandas as pd

from ..layout import Layout
from ..cache import cache_folder, cache_key, remembered
from ..collector import old_objects_frozen
from ..text import unwrap
from .authority import load_actors, maiden_full_names, name_forms, titled_full_names
from .bodies import body_names
from .languages import applies, document_languages
from .initials import (first_initial_owners, given_name_listed, name_initials, other_persons_given_name,
                       other_persons_initial, title_letters)
from .generations import birth_years, pick_by_generation
from .kinds import word_list
from .regnal import another_rulers_number, regnal_numbers
from .sidebyside import joined_side_by_side
from .namesakes import (cited_namesakes_dropped, double_family_name, flag_before_full_name,
                        resolve_by_last_full_name)
from .givennames import (FAMILY_GIVEN_NAME, TITLED_GIVEN_NAME, family_given_names, name_words,
                         named_in_full_first, titled_given_names)
from .families import family_plurals
from .lookalikes import capitals_run_word, common_word_not_name, elided_preposition
from .married import borne_by_title, married_short_forms
from .epithets import epithet_forms
from .adjectives import adjective_without_its_person
from .seats import seat_aliases, seat_as_place
from .offices import office_holders, office_of_another
from .defined import defined_acronyms
from .members import member_noun
from .plurals import named_together
from .pairs import shared_family_names
from .pseudonyms import another_bearer
from .titlegenders import actor_genders, pick_by_title, pick_the_man
from .reading import INDIC_SIGN, prepare, unspaced
from .runs import SEARCHED_ZONES, run_text, searched_runs
from .typeset import as_written
from .eponyms import is_publisher, names_a_place
from .variant_json import table_from_json, table_to_json
from .variants import CUSTOM_RULES, variants
from .variants.feminine import feminine_forms
from .variants.paradigms import FIRST_NAME, given_name_languages
from .variants.names import names_by_last_syllable

MENTION_COLUMNS = [
    "doc_id", "actor_id", "surface", "zone", "section", "note_no", "block_id", "start", "end", "ambiguous",
    "candidates", "rule", "surname_only", "before_full_name",
]

#: Zones searched for mentions, and the zone each is reported as.


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
    #: For each variant, the languages of each of its actors' readings (as `entries`): ``""`` any text, else the
    #: space-separated languages whose paradigm rows alone make it (`document_languages` says which apply).
    languages: list = field(default_factory=list)

    def scan(self, text: str, keep=None) -> list[tuple[int, int, int]]:
        """``(start, end, entry)`` of the whole-word matches in ``text``, leftmost-longest, not overlapping.

        >>> m = build_matcher(pd.DataFrame([{"actor_id": "t", "name": "Tito", "kind": "person", "aliases": ""}]))
        >>> [(i, j, m.entries[e][0]) for i, j, e in m.scan(prepare("Tito i Titom, Titoizam"))]
        [(0, 4, 'Tito'), (7, 12, 'Titom')]

        ``text`` must already be folded and normalised like the variants
        (`prepare`). A match must not be glued to a letter or digit before it
        nor to a letter after it (a footnote number may follow: `Collard13`).
        ``keep``, a test of an entry's index, leaves out the variants it fails before the longest are chosen.
        """
        if not self.entries:  # an authority with no actor: pyahocorasick refuses to iterate an empty trie
            return []
        found = []
        n = len(text)
        for last, (length, entry) in self.automaton.iter(text):
            start, end = last - length + 1, last + 1
            # a script written without spaces (Japanese, Chinese, Thai) has no word ends to wait for: `吉田は`, `GHQ民政局`
            if start > 0 and text[start - 1].isalnum() and not unspaced(text, start - 1):
                continue
            # a zero-width non-joiner between letters keeps one word (Persian `توده‌های`, the masses, is not `توده`)
            if end < n and (text[end].isalpha() or (text[end] == "\u200c" and text[end + 1:end + 2].isalpha())
                            or INDIC_SIGN.match(text, end)) and not unspaced(text, end - 1):
                continue
            if keep is not None and not keep(entry):
                continue
            found.append((start, end, entry))
        found.sort(key=lambda m: (m[0], m[0] - m[1]))
        chosen, reach = [], 0
        for start, end, entry in found:
            if start >= reach:
                chosen.append((start, end, entry))
                reach = end
        return chosen

    @cached_property
    def genders(self) -> dict[str, str]:
        """`actor_genders` of the authority, read once per matcher as its automaton is (each document asked it anew)."""
        return actor_genders(self.actors)

    @cached_property
    def own_words(self) -> dict[str, set[str]]:
        """`name_words` of the authority, once per matcher (read only)."""
        return name_words(self.actors)


def _family_alias(name: str, forms: list[tuple[str, bool]]) -> str:
    """The longest alias of several words that ends the name: a double family name (`Mendès France`).

    An alias that is the name without a title before it (`Samuel Hoare` of `Sir Samuel Hoare`, `titles.csv`) is
    the person's name, not his family name: `Hoare` alone stays his.

    >>> _family_alias("Pierre Mendès France", [("Mendès France", True)]), _family_alias("Sir Samuel Hoare", [("Samuel Hoare", True)])
    ('Mendès France', '')
    """
    tails = [f for f, is_alias in forms if is_alias and " " in f and name.endswith(" " + f)
             and not all(w.casefold().rstrip(".") in word_list("titles.csv") for w in name[:-len(f)].split())]
    return max(tails, key=len, default="")


@old_objects_frozen  # (some 50,000 variants, each a few tuples: the collector walks only those)
def build_matcher(actors, possessive_adjectives: bool = True, cache: bool | str | os.PathLike = True) -> ActorMatcher:
    """Variants of every actor's name and aliases, in one Aho–Corasick automaton.

    >>> m = build_matcher(pd.DataFrame([{"actor_id": "a", "name": "Ivo Andrić", "kind": "person", "aliases": ""}]))
    >>> [m.entries[e][0] for _, _, e in m.scan(prepare("o Ivi Andriću i Andrićem"))]
    ['Ivi Andriću', 'Andrićem']

    ``actors`` is a table from `load_actors` (or a path to one). The variants
    (`variant_table`) are kept in the user's cache folder (`cache_folder`:
    ``$HISTKIT_CACHE``, ``$XDG_CACHE_HOME/histkit`` or ``~/.cache/histkit``),
    named by a hash of the authority's rows and of histkit's code, so a rerun
    with the same authority reads them back instead of making them again;
    ``cache=False`` (or ``HISTKIT_NO_CACHE=1``) makes them every time, a
    folder puts the cache there. ``possessive_adjectives`` is explained at
    `variant_table`.
    """
    if not isinstance(actors, pd.DataFrame):
        actors = load_actors(actors)
    key = cache_key("actor-matcher", [_authority_rows(actors), possessive_adjectives])
    table = remembered("actor-matcher", key, lambda: variant_table(actors, possessive_adjectives),
                       cache_folder(cache), encode=table_to_json, decode=table_from_json)
    entries = [(surface, tuple(owner[:3] for owner in owners)) for surface, owners in table]
    languages = [tuple(owner[3] for owner in owners) for _, owners in table]
    automaton = ahocorasick.Automaton()
    for k, (surface, _) in enumerate(entries):
        automaton.add_word(surface, (len(surface), k))
    if entries:
        automaton.make_automaton()
    persons = frozenset(actors.loc[actors.kind == "person", "actor_id"])
    return ActorMatcher(actors=actors, automaton=automaton, entries=entries, persons=persons, languages=languages)


def _authority_rows(actors: pd.DataFrame) -> list[tuple]:
    """What the variants of each actor are made from: (actor_id, kind, gender, name, name_forms), by actor_id."""
    # (an international body is looked for under its names in other languages too, `body_names`)
    return [(row["actor_id"], row["kind"], str(row.get("gender", "") or ""), row["name"],
             name_forms(row) + (titled_full_names(row["name"], name_forms(row))
                                + maiden_full_names(row["name"], name_forms(row)) if row["kind"] == "person"
                                else body_names(row["kind"], name_forms(row))))
            for row in actors.sort_values("actor_id", kind="stable").to_dict("records")]


#: The rules of a variant that is the given name alone.
_GIVEN_RULES = ("given_name", FIRST_NAME, FAMILY_GIVEN_NAME, TITLED_GIVEN_NAME)
#: The rules of a variant that is a name or alias exactly as the authority lists it.
_LISTED_RULES = ("name", "alias")


def variant_table(actors: pd.DataFrame, possessive_adjectives: bool = True) -> list:
    """Each variant (folded by `prepare`) with the actors it names: ``(surface, ((actor_id, rule, surname_only,
    languages), ...))``.

    >>> table = variant_table(pd.DataFrame([{"actor_id": "t", "name": "Tito", "kind": "person", "aliases": ""}]))
    >>> [e for e in table if e[0] in ("Tito", "Titom", "Titov")]
    [('Tito', (('t', 'name', False, ''),)), ('Titom', (('t', 'case', False, ''),)), ('Titov', (('t', 'possessive_adjective', True, ''),))]

    Sorted by surface; the actors of a surface by actor_id. A person's alias
    of several words that ends the name is the family name (`Pierre Mendès
    France` with alias `Mendès France`: the surname alone is `Mendès
    France`, never `France`). ``possessive_adjectives`` adds `Titov`,
    `Titova`, `Rankovićevo`, ... (such a form also names places and streets,
    `Titovo Užice`, `Titova ulica`, which `find_mentions` leaves out by the
    word that follows, `adjective_without_its_person`). A variant that
    several actors share is kept once with all of them as candidates. The
    languages of a reading are those of the paradigm rows that alone make
    it (`Variant.languages`), ``""`` when another rule makes it too.
    """
    by_surface: dict[str, dict[str, tuple[str, bool, str]]] = {}
    rows = _authority_rows(actors)
    # The paradigm forms (`name_paradigms.csv`) come second: a string the other rules make, from any of the
    # actor's names and aliases, keeps the rule they give it (`Socijalističke partije Belgije` stays an alias).
    titled = borne_by_title(rows)  # (`Mrs Lewes` beside George Henry Lewes: `Lewes` alone is his)
    for paradigms in (False, True):
        for actor_id, kind, gender, name, forms in rows:
            family = _family_alias(name, forms) if kind == "person" else ""
            for form, is_alias in forms:
                if is_alias and family and form == family:
                    continue  # made with the name, as its family name
                short = kind != "person" or names_by_last_syllable(form, is_alias)
                # (an office listed for a person, `président du Conseil`, is no name: `du Conseil` no family name)
                shape = "office" if kind == "person" and is_alias and form.split()[0].islower() \
                    and not set(form.split()) & set(name.split()) else kind  # (`мать Серафима` is her name)
                for v in variants(form, shape, gender, possessive_adjectives, family=family if not is_alias else "",
                                  paradigms=paradigms):
                    if v.surname_only and (not short and v.rule != FIRST_NAME or (actor_id, form) in titled):
                        continue  # (`Bảo Đại` is never `Đại`; `ገርማሜ ንዋይ` is `ገርማሜ`, never `ንዋይ`)
                    key = prepare(v.surface)
                    rule = "alias" if is_alias and v.rule == "name" else v.rule
                    owners = by_surface.setdefault(key, {})
                    known = owners.get(actor_id)
                    # A full-name reading of the same string beats a surname-only one.
                    if known is None or (known[1] and not v.surname_only and not paradigms):
                        owners[actor_id] = (rule, v.surname_only, v.languages)
                    elif known[2] and known[2] != v.languages:  # made in several languages, or by any
                        langs = set(known[2].split()) | set(v.languages.split()) if v.languages else set()
                        owners[actor_id] = (known[0], known[1], " ".join(sorted(langs)))
    for (actor_id, form), langs in family_given_names(rows).items():  # a form no one else has (`Антон`, `Mário`)
        owners = by_surface.setdefault(prepare(form), {})
        # (another's given name of a custom of some languages only, `Friedrich` of `Friedrich von Hardenberg`, stays
        # his there and leaves the brother's in any text)
        if all(o == actor_id or (r == "given_name" and lg) for o, (r, _, lg) in owners.items()) \
                and owners.get(actor_id, ("given_name",))[0] == "given_name":
            owners[actor_id] = (FAMILY_GIVEN_NAME, True, langs)  # (over the Icelandic custom: in any language)
    for (actor_id, form), surname_only in feminine_forms(rows).items():  # `Nowakowa`, `H. Nowakowa`: in any text
        owners = by_surface.setdefault(prepare(form), {})
        if owners.get(actor_id, ("", False, "x"))[2]:  # (none yet, or a case form of some languages only)
            owners[actor_id] = ("feminine", surname_only, "")
    persons = {actor_id for actor_id, kind, *_ in rows if kind == "person"}
    for rule, made in (("family_plural", family_plurals(rows)), ("wife", married_short_forms(rows)),
                       ("epithet", epithet_forms(rows))):  # `den Alten`, `Friedrichs des Großen`
        for (actor_id, form), langs in made.items():  # `Zawadzkich`, `Szalayék` the family's; `Szalayné` the wife's
            _claim(by_surface.setdefault(prepare(form), {}), actor_id, rule, langs, persons)
    for (actor_id, form), langs in titled_given_names(rows).items():  # a form no one has (`профессор Николай`)
        owners = by_surface.setdefault(prepare(form), {})
        if not owners.keys() - {actor_id} and owners.get(actor_id, ("given_name",))[0] == "given_name":
            owners[actor_id] = (TITLED_GIVEN_NAME, True, langs)
    for owners in by_surface.values():
        # a string that is one actor's name or alias as listed is not another's form made by a rule (`Lluís
        # Companys` is the father, not the son `Lluís Companys i Micó` shortened); namesakes as listed stay both
        listed = {a for a, (rule, surname_only, _) in owners.items() if rule in _LISTED_RULES and not surname_only}
        for actor_id in (owners.keys() - listed if listed else ()):
            del owners[actor_id]
    return [(key, tuple((a, *by_surface[key][a]) for a in sorted(by_surface[key]))) for key in sorted(by_surface)]


def _claim(owners: dict, actor_id: str, rule: str, langs: str, persons: set) -> None:
    """Make a family's plural or a wife's short name ``actor_id``'s, and no other person's form made by a rule.

    Where the file lists the family, its plural is the family's, not a member's form of the same letters
    (Hungarian `Szalayék`, Szalay and his people; Polish `Zawadzkim`, to the Zawadzkis, not with Zawadzki); a
    wife's `Szalayné` is never her husband's.
    """
    known = owners.get(actor_id)
    if known is None or known[2]:  # (none yet, or a case form of other languages only: Latin `Rosenbachiis`)
        other = known[2].split() if known else []
        owners[actor_id] = (rule, rule == "wife", " ".join(sorted(set(langs.split()) | set(other))))
    for person in [a for a, (r, _, _) in owners.items() if a != actor_id and a in persons and r not in _LISTED_RULES]:
        del owners[person]


# --- mentions -------------------------------------------------------------------------------------

def find_mentions(layout: Layout, actors) -> pd.DataFrame:
    """Every mention of an authority actor in one document, in text order.

    >>> from histkit.layout import analyse_layout
    >>> from histkit.read import Document
    >>> doc = Document.from_text("Kardelj met Spaak in Brussels. Spaak’s reply came later.\\n", doc_id="d")
    >>> find_mentions(analyse_layout(doc), load_actors())[["actor_id", "surface", "start", "rule"]].values.tolist()
    [['kardelj', 'Kardelj', 0, 'surname'], ['spaak', 'Spaak', 12, 'surname'], ['spaak', 'Spaak’s', 31, 'surname']]

    ``actors`` is an `ActorMatcher` (build it once for a corpus) or an
    authority table. Each searched block is unwrapped (line-end hyphens
    repaired) and folded, and matches are mapped back so that
    ``doc.text[start:end] == surface``. A person's name in the publisher's place
    of a book's imprint (`London: Macmillan, 1969`, `is_publisher`) is not a
    mention (an organisation's is: it published the book), nor a person's name in the name of a place or thing
    (`names_a_place`: `Truman Library`, `Marshall Plan`, `вулиця Петлюри`), nor a possessive adjective that
    names a place (`adjective_without_its_person`). One row per mention and
    candidate actor (`MENTION_COLUMNS`):

    - doc_id, actor_id; surface: ``doc.text[start:end]`` (may hold a line break);
    - zone: body (headings included), note, front or back (running heads are not searched);
    - section, note_no (zone note), block_id; start, end: offsets into the original file;
    - ambiguous, candidates: the surface is a variant of several actors, one row per
      candidate (``|``-joined in candidates); a surname alone goes to the actor whose
      full name came last before it and is not ambiguous then;
    - rule: the variant rule that matched (name, alias, script, diacritics, case,
      hyphen_case, inverted, possessive, surname, possessive_adjective, ...);
    - surname_only: the family name alone (`Kardelj`);
    - before_full_name: a surname-only mention before any full-name mention of
      that actor in the document (still counted, flagged for checking).
    """
    matcher = actors if isinstance(actors, ActorMatcher) else build_matcher(actors)
    doc = layout.doc
    languages = document_languages(doc.text)
    readings = readings_of(matcher, languages)
    rows, initials = [], (name_initials(matcher.actors), title_letters(languages), regnal_numbers(matcher.actors))
    seats = (seat_aliases(matcher.actors), office_holders(matcher.actors))
    for group in searched_runs(layout):
        rows += _run_mentions(doc, group, matcher, readings, languages, initials, seats)
    rows += defined_acronyms(rows, doc.text, layout.blocks, matcher.persons, SEARCHED_ZONES)  # (`the CC` after `(CC)`)
    if not rows:
        return pd.DataFrame(columns=MENTION_COLUMNS).astype({"start": int, "end": int, "ambiguous": bool})
    rows.sort(key=lambda r: (r["start"], r["end"], r["actor_id"]))
    rows = shared_family_names(rows, doc.text, matcher.scan, readings, matcher.persons)  # (`J. and A. Chamberlain`)
    custom = languages is not None and any(lang in languages for lang in given_name_languages())
    rows = pick_the_man(pick_by_title(rows, doc.text, matcher.genders), matcher.genders)  # (a wife named in full)
    rows = pick_by_generation(rows, doc.text, birth_years(matcher.actors))
    rows = named_in_full_first(resolve_by_last_full_name(rows), doc.text, matcher.own_words, custom)
    rows = joined_side_by_side(rows, doc.text, matcher.persons)
    rows = cited_namesakes_dropped(rows, doc.text, [(b.start, b.end, b.note_no) for b in layout.blocks if b.zone == "note"], initials[0])
    flag_before_full_name(rows, len(doc.text))
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def readings_of(matcher: ActorMatcher, languages: frozenset | None):
    """entry → its actors' readings that apply in a document of ``languages`` (`applies`; ``None``: not told), each
    entry read once."""
    known: dict[int, tuple] = {}

    def readings(entry: int) -> tuple:
        if entry not in known:
            owners, langs = matcher.entries[entry][1], matcher.languages[entry] if matcher.languages else ()
            known[entry] = tuple(o for k, o in enumerate(owners)
                                 if k >= len(langs) or applies(langs[k], languages, o[1] in CUSTOM_RULES))
        return known[entry]
    return readings


def _run_mentions(doc, group: list, matcher: ActorMatcher, readings, languages=None, initials=None,
                  seats=None) -> list[dict]:
    """The mention rows of one run of blocks, one per match and candidate actor (``seats``: `seat_aliases`, `office_holders`)."""
    first = group[0]
    zone = SEARCHED_ZONES[first.zone]
    unwrapped = unwrap(run_text(doc.text, group), base=first.start)
    prepared, firsts, lasts = as_written(prepare(unwrapped.text))
    rows = []
    for i, j, entry in matcher.scan(prepared, keep=readings):
        owners, cited = readings(entry), j if zone in ("note", "back") else None  # (a citation's inverted order)
        # (an organisation of the authority in a book's imprint published it: its organ in a citation)
        if owners[0][0] in matcher.persons and (is_publisher(prepared, i, j) or names_a_place(prepared, i, j)):
            continue
        if adjective_without_its_person(prepared, j, owners) or common_word_not_name(prepared, i, j, owners, languages) \
                or capitals_run_word(prepared, i, j) or elided_preposition(prepared, i, j):
            # (`REST NOT RECOVERED`: a word of a text in capitals; `la bottega d'Alessio Ferri`: of Alessio Ferri)
            continue
        # (`the minister in London`, `the Kremlin walls`; `The Russian Foreign Minister`, `der neue Reichskanzler`)
        if seats and (seat_as_place(prepared, i, j, owners, seats[0], languages) or office_of_another(prepared, i, j, owners, seats[1])):
            continue
        if member_noun(prepared, j, not any(o[0] in matcher.persons for o in owners)):  # (`NSB'ers`: its members)
            continue
        # (another person's initial before a family name, another ruler's number after a name: `T. Pilling` the
        # historian is not Harold Pilling, `Muwenda I` not Muwenda II)
        owners = tuple(o for o in owners if not initials or not (
            (o[2] or o[1] == "initials")
            and other_persons_initial(prepared, i, initials[0][o[0]], initials[1], o[1] in _GIVEN_RULES, cited)
            or o[2] and o[1] not in _GIVEN_RULES and other_persons_given_name(prepared, i, j, initials[0][o[0]],
                                                                             cited is not None)
            or another_rulers_number(prepared, j, initials[2][o[0]])
            or o[0] in matcher.persons and double_family_name(prepared, i, j, o[2], initials[0][o[0]],
                                                                 given_name_listed)))
        # (a one-word alias or name another person bears as his own: `Walter Ulbricht`, `Théo Rol`)
        owners = tuple(o for o in owners if o[0] not in matcher.persons
                       or not another_bearer(prepared, i, j, matcher.own_words[o[0]], languages, o[2]))
        if not owners and initials and readings(entry)[0][1] == "initials":  # (`Н. П. Кирова`: Н. is his)
            i, owners = first_initial_owners(prepared, i, j, matcher.scan, readings, initials[0]) or (i, ())
        if not owners:
            continue
        # (the page's glyphs, accents typed apart and letters set apart were read, `as_written`: back to its offsets)
        ui, uj = (i, j) if firsts is None else (firsts[i], lasts[j - 1] + 1)
        start, end = unwrapped.origin(ui), unwrapped.origin(uj - 1) + 1  # (the whole index is a tuple as long as the run)
        block = next((b for b in reversed(group) if b.start <= start), first)
        together = named_together(prepared, i, j, owners, matcher.genders) if len(owners) > 1 else ()
        several, owners = bool(together), together or owners  # each named: none to choose
        ambiguous = len(owners) > 1 and not several
        for actor_id, rule, surname_only in owners:
            rows.append({
                "doc_id": doc.doc_id, "actor_id": actor_id, "surface": doc.text[start:end], "zone": zone,
                "section": block.section or "", "note_no": (block.note_no or "") if zone == "note" else "",
                "block_id": block.block_id, "start": start, "end": end, "ambiguous": ambiguous,
                "candidates": "|".join(o[0] for o in owners) if ambiguous else "",
                "rule": rule, "surname_only": surname_only, "before_full_name": False, "several": several,
            })
    return rows
