"""Reference round 23's older spellings: a word list's Greek word, written monotonic, found in polytonic print (and
a capital with a breathing opening a name), a Russian one found in the spelling before 1918, and the "in" before an
older imprint's town.

Every note here is made up for the test."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.references import parse_reference


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(k) for k in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes).references


def test_a_polytonic_ibid_repeats_the_work_before():
    refs = _references("Γ. Π. Μαυρίδης, Ἡ ναυτιλία τῆς Ὕδρας, Ἀθῆναι 1927, σ. 12.", "Αὐτόθι, σ. 14.")
    assert refs.ref_of.tolist() == ["", "1:1"]


def test_a_polytonic_op_cit_after_the_authors_name_repeats_their_work():
    refs = _references("Γ. Π. Μαυρίδης, Ἡ ναυτιλία τῆς Ὕδρας, Ἀθῆναι 1927, σ. 12.",
                       "Ch. Dupont, Les îles, Paris 1901, p. 3.", "Μαυρίδης, ἔνθ’ ἀνωτ., σ. 40.")
    assert refs[["authors", "ref_of"]].values.tolist()[2] == ["Μαυρίδης", "1:1"]


def test_a_capital_with_a_breathing_opens_an_initial():
    assert parse_reference("Ἀ. Κ. Μαυρίδης, Ἡ ναυτιλία τῆς Ὕδρας, Ἀθῆναι 1927, σ. 12.")["authors"] == "Ἀ. Κ. Μαυρίδης"


def test_the_word_in_before_an_older_imprints_town_is_not_the_towns():
    ref = parse_reference("Γ. Π. Μαυρίδου, Ἡ ναυτιλία τῆς Ὕδρας, ἐν Ἀθήναις 1899, σελ. 45.")
    assert [ref["title"], ref["place"], ref["year"]] == ["Ἡ ναυτιλία τῆς Ὕδρας", "Ἀθήναις", "1899"]


def test_an_ibid_in_the_russian_spelling_before_1918_opens_a_note_before_another_citation():
    refs = _references("А. С. Кашинъ. Очерки сельскаго быта. Тамбовъ, 1893, стр. 88.",
                       "Тамъ же, стр. 91—93. Ср.: Н. П. Сѣверцовъ. Волостной судъ. Спб., 1896, стр. 3.")
    assert refs[["note_no", "ref_of"]].values.tolist()[1] == ["2", "1:1"]
