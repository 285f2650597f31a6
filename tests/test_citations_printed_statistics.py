"""A census or statistical yearbook cited by its office and title is a printed work, not an archive's file.

`Istituto …`, `Instituto …` open a statistical office's name as they open an archive's, and its volumes and tables
follow as units might; the title's word for a census (``statistics_words.csv``) says it is printed. A census held
in an archive's holdings stays the archive's file.
"""

import pandas as pd
import pytest

from histkit.citations import extract_citations
from histkit.citations.statistics import printed_statistics


def _rows(text: str) -> pd.DataFrame:
    return extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]})).citations.fillna("")


@pytest.mark.parametrize("text", [
    "Istituto centrale di statistica, VII censimento generale della popolazione, 21 aprile 1931, vol. III, Roma 1935, "
    "tav. 4.",
    "Instituto Nacional de Estadística, Censo de la población de España de 1950, t. I, Madrid, 1954, cuadro 3.",
])
def test_a_census_by_its_statistical_office_is_no_archival_citation(text):
    assert printed_statistics(text)
    assert "archival" not in set(_rows(text).kind)


def test_a_census_in_an_archive_s_holdings_stays_archival():
    text = "Stadtarchiv Ulm, Volkszählung 1939, Nr. 17, Haushaltsliste vom 17. Mai 1939."
    assert not printed_statistics(text)
    assert _rows(text).kind.iloc[0] == "archival"
