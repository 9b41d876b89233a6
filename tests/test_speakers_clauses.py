"""Speakers of direct quotations (enrich/quotes/speakers.py): which clause of the sentence and which of its
mentions speaks: names in apposition or opening a clause, the subject before a colon, « selon » (also
« …, selon X » closing a sentence that goes on past the closing mark), participle and infinitive clauses,
fronted phrases, « par la voix de », a label or speech before « de » and a name. Sentences written for
recoupe, none from a corpus."""

import pytest
from conftest import one


def test_a_name_after_selon_le_noun_is_a_new_clause_subject(quotes_of):
    # « Selon le maire, X a menti »: X is the one the mayor accuses, never the mayor
    qs, _ = quotes_of("Selon le maire, Jean Dupont a menti aux habitants. "
                      "« Je n'ai rien caché », a assuré le maire.")
    assert one(qs, "rien caché").speaker_name != "Jean Dupont"


def test_a_name_after_pour_le_noun_is_a_new_clause_subject(quotes_of):
    qs, _ = quotes_of("Pour le directeur, Paul Roux a commis une faute. "
                      "« Les règles sont claires », a estimé le directeur.")
    assert one(qs, "règles sont claires").speaker_name != "Paul Roux"


def test_a_name_closing_an_apposition_is_still_the_noun(quotes_of):
    qs, _ = quotes_of(
        "Le soir même, le père, René Joubert, a porté plainte. "
        "« On nous a menti », a déclaré le père."
    )
    assert one(qs, "menti").speaker_name == "René Joubert"


def test_the_colon_speaker_is_the_main_clause_subject_not_a_subordinate_one(quotes_of):
    qs, _ = quotes_of("Marie Durand était chez elle quand les gendarmes sont arrivés : « J'ai cru mourir ».")
    assert one(qs, "cru mourir").speaker_name == "Marie Durand"


def test_the_colon_speaker_is_not_a_relative_clause_subject(quotes_of):
    qs, _ = quotes_of("Marie Durand a vu les pompiers, qui sont intervenus vers midi : « Ils ont été formidables ».")
    assert one(qs, "formidables").speaker_name == "Marie Durand"


def test_the_colon_speaker_is_a_subordinate_subject_when_no_main_clause_stands_before(quotes_of):
    qs, _ = quotes_of("Paul Roux a travaillé dix ans chez un brasseur. Et quand il refusait un verre : « Mon chef se fâchait ».")
    assert one(qs, "se fâchait").speaker_name == "Paul Roux"


def test_an_object_clitic_before_the_verb_makes_a_new_clause(quotes_of):
    qs, _ = quotes_of(
        "« Le tournage reprendra en mars », rappelle la chaîne, Guy Joao l'a confirmé lundi."
    )
    assert one(qs, "tournage").speaker_name != "Guy Joao"
    qs, _ = quotes_of(
        "« Le tournage reprendra en mars », rappelle la chaîne, Guy Joao lui a répondu."
    )
    assert one(qs, "tournage").speaker_name != "Guy Joao"


def test_a_name_completing_the_speakers_description_after_a_preposition_speaks(quotes_of):
    # "sa collègue et candidate au perchoir X": the name ends the description of the one who speaks
    qs, _ = quotes_of(
        "La députée Hélène Vasseur a dénoncé un recul. "
        "« Nous attendons toujours un vrai débat sur ce texte », a ajouté sa collègue et candidate au perchoir Sophie Lambert."
    )
    q = one(qs, "vrai débat")
    assert q.speaker_name == "Sophie Lambert"


def test_a_name_ending_a_coordinated_description_after_selon_speaks(quotes_of):
    # "selon le journaliste et critique musical X": X, not the person the sentence is about
    qs, _ = quotes_of(
        "Le pianiste Marc Delorme est mort dimanche à 61 ans. "
        "Il a succombé à « une longue maladie du cœur qu'il cachait à ses proches », selon le journaliste et critique musical Paul Vernet."
    )
    q = one(qs, "longue maladie")
    assert q.speaker_name == "Paul Vernet"


def test_selon_les_termes_de_x_gives_x(quotes_of):
    # "selon les termes du Premier ministre X": the words are X's, not the subject's of the sentence
    qs, _ = quotes_of(
        "Le maire Paul Girard a reçu les habitants lundi. "
        "La ville aura une « réponse ferme et rapide face aux inondations », selon les termes du Premier ministre Jean Castel."
    )
    q = one(qs, "réponse ferme")
    assert q.speaker_name == "Jean Castel"


