"""Mends of session 19 (mend19a) to the speaker rules of spk23/spk24, on the review rev19a's own
sentences (made-up names, not corpus text) and a few of ours: a quotation standing alone is taken
from the last speaker by the subject of the sentence before only when that sentence says the subject
speaks or takes a stand (direct._takes_a_stand), not when it tells an action, a passive, a state or a
plan about them; a name in apposition after a description holding one person's noun after "de" is
that person's, not the description's (names._of_one_person)."""

import pytest
from conftest import one

# (case, body, words of the quotation, expected speaker; "!X": anyone but X)
_NOT_A_STAND = [
    ('A1',
     "Le procès de Jean Morel s'est ouvert lundi devant la cour d'assises du Rhône. « Mon client n'a jamais voulu tuer », a plaidé son avocate, Me Anne Rolland. Jean Morel avait frappé sa compagne Lucie Bernard à plusieurs reprises en 2019. « Il regrette profondément son geste et demande pardon à la famille. »",
     'regrette profondément', 'Anne Rolland'),
    ('A2',
     "« Nous avons manqué de rigueur », a reconnu l'entraîneur lyonnais Didier Roux après la défaite. Son attaquant Karim Belkacem a écopé d'un carton rouge à la 30e minute après un « geste d'humeur ». « Jouer à dix pendant une heure, c'est impossible à ce niveau. »",
     'Jouer à dix', 'Didier Roux'),
    ('A4',
     '« Le conducteur roulait à plus de 150 km/h », a indiqué le commandant de gendarmerie Pierre Lenoir. Le chauffard, Kevin Marchand, a percuté la voiture de Julie Fontaine avant de prendre la fuite. « Il a été interpellé deux heures plus tard à son domicile. »',
     'interpellé deux heures', 'Pierre Lenoir'),
    ('A7',
     "« C'était un homme d'une grande bonté », a déclaré le maire Henri Lacoste. L'ancien instituteur Jacques Vidal, ami du peintre Paul Besson, est mort samedi à 87 ans. « Toute la commune est en deuil. »",
     'Toute la commune', 'Henri Lacoste'),
    ('A11',
     "« On a fait un match plein », s'est félicité l'entraîneur Bruno Genet. Le gardien Hugo Ferrand a repoussé un penalty de Lucas Moreau à la 80e minute. « Il nous a sauvés, je suis fier de lui. »",
     'Il nous a sauvés', 'Bruno Genet'),
    ('A15',
     "« Nous avons été sérieux du début à la fin », a estimé le capitaine toulousain Antoine Dupré. Le demi de mêlée Romain Lacaze a inscrit deux essais face à l'Irlande de Johnny Fallon. « On savait qu'on pouvait les battre chez eux. »",
     "On savait qu'on pouvait", 'Antoine Dupré'),
    ('A22',
     "« Cette sanction est injuste », a réagi l'avocat du club, Me Paul Durand. Le président Jean Valois a été suspendu trois mois pour des propos « insultants » envers les arbitres. « Mon client fera appel devant le CNOSF. »",
     'Mon client fera appel', 'Paul Durand'),
    ('A23',
     "« On a souffert mais on a tenu », a résumé l'entraîneur nantais Pierre Aubry. L'arrière gauche Kevin Simon a été victime d'une « petite alerte » à la cuisse. « Il devrait être disponible samedi. »",
     'disponible samedi', 'Pierre Aubry'),
    ('A25',
     "« Les faits se sont déroulés vers 23 heures », a indiqué le parquet de Lyon. Le jeune Nathan Girard, 17 ans, a été poignardé par Yanis Tahar à la sortie d'une soirée. « Le pronostic vital n'est plus engagé. »",
     'pronostic vital', 'parquet de Lyon'),
    ('A26',
     "« Nous sommes sous le choc », a confié la directrice de l'école, Claire Petit. Le petit Lucas Perrin a été mordu par le chien de Marc Fontaine mardi. « Les enfants ont été pris en charge par une cellule psychologique. »",
     'cellule psychologique', 'Claire Petit'),
    ('A30',
     "« Nous avons été très solides », a estimé l'entraîneur rennais Julien Marest après la victoire. Le défenseur Arthur Vandamme a inscrit le but de la victoire sur un centre de Benjamin Lacroix. « Arthur a été monstrueux, il mérite ce but. »",
     'Arthur a été monstrueux', 'Julien Marest'),
    ('A31',
     "« Je n'ai jamais été informé de ces virements », a affirmé l'ancien trésorier Gérard Lenoir à la barre. Sa successeure, Martine Faure, avait découvert le « trou » dans les comptes en 2021. « J'ai toujours signé ce qu'on me présentait. »",
     'toujours signé', 'Gérard Lenoir'),
    ('A14',
     "« Je l'ai vu frapper la victime », a affirmé un témoin à la barre. L'accusé Yanis Belkacem, 27 ans, a baissé la tête pendant la déposition de Fatou Diallo. « Il s'est acharné sur lui pendant de longues minutes. »",
     'acharné sur lui', '!Yanis Belkacem'),
    ('B1',
     "« Mon client conteste fermement les faits », a déclaré son avocate, Me Laure Petit, à l'ouverture de l'audience. Le prévenu encourt dix ans de prison. « Nous plaiderons la relaxe. »",
     'plaiderons la relaxe', 'Laure Petit'),
    ('B4',
     '« Cette loi est une honte », a lancé la sénatrice Claire Meunier. Le ministre présentera son texte mardi en conseil des ministres. « Nous saisirons le Conseil constitutionnel. »',
     'saisirons le Conseil', 'Claire Meunier'),
    ('B4b',
     "Le ministre de l'Intérieur, Paul Girard, a présenté lundi son plan pour la police. « C'est une provocation », a réagi la syndicaliste Anne Morel. Le ministre doit recevoir les syndicats jeudi place Beauvau. « Nous viendrons avec nos revendications. »",
     'nos revendications', 'Anne Morel'),
    ('B8',
     "« C'est un film sur la transmission », explique la réalisatrice Agnès Morel. L'acteur principal a tourné toutes les scènes sans doublure. « Il a été d'un courage incroyable. »",
     'courage incroyable', 'Agnès Morel'),
    ('B11',
     "« Les faits sont graves », a déclaré le recteur de l'académie, Jean-Luc Marot. L'enseignante a été suspendue à titre conservatoire. « Une enquête administrative est en cours. »",
     'enquête administrative', 'Jean-Luc Marot'),
    ('B13',
     "« Nous avons perdu un grand artiste », a réagi la ministre de la Culture, Rachida Morel. Le chanteur est mort samedi à l'âge de 82 ans. « Ses chansons resteront dans nos mémoires. »",
     'Ses chansons', 'Rachida Morel'),
    ('B15',
     "« Ma fille est morte pour rien », a lancé la mère de Chloé, Nathalie Girard. Le policier a été mis en examen pour homicide involontaire. « Je veux qu'il soit jugé. »",
     "Je veux qu'il soit jugé", 'Nathalie Girard'),
    ('B21',
     "« Nous avons demandé un complément d'enquête », a indiqué l'avocate de la famille, Me Sarah Benali. Le juge a refusé cette demande lundi. « C'est incompréhensible. »",
     'incompréhensible', 'Sarah Benali'),
    ('B22',
     '« Ma fille a été tuée par un chauffard », a déclaré la mère de la victime, Nadia Ferhat. Le maire a décrété une journée de deuil. « Je remercie toute la commune pour son soutien. »',
     'remercie toute la commune', 'Nadia Ferhat'),
    ('B23',
     "« C'est un passage en force », dénonce la députée Clémence Morel. Le président de la République a promulgué la loi dans la nuit. « Nous continuerons le combat dans la rue. »",
     'combat dans la rue', 'Clémence Morel'),
    ('B30',
     '« On attend des actes », a prévenu la présidente de la FNSEA, Anne Morel. Le Premier ministre recevra les agriculteurs lundi à Matignon. « Sans réponse, nous bloquerons les routes. »',
     'bloquerons les routes', 'Anne Morel'),
]
_A_STAND = [
    ('A12',
     "« Nous irons jusqu'au bout », a déclaré le maire Paul Renaud. Lors du conseil, la conseillère d'opposition Sophie Marchal a interpellé l'adjoint aux finances Jean Dufour. « Ce projet est un gouffre financier pour la ville. »",
     'gouffre financier', 'Sophie Marchal'),
    ('A18',
     "« Nous irons jusqu'au bout », a déclaré le maire Paul Renaud. La conseillère Sophie Marchal a dénoncé de son côté le « mépris » de la majorité. « On nous promet des travaux depuis dix ans. »",
     'On nous promet', 'Sophie Marchal'),
    ('B9',
     "« Nous irons jusqu'au bout », a déclaré le maire Paul Renaud. Le chef de file de l'opposition a dénoncé un projet ruineux. « Ce projet est un gouffre financier. »",
     'gouffre financier', '!Paul Renaud'),
    ('B19',
     "« Nous irons jusqu'au bout », a déclaré le maire Paul Renaud. Un membre permanent du parti va plus loin. « Il faut un référendum local. »",
     'référendum local', '!Paul Renaud'),
    ('E2',
     'Un incendie a ravagé un entrepôt à Vitrolles. « La situation est sous contrôle », a assuré le porte-parole des pompiers, le commandant Luc Perrin.',
     'sous contrôle', 'Luc Perrin'),
    ('E7',
     "L'enquête sur la mort du pilote progresse. « La piste de l'accident est privilégiée », a indiqué le porte-parole de l'armée de l'air, le colonel Paul Garnier.",
     "piste de l'accident", 'Paul Garnier'),
    ('E24',
     '« Les secours sont arrivés en dix minutes », a indiqué le porte-parole de la préfecture, le capitaine Marc Henry.',
     'dix minutes', 'Marc Henry'),
]
_OF_ONE_PERSON = [
    ('E3',
     "Le procès de l'ancien ministre s'ouvre lundi. « Il n'a jamais été informé de ces versements », a affirmé l'avocat de l'ancien ministre, le sénateur Jean Dubois.",
     'jamais été informé', '!Jean Dubois'),
    ('E18',
     "L'ancien chef d'état-major est poursuivi pour homicide involontaire. « Mon client n'a donné aucun ordre », a affirmé l'avocat de l'ancien chef d'état-major, le général Henri Vautrin.",
     'aucun ordre', '!Henri Vautrin'),
    ('E21',
     "« Mon client est innocent », a assuré le défenseur de l'ancien maire, le sénateur Jean Morel.",
     'Mon client est innocent', '!Jean Morel'),
]
_UNCHANGED = [
    ('A6',
     "« Je n'ai jamais douté », confie Léa Martin, 24 ans, nouvelle championne de France du 800 m. Sa rivale Emma Duval, entraînée par Marc Petit, a chuté dans le dernier virage. « J'ai pensé à elle en franchissant la ligne, c'est cruel. »",
     'pensé à elle', 'Léa Martin'),
    ('A9',
     "« Il faut sauver l'usine », a martelé le délégué CGT Thierry Fabre devant les grilles. Le PDG Antoine Morin, qualifié de « liquidateur » par les salariés, a annoncé 300 suppressions de postes. « On ne se laissera pas faire, la grève commence lundi. »",
     'grève commence', 'Thierry Fabre'),
    ('A16',
     "« Cette fermeture est une catastrophe pour la vallée », regrette le maire de Saint-Claude, Bernard Vuillet. L'entreprise de Jean Cattin, fondée par son grand-père Louis Cattin, emploie 120 salariés. « Sans elle, nos écoles vont fermer. »",
     'nos écoles vont fermer', 'Bernard Vuillet'),
    ('A17',
     "« Nous avons agi dans le respect de la loi », a assuré le préfet de police Laurent Nuñez. Le journaliste Rémy Buisine a été bousculé par un policier lors de l'évacuation, selon des images diffusées sur les réseaux sociaux. « Une enquête de l'IGPN a été ouverte. »",
     "enquête de l'IGPN", 'Laurent Nuñez'),
    ('A19',
     "« J'ai toujours respecté les règles », s'est défendu l'ancien directeur Michel Aubert devant le tribunal. Sa secrétaire, Nathalie Perrin, a décrit un patron « colérique et imprévisible » lors de son audition. « Je n'ai jamais harcelé personne. »",
     'jamais harcelé', 'Michel Aubert'),
    ('B2',
     '« Le conducteur roulait à plus de 150 km/h », a indiqué le capitaine Pierre Lenoir. Le suspect a été placé en garde à vue dans la soirée. « Il devra répondre de ses actes devant la justice. »',
     'répondre de ses actes', 'Pierre Lenoir'),
    ('B3',
     "« Il mérite sa sélection, il a été énorme toute la saison », a estimé le sélectionneur Didier Blanc. Le footballeur a marqué vingt buts cette saison en championnat. « Je l'appellerai dès ce soir pour le féliciter. »",
     "Je l'appellerai", 'Didier Blanc'),
    ('B3b',
     "« Il mérite sa sélection, il a été énorme toute la saison », a estimé le sélectionneur Didier Blanc. L'attaquant a marqué vingt buts cette saison en championnat. « Je l'appellerai dès ce soir pour le féliciter. »",
     "Je l'appellerai", 'Didier Blanc'),
    ('B5',
     "« Le patient est désormais hors de danger », a indiqué le docteur Alain Morel, chef du service de réanimation. Le malade avait été admis dimanche dans un état critique. « Il pourra sortir d'ici une semaine. »",
     "sortir d'ici", 'Alain Morel'),
    ('B6',
     "« La victime a été frappée à coups de barre de fer », a précisé la procureure de Lille, Anne Cordier. L'octogénaire a succombé à ses blessures dans la nuit. « Trois suspects ont été interpellés. »",
     'Trois suspects', 'Anne Cordier'),
    ('B7',
     "« Nous avons tout tenté pour le sauver », a expliqué le lieutenant-colonel Marc Perrin, des pompiers du Var. L'alpiniste avait chuté d'une falaise de trente mètres. « Les conditions étaient extrêmement difficiles. »",
     'extrêmement difficiles', 'Marc Perrin'),
    ('B10',
     "« Nous avons licencié ce salarié pour faute grave », a indiqué la directrice de l'usine, Sandrine Lopez. L'ouvrier conteste son licenciement devant les prud'hommes. « La procédure a été respectée à la lettre. »",
     'respectée à la lettre', 'Sandrine Lopez'),
    ('B12',
     '« Les conditions de détention sont indignes », dénonce la contrôleuse des prisons, Dominique Simonet. Le détenu dormait sur un matelas posé au sol. « Nous avons saisi le ministre de la Justice. »',
     'Nous avons saisi', 'Dominique Simonet'),
    ('B14',
     "« Le joueur souffre d'une rupture des ligaments croisés », a indiqué le médecin du club, Philippe Caron. L'international sera absent six mois. « L'opération aura lieu jeudi à Lyon. »",
     "L'opération aura lieu", 'Philippe Caron'),
    ('B16',
     "« Les sauveteurs ont travaillé toute la nuit », a expliqué le maire de la commune, Louis Bertin. Un enfant a été retrouvé vivant sous les décombres. « C'est un miracle. »",
     "C'est un miracle", 'Louis Bertin'),
    ('B17',
     "« Nous avons été trahis », a lancé le délégué syndical Thierry Fabre. Le patron a annoncé la fermeture du site pour la fin de l'année. « Nous allons occuper l'usine. »",
     "occuper l'usine", 'Thierry Fabre'),
    ('B18',
     "« Le ballon a franchi la ligne, c'est évident », a réagi l'entraîneur marseillais Luc Garnier. L'arbitre a pourtant refusé le but après avoir consulté la vidéo. « Je ne comprends pas cette décision. »",
     'Je ne comprends pas', 'Luc Garnier'),
    ('B20',
     "« Nous avons besoin de renforts », a expliqué la directrice de l'hôpital, Carole Besson. L'infirmière a été agressée par un patient dans la nuit de samedi. « Nous avons porté plainte. »",
     'avons porté plainte', 'Carole Besson'),
    ('B24',
     "« Nous avons perdu trois points bêtement », a pesté l'entraîneur Luc Garnier. Le gardien a commis une erreur sur le deuxième but. « Je ne lui en veux pas, ça arrive. »",
     'ne lui en veux pas', 'Luc Garnier'),
    ('B25',
     "« Mon client est innocent », a martelé Me Paul Durand à la sortie de l'audience. L'accusé a été condamné à douze ans de réclusion criminelle. « Nous allons faire appel. »",
     'faire appel', 'Paul Durand'),
    ('B27',
     "« Nous suivons la situation de très près », a indiqué le ministre des Affaires étrangères, Olivier Mercier. L'otage a été enlevé mardi dans le nord du pays. « Tout est mis en œuvre pour obtenir sa libération. »",
     'sa libération', 'Olivier Mercier'),
    ('B28',
     "« Le dossier est vide », a tonné l'avocat de la défense, Me Paul Durand. Le juge d'instruction a pourtant ordonné un procès. « C'est une erreur judiciaire en préparation. »",
     'erreur judiciaire', 'Paul Durand'),
    ('B29',
     "« C'est une très grande perte pour le cinéma français », a réagi la présidente du festival, Claire Meunier. L'actrice est morte dimanche à Paris à l'âge de 91 ans. « Elle restera une immense artiste. »",
     'immense artiste', 'Claire Meunier'),
    ('E1',
     "Un militaire est mort lors d'un exercice au camp de Canjuers. « Nous ne savons toujours pas ce qui s'est passé », a déclaré l'avocat de la famille du soldat, le caporal Jean Dupuis.",
     'toujours pas ce qui', '!Jean Dupuis'),
    ('E4',
     "Un policier a été tué lors d'un contrôle routier. « Mon fils était un garçon joyeux », a témoigné la mère du policier, le brigadier Franck Morel.",
     'garçon joyeux', '!Franck Morel'),
    ('E6',
     "Un gendarme a été grièvement blessé à Mayotte. « Il se bat pour vivre », a confié le frère du gendarme, l'adjudant Marc Henry.",
     'se bat pour vivre', '!Marc Henry'),
    ('E8',
     'Le soldat blessé au Mali a été rapatrié. « Il a été très courageux », a déclaré le chef de corps du soldat, le sergent Yann Leduc.',
     'très courageux', '!Yann Leduc'),
    ('E22',
     "« Mon client a agi en légitime défense », a plaidé l'avocat du policier, le brigadier Franck Morel.",
     'légitime défense', '!Franck Morel'),
    ('E23',
     "« Mon client a agi en légitime défense », a plaidé l'avocat du policier, le brigadier-chef Franck Morel.",
     'légitime défense', '!Franck Morel'),
]


