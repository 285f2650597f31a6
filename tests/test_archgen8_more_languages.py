"""Words with no shape, added as data for languages historians publish in (`archive_words.csv`, `undated.csv`,
`ibid.csv`): an archive's head word, a no-date mark, an Ibid. word, each read where a note uses it."""

import pandas as pd

from histkit.citations import extract_citations, load_archives
from histkit.citations.words import archive_word
from histkit.dates import says_undated


def _rows(*notes):
    table = pd.DataFrame({"doc_id": ["d"] * len(notes), "note_no": [str(i + 1) for i in range(len(notes))], "text": list(notes)})
    return extract_citations(table, load_archives()).citations


def test_archive_head_words_of_more_languages_make_a_name_an_archives():
    names = ("Nasionale Argiewe van Suid-Afrika", "Pambansang Sinupan ng Pilipinas", "राष्ट्रिय अभिलेखालय",
             "Tasglann nan Eilean", "Idara ya Kumbukumbu na Nyaraka za Taifa")
    assert all(archive_word().search(name) for name in names)


def test_an_archive_named_in_afrikaans_opens_an_archival_citation():
    row = _rows("Kaapse Argiefbewaarplek, Kaapstad, CO 4012, brief 12, 3 May 1880.").iloc[0]
    assert (row.kind, row.archive) == ("archival", "Kaapse Argiefbewaarplek")


def test_no_date_marks_of_more_languages_are_read():
    assert says_undated("TNA, CO 691/123, bila tarehe") and says_undated("NAA, A1838, ongedateer")


def test_the_urdu_ibid_repeats_the_citation_before():
    rows = _rows("Punjab Archives, Lahore, file 12/45, 3 May 1931.", "ایضاً")
    assert (rows.iloc[1].kind, rows.iloc[1].archive) == ("ibid", rows.iloc[0].archive)
