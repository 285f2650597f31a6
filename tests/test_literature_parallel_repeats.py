"""The repeats of a note printed in two languages (`Ebd., S. 201. Ibid., p. 197.`, `Weber, a. a. O., S. 390. Weber,
op. cit., p. 645.`) each repeat the work of their own language, which the note before cited one after the other."""

from histkit.literature.parallel import parallel_repeats


def _full(note: str, seq: int, authors: str, title: str) -> dict:
    return dict(doc_id="d", note_no=note, seq=seq, ref_of="", authors=authors, title=title, year="", raw="…")


def _repeat(note: str, seq: int, of: str, authors: str, title: str, raw: str) -> dict:
    return dict(doc_id="d", note_no=note, seq=seq, ref_of=of, authors=authors, title=title, year="", raw=raw)


def test_two_ibids_in_two_languages_repeat_the_two_works_of_the_note_before_in_order():
    rows = [_full("2", 1, "Hans Kelsen", "Reine Rechtslehre"), _full("2", 2, "Hans Kelsen", "Pure Theory of Law"),
            _repeat("3", 1, "2:2", "Hans Kelsen", "Pure Theory of Law", "Ebd., S. 201."),
            _repeat("3", 2, "2:2", "Hans Kelsen", "Pure Theory of Law", "Ibid., p. 197.")]
    assert [(row["ref_of"], row["title"]) for row in parallel_repeats(rows)[2:]] == [
        ("2:1", "Reine Rechtslehre"), ("2:2", "Pure Theory of Law")]


def test_two_op_cits_of_one_author_in_two_languages_repeat_his_two_works():
    rows = [_full("5", 1, "Max Weber", "Wirtschaft und Gesellschaft"), _full("5", 2, "Max Weber", "Economy and Society"),
            _repeat("7", 1, "5:2", "Weber", "Economy and Society", "Weber, a. a. O., S. 390."),
            _repeat("7", 2, "5:2", "Weber", "Economy and Society", "Weber, op. cit., vol. 2, p. 645.")]
    assert [row["ref_of"] for row in parallel_repeats(rows)[2:]] == ["5:1", "5:2"]


def test_two_ibids_in_the_same_words_stay_with_the_last_work():
    rows = [_full("2", 1, "Hans Kelsen", "Reine Rechtslehre"), _full("2", 2, "Eric Voegelin", "Die neue Wissenschaft"),
            _repeat("3", 1, "2:2", "Eric Voegelin", "Die neue Wissenschaft", "Ibid., p. 5;"),
            _repeat("3", 2, "2:2", "Eric Voegelin", "Die neue Wissenschaft", "ibid., pp. 7-9.")]
    assert [row["ref_of"] for row in parallel_repeats(rows)[2:]] == ["2:2", "2:2"]


def test_repeats_fewer_than_the_works_of_the_note_before_are_left_alone():
    rows = [_full("2", 1, "A. Alpha", "Eins"), _full("2", 2, "B. Beta", "Zwei"), _full("2", 3, "C. Gamma", "Drei"),
            _repeat("3", 1, "2:3", "C. Gamma", "Drei", "Ebd., S. 2."), _repeat("3", 2, "2:3", "C. Gamma", "Drei", "Ibid., p. 3.")]
    assert [row["ref_of"] for row in parallel_repeats(rows)[3:]] == ["2:3", "2:3"]


def test_a_short_title_and_an_ibid_after_it_both_repeat_the_work_the_title_names():
    rows = [_full("4", 1, "Montesquieu", "De l'esprit des lois"), _full("4", 2, "Montesquieu", "Vom Geist der Gesetze"),
            _repeat("14", 1, "4:2", "Montesquieu", "Vom Geist der Gesetze",
                    "Montesquieu, Vom Geist der Gesetze (wie Anm. 4), Bd. 2, S. 33"),
            _repeat("14", 2, "4:2", "Montesquieu", "Vom Geist der Gesetze", "ebd., S. 35.")]
    assert [row["ref_of"] for row in parallel_repeats(rows)[2:]] == ["4:2", "4:2"]
