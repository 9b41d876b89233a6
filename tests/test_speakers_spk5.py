"""Speaker resolution (session 13, spk5): what a description given as a speaker stands for, on
sentences of our own."""

import pytest


@pytest.fixture
def quotes_of(enrich_body):
    def run(body, title="Un titre"):
        return enrich_body(body, title)[0].quotes
    return run


def one(quotes, contains):
    found = [q for q in quotes if contains in q.text]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def test_a_local_office_is_not_anyone_named_without_that_office(quotes_of):
    # "le chef de la police locale", "l'avocat général": a function in a body the article does not
    # name; the person named last, who is given no such office, does not hold it
    qs = quotes_of(
        "Une voisine, Martine Leclerc, a assisté à la scène. « J'ai eu très peur », a-t-elle raconté. "
        "Paul Girard, le conducteur, a été placé en garde à vue. "
        "« Il roulait beaucoup trop vite », a expliqué le chef de la police locale."
    )
    assert one(qs, "trop vite").speaker_name != "Paul Girard"
    assert "chef de la police locale" in (one(qs, "trop vite").speaker_name or "")


def test_a_public_office_still_stands_for_the_one_named(quotes_of):
    qs = quotes_of(
        "Emmanuel Macron a reçu les syndicats mardi à l'Élysée. "
        "« Nous irons au bout de cette réforme », a déclaré le président de la République."
    )
    assert one(qs, "au bout").speaker_name == "Emmanuel Macron"
