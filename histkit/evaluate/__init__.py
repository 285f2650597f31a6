"""Evaluate: a references table scored against external gold (TEI reference annotations of footnoted articles).

`read_gold` (gold.py) reads a TEI file's ``standOff/listBibl/biblStruct`` into a
table of gold references; `evaluate_references` (scores.py) aligns a
references table with it one-to-one, within the note where both sides know it
(`match_references`, match.py), compares the fields strictly and softly
(`field_agrees`, compare.py) and gives instance-level precision, recall and F1
and field accuracy per article; `micro_average` adds articles up by language
or over the corpus. Pure functions from tables to tables; only `read_gold`
reads a file. ``benchmarks/eval_references.py`` runs it on the shared corpus. `jats_reference_gold` (jatsgold.py) reads
the reference lists of JATS articles, printed and tagged, as gold for the parser alone
(``scripts/measure_jats_references.py``), and `linkedbooks_gold` (linkedbooks.py) the token-labelled references of
the LinkedBooks dataset on the history of Venice (``scripts/measure_linkedbooks.py``).
"""

from .compare import FIELDS, field_agrees, first_author_agrees, fold, reading_agreement, similar_enough
from .jatsgold import JATS_GOLD_COLUMNS, jats_reference_gold
from .linkedbooks import LINKEDBOOKS_COLUMNS, linkedbooks_gold
from .gold import GOLD_COLUMNS, TEI, GoldReferences, gold_references, note_of, persons, read_gold, scope_text, tei_text
from .match import ALIGNMENT_COLUMNS, gold_scope, match_references, note_key
from .scores import Evaluation, evaluate_references, field_agreement, micro_average

__all__ = [
    "ALIGNMENT_COLUMNS",
    "Evaluation",
    "FIELDS",
    "GOLD_COLUMNS",
    "JATS_GOLD_COLUMNS",
    "LINKEDBOOKS_COLUMNS",
    "GoldReferences",
    "TEI",
    "evaluate_references",
    "field_agreement",
    "field_agrees",
    "first_author_agrees",
    "reading_agreement",
    "fold",
    "gold_references",
    "gold_scope",
    "jats_reference_gold",
    "linkedbooks_gold",
    "match_references",
    "micro_average",
    "note_key",
    "note_of",
    "persons",
    "read_gold",
    "scope_text",
    "similar_enough",
    "tei_text",
]