def _check(quotes_of, body, target, expected):
    qs, _ = quotes_of(body)
    got = one(qs, target).speaker_name
    if expected.startswith("!"):
        assert got != expected[1:]
    else:
        assert got == expected


@pytest.mark.parametrize(("case", "body", "target", "expected"), _NOT_A_STAND, ids=[c[0] for c in _NOT_A_STAND])
def test_an_action_a_passive_a_state_or_a_plan_does_not_bring_in_the_next_speaker(quotes_of, case, body, target, expected):
    _check(quotes_of, body, target, expected)


@pytest.mark.parametrize(("case", "body", "target", "expected"), _A_STAND, ids=[c[0] for c in _A_STAND])
def test_a_stand_brings_in_the_next_speaker_and_a_description_its_own_apposition(quotes_of, case, body, target, expected):
    _check(quotes_of, body, target, expected)


@pytest.mark.parametrize(("case", "body", "target", "expected"), _OF_ONE_PERSON, ids=[c[0] for c in _OF_ONE_PERSON])
def test_a_name_after_a_description_of_one_persons_someone_is_that_persons(quotes_of, case, body, target, expected):
    _check(quotes_of, body, target, expected)


@pytest.mark.parametrize(("case", "body", "target", "expected"), _UNCHANGED, ids=[c[0] for c in _UNCHANGED])
def test_the_review_cases_the_rules_did_not_change_stay_right(quotes_of, case, body, target, expected):
    _check(quotes_of, body, target, expected)


