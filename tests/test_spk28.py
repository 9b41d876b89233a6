"""Session 20 (spk28): an unnamed source the article names explicitly as the one speaking is not
replaced by someone named near it. Sentences of our own."""

from conftest import one


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


def test_a_body_noun_names_again_the_unnamed_body_the_article_just_described(quotes_of):
    # « l'association » after « l'association des familles de victimes »: that association, not the
    # regulator named before it, whatever kind of body nothing tells the regulator is
    qs, _ = quotes_of(
        "Le CSA a été saisi à plusieurs reprises. L'association des familles de victimes a relevé 42 cas en mars : "
        '"Cette émission encourage les moqueries", estime l\'association.'
    )
    assert one(qs, "encourage les moqueries").speaker_name == "association des familles de victimes"


def test_a_collective_described_after_the_newspaper_that_printed_it_is_the_speaker(quotes_of):
    qs, _ = quotes_of(
        "Dans une tribune publiée par Le Figaro, un collectif de douze associations dénonce la réforme. "
        '"Réduire les aides des plus pauvres n\'est pas une solution", écrit le collectif.'
    )
    assert one(qs, "plus pauvres").speaker_name != "Le Figaro"


def test_an_outlet_described_again_stays_the_outlet(quotes_of):
    # « la chaîne d'information » describes the channel named just before: no other body
    qs, _ = quotes_of(
        "Selon BFMTV, la photo a été prise samedi. Rendu public par la chaîne d'information, le cliché a fait réagir. "
        '"Il se vantait de son geste devant ses amis", affirme la chaîne.'
    )
    assert one(qs, "se vantait").speaker_name == "BFMTV"


def test_a_full_description_is_not_replaced_by_an_earlier_shorter_one(quotes_of):
    qs, _ = quotes_of(
        "La société d'exploitation avait signalé la fermeture dans l'après-midi. Selon la société d'exploitation du "
        'musée, le visiteur avait "franchi deux barrières de sécurité avant de grimper".'
    )
    assert one(qs, "franchi deux").speaker_name == "société d'exploitation du musée"


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


def test_a_body_described_in_an_incise_is_the_one_named_before(quotes_of):
    # « dénonce l'association de défense de l'environnement »: an incise's subject describing the body
    # named just before; a later « selon l'association » still names that body
    qs, _ = quotes_of(
        "Greenpeace France a publié un rapport lundi. \"Le gouvernement recule encore\", dénonce l'association de "
        "défense de l'environnement. \"Autre manque de courage du gouvernement\", selon l'association."
    )
    assert one(qs, "Autre manque").speaker_name != "association de défense de l'environnement"
