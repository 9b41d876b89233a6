"""Speakers given by a description of an office or a role (enrich/quotes: speakers.py, names.py): whom « le
Premier ministre », « le chef de l'État », « l'élu », « l'ancien ministre », « l'avocat de X » stand for among
the people the article names: the office and its qualifiers, former offices, mandates held together, the
feminine of a role and the gender its noun tells behind an elided article (« l'élu », « l'élue »), an office
phrase that names someone already named rather than the next one quoted. Sentences written for recoupe, none from a corpus."""

from __future__ import annotations

import pytest
from conftest import one, rules_speaker

from recoupe.enrich.quotes import rule_quotes
from recoupe.enrich.quotes.speakers import _heads, _role_words, _singular, office_qualifiers


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


def test_a_former_office_goes_to_the_man_of_the_story(quotes_of):
    # "l'ancien": the adjective tells the gender the elided article hides; the article gives Marc Delorme
    # no office of minister, only his candidacy: a past office is told only now
    qs, _ = quotes_of(
        "Le candidat Marc Delorme et l'animatrice Claire Vidal se sont disputés sur un plateau de télévision. "
        "Claire Vidal avait alors déclaré que c'était une question de calendrier. « J'ai répondu sans détour », a "
        "ensuite expliqué l'ancien ministre de l'Agriculture."
    )
    assert one(qs, "J'ai répondu sans détour").speaker_name == "Marc Delorme"


def test_a_feminine_former_office_is_not_given_to_a_man(quotes_of):
    qs, _ = quotes_of(
        "Le maire Marc Delorme a reçu jeudi la députée Claire Vidal à la mairie. Marc Delorme a présenté le "
        "projet de nouvelle piscine. « Ce projet arrive trop tard », a regretté l'ancienne ministre."
    )
    assert one(qs, "Ce projet arrive trop tard").speaker_name == "Claire Vidal"


def test_a_lawyer_of_the_plaintiffs_is_not_a_lawyer_met_earlier(quotes_of):
    # "un avocat" brought in by someone's account; "l'avocat des plaignantes" says whose lawyer: another
    # one, named next
    qs, _ = quotes_of(
        "L'autrice Claire Vidal a écrit son livre avec une journaliste et un avocat. « J'ai tout vérifié », a-t-elle "
        "assuré à la barre. Le procès a duré toute la journée. « Ce livre ment à chaque page », a lancé l'avocat des "
        "deux plaignantes. « Il faut le retirer des librairies », a poursuivi Paul Garnier, qui a plaidé pendant une "
        "heure."
    )
    assert one(qs, "ment à chaque page").speaker_name == "Paul Garnier"


def test_a_spokeswoman_of_the_company_is_the_one_brought_in(quotes_of):
    # "une porte-parole" … "la porte-parole de Vernol": of the body the article speaks of, the same one
    qs, _ = quotes_of(
        "Une panne touche depuis samedi les usines du groupe Vernol, a indiqué une porte-parole. « Les machines "
        "redémarreront lundi », selon la porte-parole de Vernol."
    )
    assert one(qs, "Les machines").speaker_name == "une porte-parole"


def test_a_role_naming_the_body_by_its_full_name_is_the_holder_named_with_its_acronym(quotes_of):
    # "le directeur général de l'AIEA, X" … "Le directeur de l'Agence": the body's full name holds "Agence"
    qs, _ = quotes_of(
        "L'Agence internationale de l'énergie atomique (AIEA) a publié mardi son rapport annuel. « Les inspections "
        "ont repris », a déclaré le directeur général de l'AIEA, Pierre Lambert, à Vienne. Le rapport compte deux "
        "cents pages. Le directeur de l'Agence a également dénoncé des « entraves répétées »."
    )
    assert one(qs, "entraves répétées").speaker_name == "Pierre Lambert"


def test_a_description_is_not_someone_named_only_in_the_quoted_words(quotes_of):
    qs, _ = quotes_of(
        "Le gouvernement a présenté son plan mardi. « Nous serons à vos côtés. Le ministre Dubreuil "
        "restera demain avec vous pour faire le point », a déclaré le Premier ministre lors d'un discours. "
        "Jean Mercier a effectué un déplacement express dans la région."
    )
    assert one(qs, "Nous serons à vos côtés").speaker_name != "Dubreuil"


