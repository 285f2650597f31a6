"""Containers an article declares a short form for and then cites by it (reference round 50): journals, series,
editions of sources and reference works, declared in a list of abbreviations or after a word for "hereafter"."""

from conftest import cite

from histkit.citations.archives import default_matcher
from histkit.citations.definitions import learn_definitions


def test_a_list_of_abbreviations_declares_journals_beside_archives():
    matcher, journals = default_matcher().copy(), {}
    learn_definitions("Abréviations : AN = Archives nationales ; RHD = Revue historique de droit français et étranger.",
                      matcher, journals)
    assert journals["RHD"] == "Revue historique de droit français et étranger"
    assert "AN" not in journals and matcher.match("AN, X1A 8845")[0].name == "Archives nationales"


def test_the_lists_last_entry_ends_where_a_citing_sentence_follows():
    journals = {}
    learn_definitions("Siglen: HStAS = Hauptstaatsarchiv Stuttgart; ZNR = Zeitschrift für Neuere Rechtsgeschichte. – Zum "
                      "Forschungsstand vgl. Ulrich Kessler, Das Hofgericht, Stuttgart 1987, S. 11.", default_matcher().copy(),
                      journals)
    assert journals["ZNR"] == "Zeitschrift für Neuere Rechtsgeschichte"


def test_a_journal_declared_in_quotes_after_its_word_for_in_is_learned_without_them():
    journals = {}
    learn_definitions("Giovanna Ridolfi, Il notariato, in «Rivista di storia del diritto italiano» (d'ora in poi RSDI), 58 "
                      "(1985), pp. 45-80.", default_matcher().copy(), journals)
    assert journals["RSDI"] == "Rivista di storia del diritto italiano"


def test_a_container_printed_by_its_declared_short_form_gets_the_declared_name():
    refs = cite("Abréviations : AN = Archives nationales ; RHD = Revue historique de droit français et étranger.",
                       "Jean Marchadier, « Les avocats au parlement », RHD 58 (1980), p. 401-436, ici p. 410.").references
    assert refs.container.tolist() == ["Revue historique de droit français et étranger"]


def test_each_volume_cited_by_a_declared_short_form_is_a_reference_of_its_own():
    refs = cite("Abréviations : AN = Archives nationales ; ORF = Ordonnances des rois de France de la troisième race.",
                       "ORF 7, p. 223-229.", "ORF 12, p. 301.").references
    assert refs[["title", "volume", "ref_of"]].values.tolist() == [
        ["Ordonnances des rois de France de la troisième race", "7", ""],
        ["Ordonnances des rois de France de la troisième race", "12", ""]]


def test_another_volume_of_an_edition_declared_by_a_siglum_is_a_reference_of_its_own():
    refs = cite("Statuti della Repubblica fiorentina, a cura di Marco Tanzi, Firenze, Olschki, 1999 (d'ora in poi "
                       "Statuti), vol. 2, p. 145.", "Statuti, vol. 1, p. 88.").references
    assert refs[["title", "volume", "ref_of"]].values.tolist()[1] == ["Statuti della Repubblica fiorentina", "1", ""]


def test_another_volume_of_an_authors_collected_works_repeats_them():
    refs = cite("R. Descartes, Œuvres, Paris, Vrin, 1966, t. VI, p. 112 (désormais AT).", "AT I, 239.").references
    assert refs.ref_of.tolist() == ["", "1:1"]


def test_a_siglum_declared_after_a_books_imprint_names_no_archive():
    refs = cite("Volumina Legum, t. 2, Petersburg 1859 (dalej: VL), s. 45.", "VL, t. 3, s. 120.").references
    assert refs[["title", "volume"]].values.tolist() == [["Volumina Legum", "2"], ["Volumina Legum", "3"]]


def test_a_volume_cited_by_a_declared_short_form_after_a_sentence_is_read_from_the_short_form():
    refs = cite("Siglen: HStAS = Hauptstaatsarchiv Stuttgart; ZNR = Zeitschrift für Neuere Rechtsgeschichte.",
                "Den Tagungsbericht druckt ZNR 11 (1989), S. 240–244.").references
    assert refs[["title", "volume", "year"]].values.tolist() == [["Zeitschrift für Neuere Rechtsgeschichte", "11", "1989"]]