@pytest.mark.xfail(strict=True, reason="« a avoué » is a reporting verb: the suspect's confession in custody reads as taking a stand")
def test_a_confession_in_custody_does_not_bring_in_the_next_speaker(quotes_of):
    # review case B26
    _check(quotes_of, "« Les faits sont d'une extrême gravité », a déclaré la procureure Anne Cordier. Le suspect a avoué les faits en garde à vue. « Il sera présenté à un juge d'instruction demain. »", 'présenté à un juge', 'Anne Cordier')


_BEFORE = "Le maire Paul Renaud a défendu le projet mardi. « Nous irons jusqu'au bout », a-t-il déclaré. "
_NEXT = " « On nous promet des travaux depuis dix ans sans rien voir venir. »"


@pytest.mark.parametrize("sentence", [
    "La conseillère Sophie Marchal est montée au créneau face à l'adjoint Jean Dufour.",
    "La conseillère Sophie Marchal a tenu à présenter ses excuses à l'adjoint Jean Dufour.",
    "La conseillère Sophie Marchal n'a pas caché sa colère face à l'adjoint Jean Dufour.",
    "La conseillère Sophie Marchal a été interrogée par France Bleu après la visite de Jean Dufour.",
    "Lors de la séance, la conseillère Sophie Marchal avait tout de suite rappelé à l'ordre l'adjoint Jean Dufour.",
])
def test_a_phrase_of_taking_a_stand_or_being_asked_brings_in_the_next_speaker(quotes_of, sentence):
    # the sentence names two people: the subject of a stand, not its object, speaks next
    qs, _ = quotes_of(_BEFORE + sentence + _NEXT)
    assert one(qs, "sans rien voir venir").speaker_name == "Sophie Marchal"


