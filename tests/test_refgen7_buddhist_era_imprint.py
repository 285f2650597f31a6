"""A book in a script without capitals whose imprint prints a Buddhist Era year alone (2400–2599: Laos, Cambodia,
Myanmar, Sri Lanka, as Thailand) is read by its shape, its year kept as printed. The Lao words here are on no list."""

import pandas as pd

from histkit.citations import extract_citations
from histkit.citations.caseless import caseless_imprint


def test_a_buddhist_era_year_ends_an_imprint_in_a_script_without_capitals():
    assert caseless_imprint("ສົມພອນ ແກ້ວ, ປະຫວັດສາດລາວ, ວຽງຈັນ: ສຳນັກພິມ, 2540").group("place", "year") == ("ວຽງຈັນ", "2540")


def test_a_number_beyond_the_buddhist_era_s_range_is_no_year():
    assert caseless_imprint("ສົມພອນ ແກ້ວ, ປະຫວັດສາດລາວ, ວຽງຈັນ: ສຳນັກພິມ, 2640") is None


def test_a_book_with_a_buddhist_era_year_is_a_reference_with_that_year():
    notes = pd.DataFrame({"doc_id": ["d"], "note_no": ["1"],
                          "text": ["ສົມພອນ ແກ້ວ, ປະຫວັດສາດລາວ, ວຽງຈັນ: ສຳນັກພິມ, 2540, ໜ້າ 45."]})
    refs = extract_citations(notes).references
    assert refs[["authors", "title", "place", "year"]].values.tolist() == [["ສົມພອນ ແກ້ວ", "ປະຫວັດສາດລາວ", "ວຽງຈັນ", "2540"]]
