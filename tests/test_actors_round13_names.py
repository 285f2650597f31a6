"""Names that change their form in mention round 13's languages; small texts written for each behaviour."""

from conftest import found_mentions


def test_a_russian_womans_adjectival_surname_declines_as_an_adjective():
    text = "Письма к Горской хранятся в архиве; о Горской писали газеты, а Горскую знали все."
    assert found_mentions(text, ("g", "Мария Горская", "person", "")) == [
        ("g", "Горской"), ("g", "Горской"), ("g", "Горскую")]
