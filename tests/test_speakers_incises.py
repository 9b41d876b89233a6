"""Speakers of direct quotations (enrich/quotes: incises.py, grammar.py, speakers.py, fr_quotes): the incise
or cue next to the quotation and the subject it names: which verbs are cues, an inverted subject past adverbs
and locutions, past a channel (a participle on the channel's noun, a title in marks after its preposition,
« celui qui »), past two adjuncts, incises glued to the closing mark or left inside the marks, and what is no
incise; a group named in an incise (« l'entourage de X ») is not the one just quoted. Sentences written for
recoupe, none from a corpus."""

import pytest
from conftest import one, rules_speaker
from conftest import speaker_containing as _speaker

from recoupe.enrich.quotes.grammar import semi_auxiliary_end
from recoupe.lang import fr_quotes as L


def test_faire_remarquer_is_a_cue_and_a_name_after_alors_que_does_not_speak(quotes_of):
    # "« … » a fait remarquer l'actrice alors que X …": the actress points it out; X is in a clause of his own
    qs, _ = quotes_of(
        "Sur le plateau, la comédienne Julie Castel a taquiné l'animateur Paul Verdier. "
        "« Regardez ses mains, elles tremblent depuis le début de l'émission ! » a fait remarquer l'actrice "
        "alors que Paul Verdier se faisait chahuter par les autres invités."
    )
    q = one(qs, "Regardez ses mains")
    assert q.speaker_name == "Julie Castel"


def test_a_name_in_a_clause_after_the_inverted_subject_does_not_speak(quotes_of):
    qs, _ = quotes_of(
        "La maire de Lyon, Claire Moreau, a inauguré la passerelle samedi. "
        "« Ce pont attendu depuis vingt ans relie enfin les deux quartiers », a déclaré l'élue tandis que le préfet Marc Ollier coupait le ruban."
    )
    q = one(qs, "pont attendu")
    assert q.speaker_name == "Claire Moreau"


def test_an_incise_opened_by_comme_le_gives_the_speaker(quotes_of):
    # "…, comme l'a rappelé X" / "…, comme le demandait X": the inverted subject speaks
    qs, _ = quotes_of(
        "Selon Le Figaro, le dossier a pris du retard. L'enquête doit établir "
        "« comment les fonds publics ont été versés à la société sans appel d'offres », comme le demandait la plainte de l'association Transparence Active."
    )
    q = one(qs, "fonds publics")
    assert q.speaker_name == "Transparence Active"
    qs, _ = quotes_of(
        "Le texte sera examiné au Sénat en juin. « Nous irons jusqu'au bout de cette réforme des retraites », "
        "comme l'a rappelé la ministre du Travail Hélène Marchand."
    )
    q = one(qs, "jusqu'au bout")
    assert q.speaker_name == "Hélène Marchand"


def test_a_bare_incise_past_a_role_of_a_body_the_tagger_misreads(quotes_of):
    # "« … », avance le représentant d'Hirondelles Nature, X": the name after the role and its body speaks
    qs, _ = quotes_of(
        "Un renard attaque les poules du village. « Il a sans doute été nourri par des habitants qui voulaient bien faire », "
        "avance le représentant d'Hirondelles Nature, Gilles Marchetti."
    )
    q = one(qs, "nourri par des habitants")
    assert q.speaker_name == "Gilles Marchetti"


def test_an_adverbial_locution_between_the_verb_and_its_inverted_subject(quotes_of):
    # "…, explique d'emblée le président de la société": past "d'emblée", the subject (not "d'emblée le président")
    qs, _ = quotes_of(
        "La société Nettoyex a écrit au candidat Paul Morel. « Nous constatons depuis des mois l'usage de notre nom dans vos discours », "
        "explique d'emblée le président de la société dans la lettre."
    )
    q = one(qs, "usage de notre nom")
    assert q.speaker_name is not None and "emblée" not in q.speaker_name
    assert "président de la société" in q.speaker_name


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


