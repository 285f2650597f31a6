"""French legal-history notes: `préc.` repeats, `spéc.` before the cited page, `Adde`/`Rappr.`/`V. not.` lead-ins."""

from histkit.citations.gost import op_cit
from histkit.citations.legal import without_lead_in
from histkit.citations.references import parse_reference


def test_art_prec_and_th_prec_say_the_work_was_cited_before():
    assert op_cit("Martineau, art. préc., p. 12") is not None
    assert op_cit("L. Vasseur, th. préc., p. 40") is not None


def test_the_word_precis_is_no_repeat():
    assert op_cit("un témoignage bref mais précis de Louis Brun") is None


def test_spec_before_the_cited_page_leaves_the_year_after_the_journal():
    ref = parse_reference("C. Martineau, « Les prud'hommes (1806-1848) », Revue historique, 1972, p. 101-130, spéc. p. 112")
    assert (ref["container"], ref["year"]) == ("Revue historique", "1972")


def test_adde_rappr_and_v_not_are_lead_ins_not_authors():
    assert without_lead_in("Adde L. Vasseur, Le louage d'ouvrage, Paris, 1910") == "L. Vasseur, Le louage d'ouvrage, Paris, 1910"
    assert without_lead_in("Rappr. C. Martineau, Les prud'hommes") == "C. Martineau, Les prud'hommes"
    assert without_lead_in("V. not. C. Martineau, Les prud'hommes") == "C. Martineau, Les prud'hommes"
