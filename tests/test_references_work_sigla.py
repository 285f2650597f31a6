"""Source editions: a work an article cites by a siglum it defines (`… (désormais AT)`, `… (im Folgenden: GS)`): the
defining reference is read without the bracket, and each later citation by the siglum (`AT VI, 165`, `GS, Bd. 3, S.
12`) is a repeat of it, with its own volume and pages and the siglum as the short title it prints; a translation named
after its original (`dt. Ausgabe: …, übersetzt und hg. von …`) is a reference of its own."""

import pandas as pd

from histkit.citations import extract_citations, parse_reference


def _references(*texts: str) -> pd.DataFrame:
    notes = pd.DataFrame({"doc_id": ["d"] * len(texts), "note_no": [str(k) for k in range(1, len(texts) + 1)],
                          "text": list(texts)})
    return extract_citations(notes).references


def test_a_citation_by_a_defined_siglum_repeats_the_work_it_names():
    refs = _references("R. Descartes, Œuvres, Paris, Vrin, 1966, t. VI, p. 112 (désormais AT).", "AT VII, 165-166.")
    assert refs[["authors", "title", "volume", "pages", "ref_of"]].values.tolist() == [
        ["R. Descartes", "Œuvres", "VI", "p. 112", ""], ["R. Descartes", "AT", "VII", "165-166", "1:1"]]  # (its short title is the siglum it prints)


def test_a_siglum_defined_after_the_imprint_s_run_of_years_leaves_the_reference_read():
    refs = _references("Cornelius Martini, Gesammelte Schriften, hg. von Renate Ostermeyer, 4 Bde., Stuttgart-Bad "
                       "Cannstatt 1981–1993, Bd. 2, S. 317 (im Folgenden: GS).", "GS, Bd. 3, S. 12–14.")
    assert refs[["title", "place", "year", "volume", "ref_of"]].values.tolist() == [
        ["Gesammelte Schriften", "Stuttgart-Bad Cannstatt", "1981", "2", ""],
        ["GS", "Stuttgart-Bad Cannstatt", "1981", "3", "1:1"]]


def test_an_archive_s_code_defined_in_brackets_is_no_work_s_siglum():
    refs = _references("Archivio Storico Diplomatico, Roma (hereafter ASD), busta 12.", "ASD, busta 13.")
    assert refs.empty


def test_the_count_of_a_work_s_volumes_is_no_part_of_its_title():
    ref = parse_reference("Cornelius Martini, Gesammelte Schriften, 4 Bde., Stuttgart 1981, S. 317.")
    assert (ref["authors"], ref["title"], ref["place"]) == ("Cornelius Martini", "Gesammelte Schriften", "Stuttgart")


def test_a_translation_named_after_its_original_is_a_reference_of_its_own():
    refs = _references("Justus Lipsius, Politicorum sive civilis doctrinae libri sex, Leiden 1589; dt. Ausgabe: Sechs "
                       "Bücher von der Politik, übersetzt und hg. von Gertrud Wohlfahrt, Darmstadt 1988, S. 97.")
    assert refs[["title", "year"]].values.tolist() == [["Politicorum sive civilis doctrinae libri sex", "1589"],
                                                      ["Sechs Bücher von der Politik", "1988"]]