def test_comme_l_a_rappele_does_not_override_a_cue_before_the_quotation(quotes_of):
    qs, _ = quotes_of(
        "La piscine sera rénovée. Le maire Paul Roux a promis « une piscine entièrement neuve pour la rentrée prochaine », "
        "comme l'a rappelé son adjointe Marie Dupont."
    )
    assert one(qs, "piscine entièrement neuve").speaker_name == "Paul Roux"
    qs, _ = quotes_of(
        "Le festival revient. Il propose « une expérience unique pour toute la famille et les amis », comme l'indique son nom."
    )
    assert all(q.speaker_name != "indique" for q in qs)


def test_a_locution_ending_and_starting_at_a_token():
    from recoupe.enrich.nlp import load
    from recoupe.enrich.quotes.grammar import locution_ending_at, locution_starting_at

    doc = load()("Il a d'emblée précisé de son côté sa position.")
    words = [t.text for t in doc]
    d = words.index("d'")
    assert locution_starting_at(doc, d, len(doc)) == d + 1
    assert locution_ending_at(doc, d + 1, 0) == d
    de = words.index("de")
    assert locution_starting_at(doc, de, len(doc)) == de + 2
    assert locution_starting_at(doc, de, de + 2) is None


_BEFORE = "Le ministre Paul Renaud a défendu la réforme mardi. « Nous irons jusqu'au bout de ce texte », a-t-il déclaré. "


def test_an_incise_of_any_verb_with_a_described_subject_ends_the_previous_speaker(quotes_of):
    # « … », VERB + determiner + noun ending the sentence: only an incise puts a subject there,
    # whatever the verb ("scandaient", "rassure"): not the minister quoted before
    qs, _ = quotes_of(_BEFORE + "« Du travail pour tous, des salaires pour vivre », scandaient les manifestants.")
    q = one(qs, "des salaires pour vivre")
    assert q.speaker_name != "Paul Renaud" and q.cue == "scandaient"


def test_an_incise_with_an_honorific_before_the_name(quotes_of):
    qs, _ = quotes_of(_BEFORE + "« Il ne faut pas s'alarmer pour un repas de temps en temps », rassure le Dr Hélène Marchal.")
    q = one(qs, "un repas de temps en temps")
    assert q.speaker_name == "Hélène Marchal" and q.cue == "rassure"


def test_a_present_participle_and_its_object_are_no_incise(quotes_of):
    # « … », suscitant l'indignation: the participle's object, not a speaker
    qs, _ = quotes_of(
        "Le ministre Marc Aubert a visité l'usine mardi, au lendemain de la manifestation des \"gilets jaunes\", "
        "suscitant l'indignation des syndicats."
    )
    assert all(q.cue != "suscitant" for q in qs)


def test_a_title_word_ending_the_sentence_before_does_not_make_a_quotation_a_title(quotes_of):
    # "… son plan. « … »": "plan" names the film, the law… only in the quotation's own sentence
    for word in ("son plan", "le quotidien", "leur projet"):
        qs, _ = quotes_of(
            f"Le maire de Lyon, Paul Renaud, a détaillé lundi {word}. "
            "« Nous attendrons les résultats avant de nous réjouir », a tempéré le maire."
        )
        assert one(qs, "avant de nous réjouir").speaker_name == "Paul Renaud"
    qs, _ = quotes_of("Le réalisateur Paul Renaud présente son film « Les Jours heureux » à Cannes.")
    assert not [q for q in qs if "Jours heureux" in q.text]


def test_a_described_subject_with_its_complements_and_a_name_in_apposition(quotes_of):
    # "les services de la mairie": the description runs over its complements
    qs, _ = quotes_of(_BEFORE + "« Ce n'est qu'une réunion de travail parmi d'autres », ont minimisé les services de la mairie.")
    q = one(qs, "réunion de travail")
    assert q.speaker_name != "Paul Renaud" and q.cue == "ont minimisé"
    # "…, le porte-parole de l'association, Claire Vidal": the name in apposition, not the office
    qs, _ = quotes_of(_BEFORE + "« Nous ne céderons sur rien cette année », martèle la porte-parole de l'association, Claire Vidal.")
    assert one(qs, "céderons sur rien").speaker_name == "Claire Vidal"


