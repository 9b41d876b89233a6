"""Speakers of direct quotations (enrich/quotes: speakers.py, ranker.py): news outlets and channels,
addressees. An outlet named as the channel of someone's words does not speak them, one that speaks keeps its
words, a description of an outlet (« l'hebdomadaire ») names the outlet the text writes, and the one words are
addressed to (« à X ») is not their source. Sentences written for recoupe, none from a corpus."""

import pytest
from conftest import one
from conftest import rule_quotes_of as _rules
from conftest import speaker_containing as _speaker

from recoupe.enrich.quotes.ranker import _addressed, _after_channel_word, candidates
from recoupe.enrich.quotes.speakers import _capitalised, _folded_letters
from recoupe.lang import fr_quotes as L


def test_a_name_in_the_phrase_of_the_one_addressed_does_not_speak(quotes_of):
    # "écrit l'élu dans une lettre au président X": X receives the letter, the elected one writes it
    qs, _ = quotes_of(
        "Le député Paul Marceau a écrit au gouvernement. "
        "« Nous devons rouvrir les maternités fermées », écrit l'élu dans une lettre au président de l'Assemblée Jean Delorme."
    )
    q = one(qs, "rouvrir les maternités")
    assert q.speaker_name == "Paul Marceau"


def test_the_channel_words_are_lists_of_lower_case_words():
    assert "auprès" in L.CHANNEL_PREPOSITIONS and "micro" in L.CHANNEL_NOUNS
    assert "vous" in L.SECOND_PERSON_WORDS and "madame" in L.VOCATIVE_TITLES
    for words in (L.CHANNEL_PREPOSITIONS, L.CHANNEL_NOUNS, L.SECOND_PERSON_WORDS, L.VOCATIVE_TITLES):
        assert all(w == w.lower() for w in words)


def test_an_outlet_after_a_preposition_of_a_channel_is_a_channel(enrich_body):
    body = ("Le navigateur Paul Rivière est rentré à Brest après deux ans en mer. "
            "Il a confié au quotidien Le Télégramme qu'il repartirait vite. Le Monde rapporte aussi son récit.")
    art, _, _ = _rules(enrich_body, body)
    at = art.text.index("Le Télégramme")
    assert _after_channel_word(art, at)
    assert not _after_channel_word(art, art.text.index("Le Monde"))


def test_an_outlet_named_only_as_the_channel_is_not_a_candidate_of_a_speakerless_quotation(enrich_body):
    body = ("Les deux marins ont appris la pandémie à leur retour, au bout de trois mois en mer. "
            "« On était stupéfaits, incapables d'y croire », racontent-ils à la BBC.")
    art, found, before = _rules(enrich_body, body)
    n = next(n for n, q in enumerate(found) if "stupéfaits" in q.text)
    assert found[n].speaker_name is None  # "-ils": no one person, and the rules name no group
    assert any(m.type == "organisation" and "BBC" in art.text[m.start:m.end] for m in art.mentions)
    cands = candidates(art, found, before)[n] or []
    assert cands and all(c.name != "BBC" for c in cands), [c.name for c in cands]


def test_the_one_quoted_words_address_is_found(enrich_body):
    body = ("La ministre Claire Dubois a répondu à la sénatrice Anne Roux sur Twitter. "
            "« Vous êtes sénatrice, Mme Roux. Combien de textes avez-vous déposés ? Aucun. », a-t-elle écrit.")
    art, found, _ = _rules(enrich_body, body)
    q = next(q for q in found if "sénatrice, Mme" in q.text)
    offset = next(o for f, o, _ in art.fields if f == q.field)
    addressed = _addressed(art, offset + q.start, offset + q.end)
    assert any("roux" in k for k in addressed)
    assert not any("dubois" in k for k in addressed)


