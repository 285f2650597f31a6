"""An Ibid. whose word no list holds, read from its shape, may be a word of a script without capitals: it is no
archive's code in capitals (`AJ, 507`)."""

from histkit.citations.ibidshape import unknown_ibid


def test_a_hebrew_ibid_on_no_list_is_read_from_its_shape():
    found = unknown_ibid("שם, עמ' 7.")
    assert found is not None and found.group("pages") == "עמ' 7"


def test_a_code_in_capitals_is_still_no_ibid():
    assert unknown_ibid("AJ, 507") is None