def test_a_quotation_inside_the_subject_s_clause_is_no_incise_for_the_main_verb(quotes_of):
    # review of session 16: « "…", VERB + noun phrase » is an incise only where no subject waits for
    # that verb before the marks
    for body, words, speaker in (
        ("La maire Claire Vidal, qui a dénoncé une « trahison », a rencontré le préfet mercredi.", "trahison", "Claire Vidal"),
        ("Le ministre Paul Renaud, qui promet une « sortie de crise rapide », attend la décision du Conseil d'État.",
         "sortie de crise", "Paul Renaud"),
    ):
        qs, _ = quotes_of(body)
        found = [q for q in qs if words in q.text]
        assert not found or found[0].speaker_name == speaker, (body, found)


def test_a_linking_verb_after_the_marks_has_no_speaker_after_it(quotes_of):
    qs, _ = quotes_of(_BEFORE + "« Ensemble pour nos salaires », a été le mot d'ordre de la manifestation de jeudi.")
    assert not any(q.cue == "a été" for q in qs), qs


def test_an_incise_after_a_colon_still_names_its_speaker(quotes_of):
    qs, _ = quotes_of(_BEFORE + "La raison donnée : « Ils ne seraient pas aux normes de sécurité », enrage le père de famille.")
    assert one(qs, "aux normes").speaker_name == "père de famille"


def test_an_adjunct_between_commas_after_the_incise_verb(quotes_of):
    qs, _ = quotes_of(
        "Le ministre Paul Martin a présenté son plan mardi. "
        "« Ce plan ne règle rien du tout pour les familles », a estimé, de son côté, Claire Dubois, "
        "la porte-parole des Républicains. "
        "« Nous voulons inscrire le climat dans la Constitution », avait déclaré, lundi 18 juin, "
        "Jacques Lenoir, le président de l'Assemblée nationale."
    )
    assert one(qs, "ne règle rien").speaker_name == "Claire Dubois"
    assert one(qs, "inscrire le climat").speaker_name == "Jacques Lenoir"


def test_a_verb_taking_the_reporting_verb_in_the_infinitive(quotes_of):
    qs, _ = quotes_of(
        "Le congrès du parti s'est ouvert samedi à Lyon devant mille militants. "
        "« Cette défaite est liée à nos erreurs passées et nous devons changer », a tenu à préciser "
        "Olivier Lambert, le premier secrétaire du parti."
    )
    q = one(qs, "Cette défaite")
    assert q.speaker_name == "Olivier Lambert"
    assert q.cue == "a tenu à préciser"


def test_a_locution_between_the_auxiliary_and_the_verb_of_an_incise(quotes_of):
    qs, _ = quotes_of(
        "La commission d'enquête a tenu sa première réunion mercredi. "
        "« La commission a été très rapide pour se mettre en place », s'est d'abord félicitée "
        "Mme Sophie Garnier, la présidente de la commission."
    )
    assert one(qs, "très rapide").speaker_name == "Sophie Garnier"


def test_a_preposition_read_as_an_adverb_before_the_inverted_subject(quotes_of):
    # "auprès de l'AFP": a channel, then the speaker
    qs, _ = quotes_of(
        "Le gouvernement a présenté son budget lundi. Marc Petit a quitté la réunion. "
        "« Certains ministres ne prennent que les bonnes nouvelles », s'était agacé lundi auprès "
        "de l'AFP un conseiller présidentiel."
    )
    assert one(qs, "bonnes nouvelles").speaker_name != "Marc Petit"
    assert "conseiller" in (one(qs, "bonnes nouvelles").speaker_name or "")


def test_a_semi_auxiliary_needs_a_reporting_verb_in_the_infinitive(nlp):
    doc = nlp("a tenu à préciser le ministre")
    assert semi_auxiliary_end(list(doc), 1) == 3
    doc = nlp("a voulu la victoire le ministre")
    assert semi_auxiliary_end(list(doc), 1) is None


