"""Reading PDFs by their page geometry: blind fixtures, written before the reader.

Each test draws a small PDF with reportlab (tests/pdfmaker.py) — footnotes,
a footnote over a page break, side notes, two columns, raised markers, a
running head and folio, scanned pages, a locked or cut file — and checks the
tables histkit makes of it against expectations written by hand from what
was drawn. ``page`` is the PDF's page counted from 1; a block's box is
(x0, y0, x1, y1) in points from the top left of the page.
"""

from __future__ import annotations

import csv
import gc
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("reportlab", reason="the PDF tests draw their PDFs with reportlab (pip install reportlab)")

from pdfmaker import LEFT, PAGE_H, RIGHT, Sheet  # noqa: E402

from benchmarks.corpus import DEFAULT_CORPUS  # noqa: E402
from histkit import CorpusError, build_tables, load_corpus, read_document  # noqa: E402
from histkit.cli import main as histkit_main  # noqa: E402

CORPUS = DEFAULT_CORPUS  # $HISTKIT_CORPUS, else ../shared/corpus beside the repository or its worktree
NOTES_FROM_SOURCE = CORPUS.parent / "tools" / "notes_from_source.py"


# -- what the tests read from the tables ---------------------------------------------------------------------------

def tables_of(path: Path):
    """The document read from ``path`` and its tables."""
    doc = read_document(path)
    return doc, build_tables([doc])


def notes_of(tables) -> list[tuple[str, str]]:
    """The notes table as (note_no, text) rows, in its order."""
    return [(str(n), t) for n, t in zip(tables["notes"].note_no, tables["notes"].text)]


def body_of(tables) -> str:
    """The body blocks' reading, in order, joined with single spaces."""
    blocks = tables["blocks"]
    return " ".join(" ".join(blocks[blocks.zone == "body"].text).split())


def zone_texts(tables, zone: str) -> list[str]:
    blocks = tables["blocks"]
    return list(blocks[blocks.zone == zone].text)


def marker(doc, tables, note_no: str, before: str) -> str:
    """The text at note ``note_no``'s marker with the ``before`` characters in front of it."""
    notes = tables["notes"]
    row = notes[notes.note_no.astype(str) == note_no].iloc[0]
    assert row.marker_block_id, f"note {note_no} is linked to no marker"
    start = int(row.marker_start)
    return doc.text[start - len(before):start + len(note_no)]


# -- the PDFs (what is drawn is what the tests expect) -------------------------------------------------------------

def footnotes_pdf(folder: Path) -> Path:
    """One page: a paragraph calling three footnotes (Latin with diacritics), the notes under a short rule."""
    sheet = Sheet(folder / "footnotes.pdf")
    sheet.body([
        "Tito received Paul-Henri Spaak in Belgrade on 12 May 1954.^1 The",
        "talks dealt with the Balkan Pact and with Trieste, which Kardelj^2",
        "had discussed with the Italian envoy a week before. Že naslednji",
        "dan je Spaak odpotoval v Ljubljano, kjer ga je sprejel Kidrič.^3",
    ])
    sheet.footnotes([
        ("1", ["AJ, 507, IX, 9/I-12, Zabeleška o razgovoru predsednika Tita s Spaakom, 12. 5. 1954."]),
        ("2", ["Edvard Kardelj, Spomini: Borba za priznanje in neodvisnost nove Jugoslavije 1944–1957",
               "(Ljubljana: Državna založba Slovenije, 1980), 211."]),
        ("3", ["SI AS 1931, t. e. 45, Poročilo o obisku belgijskega ministra, 14. 5. 1954."]),
    ])
    return sheet.save()


