"""What becomes a statement of a fact, and which quotations are renderings of one statement
(own sentences; the pairs of bench/data/variants-own.json are written for recoupe)."""

from __future__ import annotations

import sys

from conftest import ROOT

from recoupe.crosscheck import variants
from recoupe.crosscheck.statements import Reader
from recoupe.models import Article, Quote, Timestamp


def _article(aid, body, *, source="Le Vigilant", quotes=(), published="2026-03-04T08:00"):
    spans, pos = [], 0
    for k, ch in enumerate(body):
        if ch in ".!?" and (k + 1 == len(body) or body[k + 1] == " "):
            spans.append((pos, k + 1))
            pos = k + 2
    if pos < len(body):
        spans.append((pos, len(body)))
    return Article(id=aid, source=source, url=None, title=None, lead=None, authors=(),
                   published=Timestamp(published, "minute"), updated=None, lang="fr", body=body, boilerplate=(),
                   entities=(), sentences=tuple(spans), format="text", origin="-", revision=1, ingested_at="x", quotes=quotes)


def _statements(nlp, body):
    return [s.text for s in Reader([_article("a", body)], nlp).statements()]


def test_page_lines_are_no_statements(nlp):
    fact = "Le conseil municipal a voté mardi la fermeture de la piscine pour six mois de travaux."
    for line in ("Photo d'illustration.", "Crédits photos : Jean Dupont pour notre rédaction.", "AFP / Marc Lenoir",
                 "Par Jeanne Martin avec AFP.", "(Avec AFP et Reuters)", "Affaire à suivre donc. Source : Reuters",
                 "VIDÉO. Les images impressionnantes de la crue de la rivière", "12/06/2020 à 14h30",
                 "Regardez notre reportage sur les coulisses de la rénovation"):
        assert _statements(nlp, f"{fact} {line}") == [fact], line


def test_colour_and_remarks_that_name_nobody_and_give_no_figure_are_no_statements(nlp):
    fact = "Le conseil municipal a voté mardi la fermeture de la piscine pour six mois de travaux."
    for line in ("Encore un coup dur pour les nageurs les plus assidus du quartier.",
                 "Un tel chantier n'est malheureusement pas rare.",
                 "Des regrets, des soupirs, quelques sourires quand même."):
        assert _statements(nlp, f"{line} {fact}") == [fact], line
    # a verbless sentence giving figures is a fact
    figures = "Au total, 14 bassins fermés et 3 écoles privées de cours de natation."
    assert figures in _statements(nlp, f"{fact} {figures}")
    # a remark that gives a figure says something checkable
    counted = "Un tel chantier a déjà coûté 4 millions d'euros à la commune."
    assert counted in _statements(nlp, f"{fact} {counted}")


def _quoted(aid, source, speaker, words, day=4):
    body = f"{speaker} a déclaré : « {words} »."
    start = body.index("«") + 2
    q = Quote(field="body", start=start, end=start + len(words), text=words, kind="direct", speaker_name=speaker,
              cue="déclaré", channel=None, speaker_entity="e-" + speaker.split()[-1].lower())
    return _article(aid, body, source=source, quotes=(q,), published=f"2026-03-{day:02d}T08:00")


def _groups(nlp, arts, **kw):
    reader = Reader(arts, nlp)
    items = [variants.Quoted(a, a.quotes[0], reader.span(a, "body", a.quotes[0].start, a.quotes[0].end)) for a in arts]
    return [sorted(items[k].article.id for k in g) for g in variants.group(items, **kw)]


def test_a_quotation_translated_twice_is_one_statement(nlp):
    arts = [_quoted("a", "Le Vigilant", "Kaja Lind", "We will not accept any border change imposed by force"),
            _quoted("b", "La Gazette", "Kaja Lind", "Nous n'accepterons aucune modification des frontières imposée par la force")]
    assert ["a", "b"] in _groups(nlp, arts)
    assert ["a", "b"] not in _groups(nlp, arts, semantic=False)  # the words alone do not tell


def test_one_officials_different_statements_of_a_day_stay_apart(nlp):
    said = ["Le nombre de patients en réanimation continue de baisser depuis dix jours",
            "Nous déplorons 83 nouveaux décès à l'hôpital depuis hier soir",
            "Nous déplorons 107 nouveaux décès dans les établissements pour personnes âgées",
            "Le port du masque reste indispensable dans les transports en commun"]
    arts = [_quoted(f"a{k}", "Le Vigilant", "Jérôme Salomon", w) for k, w in enumerate(said[:2])]
    arts += [_quoted(f"b{k}", "La Gazette", "Jérôme Salomon", w) for k, w in enumerate(said[2:])]
    assert all(len(g) == 1 for g in _groups(nlp, arts)), _groups(nlp, arts)


