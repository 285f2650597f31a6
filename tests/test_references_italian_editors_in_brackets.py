"""Italian editors' words in brackets after the names (`(a cura di)`, `(a c. di)`) part the editors from the book."""

from histkit.citations.references import parse_reference


def test_a_cura_di_in_brackets_names_the_editors_of_the_book():
    ref = parse_reference("R. Diana, La scelta della dodecafonia, in G. Cantillo, D. Conte, A. Donise (a cura di), "
                          "Thomas Mann tra etica e politica, il Mulino, Bologna, 2012, pp. 325-352")
    assert (ref["editors"], ref["container"]) == ("G. Cantillo, D. Conte, A. Donise", "Thomas Mann tra etica e politica")


def test_abbreviated_a_c_di_names_the_editor():
    ref = parse_reference("R. Diana, La scelta, in G. Cantillo (a c. di), Thomas Mann, il Mulino, Bologna, 2012.")
    assert (ref["editors"], ref["container"]) == ("G. Cantillo", "Thomas Mann")
