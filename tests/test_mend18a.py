"""Mends of the session-18 description rules (helper mend18a, after the review rev18a): « la
présidence » names again the palace only bare or with that palace's own nationality; « le
syndicat », « le groupe », « l'entreprise » name again an organisation of a kind the noun may name
only when the adjectives after the noun are ones the article gives that organisation (« le syndicat
patronal » is not the CGT), and a complement after « à » / « chez » never beats a fitting subject of
its sentence (a buyer, a recipient); the descriptions of members of the public stand for anyone the
article named, but « l'internaute », « le passant » never for an office holder. The sentences are
those of the review, written for this project."""

import pytest
from conftest import one


@pytest.mark.parametrize(("body", "words", "speaker"), [
    # 1, 2: a presidency of another country is not the palace named before
    ("Le président Emmanuel Macron s'est entretenu mardi avec Volodymyr Zelensky, a indiqué l'Élysée. « Nous ne "
     "céderons rien sur la souveraineté de l'Ukraine », a affirmé la présidence ukrainienne dans un communiqué.",
     "Nous ne céderons rien", "présidence ukrainienne"),
    ("Emmanuel Macron a reçu Joe Biden à Paris, selon l'Élysée. « Les deux dirigeants ont évoqué la Chine », a "
     "précisé la présidence américaine.", "évoqué la Chine", "présidence américaine"),
])
def test_a_presidency_of_another_country_is_not_the_palace_named(quotes_of, body, words, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, words).speaker_name == speaker


def test_la_presidence_francaise_is_the_elysee(quotes_of):
    qs, _ = quotes_of(
        "L'Élysée a confirmé jeudi la venue du chancelier à Paris. « La rencontre portera sur l'énergie », a "
        "précisé la présidence française."
    )
    assert one(qs, "portera sur l'énergie").speaker_name == "Élysée"


@pytest.mark.parametrize(("body", "words", "wrong"), [
    # 3: a coalition of unions is none of them
    ("La CGT a appelé à la grève jeudi. FO et la CFDT ont rejoint le mouvement. « Nous irons jusqu'au retrait de la "
     "réforme », a prévenu l'intersyndicale dans un communiqué.", "jusqu'au retrait", ("CFDT", "CGT", "FO")),
    # 4-7: an adjective that says which body is meant, one the article never gives the one named
    ("La CGT a dénoncé le projet de loi. Le Medef, lui, l'approuve. « C'est une réforme nécessaire », a estimé le "
     "syndicat patronal.", "réforme nécessaire", ("CGT",)),
    ("La CGT appelle à la grève jeudi dans les transports. « Les professeurs seront aussi mobilisés », a assuré le "
     "syndicat enseignant.", "professeurs seront", ("CGT",)),
    ("La CFDT a signé l'accord mardi. « Les gardiens de la paix sont épuisés », a expliqué le syndicat policier.",
     "gardiens de la paix", ("CFDT",)),
    ("Les Républicains ont critiqué le projet de loi immigration. « Ce texte est équilibré et juste », a répliqué le "
     "parti présidentiel.", "équilibré et juste", ("Républicains", "Les Républicains")),
    # an armed group is no company
    ("Le groupe Total exploite un site gazier à Palma. L'attaque a fait des dizaines de morts. « Nous avons frappé "
     "les infidèles », a revendiqué le groupe jihadiste dans un message.", "frappé les infidèles", ("Total",)),
    ("Le groupe Total exploite un site gazier à Palma. « Nous avons frappé les infidèles », a revendiqué le groupe "
     "armé dans un message.", "frappé les infidèles", ("Total",)),
])
def test_a_description_of_another_body_is_not_the_one_named(quotes_of, body, words, wrong):
    qs, _ = quotes_of(body)
    assert one(qs, words).speaker_name not in wrong


def test_an_adjective_the_article_gives_the_body_is_no_obstacle(quotes_of):
    qs, _ = quotes_of(
        "La compagnie aérienne Air Caraïbes a annoncé mardi la suppression de 800 postes. « Nous devons réduire nos "
        "coûts », a expliqué la compagnie aérienne."
    )
    assert one(qs, "réduire nos coûts").speaker_name == "Air Caraïbes"


def test_le_syndicat_majoritaire_is_the_union_named(quotes_of):
    qs, _ = quotes_of(
        "Les salariés de l'usine de Brest ont voté la grève. La CFDT, majoritaire sur le site, soutient le "
        "mouvement. « Nous ne lâcherons rien », a assuré le syndicat majoritaire."
    )
    assert one(qs, "lâcherons rien").speaker_name == "CFDT"


@pytest.mark.parametrize(("body", "words", "speaker"), [
    # 8-10: after « à » / « chez », a buyer or a recipient, not the subject that acts
    ("Stellantis a cédé mardi son usine de Douvrin à Renault. « Cette vente sauve 500 emplois », a indiqué le groupe.",
     "sauve 500 emplois", ("groupe", "Stellantis")),
    ("La CGT a remis mardi une pétition à la direction de la SNCF et à FO. « Nous avons recueilli 20000 signatures », "
     "a indiqué le syndicat.", "20000 signatures", ("syndicat", "CGT")),
    ("Le fonds Ardian a racheté une participation chez Carrefour. « C'est un investissement de long terme », a "
     "expliqué l'entreprise.", "long terme", ("Ardian",)),
])
def test_a_complement_after_a_or_chez_does_not_beat_the_subject(quotes_of, body, words, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, words).speaker_name in speaker