def test_an_inverted_description_written_with_a_capital_title(quotes_of):
    # "a ainsi pesté le Premier secrétaire du PS, Jean X": "pesté" is no known cue, the title has capitals
    qs, _ = quotes_of(
        "Le conseil national du parti s'est réuni lundi. Paul Girard a présenté le rapport. "
        "« La situation est grave et très inquiétante », a ainsi pesté le Premier secrétaire du PS, Jean Durand."
    )
    assert one(qs, "grave et très inquiétante").speaker_name == "Jean Durand"


def test_croit_savoir_and_veut_savoir_report_speech(quotes_of):
    qs, _ = quotes_of(
        "Le ministre Paul Martin a présenté le texte mardi. "
        "« Le projet sera voté avant l'été sans aucun doute », croit savoir Hugues Renard, vice-président de l'Assemblée. "
        "« Qui va payer pour tout cela à la fin ? » veut savoir la mère de l'élève."
    )
    assert one(qs, "voté avant l'été").speaker_name == "Hugues Renard"
    assert one(qs, "Qui va payer").speaker_name != "Paul Martin"


def test_faire_valoir_with_its_inverted_clitic(quotes_of):
    qs, _ = quotes_of(
        "Le Premier ministre Paul Martin a reçu les syndicats. Le ministre Jean Petit doit revoir sa copie. "
        "« C'est un chantier complexe, partagé entre plusieurs ministères », fait-on valoir à Matignon. "
        "La porte-parole Claire Morel a répondu aux questions. "
        "« Nous avons toujours respecté nos engagements », fait-elle valoir."
    )
    q = one(qs, "chantier complexe")
    assert q.speaker_name == "Matignon"
    assert q.cue == "fait-on valoir"
    q = one(qs, "respecté nos engagements")
    assert q.speaker_name == "Claire Morel"
    assert q.cue == "fait-elle valoir"


def test_an_impersonal_incise_names_the_group_it_comes_from_not_a_news_outlet(quotes_of):
    qs, _ = quotes_of(
        "Le ministre Richard Blanc a présenté sa réforme lundi. Paul Noir a critiqué le texte. "
        "« Il n'est pas question de céder maintenant », a-t-on souligné dans l'entourage de Richard Blanc."
    )
    assert "entourage" in (one(qs, "pas question de céder").speaker_name or "")


def test_an_incise_with_no_comma_whose_verb_is_no_known_cue(quotes_of):
    qs, _ = quotes_of(
        "Le maire Paul Roux a répondu aux habitants. "
        "« C'est terminé pour cette saison » tranche le préfet de la Drôme, Jacques Vert."
    )
    assert one(qs, "terminé pour cette saison").speaker_name == "Jacques Vert"


def test_an_attribution_glued_to_the_closing_mark(quotes_of):
    qs, _ = quotes_of(
        "Le détenu Marc Gris purge une longue peine. Le syndicaliste Jean Brun a parlé à la presse. "
        "Suivi médicalement, le détenu « n'est pas radicalisé du tout » selon la directrice de la prison, Anne Vidal."
    )
    assert one(qs, "radicalisé").speaker_name == "Anne Vidal"


def test_an_incise_inside_the_marks_in_a_compound_tense_of_a_verb_that_is_no_cue(quotes_of):
    qs, _ = quotes_of(
        "Le député Marc Noir a quitté l'hémicycle. Le maire Paul Roux a répondu. "
        "« Nous irons jusqu'au bout, a ainsi pesté la Première ministre Anne Blanc, sans jamais reculer devant la pression. »"
    )
    assert one(qs, "jusqu'au bout").speaker_name == "Anne Blanc"


def test_a_verb_and_its_object_inside_the_marks_are_no_incise(quotes_of):
    # "a adressé une question au ministre X": X is whom the words are addressed to
    qs, _ = quotes_of(
        "Le député Paul Vert a pris la parole mardi. « Nous voulons l'autonomie, a adressé une question "
        "au Premier ministre Jean Blanc, et nous l'aurons un jour prochain. »"
    )
    assert one(qs, "autonomie").speaker_name != "Jean Blanc"


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