def test_a_rules_pick_named_only_as_the_channel_is_looked_for_again(enrich_body):
    from dataclasses import replace

    from recoupe.enrich.quotes.ranker import _relayed_by

    body = ("Le chanteur Marc Olivier a annoncé son retour sur scène. "
            "« Il y aura un dernier album avant la fin de l'année », a-t-il confié à France Inter.")
    art, found, before = _rules(enrich_body, body)
    n = next(n for n, q in enumerate(found) if "dernier album" in q.text)
    radio = next(m for m in art.mentions if art.text[m.start:m.end] == "France Inter")
    wrong = replace(found[n], speaker_ref=radio.ref, speaker_name="France Inter")
    assert _relayed_by(art, wrong, before[n])  # the radio the words were told to: not their speaker
    assert not _relayed_by(art, found[n], before[n])  # the singer, by the rules: stays
    # a description of the outlet as the subject of the cue: the outlet speaks in its own name
    body = ("Marc Olivier a annoncé à France Inter son retour sur scène. "
            "« Il sortira un dernier album avant la fin de l'année », précise la radio.")
    art, found, before = _rules(enrich_body, body)
    n = next(n for n, q in enumerate(found) if "dernier album" in q.text)
    radio = next(m for m in art.mentions if art.text[m.start:m.end] == "France Inter")
    assert not _relayed_by(art, replace(found[n], speaker_ref=radio.ref, speaker_name="France Inter"), before[n])


def test_a_speakers_description_leaves_out_the_channel():
    from recoupe.enrich.quotes.names import speaking_name

    assert speaking_name("la porte-parole Julie Morin sur France Inter") == "la porte-parole Julie Morin"
    # review of session 15: « à », « au » after a job name the employer, as « de » does
    assert speaking_name("le journaliste à Libération") == "le journaliste à Libération"
    assert speaking_name("l'éditorialiste au Figaro") == "l'éditorialiste au Figaro"
    assert speaking_name("le journaliste de France Inter") == "le journaliste de France Inter"  # no channel: his employer
    assert speaking_name("France Inter") == "France Inter"


def test_review_an_outlet_that_speaks_keeps_its_words(quotes_of):
    """Review of session 15: an outlet subject of a reporting verb is the « il » of the cue that
    follows, and an outlet's own site names the writer, not a channel."""
    from conftest import one

    qs, _ = quotes_of("Le Monde révèle mardi que le maire de Montval a démissionné. "
                      "« La situation financière de la commune est intenable », ajoute-t-il.")
    assert one(qs, "situation financière").speaker_name in ("Le Monde", "Monde")
    qs, _ = quotes_of("Le maire de Montval a démissionné mardi. "
                      "« La commune ne pouvait plus payer ses agents depuis des mois », peut-on lire sur le site du Monde.")
    assert one(qs, "payer ses agents").speaker_name in ("Le Monde", "Monde")


def test_a_title_with_au_is_no_addressee(quotes_of):
    # "l'adjoint au maire de Lyon chargé des sports X": X holds the office; no letter is addressed to anyone
    qs, _ = quotes_of(
        "Le plan est lancé. « Nous voulons aider les familles les plus fragiles », "
        "a déclaré l'adjoint au maire de Lyon chargé des sports Paul Roux."
    )
    assert one(qs, "familles les plus fragiles").speaker_name == "Paul Roux"
    qs, _ = quotes_of(
        "La crèche ouvrira en mars. « Nous avons enfin trouvé les financements nécessaires », "
        "a expliqué l'adjointe au maire chargée de la petite enfance Marie Leclerc."
    )
    assert one(qs, "financements nécessaires").speaker_name == "Marie Leclerc"


# 4. "à" after an impersonal incise


def test_after_a_verb_that_takes_an_addressee_a_is_whom_the_words_are_for(quotes_of):
    qs, _ = quotes_of("« Nous étudierons chaque demande », a-t-on répondu à la mairie de Lyon.")
    assert _speaker(qs, "chaque demande") != "mairie de Lyon"
    qs, _ = quotes_of("« Le calendrier sera tenu », a-t-on promis aux élus de la métropole.")
    assert "élus" not in (_speaker(qs, "calendrier") or "")
    qs, _ = quotes_of("« Le projet est abandonné », a-t-on fait savoir au maire de Nantes, Jeanne Roland.")
    assert "maire de Nantes" not in (_speaker(qs, "abandonné") or "")


def test_people_after_a_are_never_where_the_words_come_from(quotes_of):
    qs, _ = quotes_of("« Aucune décision n'est prise », a-t-on confié aux journalistes du Monde.")
    assert "journalistes" not in (_speaker(qs, "Aucune décision") or "")
    qs, _ = quotes_of("« Le dossier est clos », confie-t-on à la famille du défunt.")
    assert "famille" not in (_speaker(qs, "dossier est clos") or "")


