"""An access day closing a bracket after a web address is the reader's, not an imprint's year.

`…, 12 November 1938 (online: https://…, accessed 3 May 2021)`: with the day left, `(online: https://…, accessed 3
May 2021)` read as a book's `(Place: Publisher, Year)` and an archive's citation became literature (`routes`).
"""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.routes import without_access_days


def test_the_day_is_blanked_before_the_closing_bracket():
    text = "ITS, 2.1.1.1/70012345, list, 4 June 1946 (online: https://a.org/doc/70012345, accessed 12 March 2020)."
    assert "2020" not in without_access_days(text) and without_access_days(text).endswith(").")


def test_an_archive_cited_with_its_online_copy_stays_archival():
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"], "text": [
        "Arolsen Archives, 2.1.1.1/70012345, list of survivors, 4 June 1946 (online: "
        "https://collections.arolsen-archives.org/en/document/70012345, accessed 12 March 2020)."]})
    row = extract_citations(notes).citations.iloc[0]
    assert (row["kind"], row["archive"], row["date_start"]) == ("archival", "Arolsen", "1946-06-04")


def test_a_web_page_without_a_date_of_its_own_keeps_its_access_day():
    text = "SCOTUS, Oaths, https://a.gov (Accessed 15 November 2018)."
    assert without_access_days(text) == text