def test_selon_glued_to_the_closing_mark_still_attributes(quotes_of):
    qs, _ = quotes_of(
        "La Conférence des bâtonniers appelle à la grève. Quittant les tribunaux, « des centaines d'avocats "
        "viendront manifester à Paris » selon la présidente du syndicat, Anne Roussel."
    )
    assert one(qs, "centaines d'avocats").speaker_name == "Anne Roussel"


def test_a_locution_opened_by_an_adverb_inside_the_incise(quotes_of):
    # "quant à lui": its first word is an adverb, the locution is passed over all the same
    qs, _ = quotes_of(
        "La maire de Lille, Agnès Morel, a salué la décision. « Pour moi, c'est une bonne nouvelle pour la ville », "
        "a quant à lui lancé le député Paul Renard."
    )
    assert one(qs, "une bonne nouvelle").speaker_name == "Paul Renard"


def test_par_exemple_between_the_auxiliary_and_the_participle(quotes_of):
    qs, _ = quotes_of(
        "Plusieurs élus ont réagi à l'annonce du maire Jean Vidal. « Le parti va choisir un homme qui ne lit "
        "jamais les dossiers », a par exemple écrit Marc Delorme, ancien conseiller du sénateur."
    )
    assert one(qs, "ne lit jamais").speaker_name == "Marc Delorme"


def test_c_est_ainsi_que_takes_the_verb_right_after_que(quotes_of):
    qs, _ = quotes_of(
        "« C'était un grand musicien et un ami fidèle pendant trente ans ». C'est ainsi que Paul Renard, ancien "
        "batteur du groupe, a rendu hommage au chanteur Marc Delorme, dont la mort a été annoncée lundi."
    )
    assert one(qs, "un grand musicien").speaker_name == "Paul Renard"


def test_a_reflexive_incise_between_two_quoted_pieces(quotes_of):
    qs, _ = quotes_of(
        "Le candidat a raillé son adversaire lors du meeting. « Il y a un type marrant, monsieur Durand. Je le "
        "trouve drôle », s'est moqué Paul Renard « Il cite un poème qu'il n'a pas lu ! »"
    )
    assert one(qs, "un type marrant").speaker_name == "Paul Renard"


@pytest.mark.parametrize(("body", "words", "speaker"), [
    # the same rules on short sentences of their kind (not only the long shapes above)
    ("« C'est une bonne nouvelle », a quant à lui lancé le député Paul Renard.", "bonne nouvelle", "Paul Renard"),
    ("« Le parti se trompe de cible », a par exemple écrit Marc Delorme.", "se trompe de cible", "Marc Delorme"),
    ("Selon la préfecture, « le conducteur roulait trop vite », précise le quotidien.", "roulait trop vite", "préfecture"),
    ("Paul Renard aurait confié sa « grande lassitude », révèle Le Canard enchaîné.", "grande lassitude", "Paul Renard"),
    ("Le ton sera plus doux, France 2 promettant des « portraits touchants ».", "portraits touchants", "France 2"),
    ("« C'était un ami fidèle ». C'est ainsi que Paul Renard a rendu hommage au chanteur Marc Delorme, mort lundi.",
     "un ami fidèle", "Paul Renard"),
    ("Le « je vous aime » de Claire Vidal n'a pas suffi.", "je vous aime", "Claire Vidal"),
    ("Le député Marc Delorme a regretté que le gouvernement ait « coupé les crédits », selon lui.", "coupé les crédits",
     "Marc Delorme"),
    ("« Je le trouve drôle », s'est moqué Paul Renard « Il cite un poème qu'il n'a pas lu ! »", "trouve drôle", "Paul Renard"),
    ("La CGT, par la voix de Paul Renard, a dénoncé un « mépris total ».", "mépris total", "Paul Renard"),
])
def test_short_forms(quotes_of, body, words, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, words).speaker_name == speaker


