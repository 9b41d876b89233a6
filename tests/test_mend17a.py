"""Mends to the incises of spk19 (session 17, helper mend17a): an incise whose verb is no known cue
must have a verb of speech or of attitude (not a second verb of the quoted subject and its object),
an incise glued to the closing mark must open its sentence and have a speaking subject (not a title
or a slogan that a sentence is about), and "à" after an impersonal incise names the addressee after
a verb that takes one, and people are never the place words come from. Sentences written for the
project."""

from conftest import one

from recoupe.lang import fr_quotes as L


def _speaker(qs, contains):
    return [q for q in qs if contains in q.text][0].speaker_name if any(contains in q.text for q in qs) else None


# 1. a second verb of the quoted subject, and its object, inside the marks


def test_a_second_verb_of_the_quoted_subject_and_its_object_is_no_incise(quotes_of):
    qs, _ = quotes_of(
        "Marie Durand témoigne devant le tribunal. « Mon mari a menti, a trompé Jean Dupont, son meilleur ami. »"
    )
    assert _speaker(qs, "a menti") != "Jean Dupont"
    qs, _ = quotes_of("Le témoin hésite. « Il a crié, a insulté le policier Jean Dupont, puis il s'est enfui. »")
    assert _speaker(qs, "a crié") != "Jean Dupont"
    qs, _ = quotes_of("Le coach est satisfait. « Il a bien joué, a remplacé Jean Dupont sans problème. »")
    assert _speaker(qs, "bien joué") != "Jean Dupont"
    qs, _ = quotes_of("« Nous avons écrit, a ensuite reçu Marie Durand, une réponse du ministère. »")
    assert _speaker(qs, "avons écrit") != "Marie Durand"


def test_an_incise_of_attitude_inside_the_marks_is_still_read(quotes_of):
    qs, _ = quotes_of(
        "Le conseil s'est réuni lundi. « Ce budget est une faute, a ainsi pesté le sénateur Paul Leroy, "
        "et nous voterons contre. »"
    )
    assert one(qs, "budget est une faute").speaker_name == "Paul Leroy"
    qs, _ = quotes_of("« Le gouvernement a cédé, a ainsi résumé Marie Durand, et c'est une victoire. »")
    assert one(qs, "gouvernement a cédé").speaker_name == "Marie Durand"


def test_attitude_verbs_take_no_person_as_their_object():
    assert "pester" in L.INCISE_ATTITUDE_VERBS
    assert not {"rassurer", "remplacer", "soigner", "recevoir"} & L.INCISE_ATTITUDE_VERBS
    assert not L.INCISE_ATTITUDE_VERBS & L.CUE_VERBS


# 5. an incise glued to the closing mark


def test_a_title_or_slogan_after_a_noun_is_no_quotation_with_a_speaker(quotes_of):
    qs, _ = quotes_of("La banderole « Non à la mine ! » accueille les visiteurs du maire Jean Dupont.")
    assert _speaker(qs, "Non à la mine") is None
    qs, _ = quotes_of("La pétition « Sauvons l'hôpital ! » recueille le soutien du maire Jean Dupont.")
    assert _speaker(qs, "Sauvons") is None
    qs, _ = quotes_of("Ils chantaient « On est là ! » toute la soirée devant le ministère.")
    assert _speaker(qs, "On est là") is None


def test_a_glued_verb_that_is_no_verb_of_speech_takes_no_speaker(quotes_of):
    qs, _ = quotes_of("« Je suis Charlie » rassemble les foules. « C'est historique », a dit le maire Jean Dupont.")
    assert _speaker(qs, "Je suis Charlie") is None
    assert one(qs, "historique").speaker_name == "Jean Dupont"
    qs, _ = quotes_of("« Tout va bien » affiche le panneau lumineux à l'entrée de la mairie.")
    assert _speaker(qs, "Tout va bien") is None


def test_a_glued_incise_of_attitude_with_a_person_after_it_is_read(quotes_of):
    qs, _ = quotes_of(
        "Le conseil municipal a voté la fermeture de l'école. "
        "« Nous ne lâcherons rien ! » peste le maire de la commune, Pierre Girard."
    )
    assert one(qs, "lâcherons rien").speaker_name == "Pierre Girard"
    qs, _ = quotes_of(
        "Le maire Paul Roux a répondu aux habitants. "
        "« C'est terminé pour cette saison » tranche le préfet de la Drôme, Jacques Vert."
    )
    assert one(qs, "terminé pour cette saison").speaker_name == "Jacques Vert"


# 4. "à" after an impersonal incise


def test_after_a_verb_that_takes_an_addressee_a_is_whom_the_words_are_for(quotes_of):
    qs, _ = quotes_of("« Nous étudierons chaque demande », a-t-on répondu à la mairie de Lyon.")
    assert _speaker(qs, "chaque demande") != "mairie de Lyon"
    qs, _ = quotes_of("« Le calendrier sera tenu », a-t-on promis aux élus de la métropole.")
    assert "élus" not in (_speaker(qs, "calendrier") or "")
    qs, _ = quotes_of("« Le projet est abandonné », a-t-on fait savoir au maire de Nantes, Jeanne Roland.")
    assert "maire de Nantes" not in (_speaker(qs, "abandonné") or "")


def test_people_after_a_are_never_where_the_words_come_from(quotes_of):
    qs, _ = quotes_of("« Aucune décision n'est prise », a-t-on confié aux journalistes du Monde.")
    assert "journalistes" not in (_speaker(qs, "Aucune décision") or "")
    qs, _ = quotes_of("« Le dossier est clos », confie-t-on à la famille du défunt.")
    assert "famille" not in (_speaker(qs, "dossier est clos") or "")


def test_a_seat_of_power_after_a_verb_that_takes_no_addressee_is_the_source(quotes_of):
    qs, _ = quotes_of(
        "Le Premier ministre Paul Martin a reçu les syndicats. "
        "« C'est un chantier complexe et long », fait-on valoir à Matignon."
    )
    assert one(qs, "chantier complexe").speaker_name == "Matignon"
    qs, _ = quotes_of(
        "« Les négociations avancent lentement », confie-t-on au ministère des Affaires étrangères."
    )
    assert "ministère" in (one(qs, "négociations avancent").speaker_name or "")


def test_selon_glued_to_the_closing_mark_still_attributes(quotes_of):
    qs, _ = quotes_of(
        "La Conférence des bâtonniers appelle à la grève. Quittant les tribunaux, « des centaines d'avocats "
        "viendront manifester à Paris » selon la présidente du syndicat, Anne Roussel."
    )
    assert one(qs, "centaines d'avocats").speaker_name == "Anne Roussel"


def test_faire_savoir_a_with_a_place_is_where_the_words_come_from(quotes_of):
    qs, _ = quotes_of(
        "Le député Paul Martin a quitté le parti. "
        "« C'est une querelle de personnes », fait-on savoir à Matignon."
    )
    assert one(qs, "querelle de personnes").speaker_name == "Matignon"
