"""A lead word read from its shape before a family name that no given name can precede: a name in capitals with its
given names after the comma (`SURNAME, Given. Title.`), or a name before a repeat's word."""

import pandas as pd

from histkit.citations import extract_citations, parse_reference


def test_an_unknown_abbreviation_before_a_family_name_in_capitals_and_its_given_name_is_no_part_of_the_author():
    # (`Qrzv.`: a made-up language's "compare")
    ref = parse_reference("Qrzv. KOVAL, Zora. Dedina a moc. In Historia, 2003, roč. 10, č. 2, s. 45-60.")
    assert (ref["authors"], ref["year"]) == ("KOVAL, Zora", "2003")


def test_an_unknown_abbreviation_before_a_name_and_a_repeats_word_is_no_part_of_the_author():
    assert parse_reference("Qrzv. Kaya, q.v.z., s. 40.")["authors"] == "Kaya"


def test_an_abbreviated_given_name_before_a_name_and_a_title_stays_with_it():
    assert parse_reference("Jos. Schmidt, Geschichte, 12")["authors"] == "Jos. Schmidt"


def test_an_unknown_abbreviation_and_a_longer_word_after_it_before_a_repeat_are_no_part_of_the_author():
    # (`Qrzv. zejqorva`: a made-up language's "compare especially")
    notes = ["KOVAL, Zora. Dedina a moc. Praha : Orbis, 2003, s. 12.", "Qrzv. zejqorva KOVAL, q.v.z., s. 40."]
    refs = extract_citations(pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": notes})).references
    assert refs[["authors", "ref_of"]].values.tolist()[-1] == ["KOVAL", "1:1"]
