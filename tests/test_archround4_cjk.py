"""Chinese, Japanese and Korean notes: full-width punctuation read as its ASCII form, an archive named in a script
without capitals, the word after its name saying the papers are held there (generality round 4's misses)."""

from conftest import cite


def archives_of(*texts):
    rows = cite(*texts).citations
    return [(r.note_no, r.kind, r.archive_name, r.date_start) for r in rows.itertuples()]


def test_an_archive_named_in_chinese_and_held_there_is_cited_with_its_file_and_date():
    rows = archives_of("天津市档案馆藏，档号Q1-2-3，1947年6月2日。")
    assert rows == [("1", "archival", "天津市档案馆", "1947-06-02")]


def test_an_archive_of_the_authority_named_in_chinese_and_held_there_is_the_authoritys():
    # (the held word ends the authority's name as it ends a code: `上海市档案馆藏` is the Shanghai Municipal Archives)
    rows = archives_of("上海市档案馆藏，档号Q1-2-3，1947年6月2日。")
    assert rows == [("1", "archival", "Shanghai Municipal Archives", "1947-06-02")]


def test_an_archive_defined_in_full_width_brackets_is_cited_again_by_its_code():
    rows = archives_of("南京市档案馆（以下简称南档）藏，全宗号3，案卷号12，1936年5月4日。", "南档藏，全宗号3，案卷号13。")
    assert [name for _, _, name, _ in rows] == ["南京市档案馆"] * 2


def test_a_korean_archive_held_there_is_named_without_the_word_for_held():
    rows = archives_of("부산기록관 소장, 관리번호 BA0001, 1952년 3월 5일.")
    assert rows == [("1", "archival", "부산기록관", "1952-03-05")]