def test_the_premier_ministre_is_not_a_minister_named_before(quotes_of):
    qs, _ = quotes_of(
        "La ministre de la Culture Anne Roussel a présenté son budget. Le Premier ministre a défendu "
        "la réforme. « Nous tiendrons le cap », a affirmé le Premier ministre."
    )
    assert one(qs, "Nous tiendrons le cap").speaker_name != "Anne Roussel"


def test_the_one_the_premier_ministre_stands_for_does_not_hold_another_ministry(quotes_of):
    # "le Premier ministre" is Jean Moreau, named just before; "le ministre du Budget", whom
    # the first quotation is given to, is not him
    qs, _ = quotes_of(
        "Le budget a été présenté mardi. « Nous baisserons les impôts », a expliqué le ministre du Budget "
        "dans les colonnes d'un hebdomadaire au lendemain de l'annonce du Premier ministre. Après avoir "
        "promis des économies, Jean Moreau a précisé le calendrier samedi. Les taxes baisseront « d'environ "
        "deux milliards » en 2024, a annoncé le Premier ministre lors d'un meeting. « La dépense publique "
        "doit baisser », a confirmé dimanche Paul Girard dans un quotidien."
    )
    assert one(qs, "deux milliards").speaker_name == "Jean Moreau"
    assert one(qs, "Nous baisserons").speaker_name != "Jean Moreau"


def test_the_cabinet_of_a_minister_is_not_the_body_named_last(quotes_of):
    qs, _ = quotes_of(
        "Le député Paul Martin a été mis en cause par la HATVP. « Il n'y a aucune irrégularité », "
        "a réagi le cabinet de la ministre."
    )
    assert one(qs, "aucune irrégularité").speaker_name not in ("HATVP", "Paul Martin")


def test_the_right_hand_man_of_someone_is_someone_else(quotes_of):
    qs, _ = quotes_of(
        "Le maire de Lyon Pierre Dumas a présenté son budget. « Nous tiendrons nos engagements », "
        "a affirmé le bras droit de Pierre Dumas."
    )
    assert one(qs, "Nous tiendrons nos engagements").speaker_name != "Pierre Dumas"


def test_a_description_is_not_the_last_one_whose_complement_it_names(quotes_of):
    qs, _ = quotes_of(
        "« Les discussions commenceront en janvier », a précisé le cabinet du ministre. En ce qui concerne "
        "les retraités, le ministre de l'Économie a provoqué un tollé en reconnaissant « demander un effort » "
        "aux plus âgés."
    )
    assert "cabinet" not in (one(qs, "demander un effort").speaker_name or "")


def test_office_qualifiers_and_heads():
    assert office_qualifiers(["le", "Premier", "ministre"]) == {"premier"}
    assert office_qualifiers(["la", "Première", "ministre"]) == {"premier"}
    assert office_qualifiers(["la", "vice-présidente"]) == {"vice"}
    assert office_qualifiers(["le", "ministre"]) == frozenset()
    assert _heads("ministres", "les ministres de la Justice et de l'Intérieur")
    assert not _heads("ministre", "le cabinet du ministre")


@pytest.mark.parametrize("text, words, speaker", [
    ("Jean Dupont a reçu Claude Gruffat à Bruxelles. « Le texte doit être durci », a estimé l'eurodéputé.",
     "Le texte doit", "Claude Gruffat"),
    ("Sophie Martin a accueilli Dominique Simonnot à la prison de Fresnes. « Les conditions sont indignes », a dénoncé "
     "la contrôleuse générale.", "Les conditions", "Dominique Simonnot"),
    ("Pierre Martin a retrouvé Sacha Houlié à l'Assemblée. « Ce texte est bancal », a regretté le député.",
     "Ce texte est bancal", "Sacha Houlié"),
])
def test_a_role_keeps_the_one_named_last_whose_gender_nothing_tells(quotes_of, text, words, speaker):
    qs, _ = quotes_of(text)
    assert one(qs, words).speaker_name == speaker


