"""JATS articles (SciELO, PubMed Central, OJS): notes at their calls, sections, back matter, sub-articles named."""

from pathlib import Path

import pytest

from histkit import CorpusError, analyse_layout, build_tables, load_corpus, read_document
from histkit.read.formats import format_of

DOCTYPE = ('<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.1 20151215//EN" '
           '"JATS-journalpublishing1.dtd">')


def make_jats(path: Path, body: str, back: str = "", front: str = "", after: str = "") -> Path:
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n{DOCTYPE}\n'
                    f'<article xmlns:xlink="http://www.w3.org/1999/xlink" xml:lang="pt">'
                    f'<front><journal-meta><journal-title-group><journal-title>Topoi</journal-title>'
                    f'</journal-title-group></journal-meta><article-meta><title-group>'
                    f'<article-title>O trigo e o Estado</article-title></title-group>{front}</article-meta></front>'
                    f'<body>{body}</body><back>{back}</back>{after}</article>', encoding="utf-8")
    return path


def fn(ident: str, label: str | None, text: str) -> str:
    return f'<fn id="{ident}">' + (f"<label>{label}</label>" if label else "") + f"<p>{text}</p></fn>"


def call(ident: str, printed: str) -> str:
    return f'<xref ref-type="fn" rid="{ident}">{printed}</xref>'


def notes_of(path: Path) -> list[tuple[str, str]]:
    return [(n.note_no, n.text) for n in analyse_layout(read_document(path)).notes]


def test_a_note_of_the_back_matter_is_read_where_the_text_calls_it(tmp_path):
    path = make_jats(tmp_path / "a.xml", f"<sec><title>Fome</title><p>Vargas falou.{call('n1', '1')} Depois.</p></sec>",
                     f"<fn-group>{fn('n1', '1', 'CPDOC, GV c 1937.03.12.')}</fn-group>")
    doc = read_document(path)
    assert notes_of(path) == [("1", "CPDOC, GV c 1937.03.12.")]
    assert "Fome\n\nVargas falou.1 Depois." in doc.text and doc.meta["source_format"] == "jats"


def test_notes_are_in_the_order_the_text_calls_them_not_the_order_they_are_listed(tmp_path):
    path = make_jats(tmp_path / "a.xml", f"<p>Um.{call('b', '1')} Dois.{call('a', '2')}</p>",
                     f"<fn-group>{fn('a', '2', 'Segunda.')}{fn('b', '1', 'Primeira.')}</fn-group>")
    assert notes_of(path) == [("1", "Primeira."), ("2", "Segunda.")]


def test_notes_numbered_from_1_again_are_numbered_on_the_printed_number_kept_as_marker(tmp_path):
    path = make_jats(tmp_path / "a.xml", f"<p>A.{call('x1', '1')} B.{call('x2', '2')}</p><p>C.{call('y1', '1')}</p>",
                     f"<fn-group>{fn('x1', '1', 'Um.')}{fn('x2', '2', 'Dois.')}{fn('y1', '1', 'Outro.')}</fn-group>")
    assert notes_of(path) == [("1", "Um."), ("2", "Dois."), ("3", "Outro.")]


def test_a_note_called_twice_is_one_note_with_two_markers(tmp_path):
    path = make_jats(tmp_path / "a.xml", f"<p>A.{call('n1', '1')} B.{call('n1', '1')}</p>",
                     f"<fn-group>{fn('n1', '1', 'AJ, 507.')}</fn-group>")
    doc = read_document(path)
    assert [m.note_no for m in doc.marks] == ["1", "1"] and notes_of(path) == [("1", "AJ, 507.")]


def test_a_note_inside_the_paragraph_is_a_note_where_it_stands(tmp_path):
    path = make_jats(tmp_path / "a.xml", f"<p>Vargas falou.{fn('n1', '1', 'Ibid.')} Depois.</p>")
    assert notes_of(path) == [("1", "Ibid.")]


