"""The review page gives every citation kind a colour of its own, in its style and its legend (histkit.review)."""

import re

import pandas as pd
import pytest

from histkit.review import DocumentRows, review_html

_KINDS = ("archival", "literature", "ibid", "case", "legislation", "press", "parliament")


@pytest.fixture(scope="module")
def page():
    empty = {name: pd.DataFrame(columns=columns) for name, columns in {
        "documents": ["doc_id"], "blocks": ["zone", "start", "raw"], "notes": ["note_no", "marker_start"],
        "citations": ["note_no", "seq", "kind"], "references": ["note_no", "seq"], "mentions": ["actor_id"],
        "dates": ["start"], "problems": ["stage", "message"]}.items()}
    return review_html(DocumentRows("d", empty))


def _colours(page: str) -> dict[str, str]:
    return dict(re.findall(r"\.k-([a-z]+) \{ background: (#[0-9a-f]+); \}", page))


@pytest.mark.parametrize("kind", ["press", "parliament", "case", "legislation"])
def test_a_printed_source_or_legal_citation_is_coloured_on_the_review_page(page, kind):
    assert kind in _colours(page)


def test_each_citation_kind_has_a_colour_no_other_kind_has(page):
    colours = _colours(page)
    assert len({colours[kind] for kind in _KINDS}) == len(_KINDS)


@pytest.mark.parametrize("kind", ["press", "parliament", "case", "legislation"])
def test_the_legend_shows_each_coloured_kind(page, kind):
    assert f'<mark class="k-{kind}">{kind}</mark>' in page
