"""In an appendix that lists the sources, a holding's covering years and an imprint after a comma are no dates; a
document's or an issue's day stays (the date rounds' rules 62, 65 and 144; `sources_headings.csv`)."""

from histkit.dates.sourcelists import lists_sources
from histkit.dates.table import dates_table
from histkit.layout import analyse_layout
from histkit.read import Document


def _surfaces(text):
    return dates_table(analyse_layout(Document.from_text(text, doc_id="d")))["surface"].tolist()


def test_covering_years_in_a_list_of_sources_are_no_dates_and_a_documents_day_is():
    text = ("The campaign turned militant in 1905.\n\n"
            "Appendix B. Sources\n\n"
            "Emily Wilding Davison papers, 1905–1913.\n"
            "Home Office papers, HO 45/10695/231366, minute of 6 March 1912.\n"
            "Votes for Women, 1907–1918; The Suffragette, 18 October 1912.\n")
    assert _surfaces(text) == ["1905", "6 March 1912", "18 October 1912"]


def test_the_same_years_after_a_comma_in_a_section_of_prose_stay_dates():
    text = "II. The Crisis Years\n\nThe papers of the weavers, 1905–1913.\n"
    assert _surfaces(text) == ["1905–1913"]


def test_headings_of_lists_of_sources_in_several_languages():
    assert all(lists_sources(h) for h in ("Geraadpleegde bronnen", "Wykaz źródeł archiwalnych", "Quellen"))
    assert not lists_sources("Von der Revolution zum Kapp-Putsch")
