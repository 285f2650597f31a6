"""An Ibid. with its page ends at the full stop before the author's next sentence, whatever capital opens it: `Ivi,
p. 313. È il caso …` (Italian), `Ibid., p. 12. Élie Halévy …` (French), as `Ibid., p. 12. The …` always did."""

import pytest

from histkit.citations.ibid import IBID


@pytest.mark.parametrize("note, ibid", [
    ("Ivi, p. 313. È il caso di notare che corre in Mann un legame.", "Ivi, p. 313."),
    ("Ibid., p. 12. Élie Halévy en parle aussi.", "Ibid., p. 12."),
    ("Ebd., S. 4. Über diese Frage schrieb er.", "Ebd., S. 4."),
    ("Ibid., p. 12. The question remained.", "Ibid., p. 12."),
])
def test_the_ibid_ends_before_the_next_sentence(note, ibid):
    assert IBID.match(note).group() == ibid
