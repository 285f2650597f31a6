"""Word and TEI notes as round 10's producers write them: a chapter whose footnotes Word prints from 34
(`w:numStart`), calls typed as Unicode superscript digits with a typed notes list, notes marked by symbols and
letters (EEBO-TCP's marginal `*`, `†`, `a` …) with TCP's end-of-line hyphens, and a TEI note inside a note.
"""

import zipfile
from pathlib import Path

from histkit import analyse_layout, read_document
from histkit.read.tei import read_tei

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
TEI = 'xmlns="http://www.tei-c.org/ns/1.0"'
HEADING = '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/></w:style>'


def run(text="", ref=None):
    """A run of text, or a run calling Word footnote ``ref``."""
    if ref is not None:
        return f'<w:r><w:footnoteReference w:id="{ref}"/></w:r>'
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs, style=None):
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def docx(tmp_path, paragraphs, footnotes=None, settings="", final_section=""):
    path = tmp_path / "a.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml",
                   f"<w:document {W}><w:body>{''.join(paragraphs)}{final_section}</w:body></w:document>")
        z.writestr("word/styles.xml", f"<w:styles {W}>{HEADING}</w:styles>")
        z.writestr("word/settings.xml", f"<w:settings {W}>{settings}</w:settings>")
        if footnotes is not None:
            body = "".join(f'<w:footnote w:id="{i}"><w:p><w:r><w:footnoteRef/></w:r>'
                           f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
                           for i, text in footnotes.items())
            z.writestr("word/footnotes.xml", f"<w:footnotes {W}>{body}</w:footnotes>")
    return analyse_layout(read_document(path))


def tei(tmp_path, body):
    path = tmp_path / "a.tei.xml"
    path.write_text(f"<TEI {TEI}><text><body>{body}</body></text></TEI>", encoding="utf-8")
    return analyse_layout(read_document(path))


def notes_of(lay):
    return [(n.note_no, n.label, n.text) for n in lay.notes]


def before(lay):
    """Each note's number and the word just before its call."""
    return [(n.note_no, lay.doc.text[:n.marker_start].split()[-1]) for n in lay.notes]


# --------------------------------------------------------------------------- Word: numStart


START_34 = '<w:footnotePr><w:numStart w:val="34"/></w:footnotePr>'
CHAPTER = [para(run("Torpat."), run(ref=1), run(" Kaupungit."), run(ref=2))]


def test_footnotes_printed_from_34_are_notes_1_and_2_labelled_34_and_35(tmp_path):
    lay = docx(tmp_path, CHAPTER, {1: "Arkisto.", 2: "Ibid."}, settings=START_34)
    assert notes_of(lay) == [("1", "34", "Arkisto."), ("2", "35", "Ibid.")]


def test_footnotes_printed_from_34_print_34_and_35_in_the_text(tmp_path):
    lay = docx(tmp_path, CHAPTER, {1: "Arkisto.", 2: "Ibid."}, settings=START_34)
    assert lay.doc.text.startswith("Torpat.34 Kaupungit.35\n")
    assert before(lay) == [("1", "Torpat."), ("2", "Kaupungit.")]


def test_a_first_number_set_in_the_section_properties_is_printed_too(tmp_path):
    lay = docx(tmp_path, CHAPTER, {1: "Arkisto.", 2: "Ibid."}, final_section=f"<w:sectPr>{START_34}</w:sectPr>")
    assert notes_of(lay) == [("1", "34", "Arkisto."), ("2", "35", "Ibid.")]


def test_roman_footnotes_from_a_first_number_are_numbered_1_n_and_print_their_roman_number(tmp_path):
    settings = '<w:footnotePr><w:numFmt w:val="lowerRoman"/><w:numStart w:val="4"/></w:footnotePr>'
    lay = docx(tmp_path, CHAPTER, {1: "Arkisto.", 2: "Ibid."}, settings=settings)
    assert notes_of(lay) == [("1", "iv", "Arkisto."), ("2", "v", "Ibid.")]


# --------------------------------------------------------------------------- Word: typed superscript calls


NOTES_HEAD = para(run("Poznámky"), style="H1")


def test_calls_typed_as_superscript_digits_answer_a_list_labelled_by_superscripts(tmp_path):
    lay = docx(tmp_path, [para(run("Mlyny mestám.¹ Súpis z roku 1767² ich uvádza.")), NOTES_HEAD,
                          para(run("¹ "), run("Archív.")), para(run("² Tamže."))])
    assert notes_of(lay) == [("1", "¹", "Archív."), ("2", "²", "Tamže.")]
    assert before(lay) == [("1", "mestám."), ("2", "1767")]


def test_typed_superscript_calls_stay_as_typed_in_the_text(tmp_path):
    lay = docx(tmp_path, [para(run("Mlyny mestám.¹ Súpis z roku 1767² ich uvádza.")), NOTES_HEAD,
                          para(run("¹ Archív.")), para(run("² Tamže."))])
    assert lay.doc.text.startswith("Mlyny mestám.¹ Súpis z roku 1767² ich uvádza.\n")


