"""Speakers of a different person or body (session 21, helper spk29). Sentences of our own.

A present participle takes the subject of its main clause; a prepositional phrase opening that
clause, up to its comma, is no subject and names no one who speaks ("Dans la foulée du vote de
l'amendement X, Y a redit …, assurant « … »": Y); the noun phrase after that comma stands for
the one it describes, not for the body named in its complement.
"""

from conftest import one


def test_a_name_in_a_fronted_phrase_is_not_the_participle_subject(quotes_of):
    qs, _ = quotes_of(
        "Dans la foulée du vote de l'amendement Dupuis, Marc Lefranc a redit sa volonté de quitter le "
        "gouvernement, assurant ne pas vouloir « rester une minute de plus » dans ces conditions."
    )
    assert one(qs, "rester une minute").speaker_name == "Marc Lefranc"


def test_a_name_in_a_fronted_phrase_is_not_the_subject_of_a_description(quotes_of):
    qs, _ = quotes_of(
        "Après le départ de Paul Girard, la présidente du syndicat a envoyé une lettre aux adhérents, "
        "expliquant que son ancien adjoint était parti « sans même prévenir personne au bureau »."
    )
    assert one(qs, "sans même prévenir").speaker_name != "Paul Girard"


def test_an_attribution_opening_the_sentence_still_names_the_speaker(quotes_of):
    qs, _ = quotes_of(
        "Selon Jeanne Morel, le projet avance bien, ajoutant qu'il sera « livré avant l'été prochain »."
    )
    assert one(qs, "livré avant").speaker_name == "Jeanne Morel"


def test_a_body_named_in_quotation_marks_in_the_incise_speaks(quotes_of):
    qs, _ = quotes_of(
        "Deux spectateurs ont été blessés samedi soir. Le chanteur Paul Mercier était sur scène. "
        "« Les deux blessés ont pu rentrer chez eux dans la nuit », a précisé le festival « Les Nuits "
        "du Port » dans un message publié dimanche."
    )
    assert one(qs, "Les deux blessés").speaker_name != "Paul Mercier"


def test_a_name_after_a_quoted_name_in_the_incise_speaks(quotes_of):
    qs, _ = quotes_of(
        "« Ces menaces sont inacceptables », a réagi le ministre de l'Intérieur Luc Garnier. « Cela doit "
        "cesser », a écrit le chef de file des « Bâtisseurs » à l'Assemblée, Henri Lambert, dans un message."
    )
    assert one(qs, "Cela doit").speaker_name == "Henri Lambert"


def test_a_quotation_after_an_incise_is_not_taken_for_a_name(quotes_of):
    qs, _ = quotes_of(
        "« Nous irons jusqu'au bout », a déclaré le syndicat. « Rien ne nous arrêtera », a ajouté Marie Leroy."
    )
    assert one(qs, "Rien ne nous").speaker_name == "Marie Leroy"


def test_a_narrative_infinitive_speaks_through_its_subject(quotes_of):
    qs, _ = quotes_of(
        "« Nous ne céderons pas », a déclaré Paul Martin, le président du club. Son adversaire a critiqué "
        "la décision. Et la ministre des Sports de mettre le président en garde : « Vous devrez rendre des "
        "comptes devant la fédération. »"
    )
    assert one(qs, "Vous devrez rendre").speaker_name != "Paul Martin"


def test_a_named_subject_of_a_narrative_infinitive_speaks(quotes_of):
    qs, _ = quotes_of(
        "« Nous ne céderons pas », a déclaré Paul Martin, le président du club. La réponse est venue "
        "dans la soirée. Et Jeanne Morel d'ajouter : « Le club devra s'expliquer devant la fédération. »"
    )
    assert one(qs, "Le club devra").speaker_name == "Jeanne Morel"


def test_glued_quotations_whose_second_incise_brings_in_another_speaker_are_two(quotes_of):
    qs, _ = quotes_of(
        "La chanteuse Anne Roy a rendu hommage à son ami sur Twitter. \"Il est parti ce soir. Nous "
        "pensons à sa famille et à tous ses proches\".\"Un grand artiste nous quitte\", a de son côté "
        "commenté le producteur Marc Lefranc."
    )
    assert one(qs, "Il est parti ce soir").speaker_name != "Marc Lefranc"
    assert one(qs, "Un grand artiste").speaker_name == "Marc Lefranc"


def test_an_impersonal_incise_cut_by_the_tokenizer_gives_the_place_that_speaks(quotes_of):
    qs, _ = quotes_of(
        "« La réforme sera votée avant l'été », a assuré mardi le ministre Paul Girard. « Le calendrier "
        "ne changera pas d'ici la fin du mois », relève-t-on à Matignon."
    )
    assert one(qs, "Le calendrier").speaker_name != "Paul Girard"


def test_grave_stem_forms_of_reporting_verbs_are_cue_forms():
    from recoupe.enrich.quotes.grammar import _grave_stem_infinitives

    assert "relever" in _grave_stem_infinitives("relèver")
    assert "révéler" in _grave_stem_infinitives("révèler")
    assert _grave_stem_infinitives("déclarer") == ()


def test_who_calls_someone_names_speaks_next(quotes_of):
    qs, _ = quotes_of(
        "Paul Girard a tenu meeting samedi. « Il nous promet tout et son contraire », a déploré le militant "
        "Marc Lefranc. Sa rivale, Anne Roy, a taxé M. Girard de « démagogue ». « Avec lui, le pays irait "
        "droit dans le mur et nous le savons tous. »"
    )
    assert one(qs, "Avec lui, le pays").speaker_name == "Anne Roy"


def test_a_clause_of_contrast_brings_in_its_own_speaker(quotes_of):
    qs, _ = quotes_of(
        "« Vous racontez n'importe quoi ! » répond Paul Girard, alors que Marc Lefranc tente de revenir sur "
        "ses propos et de se justifier : « Je voulais seulement dire que le débat reste ouvert. »"
    )
    assert one(qs, "Je voulais seulement").speaker_name == "Marc Lefranc"


def test_a_clause_of_contrast_that_tells_what_befell_someone_brings_in_no_speaker(quotes_of):
    qs, _ = quotes_of(
        "« Regardez comme il rougit ! » a fait remarquer la chanteuse Anne Roy alors que Marc Lefranc se "
        "faisait taquiner par ses voisins de plateau. « Il est vraiment trop timide pour ce métier », "
        "a-t-elle ajouté."
    )
    assert one(qs, "Regardez comme").speaker_name == "Anne Roy"


def test_the_agent_of_an_apposition_closing_the_sentence_speaks_next(quotes_of):
    qs, _ = quotes_of(
        "« Je quitte l'émission pour me consacrer à ma famille », a écrit la candidate Léa Moreau sur son "
        "compte. Elle a ensuite confirmé son départ dans un message vidéo, une décision saluée par Paul "
        "Girard. « Quand une telle pression pèse sur quelqu'un, partir est un acte de courage. »"
    )
    assert one(qs, "Quand une telle pression").speaker_name == "Paul Girard"


def test_who_gives_their_support_speaks_next(quotes_of):
    qs, _ = quotes_of(
        "« Nous avons été écartés du débat sans raison », a dénoncé Léa Moreau, tête de liste écologiste. "
        "La candidate a reçu mercredi le soutien du sénateur centriste Paul Girard. « Écarter une liste "
        "des débats télévisés est une faute démocratique grave. »"
    )
    assert one(qs, "Écarter une liste").speaker_name == "Paul Girard"
