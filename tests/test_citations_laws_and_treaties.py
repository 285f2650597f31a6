"""Laws, treaties and court decisions as law articles cite them, which are not literature (issue 15, found reading the
held-out PDFs of issue 11, where such notes gave no citation row and the learned reader took them for works): a
code named in words with the provision cited at its end (`Code of Criminal Procedure (1898, …), Art. 512`), a
tribunal's rules by the rule (`Rule 124, … Rules of Procedure and Evidence`), a treaty by the day it was adopted
or by the treaty series that prints it, an EU instrument with the body that made it (`Commission Directive …`),
cases in Spanish and `Joint cases`, a court's decision cited after a colon of prose or in brackets inside it, a judgment
by its day before the parties, an international tribunal's reports, a decision by its Lexis or Westlaw number, an EU
Council or Commission decision by its number, and the parties with a bracketed year alone."""

from conftest import cite


def _kinds(note: str) -> list[str]:
    return cite(note).citations.kind.tolist()


def test_a_code_named_in_words_with_the_article_cited_last_is_legislation():
    assert _kinds("Ruritanian Code of Civil Procedure (1911, as amended by Act 4 of 1990), Art. 77.") == ["legislation"]
    assert _kinds("Ruritania Criminal Procedure Act (1990), Art. 12.") == ["legislation"]


def test_a_code_with_a_section_or_a_rule_cited_last_is_legislation():
    assert _kinds("The Danish Code of Civil Procedure (as amended 2 May 2011), section 12(3).") == ["legislation"]
    assert _kinds("Federal Rules of Evidence, United States of America (2015), rule 41(b).") == ["legislation"]


def test_a_tribunals_rules_cited_by_the_rule_first_are_legislation():
    assert _kinds("Rule 88, Special Court Rules of Procedure and Evidence (as amended 2012).") == ["legislation"]


def test_a_treaty_by_the_day_it_was_adopted_is_legislation():
    assert _kinds("Minamata Convention on Mercury (adopted 10 October 2013, entered into force 16 August 2017) "
                  "55 ILM 582.") == ["legislation"]


def test_a_treaty_by_the_series_that_prints_it_is_legislation():
    assert _kinds("Convention on the Law of the Non-Navigational Uses of Watercourses, 21 May 1997, "
                  "2999 U.N.T.S. 77.") == ["legislation"]


def test_an_eu_instrument_with_the_body_that_made_it_is_legislation():
    assert _kinds("Commission Regulation (EU) 2017/1151 of 1 June 2017 supplementing Regulation (EC) 715/2007.") \
        == ["legislation"]


def test_a_case_in_spanish_and_joint_cases_are_cases():
    assert _kinds("Sentencia en causa C-208/00 del 5 de noviembre de 2002, caso Überseering, punto 52.") == ["case"]
    assert _kinds("Joint cases C-402/05 P and C-415/05 P, Kadi, ECR 2008, I-6351.") == ["case"]


def test_a_court_decision_after_a_colon_of_prose_is_a_case():
    assert _kinds("The parties cannot agree otherwise on the place of performance: Court of Justice, Third Chamber, "
                  "judgment of 3 May 2007, Color Drack, case C-386/05.") == ["case"]


def test_a_court_decision_in_brackets_inside_prose_is_a_case():
    assert _kinds("The rule does not reach a mere branch (Court of Justice, Fifth Chamber, order of 4 June 2020, "
                  "Novak, case C-111/20). The branch must have acted itself.") == ["case"]


def test_a_book_about_a_code_or_a_treaty_is_literature():
    assert _kinds("J. Moreau, Commentaire du Code de procédure civile (Paris 1990), p. 45.") == ["literature"]
    assert _kinds("A. Sharp, The Treaty of Versailles and its Critics (London 1991), 45.") == ["literature"]


def test_a_federal_regulation_and_id_with_its_section_are_legislation_and_its_repeat():
    assert _kinds("40 C.F.R. § 261.4 (2005); id. § 261.4(b)(2).") == ["legislation", "ibid"]


def test_a_judgment_naming_its_court_chamber_day_and_parties_before_the_case_number_is_a_case():
    assert _kinds("Sentencia del Tribunal de Justicia (Gran Sala) de 9 de marzo de 2010, caso Almacenes Gutiérrez "
                  "Hermanos Sociedad Limitada, asunto C-378/08. Recopilación 2010, página I-01919.") == ["case"]


def test_a_judgment_by_its_day_then_the_parties_is_a_case():
    assert _kinds("Judgment of 4 March 1996, Halvorsen v Kingdom of Norway, (1997) 61 CMLR 12.") == ["case"]


def test_an_international_tribunals_reports_are_a_law_report():
    assert _kinds("Sardar Oil Co. v. Iran, 14 Iran-U.S. C.T.R. 79 (1987).") == ["case"]


def test_a_decision_cited_by_its_lexis_or_westlaw_number_is_a_case():
    assert _kinds("Hale v. Dorn Corp., No. 95-1234, 1996 U.S. App. LEXIS 4321, at *7 (4th Cir. May 2, 1996).") == ["case"]
    assert _kinds("Ross v. Lane, 2001 WL 765432, at *3 (S.D.N.Y. Jan. 5, 2001).") == ["case"]


def test_the_parties_and_a_bracketed_year_alone_are_a_case():
    assert _kinds("Hollis v Secretary of State [2019].") == ["case"]


def test_a_council_or_commission_decision_by_its_number_is_legislation():
    assert _kinds("Council Decision (EU) 2017/1234 of 3 May 2017 on the conclusion of the Agreement.") == ["legislation"]
    assert _kinds("Commission Decision 2012/345/EU of 6 June 2012 establishing rules.") == ["legislation"]


def test_joined_cases_with_the_word_cases_in_small_letters_are_a_case():
    assert _kinds("Joined cases C-379/08 and C-380/08 Raffinerie Sud (ERG) SpA v Ministero dello Sviluppo economico "
                  "[2010] ECR I-2007.") == ["case"]
