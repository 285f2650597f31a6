"""TEI files: headings, paragraphs and `<note>`s where they stand, pages from `<pb/>`, and files that are not articles."""

from pathlib import Path

import pytest
from benchmarks.corpus import DEFAULT_CORPUS
from conftest import load_script

from histkit import CorpusError, analyse_layout, build_tables, load_corpus, read_document
from histkit.read.tei import read_tei

CORPUS = DEFAULT_CORPUS  # $HISTKIT_CORPUS, else ../shared/corpus beside the repository or its worktree
needs_corpus = pytest.mark.skipif(not (CORPUS / "pnz").is_dir(),
                                  reason=f"the shared corpus is not at {CORPUS} (set HISTKIT_CORPUS to its folder)")

HEADER = """<teiHeader><fileDesc><titleStmt><title>Tito and Spaak</title>
  <author><forename>Miha</forename><surname>Zobec</surname><affiliation>ZRC SAZU</affiliation></author></titleStmt>
  <publicationStmt><date>2021</date></publicationStmt></fileDesc></teiHeader>"""


def tei(text: str, header: str = HEADER) -> bytes:
    return f'<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0">{header}<text>{text}</text></TEI>'.encode()


def read(text: str, header: str = HEADER):
    return read_tei(Path("a.tei.xml"), tei(text, header))


def notes_of(path_or_bytes, tmp_path=None):
    path = tmp_path / "a.tei.xml"
    path.write_bytes(path_or_bytes)
    return analyse_layout(read_document(path)).notes


def test_a_note_in_a_paragraph_gives_one_note_with_its_text_and_a_marker_where_it_stands(tmp_path):
    data = tei("""<body><p>Tito met
        Spaak.<note place="foot" n="1">AJ, 507,
        f. 3.</note> Then he left.</p></body>""", header="")
    path = tmp_path / "a.tei.xml"
    path.write_bytes(data)
    doc = read_document(path)
    lay = analyse_layout(doc)
    assert doc.text == "Tito met Spaak.1 Then he left.\n\n1 AJ, 507, f. 3.\n"
    assert [(n.note_no, n.text, n.marker_start) for n in lay.notes] == [("1", "AJ, 507, f. 3.", 15)]
    assert doc.marks[0].start == 15 and doc.meta["source_format"] == "tei"


def test_a_note_inside_highlighting_is_found_and_its_own_markup_gives_its_text():
    parsed = read("""<body><p><hi rend="italic">Tito met Spaak.<note place="foot" n="7">See <hi rend="italic">Borba</hi>,
        <ref target="http://x.org">x.org</ref>, <title>Delo</title><anchor xml:id="a1"/> <seg>12</seg>.</note></hi></p></body>""")
    assert "Tito met Spaak.7\n" in parsed.text
    note = [r for r in parsed.regions if r.zone == "note"]
    # (the file's only note, printed 7: note 1, written under its key as Word's notes from a later numStart are)
    assert [(r.note_no, parsed.text[r.start:r.end]) for r in note] == [("1", "1 See Borba, x.org, Delo 12.")]


def test_a_note_without_place_or_number_is_a_note_numbered_by_its_position():
    parsed = read("""<body><p>One.<note place="foot" n="1">First.</note> Two.<note>Second.</note></p></body>""")
    assert [m.note_no for m in parsed.marks] == ["1", "2"]
    assert parsed.text.endswith("1 First.\n\n2 Second.\n")


def test_heads_are_headings_that_open_sections_and_front_and_back_keep_their_zones(tmp_path):
    data = tei("""<front><docAuthor>Miha Zobec</docAuthor><div type="abstract"><head>Abstract</head><p>On Tito.</p></div></front>
        <body><div><head>Introduction</head><p>Tito met Spaak.</p></div></body>
        <back><div type="bibliography"><head>Sources</head><listBibl><bibl>AJ, fond 507.</bibl></listBibl></div></back>""")
    path = tmp_path / "a.tei.xml"
    path.write_bytes(data)
    blocks = [(b.zone, b.text) for b in analyse_layout(read_document(path)).blocks if b.zone != "blank"]
    assert blocks == [("front", "Tito and Spaak"), ("front", "Miha Zobec"), ("front", "Abstract"), ("front", "On Tito."),
                      ("heading", "Introduction"), ("body", "Tito met Spaak."), ("back", "Sources"),
                      ("back", "AJ, fond 507.")]


def test_a_page_break_sets_the_page_of_what_follows_by_its_number_or_else_by_the_count():
    parsed = read("""<body><pb n="12"/><p>On page twelve.<pb n="13"/> Still the paragraph of page twelve,
        with a note on page thirteen.<note n="1">AJ.</note></p><pb n="xiv"/><p>Third break.</p></body>""")
    pages = [(r.zone, r.page) for r in parsed.regions]
    assert pages == [("front", None), ("body", 12), ("body", 3), ("note", 13)]
    assert parsed.meta["n_pages"] == 3


def test_the_header_gives_title_author_year_and_the_texts_language():
    parsed = read('<body xml:lang="sl"><p>Tito.</p></body>')
    meta = parsed.meta
    assert (meta["title"], meta["author"], meta["year"]) == ("Tito and Spaak", "Miha Zobec", "2021")