def test_a_former_office_stays_when_several_of_its_gender_are_named(quotes_of):
    qs, _ = quotes_of(
        "Le candidat Jean Durand a reçu le soutien de François Bayrou. Il s'est ensuite rendu chez Pierre Martin, un "
        "agriculteur. « La droite doit se rassembler », a lancé l'ancien ministre de l'Education."
    )
    q = one(qs, "La droite doit")
    assert q.speaker_ref is None


def test_a_former_office_goes_to_the_only_man_named(quotes_of):
    qs, _ = quotes_of("Alexis Kohler et Marie Durand ont quitté l'Elysée. « Ma mission est terminée », a déclaré "
                      "l'ancien secrétaire général.")
    assert one(qs, "Ma mission").speaker_name == "Alexis Kohler"


@pytest.mark.parametrize(("body", "words", "speaker"), [
    ("Selon Paul Leroux, l'avocat qui défend la famille, l'enquête a été bâclée. Jean Morin a répondu mardi. "
     "« Les preuves ont disparu », a dénoncé l'avocat.", "Les preuves ont disparu", "Paul Leroux"),
    ("D'après Jean Caron, le médecin qui suit la victime, son état s'améliore. Marc Petit a rendu visite à la "
     "famille. « Elle est consciente », a précisé le médecin.", "Elle est consciente", "Jean Caron"),
])
def test_a_relative_clause_inside_an_apposition_keeps_it(quotes_of, body, words, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, words).speaker_name == speaker


def test_a_ministers_cabinet_is_still_her_staff(quotes_of):
    qs, _ = quotes_of("La Haute Autorité a publié son avis. La ministre de la Culture a visité le musée. "
                      "« Aucune décision n'est prise », a précisé le cabinet de la ministre.")
    assert one(qs, "Aucune décision n'est prise").speaker_name == "cabinet de la ministre"


def test_titles_coordinated_under_one_determiner_are_one_persons(quotes_of):
    qs, _ = quotes_of(
        "Le maire de Valmont et président du conseil départemental Henri Lacaze a visité le chantier mardi. "
        "Il a salué le travail des ouvriers. Interrogé sur le retard des travaux, le maire de Valmont a "
        "rappelé les intempéries de l'hiver. « Nous avons perdu trois semaines à cause de la pluie », a-t-il dit."
    )
    assert one(qs, "perdu trois semaines").speaker_name == "Henri Lacaze"


def test_a_second_determiner_makes_two_people(quotes_of):
    # "le maire de Valmont et le président …": two people; the mayor is not the one named
    qs, _ = quotes_of(
        "Le maire de Valmont et le président du conseil départemental Henri Lacaze ont visité le chantier mardi. "
        "Ils ont salué le travail des ouvriers. « Nous avons perdu trois semaines à cause de la pluie », a rappelé "
        "le maire de Valmont."
    )
    assert one(qs, "perdu trois semaines").speaker_name != "Henri Lacaze"


def test_la_cheffe_du_gouvernement_is_the_prime_minister_named(quotes_of):
    qs, _ = quotes_of(
        "La Première ministre norvégienne Ingrid Solberg a annoncé mercredi un plan d'aide aux pêcheurs. "
        "Le pays traverse une crise sans précédent. « Personne ne sera laissé de côté », a assuré la cheffe "
        "du gouvernement lors d'une conférence de presse."
    )
    assert one(qs, "laissé de côté").speaker_name == "Ingrid Solberg"


def test_an_office_names_again_the_main_subject_after_a_long_opening_phrase(quotes_of):
    # (a guard: the baseline finds him by another path too)
    qs, _ = quotes_of(
        "Dominique Marchand, député du Rhône, était attendu à Lyon. En visite sur le chantier pour inaugurer le "
        "nouveau tramway de la ville avec Anne Roux, Dominique Marchand a salué le travail des ouvriers. Le député "
        "du Rhône a ajouté que ce tramway était « une belle réussite pour toute la région »."
    )
    assert one(qs, "belle réussite").speaker_name == "Dominique Marchand"


