"""A book cited by its title with its editor or translator after it in the short German forms (`hrsg. v.`, `übers. u.
hrsg. v.`) is a reference, as with `hrsg. von`: `v.` is not left to be read as a case's `v.`."""

import pandas as pd
import pytest

from histkit.citations import extract_citations


def _titles(text: str) -> list[str]:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    return extract_citations(notes).references.title.tolist()


@pytest.mark.parametrize("role", ["hrsg. v.", "hg. v.", "übers. v.", "übers. u. hrsg. v."])
def test_a_title_with_its_editor_in_a_short_german_form_is_a_reference(role):
    assert _titles(f"Vom Wesen der Politik, {role} Ernst Forsthoff, Tübingen 1951, S. 170.") == ["Vom Wesen der Politik"]


def test_a_translation_after_its_original_with_a_short_role_word_is_a_reference_of_its_own():
    assert _titles("Montesquieu, De l'esprit des lois, Genève 1748; dt. Ausgabe: Vom Geist der Gesetze, übers. u. "
                   "hrsg. v. Ernst Forsthoff, 2 Bde., Tübingen 1951, Bd. 1, S. 170.") == [
        "De l'esprit des lois", "Vom Geist der Gesetze"]