def test_an_unlabelled_note_no_call_names_is_back_matter_a_labelled_one_a_note(tmp_path):
    back = f"<fn-group>{fn('s', None, 'Pareceres autorizados.')}{fn('n1', '1', 'Chamada.')}{fn('n2', '2', 'Sem chamada.')}</fn-group>"
    path = make_jats(tmp_path / "a.xml", f"<p>Texto.{call('n1', '1')}</p>", back)
    doc = read_document(path)
    assert notes_of(path) == [("1", "Chamada."), ("2", "Sem chamada.")]
    assert [doc.text[r.start:r.end].strip() for r in doc.regions if r.zone == "back"] == ["Pareceres autorizados."]


def test_a_sections_label_and_title_are_one_heading_and_abstract_and_keywords_front_matter(tmp_path):
    front = ('<abstract><title>RESUMO</title><p>Sobre o trigo.</p></abstract>'
             '<kwd-group><title>PALAVRAS-CHAVE:</title><kwd>trigo</kwd><kwd>Estado</kwd></kwd-group>')
    path = make_jats(tmp_path / "a.xml", "<sec><label>1</label><title>Fome</title><p>Texto.</p></sec>", front=front)
    doc = read_document(path)
    zones = [(r.zone, doc.text[r.start:r.end].strip()) for r in doc.regions]
    assert zones == [("front", "O trigo e o Estado"), ("front", "RESUMO"), ("front", "Sobre o trigo."),
                     ("front", "PALAVRAS-CHAVE: trigo; Estado"), ("heading", "1 Fome"), ("body", "Texto.")]


def test_the_reference_list_is_back_matter_one_paragraph_a_reference(tmp_path):
    back = ('<ref-list><title>REFERÊNCIAS</title>'
            '<ref id="r1"><mixed-citation>FAUSTO, B. <italic>A revolução de 1930</italic>. São Paulo: Brasiliense, 1970.'
            '</mixed-citation></ref>'
            '<ref id="r2"><element-citation publication-type="book"><person-group person-group-type="author">'
            '<name><surname>Gomes</surname><given-names>A. C.</given-names></name></person-group>'
            '<source>A invenção do trabalhismo</source><year>1988</year></element-citation></ref></ref-list>')
    doc = read_document(make_jats(tmp_path / "a.xml", "<p>Texto.</p>", back))
    assert [doc.text[r.start:r.end].strip() for r in doc.regions if r.zone == "back"] == [
        "REFERÊNCIAS", "FAUSTO, B. A revolução de 1930. São Paulo: Brasiliense, 1970.",
        "Gomes, A. C., A invenção do trabalhismo, 1988"]


def test_a_tables_caption_rows_and_its_own_notes_are_read(tmp_path):
    table = ('<table-wrap id="t1"><label>Tabela 1</label><caption><title>Exportações</title></caption>'
             '<table><tr><td>Café</td><td>1930<xref ref-type="table-fn" rid="tf1">a</xref></td></tr></table>'
             '<table-wrap-foot><fn id="tf1"><label>a</label><p>Estimativa.</p></fn></table-wrap-foot></table-wrap>')
    doc = read_document(make_jats(tmp_path / "a.xml", f"<p>Texto.</p>{table}"))
    assert "Tabela 1 Exportações\n\nCafé 1930a" in doc.text
    assert notes_of(tmp_path / "a.xml") == [("a", "Estimativa.")]


def test_sub_articles_are_not_read_into_the_article_and_are_named_in_a_problem(tmp_path):
    sub = ('<sub-article article-type="translation" xml:lang="en"><body><p>Vargas spoke.</p></body></sub-article>'
           '<sub-article article-type="reviewer-report"><body><p>Accept.</p></body></sub-article>')
    doc = read_document(make_jats(tmp_path / "a.xml", "<p>Vargas falou.</p>", after=sub))
    assert "Vargas spoke" not in doc.text and "Accept" not in doc.text
    assert any("2 sub-articles not read" in p.message and "translation (en)" in p.message for p in doc.problems)


def test_title_authors_year_language_and_journal_come_from_the_front(tmp_path):
    front = ('<contrib-group><contrib contrib-type="author"><name><surname>Gomes</surname>'
             '<given-names>Angela</given-names></name></contrib></contrib-group>'
             '<pub-date pub-type="epub"><year>1999</year></pub-date>')
    meta = read_document(make_jats(tmp_path / "a.xml", "<p>Texto.</p>", front=front)).meta
    assert (meta["title"], meta["author"], meta["year"], meta["language"], meta["journal"]) == (
        "O trigo e o Estado", "Angela Gomes", "1999", "pt", "Topoi")


