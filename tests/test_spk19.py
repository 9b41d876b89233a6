"""Cues and subjects next to a quotation that the rules did not read (session 17, helper spk19):
a participle's clause opening the sentence before its subject, an adjunct between an incise's
verb and its subject, a verb taking the reporting verb in the infinitive, a locution after the
auxiliary, a preposition the tagger reads as an adverb; sentences of our own."""

from conftest import one

from recoupe.enrich.quotes.grammar import semi_auxiliary_end


def test_a_fronted_participle_clause_gives_its_quotations_to_the_main_subject(quotes_of):
    # the quotation in the participle's clause and the one after the main verb are the deputy's,
    # not the mayor's of the sentence before
    qs, _ = quotes_of(
        "Le maire de Nice, Christian Estrosi, a demandé des sanctions. "
        "Saluant également « le geste du président de la République », le député de la Marne, "
        "Paul Durand, a adressé une pensée « à tous les gendarmes qui font bien leur travail dans des conditions difficiles »."
    )
    assert one(qs, "le geste du président").speaker_name == "Paul Durand"
    assert one(qs, "à tous les gendarmes").speaker_name == "Paul Durand"


def test_a_crosshead_glued_before_the_participle_does_not_hide_it(quotes_of):
    qs, _ = quotes_of(
        "Le maire de Nice, Christian Estrosi, a demandé des sanctions.\n\n"
        "LES GENDARMES SALUÉS Saluant « le courage des enquêteurs », la sénatrice du Gard, Hélène Roux, "
        "a adressé un message « à toutes les familles qui attendent des réponses depuis des mois »."
    )
    assert one(qs, "à toutes les familles").speaker_name == "Hélène Roux"


def test_a_participle_clause_then_a_described_subject_named_in_apposition(quotes_of):
    # "Contacté par …, le président du groupe, X, « appelle … »": X, not the one named before
    qs, _ = quotes_of(
        "Le président de l'Assemblée François de Rugy a exprimé son soutien. "
        "Contacté par Le Monde, le président du groupe au Sénat, Jacques Martin, "
        "« appelle une sanction immédiate pour ce nouvel épisode » à l'Assemblée."
    )
    assert one(qs, "appelle une sanction").speaker_name == "Jacques Martin"


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
