"""Literature as an older journal's OCR layer or a PDF's text layer delivers it (round 38): letter-spaced names, a
space before a point or a comma, a space lost after an initial or between two words, a running head inside a word
broken over a page, page numbers read with `l`, the note's own number glued to its first word or raised; every
reader (the rules, the learned reader, works named in prose) reads the note as typed, and the tables' raw text stays
the note's as delivered."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.textlayer import as_typed, without_number


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})
    return extract_citations(notes).references


def test_a_letter_spaced_name_is_one_word():
    assert as_typed("Vgl. K. W i e s e n t h a l, Bauern; E. T ö l l e - M a r k s, Höfe")[0] == (
        "Vgl. K. Wiesenthal, Bauern; E. Tölle-Marks, Höfe")


def test_letter_spaced_capitals_are_one_word_and_keep_their_case():
    assert as_typed("voir P . R E N A U D I E R, Les bourgs")[0] == "voir P. RENAUDIER, Les bourgs"


def test_three_one_letter_words_are_not_a_spaced_word():
    assert as_typed("entre a e o, y la u")[0] == "entre a e o, y la u"


def test_a_space_before_an_initials_or_a_page_words_point_goes():
    assert as_typed("M . Aubert, Les villes, vol . 2, p .244-247")[0] == "M. Aubert, Les villes, vol. 2, p. 244-247"


def test_a_space_before_a_comma_goes_after_it():
    assert as_typed("Rennes ,1979, Rev. hist. , 12")[0] == "Rennes, 1979, Rev. hist., 12"


def test_a_space_lost_after_an_initial_or_a_comma_or_a_semicolon_comes_back():
    assert as_typed("P.MORAND,La ville; A.B.Smith, p. 4 ;Dupré")[0] == "P. MORAND, La ville; A.B. Smith, p. 4 ; Dupré"


def test_a_comma_inside_a_word_an_ocr_layer_misread_gets_no_space():
    assert as_typed("Recent Deve,opments, Roy,op. cit.")[0] == "Recent Deve,opments, Roy, op. cit."


def test_initials_and_codes_without_a_space_stay():
    assert as_typed("J.-C. Roy, Ph.D. thesis, U.S.A., MS.5678, Y.PRK.UM, Folha de S.Paulo, [S. l.]")[0] == (
        "J.-C. Roy, Ph.D. thesis, U.S.A., MS.5678, Y.PRK.UM, Folha de S.Paulo, [S. l.]")


def test_a_running_head_inside_a_word_broken_over_a_page_goes():
    assert as_typed("Die Agrarge- 214 Hans Otte schichte der Marsch")[0] == "Die Agrargeschichte der Marsch"
    assert as_typed("in the north- 88 RURAL HISTORY ern counties")[0] == "in the northern counties"


def test_a_hyphen_before_a_number_that_is_not_a_running_head_stays():
    assert as_typed("Hof- 3 und Staatsarchiv, 1848- 1849")[0] == "Hof- 3 und Staatsarchiv, 1848-1849"


def test_a_page_read_with_l_after_its_word_is_digits():
    assert as_typed("S. l20; s. 6l; p. ll0; (wie Anm. l)")[0] == "S. 120; s. 61; p. 110; (wie Anm. 1)"


def test_the_notes_own_number_glued_or_raised_goes():
    assert without_number("7W. Crane, Fields", "7")[0] == "W. Crane, Fields"
    assert without_number("¹² Ivi, p. 3", "12")[0] == "Ivi, p. 3"


def test_a_number_before_a_small_letter_or_another_number_stays():
    assert without_number("1er mai 1789", "1")[0] == "1er mai 1789"
    assert without_number("12 March 1953", "12")[0] == "12 March 1953"


def test_a_letter_spaced_authors_reference_has_the_surname_and_its_raw_text_as_delivered():
    note = "3Vgl. H. W a l d m a n n, Die Heuerleute im Emsland, Osnabrück 1971, S. 45."
    found = _references("Einleitung.", "Ebenso.", note)
    row = found[found.title.str.startswith("Die Heuerleute")].iloc[0]
    assert "Waldmann" in row.authors and row.year == "1971"
    assert row.raw in note
