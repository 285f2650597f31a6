"""An archive's code written as archives' reference codes write it: after its country, joined to its fond."""

from conftest import cite, one_citation

from histkit.citations.refcodes import reference_code_forms


def test_an_archives_code_after_its_countrys_iso_code_is_that_archive():
    row = one_citation("RS AJ 837, a. e. II-9-a, Memorandum o izseljeničkoj problematici, 20. 2. 1954, 2, 3.")
    assert (row.kind, row.archive, row.fond, row.unit, row.date_start) == \
        ("archival", "AJ", "837", "a. e. II-9-a", "1954-02-20")


def test_a_reference_code_joined_by_underscores_opens_the_archive_its_branch_and_the_fond():
    row = one_citation("SI_ZAL_LJU/0468, t. e. 132, a. e. 127/45, Kolonije ruskih beguncev.")
    assert (row.archive, row.fond, row.unit, row.title) == ("ZAL", "LJU/0468", "t. e. 132, a. e. 127/45",
                                                             "Kolonije ruskih beguncev")


def test_the_fond_a_slash_joins_to_the_archives_code_has_no_slash_of_its_own():
    assert one_citation("SI PAM/0011, t. e. 3, Zapisnik, 1945.").fond == "0011"


def test_the_croatian_dashed_reference_code_still_opens_its_fond():
    row = one_citation("HR-HDA-1220-CK SKH, kut. 12, Zapisnik, 3. 3. 1952.")
    assert (row.archive, row.fond, row.unit) == ("HDA", "1220", "kut. 12")


def test_a_code_and_a_number_after_a_full_stop_open_the_next_citation():
    rows = cite("SI AS 1931, t. e. 132, Kolonije ruskih beguncev. SI AS 1931, t. e. 134, Ruska matica.").citations
    assert [(r.archive, r.unit, r.title) for r in rows.itertuples()] == \
        [("ARS", "t. e. 132", "Kolonije ruskih beguncev"), ("ARS", "t. e. 134", "Ruska matica")]


def test_a_slovene_abbreviated_see_is_a_lead_in_not_part_of_the_title():
    row = one_citation("Gl. HDA 967, š. 50, Pismo, 28. 12. 1924.")
    assert (row.archive, row.fond, row.unit, row.title) == ("HDA", "967", "š. 50", "Pismo")


def test_the_english_fund_with_its_number_is_the_fond():
    row = one_citation("AY, fund no. 63, file no. 83/1926, Police report (2 July 1926).")
    assert (row.archive, row.fond, row.unit, row.date_start) == ("AJ", "63", "file no. 83/1926", "1926-07-02")


def test_reference_code_forms_come_from_the_archives_country():
    assert reference_code_forms("HDA", "HR") == ["HR HDA", "HR-HDA", "HR_HDA"]
    assert reference_code_forms("AS", "") == [] and reference_code_forms("RA Stockholm", "SE") == []


def test_a_source_editions_siglum_defined_inside_its_reference_cites_the_edition_not_an_archive():
    found = cite("Zbornik dokumentov in podatkov o narodnoosvobodilni vojni. Del VI, Boji v Sloveniji [dalje ZDP NOV VI], "
                 "knj. 14 (Ljubljana: Partizanska knjiga, 1972), 68, dok. 9.",
                 "ZDP NOV, VI, knj. 13, 248–52, dok. 80, Dogovor štabov brigade, 7. 5. 1944.")
    assert found.citations.kind.tolist() == ["literature", "literature"]
    again = found.references.iloc[1]
    assert (again.title, again.pages, again.ref_of) == (found.references.iloc[0].title, "248–52", "1:1")


def test_a_fond_number_with_its_part_and_box_after_a_dash_is_read_as_fond_part_and_box():
    rows = cite("AJ, 142/II – 623; Informacija sa sastanka, 27. 5. 1963; AJ, 142 / II – 626; Problemi kontracepcije.").citations
    assert [(r.fond, r.collection, r.unit) for r in rows.itertuples()] == [("142", "II", "623"), ("142", "II", "626")]


def test_a_fond_number_followed_by_the_fonds_name_without_a_comma_keeps_the_number_as_the_fond():
    row = one_citation("AJ 765 Generalni konzulat Kraljevine SHS v Buenos Airesu, š. 1, t. e. 2, Pismo, Santos, 5. 8. 1924.")
    assert (row.fond, row.collection, row.unit) == ("765", "Generalni konzulat Kraljevine SHS v Buenos Airesu", "š. 1, t. e. 2")