def page_break_pdf(folder: Path) -> tuple[Path, dict[int, float]]:
    """Two pages: note 2 starts at page 1's foot and runs on at page 2's foot; the paragraph runs on too.

    Returns the path and the y of each page's footnote rule.
    """
    sheet = Sheet(folder / "page_break.pdf")
    sheet.body([
        "In the spring of 1954 Belgrade sought a line of its own between the",
        "blocs. The minutes of the talks with the Greek and Turkish envoys^1",
        "show how carefully Koča Popović weighed every clause of the",
        "treaty,^2 and the Foreign Ministry kept a close watch on the",
    ])
    rules = {1: sheet.footnotes([
        ("1", ["AJ, 507, IX, 9/I-12, Zapisnik sa sastanka u Državnom sekretarijatu, 3. 4. 1954."]),
        ("2", ["Koča Popović to the embassy in Athens, 20. 4. 1954, DAMSP, PA 1954, f. 24, which reports"]),
    ])}
    sheet.next_page()
    sheet.body([
        "reactions in Rome and London.^3 Nobody in Belgrade expected the",
        "alliance to last beyond the Trieste settlement.",
    ])
    rules[2] = sheet.footnotes([
        (None, ["the Greek objections at length and asks for new instructions."]),
        ("3", ["Dušan Bilandžić, Historija SFRJ (Zagreb: Školska knjiga, 1978), 201."]),
    ])
    return sheet.save(), rules


RUNNING_HEAD = "Marta Horvat: Tito and the West"


def running_heads_pdf(folder: Path) -> Path:
    """Three pages, each with the same running head at the top, one footnote, and its folio (101–103) under it."""
    sheet = Sheet(folder / "heads.pdf")
    pages = [
        (["The opening of Yugoslavia to the West began with bread, not with",
          "ideology: American wheat reached Rijeka in the winter of 1950.^1"],
         ("1", ["Lorraine M. Lees, Keeping Tito Afloat (University Park: Penn State University Press, 1997), 87."])),
        (["The aid came with no political strings, Kardelj told the party",
          "leadership, and the leadership chose to believe him.^2"],
         ("2", ["HDA, 1220, CK SKH, kut. 12, Zapisnik sjednice Politbiroa, 4. 1. 1951."])),
        (["By 1953 the military aid had grown larger than the economic,",
          "and with it came the first American advisers in Belgrade.^3"],
         ("3", ["NARA, RG 59, 768.5-MSP/3-1053, Allen to Dulles, 10 March 1953."])),
    ]
    for k, (body, note) in enumerate(pages):
        if k:
            sheet.next_page()
        sheet.running_head(RUNNING_HEAD)
        sheet.body(body)
        sheet.footnotes([note])
        sheet.folio(str(101 + k))
    return sheet.save()


SIDE_WIDTH = 127.0


def side_notes_pdf(folder: Path) -> Path:
    """Two pages with side notes in the outer margin: right of the body on page 1, left of it on page 2.

    Each side note stands level with the line that calls it; in the page's
    content the notes come before the body, the later note first.
    """
    sheet = Sheet(folder / "side_notes.pdf")
    right_column = 396.0
    sheet.side_note(right_column, 152, "2", ["SI AS 307, S 22/04; the", "same figures in the report",
                                              "of the court for 1904."], SIDE_WIDTH)
    sheet.side_note(right_column, 110, "1", ["SI AS 307, S 19/11,", "fol. 4."], SIDE_WIDTH)
    sheet.body([
        "The Ljubljana court heard the first bankruptcy",
        "cases under the new law in 1900.^1 Most debtors",
        "were small traders from Carniola and the coast,",
        "and few of them could pay even a tenth of what",
        "they owed.^2 The judges kept the files short.",
    ], limit=380)
    sheet.next_page()
    sheet.side_note(LEFT, 138, "4", ["RGBl. 337/1914."], SIDE_WIDTH)
    sheet.side_note(LEFT, 96, "3", ["Justizministerium to the", "court, 3. 5. 1912."], SIDE_WIDTH)
    sheet.body([
        "In 1912 the court asked Vienna for two more^3",
        "judges, and the ministry refused. The creditors",
        "turned instead to private settlements, which the",
        "law of 1914 then made binding.^4",
    ], x=215)
    return sheet.save()


def two_columns_pdf(folder: Path) -> Path:
    """One page in two columns whose lines stand level, the paragraph running from the left column into the right."""
    sheet = Sheet(folder / "columns.pdf")
    sheet.body([
        "The strike at the Litostroj works",
        "in December 1957 was the first in",
        "socialist Yugoslavia that the party",
        "could not hide. The workers stopped",
        "the machines for two days and sent",
        "their own delegates to the district",
    ], limit=286)
    sheet.body([
        "committee, not to the trade union.^1",
        "Kardelj spoke of a warning, and the",
        "newspapers, after a silence of a",
        "week, of a misunderstanding between",
        "the management and the collective.",
        "Tito said nothing in public.",
    ], x=309)
    sheet.footnotes([("1", ["SI AS 1589, CK ZKS, t. e. 320, Poročilo o stavki v Litostroju, 14. 1. 1958."])])
    return sheet.save()