def test_a_seat_of_power_after_a_verb_that_takes_no_addressee_is_the_source(quotes_of):
    qs, _ = quotes_of(
        "Le Premier ministre Paul Martin a reçu les syndicats. "
        "« C'est un chantier complexe et long », fait-on valoir à Matignon."
    )
    assert one(qs, "chantier complexe").speaker_name == "Matignon"
    qs, _ = quotes_of(
        "« Les négociations avancent lentement », confie-t-on au ministère des Affaires étrangères."
    )
    assert "ministère" in (one(qs, "négociations avancent").speaker_name or "")


def test_faire_savoir_a_with_a_place_is_where_the_words_come_from(quotes_of):
    qs, _ = quotes_of(
        "Le député Paul Martin a quitté le parti. "
        "« C'est une querelle de personnes », fait-on savoir à Matignon."
    )
    assert one(qs, "querelle de personnes").speaker_name == "Matignon"


def test_an_outlet_that_relays_with_any_verb_gives_way_to_the_source_the_sentence_names(quotes_of):
    qs, _ = quotes_of(
        "Un cycliste a été renversé samedi sur la départementale. Selon la préfecture, « le conducteur roulait "
        "bien trop vite » alors que la chaussée « était parfaitement sèche », précise le quotidien régional."
    )
    assert one(qs, "roulait bien trop vite").speaker_name == "préfecture"


def test_words_reported_by_an_outlet_go_to_who_said_them(quotes_of):
    qs, _ = quotes_of(
        "Le ministre Paul Renard a quitté la réunion avant la fin. Il aurait confié à ses proches sa « grande "
        "lassitude », révèle Le Canard enchaîné."
    )
    assert one(qs, "grande lassitude").speaker_name == "Paul Renard"


def test_selon_an_outlet_then_a_colon_gives_first_person_words_to_the_clause_s_subject(quotes_of):
    qs, _ = quotes_of(
        "Le député Paul Renard a perdu sa carte de transport. Selon un indiscret du journal Le Point, Paul Renard a "
        "cependant réglé son billet et poursuivi son voyage non sans se plaindre : « Moi, ancien ministre, j'ai été "
        "traité comme un fraudeur »."
    )
    assert one(qs, "traité comme un fraudeur").speaker_name == "Paul Renard"


def test_selon_an_outlet_then_a_colon_the_one_who_receives_words_does_not_say_them(quotes_of):
    # (short « Selon <outlet>, X a … : « Je … » » sentences are read as the outlet's reported speech, an
    # indirect quotation before the marks, which the rule above does not reach)
    qs, _ = quotes_of("Le ministre a hésité. Selon Le Point, Paul Renard a reçu un message des cadres : « Je ne voterai pas pour toi ».")
    assert one(qs, "voterai pas").speaker_name != "Paul Renard"


# --- an outlet's incise with any verb: the earlier speaker only when the words are what their verb governs
# (commas in pairs around an incidental aside)


@pytest.mark.parametrize(("body", "words", "speaker"), [
    # (review #21-23: words after a comma, in an apposition, a new clause or a relative, are the outlet's)
    ("Emmanuel Macron a de nouveau reçu les partenaires sociaux. « Nous devons aller plus vite sur les salaires », "
     "a-t-il dit. Le maire a refusé de répondre, « signe d'un malaise croissant dans la majorité », analyse Le Monde.",
     "signe d'un malaise", "Le Monde"),
    ("Le PDG de Renault a confirmé la fermeture du site de Flins, mais « rien n'a été prévu pour les six cents "
     "salariés », dénonce Libération.", "rien n'a été prévu", "Libération"),
    ("La ministre a annoncé sa démission, un départ qui « fragilise encore un peu plus l'exécutif », analyse Le Monde.",
     "fragilise encore", "Le Monde"),
])
def test_outlet_incise_keeps_words_not_governed_by_the_earlier_verb(quotes_of, body, words, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, words).speaker_name == speaker


