"""Round 35's rules: discursive notes (the document named in the author's sentence) and the short names an article
gives its fonds. Each test is one behaviour on a small invented note."""

from __future__ import annotations

import pandas as pd

from histkit import Document, build_tables
from histkit.citations import extract_citations


def _archival(*texts: str, doc: str = "d") -> list[dict]:
    notes = pd.DataFrame({"doc_id": [doc] * len(texts), "note_no": [str(i) for i in range(1, len(texts) + 1)],
                          "text": list(texts)})
    rows = extract_citations(notes).citations.fillna("")
    return rows[rows.kind.isin(["archival", "ibid"])].to_dict("records")


def test_a_fonds_short_name_the_article_defines_is_the_fond_of_a_later_note_that_opens_with_it():
    rows = _archival("Minute of 2 May 1910, TNA, Records of the Royal Mint (hereafter Mint papers), MINT 9/45.",
                     "Mint papers, box 12, letter of 3 June 1911.")
    assert (rows[-1]["archive"], rows[-1]["fond"], rows[-1]["unit"]) == ("TNA", "Mint papers", "box 12")


def test_the_defining_brackets_are_no_part_of_the_fond_or_collection():
    rows = _archival("Lettera del 3 marzo 1930, ACS, Ministero delle finanze, Direzione generale del Tesoro "
                     "(d'ora in poi DGT), b. 45.")
    assert (rows[0]["fond"], rows[0]["collection"], rows[0]["unit"]) == (
        "Ministero delle finanze", "Direzione generale del Tesoro", "b. 45")


def test_a_bracket_that_only_names_a_fonds_to_give_it_a_short_name_cites_nothing():
    rows = _archival("Die Akten des Reichskommissars (BArch, R 3601; im Folgenden: RKO) sind lückenhaft; "
                     "vgl. RKO, Nr. 1245 (1930).")
    assert [(r["archive"], r["fond"], r["unit"]) for r in rows] == [("BArch", "RKO", "Nr. 1245")]


def test_an_archive_named_inside_the_sentence_gives_the_holding_that_follows_its_name():
    rows = _archival("The memorandum of 3 May 1921, now in The National Archives, Kew (hereafter TNA), FO 371/5432, "
                     "shows how little the Foreign Office knew.")
    assert (rows[0]["archive"], rows[0]["fond"], rows[0]["unit"], rows[0]["date_start"]) == (
        "TNA", "FO 371", "5432", "1921-05-03")


def test_the_one_date_of_the_sentence_before_a_bracketed_holding_dates_the_document():
    rows = _archival("Am 17. Juni 1929 schrieb der Landwirtschaftsminister an den Reichskanzler (BArch, R 43 I/2540), "
                     "er könne nicht mehr.")
    assert rows[0]["date_start"] == "1929-06-17"


def test_a_sentence_with_two_dates_before_the_bracket_dates_nothing():
    rows = _archival("Between 3 May 1921 and the crisis of 4 June 1922 the consul wrote often (TNA, FO 371/5432).")
    assert rows[0]["date_start"] == ""


def test_a_description_after_the_unit_and_a_colon_leaves_the_unit_and_dates_the_document():
    rows = _archival("Landesarchiv Berlin, A Rep. 001-02, Nr. 4512: Bericht des Oberbürgermeisters vom 3. Oktober 1929.")
    assert (rows[0]["unit"], rows[0]["date_start"]) == ("Nr. 4512", "1929-10-03")


def test_a_colon_inside_a_call_number_stays_in_the_holding():
    rows = _archival("Riksarkivet, Stockholm, B III 2:12, brev den 3 maj 1790.")
    assert "B III 2:12" in (rows[0]["fond"], rows[0]["unit"])


def test_the_date_of_a_clause_saying_the_document_lies_in_the_archive_with_an_article_dates_it():
    rows = _archival("Los planos de la fábrica, fechados en 1892, están en la BNE, Mss/21345.")
    assert (rows[0]["archive"], rows[0]["date_start"], rows[0]["date_end"]) == ("BNE", "1892-01-01", "1892-12-31")


def test_two_whole_dates_each_after_its_own_repeated_word_are_two_documents_even_at_the_citations_end():
    rows = _archival("ACS, Ministero dell'interno, b. 13, rapporti del 3 maggio 1933 e del 17 maggio 1933.")
    assert [r["date_start"] for r in rows] == ["1933-05-03", "1933-05-17"]


def test_two_days_ending_a_citation_with_no_word_repeated_stay_one_document():
    rows = _archival("ACS, Ministero dell'interno, b. 13, 3-IV-1932 y 9-IV-1932.")
    assert len(rows) == 1


def test_an_archives_code_after_prose_opens_a_citation_whose_number_comes_after_a_named_fonds():
    rows = _archival("La escritura de constitución de la sociedad, otorgada el 14 de junio de 1887 ante el notario del "
                     "distrito, se conserva en el AGA, Protocolos notariales, leg. 4512, fols. 301-320.")
    assert (rows[0]["unit"], rows[0]["date_start"]) == ("leg. 4512", "1887-06-14")


def test_a_fonds_short_name_between_dashes_inside_the_sentence_is_cited_with_the_sentences_date():
    rows = _archival("Die Akten (BArch, R 3601; im Folgenden: RKO) sind lückenhaft.",
                     "Man rechnete mit Verlusten, so die Aufzeichnung vom 4. Februar 1931 – RKO, Nr. 1302 –, "
                     "während der Haushalt nichts nennt.")
    assert [(r["archive"], r["fond"], r["unit"], r["date_start"]) for r in rows] == [
        ("BArch", "RKO", "Nr. 1302", "1931-02-04")]


def test_the_note_that_defines_a_fonds_short_name_keeps_the_fonds_name_it_prints():
    rows = _archival("Memoriał z 3 maja 1927 r., przechowywany dziś w Archiwum Akt Nowych (dalej: AAN), Ministerstwo "
                     "Przemysłu i Handlu (dalej: MPiH), sygn. 4512, dowodzi, że resort liczył się z wojną celną.",
                     "AAN, MPiH, sygn. 4513.")
    assert [r["fond"] for r in rows] == ["Ministerstwo Przemysłu i Handlu", "MPiH"]


def test_a_short_name_given_to_a_levels_word_before_its_number_is_no_fonds_short_name():
    # `Record Group (henceforth RG) 65/…`: RG abbreviates the level's word; a later `RG 65/…` keeps RG 65 its fond
    notes = ["National Archives and Records Administration, Washington DC (henceforth NARA), Record Group (henceforth "
             "RG) 65/A1-136/122, FBI report, 1944.", "NARA, RG 65/A1-136/124, FBI report, Aug. 1942."]
    text = "Body.1 text.2 text.\n\n" + "\n".join(f"{k} {note}" for k, note in enumerate(notes, start=1)) + "\n"
    rows = build_tables([Document.from_text(text, doc_id="d")])["citations"]
    assert rows[rows.note_no == "2"][["archive", "fond", "unit"]].values.tolist() == [["NARA", "RG 65", "A1-136/124"]]