def cyrillic_pdf(folder: Path) -> Path:
    """One page in Serbian Cyrillic, with two footnotes."""
    sheet = Sheet(folder / "cyrillic.pdf")
    sheet.body([
        "Тито је 12. маја 1954. примио белгијског министра Спака у",
        "Београду.^1 Разговор је трајао два сата, а Кардељ је после",
        "тога писао Хрушчову о Балканском пакту.^2",
    ])
    sheet.footnotes([
        ("1", ["АЈ, 507, IX, 9/I-12, Забелешка о разговору, 12. 5. 1954."]),
        ("2", ["Едвард Кардељ, Сећања: борба за признање и независност нове Југославије",
               "(Београд: Радничка штампа, 1980), 211."]),
    ])
    return sheet.save()


def hyphens_pdf(folder: Path) -> Path:
    """One page whose lines end in a broken word (negotia-|tions) and in a compound (Yugoslav-|Soviet)."""
    sheet = Sheet(folder / "hyphens.pdf")
    sheet.body([
        "The negotiations in London lasted three weeks. When the negotia-",
        "tions moved on to Rome in the autumn, the Yugoslav-",
        "Soviet split was already four years old.",
    ])
    return sheet.save()


TEN_NOTES = [
    "AJ, 507, III/35, Izveštaj o čistkama, 1948.",
    "Ibid., 4.",
    "VA, fond KPJ, k. 12.",
    "Ibid., k. 14.",
    "AJ, 507, III/36.",
    "HDA, 1220, kut. 5.",
    "Borba, 2. 3. 1950, 1.",
    "AJ, 507, III/60.",
    "Ibid.",
    "Milovan Đilas, Vlast (London: Naša reč, 1983), 77.",
]


def ten_notes_pdf(folder: Path) -> Path:
    """One page calling ten footnotes, the tenth with a two-digit raised marker."""
    sheet = Sheet(folder / "ten_notes.pdf")
    sheet.body([
        "Between 1948 and 1953 the party purged its ranks four times.^1 The",
        "first purge^2 hit the army,^3 the second^4 the police,^5 the third the",
        "schools^6 and the press.^7 The last, in 1953,^8 reached even the",
        "leadership,^9 and Đilas fell soon after it.^10",
    ])
    sheet.footnotes([(str(k), [text]) for k, text in enumerate(TEN_NOTES, start=1)])
    return sheet.save()


def raised_labels_pdf(folder: Path) -> Path:
    """One page whose footnote labels are small raised digits, as Word and LibreOffice print them."""
    sheet = Sheet(folder / "raised_labels.pdf")
    sheet.body([
        "The Slovene partisans reached Gorizia on 1 May 1945,^1 a day before",
        "the New Zealand division.^2",
    ])
    sheet.footnotes([
        ("1", ["SI AS 1487, ae 3110, Poročilo IX. korpusa, 2. 5. 1945."]),
        ("2", ["Geoffrey Cox, The Race for Trieste (London: Kimber, 1977), 201."]),
    ], raised_labels=True)
    return sheet.save()


def scanned_pdf(folder: Path, name: str = "scan.pdf") -> Path:
    """Two pages that are images only: no text layer."""
    sheet = Sheet(folder / name)
    sheet.scan()
    sheet.next_page()
    sheet.scan()
    return sheet.save()


def one_scanned_page_pdf(folder: Path) -> Path:
    """Three pages: text, an image only, text."""
    sheet = Sheet(folder / "mixed.pdf")
    sheet.body(["The first congress of the front met in Ljubljana in 1945.^1"])
    sheet.footnotes([("1", ["Slovenski poročevalec, 16. 7. 1945, 1."])])
    sheet.next_page()
    sheet.scan()
    sheet.next_page()
    sheet.body(["The second met only in 1949, after the break with Moscow.^2"])
    sheet.footnotes([("2", ["Ljudska pravica, 5. 6. 1949, 2."])])
    return sheet.save()


