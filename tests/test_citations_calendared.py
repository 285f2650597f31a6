"""A document cited by its signature and also summarised in a printed calendar: an archival row, then a literature row."""

import pytest
from conftest import cite


@pytest.mark.parametrize("text, unit", [
    ("Nationaal Archief, Den Haag (hierna NA), VOC, inv. nr. 1120, brief van 3 mei 1701, gekalendeerd in: "
     "J. de Vries, Inventaris van de brieven uit Batavia, Den Haag, 1965, nr. 312.", "inv. nr. 1120"),
    ("AGR, Conseil des Finances, n° 412, lettre du 4 juin 1712, analysée dans J. Lefèvre (éd.), Correspondance "
     "des gouverneurs, Bruxelles, 1935, p. 88.", "n° 412"),
    ("Civil rolls for 1702, NA, VOC, inv. nr. 8811, calendared in P. Jansen (ed.), A Calendar of the Civil Rolls, "
     "Jakarta: ANRI, 2011, no. 45.", "inv. nr. 8811"),
])
def test_the_calendar_is_a_literature_row_after_the_document(text, unit):
    rows = cite(text).citations
    assert list(rows.kind) == ["archival", "literature"]
    assert rows.iloc[0].unit == unit


def test_a_book_citing_its_own_calendar_stays_one_reference():
    rows = cite("J. Smith, The Company's Courts, Leiden: Brill, 2007, 45, summarised in P. Jansen, Review, 2009.").citations
    assert "archival" not in list(rows.kind)
