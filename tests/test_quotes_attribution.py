"""Which cue and which mention a direct quotation takes its speaker from, on
sentences of our own."""

from conftest import one


def test_a_wish_for_a_place_is_the_wish_of_the_one_who_utters_it(quotes_of):
    # the clause above the quoted words has a place for subject: the speaker is the subject of the
    # verb it hangs on, not the one quoted before
    qs, _ = quotes_of(
        "« Les négociations reprendront à l'automne », a précisé le porte-parole du gouvernement belge, Luc Verhaegen. "
        "Interrogée sur la radio RTL mardi matin, la ministre française du Commerce, Claire Dufresnoy, a souhaité que la France puisse "
        "« dans les semaines qui viennent discuter calmement de ce que nous ferons ensuite »."
    )
    q = one(qs, "discuter calmement")
    assert q.speaker_name == "Claire Dufresnoy"


def test_a_new_sentence_glued_to_a_closing_mark_is_not_one_statement(quotes_of):
    # "».La suite": a paragraph break lost in scraping; the words after it belong to another statement
    qs, _ = quotes_of(
        "Le tribunal cite un message du gérant à son employée : « Tu travailles ou tu rêves encore ? ».La salariée a décrit "
        "« une peur constante de venir au bureau chaque matin », note le jugement."
    )
    assert len([q for q in qs if q.kind == "direct"]) == 2
    q = one(qs, "peur constante")
    assert "rêves" not in q.text


def test_a_name_closing_an_apposition_before_the_verb_is_the_subject(quotes_of):
    # "la belle-sœur de X, la célèbre Y, a confié": Y, the name the apposition ends with
    qs, _ = quotes_of(
        "La belle-sœur de Marc Lenoir, la célèbre chanteuse Julie Armand, a confié sur Instagram « ne plus trouver les mots »."
    )
    q = one(qs, "plus trouver")
    assert q.speaker_name == "Julie Armand"


def test_someone_a_sentence_brings_in_speaks_the_quotation_after_it(quotes_of):
    qs, _ = quotes_of(
        "« Je pars avec beaucoup de tristesse », a déclaré Pierre Vallet devant ses collaborateurs. "
        "Sur Twitter, Sophie Marchal, présidente de la région, a rendu hommage à l'ancien directeur. "
        "« C'était un homme d'une grande loyauté, que tout le monde respectait ici. »"
    )
    q = one(qs, "grande loyauté")
    assert q.speaker_name == "Sophie Marchal"


def test_a_quotation_opening_the_body_is_attributed_in_the_next_sentence(quotes_of):
    qs, _ = quotes_of(
        "« Je vous demande pardon pour ce retard inacceptable. » "
        "La directrice de la compagnie Aérolignes, Nathalie Brisson, a présenté ses excuses aux passagers mardi."
    )
    q = one(qs, "pardon")
    assert q.speaker_name == "Nathalie Brisson"


def test_the_subject_after_an_opening_prepositional_phrase_speaks(quotes_of):
    qs, _ = quotes_of(
        "« Nous ne céderons rien », a insisté le maire, Jacques Duval. "
        "De son côté, le groupe Vinelli lui aussi « conteste toutes les accusations portées contre ses dirigeants »."
    )
    q = one(qs, "conteste")
    assert "Vinelli" in (q.speaker_name or "")


def test_selon_someone_cited_by_a_newspaper_gives_that_someone(quotes_of):
    # "selon un député cité par Le Parisien": the deputy speaks, the newspaper relays
    qs, _ = quotes_of(
        "Le président du groupe a tenté de calmer les élus. Seul espoir : « un vrai changement de méthode », "
        "selon un sénateur cité par Le Parisien."
    )
    q = one(qs, "changement de méthode")
    assert q.speaker_name and "sénateur" in q.speaker_name and "Parisien" not in q.speaker_name


def test_quoted_words_in_parentheses_after_a_name_are_that_persons(quotes_of):
    qs, _ = quotes_of(
        "Plusieurs artistes ont réagi, à l'instar de Paul Mercier (« Mes pensées vont aux familles des victimes ce soir »), "
        "Léa Fontaine (« Je suis bouleversée par ce drame, rien ne peut l'excuser ») et d'autres encore."
    )
    a = one(qs, "Mes pensées")
    b = one(qs, "bouleversée")
    assert a.speaker_name == "Paul Mercier" and b.speaker_name == "Léa Fontaine"


