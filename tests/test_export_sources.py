"""The Sources list: archival documents grouped by archive, fond and unit with their dates, then the literature."""

from html.parser import HTMLParser

import pytest
from conftest import REPO

from histkit.export import STYLE, export_store, sources_html, sources_markdown
from histkit.store import update_store


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample")
    update_store(REPO / "data" / "corpus", folder / "store", jobs=1)
    export_store(folder / "store", "sources", folder / "sources.md")
    export_store(folder / "store", "sources", folder / "sources.html")
    return (folder / "sources.md").read_text(encoding="utf-8"), (folder / "sources.html").read_text(encoding="utf-8")


def _manuscript(title, unit, start, end="", precision="day"):
    return {"type": "manuscript", "title": title, "archive": "Arhiv Jugoslavije", "archive-place": "Beograd",
            "custom": {"histkit": {"archive": "AJ", "fond": "507", "fond_year": "", "collection": "IX", "unit": unit,
                                   "date_start": start, "date_end": end or start, "date_precision": precision}}}


def test_archival_documents_are_listed_under_archive_fond_and_unit_by_date_with_the_units_dates():
    text = sources_markdown([_manuscript("Telegram", "11/II-19", "1952-08-14"),
                             _manuscript("Zabeleška", "11/II-19", "1952-07-30"),
                             _manuscript("Pismo", "11/II-9", "1951-03-01", "1951-03-31", "month")], [])
    assert text.splitlines()[4:12] == [
        "### Arhiv Jugoslavije (AJ), Beograd", "", "- 507, IX",
        "  - 11/II-9 (1951-03)", "    - Pismo, 1951-03",
        "  - 11/II-19 (1952-07-30 – 1952-08-14)", "    - Zabeleška, 1952-07-30", "    - Telegram, 1952-08-14"]


def test_the_literature_is_formatted_by_the_shipped_csl_style_in_author_order():
    books = [{"id": "b", "type": "book", "author": [{"family": "Štrbac", "given": "Čedomir"}], "title": "Svedočanstva",
              "publisher": "Prosveta", "publisher-place": "Beograd", "issued": {"date-parts": [[1989]]}},
             {"id": "a", "type": "book", "author": [{"family": "Banac", "given": "Ivo"}], "title": "Sa Staljinom",
              "publisher": "Globus", "publisher-place": "Zagreb", "issued": {"date-parts": [[1990]]}}]
    assert sources_markdown([], books).splitlines()[2:6] == [
        "## Literature", "", "- Banac, I. (1990) *Sa Staljinom*. Zagreb: Globus.",
        "- Štrbac, Č. (1989) *Svedočanstva*. Beograd: Prosveta."]
    assert "CC BY-SA" in (STYLE.parent / "README.md").read_text(encoding="utf-8")


def test_the_sample_sources_list_has_both_parts_in_markdown_and_html(sample):
    markdown, page = sample
    assert "### Arhiv Jugoslavije (AJ), Beograd" in markdown and "## Literature" in markdown
    assert "<h3>Arhiv Jugoslavije (AJ), Beograd</h3>" in page and "<h2>Literature</h2>" in page
    assert markdown.count("\n- ", markdown.index("## Literature")) == page.count("<li>", page.index("<h2>Literature"))


def test_the_html_page_is_well_formed_and_needs_no_other_file(sample):
    _, page = sample
    opened = []

    class Check(HTMLParser):
        def handle_starttag(self, tag, attrs):
            assert tag not in ("script", "link", "img") and not any(k in ("src", "href") for k, _ in attrs)
            if tag not in ("meta", "br"):
                opened.append(tag)

        def handle_endtag(self, tag):
            assert opened.pop() == tag

    Check().feed(page)
    assert opened == []


def test_markup_in_a_title_is_shown_as_text_in_both_formats():
    items = [_manuscript("<script>alert(1)</script> *not bold*", "1", "1950-01-01")]
    books = [{"id": "x", "type": "book", "title": "<b>Tito</b> & *Stalin*", "issued": {"date-parts": [[1950]]}}]
    page, text = sources_html(items, books), sources_markdown(items, books)
    assert "<script>" not in page and "&lt;script&gt;" in page and "&lt;b&gt;Tito&lt;/b&gt; &amp;" in page
    assert "\\<script\\>" in text and "\\*not bold\\*" in text and "\\*Stalin\\*" in text
