"""Romanian editions of documents name their editor after the title with `publicate de` ("published by"):
the title ends there, as at `a cura di`."""

from histkit.citations.references import parse_reference


def test_the_title_ends_at_publicate_de():
    ref = parse_reference("Documente privitoare la istoria Sucevei, publicate de Gh. Ionescu, vol. II, Bucureşti, "
                          "Cartea Românească, 1925, p. 201-204.")
    assert ref["title"] == "Documente privitoare la istoria Sucevei"
    assert (ref["place"], ref["publisher"], ref["year"]) == ("Bucureşti", "Cartea Românească", "1925")
