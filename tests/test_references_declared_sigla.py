"""A siglum an article declares for a work inside its full reference, before the cited page (`…, Olomouc 1987 (dále jen
LKH), s. 112`, `… (Edinburgh, 1931) [hereafter RBJ], 12`): the declaration holds no field, so the reference is read as
it would be without it, and each later citation by the siglum repeats the work and prints the siglum as its short
title, as a short title's repeat prints its words (`LKH 2, s. 130` → title `LKH`)."""

import pandas as pd

from histkit.citations import extract_citations, parse_reference


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(k) for k in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes).references


def test_a_declaration_before_the_cited_page_leaves_the_imprint_and_page_read():
    ref = parse_reference("Kronika města Litovle, ed. Pavel Hrubý, Olomouc 1987 (dále jen KML), s. 112–114.")
    assert (ref["title"], ref["place"], ref["year"], ref["pages"]) == ("Kronika města Litovle", "Olomouc", "1987",
                                                                       "s. 112–114")


def test_a_declaration_in_square_brackets_after_a_bracketed_imprint_leaves_the_reference_read():
    refs = _references("Register of the Burgh Court of Peebles, 1580–1600, ed. Janet Moffat (Edinburgh, 1975) "
                       "[hereafter RBP], 12.", "RBP, 40.")
    assert refs[["title", "year", "pages", "ref_of"]].values.tolist() == [
        ["Register of the Burgh Court of Peebles, 1580–1600", "1975", "12", ""], ["RBP", "1975", "40", "1:1"]]


def test_a_citation_by_a_declared_short_title_of_several_words_prints_it_as_its_title():
    refs = _references("Memoria del ministro de Fomento al Congreso (Bogotá: Imprenta Nacional, 1870) (en lo sucesivo, "
                       "Memoria de Fomento), 12.", "Memoria de Fomento, 18-19.")
    assert refs[["title", "year", "pages", "ref_of"]].values.tolist()[1] == ["Memoria de Fomento", "1870", "18-19", "1:1"]


def test_a_longer_word_that_begins_with_the_siglum_is_no_citation_by_it():
    refs = _references("Kronika města Litovle, ed. Pavel Hrubý, Olomouc 1987 (dále jen KML), s. 112.",
                       "KMLA, fond 12, kart. 3.")
    assert refs.ref_of.tolist() == [""]


def test_swedish_declares_with_i_fortsattningen_and_names_the_editor_with_utg_av():
    refs = _references("Uppsala stads tänkebok 1620–1630, utg. av Erik Lund, Uppsala 1960 (i fortsättningen UST), s. 45.",
                       "UST, s. 50.")
    assert refs[["authors", "title", "year", "ref_of"]].values.tolist() == [
        ["Erik Lund", "Uppsala stads tänkebok 1620–1630", "1960", ""], ["Erik Lund", "UST", "1960", "1:1"]]


def test_an_archive_s_code_declared_before_its_file_stays_an_archive_s():
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"],
                          "text": ["Якутский государственный объединённый музей истории и культуры народов Севера им. "
                                   "Ем. Ярославского (далее – ЯГОМИиКНС). КП 4512. Дневник, 1890-е гг."]})
    found = extract_citations(notes)
    assert found.citations.kind.tolist() == ["archival"] and found.references.empty
