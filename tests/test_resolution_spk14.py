"""Resolution rules of session 16 (issue 12, spk14), each kept for its precision on unannotated
OrangeSum articles, not for a dev example; sentences of our own."""

from conftest import one


def test_a_noun_after_a_preposition_that_names_no_person_tells_no_gender(quotes_of):
    # "à la présidentielle": the candidate's complement, not a feminine title of Marc Lebrun; the
    # party in brackets is not what "il" stands for
    qs, _ = quotes_of(
        "Retrouvez les phrases de la semaine. L'ex-candidat à la présidentielle Marc Lebrun (NPA) a estimé "
        "mardi que la réforme était \"injuste\", selon lui, pour les salariés. \"Le gouvernement ne nous écoute "
        "pas, il faut descendre dans la rue\", a-t-il ajouté."
    )
    assert one(qs, "ne nous écoute pas").speaker_name == "Marc Lebrun"


def test_genders_after_a_preposition_and_of_a_family(enrich_body):
    from test_quotes_coref import genders

    e, doc, fields = enrich_body(
        "Comme cette semaine Bernard Lucas, plusieurs élus ont quitté le parti. Les relations dans la famille "
        "Morin restent tendues depuis que Paul Morin a vendu la maison. Le conflit entre sa veuve Lucie et "
        "les enfants de Jean Fabre dure. Les propos de la jeune militante Inès Garcia ont choqué."
    )
    told = genders(e, doc, fields)
    assert told.get("Bernard Lucas") != "f"  # "cette semaine": a time, not a woman
    assert told.get("Paul Morin") != "f"  # "la famille Morin": the family's name
    assert told.get("Inès Garcia") == "f"  # "la jeune militante": a person's noun, after "de"
