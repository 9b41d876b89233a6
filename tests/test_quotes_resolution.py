"""Speaker resolution: what a description given as a speaker stands for, on
sentences of our own."""

from conftest import one


def test_a_local_office_is_not_anyone_named_without_that_office(quotes_of):
    # "le chef de la police locale", "l'avocat général": a function in a body the article does not
    # name; the person named last, who is given no such office, does not hold it
    qs, _ = quotes_of(
        "Une voisine, Martine Leclerc, a assisté à la scène. « J'ai eu très peur », a-t-elle raconté. "
        "Paul Girard, le conducteur, a été placé en garde à vue. "
        "« Il roulait beaucoup trop vite », a expliqué le chef de la police locale."
    )
    assert one(qs, "trop vite").speaker_name != "Paul Girard"
    assert "chef de la police locale" in (one(qs, "trop vite").speaker_name or "")


def test_a_public_office_still_stands_for_the_one_named(quotes_of):
    qs, _ = quotes_of(
        "Emmanuel Macron a reçu les syndicats mardi à l'Élysée. "
        "« Nous irons au bout de cette réforme », a déclaré le président de la République."
    )
    assert one(qs, "au bout").speaker_name == "Emmanuel Macron"


def test_a_description_by_sex_or_age_alone_takes_the_description_given_first(quotes_of):
    # "la jeune femme" after "une infirmière de 31 ans" is that infirmière, by the article's
    # first description, and the age the article adds is no part of it
    qs, _ = quotes_of(
        "« Personne ne nous a prévenus », a raconté une infirmière de 31 ans au journal local. "
        "Un porte-parole de l'hôpital a refusé de commenter. "
        "Pour la jeune femme, la direction a « fermé les yeux » pendant des mois."
    )
    assert one(qs, "prévenus").speaker_name == "une infirmière"
    assert one(qs, "fermé les yeux").speaker_name == "une infirmière"


def test_an_age_is_cut_from_a_description(quotes_of):
    qs, _ = quotes_of("« Je n'ai rien vu venir », a confié un agriculteur âgé de 58 ans, installé près de Rodez.")
    assert one(qs, "rien vu venir").speaker_name == "un agriculteur"


def test_a_description_by_age_alone_takes_a_gendered_description_given_first(quotes_of):
    # "l'octogénaire", "l'individu" tell no gender: any earlier description may be theirs
    qs, _ = quotes_of(
        "« On a tout perdu en une nuit », a raconté un retraité de 84 ans devant sa maison inondée. "
        "La mairie a ouvert un gymnase pour les sinistrés. "
        "« Je ne sais pas où je dormirai demain », confie l'octogénaire."
    )
    assert one(qs, "tout perdu").speaker_name == "un retraité"
    assert one(qs, "dormirai demain").speaker_name == "un retraité"


def test_an_age_after_a_curly_apostrophe_is_cut_from_a_description(quotes_of):
    qs, _ = quotes_of("Devant la mairie, une riveraine âgée d’environ 70 ans a lancé : « Personne ne nous écoute. »")
    assert one(qs, "nous écoute").speaker_name == "une riveraine"


def test_a_description_by_sex_alone_still_stands_for_the_woman_named(quotes_of):
    qs, _ = quotes_of(
        "Claire Moreau, 28 ans, a été secourue vendredi. "
        "« J'ai cru mourir », a confié la jeune femme."
    )
    assert one(qs, "cru mourir").speaker_name == "Claire Moreau"


def test_a_body_description_stands_for_the_body_named_after_that_noun_as_a_complement(quotes_of):
    # "le secrétaire du syndicat Sud Rail" names the union as a complement; "le syndicat" is it
    qs, _ = quotes_of(
        "Marc Dutour, secrétaire régional du syndicat Sud Rail, a dénoncé la fermeture de la ligne. "
        "Les voyageurs attendent toujours des solutions. "
        "« Nous ne lâcherons rien », prévient le syndicat dans un communiqué."
    )
    assert one(qs, "lâcherons").speaker_name == "Sud Rail"


