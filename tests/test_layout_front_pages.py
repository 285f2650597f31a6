"""A paged document's cover page and labelled front matter (title, authors, abstract, key words) are front, not body."""

from histkit import Document, analyse_layout
from histkit.read.structure import TextBuilder


def layout(*regions):
    """The layout of a document built from (zone, text, page) regions; ``("call", "1")`` calls note 1 there."""
    built = TextBuilder()
    for region in regions:
        if region[0] == "call":
            built.mark(region[1])
        elif region[0] == "note":
            built.add(region[1], "note", note_no=region[2], page=region[3])
        else:
            built.add(region[1], region[0], page=region[2])
    text, found, marks = built.result()
    return analyse_layout(Document("d", "d.pdf", text, regions=found, marks=marks))


def zones(lay):
    return [(b.zone, b.text) for b in lay.blocks if b.zone != "blank"]


def test_a_cover_page_with_issn_doi_and_urls_before_the_article_is_front():
    lay = layout(("body", "Journal of Balkan History", 1), ("body", "ISSN 1234-5678", 1), ("body", "DOI 10.1/x", 1),
                 ("body", "https://jbh.org/12", 1), ("heading", "Tito and Spaak", 2), ("body", "Tito met Spaak.", 2))
    assert [z for z, _ in zones(lay)] == ["front"] * 4 + ["heading", "body"]


def test_title_author_abstract_and_keywords_before_the_first_call_are_front_and_the_text_after_them_body():
    lay = layout(("heading", "Tito and Spaak", 1), ("body", "Ana Novak", 1),
                 ("body", "Abstract: The article reads the minutes of 1953.", 1), ("body", "Keywords: Tito, Spaak", 1),
                 ("heading", "Introduction", 1), ("body", "Tito met Spaak.", 1), ("call", "1"), ("note", "AJ, 507.", "1", 1))
    assert [z for z, _ in zones(lay)] == ["front", "front", "front", "front", "heading", "body", "note"]


def test_an_abstract_label_standing_alone_takes_its_paragraphs_to_the_next_heading():
    lay = layout(("heading", "Tito and Spaak", 1), ("heading", "Abstract", 1), ("body", "The article reads minutes.", 1),
                 ("body", "It finds a quarrel.", 1), ("heading", "Introduction", 2), ("body", "Tito met Spaak.", 2))
    assert [z for z, _ in zones(lay)] == ["front"] * 4 + ["heading", "body"]


def test_an_article_without_cover_or_labels_keeps_its_zones():
    lay = layout(("heading", "Tito and Spaak", 1), ("body", "Ana Novak", 1), ("body", "Tito met Spaak.", 1),
                 ("call", "1"), ("note", "AJ, 507.", "1", 1))
    assert [z for z, _ in zones(lay)] == ["heading", "body", "body", "note"]


def test_a_label_after_the_first_call_of_a_numbered_note_is_the_articles_text():
    lay = layout(("heading", "Tito and Spaak", 1), ("body", "Tito met Spaak.", 1), ("call", "1"),
                 ("body", "Keywords: the word recurs.", 1), ("note", "AJ, 507.", "1", 1))
    assert [z for z, _ in zones(lay)] == ["heading", "body", "body", "note"]
