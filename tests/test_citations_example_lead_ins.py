"""The words that give an example open a citation as `see` does (`see_also.csv`): `For example case C-371/98, …`,
`zum Beispiel J. Schmidt, …`; inside a sentence of prose they cut nothing."""

import pandas as pd

from histkit.citations import extract_citations


def _kinds(text: str) -> list[tuple[str, str]]:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    return [(row.kind, row.raw) for row in extract_citations(notes).citations.itertuples()]


def test_for_example_before_a_case_opens_the_case():
    assert _kinds("For example case C-371/98, First Corporate Shipping, [2000] ECR I-09235.") == [
        ("case", "case C-371/98, First Corporate Shipping, [2000] ECR I-09235.")]


def test_german_zum_beispiel_before_a_book_opens_the_book():
    assert _kinds("Zum Beispiel J. Schmidt, Geschichte der Sparkassen, Stuttgart 1990, S. 12.") == [
        ("literature", "J. Schmidt, Geschichte der Sparkassen, Stuttgart 1990, S. 12.")]


def test_e_g_inside_a_sentence_of_prose_cuts_nothing():
    assert _kinds("These rules are strict, e.g. the requirement of a licence for every deposit-taking institution.") == []


def test_initials_spelt_like_e_g_stay_the_authors():
    kinds = _kinds("E. G. Squier pasó por Comayagua; sus notas de 1853 están en la Bancroft Library, Berkeley, "
                   "Papeles de Squier, BANC MSS 72/45 c, carpeta 3.")
    assert [kind for kind, _ in kinds] == ["archival"]
