"""The years a source edition's volume covers, in brackets after its number (`sv. 2 (1251–1300)`), are no imprint: the
edition is read with its own place and year, and its volume; a journal's volume with its years keeps them as its date."""

import pandas as pd

from histkit.citations import extract_citations, parse_reference


def test_a_volume_s_span_of_years_is_no_part_of_the_title_or_imprint():
    ref = parse_reference("Listinář kláštera Velehrad, sv. 2 (1251–1300), ed. Jan Novák, Olomouc 1987, s. 112–114.")
    assert (ref["title"], ref["volume"], ref["place"], ref["year"]) == ("Listinář kláštera Velehrad", "2", "Olomouc",
                                                                        "1987")


def test_an_edition_with_its_volume_s_span_is_a_reference_of_the_rules():
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"],
                          "text": ["Listinář kláštera Velehrad, sv. 2 (1251–1300), ed. Jan Novák, Olomouc 1987, s. 112."]})
    assert extract_citations(notes).references.year.tolist() == ["1987"]


def test_a_journal_s_volume_with_its_years_keeps_them():
    ref = parse_reference("Marta Ulloa, \"Los gremios\", Historia Mexicana, vol. 40 (1990-1991), pp. 12-30.")
    assert ref["year"] == "1990"