def test_an_outlet_description_stands_for_the_outlet_written_before_and_keeps_its_day(quotes_of):
    qs, _ = quotes_of(
        "Dans un entretien au Journal du Dimanche, l'acteur revient sur sa carrière. "
        "Il n'a « jamais pensé arrêter », précise l'hebdomadaire."
    )
    assert one(qs, "jamais pensé").speaker_name == "Journal du Dimanche"


def test_a_singular_pronoun_does_not_stand_for_a_plural_or_other_gender_description(quotes_of):
    # "elle" after "« … », ont indiqué les enquêteurs" is not the investigators
    qs, _ = quotes_of(
        "« Les recherches continuent », ont indiqué les enquêteurs. "
        "Au petit matin, la propriétaire de la maison, Marie Laval, est rentrée de voyage. "
        "« Je n'ai rien entendu », a-t-elle assuré."
    )
    assert one(qs, "rien entendu").speaker_name == "Marie Laval"


def test_a_description_of_someone_named_only_in_the_title_is_that_person(quotes_of):
    # the title names the minister and the body only describes her: the speaker is the most
    # complete name the article gives, title included (issue 12's convention)
    qs, _ = quotes_of(
        "Le projet de loi sur l'assurance chômage sera présenté en conseil des ministres la semaine prochaine. "
        "« Nous voulons un système plus juste pour les saisonniers », a précisé la ministre du Travail devant les députés.",
        title="Assurance chômage : Claire Vasseur défend sa réforme",
    )
    assert one(qs, "plus juste").speaker_name == "Claire Vasseur"


def test_a_description_of_someone_the_body_names_is_that_person(quotes_of):
    qs, _ = quotes_of(
        "Claire Vasseur a présenté le projet de loi sur l'assurance chômage mardi. "
        "« Nous voulons un système plus juste pour les saisonniers », a précisé la ministre du Travail devant les députés.",
        title="Assurance chômage : Claire Vasseur défend sa réforme",
    )
    assert one(qs, "plus juste").speaker_name == "Claire Vasseur"


def test_a_name_in_reported_speech_is_the_narrator_s_word_for_a_later_description(quotes_of):
    # reported speech without marks ("selon la chaîne, X a …") names X in the journalist's own
    # words: "le président américain" after it may stand for X (quoted words would not)
    qs, _ = quotes_of(
        "Selon la chaîne CNN, Donald Trump a publié mardi soir une vidéo de voitures en feu. "
        "Le président américain ajoute un message : « Ne posez même pas la question ». "
        "La mairie de Paris a réagi dans la soirée."
    )
    assert one(qs, "posez même pas").speaker_name == "Donald Trump"


def test_l_homme_is_never_a_woman_named_before(quotes_of):
    # "l'homme" hides its gender behind the elided article, but the noun tells it
    qs, _ = quotes_of(
        "Martine Roussel, candidate à la mairie, a visité la résidence lundi. "
        "L'homme a assuré : « Je vais porter plainte »."
    )
    assert one(qs, "porter plainte").speaker_name != "Martine Roussel"


def test_a_description_stands_for_the_name_apposed_to_its_noun(quotes_of):
    # "le père, Marc Jorand, …" then "a expliqué le père": the father, not the man the story is about
    qs, _ = quotes_of(
        "Le tribunal a condamné Yves Bardel à quinze ans de prison et le père, Marc Jorand, à trois ans. "
        "Yves Bardel avait été hébergé par la famille. Yves Bardel a toujours nié. "
        "« Je regrette de ne pas l'avoir protégée », a expliqué le père."
    )
    assert one(qs, "pas l'avoir protégée").speaker_name == "Marc Jorand"


def test_a_description_by_sex_alone_is_the_man_just_quoted_not_the_one_he_speaks_of(quotes_of):
    # the article is about the officer, named again and again; "l'homme" right after a quotation of
    # the uncle is the uncle
    qs, _ = quotes_of(
        "Le lieutenant Marc Varenne est mort samedi. Marc Varenne avait pris la place d'un otage. "
        "« Je l'ai appris à la radio », raconte Pierre Lestrade, son oncle. "
        "« Marc Varenne était un garçon courageux », poursuit Pierre Lestrade. "
        "Marc Varenne a succombé à ses blessures dans la nuit. "
        "L'homme évoque le « courage » et la « bravoure » de son neveu. "
        "« Il a donné sa vie pour des inconnus », ajoute-t-il."
    )
    assert one(qs, "donné sa vie").speaker_name == "Pierre Lestrade"


