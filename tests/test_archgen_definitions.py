"""An archive's code defined with its town, or a house, between its name and the bracket, a word for "hereafter" and a
comma before the code, or a lead word before the name (generality round 3's misses, on invented notes)."""

from conftest import cite


def archives_of(*texts):
    rows = cite(*texts).citations
    return [(r.note_no, r.kind, r.archive_name) for r in rows.itertuples()]


def test_a_town_of_several_words_between_the_name_and_the_code_is_the_archives_town():
    rows = archives_of("Arxiu Comarcal del Bages, Sant Vicenç de Castellet (ACBG), fons Ajuntament, capsa 3, 1935.",
                       "ACBG, fons Ajuntament, capsa 4, 1936.")
    assert rows == [("1", "archival", "Arxiu Comarcal del Bages"), ("2", "archival", "Arxiu Comarcal del Bages")]


def test_a_comma_after_the_word_for_hereafter_still_defines_the_code():
    rows = archives_of("Arquivo Municipal de Vigo, Vigo (en diante, AMVi), caixa 12, 1931.", "AMVi, caixa 13, 1932.")
    assert [name for *_, name in rows] == ["Arquivo Municipal de Vigo"] * 2


def test_a_lead_word_before_the_archives_name_is_no_part_of_it():
    rows = archives_of("On the strike, see Tynedale Record Office, Hexham (TRO), box 4, 2 May 1926.",
                       "Ikus Gipuzkoako Artxibo Orokorra, Tolosa (aurrerantzean GAO), 12. kutxa, 1936.")
    assert [name for *_, name in rows] == ["Tynedale Record Office", "Gipuzkoako Artxibo Orokorra"]


def test_the_words_for_archive_and_hereafter_of_more_languages_define_a_code():
    rows = archives_of("Héraðsskjalasafn Árnesinga (hér eftir HÁr), askja 3, 1950.",
                       "Štátny archív v Prešove (ŠA PO), fond Župný úrad, kart. 3, 1925.",
                       "Tartu Linnamuuseum, Tartu (edaspidi TLM), f. 12, s. 4, 1921.")
    assert [kind for _, kind, _ in rows] == ["archival"] * 3


def test_a_code_that_goes_on_with_a_word_after_the_word_for_hereafter_is_defined():
    rows = archives_of("Archiv der Firma Haniel, Duisburg (im Folgenden: FA Haniel), Nr. 12, Bericht vom 3.4.1930.",
                       "FA Haniel, Nr. 13, Aktennotiz vom 5.6.1931.")
    assert rows == [("1", "archival", "Archiv der Firma Haniel"), ("2", "archival", "Archiv der Firma Haniel")]


def test_a_code_of_two_words_in_a_list_of_abbreviations_is_defined():
    rows = archives_of("Santrumpos: KAU RS = Kauno apskrities viešosios bibliotekos Rankraščių skyrius.",
                       "KAU RS, F 12-34, 1938 m. gegužės 4 d.")
    assert rows == [("2", "archival", "Kauno apskrities viešosios bibliotekos Rankraščių skyrius")]


def test_an_entry_of_a_list_of_archives_codes_is_no_citation_though_its_name_has_no_archive_word():
    rows = archives_of("Abbreviations: TA = Tyneside Archives; HHC = Hull History Centre, Hull; NRS = National Records of Scotland, Edinburgh.")
    assert rows == []
