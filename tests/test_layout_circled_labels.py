"""Notes numbered with circled numbers (①, ②, … ㊿), as Chinese and Japanese journals number them: the labels at the
notes' starts and the calls in the text, glued to the next character as those scripts write them."""

from histkit import build_tables, read_document

CHINESE = ("近代史研究的论述①，但是档案②表明。\n\n"
           "① 参见李某：《中国近代史》，北京：人民出版社，1990年，第12页。\n"
           "②中国第二历史档案馆藏，全宗号二，案卷号45。\n")


def tables_of(tmp_path, text):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    return doc, build_tables([doc])


def test_circled_labels_start_notes_with_or_without_a_space_after_them(tmp_path):
    _, tables = tables_of(tmp_path, CHINESE)
    assert list(zip(tables["notes"].note_no, tables["notes"].text)) == [
        ("1", "参见李某：《中国近代史》，北京：人民出版社，1990年，第12页。"), ("2", "中国第二历史档案馆藏，全宗号二，案卷号45。")]


def test_a_circled_call_glued_to_the_next_character_is_the_notes_marker(tmp_path):
    doc, tables = tables_of(tmp_path, CHINESE)
    assert [doc.text[m - 2:m + 1] for m in tables["notes"].marker_start] == ["论述①", "档案②"]


def test_circled_notes_numbered_again_on_each_page_are_counted_on(tmp_path):
    text = CHINESE + "\f然而后来的研究①却不同。\n\n① 张某：《民国史》，上海：上海人民出版社，2001年，第3页。\n"
    _, tables = tables_of(tmp_path, text)
    assert list(zip(tables["notes"].note_no, tables["notes"].page)) == [("1", 1), ("2", 1), ("3", 2)]
