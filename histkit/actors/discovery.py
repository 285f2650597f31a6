"""Discovery: capitalised names in the texts that the authority does not know yet.

`discover` lists them with counts and contexts, so that a historian can
extend the actors file; known mentions, titles, months, nationalities and the
places and publishers of book imprints are left out by general rules.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pandas as pd

from ..dates import month_names
from ..text import unwrap
from .authority import name_forms
from .givennames import FAMILY_GIVEN_NAME, TITLED_GIVEN_NAME
from .mentions import SEARCHED_ZONES, ActorMatcher, build_matcher, prepare, readings_of
from ..patterns import compiled

WORD_TOKEN = compiled(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_NAME_PARTICLES = frozenset("van von der den de del di da du la le ten ter".split())
SENTENCE_ENDS = set('.!?:;“”"„–—')
_MAX_WORDS = 4  # longer runs of capitals are titles of works, not names

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

#: Endings of adjectives of nationality (`Belgian`, `British`, `Chinese`, `American`), never names on their own.
DEMONYM_SUFFIXES = ("ian", "ean", "ish", "ese", "ican")

_IMPRINT = compiled(r"(?<=[(,;.])\s*([^\W\d_][^():;,\n]{0,40}):\s*([^():;,\n]{1,40}?),\s*(?:1[5-9]|20)\d\d\b")
_PLACE_YEAR = compiled(r"(?<=[,.] )([^\W\d_][\w-]+(?: [^\W\d_][\w-]+)?),? (?:1[5-9]|20)\d\d\b")


def discover(layouts, actors, min_count: int = 1, contexts: int = 3) -> pd.DataFrame:
    """Capitalised names in the texts that the authority does not know yet, to extend it.

    >>> from histkit.actors import load_actors
    >>> from histkit.layout import analyse_layout
    >>> from histkit.read import Document
    >>> doc = Document.from_text("Kardelj met Dragan Bogetić in May. Later, Bogetić wrote to Kardelj.\\n")
    >>> discover([analyse_layout(doc)], load_actors())[["candidate", "count", "n_docs"]].values.tolist()
    [['Bogetić', 1, 1], ['Dragan Bogetić', 1, 1]]

    ``actors`` is an `ActorMatcher` or an authority table. A candidate is a
    run of one to four capitalised words (van/de/von may stand inside)
    outside every known mention (possessive adjectives of known actors,
    `Kardeljeva`, count as known). Left out, by general rules:

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
    matcher = actors if isinstance(actors, ActorMatcher) else build_matcher(actors, possessive_adjectives=True)
    states = state_names(matcher.actors)
    months = month_names()
    texts = _searched_texts(layouts)
    lower_words = {w.group(0) for _, text in texts for w in WORD_TOKEN.finditer(text) if w.group(0).islower()}
    tally = _Tally(contexts)
    for doc_id, text in texts:
        for start, end, words in name_runs(mask_known(text, matcher)):
            start, words, initial = trim_run(text, start, end, words, lower_words)
            candidate = text[start:end]
            if not words or len(candidate) < 3 or (len(words) == 1 and words[0].lower() in lower_words):
                continue
            if len(words) == 1 and (words[0].lower() in TITLES or words[0].lower() in months
                                    or is_demonym(words[0], states)):
                continue
            tally.add(doc_id, text, start, end, initial)
    return tally.table(min_count)


@dataclass
class _Tally:
    """The occurrences of each candidate: how many, where, and a few contexts."""

    contexts: int
    counts: Counter = field(default_factory=Counter)
    inside: Counter = field(default_factory=Counter)  # occurrences not at the start of a sentence or block
    after_article: Counter = field(default_factory=Counter)
    docs: dict = field(default_factory=lambda: defaultdict(set))
    examples: dict = field(default_factory=lambda: defaultdict(list))

    def add(self, doc_id: str, text: str, start: int, end: int, initial: bool) -> None:
        candidate = text[start:end]
        self.counts[candidate] += 1
        self.inside[candidate] += not initial
        previous = WORD_TOKEN.findall(text[max(0, start - 12): start])
        self.after_article[candidate] += bool(previous) and previous[-1] in ARTICLES and text[start - 1:start] == " "
        self.docs[candidate].add(doc_id)
        if len(self.examples[candidate]) < self.contexts:
            self.examples[candidate].append(f"…{text[max(0, start - 40): start]}[{candidate}]{text[end: end + 40]}…")

    def table(self, min_count: int) -> pd.DataFrame:
        """A single word needs occurrences inside sentences, most of them not after an article."""
        rows = [
            {"candidate": c, "count": n, "n_docs": len(self.docs[c]), "examples": " | ".join(self.examples[c])}
            for c, n in self.counts.items()
            if n >= min_count and (" " in c or (self.inside[c] and 2 * self.after_article[c] <= n))
        ]
        rows.sort(key=lambda r: (-r["count"], r["candidate"]))
        return pd.DataFrame(rows, columns=["candidate", "count", "n_docs", "examples"])


