"""A publisher named by its founder's initials and name before the town (`…, M. Rivière, Paris 1908`, `J.C.B. Mohr,
Tübingen 1922`: the Italian and French order) is the publisher: no town is printed with initials."""

from histkit.citations.references import parse_reference


def test_a_firm_by_initials_and_name_before_the_town_is_the_publisher():
    ref = parse_reference("G. Sorel, Les illusions du progrès, M. Rivière, Paris 1908, p. 51")
    assert (ref["title"], ref["publisher"], ref["place"], ref["year"]) == (
        "Les illusions du progrès", "M. Rivière", "Paris", "1908")


def test_a_firm_by_several_initials_is_the_publisher_too():
    ref = parse_reference("M. Weber, Wirtschaft und Gesellschaft, J.C.B. Mohr, Tübingen 1922, pp. 44-45")
    assert (ref["publisher"], ref["place"]) == ("J.C.B. Mohr", "Tübingen")
