"""A draft actors file for a corpus: its names grouped into actors, kinds guessed, the narrative's actors first.

`draft_actors` reads the tables of a corpus (`histkit.store.build_tables`)
and lists the actors the authority does not know yet: each with its name and
aliases (inflected and other-script forms grouped, `grouping.py`), a kind and
the evidence for it (`kinds.py`), where it is named, and a score that ranks
it by how much the narrative is about it. `draft_authority` turns the draft
into rows of an actors authority file.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace

import pandas as pd

from ..data import data_rows
from .authority import COLUMNS
from .discovery import ARTICLES, is_demonym
from .grouping import base_rank, group_forms, is_declined, surname_runs
from .kinds import (guess_kind, guess_languages, is_common_word, is_organisation_name, is_organisation_word,
                    is_organisation_word_of)
from .mentions import build_matcher, prepare
from .occurrences import name_occurrences
from .phrases import is_first_name, split_run
from ..patterns import compiled

DRAFT_COLUMNS = ["candidate", "count", "n_docs", "examples", "actor_id", "name", "kind", "aliases", "evidence", "score",
                 "body", "notes", "sections"]

#: How much a guessed place or a phrase of common words counts beside a person or organisation of the same weight.
KIND_WEIGHT = {"person": 1.0, "organisation": 1.0, "place": 0.12, "other": 0.05}
#: Languages whose texts capitalise an institution named by a common noun (`the Treasury`) and no other common noun.
INSTITUTIONS_CAPITALISED = ("en",)
#: The order of the kinds in the draft, whatever their scores.
KIND_TIER = {"person": 0, "organisation": 0, "place": 1, "other": 2}
_ROMAN = compiled(r"^[IVXLC]+$")
_ACRONYM = compiled(r"^[^\W\d_]*[A-ZČĆŠŽĐА-Я][A-ZČĆŠŽĐА-Я]+$")
_POSSESSIVE = compiled(r"(?:'s|’s|-[^\W\d_]{1,3})$")
#: How much a guess from no evidence but the absence of the name from the dictionaries counts.
WEAK_WEIGHT = 0.7
#: The evidence of such guesses: no dictionary knows the name, or one knows it but never as a place.
WEAK_EVIDENCE = ("a name no dictionary", "a proper name the")
#: How much a mention in a note counts beside one in the body.
NOTE_WEIGHT = 0.25


def draft_actors(tables, actors=None, contexts: int = 2) -> pd.DataFrame:
    """The actors of a corpus that ``actors`` (an authority table; None: none) does not know, best first.

    >>> from histkit.store import build_tables
    >>> from histkit.read import Document
    >>> text = ("Introduction\\n\\nIn May 1950 Ivo Andrić met Andrija Hebrang in Zagreb. Hebrang spoke.\\n\\n"
    ...         "Andrić wrote to the French Socialist Party from Zagreb.\\n")
    >>> draft = draft_actors(build_tables([Document.from_text(text, doc_id="d")]))
    >>> draft[["name", "kind", "aliases", "body"]].values.tolist()
    [['Ivo Andrić', 'person', 'Andrić', 2], ['Andrija Hebrang', 'person', 'Hebrang', 2], \
['French Socialist Party', 'organisation', '', 1], ['Zagreb', 'place', '', 2]]

    Columns (`DRAFT_COLUMNS`): candidate, count, n_docs, examples as
    `discover` gives them (candidate is the name; count all its mentions);
    actor_id (made from the name), name (a person's full name, else the
    commonest form), kind (person, organisation, place or other), aliases
    (the other forms found, ``|``-joined), evidence (why that kind; and a
    cited author's name), score, body and notes (mentions in each), sections
    (body sections naming it). Ranked down: places and phrases
    of common words, names standing only in headings, names of authors of
    cited literature, a frequent common noun of the language (`Vlada`).
    Never listed: what a citation names as literature, archive or fond.
    """
    if actors is None or not len(actors):
        actors = pd.DataFrame(columns=COLUMNS, dtype=str)
    matcher = build_matcher(actors, possessive_adjectives=True)
    occurrences = name_occurrences(tables, matcher)
    languages = _languages(tables)
    occurrences = _plain(occurrences, languages)
    pairs = surname_runs(sorted({o.surface for o in occurrences}))
    occurrences = [p for o in occurrences for p in ([_part(o, k, k + 1) for k in range(len(o.words))]
                                                    if o.surface in pairs else [o])]
    order = Counter(o.surface for o in occurrences)
    body = Counter(o.surface for o in occurrences if o.zone == "body")
    forms = sorted(order, key=lambda f: (-body[f], -order[f], f))
    by_form: dict[str, list] = {}
    for o in occurrences:
        by_form.setdefault(o.surface, []).append(o)
    authors = _author_names(tables)
    sections = _section_counts(tables)
    rows = [_row(group, by_form, languages, authors, sections, contexts) for group in group_forms(forms, languages)]
    rows = [r for r in rows if r is not None]
    # Persons and organisations first, then places, then the rest: the narrative's actors are what the draft is for.
    rows.sort(key=lambda r: (_tier(r), -r["score"], -r["evidence"].count(";"), r["name"]))
    _unique_ids(rows)
    return pd.DataFrame(rows, columns=DRAFT_COLUMNS)


def _tier(row: dict) -> float:
    """Where a kind stands in the draft; a cited author named only in the notes (a scholar) after the places."""
    if row["kind"] in ("person", "organisation") and not row["body"] and "an author of cited literature" in row["evidence"]:
        return 1.5
    return KIND_TIER[row["kind"]]


def _row(group: list[str], by_form: dict, languages: tuple, authors: set, sections: dict, contexts: int) -> dict | None:
    """One actor of the draft from its group of forms, or None when it stands only in headings."""
    occ = [o for form in group for o in by_form[form]]
    body = [o for o in occ if o.zone == "body"]
    notes = [o for o in occ if o.zone == "note"]
    if not body and not notes:
        return None
    if all(" " not in f for f in group) and _common_by_use(occ, languages):
        return None
    counts = Counter(o.surface for o in occ)
    surname_alone = any(" " not in f for f in group) and any(" " in f for f in group)
    kind, evidence = guess_kind(sorted(group, key=lambda f: -counts[f]), occ, surname_alone, languages)
    # A person is named by the full name; anything else by its commonest form.
    in_body = Counter(o.surface for o in body)
    person = kind == "person"
    name = max(group, key=lambda f: (len(f.split()) if person else 0, not _POSSESSIVE.search(f), not is_declined(f),
                                     base_rank(f, group) if person else 0, in_body[f],
                                     counts[f], -len(f)))
    weight = KIND_WEIGHT[kind] * (WEAK_WEIGHT if evidence.startswith(WEAK_EVIDENCE) else 1.0)
    if _cited_author(group, authors):
        evidence += "; an author of cited literature"
        # A scholar is named in the body by the surname (`as Lees argued`); an actor who wrote memoirs, by the full name.
        weight *= 0.1 if len(body) <= 1 and not any(" " in o.surface for o in body) else 0.5
    spread = {(o.doc_id, o.section) for o in body}
    share = len(spread) / max(1, sum(sections.get(d, 1) for d in {o.doc_id for o in body}))
    score = (len(body) + NOTE_WEIGHT * len(notes)) * (1 + share) * weight
    examples = [o.context for o in (body + notes)[:contexts]]
    return {"actor_id": _slug(name), "name": name, "kind": kind,
            "aliases": "|".join(sorted((f for f in group if f != name), key=lambda f: (-counts[f], f))),
            "evidence": evidence, "score": round(score, 3), "body": len(body), "notes": len(notes),
            "sections": len(spread), "n_docs": len({o.doc_id for o in occ}), "candidate": name, "count": len(occ),
            "examples": " | ".join(examples)}


def _plain(occurrences: list, languages: tuple) -> list:
    """The occurrences without roman numerals, common nouns alone, adjectives of guessed places, and the titles and
    common words around a name.

    `Razgovor Josipa Broza Tita` (a document's title) is `Josipa Broza Tita`; `Botschafter Karl Pfleiderer` is
    `Karl Pfleiderer` (the title stays as the word before it); `Adenauers Entscheidung` is `Adenauers`;
    `Socialist Yugoslavia` is `Yugoslavia`; a first name stays (`Ivo Andrić`).
    """
    from .kinds import word_list

    ibid = {row["form"].strip(" .").casefold() for row in data_rows("citations", "ibid.csv")}
    out = []
    for whole in occurrences:
        parts = split_run(list(whole.words), languages)
        for i, j in parts:
            o = _part(whole, i, j)
            if len(parts) > 1 and j - i == 1 and is_first_name(o.words[0]):
                continue  # a first name cut off a run (`Piot Ivom`, reversed order): no actor of its own
            words = _name_words(list(o.words), languages)
            if len(words) == 1 and (_ROMAN.match(words[0]) or words[0].casefold() in ibid
                                    or words[0].casefold() in word_list("titles.csv")
                                    or words[0].casefold() in word_list("document_words.csv")
                                    or (is_common_word(words[0], languages) and not is_organisation_name(words[0])
                                        and not _institution(words[0], languages))):
                continue
            if len(words) < len(o.words):
                at = next(k for k in range(len(o.words)) if list(o.words[k:k + len(words)]) == words)
                o = _part(o, at, at + len(words))
            out.append(o)
    places = {o.words[0].casefold() for o in out if len(o.words) == 1 and o.before
              and o.before[-1].casefold() in word_list("place_prepositions.csv")}
    return [o for o in out if len(o.words) > 1 or not is_demonym(o.words[0], sorted(places))]


def _part(o, i: int, j: int):
    """The occurrence of words ``i`` to ``j`` of ``o``: the words before them join its words before."""
    if (i, j) == (0, len(o.words)):
        return o
    at = _word_offset(o.surface, o.words, i)
    end = _word_offset(o.surface, o.words, j - 1) + len(o.words[j - 1])
    return replace(o, words=tuple(o.words[i:j]), surface=o.surface[at:end], initial=o.initial and i == 0,
                   before=(*o.before, *o.words[:i])[-2:])


def _name_words(words: list[str], languages: tuple) -> list[str]:
    """The words of a run without the titles and common words before the name and a common noun after its possessive."""
    from .kinds import word_list

    firsts, titles = word_list("first_names.csv", "name"), word_list("titles.csv") | word_list("document_words.csv")

    def common(word: str) -> bool:
        return word.casefold() not in firsts and (word.casefold() in titles or is_common_word(word, languages))

    if all(common(w) for w in words):
        return words  # a phrase of common words (`Socialist International`) is kept whole
    # An organisational word heads its phrase (`Bund der Kommunisten`): only a title or a common word before the name goes.
    while len(words) > 1 and common(words[0]) and (words[0].casefold() in titles or not is_organisation_word(words[0])):
        words = words[1:]
    # A noun after a possessive is no part of the name: `Adenauers Entscheidung`, `Tito's Belgrade`.
    while len(words) > 1 and words[-2][-1:] == "s" and common(words[-1]) and not is_organisation_word(words[-1]):
        words = words[:-1]
    return words


def _word_offset(surface: str, words, k: int) -> int:
    """Where the k-th of ``words`` starts in ``surface``."""
    at = 0
    for word in words[:k]:
        at = surface.index(word, at) + len(word)
    return surface.index(words[k], at)


def _institution(word: str, languages: tuple) -> bool:
    """Whether a capitalised organisational word names an institution: in a language that writes its common nouns in
    lower case and its institutions with a capital (`the Treasury`, `the Cabinet`; `INSTITUTIONS_CAPITALISED`)."""
    return bool(languages) and languages[0] in INSTITUTIONS_CAPITALISED and is_organisation_word_of(word, languages[0])


def _common_by_use(occ: list, languages: tuple) -> bool:
    """Whether a one-word name is used as a common word: only ever at the start of a sentence or block
    (`Uredba`, `Introduction`), or mostly after an article (German nouns, `the Cabinet`)."""
    if all(o.initial for o in occ):
        return True
    if _ACRONYM.match(occ[0].surface) or is_organisation_name(occ[0].surface) or _institution(occ[0].surface, languages):
        return False  # an abbreviation or a named office follows its article as a name does (`der SPD`, `des Staatsrats`)
    after_article = sum(1 for o in occ if o.before and o.before[-1] in ARTICLES)
    return after_article * 2 > len(occ)


def _languages(tables) -> tuple:
    """The languages of the body and of the notes (an English article may cite in Serbian)."""
    blocks = tables["blocks"]
    body = blocks.loc[blocks["zone"] == "body", "text"].astype(str).tolist()
    notes = tables["notes"]["text"].astype(str).tolist()
    return tuple(dict.fromkeys(guess_languages(body) + guess_languages(notes)))


def _section_counts(tables) -> dict:
    """How many body sections each document has (at least 1)."""
    blocks = tables["blocks"]
    body = blocks[blocks["zone"] == "body"]
    return {doc: max(1, n) for doc, n in body.groupby("doc_id")["section"].nunique().items()}


def _author_names(tables) -> set:
    """The folded names and surnames of the authors of cited literature."""
    names = set()
    refs = tables.get("references")
    if refs is None or not len(refs):
        return names
    for authors in refs["authors"].astype(str):
        for author in re.split(r"\s*(?:[,;&]|\band\b|\bi\b|\bund\b)\s*", authors):
            words = [w for w in author.split() if len(w.rstrip(".")) > 1]
            if words:
                names.add(_fold(" ".join(words)))
                names.add(_fold(words[-1]))
    return names


def _cited_author(group: list[str], authors: set) -> bool:
    return any(_fold(f) in authors or _fold(f.split()[-1]) in authors for f in group)


def _fold(text: str) -> str:
    from .variants import to_latin

    return to_latin(prepare(text)).casefold()


def _slug(name: str) -> str:
    """An actor_id from a name: ASCII letters, digits and underscores (`Đilas` → `dilas`)."""
    from .variants import to_latin

    ascii_name = unicodedata.normalize("NFKD", to_latin(name).replace("đ", "d").replace("Đ", "D"))
    ascii_name = ascii_name.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_") or "actor"


def _unique_ids(rows: list[dict]) -> None:
    seen: Counter = Counter()
    for row in rows:
        seen[row["actor_id"]] += 1
        if seen[row["actor_id"]] > 1:
            row["actor_id"] = f"{row['actor_id']}_{seen[row['actor_id']]}"


#: The authority kind a drafted kind becomes in an actors file.
AUTHORITY_KIND = {"person": "person", "organisation": "organisation", "place": "state"}


def draft_authority(draft: pd.DataFrame, top: int | None = None) -> pd.DataFrame:
    """The drafted persons, organisations and places as rows of an actors authority file (``COLUMNS`` + gender).

    >>> draft = pd.DataFrame([{"actor_id": "tito", "name": "Josip Broz Tito", "kind": "person", "aliases": "Tito",
    ...                        "evidence": "first name Josip", "body": 3, "notes": 1},
    ...                       {"actor_id": "cold_war", "name": "Cold War", "kind": "other", "aliases": "",
    ...                        "evidence": "common words", "body": 2, "notes": 0}])
    >>> draft_authority(draft)[["actor_id", "kind", "aliases", "note"]].values.tolist()
    [['tito', 'person', 'Tito', 'drafted by histkit init: person (first name Josip); 3 body, 1 note mentions']]

    Phrases of common words (kind other) are left out; a place becomes a
    `state` (delete the towns you do not want counted as actors).
    """
    rows = []
    for row in draft.to_dict("records"):
        kind = AUTHORITY_KIND.get(row["kind"])
        if kind is None:
            continue
        note = (f"drafted by histkit init: {row['kind']} ({row['evidence']}); "
                f"{row['body']} body, {row['notes']} note mentions")
        rows.append({"actor_id": row["actor_id"], "name": row["name"], "kind": kind, "aliases": row["aliases"],
                     "birth": "", "death": "", "wikidata": "", "note": note, "gender": ""})
    table = pd.DataFrame(rows, columns=[*COLUMNS, "gender"])
    return table.head(top) if top else table