def plain_pdf(path: Path, encrypt=None) -> Path:
    """One page of text with one footnote, optionally encrypted."""
    sheet = Sheet(path, encrypt=encrypt)
    sheet.body(["Kidrič planned the first five-year plan in 1947.^1"])
    sheet.footnotes([("1", ["Boris Kidrič, Zbrana dela (Ljubljana, 1985), 3."])])
    return sheet.save()


def truncated_pdf(path: Path) -> Path:
    """The first half of the bytes of a valid PDF."""
    whole = plain_pdf(path.with_name("whole_" + path.name))
    data = whole.read_bytes()
    whole.unlink()
    path.write_bytes(data[:len(data) // 2])
    return path


# -- footnotes and markers -----------------------------------------------------------------------------------------

def test_footnotes_at_the_page_foot_become_the_notes_table_with_their_whole_text(tmp_path):
    _, tables = tables_of(footnotes_pdf(tmp_path))
    assert notes_of(tables) == [
        ("1", "AJ, 507, IX, 9/I-12, Zabeleška o razgovoru predsednika Tita s Spaakom, 12. 5. 1954."),
        ("2", "Edvard Kardelj, Spomini: Borba za priznanje in neodvisnost nove Jugoslavije 1944–1957 "
              "(Ljubljana: Državna založba Slovenije, 1980), 211."),
        ("3", "SI AS 1931, t. e. 45, Poročilo o obisku belgijskega ministra, 14. 5. 1954."),
    ]


def test_every_raised_marker_is_linked_to_its_note_glued_to_the_word_before_it(tmp_path):
    doc, tables = tables_of(footnotes_pdf(tmp_path))
    assert marker(doc, tables, "1", "1954.") == "1954.1"
    assert marker(doc, tables, "2", "Kardelj") == "Kardelj2"
    assert marker(doc, tables, "3", "Kidrič.") == "Kidrič.3"


def test_a_note_marker_sits_in_a_body_block(tmp_path):
    _, tables = tables_of(footnotes_pdf(tmp_path))
    zone_of = dict(zip(tables["blocks"].block_id, tables["blocks"].zone))
    assert [zone_of.get(b) for b in tables["notes"].marker_block_id] == ["body", "body", "body"]


def test_the_body_reads_the_paragraph_with_its_markers_and_without_the_notes(tmp_path):
    _, tables = tables_of(footnotes_pdf(tmp_path))
    assert body_of(tables) == (
        "Tito received Paul-Henri Spaak in Belgrade on 12 May 1954.1 The talks dealt with the Balkan Pact "
        "and with Trieste, which Kardelj2 had discussed with the Italian envoy a week before. Že naslednji "
        "dan je Spaak odpotoval v Ljubljano, kjer ga je sprejel Kidrič.3"
    )


def test_a_two_digit_raised_marker_is_one_marker_of_note_ten(tmp_path):
    doc, tables = tables_of(ten_notes_pdf(tmp_path))
    assert notes_of(tables) == [(str(k), text) for k, text in enumerate(TEN_NOTES, start=1)]
    assert marker(doc, tables, "10", "after it.") == "after it.10"
    assert marker(doc, tables, "1", "four times.") == "four times.1"


def test_footnote_labels_printed_small_and_raised_are_read_as_the_note_numbers(tmp_path):
    doc, tables = tables_of(raised_labels_pdf(tmp_path))
    assert notes_of(tables) == [
        ("1", "SI AS 1487, ae 3110, Poročilo IX. korpusa, 2. 5. 1945."),
        ("2", "Geoffrey Cox, The Race for Trieste (London: Kimber, 1977), 201."),
    ]
    assert marker(doc, tables, "1", "1945,") == "1945,1"
    assert marker(doc, tables, "2", "division.") == "division.2"


def test_cyrillic_body_and_notes_keep_their_letters(tmp_path):
    doc, tables = tables_of(cyrillic_pdf(tmp_path))
    assert notes_of(tables) == [
        ("1", "АЈ, 507, IX, 9/I-12, Забелешка о разговору, 12. 5. 1954."),
        ("2", "Едвард Кардељ, Сећања: борба за признање и независност нове Југославије "
              "(Београд: Радничка штампа, 1980), 211."),
    ]
    assert body_of(tables) == (
        "Тито је 12. маја 1954. примио белгијског министра Спака у Београду.1 Разговор је трајао два сата, "
        "а Кардељ је после тога писао Хрушчову о Балканском пакту.2"
    )
    assert marker(doc, tables, "1", "Београду.") == "Београду.1"


def test_a_word_hyphenated_at_a_line_end_is_read_whole_and_a_compound_keeps_its_hyphen(tmp_path):
    _, tables = tables_of(hyphens_pdf(tmp_path))
    assert body_of(tables) == (
        "The negotiations in London lasted three weeks. When the negotiations moved on to Rome in the autumn, "
        "the Yugoslav-Soviet split was already four years old."
    )


# -- page breaks, pages and boxes ----------------------------------------------------------------------------------

def test_a_footnote_running_over_the_page_break_is_joined_into_one_note(tmp_path):
    path, _ = page_break_pdf(tmp_path)
    _, tables = tables_of(path)
    assert notes_of(tables) == [
        ("1", "AJ, 507, IX, 9/I-12, Zapisnik sa sastanka u Državnom sekretarijatu, 3. 4. 1954."),
        ("2", "Koča Popović to the embassy in Athens, 20. 4. 1954, DAMSP, PA 1954, f. 24, which reports "
              "the Greek objections at length and asks for new instructions."),
        ("3", "Dušan Bilandžić, Historija SFRJ (Zagreb: Školska knjiga, 1978), 201."),
    ]


def test_each_note_carries_the_page_it_starts_on(tmp_path):
    path, _ = page_break_pdf(tmp_path)
    _, tables = tables_of(path)
    assert dict(zip(tables["notes"].note_no.astype(str), tables["notes"].page.astype(int))) == {"1": 1, "2": 1, "3": 2}


def test_a_paragraph_cut_by_the_page_break_reads_on_across_it_with_its_markers(tmp_path):
    path, _ = page_break_pdf(tmp_path)
    doc, tables = tables_of(path)
    assert body_of(tables) == (
        "In the spring of 1954 Belgrade sought a line of its own between the blocs. The minutes of the talks "
        "with the Greek and Turkish envoys1 show how carefully Koča Popović weighed every clause of the "
        "treaty,2 and the Foreign Ministry kept a close watch on the reactions in Rome and London.3 Nobody in "
        "Belgrade expected the alliance to last beyond the Trieste settlement."
    )
    assert marker(doc, tables, "3", "London.") == "London.3"


def test_blocks_carry_their_page_and_a_box_body_above_the_footnote_rule_notes_below_it(tmp_path):
    path, rules = page_break_pdf(tmp_path)
    _, tables = tables_of(path)
    blocks = tables["blocks"]
    placed = blocks[blocks.zone.isin(["body", "note"])]
    assert sorted(set(placed.page.astype(int))) == [1, 2]
    for row in placed.itertuples():
        rule = rules[int(row.page)]
        assert LEFT - 1 <= row.x0 < row.x1 <= RIGHT + 1, row
        assert 0 <= row.y0 < row.y1 <= PAGE_H, row
        if row.zone == "body":
            assert row.y1 < rule, row
        else:
            assert row.y0 > rule, row


def test_a_pdfs_document_row_says_pdf_its_page_count_and_the_extractor(tmp_path):
    path, _ = page_break_pdf(tmp_path)
    _, tables = tables_of(path)
    row = tables["documents"].iloc[0]
    assert (row.doc_id, row.source_format, int(row.n_pages), row.n_notes) == ("page_break", "pdf", 2, 3)
    assert re.search(r"\w+ \d", row.extractor), row.extractor  # a name and its version


# -- running heads, folios, side notes, columns ---------------------------------------------------------------------

def test_running_heads_and_folios_are_running_head_blocks_on_their_pages(tmp_path):
    _, tables = tables_of(running_heads_pdf(tmp_path))
    blocks = tables["blocks"]
    heads = blocks[blocks.zone == "running_head"]
    assert sorted(zip(heads.page.astype(int), heads.text)) == [
        (1, "101"), (1, RUNNING_HEAD), (2, "102"), (2, RUNNING_HEAD), (3, "103"), (3, RUNNING_HEAD),
    ]


def test_the_body_reads_on_from_page_to_page_without_running_heads_or_folios(tmp_path):
    _, tables = tables_of(running_heads_pdf(tmp_path))
    assert body_of(tables) == (
        "The opening of Yugoslavia to the West began with bread, not with ideology: American wheat reached "
        "Rijeka in the winter of 1950.1 The aid came with no political strings, Kardelj told the party "
        "leadership, and the leadership chose to believe him.2 By 1953 the military aid had grown larger than "
        "the economic, and with it came the first American advisers in Belgrade.3"
    )


def test_the_folio_under_the_footnotes_is_not_part_of_the_last_note(tmp_path):
    _, tables = tables_of(running_heads_pdf(tmp_path))
    assert notes_of(tables) == [
        ("1", "Lorraine M. Lees, Keeping Tito Afloat (University Park: Penn State University Press, 1997), 87."),
        ("2", "HDA, 1220, CK SKH, kut. 12, Zapisnik sjednice Politbiroa, 4. 1. 1951."),
        ("3", "NARA, RG 59, 768.5-MSP/3-1053, Allen to Dulles, 10 March 1953."),
    ]
    assert list(tables["notes"].page.astype(int)) == [1, 2, 3]


def test_side_notes_in_the_outer_margin_are_read_in_note_order_with_their_whole_text(tmp_path):
    _, tables = tables_of(side_notes_pdf(tmp_path))
    assert notes_of(tables) == [
        ("1", "SI AS 307, S 19/11, fol. 4."),
        ("2", "SI AS 307, S 22/04; the same figures in the report of the court for 1904."),
        ("3", "Justizministerium to the court, 3. 5. 1912."),
        ("4", "RGBl. 337/1914."),
    ]
    assert list(tables["notes"].page.astype(int)) == [1, 1, 2, 2]


def test_side_notes_are_linked_to_the_markers_in_the_body(tmp_path):
    doc, tables = tables_of(side_notes_pdf(tmp_path))
    assert marker(doc, tables, "1", "1900.") == "1900.1"
    assert marker(doc, tables, "2", "owed.") == "owed.2"
    assert marker(doc, tables, "3", "more") == "more3"
    assert marker(doc, tables, "4", "binding.") == "binding.4"


def test_the_body_of_pages_with_side_notes_reads_without_them(tmp_path):
    _, tables = tables_of(side_notes_pdf(tmp_path))
    assert body_of(tables) == (
        "The Ljubljana court heard the first bankruptcy cases under the new law in 1900.1 Most debtors were "
        "small traders from Carniola and the coast, and few of them could pay even a tenth of what they owed.2 "
        "The judges kept the files short. In 1912 the court asked Vienna for two more3 judges, and the ministry "
        "refused. The creditors turned instead to private settlements, which the law of 1914 then made binding.4"
    )


def test_a_two_column_page_is_read_column_by_column(tmp_path):
    _, tables = tables_of(two_columns_pdf(tmp_path))
    assert body_of(tables) == (
        "The strike at the Litostroj works in December 1957 was the first in socialist Yugoslavia that the "
        "party could not hide. The workers stopped the machines for two days and sent their own delegates to "
        "the district committee, not to the trade union.1 Kardelj spoke of a warning, and the newspapers, "
        "after a silence of a week, of a misunderstanding between the management and the collective. Tito "
        "said nothing in public."
    )


def test_a_note_called_in_the_right_hand_column_is_read_and_linked(tmp_path):
    doc, tables = tables_of(two_columns_pdf(tmp_path))
    assert notes_of(tables) == [("1", "SI AS 1589, CK ZKS, t. e. 320, Poročilo o stavki v Litostroju, 14. 1. 1958.")]
    assert marker(doc, tables, "1", "union.") == "union.1"


# -- scans and bad files -------------------------------------------------------------------------------------------

def test_a_pdf_of_scanned_pages_only_is_an_error_saying_there_is_no_text_and_naming_ocrmypdf(tmp_path):
    path = scanned_pdf(tmp_path)
    corpus = load_corpus(path)
    assert len(corpus) == 0
    assert [Path(e.path).name for e in corpus.errors] == ["scan.pdf"]
    assert "no text" in corpus.errors[0].problem
    assert "ocrmypdf" in corpus.errors[0].problem


def test_a_scanned_page_among_text_pages_is_a_problem_naming_it_and_the_other_pages_are_read(tmp_path):
    _, tables = tables_of(one_scanned_page_pdf(tmp_path))
    problems = tables.problems
    read = problems[problems.stage == "read"]
    assert len(read) == 1, problems.message.tolist()
    assert re.search(r"\bpages? 2\b", read.message.iloc[0]), read.message.iloc[0]
    assert body_of(tables) == ("The first congress of the front met in Ljubljana in 1945.1 "
                               "The second met only in 1949, after the break with Moscow.2")
    assert notes_of(tables) == [("1", "Slovenski poročevalec, 16. 7. 1945, 1."), ("2", "Ljudska pravica, 5. 6. 1949, 2.")]
    assert int(tables["documents"].n_pages.iloc[0]) == 3


def test_an_encrypted_pdf_is_an_error_that_asks_for_the_password_to_be_removed(tmp_path):
    path = plain_pdf(tmp_path / "locked.pdf", encrypt="secret")
    with pytest.raises(CorpusError) as caught:
        read_document(path)
    assert caught.value.path == str(path)
    assert "password" in caught.value.problem


def test_a_pdf_locked_only_against_printing_opens_and_is_read(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption

    locked = StandardEncryption("", ownerPassword="owner", canPrint=0, canModify=0)
    _, tables = tables_of(plain_pdf(tmp_path / "no_print.pdf", encrypt=locked))
    assert notes_of(tables) == [("1", "Boris Kidrič, Zbrana dela (Ljubljana, 1985), 3.")]
    assert body_of(tables) == "Kidrič planned the first five-year plan in 1947.1"


def test_a_truncated_pdf_is_an_error_naming_the_file(tmp_path):
    path = truncated_pdf(tmp_path / "cut.pdf")
    with pytest.raises(CorpusError) as caught:
        read_document(path)
    assert caught.value.path == str(path)
    assert caught.value.problem


def test_the_other_files_of_a_folder_are_read_past_a_locked_a_cut_and_a_scanned_pdf(tmp_path):
    plain_pdf(tmp_path / "good.pdf")
    plain_pdf(tmp_path / "locked.pdf", encrypt="secret")
    truncated_pdf(tmp_path / "cut.pdf")
    scanned_pdf(tmp_path)
    (tmp_path / "notes.txt").write_text("Tito met Spaak.1\n\n1 AJ, 507.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert sorted(d.doc_id for d in corpus) == ["good", "notes"]
    assert sorted(Path(e.path).name for e in corpus.errors) == ["cut.pdf", "locked.pdf", "scan.pdf"]
    tables = build_tables(corpus)
    assert sorted(tables.problems[tables.problems.stage == "load"].doc_id) == ["cut", "locked", "scan"]
    assert ("good", "1", "Boris Kidrič, Zbrana dela (Ljubljana, 1985), 3.") in set(
        zip(tables["notes"].doc_id, tables["notes"].note_no.astype(str), tables["notes"].text))


def test_histkit_tables_writes_the_notes_of_a_pdf(tmp_path, capsys):
    source = tmp_path / "in"
    source.mkdir()
    footnotes_pdf(source)
    assert histkit_main(["tables", str(source), "--out", str(tmp_path / "out")]) == 0
    written = (tmp_path / "out" / "notes.csv").read_text(encoding="utf-8")
    assert "Edvard Kardelj, Spomini: Borba za priznanje in neodvisnost nove Jugoslavije 1944–1957 (Ljubljana" in written
    assert "3 notes" in capsys.readouterr().out


def test_reading_a_pdf_leaves_no_object_frozen_from_the_collector(tmp_path):
    read_document(footnotes_pdf(tmp_path))
    assert gc.get_freeze_count() == 0


# -- the real PDFs rendered from Word files (skipped where ../shared/corpus is absent) -----------------------------

PNZ = sorted((CORPUS / "pnz").glob("*.pdf")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not PNZ or not NOTES_FROM_SOURCE.is_file(),
                    reason=f"the real corpus and its notes tool are not at {CORPUS} (see its README.md)")
@pytest.mark.parametrize("pdf", PNZ, ids=[p.stem for p in PNZ])
def test_a_pdf_rendered_from_a_word_file_has_every_numbered_note_of_the_word_file(pdf):
    gold = subprocess.run([sys.executable, str(NOTES_FROM_SOURCE), str(pdf.with_suffix(".docx"))],
                          capture_output=True, text=True, check=True).stdout
    numbered = [row["note_no"] for row in csv.DictReader(io.StringIO(gold)) if row["note_no"].isdigit()]
    _, tables = tables_of(pdf)
    found = [n for n in tables["notes"].note_no.astype(str) if n.isdigit()]
    assert found == numbered


def test_a_pdf_with_a_banner_before_its_header_is_read_as_a_pdf(tmp_path):
    # (Ghostscript and some mail gateways write lines before `%PDF-`; readers look for it in the first 1024 bytes)
    path = plain_pdf(tmp_path / "banner.pdf")
    path.write_bytes(b"GPL Ghostscript 10.02.0 (2023-09-13)\nCopyright (C) 2023 Artifex Software, Inc.\n"
                     + path.read_bytes())
    _, tables = tables_of(path)
    assert notes_of(tables) == [("1", "Boris Kidrič, Zbrana dela (Ljubljana, 1985), 3.")]


def one_page_pdf(path: Path, content: bytes) -> Path:
    """A one-page PDF drawing ``content`` (a content stream) in Helvetica, written object by object."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    data, offsets = b"%PDF-1.4\n", []
    for k, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n%s\nendobj\n" % (k, body)
    xref = b"".join(b"%010d 00000 n \n" % at for at in offsets)
    data += (b"xref\n0 %d\n0000000000 65535 f \n%strailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
             % (len(objects) + 1, xref, len(objects) + 1, len(data)))
    path.write_bytes(data)
    return path


def test_a_page_whose_font_maps_no_unicode_is_read_and_named_garbled_with_ocr_as_the_remedy(tmp_path):
    # (a subset font without a ToUnicode map: `Lorem ipsum dolor sit amet` shifted, the space a control character)
    path = one_page_pdf(tmp_path / "shifted.pdf", b"BT /F1 12 Tf 20 150 Td (0SVIQ\\004MTWYQ\\004HSPSV\\004WMX\\004EQIX) Tj ET")
    doc = read_document(path)
    [problem] = [p for p in doc.problems if "garbled" in p.message]
    assert problem.location == "page 1" and "ocrmypdf --force-ocr" in problem.message
    assert doc.text == "0SVIQ\x04MTWYQ\x04HSPSV\x04WMX\x04EQIX\n"  # (read as it is: nothing dropped)


def test_a_page_of_ordinary_text_is_not_called_garbled(tmp_path):
    doc = read_document(one_page_pdf(tmp_path / "plain.pdf", b"BT /F1 12 Tf 20 150 Td (Lorem ipsum dolor sit amet) Tj ET"))
    assert doc.text == "Lorem ipsum dolor sit amet\n" and not doc.problems


def circled_pdf(path: Path) -> Path:
    """Two body lines each calling a note by a raised circled number, and the notes labelled ①, ② at the page foot."""
    sheet = Sheet(path)

    def draw(x: float, y: float, text: str, size: float, rise: float = 0.0) -> float:
        sheet.canvas.setFont("DejaVuSans", size)  # (the serif face has no circled numbers)
        sheet.canvas.drawString(x, PAGE_H - y + rise, text)
        return x + sheet.width(text, size, "sans")

    draw(draw(LEFT, 120, "The committee met in Tokyo in 1923.", 11), 120, "①", 6.5, 4.5)
    draw(draw(LEFT, 134, "Its minutes survive in the prefectural archive.", 11), 134, "②", 6.5, 4.5)
    sheet.rule(LEFT, LEFT + 144, 745)
    for y, label, text in ((758, "①", "Inoue Kiyoshi, Nihon no rekishi (Tokyo: Iwanami, 1963), 12."),
                           (770, "②", "Ibid., 14.")):
        draw(LEFT, y, label, 9)
        draw(LEFT + 14, y, text, 9)
    return sheet.save()


def test_notes_labelled_and_called_by_circled_numbers_are_the_notes_table(tmp_path):
    # (Chinese and Japanese journals mark and label their notes ①, ②: one glyph a number)
    doc, tables = tables_of(circled_pdf(tmp_path / "circled.pdf"))
    assert notes_of(tables) == [("1", "Inoue Kiyoshi, Nihon no rekishi (Tokyo: Iwanami, 1963), 12."), ("2", "Ibid., 14.")]
    assert marker(doc, tables, "1", "1923.") == "1923.1" and marker(doc, tables, "2", "archive.") == "archive.2"
