"""Reference gold from JATS reference lists: an entry as printed and as its publisher tagged it."""

from histkit.evaluate import jats_reference_gold

ENTRY = ('<ref id="{id}"><mixed-citation>{printed}</mixed-citation><element-citation publication-type="journal">'
         '<person-group person-group-type="author"><name><surname>Brait</surname><given-names>B.</given-names></name>'
         '</person-group><article-title>Uma perspectiva</article-title><source>Gragoatá</source><volume>20</volume>'
         '<fpage>47</fpage><lpage>62</lpage><year>2006</year></element-citation></ref>')


def article(refs: str, after: str = "") -> bytes:
    return f'<article xml:lang="pt"><back><ref-list>{refs}</ref-list></back>{after}</article>'.encode()


def test_an_article_is_the_title_its_journal_the_container_and_its_pages_first_to_last():
    gold = jats_reference_gold(article(ENTRY.format(id="r1", printed="BRAIT, B. Uma perspectiva. Gragoatá, n. 20, "
                                                                      "p. 47-62, 2006.")), "a")
    assert gold[["authors", "title", "container", "volume", "year", "pages", "kind"]].values.tolist() == [
        ["Brait", "Uma perspectiva", "Gragoatá", "20", "2006", "47–62", "journal"]]


def test_an_entry_printed_as_bare_fields_is_no_gold_its_text_would_be_the_fields_run_together():
    bare = ENTRY.format(id="r1", printed="<name><surname>Brait</surname></name><year>2006</year>")
    assert jats_reference_gold(article(bare), "a").empty


def test_a_translations_reference_list_is_not_counted_twice():
    translated = f'<sub-article article-type="translation"><back><ref-list>{ENTRY.format(id="s1", printed="BRAIT.")}' \
                 '</ref-list></back></sub-article>'
    gold = jats_reference_gold(article(ENTRY.format(id="r1", printed="BRAIT, B. Uma perspectiva."), translated), "a")
    assert list(gold.ref_id) == ["r1"]