def test_the_feminine_of_a_role_is_read_like_the_masculine(quotes_of):
    masculine, _ = quotes_of(
        "Un élu de Brive a été menacé sur les réseaux sociaux. « J'ai porté plainte », raconte Marc Delmas, élu "
        "de la Corrèze. « J'ai reçu des dizaines de messages », a ajouté l'élu.")
    feminine, _ = quotes_of(
        "Une élue de Brive a été menacée sur les réseaux sociaux. « J'ai porté plainte », raconte Lise Delmas, "
        "élue de la Corrèze. « J'ai reçu des dizaines de messages », a ajouté l'élue.")
    assert one(masculine, "dizaines de messages").speaker_name == "Marc Delmas"
    assert one(feminine, "dizaines de messages").speaker_name == "Lise Delmas"


def test_the_head_of_state_is_the_president_named_with_a_country(quotes_of):
    # « le chef de l'État » is the one the article made « président brésilien », not any « chef »
    qs, _ = quotes_of(
        "Le président brésilien Carlos Mendes a reçu jeudi la ministre chilienne Ana Rojas. Après l'entretien, le chef "
        "de l'État a promis « un accord avant la fin de l'année » sur les droits de douane."
    )
    assert one(qs, "un accord avant la fin").speaker_name == "Carlos Mendes"


def test_the_head_of_state_is_not_a_party_president(quotes_of):
    # « président de LR » is another office than the head of state's: the one the story is about
    qs, _ = quotes_of(
        "François Delmas a inauguré mardi le nouveau musée de Rouen. François Delmas y a croisé Paul Verdier, président "
        "de LR, venu en voisin. Le chef de l'État a salué « un lieu ouvert à tous » devant les élus."
    )
    assert one(qs, "un lieu ouvert").speaker_name == "François Delmas"


def test_the_head_of_government_is_the_prime_minister(quotes_of):
    qs, _ = quotes_of(
        "Le Premier ministre Jean Auclair a rencontré les syndicats lundi, en présence du ministre du Travail Luc Ferrant. "
        "Le chef du gouvernement a promis « une réponse rapide » aux revendications."
    )
    assert one(qs, "une réponse rapide").speaker_name == "Jean Auclair"


def test_the_head_of_diplomacy_is_not_the_economy_minister(quotes_of):
    # « le chef de la diplomatie »: not one the article makes « ministre de l'Économie »
    qs, _ = quotes_of(
        "La ministre de l'Économie, Claire Jourdan, a présenté son budget mercredi. « La situation au Sahel est très "
        "préoccupante », a déclaré pour sa part le chef de la diplomatie."
    )
    assert one(qs, "très préoccupante").speaker_name != "Claire Jourdan"


def test_the_head_of_state_is_the_president_of_a_country_the_article_names(quotes_of):
    qs, _ = quotes_of(
        "Le président du Venezuela, Nicolás Maduro, a reçu mardi une délégation de l'opposition. Le chef de l'État a "
        "assuré vouloir « un dialogue sans conditions » avec elle."
    )
    assert one(qs, "un dialogue sans conditions").speaker_name == "Nicolás Maduro"


