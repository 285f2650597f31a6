"""Italian and Macedonian repeat words (`voce cit.`, `н. д.`, `наведено дело`) say the work was cited before;
`Види`, `Спор.` lead in, they name no author."""

from histkit.citations.gost import op_cit
from histkit.citations.legal import without_lead_in


def test_italian_and_macedonian_repeat_words_say_op_cit():
    assert op_cit("BIANCHI, voce cit., p. 12") is not None
    assert op_cit("Стојанов, н. д., 45") is not None
    assert op_cit("Стојанов, наведено дело, 45") is not None


def test_vidi_and_spor_are_lead_ins():
    assert without_lead_in("Спор. Б. Стојанов, Задругите, Скопје 1990") == "Б. Стојанов, Задругите, Скопје 1990"
    assert without_lead_in("Види и Б. Стојанов, Задругите") == "Б. Стојанов, Задругите"
