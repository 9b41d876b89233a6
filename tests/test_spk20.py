"""Descriptions of office holders (session 17, helper spk20): a description never stands for
someone named only inside the quoted words; a word that makes an office another ("le Premier
ministre", "la vice-présidente") is kept when roles are matched; a name after a preposition (or
coordinated after one) is not apposed to the description opening the next clause; "le cabinet de
la ministre", "le bras droit de X" are someone else than the body named last or X. Sentences of
our own."""

from conftest import one

from recoupe.enrich.quotes.speakers import _heads, office_qualifiers


def test_a_description_is_not_someone_named_only_in_the_quoted_words(quotes_of):
    qs, _ = quotes_of(
        "Le gouvernement a présenté son plan mardi. « Nous serons à vos côtés. Le ministre Dubreuil "
        "restera demain avec vous pour faire le point », a déclaré le Premier ministre lors d'un discours. "
        "Jean Mercier a effectué un déplacement express dans la région."
    )
    assert one(qs, "Nous serons à vos côtés").speaker_name != "Dubreuil"


def test_the_premier_ministre_is_not_a_minister_named_before(quotes_of):
    qs, _ = quotes_of(
        "La ministre de la Culture Anne Roussel a présenté son budget. Le Premier ministre a défendu "
        "la réforme. « Nous tiendrons le cap », a affirmé le Premier ministre."
    )
    assert one(qs, "Nous tiendrons le cap").speaker_name != "Anne Roussel"


def test_the_one_the_premier_ministre_stands_for_does_not_hold_another_ministry(quotes_of):
    # "le Premier ministre" is Jean Moreau, named just before; "le ministre du Budget", whom
    # the first quotation is given to, is not him
    qs, _ = quotes_of(
        "Le budget a été présenté mardi. « Nous baisserons les impôts », a expliqué le ministre du Budget "
        "dans les colonnes d'un hebdomadaire au lendemain de l'annonce du Premier ministre. Après avoir "
        "promis des économies, Jean Moreau a précisé le calendrier samedi. Les taxes baisseront « d'environ "
        "deux milliards » en 2024, a annoncé le Premier ministre lors d'un meeting. « La dépense publique "
        "doit baisser », a confirmé dimanche Paul Girard dans un quotidien."
    )
    assert one(qs, "deux milliards").speaker_name == "Jean Moreau"
    assert one(qs, "Nous baisserons").speaker_name != "Jean Moreau"


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


def test_the_cabinet_of_a_minister_is_not_the_body_named_last(quotes_of):
    qs, _ = quotes_of(
        "Le député Paul Martin a été mis en cause par la HATVP. « Il n'y a aucune irrégularité », "
        "a réagi le cabinet de la ministre."
    )
    assert one(qs, "aucune irrégularité").speaker_name not in ("HATVP", "Paul Martin")


def test_the_right_hand_man_of_someone_is_someone_else(quotes_of):
    qs, _ = quotes_of(
        "Le maire de Lyon Pierre Dumas a présenté son budget. « Nous tiendrons nos engagements », "
        "a affirmé le bras droit de Pierre Dumas."
    )
    assert one(qs, "Nous tiendrons nos engagements").speaker_name != "Pierre Dumas"


def test_a_description_is_not_the_last_one_whose_complement_it_names(quotes_of):
    qs, _ = quotes_of(
        "« Les discussions commenceront en janvier », a précisé le cabinet du ministre. En ce qui concerne "
        "les retraités, le ministre de l'Économie a provoqué un tollé en reconnaissant « demander un effort » "
        "aux plus âgés."
    )
    assert "cabinet" not in (one(qs, "demander un effort").speaker_name or "")


def test_office_qualifiers_and_heads():
    assert office_qualifiers(["le", "Premier", "ministre"]) == {"premier"}
    assert office_qualifiers(["la", "Première", "ministre"]) == {"premier"}
    assert office_qualifiers(["la", "vice-présidente"]) == {"vice"}
    assert office_qualifiers(["le", "ministre"]) == frozenset()
    assert _heads("ministres", "les ministres de la Justice et de l'Intérieur")
    assert not _heads("ministre", "le cabinet du ministre")
