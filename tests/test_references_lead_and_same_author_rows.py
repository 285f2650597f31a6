"""Words of round 26's houses as data rows: the Swedish `dens.` ("the same author") before the author's next work, and
the Portuguese `veja-se` ("see") closing a lead-in. (The Scandinavian `Se`, "see", is no row: a lead word is looked
for inside a note too, and `se` is a word of Finnish titles, `Kuinka se oikein tapahtui`.)"""

import pandas as pd

from histkit.citations import extract_citations


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(k) for k in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes).references


def test_dens_names_the_author_of_the_work_before():
    refs = _references("Barbro Nylund, Gesäller, Åbo 1994, s. 56; dens., ”Mästarprovet i Vasa”, i: Jan Forsman (red.), "
                       "Staden, Helsingfors 2001, s. 88–104.", "Nylund, ”Mästarprovet”, s. 100.")
    assert refs.authors.tolist()[1] == "Barbro Nylund"
    assert refs.ref_of.tolist()[2] == "1:2"


def test_veja_se_closes_a_portuguese_lead_in():
    refs = _references("Sobre o contexto régio, veja-se MORAIS, Luís Filipe — A coroa e os concelhos. Porto: Edições "
                       "Afrontamento, 2003, p. 140.")
    assert refs.authors.tolist()[0].startswith("MORAIS")
