"""French and Italian notes print `id.` in small letters for a second work of the author just cited (`…, p. 255 ;
id., Théorie générale des normes, …`): a reference of that author, as `Id.` is; a Bluebook `id. at 460` stays an
Ibid."""

import pandas as pd

from histkit.citations import extract_citations


def _tables(text: str):
    return extract_citations(pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [text]}))


def test_lowercase_id_opens_a_second_work_of_the_author_before():
    refs = _tables("Hans Kelsen, Théorie pure du droit, Paris, Dalloz, 1962, p. 255 ; id., Théorie générale des "
                   "normes, Paris, PUF, 1996, p. 12.").references
    assert refs[["authors", "title"]].values.tolist()[1] == ["Hans Kelsen", "Théorie générale des normes"]


def test_a_bluebook_id_at_a_page_stays_an_ibid():
    rows = _tables("Smith v. Jones, 123 U.S. 456 (1990); id. at 460.").citations
    assert rows.kind.tolist() == ["case", "ibid"]


def test_a_lowercase_id_before_a_page_is_no_second_work():
    refs = _tables("DANIEL J. BOORSTIN, THE MYSTERIOUS SCIENCE OF THE LAW 12 (1941); id. 55, 117-19.").references
    assert refs.title.tolist() == ["THE MYSTERIOUS SCIENCE OF THE LAW"]
