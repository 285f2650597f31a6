"""The words for archive and for "hereafter" of Azerbaijani, Indonesian, Vietnamese, Chinese, Japanese and Korean
define an archive's code (generality round 4's misses, on invented notes)."""

from conftest import cite


def archives_of(*texts):
    rows = cite(*texts).citations
    return [(r.note_no, r.kind, r.archive_name) for r in rows.itertuples()]


def test_an_azerbaijani_archive_defined_after_bundan_sonra_is_cited_again_by_its_code():
    rows = archives_of("Gəncə Şəhər Dövlət Arxivi (bundan sonra – GŞDA), f. 3, siy. 2, iş 7, 1925.",
                       "GŞDA, f. 3, siy. 2, iş 8.")
    assert [name for *_, name in rows] == ["Gəncə Şəhər Dövlət Arxivi"] * 2


def test_an_indonesian_archive_defined_after_selanjutnya_is_cited_again_by_its_code():
    rows = archives_of("Arsip Daerah Kota Medan, Medan (selanjutnya ADKM), No. 12, 1931.", "ADKM, No. 13, 1932.")
    assert [name for *_, name in rows] == ["Arsip Daerah Kota Medan"] * 2


def test_a_vietnamese_archive_defined_after_sau_day_viet_tat_la_is_cited_again_by_its_code():
    rows = archives_of("Chi cục Văn thư Lưu trữ Huế (sau đây viết tắt là CCLTH), hồ sơ 12, 1931.",
                       "CCLTH, hồ sơ 13, 1932.")
    assert [name for *_, name in rows] == ["Chi cục Văn thư Lưu trữ Huế"] * 2


def test_a_known_archives_name_followed_by_another_country_is_the_articles_own_archive():
    rows = archives_of("Archives nationales du Mali, Bamako (ANM), 1 E 12, 1935.", "ANM, 1 E 13, 1936.")
    assert [name for *_, name in rows] == ["Archives nationales du Mali"] * 2


def test_a_year_with_the_ukrainian_word_for_year_after_it_dates_the_file():
    rows = cite("Державний архів Херсонської області (ДАХО), ф. Р-12, оп. 1, спр. 3, 1938 р.").citations
    assert rows.date_start.tolist() == ["1938-01-01"]


def test_a_date_in_brackets_after_the_last_unit_dates_the_document():
    rows = cite("ДАЛО, ф. П-3, оп. 2, спр. 112, арк. 5 (15–17 квітня 1947 р.)").citations
    assert rows.date_start.tolist() == ["1947-04-15"]