def _bench(capsys, *flags):
    sys.path.insert(0, str(ROOT / "bench"))
    import eval_variants

    sys.argv = ["eval_variants.py", *flags]
    assert eval_variants.main() == 0
    out = capsys.readouterr().out
    return {line[:36].strip(): float(line[37:].split()[0]) for line in out.splitlines() if line[:1].isalpha()}


def test_the_encoder_joins_more_renderings_of_the_own_pairs_and_few_different_statements(capsys):
    words, meaning = _bench(capsys, "--no-semantic"), _bench(capsys)
    assert meaning["renderings of one statement joined"] > words["renderings of one statement joined"]
    assert meaning["precision of the joins"] >= 0.9 and words["precision of the joins"] >= 0.9


def test_glued_intertitle_and_sentences_are_cut_apart(nlp):
    body = ("Le préfet a ordonné mardi l'évacuation de trois quartiers du centre-ville.- Une crue rapide -Les pompiers "
            "ont secouru douze habitants bloqués sur leur toit pendant la nuit.Le maire a ouvert le gymnase municipal "
            "pour accueillir les familles sinistrées.")
    assert _statements(nlp, body) == [
        "Le préfet a ordonné mardi l'évacuation de trois quartiers du centre-ville.",
        "Les pompiers ont secouru douze habitants bloqués sur leur toit pendant la nuit.",
        "Le maire a ouvert le gymnase municipal pour accueillir les familles sinistrées."]


def test_names_with_a_dash_and_initials_are_no_cut(nlp):
    body = ("Le centre de vaccination contre le Covid-19 de Saint-Denis a reçu jeudi la visite de M.Dupont, "
            "le nouveau directeur régional de la santé.")
    assert _statements(nlp, body) == [body]


def test_a_speech_tag_cut_off_from_its_quotation_goes_back_to_it(nlp):
    quote = '"Nous avons enfin rouvert nos étals samedi matin après trois semaines de fermeture.'
    tail = '", a raconté cette vendeuse de fromages installée depuis vingt ans.'
    assert _statements(nlp, f"{quote} {tail}") == [f"{quote} {tail}"]
    assert not any(s.lstrip('"').startswith(",") for s in _statements(nlp, f"Le marché est calme. {tail}"))


def test_two_nouns_joined_by_et_make_one_subject(nlp):
    body = ("Le tribunal doit dire si ces frais et honoraires ont bien été réglés par la commune elle-même "
            "avant la fin du mandat.")
    assert _statements(nlp, body) == [body]
    other = ("La préfecture a relevé des vents violents samedi soir sur tout le littoral et les secours "
             "ont évacué trois campings près de la plage.")
    assert len(_statements(nlp, other)) == 2
    places = "La mairie a rouvert lundi les marchés couverts mais les parcs et jardins de la ville restent fermés au public."
    assert not any(s.startswith("et ") for s in _statements(nlp, places))


def test_a_glued_video_caption_and_its_credit_are_no_statement(nlp):
    fact = "Les associations réclament une enquête sur l'étiquetage des crèmes solaires vendues en pharmacie."
    body = f"Comment bien choisir sa crème solaire cet été ?par Radio Exemple {fact}"
    assert _statements(nlp, body) == [fact]


def test_an_intertitle_glued_before_a_sentence_without_stop_or_dash_is_left_out(nlp):
    first = "Le conseil municipal a voté mardi soir la fermeture de la piscine pour travaux."
    for head, fact in (("Des travaux attendus depuis longtemps", "Le chantier doit durer six mois selon la mairie."),
                       ('Une piscine "vétuste et dangereuse"', "La mairie a reçu un rapport alarmant en janvier."),
                       ("Des nageurs privés de bassin", '"Nous irons nager dans la commune voisine", a dit un habitué.'),
                       ("Une pétition en ligne", "Mardi soir, plus de 2.000 habitants l'avaient déjà signée en ligne.")):
        glued = "" if fact.startswith('"') else " "  # a quotation opened straight after the intertitle's last word
        assert _statements(nlp, f"{first} {head}{glued}{fact}") == [first, fact], head
    for whole in ("Selon le quotidien Le Progrès, la piscine rouvrira au début de septembre prochain.",
                  "Les élus La République En marche ont voté contre la fermeture de la piscine.",
                  'Le film "Les enfants du bassin" a été tourné dans cette piscine en 1984.',
                  "Le carnaval du Mardi gras a réuni des milliers de personnes autour de la piscine."):
        assert _statements(nlp, whole) == [whole], whole  # a name's capital, a title: no intertitle