def test_pieces_split_by_selon_then_new_words_are_two_statements(quotes_of):
    # « A », selon les termes de X, un « B », a dénoncé Y: A is X's, B is Y's
    qs, _ = quotes_of(
        "Les dirigeants européens ont condamné un « acte lâche et odieux », selon les termes de la chancelière Ingrid Walter, "
        "une « attaque contre la démocratie », a dénoncé son homologue italien Marco Bellini."
    )
    a = one(qs, "acte lâche")
    b = one(qs, "attaque contre")
    assert a.speaker_name == "Ingrid Walter"
    assert b.speaker_name == "Marco Bellini"


def test_words_a_relative_clause_gives_to_its_inverted_subject(quotes_of):
    # "le « … » qu'a promis X": X promised those words, not the subject of the sentence
    qs, _ = quotes_of(
        "La sénatrice Marie Dubreuil a critiqué la réforme mardi. Elle s'en est prise au "
        "« choc de simplification sans précédent » qu'a promis le ministre Luc Ferrand aux chefs d'entreprise."
    )
    q = one(qs, "choc de simplification")
    assert q.speaker_name == "Luc Ferrand"


def test_quoted_words_as_the_predicate_of_a_described_person_after_an_opening_phrase(quotes_of):
    # "Dans un billet publié samedi, le directeur du journal Le Matin X « proteste … »": X, the
    # person the description ends with, past a participle in the opening phrase and the outlet named in it
    qs, _ = quotes_of(
        "« Nous ne reculerons pas », a lancé le ministre Paul Verdier jeudi. "
        "Dans un billet publié samedi, le directeur du journal Le Matin Étienne Laval « proteste contre les pressions exercées sur la rédaction »."
    )
    q = one(qs, "proteste contre")
    assert q.speaker_name == "Étienne Laval"


def test_selon_a_role_placed_in_time_then_a_name(quotes_of):
    # "Selon le directeur du zoo depuis 20 ans, X, …": the name after the phrase of time speaks, and "il" after is X
    qs, _ = quotes_of(
        "Un soigneur a été blessé par un ours samedi. Selon le directeur du zoo depuis 20 ans, Bernard Aumont, l'animal était nerveux. "
        "« C'est la première fois qu'un tel accident se produit chez nous », précise-t-il."
    )
    q = one(qs, "première fois")
    assert q.speaker_name == "Bernard Aumont"


def test_quoted_predicate_of_a_name_in_apposition_is_the_words_of_the_incise(quotes_of):
    # "X, 40 ans, « est … », a indiqué Y": the quoted words say something of X; Y, in the incise, speaks
    qs, _ = quotes_of(
        "Le conseil municipal a élu dimanche une nouvelle maire. Julie Perrin, 40 ans, « est à ma connaissance la plus jeune maire "
        "de tout le département », a indiqué Paul Mercier, président de l'association des élus locaux."
    )
    q = one(qs, "plus jeune maire")
    assert q.speaker_name == "Paul Mercier"


def test_quoted_words_with_no_cue_after_a_description_ending_with_a_name(quotes_of):
    # "Le député … de la Loire X a de son côté … cette « … »" (scraped text that lost its verb, no cue): X, not the speaker quoted before
    qs, _ = quotes_of(
        "« Nous perdons un immense artiste », a tweeté la ministre de la Culture Anne Roussel. "
        "Le député socialiste de la Loire Marc Fabre a de son côté sur le réseau social cette « voix unique qui a bercé tant de générations »."
    )
    q = one(qs, "voix unique")
    assert q.speaker_name == "Marc Fabre"


def test_a_question_put_in_an_interview_is_the_askers(quotes_of):
    # "À la question « … », X a répondu": the question is the interviewer's (the outlet that asked it), not X's
    qs, _ = quotes_of(
        "La sénatrice Claire Dumas a hésité face à une question de Libération, lors d'un entretien publié lundi. "
        "À la question « Est-ce que vous connaissez le prix d'un ticket de métro ? », la candidate a d'abord répondu : « Deux euros, je crois. »"
    )
    q = one(qs, "prix d'un ticket")
    assert q.speaker_name == "Libération"
    a = one(qs, "Deux euros")
    assert a.speaker_name == "Claire Dumas"