def test_a_plural_description_is_never_one_person_named_before(quotes_of):
    qs, _ = quotes_of(
        "Les deux pays préparent un sommet pour le printemps.\n\n"
        "Emmanuel Macron a reçu mardi le chancelier. « Nous partageons les mêmes objectifs », ont assuré les deux dirigeants."
    )
    assert one(qs, "mêmes objectifs").speaker_name != "Emmanuel Macron"


def test_an_outlet_description_with_an_accent_stands_for_the_outlet_named_before(quotes_of):
    # "la chaîne", "le média": the list of outlet nouns is folded ("chaine"), the noun read from the
    # text must be folded alike to be known as one
    qs, _ = quotes_of(
        "Le chanteur a accordé un long entretien à TF1, diffusé dimanche soir. "
        "« Il a beaucoup hésité avant d'accepter », précise la chaîne dans un communiqué."
    )
    assert one(qs, "beaucoup hésité").speaker_name == "TF1"


def test_an_outlet_description_in_the_body_stands_for_the_outlet_the_title_names(quotes_of):
    # the body names no outlet before « écrit l'hebdomadaire »: the one its headline named is meant
    # (and the gloss "(JDD)" after the source of « selon » is the source's, outside the reported words)
    qs, _ = quotes_of(
        "« Il n'a jamais caché ses ambitions », écrit l'hebdomadaire dans son édition de dimanche. "
        "Le maire n'a pas souhaité réagir.",
        title="Selon le Journal du dimanche (JDD), le maire de Lyon prépare sa candidature",
    )
    assert one(qs, "ambitions").speaker_name in ("JDD", "Journal du dimanche")


def test_a_gloss_after_the_source_of_selon_is_no_part_of_the_reported_words(quotes_of):
    qs, _ = quotes_of("Selon le Conseil national des barreaux (CNB), la réforme menace l'accès au juge pour les plus modestes.")
    q = next(q for q in qs if q.kind == "indirect")
    assert q.text.startswith("la réforme")


def test_a_pronoun_never_stands_for_a_people_magazine_that_relays_an_interview(quotes_of):
    # "elle" is the singer the article speaks of, not the people site named as a relay
    qs, _ = quotes_of(
        "La chanteuse Julie Morel ne s'était jamais confiée sur sa santé. Dans un entretien relayé par "
        "Pure People, l'artiste dit avoir longtemps souffert en silence. "
        "« J'avais peur d'en parler », raconte-t-elle."
    )
    assert one(qs, "peur d'en parler").speaker_name == "Julie Morel"


def test_a_pronoun_does_not_stand_for_someone_met_in_a_phrase_opening_before_a_described_subject(quotes_of):
    # "Invité par X, le chanteur s'est confié": the singer is the subject, named before; X is the host
    qs, _ = quotes_of(
        "Réputé pour son humour, Paul Lebrun s'est montré sous un autre jour. "
        "Invité par Marc Dutour mardi, l'ex-animateur de France 2 s'est confié sur son enfance. "
        "« J'avais besoin de savoir d'où je venais », a-t-il expliqué."
    )
    assert one(qs, "besoin de savoir").speaker_name == "Paul Lebrun"


def test_se_souvenir_is_a_reporting_verb_of_an_incise(quotes_of):
    qs, _ = quotes_of(
        "Marie Dupont, adjointe à la culture, suit le chantier. La majorité des subventions viennent de l'État. "
        "« Nous avons eu la surprise un matin », se souvient l'élue."
    )
    q = one(qs, "surprise un matin")
    assert q.cue == "souvient"
    assert q.speaker_name == "Marie Dupont"


def test_a_feminine_role_is_not_given_to_a_man_named_after_it(quotes_of):
    # "l'élue" is a woman: the man the next sentence names is not her
    qs, _ = quotes_of(
        "Le beffroi rouvrira l'an prochain. « Les travaux avancent bien », affirme l'élue. "
        "« Le calendrier sera tenu », explique Pierre Lemoine, chargé de mission à l'association."
    )
    assert one(qs, "avancent bien").speaker_name != "Pierre Lemoine"
