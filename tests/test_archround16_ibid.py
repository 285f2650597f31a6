"""Ibid. rows of archival round 16 read in-sample."""

import pandas as pd

from histkit.citations import extract_citations


def _rows(*texts: str) -> list[tuple[str, str, str, str]]:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(i) for i in range(1, len(texts) + 1)], "text": list(texts)})
    rows = extract_citations(notes).citations.fillna("")
    return [(r.kind, r.unit, r.date_start, r.date_end) for r in rows.itertuples()]


def test_an_ibid_with_the_units_pages_then_its_own_date_takes_that_date():
    assert _rows("Hawaiʻi State Archives, Privy Council Minutes, vol. 4, p. 112, 3 March 1851.",
                 "Ibid., pp. 118–120, 7 & 14 April 1851.")[1] == ("ibid", "vol. 4", "1851-04-07", "1851-04-14")


def test_idem_then_a_file_of_the_same_papers_is_an_ibid():
    assert _rows("ISEAS Library, Tan Kim Seng Papers, box 1, file 4, June 1871.",
                 "Idem, file 7, 14–16 Aug. 1871.")[1] == ("ibid", "file 7", "1871-08-14", "1871-08-16")


def test_idem_then_a_signature_of_slashed_letters_is_an_ibid():
    assert _rows("Manx National Heritage Library and Archives, Atholl Papers, X/45, letter, 12 Sept. 1805.",
                 "Idem, X/52, 3–5 Oct. 1805.")[1] == ("ibid", "X/52", "1805-10-03", "1805-10-05")


def test_idem_then_a_portuguese_folder_is_an_ibid():
    assert _rows("Fundação Mário Soares, Documentos Amílcar Cabral, pasta 04602.042.012, carta, 12.3.1963.",
                 "Id., pasta 04602.043.001, Março-Abril de 1964.")[1] == (
        "ibid", "pasta 04602.043.001", "1964-03-01", "1964-04-30")