def test_a_question_its_subject_puts_is_the_subjects(quotes_of):
    # "X a posé cette question : « … ? »": X asks; only "à la question « … »" puts words to the one who answers
    qs, _ = quotes_of(
        "Le maire Paul Roux a ouvert la séance. Une élue a posé cette question : « Pourquoi le budget des écoles baisse-t-il encore cette année ? »"
    )
    assert one(qs, "budget des écoles").speaker_name == "Une élue"
    qs, _ = quotes_of(
        "Le conseil a siégé lundi. Paul Roux s'est longtemps posé la question : « Pourquoi ai-je accepté ce poste alors que tout allait mal ? »"
    )
    assert one(qs, "accepté ce poste").speaker_name == "Paul Roux"


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


def test_a_name_coordinated_after_a_preposition_is_not_apposed_to_the_subject(quotes_of):
    qs, _ = quotes_of(
        "La ministre du Travail Élodie Marchand a présenté sa réforme. Interrogée sur RTL et France Inter, "
        "la ministre a rappelé que « le chômage baisse depuis deux ans »."
    )
    assert one(qs, "le chômage baisse").speaker_name == "Élodie Marchand"


def test_a_phrase_opening_the_sentence_then_a_described_subject_and_its_verb(quotes_of):
    qs, _ = quotes_of(
        "Un violent orage a frappé la commune mardi. Auprès de l'AFP, le maire de la commune évoque "
        "« un bruit de tonnerre incroyable ». Jean Petit s'étonne de la violence du phénomène."
    )
    assert one(qs, "bruit de tonnerre").speaker_name != "AFP"


def test_a_name_after_the_comma_closing_an_opening_phrase_keeps_its_apposition(quotes_of):
    qs, _ = quotes_of(
        "Invité de RTL, Paul Durand, le porte-parole du gouvernement, s'est dit « très déçu ». "
        "« Nous avions tendu la main à tous », a ajouté le porte-parole."
    )
    assert one(qs, "tendu la main").speaker_name == "Paul Durand"


def test_the_subject_before_a_colon_does_not_take_an_incise_with_its_own_subject(quotes_of):
    qs, _ = quotes_of(
        "Déjà critiqué pour ses blagues, le show de Marc Delorme n'est décidément pas du goût de tout le monde : « Là, je ne peux pas "
        "applaudir », a déclaré Claire Vidal au magazine Télé Loisirs."
    )
    assert one(qs, "je ne peux pas").speaker_name == "Claire Vidal"


def test_a_participle_with_its_own_subject_after_a_comma(quotes_of):
    qs, _ = quotes_of(
        "La nouvelle émission sera diffusée en août. Comme le souligne Radio Nord, le ton sera plus doux qu'au "
        "Royaume-Uni, France 2 promettant des « portraits touchants et parfois drôles de familles ordinaires »."
    )
    assert one(qs, "portraits touchants").speaker_name == "France 2"


def test_quoted_words_owned_by_the_person_after_de(quotes_of):
    qs, _ = quotes_of(
        "L'acteur Marc Delorme a quitté le plateau en colère. Il semblerait que le « je vous aime beaucoup » de "
        "Claire Vidal n'ait pas suffi à le calmer."
    )
    assert one(qs, "je vous aime beaucoup").speaker_name == "Claire Vidal"


def test_selon_lui_after_the_words_is_the_subject_of_the_sentence_s_reporting_verb(quotes_of):
    qs, _ = quotes_of(
        "« Les usines resteront ouvertes », a assuré le ministre Paul Renard. Le député Marc Delorme a ensuite "
        "regretté que sur la rénovation des écoles, le gouvernement ait « coupé les crédits sans prévenir », selon lui."
    )
    assert one(qs, "coupé les crédits").speaker_name == "Marc Delorme"


def test_a_participle_after_a_label_in_marks_takes_the_person_the_sentence_opens_with(quotes_of):
    qs, _ = quotes_of(
        "Au sein du parti, certains soutiennent le ministre. À l'instar du secrétaire général du parti, Paul "
        "Renard, pour qui il est l'un des « présidentiables » du Parti radical, ajoutant que « c'est sûrement lui "
        "qui a aujourd'hui le plus de chances »."
    )
    assert one(qs, "le plus de chances").speaker_name == "Paul Renard"


def test_par_la_voix_de_names_who_speaks_for_the_body(quotes_of):
    qs, _ = quotes_of(
        "Le syndicat CGT, par la voix de son secrétaire général Paul Renard, a dénoncé un « mépris total » des salariés."
    )
    assert one(qs, "mépris total").speaker_name == "Paul Renard"


# --- « X, par la voix de Y, a dit »: only in the subject of the verb that reports the words


