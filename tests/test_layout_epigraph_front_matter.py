"""An epigraph between the key words and the first heading, closed by its source after a dash, is front matter with
the abstract (`— Heinrich Heine, Nachtgedanken (1844)`); a paragraph without such a source line stays body."""

from conftest import layout_of

FRONT = ("German History 49 (2031): 341–366\n\n"
         "Heine and Marx in Paris, 1843–1845\n\n"
         "Lena Brandstätter\nUniversity of the Region\n\n"
         "Abstract: The article reconstructs a friendship from the poems of those months and the weekly they wrote for.\n\n"
         "Keywords: Heine; Marx; Paris exile\n\n")
BODY = ("I. Rue Vaneau\n"
        " Marx arrived in Paris in October 1843 and took rooms in the rue Vaneau, where the editors planned\n"
        "a communal household. Heine, twenty years older and famous, was soon a daily visitor at the house.\n")


def zone_of(text: str, start: str) -> str:
    layout = layout_of(text)
    return next(b.zone for b in layout.blocks if text[b.start:b.end].lstrip().startswith(start))


def test_an_epigraph_with_its_source_after_a_dash_is_front_matter():
    text = FRONT + "Denk ich an Deutschland in der Nacht,\nDann bin ich um den Schlaf gebracht.\n— Heinrich Heine\n\n" + BODY
    assert (zone_of(text, "Denk ich"), zone_of(text, "Marx arrived")) == ("front", "body")


def test_a_short_paragraph_without_a_source_line_before_the_heading_stays_body():
    text = FRONT + "This article was written in the spring of the year, in the reading room of the archive.\n\n" + BODY
    assert zone_of(text, "This article") == "body"
