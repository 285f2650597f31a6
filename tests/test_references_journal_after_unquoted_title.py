"""Italian house: `Name, Title, «Journal», volume (year)` quotes only the journal; the title before it is unquoted."""

from histkit import parse_reference


def test_the_quoted_journal_after_an_unquoted_title_is_the_container_not_the_title():
    ref = parse_reference("L. Donati, Le vicende del fior di virtù, «La Bibliofilia», LXXVI, 1974, pp. 175-208.")
    assert (ref["authors"], ref["title"], ref["container"], ref["year"]) == (
        "L. Donati", "Le vicende del fior di virtù", "La Bibliofilia", "1974")


def test_a_new_series_mark_before_the_volume_is_read_past():
    ref = parse_reference("M. Paolin, Le visite pastorali, «Ricerche di storia sociale», n. s., 13, 1978, pp. 5-9")
    assert (ref["title"], ref["container"], ref["volume"], ref["year"]) == (
        "Le visite pastorali", "Ricerche di storia sociale", "13", "1978")


def test_a_title_with_commas_stays_whole():
    ref = parse_reference("G. Rossi, Mercanti, banchieri e notai, «Archivio lagunare», 47 (1995), pp. 9-10")
    assert (ref["authors"], ref["title"], ref["container"], ref["volume"]) == (
        "G. Rossi", "Mercanti, banchieri e notai", "Archivio lagunare", "47")


def test_a_quoted_title_right_after_the_names_is_still_the_title():
    ref = parse_reference("A. Dupont, « La réforme », Revue historique, 1972, p. 4")
    assert (ref["authors"], ref["title"], ref["container"]) == ("A. Dupont", "La réforme", "Revue historique")
