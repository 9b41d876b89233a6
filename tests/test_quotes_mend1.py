"""Speaker rules mended: a name that opens a clause is no apposition, the colon's speaker is the
main clause's subject, object clitics before a verb (sentences of our own)."""

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


def test_a_cue_reads_its_plural_pronoun_as_it_reads_its_gender():
    from recoupe.enrich.quotes.ranker import _cue_gender, _plural_cue
    assert _plural_cue("ont-elles dit") and _plural_cue("soulignent-ils") and _plural_cue("ils ont dit")
    assert _plural_cue("ont-ils ajouté") and not _plural_cue("a-t-il déploré") and not _plural_cue(None)
    assert _cue_gender("ont-elles dit") is None and _cue_gender("a-t-elle ajouté") == "f"