def state_names(table: pd.DataFrame) -> list[str]:
    """The one-word names and aliases of the authority's states, in lower case."""
    names = []
    for row in table[table.kind == "state"].to_dict("records"):
        for form, _ in name_forms(row):
            if " " not in form:
                names.append(form.lower())
    return names


def _searched_texts(layouts) -> list[tuple[str, str]]:
    """(doc_id, unwrapped and prepared text) of every searched block."""
    texts = []
    for layout in layouts:
        for block in layout.blocks:
            if block.zone in SEARCHED_ZONES and block.raw.strip():
                texts.append((layout.doc.doc_id, prepare(unwrap(block.raw).text)))
    return texts


def mask_known(text: str, matcher: ActorMatcher) -> str:
    """The text with imprints and known mentions blanked out, so that they break candidate runs.

    Known as in a text whose language is not told: no language's naming custom (the Icelandic given name alone), nor
    a given name that names its person only in its place (after a title, or before a relative's full name: `Dragan`
    of `Dragan Bernardić` does not make `Dragan Bogetić` known).
    """
    masked = list(mask_imprints(text))
    readings = readings_of(matcher, None)

    def known(entry: int) -> tuple:
        return tuple(o for o in readings(entry) if o[1] not in (TITLED_GIVEN_NAME, FAMILY_GIVEN_NAME))
    for i, j, _ in matcher.scan(text, keep=known):
        masked[i:j] = "#" * (j - i)
    return "".join(masked)


def trim_run(text: str, start: int, end: int, words: list[str], lower_words: set) -> tuple[int, list[str], bool]:
    """A run without the sentence-initial common words and the titles before the name.

    Returns the new start, the words left and whether the run starts a sentence.
    """
    # A footnote number may stand between the full stop and the next sentence (`sphere.3 However`).
    before = text[max(0, start - 12): start].rstrip().rstrip("0123456789∗*").rstrip()
    initial = (start < 12 and not before) or before[-1:] in SENTENCE_ENDS
    if initial:
        while words and words[0].lower() in lower_words:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
            words = words[1:]
    while len(words) > 1 and words[0].lower() in TITLES:
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
        initial = False
    return start, words, initial


def name_runs(text: str, joins=None):
    """Runs of capitalised words separated only by spaces (with van/de/... inside), as (start, end, words).

    ``joins(previous, word)``, when given, says whether a lower-case word
    other than a particle may stand inside a run (`Board of Trade`).
    """
    tokens = list(WORD_TOKEN.finditer(text))
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
        if run and joined and (capital or word in _NAME_PARTICLES
                               or (joins is not None and run[-1].group(0)[:1].isupper() and joins(run[-1].group(0), word))):
            run.append(tok)
            continue
        yield from flush()
        if capital:
            run.append(tok)
    yield from flush()


def mask_imprints(text: str) -> str:
    """Places and publishers of book imprints blanked out: `(London: Macmillan, 1969)`, `Hamburg 1976`."""
    spans = [m.span(g) for m in _IMPRINT.finditer(text) for g in (1, 2)]
    spans += [m.span(1) for m in _PLACE_YEAR.finditer(text)]
    if not spans:
        return text
    chars = list(text)
    for i, j in spans:
        chars[i:j] = "#" * (j - i)
    return "".join(chars)


def is_demonym(word: str, state_names: list[str]) -> bool:
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
