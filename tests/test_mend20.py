"""Session 20: a reviewer's sentences against the rules that let a description name again the one just
quoted (spk27: « cet élu », « poursuit le maire »). Sentences written for recoupe."""

import pytest
from conftest import one

_OFFICE_OF_ITS_OWN = pytest.mark.xfail(strict=True, reason=(
    "an office with its complement (« le président du tribunal », « l'avocate de la défense ») after someone the "
    "article gives no office is read as naming them again: on the annotated sets that reading is right more often "
    "than not (narrowing it cost 7 dev and 3 fresh quotations in session 20, and checking the office against those "
    "the article gives them turned three right readings of the 900-article audit wrong)"))


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # a past office: someone the article tells of, not the political scientist just quoted
    pytest.param("L'ancien Premier ministre doit s'exprimer jeudi. « Le parti est divisé », constate Paul Renaud, "
                 "politologue. « Je ne serai pas candidat », avait pourtant assuré cet ancien chef du gouvernement.",
                 "pas candidat", "ancien chef du gouvernement", marks=pytest.mark.xfail(strict=True, reason=(
                     "« cet ancien ministre » after someone quoted is them again in real articles as often as not "
                     "(« le maire de Lyon, X … l'ancien ministre de l'Intérieur »): no past-office check"))),
    # the office is another person's, named before: not the head of department just quoted
    pytest.param("Le député Alain Morel a interpellé la direction de l'hôpital. « Il manque vingt lits », a témoigné "
                 "Marc Blanc, chef des urgences. « Nous demandons des moyens », a réclamé cet élu.", "des moyens",
                 "Alain Morel", marks=pytest.mark.xfail(strict=True, reason=(
                     "« cet élu » names the one just quoted again even when the article gives another person an "
                     "office « élu » covers: the check turned a right reading of the 900-article audit wrong (« cet "
                     "élu de Seine-Saint-Denis » after its deputy, not the Assembly's president named before)"))),
    pytest.param("« Mon client n'a jamais voulu tuer », a plaidé Me Julien Perrin. « Le tribunal rendra sa décision le "
                 "12 mai », a conclu le président du tribunal.", "12 mai", "président du tribunal", marks=_OFFICE_OF_ITS_OWN),
    pytest.param("« Ce projet est une catastrophe », lance Pierre Lambert, un riverain. « Personne ne nous a consultés », "
                 "renchérit le maire de la commune.", "consultés", "maire de la commune", marks=_OFFICE_OF_ITS_OWN),
])
def test_a_description_after_a_quotation_names_someone_else_when_the_article_says_so(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker
