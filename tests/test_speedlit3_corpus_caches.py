"""A corpus's pieces asked about again in a second build of the same process are answered from what was kept: the
per-text questions keep as many answers as a corpus of some 25 articles has pieces (issue 11: the warm build)."""

import pytest

from histkit.citations.gost import op_cit
from histkit.citations.legal import _case_at_start, without_lead_in
from histkit.citations.notetext import kept
from histkit.citations.press import press_issue
from histkit.citations.shortrefs import note_reference
from histkit.citations.tails import trailing_pages

PIECES = [f"Autor {k}, Titel {k}, Berlin 1990, {k}" for k in range(5000)]  # (more than the corpus's 4,125 texts)


@pytest.mark.parametrize("question", [trailing_pages, without_lead_in, op_cit, note_reference, press_issue,
                                      _case_at_start])
def test_a_second_pass_over_five_thousand_pieces_reads_none_again(question):
    question.cache_clear()
    first = [question(piece) for piece in PIECES]
    misses = question.cache_info().misses
    assert [question(piece) for piece in PIECES] == first
    assert question.cache_info().misses == misses == len(PIECES)


def test_a_kept_question_keeps_five_thousand_answers():
    asked = []
    shout = kept(lambda text: asked.append(text) or text.upper())
    for _ in range(2):
        answers = [shout(piece) for piece in PIECES]
    assert answers[:1] == [PIECES[0].upper()] and len(asked) == len(PIECES)