def test_a_video_caption_with_its_rank_and_day_is_no_statement(nlp):
    first = "L'élu a défendu le projet de fermeture devant le conseil municipal réuni en séance."
    fact = "Le maire a ensuite quitté la séance sous les huées d'une partie du public."
    body = f"{first} Faut-il fermer la piscine ? (2) - 24/06par TVLOCALE{fact}"
    assert _statements(nlp, body) == [first, fact]
    born = "Né en 1932, il avait dirigé la ville pendant vingt ans avant de se retirer."
    glued = f"{first} L'ancien maire de la ville est mort à 88 anspar Télé Exemple{born}"  # the video's title goes too
    assert _statements(nlp, glued) == [first, born]


def test_sentences_glued_after_a_closing_mark_or_before_an_elision_are_cut_apart(nlp):
    body = ('Le maire a parlé d\'un "gâchis".S\'il le faut, il saisira le tribunal administratif dès lundi prochain.')
    assert _statements(nlp, body) == ['Le maire a parlé d\'un "gâchis".',
                                      "S'il le faut, il saisira le tribunal administratif dès lundi prochain."]
    assert _statements(nlp, "Quelque 20.000 personnes ont défilé samedi dans les rues de la ville.") == [
        "Quelque 20.000 personnes ont défilé samedi dans les rues de la ville."]


def test_poll_method_notes_are_no_statements(nlp):
    fact = "Le maire recueille 54% d'opinions favorables, huit points de plus qu'en mai selon le sondage."
    for note in ("* Enquête réalisée en ligne du 17 au 18 juin auprès de 1.003 personnes, selon la méthode des quotas.",
                 "Échantillon de 1.003 personnes, représentatif de la population âgée de 18 ans et plus.",
                 "Marge d'erreur de 1,4 à 3,1 points."):
        assert _statements(nlp, f"{fact} {note}") == [fact], note
    police = "Une enquête réalisée par la gendarmerie a conclu à un accident de la route."
    assert _statements(nlp, police) == [police]


def test_a_sentence_cut_inside_a_bracket_or_a_title_is_joined_again(nlp):
    body = ("Le maire recueille une majorité d'opinions favorables (54%; +8 points) selon le dernier sondage. "
            'Il cite le film "Les bassins: une histoire" comme exemple de réussite locale.')
    cut, title = body.index("; +8"), body.index(": une")
    art = Article(id="a", source="X", url=None, title=None, lead=None, authors=(), published=None, updated=None,
                  lang="fr", body=body, boilerplate=(), entities=(), format="text", origin="-", revision=1, ingested_at="x",
                  sentences=((0, cut + 1), (cut + 2, body.index(" Il cite")), (body.index("Il cite"), title + 1),
                             (title + 2, len(body))))
    assert [s.text for s in Reader([art], nlp).statements()] == [body[:body.index(" Il cite")], body[body.index("Il cite"):]]


def test_no_cut_that_leaves_a_clause_without_its_verb_or_its_object(nlp):
    relative = ("Le groupe public, dont la chaîne locale est une filiale, et le réalisateur du documentaire "
                "se refusent à tout commentaire sur cette affaire.")
    assert _statements(nlp, relative) == [relative]
    restricted = ("Selon l'étude, les décès chez les enfants ne surviennent que dans moins de 1% des cas observés "
                  "dans les hôpitaux européens.")  # "ne … que" is a restriction, not a finding after its verb
    assert _statements(nlp, restricted) == [restricted]
    judged = ("Dans cette optique, le président de la région, qui a longtemps soutenu un autre candidat, estime "
              "qu'il faut se ranger derrière la candidate sortante.")
    assert _statements(nlp, judged) == [judged]
    custom = ("Le maire entend garder ses deux mandats malgré la coutume locale, en vigueur depuis trente ans, qui veut "
              "qu'un élu de la ville ne siège pas en même temps au conseil régional.")  # the custom's content: no cut
    assert _statements(nlp, custom) == [custom]
    found = ("Un rapport remis à la mairie en octobre dernier par les pompiers signalait que l'alarme du gymnase "
             "ne couvrait pas la porte de secours du fond.")
    assert len(_statements(nlp, found)) == 2  # a report and what it found: cut as before