def test_an_impersonal_passive_goes_on_the_body_quoted_before_not_the_person_named_since(quotes_of):
    # « est-il précisé »: the « il » stands for no one; the words go on the communiqué just quoted,
    # not on the prefect the sentence names
    qs, _ = quotes_of(
        "« Le gymnase recevra les sinistrés dès jeudi soir », a indiqué la préfecture dans un communiqué. Le préfet, "
        "Marc Delorme, a choisi ce lieu pour répondre « aux demandes des familles et des élus », est-il précisé."
    )
    assert one(qs, "recevra les sinistrés").speaker_name == "préfecture"
    assert one(qs, "aux demandes des familles").speaker_name == "préfecture"


def test_an_impersonal_perfect_passive_is_no_person_either(quotes_of):
    qs, _ = quotes_of(
        "« La digue sera renforcée avant l'hiver », a annoncé la mairie mardi. Paul Garnier, l'adjoint aux travaux, "
        "suivra le chantier qui doit « durer au moins six semaines », a-t-il été ajouté."
    )
    assert one(qs, "au moins six semaines").speaker_name != "Paul Garnier"


def test_a_reflexive_inversion_is_still_the_person(quotes_of):
    # « s'est-il défendu » is personal: the « il » is the one named
    qs, _ = quotes_of(
        "Paul Garnier, le maire, a été critiqué lundi. « Je n'ai rien caché à personne », s'est-il défendu."
    )
    assert one(qs, "rien caché").speaker_name == "Paul Garnier"


def test_an_inverted_active_incise_is_still_the_person(quotes_of):
    qs, _ = quotes_of(
        "Paul Garnier, le maire, a présenté son budget. « Les impôts ne bougeront pas cette année », a-t-il précisé."
    )
    assert one(qs, "impôts ne bougeront").speaker_name == "Paul Garnier"


def test_a_participle_with_a_finite_auxiliary_is_a_clause_of_its_own(nlp):
    # « X a invité Y « … », a précisé la présidence »: the clause before the marks has its own subject
    # and its own conjugated verb; the verb after the marks is an incise's, whatever the parse hangs
    from recoupe.enrich.quotes.incises import _finite_auxiliary

    doc = nlp("Paul Garnier a invité Marc Delorme à Lyon.")
    assert _finite_auxiliary(next(t for t in doc if t.text == "invité"))
    doc = nlp("Paul Garnier, après avoir dénoncé la réforme, a appelé les élus.")
    assert not _finite_auxiliary(next(t for t in doc if t.text == "dénoncé"))
    doc = nlp("Paul Garnier, tout en condamnant la réforme, a appelé les élus.")
    assert not _finite_auxiliary(next(t for t in doc if t.text == "condamnant"))


def test_a_body_in_the_incise_after_a_full_clause_is_the_speaker(quotes_of):
    qs, _ = quotes_of(
        'Lors de ce long échange téléphonique, Paul Garnier a invité Marc Delorme "dans les toutes prochaines '
        'semaines", a précisé la présidence française.'
    )
    assert one(qs, "prochaines").speaker_name != "Paul Garnier"


def test_a_cue_the_tagger_took_for_a_noun_heads_its_clause(quotes_of):
    # « annonce » read as a noun, yet the parse gives it a subject and a clause opened by « que »:
    # the police speaks, not the channel quoted before
    qs, _ = quotes_of(
        "Selon les informations de la BBC, une attaque a eu lieu à Leeds. Le média britannique affirme que deux "
        'personnes sont mortes. La police locale annonce que cette attaque n\'est "pas considérée comme du terrorisme".'
    )
    assert one(qs, "pas considérée").speaker_name == "police locale"