@pytest.mark.parametrize(("body", "quoted", "not_speaker"), [
    # the party the description says is not the one the article gives the person named last
    ("Au second tour, Jean Morel affrontera une liste d'union conduite par Claire Dubois (PS), ralliée par Anne Petit "
     "(EELV). « Rien n'est joué », estime la candidate communiste.", "Rien n'est joué", "Anne Petit"),
    # nor the nationality: the British minister is not « le président français »
    ("Le ministre britannique des Affaires étrangères, Paul Smith, a proposé un nouveau traité. « Nous verrons », a "
     "répondu le président français.", "Nous verrons", "Paul Smith"),
])
def test_a_description_is_not_completed_into_one_the_article_tells_otherwise(quotes_of, body, quoted, not_speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name != not_speaker


def test_a_former_party_says_nothing_of_the_present_one():
    from recoupe.enrich.quotes.names import _description_party
    assert _description_party("l' ancien élu PS".split()) == set()
    assert _description_party("l' élue écologiste".split()) == _description_party(["EELV"])


def test_a_former_role_written_as_one_word_describes_a_person_not_the_body_after_it(quotes_of):
    qs, _ = quotes_of("Paul Girard a présenté mercredi ses mesures pour les territoires. « J'ai un cap pour les "
                      "territoires », a déclaré l'ex-patron de Matignon, soutenu par quelques fidèles. L'ancien Premier ministre a rappelé qu'il n'avait "
                      "« pas attendu la campagne » pour s'y rendre.")
    assert one(qs, "cap pour").speaker_name != "Matignon"
    assert one(qs, "pas attendu").speaker_name != "Matignon"


@pytest.mark.parametrize(("body", "quoted", "not_speaker"), [
    # "l'ex-avocat de X", "l'ex-entraîneur de X": a former role glued to its "ex-" is someone of X's, as "l'avocat de X" is
    ("Paul Girard a été condamné mardi à deux ans de prison. « Ce verdict ne tient pas compte du dossier », a réagi "
     "l'ex-avocat de Paul Girard.", "verdict", "Paul Girard"),
    ("Marc Dubois a quitté le club de Lorient après trois saisons. « Il méritait mieux que cette sortie », a estimé "
     "l'ex-entraîneur de Marc Dubois.", "méritait mieux", "Marc Dubois"),
])
def test_a_former_role_of_someone_is_not_that_someone(quotes_of, body, quoted, not_speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name != not_speaker


def test_an_elected_mandate_is_one_more_of_the_politician_named(quotes_of):
    # the article makes him "rapporteur" only; "l'élu du Morbihan" is still him, the one politician named
    qs, _ = quotes_of("Le rapporteur du projet de loi, Julien Morel, a défendu mercredi son amendement en commission. "
                      "Le texte sera examiné en séance le mois prochain. « Les pharmaciens devront suivre une formation "
                      "avant de délivrer ces traitements », a précisé l'élu du Morbihan.")
    assert one(qs, "pharmaciens").speaker_name == "Julien Morel"


def test_a_mandate_someone_else_holds_is_not_cumulated(quotes_of):
    # the deputy named first holds the mandate; the rapporteur named last is not "l'élu du Morbihan"
    qs, _ = quotes_of("Le député du Morbihan, Alain Vidal, a interpellé mercredi le rapporteur du texte, Julien Morel. "
                      "« Ce texte oublie les campagnes et leurs pharmacies », a lancé l'élu du Morbihan.")
    assert one(qs, "campagnes").speaker_name != "Julien Morel"


def test_a_non_mandate_is_not_cumulated(quotes_of):
    # a minister is no elected mandate: a person the article makes only "maire" is not "le ministre de l'Intérieur"
    qs, _ = quotes_of("Le maire de Vannes, Pierre Lemoine, a reçu mardi les commerçants du centre-ville. "
                      "« Nous renforcerons les patrouilles dès la semaine prochaine », a promis le ministre de l'Intérieur.")
    assert one(qs, "patrouilles").speaker_name != "Pierre Lemoine"


@pytest.mark.parametrize(("words", "has"), [
    ({"deputes"}, "depute"), ({"senateurs"}, "senateur"), ({"maire"}, "maire"),
])
def test_a_plural_role_holds_its_singular(words, has):
    assert has in _singular(words)


def test_an_office_of_the_government_is_held_by_the_one_named(quotes_of):
    # "le porte-parole du gouvernement" is one office in the country, not a function in a body readers cannot tell
    qs, _ = quotes_of("Jeanne Morel a défendu mardi la réforme des retraites à la radio. « Nous irons jusqu'au bout "
                      "de cette réforme », a affirmé la porte-parole du gouvernement.")
    assert one(qs, "jusqu'au bout").speaker_name == "Jeanne Morel"


def test_an_office_of_a_body_readers_cannot_tell_stays_unnamed(quotes_of):
    # the school's head is not the parent named before
    qs, _ = quotes_of("Paul Martin a inscrit son fils au collège du quartier en septembre. « Les classes sont déjà "
                      "pleines », a reconnu le directeur de l'école.")
    assert one(qs, "classes").speaker_name != "Paul Martin"


def test_a_mandate_of_someone_named_in_its_complement_is_still_cumulated(quotes_of):
    # "l'adjoint de Claire Dumas": Claire Dumas holds no deputy mandate, the candidate named before is the deputy
    qs, _ = quotes_of("Le candidat écologiste aux élections municipales, Marc Lenoir, a lancé sa campagne mardi à Nantes. "
                      "Dans une vidéo, l'adjoint de Claire Dumas à la mairie de Nantes rappelle que son parti compte "
                      "« des milliers de militants dans toute la région ».")
    assert one(qs, "militants").speaker_name == "Marc Lenoir"


def test_a_mandate_goes_to_one_who_may_hold_it_before_one_who_would_cumulate_it(quotes_of):
    # the deputy mayor named last holds another mandate; the protagonist, given no role, is "le député"
    qs, _ = quotes_of("Paul Girard siège à l'Assemblée depuis 2017 et prend rarement la parole dans l'hémicycle. "
                      "Paul Girard préfère les plateaux de télévision. « On ne le voit jamais ici », déplore Luc Morin, "
                      "l'adjoint au maire de Lens. Le député du Pas-de-Calais assume : « Je travaille à ma façon ».")
    assert one(qs, "ma façon").speaker_name != "Luc Morin"


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # the plural of a role noun names unnamed holders of the office: the rules give them, the ranker need not
    ("Depuis des mois, le groupe accusait cette structure de masquer des dépenses. « Ces conclusions confirment des "
     "défaillances dans le contrôle des dépenses », ont expliqué les administrateurs dans un communiqué.",
     "défaillances dans le contrôle", "administrateurs"),
    ("En réponse, cent députés publient une tribune. « Ce qui semblait impossible il y a un an est devenu la règle "
     "dans tout le pays », précisent les députés.", "semblait impossible", "députés"),
])
def test_the_plural_of_a_role_speaks(enrich_body, body, quoted, speaker):
    e, doc, fields = enrich_body(body)
    _, found, _ = rule_quotes(doc, fields, e.entities)
    assert speaker in (one(found, quoted).speaker_name or "")


