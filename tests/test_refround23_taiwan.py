"""Reference round 23's Chinese notes in the house of Taiwan's journals: the author and a comma before the title's
mark, the imprint in brackets, the page's unit before the number (`頁45`), a journal's issue with its month, a
translator after the author, "see" glued to the name, the repeats `前引書` and `同氏`, and a newspaper's day after a
comma.

Every note here is made up for the test."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.references import parse_reference


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(k) for k in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes).references


def _fields(ref: dict, *names: str) -> list[str]:
    return [ref[name] for name in names]


def test_a_book_with_its_imprint_in_brackets_and_the_page_unit_before_the_number():
    ref = parse_reference("參見王志明，《清代臺灣的米價》（臺北：聯經出版事業公司，2004），頁12-15。")
    assert _fields(ref, "authors", "title", "place", "publisher", "year", "pages") == \
        ["王志明", "清代臺灣的米價", "臺北", "聯經出版事業公司", "2004", "12-15"]


def test_a_journal_article_with_its_volume_issue_and_month():
    ref = parse_reference("李玉華，〈茶商與洋行〉，《新史學》，第8卷第3期（1997年9月），頁45-80。")
    assert _fields(ref, "authors", "title", "container", "volume", "issue", "year") == \
        ["李玉華", "茶商與洋行", "新史學", "8", "3", "1997"]


def test_a_translation_names_its_author_first():
    ref = parse_reference("山口正夫著，張文中譯，《臺灣米穀經濟論》（臺北：臺灣銀行經濟研究室，民國45年，臺灣研究叢刊第12種），頁9。")
    assert _fields(ref, "authors", "title", "place", "pages") == ["山口正夫", "臺灣米穀經濟論", "臺北", "9"]


def test_the_work_cited_before_and_the_same_author_repeat_and_name_their_author():
    refs = _references("王志明，《清代臺灣的米價》（臺北：聯經出版事業公司，2004），頁12。",
                       "李玉華，〈茶商與洋行〉，《新史學》，第8卷第3期（1997年9月），頁45-80；同氏，《茶與帝國》（臺南：臺南市立文化中心，2001），頁3。",
                       "王志明，前引書，頁30。")
    assert refs[["authors", "title", "ref_of"]].values.tolist()[2:] == [["李玉華", "茶與帝國", ""],
                                                                        ["王志明", "清代臺灣的米價", "1:1"]]


def test_a_newspapers_day_after_a_comma_is_no_reference():
    assert _references("《臺灣日日新報》，1925年6月3日，版4。").empty