@pytest.mark.parametrize("sentence", [
    "La conseillère Sophie Marchal a visité le chantier avec l'adjoint Jean Dufour.",
    "La conseillère Sophie Marchal recevra l'adjoint Jean Dufour jeudi.",
    "La conseillère Sophie Marchal a été reçue par l'adjoint Jean Dufour.",
    "La conseillère Sophie Marchal est l'épouse de l'adjoint Jean Dufour.",
])
def test_an_action_a_plan_a_passive_or_a_state_leaves_the_last_speaker(quotes_of, sentence):
    qs, _ = quotes_of(_BEFORE + sentence + _NEXT)
    assert one(qs, "sans rien voir venir").speaker_name == "Paul Renaud"


def test_a_description_opening_the_sentence_is_written_with_its_determiner_in_lower_case(quotes_of):
    qs, _ = quotes_of(_BEFORE + "Un conseiller de l'opposition va plus loin sur le calendrier." + _NEXT)
    assert one(qs, "sans rien voir venir").speaker_name == "un conseiller de l'opposition"


def test_a_name_after_a_description_of_a_named_persons_someone_is_the_descriptions(quotes_of):
    # "l'avocat de Morel, le sénateur Jean Morel": the same person named again, his; another name is the lawyer's
    qs, _ = quotes_of(
        "Le procès de l'ancien maire Jean Morel s'ouvre lundi. « Mon client conteste tout », a affirmé l'avocat de "
        "Jean Morel, le bâtonnier Paul Roux."
    )
    assert one(qs, "Mon client conteste").speaker_name != "Jean Morel"