def test_the_inverted_subject_after_an_outlet_and_after_a_press_conference(quotes_of):
    qs, _ = quotes_of(
        "Les élèves ont été évacués dans le calme. « Nous avons entendu l'alarme puis nous sommes sortis en courant », "
        "a raconté à CNN Kayleen Brodowski, 15 ans. "
        "« Nous ne lâcherons rien sur les salaires », a déclaré lors d'une conférence de presse le secrétaire général du syndicat."
    )
    a = one(qs, "entendu l'alarme")
    assert a.speaker_name == "Kayleen Brodowski"
    b = one(qs, "lâcherons")
    assert b.speaker_name and "secrétaire général" in b.speaker_name


def test_a_quotation_opening_the_body_is_attributed_past_a_subordinate_clause(quotes_of):
    qs, _ = quotes_of(
        "« On m'a déclaré mort deux fois, c'est quand même incroyable. » "
        "S'il en sourit aujourd'hui, Gérard Lemoine a dû se battre pendant trois ans contre son assurance."
    )
    q = one(qs, "déclaré mort")
    assert q.speaker_name == "Gérard Lemoine"



def test_a_person_the_sentence_between_two_quotations_names_as_object_does_not_take_the_next(quotes_of):
    # the journalist's sentence names someone as the verb's object: the speaker goes on; named as
    # its subject, or as the agent after « par », that person speaks next
    qs, _ = quotes_of(
        "« Ce projet ne passera pas l'hiver », a déclaré Gilles Ferrand. "
        "La délibération du syndicat mixte vise directement Hélène Dorval. "
        "« Nous saisirons le tribunal administratif dès lundi. »"
    )
    assert one(qs, "tribunal administratif").speaker_name == "Gilles Ferrand"
    qs, _ = quotes_of(
        "« Ce projet ne passera pas l'hiver », a déclaré Gilles Ferrand. "
        "La délibération du syndicat mixte a été aussitôt contestée par Hélène Dorval. "
        "« Nous saisirons le tribunal administratif dès lundi. »"
    )
    assert one(qs, "tribunal administratif").speaker_name == "Hélène Dorval"
    qs, _ = quotes_of(
        "« Ce projet ne passera pas l'hiver », a déclaré Gilles Ferrand. "
        "Hélène Dorval conteste la délibération du syndicat mixte. "
        "« Nous saisirons le tribunal administratif dès lundi. »"
    )
    assert one(qs, "tribunal administratif").speaker_name == "Hélène Dorval"


def test_an_incise_closing_the_sentence_gives_the_speaker_of_quoted_words(quotes_of):
    # quoted words that make no clause, in a sentence whose subject is someone else: the incise
    # closing the sentence says who reported all of it
    qs, _ = quotes_of(
        "Dans la soirée, le président Marc Delorme a adressé un « message de soutien sincère » au maire de Lyon, a indiqué l'Elysée."
    )
    q = one(qs, "soutien sincère")
    assert q.speaker_name == "Elysée"


def test_a_capitalised_title_before_a_closing_incise_is_no_quotation(quotes_of):
    qs, _ = quotes_of(
        "Le réalisateur a adapté « Les Enfants du Port » pour la télévision, explique le quotidien régional."
    )
    assert not [q for q in qs if q.kind == "direct" and "Enfants" in q.text]


def test_a_name_after_the_incise_that_opens_a_clause_is_not_the_speaker(quotes_of):
    # "…, rappelle la chaîne dans un communiqué, X sera …": X is the subject of a new clause,
    # not a name in apposition to the incise's subject
    qs, _ = quotes_of(
        "« Le tournage a commencé en secret au printemps dernier », rappelle la chaîne dans un communiqué, "
        "Paul Mercier sera à l'affiche du film."
    )
    q = one(qs, "tournage")
    assert q.speaker_name != "Paul Mercier"


def test_a_name_in_apposition_after_the_incise_still_speaks(quotes_of):
    qs, _ = quotes_of(
        "« Le tournage a commencé en secret au printemps dernier », rappelle la productrice, Julie Armand, dans un communiqué."
    )
    q = one(qs, "tournage")
    assert q.speaker_name == "Julie Armand"