def test_clause_head_noun_needs_a_subject_and_a_que_clause(nlp):
    from recoupe.enrich.quotes.grammar import clause_head_noun

    doc = nlp("L'annonce du ministre a surpris les élus.")
    assert not any(clause_head_noun(t) for t in doc)


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


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # the incise the source left inside the marks names its speaker past a time word and a channel
    ("Les habitants attendent des réponses. « Nous n'avons reçu aucune aide depuis trois mois, explique mardi sur "
     "franceinfo M. Paul Girard. Personne ne nous a contactés. »", "aucune aide", "Paul Girard"),
    ("Le débat a été vif. « Il n'y a ni vainqueur ni vaincu, a lui estimé son assistant parlementaire, Marc Dubois. "
     "Chacun doit maintenant avancer. »", "ni vainqueur", "Marc Dubois"),
])
def test_an_incise_inside_the_marks_names_the_speaker(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker


def test_a_name_in_a_complement_of_the_incises_subject_is_not_the_speaker(quotes_of):
    qs, _ = quotes_of("La réforme divise. « Le problème n'est pas l'embauche, indique un membre du cabinet de Paul Girard. "
                      "Les contrôles sont efficaces. »")
    assert one(qs, "embauche").speaker_name != "Paul Girard"


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # an adverbial locution between the verb of the incise and its subject ("de son côté", "quant à lui"):
    # the subject after it speaks, not the one quoted before
    ("« Le gouvernement tranchera à l'automne », a complété le porte-parole. « La loi prévoit déjà des chartes "
     "concertées avec les riverains », a rappelé de son côté Matignon.", "chartes concertées", "Matignon"),
    ("Un conseiller assure que le président n'aime pas être contredit. « Sur un sujet, j'ai été trop brutal et il ne "
     "m'a pas répondu pendant des jours », déplore de son côté un ministre.", "trop brutal", "un ministre"),
    ("Aucune fête n'était prévue lundi soir pour les joueurs, mais seulement « un rassemblement privé pour ceux qui "
     "le souhaitaient », a indiqué de son côté la Fédération française de football.", "rassemblement privé",
     "Fédération française de football"),
])
def test_a_locution_before_the_incises_subject_is_passed(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # a comma between the channel and the inverted subject: the subject after it speaks, not the one named before
    ("Le ministre Paul Girard a visité la base lundi. « Les milices reprennent position autour de la ville et "
     "je crains une offensive », a expliqué à l'AFP, un responsable local souhaitant garder l'anonymat.",
     "milices reprennent", "un responsable local"),
    ("Le ministre Paul Girard a visité la base lundi. « Personne ne nous a prévenus de la fermeture », a confié "
     "dimanche à la presse, un habitant du quartier.", "Personne ne nous", "un habitant du quartier"),
])
def test_the_subject_after_a_channel_and_a_comma_speaks(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # a name after the channel is the subject; the description after the comma is its apposition
    ("Le ministre Paul Girard a visité la base lundi. « Ils ont tous été libérés ce matin », a déclaré à l'AFP "
     "Marc Dubois, un responsable de la police régionale.", "tous été libérés", "Marc Dubois"),
    # a clause of its own after the channel's comma: its subject does not speak
    ("Le ministre Paul Girard a visité la base lundi. « Nous tiendrons la ligne », a dit le ministre à l'AFP, "
     "la police a bouclé le quartier.", "tiendrons la ligne", "Paul Girard"),
])
def test_no_subject_after_a_channel_when_a_name_or_a_clause_stands_there(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # a participle qualifying the channel's noun ("une allocution télévisée") is part of the channel
    ("Le ministre Paul Girard a réuni son cabinet dimanche. « Les noms que nous avons sont tous "
     "locaux », a déclaré dans une allocution télévisée le chef du gouvernement.",
     "noms que nous avons", "chef du gouvernement"),
    ("Le maire Paul Girard a visité le chantier lundi. « Les travaux reprendront dès la semaine prochaine », a "
     "annoncé dans un message enregistré la présidente de la région, Claire Martin.",
     "travaux reprendront", "Claire Martin"),
])
def test_a_participle_after_the_channels_noun_is_part_of_the_channel(enrich_body, body, quoted, speaker):
    assert rules_speaker(enrich_body, body, quoted) == speaker


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # « celui qui » / « celle qui » after the channel: the person the passage is about
    ("Le chanteur Marc Dubois a répondu aux critiques. Nicolas Martin, rescapé de l'attentat, ne partage pas cet "
     "avis. « Je pense qu'il faut prendre le temps de regarder », confie à RTL celui qui s'est caché sous le toit.",
     "prendre le temps", "Nicolas Martin"),
    ("Le chanteur Marc Dubois a répondu aux critiques. Claire Martin a fondé l'association en 2016. « Nous "
     "n'avons jamais reçu la moindre subvention », explique au Parisien celle qui préside aujourd'hui le bureau.",
     "moindre subvention", "Claire Martin"),
])
def test_celui_qui_after_the_channel_is_the_person_spoken_of(enrich_body, body, quoted, speaker):
    assert rules_speaker(enrich_body, body, quoted) == speaker