@pytest.mark.parametrize(("body", "words", "speaker"), [
    # 11-16: an office holder may be called a witness, an author, a patient, a resident, a demonstrator, a driver
    ("L'ancien ministre de la Santé Olivier Véran a été entendu mardi comme témoin par la cour. « Je n'ai rien caché "
     "aux enquêteurs », a déclaré le témoin à la barre.", "rien caché", "Olivier Véran"),
    ("Le président du Sénat Gérard Larcher publie mercredi un livre de souvenirs. « J'ai toujours défendu les "
     "territoires », écrit l'auteur.", "toujours défendu", "Gérard Larcher"),
    ("Hospitalisé depuis dimanche à Brasilia, le président brésilien Lula va mieux. « Je me sens en pleine forme », a "
     "assuré le patient à la presse.", "pleine forme", "Lula"),
    ("La maire de Villeneuve Claire Dumas habite elle-même à deux pas du chantier. « Le bruit est insupportable », "
     "témoigne la riveraine.", "bruit est insupportable", "Claire Dumas"),
    ("Le député Jean Lassalle a été aperçu dans le cortège parisien. « Je suis là comme citoyen », a expliqué le "
     "manifestant.", "comme citoyen", "Jean Lassalle"),
    ("Le député Paul Martin a été contrôlé à 180 km/h sur l'autoroute A7. « Je rentrais d'une réunion urgente », "
     "s'est défendu l'automobiliste.", "réunion urgente", "Paul Martin"),
    # 17-20: the vox pop, a person named once and then described
    ("Marie Duval, 34 ans, habite le quartier depuis dix ans. « On ne dort plus », raconte la riveraine.",
     "ne dort plus", "Marie Duval"),
    ("Lucie Moreau fait ses courses dans ce supermarché depuis vingt ans. « Les prix ont explosé », se désole la "
     "cliente.", "prix ont explosé", "Lucie Moreau"),
    ("Thomas Girard attend son train depuis deux heures à la gare de Lyon. « C'est la troisième fois cette semaine », "
     "peste l'usager.", "troisième fois", "Thomas Girard"),
    ("Léa Fontaine, 17 ans, a manifesté jeudi contre la réforme. « On nous vole notre avenir », lance la lycéenne.",
     "vole notre avenir", "Léa Fontaine"),
])
def test_a_member_of_the_public_may_be_the_one_named(quotes_of, body, words, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, words).speaker_name == speaker


def test_l_internaute_is_never_an_office_holder(quotes_of):
    qs, _ = quotes_of(
        "La sénatrice Hélène Carpentier a présenté lundi un texte sur le harcèlement en ligne. Sur Twitter, une vidéo "
        "tournée dans un lycée circule depuis dimanche. « Ce n'est pas normal de laisser faire », a commenté "
        "l'internaute."
    )
    assert one(qs, "laisser faire").speaker_name != "Hélène Carpentier"


def test_an_adjective_of_a_company_may_vary_its_name(quotes_of):
    qs, _ = quotes_of(
        "La SNCF a supprimé trois trains mardi soir entre Lyon et Grenoble. « Les voyageurs ont tous été prévenus "
        "par SMS », assure la société ferroviaire."
    )
    assert one(qs, "prévenus par SMS").speaker_name == "SNCF"


def test_a_union_named_last_is_not_le_groupe_after_an_armed_attack(quotes_of):
    qs, _ = quotes_of(
        "Le groupe Bouygues construit une route près de Mopti. Une embuscade a fait douze morts jeudi. « Nous "
        "frapperons encore », a menacé le groupe terroriste dans une vidéo."
    )
    assert one(qs, "frapperons encore").speaker_name != "Bouygues"


def test_le_groupe_djihadiste_may_be_a_group_of_no_known_kind(quotes_of):
    qs, _ = quotes_of(
        "L'attentat de Kaboul a été revendiqué jeudi par l'État islamique. Dans un communiqué, l'EI affirme avoir visé "
        "des soldats. « Nos combattants ont atteint leur cible », a affirmé le groupe djihadiste."
    )
    assert one(qs, "atteint leur cible").speaker_name in ("EI", "État islamique")


def test_l_internaute_is_not_someone_named_once_in_passing(quotes_of):
    qs, _ = quotes_of(
        "Une vidéo tournée à Lille circule depuis dimanche sur Twitter. On y voit des jeunes danser devant une "
        "boutique fermée. Marc Lebrun, le gérant, a porté plainte lundi. « C'est n'importe quoi, il faut "
        "verbaliser », a commenté l'internaute."
    )
    assert one(qs, "verbaliser").speaker_name != "Marc Lebrun"