def test_a_sentence_glued_to_a_closing_quotation_mark_is_cut_off(nlp):
    before = "Le maire a répondu mardi aux critiques de l'opposition sur le budget."
    fact = "Le conseil votera le budget rectifié jeudi soir après trois heures de débat."
    for label in ('Des comptes "sincères et prudents"', "Un budget « sincère et prudent »", '"Nous ne céderons pas"'):
        # a quoted intertitle whose line break was lost: left out, the sentence after it stands alone
        assert _statements(nlp, f"{before} {label}{fact}") == [before, fact], label
    long = '"Le budget de la ville sera tenu cette année encore sans hausse des impôts locaux ni nouvel emprunt"'
    assert _statements(nlp, f"{before} {long}{fact}") == [before, long, fact]  # longer than an intertitle: a statement
    quoted = '"Nous rouvrirons la piscine dès lundi matin", a promis le maire devant le conseil.'
    opened = f'Pour lui, rien ne presse"{quoted[1:]}'  # an opening mark glued to the word before: no cut after it
    assert _statements(nlp, f"{before} {opened}") == [before, opened]
    kept = 'Le maire a qualifié de "sincère" ce budget voté jeudi après trois heures de débat.'
    assert _statements(nlp, kept) == [kept]


def test_no_clause_of_a_question_is_a_statement(nlp):
    fact = "Le conseil municipal a voté mardi la fermeture de la piscine pour six mois de travaux."
    for ask in ("Faut-il vraiment fermer la piscine tout l'été, alors que les écoles de la ville en ont besoin ?",
                "Le maire ira-t-il jusqu'au bout de ce projet contesté et les élus de l'opposition le suivront-ils ?"):
        assert _statements(nlp, f"{fact} {ask}") == [fact], ask
    told = "La piscine municipale fermera ses portes tout l'été, alors que les écoles de la ville en ont besoin pour leurs cours de natation."
    assert len(_statements(nlp, told)) == 2  # the same sentence, told: two clauses


def test_an_intertitle_glued_before_an_adverbial_opener_is_left_out(nlp):
    first = "Le conseil départemental a voté jeudi un budget de 40 millions d'euros pour les collèges."
    for head, fact in (("Des routes à refaire", "Par ailleurs, le président a promis de rénover trois ponts avant l'hiver."),
                       ("Une opposition divisée", "De son côté, la minorité a réclamé un audit complet des comptes."),
                       ("Le chantier des collèges", "Face à la hausse des prix, la collectivité a revu ses devis à la hausse.")):
        assert _statements(nlp, f"{first} {head} {fact}") == [first, fact], head
    for whole in ("Le maire a rencontré Robert De Niro lors du festival de cinéma de la ville en juin.",
                  'Le festival a projeté le film "De rouille et d\'os" devant une salle comble samedi soir.'):
        assert _statements(nlp, whole) == [whole], whole  # a name's capital, a title: no intertitle


def test_an_agency_desk_signature_glued_to_the_last_sentence_is_left_out(nlp):
    last = "Les secours ont évacué une cinquantaine de personnes avant l'arrivée de la crue, selon la préfecture."
    assert _statements(nlp, f"{last}abc-de-fgh/ij/kl") == [last]
    assert _statements(nlp, f"{last}bur-pa/sp") == [last]
    quoted = '"Nous avons tout perdu dans la nuit, il ne nous reste que nos voitures", a dit une habitante.'
    assert _statements(nlp, f"{quoted}xyz/ab") == [quoted]
    plain = "Le préfet a fermé les routes départementales entre les deux communes jusqu'à lundi."
    assert _statements(nlp, plain) == [plain]


def test_a_figure_with_its_thousands_set_apart_is_a_count_not_a_year(nlp):
    body = ("Près de 2 000 personnes ont défilé samedi dans les rues de Montval. "
            "La précédente manifestation, en 2019, avait réuni 1 900 participants selon la préfecture.")
    values = [v for s in Reader([_article("a", body)], nlp).statements() for v in s.values]
    counts = {v.value: v.unit for v in values if v.kind == "number"}
    assert counts.get(2000) == "personne" and counts.get(1900) == "participant"
    assert [v.value for v in values if v.kind == "date" and v.unit == "year"] == ["2019"]


def test_et_inside_a_relative_clause_or_a_range_of_figures_is_no_cut(nlp):
    relative = ("La veille, une manifestation qui avait rassemblé près de 200 habitants et leurs élus demandait "
                "le départ du directeur de l'usine.")  # "et" inside the relative clause; the main verb comes after
    assert _statements(nlp, relative) == [relative]
    ranged = ("Selon la préfecture, un cortège qui comptait entre 2000 et 3000 manifestants a défilé samedi "
              "dans les rues du centre-ville.")
    assert _statements(nlp, ranged) == [ranged]
    main = ("Le directeur qui avait démissionné lundi a quitté ses fonctions mardi et ses adjoints ont assuré "
            "l'intérim pendant deux semaines.")  # the relative clause has its verb, the main clause its own: cut
    assert len(_statements(nlp, main)) == 2