def test_a_superscript_after_a_unit_following_a_number_is_a_power_and_no_call(tmp_path):
    lay = docx(tmp_path, [para(run("Mlyny.¹ Plocha 60 m² a 3 km³ dlhý jaz.² Koniec 140 m.³")), NOTES_HEAD,
                          para(run("1. Archív.")), para(run("2. Tamže.")), para(run("3. Tamže, s. 5."))])
    assert [n.note_no for n in lay.notes] == ["1", "2", "3"]
    assert before(lay) == [("1", "Mlyny."), ("2", "jaz."), ("3", "m.")]
    assert "60 m² a 3 km³" in lay.doc.text


def test_a_call_other_than_2_or_3_after_a_short_word_following_a_number_is_still_a_call(tmp_path):
    lay = docx(tmp_path, [para(run("V roku 1848 ho¹ opravili.")), NOTES_HEAD, para(run("¹ Archív."))])
    assert notes_of(lay) == [("1", "¹", "Archív.")]
    assert before(lay) == [("1", "ho")]


def test_superscript_digits_that_do_not_run_1_to_n_make_no_notes(tmp_path):
    lay = docx(tmp_path, [para(run("Mlyny.¹ Súpis.³")), NOTES_HEAD, para(run("¹ Archív.")), para(run("² Tamže."))])
    assert lay.notes == []
    assert "¹ Archív." in lay.doc.text


def test_superscript_digits_without_a_notes_list_stay_text(tmp_path):
    lay = docx(tmp_path, [para(run("Mlyny.¹ Súpis.²"))])
    assert lay.notes == [] and lay.doc.text == "Mlyny.¹ Súpis.²\n"


# --------------------------------------------------------------------------- TEI: symbols and letters


def test_notes_marked_only_by_symbols_and_letters_are_numbered_in_reading_order(tmp_path):
    lay = tei(tmp_path, '<p>Bradford<note n="*" place="margin">A Baker.</note> the town;'
                        '<note n="†" place="margin">Six hundred.</note></p>'
                        '<p>September<note n="a" place="margin">Anno 1675.</note> ground.</p>')
    assert notes_of(lay) == [("1", "*", "A Baker."), ("2", "†", "Six hundred."), ("3", "a", "Anno 1675.")]
    assert before(lay) == [("1", "Bradford"), ("2", "town;"), ("3", "September")]


def test_a_mark_repeated_on_a_later_page_is_a_note_of_its_own_without_relabelling(tmp_path):
    parsed = read_tei(Path("a.xml"), f'<TEI {TEI}><text><body><p>One<note n="*">First.</note></p><pb n="2"/>'
                                     f'<p>Two<note n="*">Second.</note></p></body></text></TEI>'.encode())
    assert [(m.note_no, parsed.text[m.start:m.end]) for m in parsed.marks] == [("1", "*"), ("2", "*")]
    assert parsed.problems == ()


def test_a_star_among_numbered_notes_keeps_its_mark_as_its_number(tmp_path):
    lay = tei(tmp_path, '<p>Title<note n="*">Funded.</note> text<note n="1">AJ.</note>'
                        ' more<note n="2">Ibid.</note></p>')
    assert [(n.note_no, n.label) for n in lay.notes] == [("*", "*"), ("1", "1"), ("2", "2")]


def test_a_tcp_end_of_line_hyphen_joins_the_word_in_the_text_and_in_a_note(tmp_path):
    lay = tei(tmp_path, '<p>a faith<g ref="char:EOLhyphen"/>full account, without cover<g ref="char:EOLhyphen"/>\n'
                        '  ing;<note n="*">Some dy<g ref="char:EOLhyphen"/>ed of cold.</note> and more.</p>')
    assert lay.doc.text.startswith("a faithfull account, without covering;* and more.\n")
    assert notes_of(lay) == [("1", "*", "Some dyed of cold.")]


def test_a_tcp_character_with_its_glyph_is_read_as_its_glyph(tmp_path):
    lay = tei(tmp_path, '<p>Amen <g ref="char:punc">▪</g> Finis.</p>')
    assert lay.doc.text == "Amen ▪ Finis.\n"


# --------------------------------------------------------------------------- TEI: a note inside a note


NESTED = ('<p>Written about 1800.<note place="bottom" n="1">Dated by the paper.<note place="bottom" n="2" '
          'type="editorial">Seen in 2019.</note> Watermark as Lbs 1120.</note> Few corrections.'
          '<note place="bottom" n="3">Listed.</note></p>')


def test_a_note_inside_a_note_is_a_note_of_its_own_not_words_of_the_outer_note(tmp_path):
    lay = tei(tmp_path, NESTED)
    assert notes_of(lay) == [("1", "1", "Dated by the paper. Watermark as Lbs 1120."), ("2", "2", "Seen in 2019."),
                             ("3", "3", "Listed.")]


def test_a_note_inside_a_note_is_called_inside_the_outer_note_after_the_word_before_it(tmp_path):
    lay = tei(tmp_path, NESTED)
    assert before(lay) == [("1", "1800."), ("2", "paper."), ("3", "corrections.")]
    inner = lay.notes[1]
    outer = next(b for b in lay.blocks if b.block_id == lay.notes[0].block_ids[0])
    assert outer.start < inner.marker_start < outer.end and not lay.warnings


def test_a_gloss_inside_a_note_stays_words_of_the_note(tmp_path):
    lay = tei(tmp_path, '<p>Text.<note n="1">See <note type="gloss">deed</note> here.</note></p>')
    assert notes_of(lay) == [("1", "1", "See deed here.")]
