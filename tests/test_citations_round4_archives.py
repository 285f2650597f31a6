"""Archives of rounds 1-4 of the blind fixtures (in-sample) read from authority rows and by shape: an archive in
brackets after a town whose unit's number looks like a year; archives added with their real names; each on
invented input."""

from conftest import cite, one_citation

from histkit.citations.archives import default_matcher
from histkit.citations.bracketed import archive_in_brackets


def test_a_units_number_that_looks_like_a_year_does_not_make_the_brackets_a_dated_citation():
    piece = "Ofício do governador, 3 de maio de 1890 (Luanda, ANA, códice 1812)."
    archive, start, end = archive_in_brackets(piece, default_matcher().copy())
    assert (archive.code, piece[start:end]) == ("ANA", "ANA")


def test_a_year_after_a_comma_in_the_brackets_still_makes_them_a_citation_of_their_own():
    assert archive_in_brackets("Ofício do governador (Luanda, ANA, códice 12, 1890).", default_matcher().copy()) is None


def test_the_added_archives_are_known_by_their_codes_and_names():
    matcher = default_matcher()
    for text, code in [("KITLV, Collectie X", "KITLV"), ("AGHMRE, 1580/12", "AGHMRE"), ("ANS, 13 G 7", "ANS"),
                       ("University of Cape Town Libraries, Special Collections, BC 1", "UCT Special Collections"),
                       ("Մատենադարան, դիվան", "Matenadaran"), ("Arquivo Nacional de Angola, códice 3", "ANA")]:
        assert matcher.match(text)[0].code == code, text


def test_a_code_the_authority_knows_opens_a_citation_with_its_holding_and_date():
    row = one_citation("KITLV, Leiden, Collectie Gerbrandy, inv. nr. 7, 1944–1945.")
    assert (row["archive"], row["unit"], row["date_start"], row["date_end"]) == \
        ("KITLV", "inv. nr. 7", "1944-01-01", "1945-12-31")


def test_a_name_ends_where_a_word_saying_the_papers_are_held_there_follows():
    matcher = default_matcher()
    assert matcher.match("国立公文書館所蔵「太政類典」")[0].code == "NAJ"
    assert matcher.match("国立公文書館員の記録") is None  # (another letter: the name goes on)


def test_the_name_trie_takes_the_held_words_it_is_given():
    from histkit.citations.nametrie import NameTrie
    assert NameTrie(["档案馆"], ("藏",)).match("档案馆藏，档号").end(1) == 3
    assert NameTrie(["档案馆"]).match("档案馆藏，档号") is None


def test_a_japanese_and_after_the_full_stop_joins_another_citation_of_a_defined_archive():
    rows = cite("防衛省防衛研究所（以下、防研）所蔵「満密大日記」第3号、昭和12年5月2日。および防研所蔵「陸軍省雑文書」、日付なし。"
                ).citations
    rows = rows[rows.kind == "archival"]
    assert list(rows.archive) == ["NIDS", "NIDS"]
    assert list(rows.date_start) == ["1937-05-02", ""]


def test_a_days_full_stop_before_its_month_ends_no_reference():
    rows = cite("Schreiben des Landrats an den Präfekten, Trier, 14. Oktober 1941 (Luxemburg, ANLux, CdZ-A-12).").citations
    assert list(rows.kind) == ["archival"]
    assert rows.iloc[0]["date_start"] == "1941-10-14"


def test_a_remark_in_brackets_after_an_unlisted_archives_name_is_no_part_of_it():
    row = one_citation("Archives de la Société Minière (aujourd'hui Groupe Lorrain), Metz, C.III.12, procès-verbal, "
                       "3 mars 1938.")
    assert (row["archive"], row["archive_name"], row["date_start"]) == \
        ("Archives de la Société Minière", "Archives de la Société Minière", "1938-03-03")


def test_an_unlisted_archive_in_a_script_without_capitals_in_use_takes_its_full_name_from_the_brackets():
    row = one_citation("სსა არქივი (საქართველოს სახელმწიფო არქივი), ფ. 3, საქ. 12, 1925 წ.")
    assert (row["archive"], row["archive_name"]) == ("სსა არქივი", "საქართველოს სახელმწიფო არქივი")
    assert (row["date_start"], row["date_end"]) == ("1925-01-01", "1925-12-31")


def test_an_unlisted_repository_named_last_after_the_units_is_the_archive():
    row = one_citation("Smith to Jones, 4 May 1951, John Smith Papers, box 3, folder 7, Special Collections Research "
                       "Center, Example University Libraries.")
    assert (row["archive"], row["fond"], row["unit"], row["date_start"]) == \
        ("Special Collections Research Center, Example University Libraries", "John Smith Papers", "box 3, folder 7",
         "1951-05-04")


def test_op_cit_and_nothing_but_another_unit_repeats_the_archive_before():
    rows = cite("ΓΑΚ, Αρχείο Κ. Παπά, φάκ. 3, 2.5.1940.", "Ό.π., φάκ. 4.").citations
    assert (rows.iloc[1]["kind"], rows.iloc[1]["ibid_of"], rows.iloc[1]["archive"]) == ("ibid", "1:1", "GAK")


def test_op_cit_with_a_title_after_it_is_no_repeat_of_the_archive():
    rows = cite("ΓΑΚ, Αρχείο Κ. Παπά, φάκ. 3, 2.5.1940.", "Ό.π., Η Ελλάδα στον πόλεμο, σ. 4.").citations
    assert rows.iloc[1]["kind"] != "ibid"


def test_the_vietnamese_national_archives_centres_are_known_by_their_codes():
    row = one_citation("TTLTQG III, Phông Bộ Nội vụ, hồ sơ 77, ngày 3/11/1954.")
    assert (row["archive"], row["archive_name"], row["date_start"]) == \
        ("TTLTQG III", "Trung tâm Lưu trữ Quốc gia III", "1954-11-03")