def test_a_jats_file_is_recognised_by_its_content_and_a_docbook_article_is_not(tmp_path):
    jats = make_jats(tmp_path / "a.xml", "<p>Texto.</p>").read_bytes()
    docbook = b'<?xml version="1.0"?><article xmlns="http://docbook.org/ns/docbook"><para>Text.</para></article>'
    assert format_of(jats).name == "jats" and format_of(docbook).name == "tei"


def test_a_folder_of_nxml_files_is_read_with_the_rest_of_the_corpus(tmp_path):
    make_jats(tmp_path / "a.nxml", f"<p>Texto.{call('n1', '1')}</p>", f"<fn-group>{fn('n1', '1', 'AJ, 507.')}</fn-group>")
    (tmp_path / "b.txt").write_text("Plain text.\n", encoding="utf-8")
    tables = build_tables(load_corpus(tmp_path))
    assert sorted(tables["documents"].source_format) == ["jats", "text"] and list(tables["notes"].text) == ["AJ, 507."]


def test_an_article_of_metadata_only_is_refused_by_name(tmp_path):
    path = tmp_path / "a.xml"
    path.write_text(f'{DOCTYPE}<article><front><article-meta><article-id>10.1/x</article-id></article-meta></front>'
                    '</article>', encoding="utf-8")
    with pytest.raises(CorpusError, match="a.xml: is a JATS article with no words"):
        read_document(path)


def test_pubmed_centrals_floats_group_gives_the_tables_and_their_notes(tmp_path):
    floats = ('<floats-group><table-wrap id="t1"><label>Table 1</label><caption><title>Cases</title></caption>'
              '<table><tr><td>Never</td><td>1.00 (reference)</td></tr></table></table-wrap></floats-group>')
    doc = read_document(make_jats(tmp_path / "a.xml", "<p>Texto.</p>", after=floats))
    assert "Table 1 Cases\n\nNever 1.00 (reference)" in doc.text


def test_a_citation_of_bare_fields_is_read_with_its_fields_apart(tmp_path):
    back = ('<ref-list><ref id="r1"><mixed-citation publication-type="journal"><name><surname>Bertani</surname>'
            '<given-names>G</given-names></name><year>2004</year><article-title>Lysogeny</article-title>'
            '<source>J Bacteriol</source><fpage>595</fpage><lpage>600</lpage></mixed-citation></ref></ref-list>')
    doc = read_document(make_jats(tmp_path / "a.xml", "<p>Texto.</p>", back))
    assert "Bertani, G, 2004, Lysogeny, J Bacteriol, 595–600" in doc.text


def test_a_table_set_inside_a_paragraph_keeps_its_cells_apart(tmp_path):
    body = ('<p>As follows:<table-wrap><table><tr><td>88 657</td><td>Men</td></tr></table></table-wrap> and so on.</p>')
    assert "88 657 Men" in read_document(make_jats(tmp_path / "a.xml", body)).text


def test_a_statement_with_a_name_for_label_is_back_matter_not_a_note(tmp_path):
    back = ('<fn-group><fn fn-type="conflict"><label>Conflitos de interesse</label><p>Nenhum.</p></fn>'
            '<fn fn-type="edited-by"><label>Editora:</label><p>Ana Lima.</p></fn></fn-group>')
    doc = read_document(make_jats(tmp_path / "a.xml", "<p>Texto.</p>", back))
    assert notes_of(tmp_path / "a.xml") == []
    assert [doc.text[r.start:r.end].strip() for r in doc.regions if r.zone == "back"] == [
        "Conflitos de interesse Nenhum.", "Editora: Ana Lima."]


def test_the_named_characters_of_the_jats_dtd_are_read_not_refused(tmp_path):
    doc = read_document(make_jats(tmp_path / "a.xml", "<p>Vargas&mdash;e&nbsp;Aranha &amp; outros.</p>"))
    assert "Vargas—e Aranha & outros." in doc.text  # (a no-break space is white space, as in every reader)
