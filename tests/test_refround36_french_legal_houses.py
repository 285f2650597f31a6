"""The French-language legal houses (round 36): modern case notes, observations and chronicles under a decision,
conclusions, `th.` for a thesis and `th. préc.`, a treatise's numbered paragraph after `Ibid.` and `Id.`, `et s.`,
the Swiss reviews' half-volume, the McGill Guide's French pinpoint and `Ibid à la p`, French case names with `c`,
and the subject before `v.` that opens a note."""

from __future__ import annotations

from unittest import mock

import pandas as pd

import histkit.citations.extract as extract
from histkit.citations.legal import legal_kind
from histkit.citations.mcgillfr import mcgill_forms
from histkit.citations.references import is_literature, parse_reference


def _notes(*texts: str) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": "d", "note_no": [str(k) for k in range(1, len(texts) + 1)], "text": list(texts)})


def references(*texts: str) -> pd.DataFrame:
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(_notes(*texts)).references


def citations(*texts: str) -> pd.DataFrame:
    with mock.patch.object(extract, "with_model_references", lambda refs, *_: refs):
        return extract.extract_citations(_notes(*texts)).citations


def _fields(piece: str, *names: str) -> tuple:
    ref = parse_reference(piece)
    return tuple(ref[name] for name in names)


def test_a_modern_case_note_after_the_report_year_and_page_is_a_reference_by_its_annotator():
    piece = "Rev. jur. Ouest 1988, p. 32, note C. Lebrun"
    assert is_literature(piece) and legal_kind(piece) == ""
    assert _fields(piece, "authors", "container", "year", "pages") == ("C. Lebrun", "Rev. jur. Ouest", "1988", "32")


def test_observations_after_a_decision_in_the_same_piece_are_the_annotators():
    piece = "Mons, 3 févr. 2005, Rev. rég. dr., 2005, p. 1102, obs. P. Lambert-Roy"
    assert _fields(piece, "authors", "container", "year") == ("P. Lambert-Roy", "Rev. rég. dr.", "2005")


def test_a_report_cited_by_its_part_and_item_number_gives_the_part_as_volume():
    assert _fields("Sem. jur. 2004, II, 10012, note R. Vial", "volume", "pages") == ("II", "10012")


def test_a_chronicle_signed_by_two_is_a_reference_by_both():
    assert _fields("Rev. adm. 1987, p. 275, chron. É. Roux et S. Blanc", "authors")[0] == "É. Roux et S. Blanc"


def test_a_review_numbered_by_issue_gives_the_issue_of_the_case_note():
    assert _fields("Rev. afr. dr. n° 862, 2008, p. 99, note K. Sanou", "issue", "year") == ("862", "2008")


def test_conclusions_under_a_decision_are_no_reference():
    assert legal_kind("Rev. adm. 1987, p. 120, concl. Y. Roy") == "case"
    assert references("Cass., 8 févr. 2001, Bull. 2001, p. 244, concl. av. gén. J. Roy.").empty


def test_a_case_note_repeated_by_note_préc_points_to_it():
    refs = references("Cass. civ., 14 mai 1987 ; Rev. jur. Ouest 1988, p. 32, note C. Lebrun.",
                      "Traité, Paris, 1990.", "C. Lebrun, note préc., p. 34.")
    assert refs[refs.note_no == "3"].ref_of.tolist() == ["1:2"]


def test_th_and_a_town_after_the_title_make_a_thesis_whose_repeat_is_th_préc():
    refs = references("G. Marchal, La garde des choses, th. Paris II, 1998, nos 45 et s.", "G. Marchal, th. préc., n° 61.")
    assert refs.title.tolist()[0] == "La garde des choses"
    assert refs.ref_of.tolist()[1] == "1:1"


def test_et_s_after_a_numbered_paragraph_follows_the_year():
    assert is_literature("G. Marchal, La garde des choses, Paris, LGDJ, 1998, n° 45 et s.")


def test_an_ibid_naming_a_treatises_numbered_paragraph_repeats_the_treatise_at_that_paragraph():
    cited = citations("F. Terrier, Les obligations, Paris, Dalloz, 2013, n° 1012.", "Ibid., n° 1015.")
    assert cited[["kind", "ibid_of", "pages"]].values.tolist()[-1] == ["ibid", "1:1", "n° 1015"]


def test_id_with_a_numbered_paragraph_repeats_the_work_before():
    cited = citations("F. Terrier, Les obligations, Paris, Dalloz, 2013, n° 1012.", "Id., n° 2230.")
    assert cited[["kind", "ibid_of", "pages"]].values.tolist()[-1] == ["ibid", "1:1", "n° 2230"]


def test_a_swiss_reviews_half_volume_after_the_year_is_no_part_of_the_reference():
    piece = "S. Favre, La négociation rompue, Rev. suisse 118 (1999) II 1-120, 45."
    assert is_literature(piece)
    assert _fields(piece, "container", "volume", "year") == ("Rev. suisse", "118", "1999")


def test_the_mcgill_guides_french_pinpoint_follows_a_book_with_its_province():
    piece = "Luc Tremblay, La vente, 4e éd, Cowansville (Qc), Yvon Blais, 2017 au para 245."
    assert is_literature(piece)
    assert _fields(piece, "title", "publisher", "year") == ("La vente", "Yvon Blais", "2017")


def test_ibid_a_la_p_repeats_the_last_work_at_its_page():
    cited = citations("Ann Roy, « Le dol » (1998) 58 R du B 201 à la p 215.", "Ibid à la p 220.")
    assert cited[["kind", "ibid_of"]].values.tolist()[-1] == ["ibid", "1:1"]


def test_a_french_case_name_with_c_and_its_report_is_a_decision():
    assert legal_kind("Roy c Banque du Nord, [1994] 1 RCS 402 aux pp 420–21.") == "case"
    assert legal_kind("Roy c Entreprises Blanc, 2007 CSC 61.") == "case"


def test_the_subject_before_v_that_opens_a_french_note_is_no_part_of_the_author():
    piece = "Sur l'héritage du Code civil de 1804, v. A. Diallo, Droit colonial, th. Dakar, 1996, p. 45."
    assert _fields(piece, "authors", "title") == ("A. Diallo", "Droit colonial")


def test_a_court_of_appeal_named_by_its_seat_with_the_day_and_report_is_a_decision():
    assert legal_kind("Namur, 12 mars 1998, Rev. jur., 1998-99, p. 411") == "case"
    assert legal_kind("Hanna Roy, Le contrat, Paris, 1998, p. 4") == ""


def test_an_advisory_opinion_of_the_ohada_court_is_the_courts():
    assert legal_kind("CCJA, ass. plén., avis n° 02/2000/EP du 26 avril 2000, Rec. CCJA spécial, p. 71.") == "case"


def test_la_note_préc_de_an_annotator_repeats_that_annotators_note():
    refs = references("Cass. civ., 4 juill. 1893, D. 1894.1.201, note H. Dubreuil.", "Traité, Paris, 1990.",
                      "V. la note préc. de H. Dubreuil, sous Cass. civ., 4 juill. 1893.")
    assert refs[refs.note_no == "3"].ref_of.tolist() == ["1:1"]


def test_the_mcgill_province_is_dropped_only_after_a_town_between_commas():
    assert mcgill_forms("Name, Titre, Cowansville (Qc), Yvon Blais, 2017") == "Name, Titre, Cowansville, Yvon Blais, 2017"
    assert mcgill_forms("Congrès (Goa), mémoire, 1955") == "Congrès (Goa), mémoire, 1955"
