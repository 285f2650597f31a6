"""An epithet with its article, in the cases of its language: `der Alte` → `den Alten`, `Friedrich der Große` →
`Friedrichs des Großen`, `der Eiserne Kanzler` → `dem Eisernen Kanzler`, `des Eisernen Kanzlers`.

An authority file lists a ruler's or a statesman's epithet as the sources print it, in the nominative. German
declines the article and the adjective after it, the name before the article and the noun after the adjective. The
rows of ``histkit/data/actors/epithet_articles.csv`` give, per language, the nominative article, its form in each
case, the ending that takes the place of the adjective's ``-e`` and the ending a name or noun takes (the genitive
`s`, never after a sibilant: `des Alten Fritz`). A historian adds a language, or a gender, by adding its rows.
"""

from __future__ import annotations

from functools import lru_cache

from ..data import data_rows

#: Endings after which a name or noun takes no genitive `s` (`Fritz`, `Hans`, `Marx`).
_SIBILANTS = ("s", "ß", "x", "z")


@lru_cache(maxsize=1)
def _article_rows() -> tuple[tuple[str, str, str, str, str], ...]:
    """(language, nominative article, its form in the case, adjective ending, noun ending) of each row."""
    return tuple(sorted((r["language"].strip(), r["article"].strip(), r["form"].strip(), r["adjective"].strip(),
                         r["noun"].strip()) for r in data_rows("actors", "epithet_articles.csv")))


def epithet_forms(rows) -> dict[tuple[str, str], str]:
    """(actor_id, surface) → language, each case of a name or alias built of an article and an adjective.

    >>> forms = epithet_forms([("f", "person", "", "Friedrich II.", [("Friedrich der Große", True)])])
    >>> sorted(s for _, s in forms)
    ['Friedrich dem Großen', 'Friedrich den Großen', 'Friedrichs des Großen']
    >>> ("k", "Des Eisernen Kanzlers") in epithet_forms([("k", "person", "", "der Eiserne Kanzler", [("der Eiserne Kanzler", False)])])
    True

    ``rows`` are (actor_id, kind, gender, name, name_forms) of each actor. An article opening the name takes a
    capital too, as at a sentence's start.
    """
    out: dict[tuple[str, str], str] = {}
    for actor_id, _, _, _, forms in rows:
        for form, _ in forms:
            words = form.split()
            for at, word in enumerate(words[:-1]):
                for language, article, case_form, adjective, noun in _article_rows():
                    declined = _declined(words, at, case_form, adjective, noun) if word == article else None
                    if declined:
                        out.setdefault((actor_id, declined), language)
                        if at == 0:
                            out.setdefault((actor_id, declined[0].upper() + declined[1:]), language)
    return out


def _declined(words: list[str], at: int, article: str, adjective: str, noun: str) -> str | None:
    """``words`` with the article at ``at`` in a case's ``article``, the capitalised adjectives after it ending in
    ``-e`` ending in ``adjective``, and the name before it and a last noun after them taking ``noun``; None where no
    such adjective follows the article."""
    out, k = list(words), at + 1
    while k < len(words) and words[k][:1].isupper() and words[k].endswith("e") and len(words[k]) > 2:
        out[k] = words[k][:-1] + adjective
        k += 1
    if k == at + 1:
        return None
    out[at] = article
    if noun and at > 0:
        out[at - 1] = _with_ending(words[at - 1], noun)
    if noun and k == len(words) - 1:
        out[k] = _with_ending(words[k], noun)
    return " ".join(out)


def _with_ending(word: str, ending: str) -> str:
    """``word`` with ``ending``, unless it ends in a sibilant or is no capitalised word of letters."""
    return word if word.endswith(_SIBILANTS) or not word[:1].isupper() or not word.isalpha() else word + ending