def test_words_after_a_colon_are_those_of_the_subject_of_the_verb_before_it(quotes_of):
    # no reporting verb: the subject of the last conjugated verb before the colon, not its object
    # ("la situation") nor nothing when a prepositional phrase ends the clause
    qs, _ = quotes_of(
        "La chanteuse Julie Armand a annulé sa tournée. Elle se rend donc à Madrid, sur les conseils de ses médecins, "
        "pour une longue série d'examens : « Mon humeur passait du chaud au froid, je pleurais pour un rien. »"
    )
    q = one(qs, "humeur")
    assert q.speaker_name == "Julie Armand"
    qs, _ = quotes_of(
        "Face à la polémique, le maire de Lyon Paul Roux a tenté d'apaiser la situation dans un communiqué : "
        "« Les opinions des dessinateurs n'engagent en rien notre ville. »"
    )
    q = one(qs, "opinions")
    assert q.speaker_name == "Paul Roux"


def test_words_after_a_colon_with_no_verb_before_are_the_named_one_s(quotes_of):
    qs, _ = quotes_of("Le débat a été vif à l'Assemblée. Paul Roux : « Nous ne voterons jamais ce texte, jamais. »")
    q = one(qs, "voterons")
    assert q.speaker_name == "Paul Roux"


def test_the_agent_of_a_participle_after_the_inverted_subject_does_not_speak(quotes_of):
    # "précise la municipalité dirigée par X": the body speaks, X is only who leads it
    for body in ("« Toutes nos opérations ont été menées de manière transparente », a indiqué à l'AFP l'entreprise dirigée par Paul Roux.",
                 "« L'école restera fermée jusqu'à la fin de la semaine », précise la municipalité dirigée par Julie Armand."):
        qs, _ = quotes_of(body)
        q = [q for q in qs if q.kind == "direct"][0]
        assert q.speaker_name not in ("Paul Roux", "Julie Armand")
        assert q.speaker_name is not None


def test_an_outlet_relaying_a_sentence_does_not_speak_its_quoted_words(quotes_of):
    qs, _ = quotes_of("Le maire Paul Roux a adressé un « message de soutien sincère » aux sinistrés, rapporte Le Parisien.")
    assert not [q for q in qs if q.kind == "direct" and q.speaker_name == "Le Parisien"]


def test_an_incise_after_a_gloss_in_parentheses_gives_the_speaker(quotes_of):
    # « … » (a translation, a source), a-t-elle dit: the incise past the parenthesis is the cue
    qs, _ = quotes_of(
        "La chanteuse Julie Armand était à Paris. Le ministre Paul Roux a réagi. "
        "« C'est une honte absolue » (en anglais dans le texte), a-t-elle dénoncé."
    )
    q = one(qs, "honte")
    assert q.cue == "a-t-elle dénoncé"
    assert q.speaker_name == "Julie Armand"


def test_selon_a_role_placed_somewhere_gives_the_name_in_apposition(quotes_of):
    # "selon son avocate à Paris, Me X": past the phrase that places the role
    qs, _ = quotes_of("Le chanteur a été libéré « avant la fin légale de sa garde à vue », selon son avocate à Paris, "
                      "Me Julie Armand, qui dénonce une plainte abusive.")
    assert one(qs, "garde à vue").speaker_name == "Julie Armand"


def test_selon_a_role_gives_the_name_in_apposition_before_a_relative(quotes_of):
    # "selon son avocate, Me X qui a qualifié …": the relative clause closes the apposition
    qs, _ = quotes_of("Le chanteur a été libéré « avant la fin légale de sa garde à vue », selon son avocate, "
                      "Me Julie Armand qui a qualifié la plainte d'abusive.")
    assert one(qs, "garde à vue").speaker_name == "Julie Armand"


def test_an_incise_cut_by_the_sentence_splitter_inside_a_name_goes_on(quotes_of):
    # the splitter cuts "l'économiste Brian | De Pratto" with no punctuation: the incise goes on
    qs, _ = quotes_of(
        "Le PIB a chuté de 12 %. « De nombreux secteurs vont continuer à traverser des difficultés en l'absence d'un vaccin », "
        "a souligné l'économiste Brian De Pratto de la banque TD, précisant que « le pire est passé »."
    )
    assert "Brian De Pratto" in (one(qs, "nombreux secteurs").speaker_name or "")
