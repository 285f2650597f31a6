"""Grammar and naming customs that mention round 4 (tests/fixtures/mentions/round4/) needed, each on a small text
written for the test: Armenian articles and stem changes, Kazakh suffixes after й and -ұлы, Welsh given names,
Persian ezafe, plural and non-joiner, and a listed name that outranks another actor's derived form."""

from conftest import found_mentions

from histkit.actors.variants.paradigms import decline

MANUKYAN = ("aram", "Արամ Մանուկյան", "person", "")


def test_an_armenian_name_takes_the_article_after_a_consonant_and_n_after_a_vowel():
    dro = ("dro", "Դրաստամատ Կանայան", "person", "Դրո")
    text = "Մանուկյանը գրեց, որ Դրոն եկավ։"
    assert [s for _, s in found_mentions(text, MANUKYAN, dro)] == ["Մանուկյանը", "Դրոն"]


def test_an_armenian_name_on_a_vowel_takes_its_cases_after_the_glide():
    assert (decline("Դրո")[("hy", "g")], decline("Դրո")[("hy", "ins")]) == (["Դրոյի"], ["Դրոյով"])


def test_armenian_nouns_on_ություն_change_their_stem_in_the_genitive_and_the_classical_spelling():
    assert decline("Հանրապետություն")[("hy", "g")] == ["Հանրապետության"]
    assert decline("Հանրապետություն")[("hy", "classical")] == ["Հանրապետութիւն", "Հանրապետութեան"]
    assert decline("Վրացյան")[("hy", "classical")] == ["Վրացեան"]


def test_a_kazakh_name_on_й_takes_voiced_harmonic_suffixes():
    shokai = ("shokai", "Мұстафа Шоқай", "person", "")
    text = "Шоқайдың хаты Шоқайға жетті."
    assert [s for _, s in found_mentions(text, shokai)] == ["Шоқайдың", "Шоқайға"]


def test_a_kazakh_patronymic_surname_on_ұлы_takes_the_pronominal_n_before_its_case():
    assert (decline("Байтұрсынұлы")[("kk", "d")], decline("Байтұрсынұлы")[("kk", "a")]) == (
        ["Байтұрсынұлына"], ["Байтұрсынұлын"])


def test_a_welsh_text_names_a_man_by_his_given_name_mutated_or_not():
    gwynfor = ("gwynfor", "Gwynfor Evans", "person", "")
    text = ("Roedd Gwynfor Evans yn y Blaid ac yn ei chefnogi hefyd. Mae Gwynfor yn siarad, ac mae'r llythyr at "
            "Wynfor yn y Llyfrgell hefyd, ac roedd y bobl yn ei hoffi.")
    assert [s for _, s in found_mentions(text, gwynfor)] == ["Gwynfor Evans", "Gwynfor", "Wynfor"]


def test_a_persian_name_ending_in_silent_he_takes_the_ezafe_hamza():
    front = ("jebhe", "جبهه ملی ایران", "party", "جبهه ملی")
    assert [s for _, s in found_mentions("رهبران جبههٔ ملی در تهران بودند و از آن دفاع کردند.", front)] == [
        "جبههٔ ملی"]


def test_a_word_joined_by_a_zero_width_non_joiner_is_not_the_name_inside_it():
    tudeh = ("tudeh", "حزب توده ایران", "party", "توده")
    text = "توده\u200cهای مردم به خیابان آمدند و حزب توده ساکت ماند."
    assert [s for _, s in found_mentions(text, tudeh)] == ["توده"]


def test_a_persian_family_plural_with_a_non_joiner_names_father_and_son():
    father, son = ("f", "فضل\u200cالله زاهدی", "person", ""), ("s", "اردشیر زاهدی", "person", "")
    text = "فضل\u200cالله زاهدی و اردشیر زاهدی آمدند و زاهدی\u200cها در تهران ماندند و از آن دفاع کردند."
    assert sorted(a for a, s in found_mentions(text, father, son) if s == "زاهدی\u200cها") == ["f", "s"]


def test_a_title_ending_a_persian_name_is_no_family_name():
    rezashah = ("rezashah", "رضا شاه پهلوی", "person", "رضا شاه")
    text = "رضا شاه در سال ۱۳۲۰ رفت و شاه جوان به جای او نشست و از آن دفاع کرد."
    assert [s for _, s in found_mentions(text, rezashah)] == ["رضا شاه"]


def test_a_name_the_authority_lists_belongs_to_its_actor_not_to_another_actors_shortened_name():
    father = ("father", "Lluís Companys", "person", "")
    son = ("son", "Lluís Companys i Micó", "person", "")
    text = "El 1934 Lluís Companys va proclamar l'Estat Català, i Lluís Companys i Micó ho va veure."
    assert found_mentions(text, father, son) == [("father", "Lluís Companys"), ("son", "Lluís Companys i Micó")]


def test_a_name_after_a_square_or_street_word_of_italian_catalan_danish_armenian_or_persian_is_no_mention():
    matteotti = ("matteotti", "Giacomo Matteotti", "person", "")
    macia = ("macia", "Francesc Macià", "person", "")
    stauning = ("stauning", "Thorvald Stauning", "person", "")
    nzhdeh = ("nzhdeh", "Գարեգին Նժդեհ", "person", "")
    fatemi = ("fatemi", "حسین فاطمی", "person", "")
    assert found_mentions("Abitava in piazza Matteotti.", matteotti) == []
    assert found_mentions("Avui la plaça de Francesc Macià és plena.", macia) == []
    assert found_mentions("I dag minder Staunings Plads om ham.", stauning) == []
    assert found_mentions("Երևանում կա Նժդեհի հրապարակ։", nzhdeh) == []
    assert found_mentions("در خیابان فاطمی قدم زدیم.", fatemi) == []


def test_an_alias_that_carries_an_elided_article_opens_a_sentence_with_a_capital():
    macia = ("macia", "Francesc Macià", "person", "l'Avi")
    text = "La mort de l'Avi va ser un cop. L'Avi havia estat el president."
    assert [s for _, s in found_mentions(text, macia)] == ["l'Avi", "L'Avi"]
