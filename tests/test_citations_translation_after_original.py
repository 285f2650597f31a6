"""A translation printed after its original with no author of its own (`…; dt. Ausgabe: Titel, übers. u. hrsg. v.
Name, …`, `…; trans. as Title, ed. …`) is by the original's author; its translator or editor is its editor, and the
word for a translation is no part of its title. One that prints its author keeps it (`srpski prevod: Rudolf fon
Jering, …`)."""

import pandas as pd

from histkit.citations import extract_citations


def _references(text: str) -> list[list[str]]:
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})
    return extract_citations(notes).references[["authors", "title", "editors"]].values.tolist()


def test_a_german_edition_after_its_original_is_by_the_original_author():
    assert _references("Montesquieu, De l'esprit des lois, Genève 1748; dt. Ausgabe: Vom Geist der Gesetze, übers. "
                       "u. hrsg. v. Ernst Forsthoff, 2 Bde., Tübingen 1951, Bd. 1, S. 170.")[1] == [
        "Montesquieu", "Vom Geist der Gesetze", "Ernst Forsthoff"]


def test_an_english_translation_after_its_original_takes_its_author_and_loses_the_word_for_it():
    assert _references("Hermann Heller, Die Souveränität (Berlin and Leipzig, 1927), 41; trans. as Sovereignty: A "
                       "Contribution to the Theory of Public and International Law, ed. David Dyzenhaus, trans. "
                       "Belinda Cooper (Oxford, 2019), 97.")[1][:2] == [
        "Hermann Heller", "Sovereignty: A Contribution to the Theory of Public and International Law"]


def test_a_translation_printing_its_author_keeps_it():
    assert _references("Rudolf von Jhering, Der Kampf ums Recht, Wien 1872, S. 8; srpski prevod: Rudolf fon Jering, "
                       "Borba za pravo, prev. Jovan Ristić-Veljković, Beograd 1902, str. 10.")[1][:2] == [
        "Rudolf fon Jering", "Borba za pravo"]
