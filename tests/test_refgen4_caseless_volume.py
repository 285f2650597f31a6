"""A book in a script without case cited with its volume (`Title, ტ. 2, რედ. Name, Place: Publisher, 1978`): the title
ends before the volume's mark and number, whatever words follow them; and cited again short with no author (`Title,
ტ. 2, გვ. 330`), it is a reference that repeats the full one."""

import pandas as pd

from histkit.citations import extract_citations, parse_reference
from histkit.citations.titlevolume import read_title_volume

# (`ქრლ.`, `ვემკ.`, `קורל`: made-up words for the volume's, the editor's and the page's marks)
_FULL = "ქართული სოფლის ისტორია, ქრლ. 2, ვემკ. ვ. ცინცაძე, თბილისი: მეცნიერება, 1978, გვქ. 310."
_SHORT = "ქართული სოფლის ისტორია, ქრლ. 2, გვქ. 330."


def test_a_caseless_books_title_ends_before_an_unknown_volume_mark_and_its_number():
    ref = parse_reference(_FULL)
    assert (ref["title"], ref["volume"], ref["year"]) == ("ქართული სოფლის ისტორია", "2", "1978")


def test_a_hebrew_volume_numbered_by_a_letter_ends_the_title():
    ref = parse_reference("דברי ימי המושבים, קורל ב, ומקה אליעזר בן-נון, תל אביב תשכ\"ג (1963), עמ' 310.")
    assert (ref["title"], ref["volume"], ref["year"]) == ("דברי ימי המושבים", "ב", "1963")


def test_a_caseless_title_with_a_volume_and_pages_is_a_short_reference_without_author():
    ref = {}
    assert read_title_volume(_SHORT, ref)
    assert ref == {"title": "ქართული სოფლის ისტორია", "volume": "2", "pages": "გვქ. 330"}


def test_a_caseless_archives_code_with_a_fond_and_a_file_is_no_title():
    assert not read_title_volume("სცსა, ფ. 227, აღ. 1", {})  # (one word: an archive's code, not a title)


def test_a_caseless_short_title_with_its_volume_repeats_the_full_reference():
    notes = pd.DataFrame({"doc_id": "d", "note_no": ["1", "2"], "text": [_FULL, _SHORT]})
    refs = extract_citations(notes).references
    assert refs[["title", "ref_of"]].values.tolist()[-1] == ["ქართული სოფლის ისტორია", "1:1"]
