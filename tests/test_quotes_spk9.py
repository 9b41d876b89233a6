"""Where a cue points at the speaker of a direct quotation (session 15, spk9), on sentences of
our own."""

from conftest import one


def test_a_name_in_the_phrase_of_the_one_addressed_does_not_speak(quotes_of):
    # "écrit l'élu dans une lettre au président X": X receives the letter, the elected one writes it
    qs, _ = quotes_of(
        "Le député Paul Marceau a écrit au gouvernement. "
        "« Nous devons rouvrir les maternités fermées », écrit l'élu dans une lettre au président de l'Assemblée Jean Delorme."
    )
    q = one(qs, "rouvrir les maternités")
    assert q.speaker_name == "Paul Marceau"


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


def test_quoted_words_as_the_predicate_of_a_described_person_after_an_opening_phrase(quotes_of):
    # "Dans un billet publié samedi, le directeur du journal Le Matin X « proteste … »": X, the
    # person the description ends with, past a participle in the opening phrase and the outlet named in it
    qs, _ = quotes_of(
        "« Nous ne reculerons pas », a lancé le ministre Paul Verdier jeudi. "
        "Dans un billet publié samedi, le directeur du journal Le Matin Étienne Laval « proteste contre les pressions exercées sur la rédaction »."
    )
    q = one(qs, "proteste contre")
    assert q.speaker_name == "Étienne Laval"


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