@pytest.mark.parametrize(("role", "gender"), [
    ("l'élu de 37 ans", "m"),
    ("l'élue de Paris", "f"),
    ("l'adjoint au maire", "m"),
    ("l'avocat de la famille", "m"),
    ("l'ancienne député du Vaucluse", "f"),
    ("l'ancien ministre", "m"),
    ("l'ambassadeur de France", None),  # "-eur": written of women too
    ("le ministre", "m"),
    ("la ministre", "f"),
])
def test_the_gender_of_a_role_with_an_elided_article(role, gender):
    found = _role_words(role)
    assert found is not None and found[1] == gender


def test_l_elu_is_not_the_woman_named_after(enrich_body):
    body = ("Pierre Lamy quitte son poste d'adjoint au maire. Interrogé sur ses ambitions, l'élu de 37 ans assure qu'il "
            "va « désormais réfléchir à un autre avenir professionnel ». « Je respecte son choix », a réagi "
            "Claire Dumas sur Twitter.")
    assert rules_speaker(enrich_body, body, "autre avenir") != "Claire Dumas"


def test_le_chef_de_l_etat_is_not_the_next_person_quoted_by_name(enrich_body):
    # a role naming one office of a country stands for someone the article named before, not for whoever
    # is quoted by name after it
    body = ("Emmanuel Macron a échangé quelques mots avec des vacanciers. Le chef de l'État a expliqué profiter de "
            "ses vacances pour « bouquiner et se promener ». Il a rencontré un jeune garçon, Lucas Martin, âgé de "
            "6 ans. « Tu voulais venir voir l'Élysée ? », lui a demandé Lucas Martin.")
    assert rules_speaker(enrich_body, body, "bouquiner") != "Lucas Martin"
