"""Romanian names open with the comma-below capitals of today's orthography (`Ș`, `Ț`) as with the cedilla ones of
older print (`Ş`, `Ţ`): both are capitals, so a repeat by such a name is read as a name and its op. cit."""

from histkit.citations import parse_reference


def test_a_name_opening_with_a_comma_below_capital_is_the_authors_of_an_op_cit():
    ref = parse_reference("Ștefănescu-Varlaam, op. cit., p. 95.")
    assert (ref["authors"], ref["pages"]) == ("Ștefănescu-Varlaam", "p. 95")


def test_the_cedilla_capital_of_older_print_reads_the_same():
    assert parse_reference("Ţurcanu-Iepureni, op. cit., p. 95.")["authors"] == "Ţurcanu-Iepureni"


def test_a_short_title_by_a_name_opening_with_t_comma_below_has_its_author():
    ref = parse_reference("Țurcanu, Breslele Iașilor, p. 12.")
    assert (ref["authors"], ref["title"]) == ("Țurcanu", "Breslele Iașilor")
