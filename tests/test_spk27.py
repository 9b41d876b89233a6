"""Session 20 (spk27): the choice between a name and a description for the speaker. Sentences of our own."""

from conftest import one


def test_an_unnamed_demonstrator_in_an_incise_is_the_speaker_not_the_one_named_before(quotes_of):
    # the tagger may read « manifestant » after « un » as an adjective: the person noun still heads
    # the description, and the one named before (the victim) does not speak
    qs, _ = quotes_of(
        "Paul Garnier s'est effondré au sol. Il aurait été blessé au visage. « Ils lui ont crevé un œil », lance un "
        "manifestant qui tente de lui porter secours."
    )
    assert one(qs, "crevé un œil").speaker_name == "un manifestant"