@pytest.mark.parametrize(("body", "words", "speaker"), [
    ("Le maire Paul Renard a promis « une réponse rapide aux familles », souligne Le Monde.", "réponse rapide", "Paul Renard"),
    ("Selon la préfecture, « la route était fermée depuis midi », précise le quotidien régional.", "la route était fermée", "préfecture"),
    ("La ministre Claire Vidal aurait confié à ses proches sa « profonde lassitude », révèle Le Parisien.",
     "profonde lassitude", "Claire Vidal"),
    ("Le sénateur Paul Renard a écrit, mardi soir, à ses électeurs que la réforme était « faite à la va-vite et sans "
     "concertation », raconte Le Figaro.", "faite à la va-vite", "Paul Renard"),
])
def test_outlet_incise_gives_governed_words_to_the_earlier_speaker(quotes_of, body, words, speaker):
    qs, _ = quotes_of(body)
    assert one(qs, words).speaker_name == speaker


# --- « Selon <outlet>, X … : « Je … » »: X only when X's verb says or gives the words


def test_selon_an_outlet_the_subject_who_receives_a_message_does_not_say_it(quotes_of):
    qs, _ = quotes_of(
        "Le joueur a quitté le club. Selon L'Équipe, Paul Renard a cependant reçu un message de son entraîneur : "
        "« Je compte sur toi »."
    )
    assert one(qs, "Je compte sur toi").speaker_name != "Paul Renard"


def test_selon_an_outlet_the_subject_of_the_clause_before_the_colon_says_first_person_words(quotes_of):
    qs, _ = quotes_of(
        "Le député Paul Renard a perdu sa carte de transport. Selon Le Point, Paul Renard a réglé son billet : « Moi, "
        "ancien ministre, j'ai été traité comme un fraudeur »."
    )
    assert one(qs, "traité comme un fraudeur").speaker_name == "Paul Renard"


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


def test_an_outlet_relaying_reported_speech_does_not_go_on_speaking(quotes_of):
    qs, _ = quotes_of("Le maire de la ville, Paul Girard, a tenu à rassurer les habitants, explique Le Parisien. "
                      "« Il n'y a aucun danger pour la population et l'eau reste potable. »")
    assert one(qs, "aucun danger").speaker_name == "Paul Girard"


def test_an_outlet_quoted_in_marks_goes_on_speaking(quotes_of):
    qs, _ = quotes_of("« Le gouvernement a perdu la main sur ce dossier », écrit Le Monde dans son éditorial. "
                      "« Il lui reste quelques semaines pour la reprendre. »")
    assert one(qs, "quelques semaines").speaker_name == "Le Monde"


@pytest.mark.parametrize(("body", "quoted", "outlet"), [
    # an outlet written with accents, an apostrophe or the article the lists keep is still one the text names
    ("La réforme a été présentée mardi par le ministère de l'Agriculture, a révélé le Canard enchaîné. « Le calendrier "
     "a été avancé de trois mois sans prévenir les éleveurs », explique l'hebdomadaire satirique.",
     "calendrier", "Canard enchaîné"),
    ("Un incendie a détruit un entrepôt de Colmar dans la nuit, selon les Dernières Nouvelles d'Alsace. « Les flammes "
     "étaient visibles à des kilomètres », raconte le quotidien local.", "flammes", "Dernières Nouvelles d'Alsace"),
])
def test_an_outlet_description_names_the_outlet_the_text_writes(quotes_of, body, quoted, outlet):
    qs, _ = quotes_of(body)
    assert outlet in (one(qs, quoted).speaker_name or "")


def test_an_outlet_description_is_never_a_body_that_is_no_outlet(quotes_of):
    # the company is the organisation named last, but "le quotidien" is a newspaper the article does not name
    qs, _ = quotes_of("Le groupe Valmont Industries a annoncé jeudi la fermeture de son usine de Lorient. « La décision "
                      "a été prise sans consulter les syndicats », rapporte le quotidien économique.")
    assert "Valmont" not in (one(qs, "syndicats").speaker_name or "")


def test_the_folded_text_keeps_every_offset():
    text = "Selon L'Équipe et le Canard enchaîné, « c'est fait »."
    folded = _folded_letters(text)
    assert len(folded) == len(text)
    assert folded[6:14] == "L Equipe"
    assert "Canard enchaine" in folded


@pytest.mark.parametrize(("name", "capitalised"), [
    ("Le Figaro", True), ("le Canard enchaine", True), ("le point", False), ("la croix", False), ("Gala", True),
])
def test_an_outlet_name_is_capitalised_past_its_article(name, capitalised):
    assert _capitalised(name) is capitalised