def test_a_note_on_the_title_in_the_header_is_called_from_the_title_that_opens_the_text():
    header = HEADER.replace("Tito and Spaak</title>", 'Tito and Spaak<note place="foot" n="*">Funded.</note></title>')
    parsed = read("<body><p>Tito.</p></body>", header)
    assert parsed.text == "Tito and Spaak*\n\nTito.\n\n* Funded.\n"
    assert parsed.meta["title"] == "Tito and Spaak"


def test_two_notes_with_the_same_symbol_among_numbered_ones_are_kept_apart_and_the_relabelling_reported():
    parsed = read("""<front><docAuthor>Zobec<note n="*">Dr.</note></docAuthor></front>
        <body><p>Tito.<note n="*">Funded.</note> Spaak.<note n="1">AJ.</note></p></body>""")
    assert [m.note_no for m in parsed.marks] == ["*", "**", "1"]
    assert [p.message for p in parsed.problems] == ["two notes are labelled '*'; the later one is read as note '**'"]


def test_notes_standing_in_the_back_are_called_where_their_anchor_or_a_ref_to_them_stands():
    parsed = read("""<body><p>One.<anchor xml:id="a1"/> Two.<ref target="#n2">2</ref></p></body>
        <back><div type="notes"><note n="1" target="#a1">First.</note><note xml:id="n2" n="2">Second.</note></div></back>""",
                  header="")
    assert parsed.text.startswith("One.1 Two.2\n")
    assert [(m.note_no, m.start) for m in parsed.marks] == [("1", 4), ("2", 10)]
    assert parsed.text.endswith("1 First.\n\n2 Second.\n")


def test_a_tei_file_of_references_only_is_refused_as_not_an_article():
    data = b"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><standOff><listBibl><biblStruct/></listBibl>
        </standOff></TEI>"""
    with pytest.raises(CorpusError, match=r"has no <text>: a TEI file of references only \(standOff/listBibl\), "
                                          r"not an article; nothing to read"):
        read_tei(Path("a.tei.xml"), data)


def test_xml_that_is_not_tei_is_refused_naming_its_root_element():
    with pytest.raises(CorpusError, match=r"is XML but not TEI: its root element is <html> "
                                          r"\(namespace http://www.w3.org/1999/xhtml\)"):
        read_tei(Path("a.xml"), b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><p>Tito</p></html>')


def test_malformed_xml_is_refused_with_the_line_and_column_of_the_error():
    # the column is that of the mismatched tag's name, counted from 1
    with pytest.raises(CorpusError, match=r"not well-formed XML \(mismatched tag at line 3, column 7\)"):
        read_tei(Path("a.xml"), b'<?xml version="1.0"?>\n<TEI><text><body><p>Tito\n</p></p></body></text></TEI>')


def test_a_folder_with_a_broken_and_a_good_tei_file_reads_the_good_one(tmp_path):
    (tmp_path / "good.xml").write_bytes(tei('<body><p>Tito met Spaak.<note n="1">AJ, 507.</note></p></body>'))
    (tmp_path / "bad.xml").write_bytes(b'<?xml version="1.0"?><TEI><text><body><p>Tito</body></text></TEI>')
    corpus = load_corpus(tmp_path)
    assert [d.doc_id for d in corpus] == ["good"]
    assert [Path(e.path).name for e in corpus.errors] == ["bad.xml"]
    tables = build_tables(corpus)
    assert tables["notes"][["note_no", "text"]].values.tolist() == [["1", "AJ, 507."]]


@needs_corpus
def test_the_reference_only_tei_files_of_the_corpus_are_refused_with_the_reason():
    errors = load_corpus(sorted((CORPUS / "rg").glob("*.tei.xml"))[:2]).errors
    assert len(errors) == 2 and all("a TEI file of references only" in e.problem for e in errors)


@needs_corpus
def test_the_notes_of_the_eight_journal_tei_files_match_the_reference():
    """All 904 texts exact; one label differs: Zobec's title note and author note are both n="*" in the TEI."""
    script = load_script("measure_structured_notes")
    total = {r["file"]: r for r in script.measure(CORPUS / "pnz")}["TOTAL tei (8 files)"]
    assert (total["reference"], total["found"], total["same_label"], total["exact"], total["exact_any_label"]) == (
        904, 904, 903, 903, 904)


def test_notes_marked_with_circled_numbers_are_numbered_as_read_and_keep_their_marks(tmp_path):
    # (Chinese and Japanese journals number notes ①, ②, each page afresh: marks, as `*` and `†` are, and no number
    # `int` reads, though `str.isdigit` takes them for digits)
    data = tei("""<body><p>明治維新は1868年に始まった<ref target="#n1">①</ref>。<pb n="③"/>それから<ref target="#n2">②</ref>。</p>
        <note xml:id="n1" n="①" place="foot">井上清『日本の歴史』岩波書店、1963年、12頁。</note>
        <note xml:id="n2" n="②" place="foot">同上、14頁。</note></body>""", header="")
    assert [(n.note_no, n.text) for n in notes_of(data, tmp_path)] == [
        ("1", "井上清『日本の歴史』岩波書店、1963年、12頁。"), ("2", "同上、14頁。")]
    assert "始まった①。それから②。" in read_document(tmp_path / "a.tei.xml").text  # (the marks as printed)
