"""Where a note's literature reference ends: commentary or another reference after its pages; statutes; US `id. at`."""

from conftest import cite

from histkit.citations import split_citations


def pieces(note: str) -> list[tuple[str, str]]:
    return [(s.role, s.raw) for s in split_citations(note) if s.role != "lead-in"]


def test_commentary_after_a_reference_and_its_pages_is_cut_off():
    assert pieces("Luhmann (Fn. 9), 603 ff. On intersystemic relations see the discussion below.") == \
        [("citation", "Luhmann (Fn. 9), 603 ff."), ("commentary", "On intersystemic relations see the discussion below.")]


def test_two_references_separated_by_a_full_stop_are_two_citations():
    note = "Vgl. Flecker, Arbeit und Beschäftigung (2017), 9-44. Böhle, Arbeit als Handeln, in Böhle (Hrsg), Handbuch (2010), 151-176."
    assert [raw for role, raw in pieces(note)] == \
        ["Flecker, Arbeit und Beschäftigung (2017), 9-44.", "Böhle, Arbeit als Handeln, in Böhle (Hrsg), Handbuch (2010), 151-176."]


def test_a_volume_number_before_a_full_stop_does_not_end_the_reference():
    note = "Ivan Lah: Gospodarska zgodovina. Zv. 2. Ljubljana : Cankarjeva založba, 1979, str. 310."
    assert pieces(note) == [("citation", note)]


def test_the_page_of_a_gost_reference_after_a_full_stop_stays_with_it():
    note = "Иванов И. И. Земство. М., 1995. С. 12."
    assert pieces(note) == [("citation", note)]


def test_a_description_ending_in_a_full_stop_before_an_archive_stays_one_citation():
    assert len(pieces("Bericht vom 3. März 1955. PA AA, B 12, Bd. 3.")) == 1


def test_a_statute_defining_its_abbreviation_is_not_an_archive():
    cited = cite("Thüringer Bibliotheksgesetz (ThürBibG) vom 16. Juli 2008, GVBl. 2008, S. 242.", "Vgl. § 5 ThürBibG.")
    assert "archival" not in cited.citations.kind.tolist()


def test_us_id_at_after_a_volume_number_repeats_the_citation_before():
    cited = cite("1 WILLIAM BLACKSTONE, COMMENTARIES 41 (1765).", "1 id. at 42.")
    assert cited.citations.kind.tolist()[-1] == "ibid"


def test_a_word_for_and_after_the_pages_before_another_reference_separates_them():
    note = "Bauer, Repertorium (wie Fn. 1) Bd. 1, 1 f. und Joachim von Schwarzkopf, Ueber Staats-Calender, Berlin 1792, 1–4."
    assert [raw for _, raw in pieces(note)] == \
        ["Bauer, Repertorium (wie Fn. 1) Bd. 1, 1 f.", "Joachim von Schwarzkopf, Ueber Staats-Calender, Berlin 1792, 1–4."]


def test_the_word_for_and_between_two_references_is_their_lead_in_and_only_spaces_fall_between_segments():
    note = "Bauer, Repertorium, 1 f. und Joachim Schwarzkopf, Calender, 1792, 1–4."
    segments = split_citations(note)
    assert [(s.role, s.raw) for s in segments][1] == ("lead-in", "und")
    between = [note[left.end:right.start] for left, right in zip(segments, segments[1:])]
    assert all(gap.isspace() for gap in between) and segments[0].start == 0 and segments[-1].end == len(note)


def test_words_in_small_letters_before_the_author_are_not_the_author():
    cited = cite("Vgl. die Überlegungen bei Andreas Gestrich, Absolutismus und Öffentlichkeit, Göttingen 1994, 200.")
    assert cited.references.authors.tolist() == ["Andreas Gestrich"]


def test_two_places_joined_by_and_and_a_cited_page_after_bes_make_a_book():
    cited = cite("Martin Ehlers, Winke für gute Fürsten, Kiel und Hamburg 1787, 459.",
                 "Aloys Winterling, Der Hof der Kurfürsten, Bonn 1986, bes. 153–158.")
    assert cited.references[["authors", "year"]].values.tolist() == [["Martin Ehlers", "1787"], ["Aloys Winterling", "1986"]]


def test_author_title_journal_volume_issue_and_bracketed_year_then_page_is_a_reference():
    cited = cite("Zeman, Legal mobilization: The neglected role of the law, American Political Science Review 77:3 (1983) 690 ff.",
                 "Bähr/Brunner, KlimaSeniorinnen: lessons from the Swiss case (2018) 194.")
    assert cited.citations.kind.tolist() == ["literature", "literature"]
