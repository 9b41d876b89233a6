"""The pairwise judge's reading of two outlets' rewrites of one dispatch (crosscheck.align)."""

from __future__ import annotations

from recoupe.crosscheck.align import same_speaker, two_speakers
from recoupe.crosscheck.types import Statement


def quoted(article: str, text: str, speaker: tuple[str | None, str | None]) -> Statement:
    return Statement(article=article, field="body", start=0, end=len(text), text=text, order=1, terms=("mot",),
                     vectors=None, values=(), entities=(), speaker=speaker, quoted=True)


def test_a_spokesman_speaks_for_his_body():
    assert same_speaker(("org-sncf", "SNCF"), (None, "une porte-parole de la SNCF"))
    assert same_speaker((None, "le porte-parole du ministère"), (None, "ministère"))
    assert not same_speaker(("org-sncf", "SNCF"), (None, "un syndicaliste de la RATP"))
    assert not same_speaker(("per-paul-durand", "Paul Durand"), ("per-marie-leroy", "Marie Leroy"))
    # the elided « d' » leaves no last word in common: the spokesman's noun says it
    assert same_speaker(("org-orange", "Orange"), (None, "un porte-parole d'Orange"))
    assert same_speaker((None, "la direction de la Fonderie Vallet"), ("org-fonderie", "Fonderie Vallet"))
    # a body's words inside another description are not its spokesman
    assert not same_speaker((None, "un concurrent d'Orange"), ("org-orange", "Orange"))


def test_the_same_quoted_words_are_one_speakers_whoever_each_outlet_names():
    a = quoted("a", 'Le maire « regrette une décision prise sans la moindre concertation locale », a dit son adjoint.',
               ("per-luc-martin", "Luc Martin"))
    b = quoted("b", "Pour Anne Petit, l'Etat a pris « une décision prise sans la moindre concertation locale ».",
               ("per-anne-petit", "Anne Petit"))
    assert not two_speakers(a, b)
    other = quoted("b", "« Nous irons jusqu'au bout de cette affaire devant la justice », a promis Anne Petit.",
                   ("per-anne-petit", "Anne Petit"))
    assert two_speakers(a, other)
    # four words in a row are not enough: « dans la ville de » is anyone's
    short = quoted("b", "« Il reste dans la ville de son enfance », a confié Anne Petit.", ("per-anne-petit", "Anne Petit"))
    near = quoted("a", "« Elle vit dans la ville de Tours », a dit Luc Martin.", ("per-luc-martin", "Luc Martin"))
    assert two_speakers(near, short)
    # five words in a row made of function words are anyone's: « il n'y a pas de quoi »
    common = quoted("a", "« Il n'y a pas de quoi », a répondu Jean Dupont.", ("per-jean-dupont", "Jean Dupont"))
    other_words = quoted("b", "« Il y a de quoi s'inquiéter, il n'y a pas de doute », a estimé Marie Leroy.",
                         ("per-marie-leroy", "Marie Leroy"))
    assert two_speakers(common, other_words)


def test_a_quotation_given_again_in_another_order_is_one_speakers():
    a = quoted("a", "« Elle ne touchera rien, ni en argent ni en biens », a affirmé son avocat, Me Jean Morel.",
               ("per-jean-morel", "Jean Morel"))
    b = quoted("b", "Claire Roux n'aura droit à aucune part, « ni en biens ni en argent ».",
               ("per-claire-roux", "Claire Roux"))
    assert not two_speakers(a, b)
    other = quoted("b", "« Nous ne lâcherons rien sur le fond du dossier », a dit Claire Roux.", ("per-claire-roux", "Claire Roux"))
    assert two_speakers(a, other)
