"""TEI notes as round 12's producers write them: notes in a `<standOff>` annotation list outside `<text>`; footnotes
lettered in another script beside commentary notes keyed to passages; an `<egXML>` example's `<note>`; `<ptr/>`s to
web addresses; the terms of `<index>` entries.
"""

from histkit import analyse_layout, read_document

TEI = 'xmlns="http://www.tei-c.org/ns/1.0"'
HEADER = "<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc></teiHeader>"


def tei(tmp_path, body, after=""):
    path = tmp_path / "a.tei.xml"
    path.write_text(f"<TEI {TEI}>{HEADER}<text><body>{body}</body></text>{after}</TEI>", encoding="utf-8")
    return analyse_layout(read_document(path))


def called(lay):
    """Each note's number, label, text and the last word before its marker."""
    return [(n.note_no, n.label, n.text, lay.doc.text[:n.marker_start].split()[-1]) for n in lay.notes]


def test_notes_in_a_standoff_annotation_list_are_called_where_refs_in_arabic_indic_digits_point_to_them(tmp_path):
    lay = tei(tmp_path, '<p>سجلات المحكمة.<ref xml:id="c1" target="#n1">١</ref> نحو ستين سجلاً.'
                        '<ref xml:id="c2" target="#n2">٢</ref></p>',
              '<standOff><listAnnotation type="notes"><note xml:id="n1" n="1" target="#c1">سجل رقم 12.</note>'
              '<note xml:id="n2" n="2" target="#c2">سجل رقم 14.</note></listAnnotation></standOff>')
    assert called(lay) == [("1", "١", "سجل رقم 12.", "المحكمة."), ("2", "٢", "سجل رقم 14.", "سجلاً.")]
    assert "سجل رقم" not in lay.doc.text[:lay.notes[0].marker_start]


def test_footnotes_lettered_in_cyrillic_are_numbered_in_reading_order_beside_keyed_commentary_notes(tmp_path):
    lay = tei(tmp_path, '<p>Сачуван је у Архиву.<note type="footnote" place="foot" n="а">Архив САНУ.</note> Писан је '
                        '<seg xml:id="k1">славеносрпским</seg><note type="commentary" target="#k1">О језику.</note> '
                        'језиком,<note type="footnote" place="foot" n="б">Младеновић 1989.</note> руком.</p>')
    assert called(lay) == [("1", "а", "Архив САНУ.", "Архиву."), ("2", "б", "Младеновић 1989.", "језиком,")]
    assert [lay.doc.text[n.marker_start] for n in lay.notes] == ["а", "б"]
    assert "О језику" not in lay.doc.text


def test_commentary_notes_are_the_notes_where_no_note_of_the_file_is_numbered_or_lettered(tmp_path):
    lay = tei(tmp_path, '<p>Писан је <seg xml:id="k1">славеносрпским</seg><note type="commentary" target="#k1">'
                        'О језику.</note> језиком.</p>')
    assert [(n.note_no, n.text) for n in lay.notes] == [("1", "О језику.")]


def test_a_note_shown_in_an_egxml_example_is_the_examples_words_not_a_note(tmp_path):
    lay = tei(tmp_path, '<p>An entry is a note;<note>Guidelines.</note> it reads:</p>'
                        '<egXML xmlns="http://www.tei-c.org/ns/Examples"><note place="margin" n="1">buried in '
                        'woollen</note></egXML><p>Later additions differ.<note>Chartham, 1698.</note></p>')
    assert [(n.note_no, n.text) for n in lay.notes] == [("1", "Guidelines."), ("2", "Chartham, 1698.")]
    assert "buried in woollen" in lay.doc.text[:lay.notes[1].marker_start]


def test_an_empty_pointer_to_a_web_address_prints_the_address_and_one_inside_the_file_prints_nothing(tmp_path):
    lay = tei(tmp_path, '<p>See the documentation.<note>At <ptr target="https://example.org/doc"/>.</note> '
                        'The method is in <ptr target="#method"/>.</p>')
    assert [n.text for n in lay.notes] == ["At https://example.org/doc."]
    assert "The method is in ." in lay.doc.text and "#method" not in lay.doc.text


def test_the_terms_of_an_index_entry_are_not_words_of_the_text(tmp_path):
    lay = tei(tmp_path, '<p>O starožitnostiach<index indexName="subjects"><term>Šafárik: Starožitnosti</term></index>'
                        '<note type="editorial">Vyšli 1837.</note> píšeš.</p>')
    assert called(lay) == [("1", "1", "Vyšli 1837.", "starožitnostiach")]
    assert "Šafárik" not in lay.doc.text


def test_a_ref_printing_its_notes_number_in_arabic_indic_digits_keeps_them_as_the_marker(tmp_path):
    lay = tei(tmp_path, '<p>سجلات المحكمة.<ref target="#n1">١</ref> نحو ستين سجلاً.<ref target="#n2">٢</ref></p>',
              '<standOff><listAnnotation><note xml:id="n1" n="1">سجل رقم 12.</note>'
              '<note xml:id="n2">سجل رقم 14.</note></listAnnotation></standOff>')
    assert [(n.note_no, lay.doc.text[n.marker_start]) for n in lay.notes] == [("1", "١"), ("2", "٢")]
