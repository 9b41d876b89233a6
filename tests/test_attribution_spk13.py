"""Session 16, issue 12 (spk13): rules kept for their precision on unannotated articles;
sentences of our own."""

from conftest import one

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