def test_a_time_phrase_after_the_channel_leaves_no_subject(quotes_of):
    # "à tous les journalistes": a phrase of the channel, not the subject of the incise
    qs, _ = quotes_of("Le ministre Paul Girard a visité la base lundi. « Nous tiendrons la ligne jusqu'au bout », "
                      "a-t-il répété à tous les journalistes présents.")
    assert one(qs, "tiendrons la ligne").speaker_name == "Paul Girard"


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # a programme's title in marks right after the channel's preposition: the channel, then the subject
    ("Le chanteur Marc Dubois a répondu aux critiques. « Je ne regrette rien », a-t-il dit. « J'ai eu très peur ce "
     "soir-là », a confié dans « Quotidien » la chanteuse Lou Martin.", "très peur", "Lou Martin"),
    ("Le chanteur Marc Dubois a répondu aux critiques. « Je ne regrette rien », a-t-il dit. « Sur une zone pareille, "
     "c'est tout simplement énorme », a cependant alerté dans « L'Œil du 20 heures » de France 2, Emmanuelle Amar, "
     "épidémiologiste.", "zone pareille", "Emmanuelle Amar"),
])
def test_a_title_in_marks_after_the_channels_preposition_is_the_channel(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker
    assert not [q for q in qs if q.text in ("Quotidien", "L'Œil du 20 heures")]  # the title is no quotation



@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # two adjuncts between commas after the incise's verb, then the subject
    ("Le chanteur Marc Dubois a répondu aux critiques. « Je ne regrette rien », a-t-il dit. « Les portes étaient "
     "verrouillées », a confié au téléphone, depuis Bangkok, Paul Martin, au Parisien.", "portes étaient", "Paul Martin"),
    ("Le ministre Marc Dubois a visité l'usine. « Nous surveillons la situation », a-t-il dit. « Le risque zéro "
     "n'existe pas », a reconnu sur Europe 1, mercredi 2 octobre, la porte-parole du gouvernement, Claire Martin.",
     "risque zéro", "Claire Martin"),
])
def test_two_adjuncts_between_the_verb_and_its_inverted_subject(enrich_body, body, quoted, speaker):
    assert rules_speaker(enrich_body, body, quoted) == speaker


def test_the_entourage_of_a_body_in_an_incise_is_not_the_one_just_quoted(quotes_of):
    qs, _ = quotes_of(
        "Le sénateur Paul Garnier risque d'être exclu du Cercle Voltaire. « Je ne regrette rien de ce que "
        "j'ai dit aux juges », a déclaré Paul Garnier mardi. « Le vote a donné douze voix pour et deux voix "
        "contre », a précisé l'entourage du Cercle Voltaire à la presse."
    )
    assert one(qs, "douze voix pour").speaker_name != "Paul Garnier"
    assert one(qs, "Je ne regrette rien").speaker_name == "Paul Garnier"


def test_a_person_noun_in_an_incise_still_names_again_the_one_just_quoted(quotes_of):
    # not every description is a group: « poursuit l'élu » carries the deputy's words on
    qs, _ = quotes_of(
        "Le député Paul Garnier a présenté mardi son projet de loi. « Ce texte protège les locataires », a "
        "déclaré Paul Garnier. « Il ne coûtera rien à l'État », poursuit l'élu."
    )
    assert one(qs, "ne coûtera rien").speaker_name == "Paul Garnier"
