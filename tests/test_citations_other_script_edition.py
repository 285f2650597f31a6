"""A Serbian book cited in Cyrillic with its Latin-script edition in a closing bracket (`…, Београд 1922, стр. 45
(латиничко издање: …, Zagreb 1936, str. 41)`) is read without the bracket, as a translation's bracket is: the whole
note was no reference, and the `нав. дело` after it repeated nothing."""

import pandas as pd

from histkit.citations import extract_citations


def test_a_cyrillic_book_before_its_latin_edition_in_brackets_is_a_reference():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": [
        "Слободан Јовановић, О држави. Основи једне правне теорије, Београд 1922, стр. 45 (латиничко издање: Slobodan "
        "Jovanović, O državi. Osnovi jedne pravne teorije, Zagreb 1936, str. 41).", "Јовановић, нав. дело, стр. 50."]})
    refs = extract_citations(notes).references
    assert refs[["note_no", "title", "year", "ref_of"]].values.tolist() == [
        ["1", "О држави. Основи једне правне теорије", "1922", ""],
        ["2", "О држави. Основи једне правне теорије", "1922", "1:1"]]
