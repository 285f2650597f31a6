"""A volume before a journal's name after `in`, its year and page after (`in 2 Journal (2005) 3`), is the volume."""

from histkit.citations.references import parse_reference


def test_volume_opening_the_container_is_read_as_the_volume():
    ref = parse_reference("C. Schachter, The Concept of Expropriation, in 2 Transnational Dispute Management (2005) 3.")
    assert (ref["container"], ref["volume"], ref["year"], ref["pages"]) == ("Transnational Dispute Management", "2", "2005", "3")
