"""Speaker resolution (session 15, issue 12): pronoun chains, apposed names, given names, plural
cues and inverted subjects after an adverb, on sentences of our own."""

from conftest import one

from recoupe.enrich.quotes.coref import first_name_gender
from recoupe.lang import fr_quotes as L
from recoupe.normalise import name_key


def test_a_pronoun_chain_passes_an_opening_phrase_and_a_relative_clause(quotes_of):
    # "elle" is the subject of each sentence back to the one who is named; the body named in the
    # phrase opening a sentence, before a relative clause in "qui", is never what "elle" stands for
    qs, _ = quotes_of(
        "Claire Fontaine a fondé son association en 2015. "
        "Avec le soutien de l'Unicef, qui finance ses ateliers depuis trois ans, elle alerte les parents sur les écrans. "
        "Elle poursuit son combat dans les écoles. "
        "Elle intervient aussi dans les collèges. "
        "Elle a reçu des centaines de messages. "
        "« Les familles se sentent seules face à ce problème », explique-t-elle."
    )
    assert one(qs, "se sentent seules").speaker_name == "Claire Fontaine"


def test_a_pronoun_in_a_relative_clause_still_carries_the_chain(quotes_of):
    # "dont elle souffre": "elle" is a subject all the same, the chain goes on through it
    qs, _ = quotes_of(
        "La chanteuse Julie Marchand a révélé sa maladie dimanche. "
        "C'est un mal dont elle souffre depuis longtemps. "
        "Elle se rend donc à Madrid pour une longue série d'examens : « Je pleurais pour un rien »."
    )
    assert one(qs, "pleurais").speaker_name == "Julie Marchand"


def test_a_name_apposed_to_a_description_with_complements(quotes_of):
    # "le directeur du musée depuis dix ans, Paul Mercier, …": the name between the commas is the
    # director's, though the description's head is not right before the comma
    qs, _ = quotes_of(
        "Le musée a rouvert ses portes samedi. "
        "Selon le directeur du musée depuis dix ans, Paul Mercier, la fréquentation a doublé. "
        "« Nous n'avions jamais vu autant de visiteurs », précise-t-il."
    )
    assert one(qs, "autant de visiteurs").speaker_name == "Paul Mercier"


def test_given_names_tell_a_gender():
    assert first_name_gender("Ryan Clarke") == "m"
    assert first_name_gender("Elena Rossi") == "f"
    assert first_name_gender("Giuseppe Verdi") == "m"
    assert first_name_gender("Andrea Costa") is None  # a man's name in Italy, a woman's elsewhere


def test_no_given_name_is_in_both_lists():
    feminine = {name_key(w) for w in L.FEMININE_FIRST_NAMES}
    masculine = {name_key(w) for w in L.MASCULINE_FIRST_NAMES}
    assert not feminine & masculine


def test_a_description_by_sex_takes_the_woman_of_a_couple(quotes_of):
    # "la jeune femme": Elena, not Ryan, named last, whose given name tells a man
    qs, _ = quotes_of(
        "Elena Rossi et Ryan Clarke ont quitté Londres en 2019 pour faire le tour du monde en voilier. "
        "Le couple a traversé l'Atlantique sans nouvelles de leurs familles. "
        "Elena et Ryan ne se sont pas inquiétés. "
        "« Nous ne pensions pas que le virus nous rattraperait », explique la jeune femme."
    )
    assert one(qs, "rattraperait").speaker_name == "Elena Rossi"


def test_a_plural_verb_cue_is_no_single_person(quotes_of):
    # "Les deux opposants l'affirment": a group speaks, not the one person named before
    qs, _ = quotes_of(
        "Pour Marc Dupuis, le scrutin doit avoir lieu. "
        "Les deux opposants l'affirment, le 28 juin, il faudra se déplacer pour voter, "
        "« même si on peut comprendre que les gens aient peur »."
    )
    assert one(qs, "aient peur").speaker_name != "Marc Dupuis"


def test_an_inverted_subject_after_an_adverb(quotes_of):
    # "explique d'emblée le président de la société": the adverb is no part of the speaker, and the
    # description stays, the article naming no president
    qs, _ = quotes_of(
        "La marque a écrit au directeur de campagne de Jacques Martin. "
        "« Nous constatons depuis des mois l'utilisation régulière de notre nom », "
        "explique d'emblée le président de la société dans sa lettre."
    )
    speaker = one(qs, "utilisation régulière").speaker_name or ""
    assert "président de la société" in speaker
    assert "emblée" not in speaker


def test_an_office_of_a_named_body_is_the_one_named_last_not_the_protagonist(quotes_of):
    # "le député Les Républicains des Yvelines": an office the article gives right after naming
    # Henri Guaino is his, though François Fillon, the article's protagonist, is named again and again
    qs, _ = quotes_of(
        "François Fillon était l'invité de la matinale lundi. "
        "« Moi, personnellement ? Non », a répondu François Fillon à l'animateur. "
        "Une séquence qui rappelle les propos tenus par Henri Guaino sur une autre chaîne en janvier. "
        "Le député Les Républicains des Yvelines expliquait qu'il ne parvenait « à rien mettre de côté » malgré son salaire."
    )
    assert one(qs, "rien mettre de côté").speaker_name == "Henri Guaino"


def test_a_time_adverbial_is_no_part_of_a_description():
    from recoupe.enrich.quotes.names import _without_adverbial

    assert _without_adverbial("un peu plus tard le procureur") == "le procureur"
    assert _without_adverbial("ensuite l'avocate") == "l'avocate"
    assert _without_adverbial("un habitant de la rue") == "un habitant de la rue"
    assert _without_adverbial("Jean le Bon") == "Jean le Bon"


def test_a_role_goes_to_the_one_given_that_office_not_to_the_protagonist(quotes_of):
    # "le procureur", after the minister quoted again and again: the one the article gave the office
    # of prosecutor, also when the incise puts a time adverbial before the description
    qs, _ = quotes_of(
        "« Il y a dix blessés graves », a précisé le ministre de l'Intérieur Paul Roux. "
        "« Le bilan est lourd », avait déclaré Paul Roux, qui s'est rendu sur place, "
        "tout comme le maire Anne Morel et le procureur de Lyon Marc Vidal. "
        "« Il s'agit manifestement d'une fuite de gaz », a déclaré un peu plus tard le procureur."
    )
    assert one(qs, "fuite de gaz").speaker_name == "Marc Vidal"
