"""TEI as converters from Word or HTML write it: notes in `<back>` tied to their calls by nothing but the number.

Such a file keeps the call as the printed number, raised (`<hi rend="superscript">2</hi>`),
and the notes apart with their ``@n``: the raised number calls the uncalled note of that number.
"""

from __future__ import annotations

from histkit import analyse_layout, read_document

NS = 'xmlns="http://www.tei-c.org/ns/1.0"'


def _notes(tmp_path, body: str, back: str) -> list[tuple[str, str, str]]:
    """Per note: its number, its text and the word its call follows."""
    path = tmp_path / "a.tei.xml"
    path.write_text(f'<TEI {NS}><teiHeader><fileDesc><titleStmt><title>Belgrade</title></titleStmt></fileDesc>'
                    f'</teiHeader><text><body>{body}</body><back>{back}</back></text></TEI>', encoding="utf-8")
    lay = analyse_layout(read_document(path))
    text = lay.doc.text
    return [(n.note_no, n.text, "" if n.marker_start is None else text[:n.marker_start].split()[-1])
            for n in lay.notes]


def test_back_notes_tied_to_nothing_are_called_where_their_number_is_raised(tmp_path):
    body = ('<p>The delegates met in Belgrade.<hi rend="superscript">1</hi> The minutes were kept in two '
            'languages.<hi style="vertical-align:super">2</hi> A room of 40 m<hi rend="italic">2</hi> held them.</p>')
    back = ('<div type="notes"><note n="1" place="foot">Archives of Yugoslavia, fond 507.</note>'
            '<note n="2" place="foot">Ibid., box 13.</note></div>')
    assert _notes(tmp_path, body, back) == [("1", "Archives of Yugoslavia, fond 507.", "Belgrade."),
                                            ("2", "Ibid., box 13.", "languages.")]


def test_a_raised_number_does_not_call_a_back_note_that_an_anchor_ties_elsewhere(tmp_path):
    body = ('<p>In 1951<hi rend="sup">1</hi> the delegates met in Belgrade.<anchor xml:id="a1"/> The minutes '
            'were kept.</p>')
    back = '<div type="notes"><note n="1" target="#a1">Archives of Yugoslavia, fond 507.</note></div>'
    assert _notes(tmp_path, body, back) == [("1", "Archives of Yugoslavia, fond 507.", "Belgrade.")]
