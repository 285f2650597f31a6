"""A bracket after the year of the edition cited that holds an ordinal or a few words and a year (`(alkuteos 1990)`,
`(1. painos 1988)`) names an earlier edition by its shape in any language: the year cited stays the reference's."""

from histkit.citations import parse_reference


def test_an_earlier_edition_in_words_no_list_holds_leaves_the_cited_year():
    ref = parse_reference("Aino Laine, Kylät ja kaupungit, Helsinki: Otava, 1999 (1. qainos 1988), 45.")
    assert (ref["authors"], ref["place"], ref["year"], ref["pages"]) == ("Aino Laine", "Helsinki", "1999", "45")


def test_an_earlier_edition_with_its_place_leaves_the_cited_year():
    ref = parse_reference("J. Rimkus, Ūkis, Vilnius: Mintis, 1992 (1-qsis leid. Kaunas, 1926), p. 33.")
    assert (ref["title"], ref["publisher"], ref["year"]) == ("Ūkis", "Mintis", "1992")