@pytest.mark.parametrize(("body", "words", "speaker"), [
    ("La CGT, par la voix de son secrétaire général Philippe Martinez, a appelé à la grève, tandis que la ministre du "
     "Travail a dénoncé « une prise d'otages des usagers ».", "prise d'otages", "ministre du Travail"),
    ("L'Élysée, par la voix de son porte-parole Olivier Véran, a confirmé la visite, alors que Moscou a dénoncé "
     "« une provocation inacceptable ».", "provocation inacceptable", "Moscou"),
])
def test_by_the_voice_of_belongs_to_another_clause(quotes_of, body, words, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, words).speaker_name == speaker


@pytest.mark.parametrize("body", [
    "Le syndicat FO, par la voix de son délégué Paul Renard, dénonce « un mépris total des salariés ».",
    "La mairie, par la voix de son adjoint Paul Renard, a vivement dénoncé « un mépris total des habitants du quartier ».",
])
def test_by_the_voice_of_in_the_subject_of_the_verb(quotes_of, body):
    qs, _ = quotes_of(body)
    assert qs[0].speaker_name == "Paul Renard"


# --- a participle with its own subject: only a reporting one whose object the words are


@pytest.mark.parametrize(("body", "words", "speaker"), [
    ("Le procureur a requis vingt ans de réclusion mardi, Paul Martin contestant « avec un aplomb sidérant » les "
     "faits qui lui sont reprochés.", "aplomb sidérant", "procureur"),
    ("La ministre Rachida Dati a annoncé la fin du projet, Paul Martin proposant un budget « totalement irréaliste "
     "et hors de prix ».", "totalement irréaliste", "Rachida Dati"),
])
def test_absolute_participle_does_not_take_words_that_only_qualify(quotes_of, body, words, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, words).speaker_name == speaker


def test_absolute_participle_of_a_reporting_verb_with_quoted_object(quotes_of):
    qs, _ = quotes_of("Le budget sera voté jeudi, le maire Paul Renard promettant des « économies sur tous les postes ».")
    assert "Paul Renard" in one(qs, "économies sur tous").speaker_name


# --- « le « … » de X »: X's words only when they are speech


@pytest.mark.parametrize("body", [
    "À l'audience, le procureur a longuement décrit le « cynisme absolu et assumé » de Paul Martin.",
    "Le président de la République a remis mardi la Légion d'honneur à l'infirmière, louant le « dévouement sans "
    "faille ni relâche » de Sophie Martin.",
])
def test_a_label_before_de_and_a_name_is_not_that_person_s_words(quotes_of, body):
    qs, _ = quotes_of(body)
    assert all(q.speaker_name not in ("Paul Martin", "Sophie Martin") for q in qs)


@pytest.mark.parametrize(("body", "words"), [
    ("Le public a ri. Le « je reviendrai l'an prochain » de Claire Vidal a été très applaudi.", "je reviendrai"),
    ("Le chanteur Marc Delorme a quitté la scène. Le « I love you so much » de Claire Vidal n'a rien changé.", "I love you so much"),
])
def test_speech_before_de_and_a_name_is_that_person_s(quotes_of, body, words):
    qs, _ = quotes_of(body)
    assert one(qs, words).speaker_name == "Claire Vidal"


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


@pytest.mark.parametrize(("body", "quoted", "speaker"), [
    # the sentence goes on past the closing mark, then ends on « , selon X »: X's words
    ("Le chef de la police régionale, Josep Ferran, a parlé lundi. Selon la police, les assaillants préparaient "
     "des bombes. L'attaque aurait été commise de « manière plus rudimentaire » sans être « de l'ampleur espérée » "
     "par ses auteurs, selon Josep Ferran.", "manière plus rudimentaire", "Josep Ferran"),
    ("Le ministre Paul Girard a visité l'usine mardi. « Tout est sous contrôle », a-t-il dit. La population éligible "
     "est estimée « entre neuf et douze millions » de personnes, d'après l'institut Ipsos.",
     "entre neuf et douze", "institut Ipsos"),
])
def test_selon_closing_the_sentence_gives_the_quoted_words_source(quotes_of, body, quoted, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, quoted).speaker_name == speaker


def test_selon_inside_a_clause_with_its_own_verb_is_not_read_as_closing(quotes_of):
    # a verb between the closing mark and « selon »: the sentence's own cue decides, not « selon »
    qs, _ = quotes_of("Le ministre Paul Girard a visité l'usine mardi. « Nous ne fermerons pas ce site », a "
                      "déclaré Paul Girard, qui a rencontré les salariés, selon la direction.")
    assert one(qs, "fermerons pas").speaker_name == "Paul Girard"
