"""Patterns of everyday press copy that a careful reader attributes at a glance (issue 11):
incises the small French model mis-tags, "qu'« … »", a relative clause on the speaker, a name
set off after its role, the future-in-the-past, and the roles of courts and sport. Each case is
a pattern of the language, written for this file, in both languages where it exists in both."""

from __future__ import annotations

import pytest

from claimcheck.models import ClaimKind, SourceType
from claimcheck.nlp.loading import ModelCache
from test_attribution_models import analyse, attributed, claim_about, models, source_of, the_claim

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "« L'intestin est un deuxième cerveau », résume Francisca Joly.",
            "Francisca Joly",
            "résume",
        ),
        (
            "Paul Morel est pompier depuis vingt ans. « Je n'avais jamais vu ça », raconte-t-il.",
            "-il",
            "raconte-t-il",
        ),
        (
            "« Je suis innocent », a dit l'accusé avant de se rasseoir.",
            "l'accusé",
            "a dit",
        ),
        (
            "« Je suis innocent », a crié l'accusé en se levant.",
            "l'accusé",
            "a crié",
        ),
        (
            "« La réforme sera appliquée », a déclaré lundi le ministre de l'Économie, Bruno "
            "Le Maire.",
            "le ministre de l'Économie, Bruno Le Maire",
            "a déclaré",
        ),
        (
            "« Nous avons été entendus », a déclaré à l'issue de la réunion leur président, "
            "Arnaud Gaillot.",
            "leur président, Arnaud Gaillot",
            "a déclaré",
        ),
        (
            "« Nous resterons », a déclaré lors d'un point de presse le ministre de l'Intérieur.",
            "le ministre de l'Intérieur",
            "a déclaré",
        ),
        (
            "« Les détenus sont trop nombreux », a déclaré Marie Durand, surveillante de prison.",
            "Marie Durand, surveillante de prison",
            "a déclaré",
        ),
        (
            "« Nous ne reculerons pas », a bel et bien affirmé le ministre.",
            "le ministre",
            "a bel et bien affirmé",
        ),
    ],
    ids=[
        "proper-noun-tag",
        "raconte-t-il",
        "avant-de",
        "gerund",
        "day-then-apposition",
        "occasion-then-subject",
        "lors-d-un-point-de-presse",
        "apposition-opening-like-sur",
        "a-locution-tagged-an-auxiliary",
    ],
)
def test_an_incise_after_a_quotation_names_its_speaker(
    models: ModelCache, text: str, source: str, cue: str
) -> None:
    """The incise's verb is a cue whatever the tag ("résume" is tagged a proper noun, the "-t"
    of "raconte-t-il" too), and its subject ends where a clause of its own begins ("avant de se
    rasseoir", "en se levant") or its apposition does."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.cue and claim.cue.text) == (source, cue)
    assert claim.content.text.startswith("«")


def test_the_pronoun_of_an_incise_is_the_person_named_before(models: ModelCache) -> None:
    text = "Paul Morel est pompier depuis vingt ans. « Je n'avais jamais vu ça », raconte-t-il."
    assert source_of(the_claim(analyse(models, "fr", text))).name == "Paul Morel"


def test_a_that_clause_opening_on_a_quotation_is_reported(models: ModelCache) -> None:
    """ "a affirmé qu'« il n'y aura pas … »": the tokenizer cut "qu" from its apostrophe before
    the guillemet, and the parser lost the clause; the sentence made no claim."""
    text = "Le maire a affirmé qu’« il n’y aura pas de hausse d’impôts »."
    claim = the_claim(analyse(models, "fr", text))
    assert source_of(claim).text == "Le maire"
    assert claim.content.text == "qu’« il n’y aura pas de hausse d’impôts »"


def test_a_de_phrase_opening_on_a_quotation_is_reported(models: ModelCache) -> None:
    """ "parle d'« une bavure »": the tokenizer cut "d" from its apostrophe before the
    guillemet, and the verb had no "de" phrase to report; the sentence made no claim."""
    text = "L'avocat de la famille parle d’« une bavure »."
    claim = the_claim(analyse(models, "fr", text))
    assert source_of(claim).text == "L'avocat de la famille"
    assert claim.content.text == "d’« une bavure »"


def test_a_quotation_that_ends_a_sentence_is_not_the_next_sentence_s(models: ModelCache) -> None:
    """ "« … ». La Chine a dénoncé …": the full stop after the guillemet ends the quotation's
    sentence; the next sentence's verb does not report it."""
    text = (
        "Le maire a affirmé qu’« il n’y aura pas de hausse d’impôts ». La Chine a dénoncé "
        "l'« atrocité » commise à Gaza."
    )
    claims = attributed(analyse(models, "fr", text))
    assert [(source_of(c).text, c.content.text) for c in claims] == [
        ("Le maire", "qu’« il n’y aura pas de hausse d’impôts »"),
        ("La Chine", "l'« atrocité » commise à Gaza"),
    ]


def test_an_opening_guillemet_starts_the_next_sentence(models: ModelCache) -> None:
    """The parser cut "maîtrisé. « | On a bien joué »" after the guillemet; the mark joined the
    sentence before, which then ran on into the quotation and lost its own claim."""
    text = (
        "« Je suis innocent », a dit l'accusé. Selon les pompiers, le feu est maîtrisé. « On a "
        "bien joué », a estimé l'entraîneur."
    )
    claims = attributed(analyse(models, "fr", text))
    assert [source_of(c).text for c in claims] == ["l'accusé", "les pompiers", "l'entraîneur"]
    assert claims[1].content.text == "le feu est maîtrisé"


@pytest.mark.parametrize(
    ("language", "text", "source", "content"),
    [
        (
            "fr",
            "Le ministre, qui a reconnu « des erreurs », a promis des mesures rapides.",
            "Le ministre",
            "des mesures rapides",
        ),
        (
            "en",
            'The minister, who admitted "serious mistakes," promised swift action.',
            "The minister",
            "swift action",
        ),
    ],
    ids=["qui-a-reconnu", "who-admitted"],
)
def test_a_quotation_in_a_relative_clause_does_not_turn_the_sentence_around(
    models: ModelCache, language: str, text: str, source: str, content: str
) -> None:
    """ "« … », a promis des mesures": a quotation, a comma and a verb look like an incise,
    but the verb has its subject before the quotation; the object is no inverted speaker."""
    claims = attributed(analyse(models, language, text))
    promise = next(c for c in claims if c.content.text == content)
    assert source_of(promise).text.startswith(source)
    assert {source_of(c).name for c in claims} == {source.split()[-1].lower()}


@pytest.mark.parametrize(
    ("language", "text", "source", "name", "content"),
    [
        (
            "fr",
            "Selon la maire de Paris, Anne Hidalgo, les Jeux ont été un succès.",
            "la maire de Paris, Anne Hidalgo",
            "Anne Hidalgo",
            "les Jeux ont été un succès",
        ),
        (
            "fr",
            "D'après le directeur de l'hôpital, Marc Leroy, la situation est sous contrôle.",
            "le directeur de l'hôpital, Marc Leroy",
            "Marc Leroy",
            "la situation est sous contrôle",
        ),
        (
            "en",
            "According to the mayor of Paris, Anne Hidalgo, the Games were a success.",
            "the mayor of Paris, Anne Hidalgo",
            "Anne Hidalgo",
            "the Games were a success",
        ),
    ],
    ids=["selon-role-nom", "d-apres-role-nom", "according-to-role-name"],
)
def test_a_name_set_off_after_a_prepositional_role_is_the_source_s(
    models: ModelCache, language: str, text: str, source: str, name: str, content: str
) -> None:
    claim = the_claim(analyse(models, language, text))
    mention = source_of(claim)
    assert (mention.text, mention.name, claim.content.text) == (source, name, content)


def test_a_day_between_a_prepositional_source_and_its_clause_is_no_name(
    models: ModelCache,
) -> None:
    """ "Selon le ministre, mardi, …": only a person's name after the role is the source's."""
    claim = the_claim(analyse(models, "fr", "Selon le ministre, mardi, la crise est finie."))
    assert source_of(claim).text == "le ministre"


def test_a_noun_the_tagger_calls_a_verb_after_an_adjective_is_in_the_source(
    models: ModelCache,
) -> None:
    """ "Selon le dernier baromètre Elabe, 40 % …": the small model tags "baromètre" a verb;
    the source was "le dernier" and "baromètre Elabe" the start of the content."""
    text = "Selon le dernier baromètre Elabe, 40 % des Français approuvent la réforme."
    claim = the_claim(analyse(models, "fr", text))
    assert source_of(claim).text == "le dernier baromètre Elabe"
    assert claim.content.text == "40 % des Français approuvent la réforme"


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Le préfet a annoncé que la route serait rouverte lundi.", False),
        ("Le ministère a indiqué que 12 000 policiers seraient mobilisés.", False),
        ("Le Monde révèle que le ministère aurait ignoré plusieurs alertes.", True),
        ("Selon la police, l'homme aurait été tué par balle.", True),
        ("Selon le parquet, les agents qui seraient témoins seront entendus.", False),
    ],
    ids=["passive-future-in-past", "plural-passive", "journalistic", "selon", "relative-case"],
)
def test_the_future_in_the_past_is_no_hedge(models: ModelCache, text: str, hedged: bool) -> None:
    """A passive in the simple conditional after a past cue ("a annoncé que la route serait
    rouverte") is the future-in-the-past; the compound conditional after a present cue ("révèle
    que le ministère aurait ignoré", which the parser reads as a relative clause) is the
    journalistic one; a conditional in a relative clause is a case, not a claim."""
    assert the_claim(analyse(models, "fr", text)).hedged is hedged


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("fr", "Selon un rapport, les contrôles étaient insuffisants.", SourceType.DOCUMENT),
        ("fr", "Selon une étude, le risque double chez les fumeurs.", SourceType.DOCUMENT),
        ("fr", "Un médecin a affirmé que le risque double.", SourceType.ANONYMOUS),
        ("fr", "« Je suis innocent », a dit l'accusé.", SourceType.PERSON),
        ("fr", "« On a bien joué », a estimé l'entraîneur.", SourceType.PERSON),
        ("fr", "Selon les pompiers, le feu est maîtrisé.", SourceType.GOVERNMENT),
        ("en", '"I am innocent," the defendant said.', SourceType.PERSON),
        ("en", "The coach said the team played well.", SourceType.PERSON),
    ],
    ids=["un-rapport", "une-etude", "un-medecin", "l-accuse", "l-entraineur", "pompiers",
         "defendant", "coach"],
)  # fmt: skip
def test_the_source_s_kind_follows_its_noun(
    models: ModelCache, language: str, text: str, kind: SourceType
) -> None:
    """ "un rapport" is a document: the tokenizer reads "un" as a number, which made it a
    count of people; the roles of courts and sport are people."""
    assert source_of(the_claim(analyse(models, language, text))).type is kind


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Le Kremlin a démenti jeudi toute implication dans l'attaque.", "toute implication"),
        ("La SNCF a annoncé jeudi la suppression de 300 trains.", "la suppression"),
        ("Le gouvernement a confirmé vendredi la hausse des tarifs.", "la hausse"),
    ],
    ids=["day-as-verb", "day-holds-object", "day-as-noun"],
)
def test_a_day_between_the_cue_and_its_object_keeps_the_object(
    models: ModelCache, text: str, content: str
) -> None:
    """ "a démenti jeudi toute implication": the parser hangs the object on the day (or makes
    the day the verb); the sentence made no claim."""
    assert the_claim(analyse(models, "fr", text)).content.text.startswith(content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("La mairie propose un cours de culture générale.", "un cours de culture générale"),
        ("L'école propose un atelier de lecture.", "un atelier de lecture"),
        (
            "L'association a demandé à la préfecture d'interdire ce produit.",
            "d'interdire ce produit",
        ),
    ],
    ids=["de-culture", "de-lecture", "guard-d-interdire"],
)
def test_a_noun_after_de_is_no_infinitive(models: ModelCache, text: str, content: str) -> None:
    """ "propose un cours de culture générale" reported "de culture générale": a noun ending
    in -re after "de" passed for the infinitive "proposer de" takes; a noun has a gender, an
    infinitive the small model calls a noun ("d'interdire") has none."""
    assert the_claim(analyse(models, "fr", text)).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Le ministre a annoncé, lors d'une conférence de presse, la fermeture du site.",
            "la fermeture du site",
        ),
        (
            "La préfète a confirmé mardi, au cours d'un point presse, la réouverture du pont.",
            "la réouverture du pont",
        ),
        ("Nous vous proposons, comme en classe, un jeu pour en comprendre le sens.", None),
    ],
    ids=["lors-d-une-conference", "day-then-au-cours-de", "guard-comme"],
)
def test_an_object_after_a_setting_set_off_by_commas_is_what_was_said(
    models: ModelCache, text: str, content: str | None
) -> None:
    """ "a annoncé, lors d'une conférence de presse, la fermeture du site" made no claim: the
    parser joins the object to the setting's noun. A likeness ("comme en classe") is no
    setting."""
    claims = attributed(analyse(models, "fr", text))
    assert [c.content.text for c in claims] == ([content] if content else [])


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        ("fr", "La maire a défendu le projet de tramway lundi.", "le projet de tramway"),
        ("fr", "Le ministre a annoncé la fermeture du site mardi soir.", "la fermeture du site"),
        (
            "en",
            "The governor announced the closure of the plant Monday.",
            "the closure of the plant",
        ),
        ("fr", "Le ministre a annoncé la réunion de lundi.", "la réunion de lundi"),
    ],
    ids=["fr-day-after", "fr-day-and-part-after", "en-day-after", "guard-de-lundi"],
)
def test_a_day_after_the_object_is_when_it_was_said(
    models: ModelCache, language: str, text: str, content: str
) -> None:
    """ "a défendu le projet lundi" reported "le projet lundi": the parser hangs the day on the
    object; a day the object names with its preposition stays."""
    assert the_claim(analyse(models, language, text)).content.text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "La Banque centrale européenne a annoncé une baisse des taux.",
            "une baisse des taux",
        ),
        ("Le gouvernement a annoncé cette année un plan de relance.", "un plan de relance"),
        ("Le procureur a requis vingt ans de réclusion criminelle.", "vingt ans de réclusion"),
    ],
    ids=["object-parsed-as-adjunct", "a-stretch-of-time-first", "a-counted-time-is-the-object"],
)
def test_the_object_of_a_cue_is_what_was_said_and_a_time_only_says_when(
    models: ModelCache, text: str, content: str
) -> None:
    """ "a annoncé une baisse des taux" made no claim (the parser reads the object as a bare
    adjunct, as it reads days); "a annoncé cette année un plan" reported "cette année". The
    counted time ("vingt ans de réclusion") is a guard: it is what the prosecutor asked for."""
    assert the_claim(analyse(models, "fr", text)).content.text.startswith(content)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le maire a affirmé qu'« il n'y aura pas de hausse d'impôts ».", ClaimKind.MIXED),
        ("Emmanuel Macron a estimé que « la France ne cèdera pas ».", ClaimKind.MIXED),
        ("« C'est fini », a-t-il dit.", ClaimKind.DIRECT),
    ],
    ids=["qu-guillemet", "que-guillemet", "incise"],
)
def test_a_quoted_clause_after_que_is_a_mixed_claim(
    models: ModelCache, text: str, kind: ClaimKind
) -> None:
    """The fr-dev guidelines: "que" plus a quoted clause is mixed, the writer's conjunction
    quoting the speaker; a quotation with its incise is direct."""
    assert the_claim(analyse(models, "fr", text)).kind is kind


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "« Nous n'avons rien à cacher », a déclaré le directeur de l'usine, avant "
            "d'ajouter : « Les normes ont toujours été respectées. »",
            "« Les normes ont toujours été respectées. »",
        ),
        (
            "« Nous serons prêts », a assuré le directeur de l'usine, avant d'ajouter que "
            "l'équipe était en forme.",
            "que l'équipe était en forme",
        ),
    ],
    ids=["avant-d-ajouter-colon", "avant-d-ajouter-que"],
)
def test_a_second_act_after_avant_de_is_the_incise_speaker_s(
    models: ModelCache, text: str, content: str
) -> None:
    """ "…, a déclaré X, avant d'ajouter : « … »": the second act is X's, not the "Nous" of the
    first quotation (the parser makes X the verb's object and the quotation its clause)."""
    claims = attributed(analyse(models, "fr", text))
    added = next(c for c in claims if c.content.text == content)
    assert source_of(added).text == "le directeur de l'usine"


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("fr", "Antoine Dupont était déçu. « On sera là », a-t-il promis.", "Antoine Dupont"),
        ("en", 'Jim Harper was upset. "We will be back," he said.', "Jim Harper"),
    ],
    ids=["fr-missed-name", "en-name"],
)
def test_a_first_name_and_a_surname_the_recogniser_missed_are_a_person(
    models: ModelCache, language: str, text: str, name: str
) -> None:
    """The small French model reads "Antoine" as MISC and "Dupont" as nothing: the pronoun
    after them stood for nobody."""
    assert source_of(the_claim(analyse(models, language, text))).name == name


def test_a_name_the_recogniser_cut_keeps_its_first_part(models: ModelCache) -> None:
    """ "Ana Sofia Cardenal" with "Ana" alone recognised: one name, not "Ana" and "Sofia
    Cardenal"."""
    text = (
        "« Les rumeurs peuvent avoir de vraies répercussions sur la santé », rappelle Ana Sofia "
        "Cardenal, professeure de sciences politiques."
    )
    assert source_of(the_claim(analyse(models, "fr", text))).name == "Ana Sofia Cardenal"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Le gardien, Lucas Chevalier, a salué une victoire collective.",
            "Le gardien, Lucas Chevalier",
            "une victoire collective",
        ),
        (
            "Le gardien lillois, Lucas Chevalier, a annoncé son départ.",
            "Le gardien lillois, Lucas Chevalier",
            "son départ",
        ),
    ],
    ids=["salue", "annonce"],
)
def test_a_subject_with_a_name_in_apposition_is_no_preposed_content(
    models: ModelCache, text: str, source: str, content: str
) -> None:
    """ "Le gardien, Lucas Chevalier, a salué une victoire": the comma after the subject made
    it look like words an incise reports, and the object like the speaker."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.content.text) == (source, content)
    assert source_of(claim).name == "Lucas Chevalier"


def test_an_inverted_subject_s_name_holds_before_an_adjunct(models: ModelCache) -> None:
    """ "…, a déclaré le porte-parole …, Dmitri Peskov, lors de son point de presse": the name
    is the speaker's, though the sentence goes on after it."""
    text = (
        "« Nos objectifs restent inchangés », a déclaré le porte-parole de la présidence russe, "
        "Dmitri Peskov, lors de son point de presse."
    )
    assert source_of(the_claim(analyse(models, "fr", text))).name == "Dmitri Peskov"


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Selon Le Monde, le ministre démissionnerait dans les prochains jours.", True),
        ("Le montant avoisinerait 3 milliards d'euros, d'après Les Échos.", True),
        ("Selon la police, il déclarait que tout allait bien.", False),
        ("Le ministre a dit qu'il démissionnerait.", False),
    ],
    ids=["demissionnerait", "avoisinerait", "imperfect", "future-in-the-past"],
)
def test_a_conditional_the_tagger_read_as_an_imperfect_is_still_one(
    models: ModelCache, text: str, hedged: bool
) -> None:
    """The small French model tags "démissionnerait" as an imperfect; its stem is the
    infinitive, which no imperfect's is ("déclarait")."""
    assert the_claim(analyse(models, "fr", text)).hedged is hedged


@pytest.mark.parametrize(
    "text",
    [
        "La porte-parole n'a pas confirmé ces informations.",
        "Le ministre n'a jamais affirmé que la réforme était prête.",
    ],
    ids=["n-a-pas-confirme", "n-a-jamais-affirme"],
)
def test_negated_speech_is_no_claim_in_french(models: ModelCache, text: str) -> None:
    """fr-dev's guidelines leave negated speech out: nothing was said."""
    assert attributed(analyse(models, "fr", text)) == []


def test_a_point_of_view_is_no_negation(models: ModelCache) -> None:
    """ "point" negates only as an adverb ("ne … point"), not as the noun of "point de vue"."""
    text = "Le ministre a défendu son point de vue sur la réforme des retraites."
    assert source_of(the_claim(analyse(models, "fr", text))).text == "Le ministre"


def test_negated_speech_is_still_a_claim_in_english(models: ModelCache) -> None:
    """PolNeAR annotates "did not say that …" as an attribution: English keeps it."""
    claims = attributed(analyse(models, "en", "The minister did not say that the plan was dead."))
    assert [source_of(c).text for c in claims] == ["The minister"]


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        ("La CGT, elle, a affirmé que le site était menacé.", "La CGT", SourceType.ORGANIZATION),
        ("Le ministre, lui, a assuré que la réforme passerait.", "Le ministre", SourceType.PERSON),
    ],
    ids=["la-cgt-elle", "le-ministre-lui"],
)
def test_a_pronoun_that_repeats_the_subject_is_not_the_speaker_s_name(
    models: ModelCache, text: str, source: str, kind: SourceType
) -> None:
    """ "La CGT, elle, a affirmé": the pronoun set off by commas repeats the body that opens
    the sentence; it was a person with no name, or part of the speaker's name."""
    mention = source_of(the_claim(analyse(models, "fr", text)))
    assert (mention.text, mention.type) == (source, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Mediapart affirme que le ministre était informé.",
        "Selon L'Équipe, plusieurs cadres auraient décidé de partir.",
    ],
    ids=["mediapart", "l-equipe"],
)
def test_an_outlet_the_lexicon_knows_is_media_whatever_the_recogniser_says(
    models: ModelCache, text: str
) -> None:
    assert source_of(the_claim(analyse(models, "fr", text))).type is SourceType.MEDIA


def test_a_first_name_of_either_gender_opens_a_missed_name(models: ModelCache) -> None:
    """ "Stéphane" (worn by men and women) tagged MISC: the name was "ONU", with "Stéphane
    Dujarric" for its role."""
    text = "« C'est une catastrophe », a réagi Stéphane Dujarric, porte-parole de l'ONU."
    mention = source_of(the_claim(analyse(models, "fr", text)))
    assert (mention.name, mention.role) == ("Stéphane Dujarric", "porte-parole de l'ONU")


def test_a_role_of_sport_set_off_by_commas_is_the_speaker(models: ModelCache) -> None:
    """ "L'attaquant, blessé, a annoncé sa retraite": a subject that cannot speak, cut off from
    its verb by a comma, reads as words an incise reports ("La réponse, c'est X, plaide Y");
    "attaquant" was no role the lexicon knew, and "sa retraite" was the speaker."""
    claim = the_claim(analyse(models, "fr", "L'attaquant, blessé, a annoncé sa retraite."))
    assert (source_of(claim).text, claim.content.text) == ("L'attaquant", "sa retraite")
    assert source_of(claim).type is SourceType.PERSON


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Le maire de Marseille a réclamé « des renforts immédiats ».",
            "« des renforts immédiats »",
        ),
        (
            "Claire Dumont a réclamé un audit. Le ministre a promis de « revenir vers la "
            "commission ».",
            "de « revenir vers la commission »",
        ),
        (
            "Le maire a réclamé des trains. L'association demande au département de « rouvrir "
            "la ligne avant l'hiver ».",
            "de « rouvrir la ligne avant l'hiver »",
        ),
    ],
    ids=["quoted-object", "de-quoted-infinitive", "de-quoted-infinitive-past-the-addressee"],
)
def test_a_quoted_complement_is_the_cue_s(models: ModelCache, text: str, content: str) -> None:
    """The parser reads the opening guillemet as the object's head, or finds no infinitive
    after "de «": the sentence made no claim, and the quotation went to the speaker before,
    with no cue."""
    claims = attributed(analyse(models, "fr", text))
    quoted = next(c for c in claims if c.content.text == content)
    assert quoted.cue is not None
    assert source_of(quoted).text.startswith(("Le m", "L'association"))


@pytest.mark.parametrize(
    "text",
    [
        "Le gouverneur a estimé mercredi sur France Inter que l'inflation reculait.",
        "Le ministre a affirmé lundi sur RTL que l'inflation reculait.",
    ],
    ids=["france-inter", "rtl"],
)
def test_a_channel_before_the_that_clause_stays_out_of_it(models: ModelCache, text: str) -> None:
    """ "Inter" and "RTL" are tagged verbs: the content began at "Inter", or the sentence made
    no claim."""
    assert the_claim(analyse(models, "fr", text)).content.text == "que l'inflation reculait"


@pytest.mark.parametrize(
    ("text", "source", "content", "kind"),
    [
        (
            "L'ARS a recensé 340 cas de dengue depuis janvier.",
            "L'ARS",
            "340 cas de dengue depuis janvier",
            SourceType.GOVERNMENT,
        ),
        (
            "Le procureur a requis vingt ans de réclusion criminelle.",
            "Le procureur",
            "vingt ans de réclusion criminelle",
            SourceType.PERSON,
        ),
    ],
    ids=["a-recense", "a-requis"],
)
def test_counts_a_body_publishes_and_requisitions_are_claims(
    models: ModelCache, text: str, source: str, content: str, kind: SourceType
) -> None:
    """fr-dev's guidelines count the findings a named body publishes ("a recensé") as its
    statement; a prosecutor's requisition is what the prosecutor asked the court for."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.content.text) == (source, content)
    assert source_of(claim).type is kind


def test_what_a_task_demands_is_no_claim(models: ModelCache) -> None:
    """ "demander" takes a noun object in the sense of "require" too: it stays out of the
    verbs whose object is what was said."""
    assert attributed(analyse(models, "fr", "Ce travail demande beaucoup de temps.")) == []


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "Le ministre maintient que la réforme est juste.",
            "Le ministre",
            "maintient",
            "que la réforme est juste",
        ),
        (
            "Le maire dénonce « une dérive inquiétante ».",
            "Le maire",
            "dénonce",
            "« une dérive inquiétante »",
        ),
        (
            "Sa présidente, Nathalie Tehio, dénonce « une dérive inquiétante ».",
            "Sa présidente, Nathalie Tehio",
            "dénonce",
            "« une dérive inquiétante »",
        ),
        (
            "Le boulanger Thierry Lemoine déplore que les prix flambent.",
            "Le boulanger Thierry Lemoine",
            "déplore",
            "que les prix flambent",
        ),
    ],
    ids=["maintient-que", "denonce-guillemet", "apposition-denonce", "deplore-que"],
)
def test_a_present_tense_cue_the_parser_misreads_still_reports(
    models: ModelCache, text: str, source: str, cue: str, content: str
) -> None:
    """The small French model tags "maintient" an adverb, "dénonce" a noun and the guillemet
    after it a verb, and gives the verb no subject: a verb of saying right after a speaker's
    noun, before "que" or an opening guillemet, reports all the same."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.cue and claim.cue.text, claim.content.text) == (
        source,
        cue,
        content,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Le rapport que le ministre a commandé sera publié lundi.",
        "Le maire a visité l'usine « Renault » de Flins.",
    ],
    ids=["relative-que", "quoted-name"],
)
def test_a_noun_before_que_or_a_name_in_guillemets_reports_nothing(
    models: ModelCache, text: str
) -> None:
    assert not attributed(analyse(models, "fr", text))


@pytest.mark.parametrize(
    ("language", "text", "hedged"),
    [
        ("fr", "« Nous gagnerons », a déclaré le candidat, visiblement ému.", False),
        ("fr", "Le ministre, apparemment confiant, a assuré que la réforme passerait.", False),
        ("en", "The senator, visibly moved, said the vote was fair.", False),
        ("fr", "Le ministre aurait apparemment démissionné, selon Le Monde.", True),
        ("fr", "Le ministre est apparemment parti, selon Le Monde.", True),
        (
            "fr",
            "Selon un responsable américain, des images satellites prouveraient la présence de "
            "troupes.",
            True,
        ),
        ("fr", "Selon Le Monde, le portrait du ministre a été retiré.", False),
    ],
    ids=[
        "visiblement-emu",
        "apparemment-confiant",
        "visibly-moved",
        "aurait",
        "est-parti",
        "prouveraient-tagged-adp",
        "portrait-is-no-conditional",
    ],
)
def test_hedges_read_the_claim_not_the_speaker_s_looks(
    models: ModelCache, language: str, text: str, hedged: bool
) -> None:
    """ "visiblement ému" says how the candidate looked, not that the article declines to
    vouch for what he said; "est apparemment parti" does, and so does a conditional the tagger
    called a preposition ("prouveraient"), whose stem is an infinitive ("portrait" has none)."""
    assert the_claim(analyse(models, language, text)).hedged is hedged


@pytest.mark.parametrize(
    ("language", "text", "source", "content"),
    [
        (
            "fr",
            "Le ministre de la Justice aurait, selon Le Canard enchaîné, demandé un rapport.",
            "Le Canard enchaîné",
            "Le ministre de la Justice aurait, selon Le Canard enchaîné, demandé un rapport",
        ),
        (
            "en",
            "The minister has, according to the Guardian, asked for a report.",
            "the Guardian",
            "The minister has, according to the Guardian, asked for a report",
        ),
        (
            "fr",
            "Les prix, selon l'Insee, ont augmenté de 3 %.",
            "l'Insee",
            "Les prix, selon l'Insee, ont augmenté de 3 %",
        ),
    ],
    ids=["aurait-selon-demande", "has-according-to-asked", "prix-selon-ont-augmente"],
)
def test_a_frame_set_off_inside_its_clause_reports_the_whole_clause(
    models: ModelCache, language: str, text: str, source: str, content: str
) -> None:
    """ "aurait, selon X, demandé": the statement runs on both sides of the insertion, and its
    subject is the one the parser hung on the auxiliary, never the object ("un rapport")."""
    claim = the_claim(analyse(models, language, text))
    assert (source_of(claim).text, claim.content.text) == (source, content)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "« C'est bien », a déclaré Paul Durand. La préfecture salue au contraire « une "
            "mesure de bon sens ».",
            ["Paul Durand", "préfecture"],
        ),
        (
            "« C'est bien », a déclaré Paul Durand. Son avocate, Me Margaux Mathieu, a demandé à "
            "la cour de « juger un homme, pas un monstre ».",
            ["Paul Durand", "Me Margaux Mathieu"],
        ),
    ],
    ids=["au-contraire", "demande-a-la-cour-de"],
)
def test_a_quotation_inside_another_subject_s_sentence_is_not_the_last_speaker_s(
    models: ModelCache, text: str, speakers: list[str]
) -> None:
    """A quotation in a sentence about someone else ("La préfecture salue au contraire
    « … »") is that sentence's, not a continuation of Paul Durand's words: its subject's (past
    the set phrase, the quotation is what the préfecture hails; what the lawyer asks the court,
    the "pas" inside the quotation no negation of her asking), never the last speaker's."""
    claims = attributed(analyse(models, "fr", text))
    assert [source_of(c).name for c in claims] == speakers


def test_a_lone_quotation_after_a_speaker_still_continues_them(models: ModelCache) -> None:
    text = "« C'est bien », a déclaré Paul Durand. « Nous continuerons le combat. »"
    claims = attributed(analyse(models, "fr", text))
    assert [source_of(c).name for c in claims] == ["Paul Durand", "Paul Durand"]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("L'Iran a nié toute implication dans l'attaque.", "L'Iran", "a nié"),
        (
            "La police a signalé que deux personnes avaient été blessées.",
            "La police",
            "a signalé",
        ),
        (
            "« C'est faux », a déclaré à l'AFP Yehuda Cohen, père d'un soldat.",
            "Yehuda Cohen, père d'un soldat",
            "a déclaré",
        ),
        (
            "La présidente de la Commission européenne, Ursula von der Leyen, a salué l'accord.",
            "La présidente de la Commission européenne, Ursula von der Leyen",
            "a salué",
        ),
        (
            "Le prix va baisser de 15 %, a annoncé la Commission de régulation de l'énergie (CRE).",
            "la Commission de régulation de l'énergie (CRE)",
            "a annoncé",
        ),
    ],
    ids=["nie-tagged-det", "signale-tagged-adv", "channel-then-name", "apposed-name", "acronym"],
)
def test_a_wire_sentence_names_its_speaker(
    models: ModelCache, text: str, source: str, cue: str
) -> None:
    """A participle the tagger calls a determiner or an adverb is a verb when an auxiliary
    comes with it; a name after the channel ("à l'AFP Yehuda Cohen") or set off after a role
    the parser did not hang it on is the speaker; an acronym in brackets ends the name."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.cue and claim.cue.text) == (source, cue)


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        (
            "fr",
            "Selon l'agence Tass, citant les autorités locales, trois drones ont été abattus.",
            "trois drones ont été abattus",
        ),
        (
            "en",
            "According to Reuters, citing local officials, three drones were shot down.",
            "three drones were shot down",
        ),
        ("fr", "Moscou a affirmé dimanche avoir abattu trois drones.", "avoir abattu trois drones"),
    ],
    ids=["selon-citant", "according-to-citing", "day-after-the-cue"],
)
def test_whom_a_source_cites_and_when_it_spoke_are_not_what_it_said(
    models: ModelCache, language: str, text: str, content: str
) -> None:
    assert the_claim(analyse(models, language, text)).content.text == content


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Les opposants dénoncent au contraire une « rupture anthropologique ».",
            "Les opposants",
            "une « rupture anthropologique »",
        ),
        (
            "« On a montré un vrai caractère », s'est réjoui Luis Enrique en conférence de presse.",
            "Luis Enrique",
            "« On a montré un vrai caractère »",
        ),
    ],
    ids=["au-contraire-then-object", "rejoui-tagged-adverb"],
)
def test_a_set_phrase_or_a_mis_tag_does_not_lose_the_claim(
    models: ModelCache, text: str, source: str, content: str
) -> None:
    """ "dénoncent au contraire une « … »": the parser hangs the object on "contraire"; "s'est
    réjoui", tagged an adverb, is an incise all the same."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.content.text) == (source, content)


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Le maire a jugé la situation « préoccupante » lundi.",
            "Le maire",
            "la situation « préoccupante »",
        ),
        (
            "La ministre s'est réjouie d'un accord « historique » avec les syndicats.",
            "La ministre",
            "d'un accord « historique »",
        ),
        (
            "L'entraîneur a parlé d'un match « très difficile » pour ses joueurs.",
            "L'entraîneur",
            "d'un match « très difficile »",
        ),
        (
            "La députée estime la mesure « inutile et coûteuse ».",
            "La députée",
            "la mesure « inutile et coûteuse »",
        ),
        (
            "Le syndicat a dénoncé des conditions de travail « indignes ».",
            "Le syndicat",
            "des conditions de travail « indignes »",
        ),
        (
            "Le syndicat a jugé « insuffisantes » les propositions du gouvernement.",
            "Le syndicat",
            "« insuffisantes » les propositions du gouvernement",
        ),
        (
            "Le ministre a qualifié d'« inacceptable » l'attaque de samedi.",
            "Le ministre",
            "« inacceptable » l'attaque de samedi",
        ),
        (
            "Le ministre de l'Économie a jugé « prématuré » tout débat sur une hausse d'impôts.",
            "Le ministre de l'Économie",
            "« prématuré » tout débat sur une hausse d'impôts",
        ),
    ],
    ids=[
        "juge-objet",
        "rejouie-de",
        "parle-de",
        "estime-objet",
        "denonce-objet-puis-guillemets",
        "guillemets-avant-objet",
        "qualifie-d-guillemets-avant-objet",
        "guillemet-pris-pour-l-objet",
    ],
)
def test_quoted_words_in_a_verb_s_object_are_what_was_said(
    models: ModelCache, text: str, source: str, content: str
) -> None:
    """ "a jugé la situation « préoccupante »": the object of a verb of judging or feeling, or
    its "de" phrase, carries the speaker's own words when they are in guillemets, also when
    they come before a long object ("a jugé « insuffisantes » les propositions"), also when
    the parse takes the guillemet for the object ("a jugé « prématuré » tout débat" stopped at
    the quotation)."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.content.text) == (source, content)


@pytest.mark.parametrize(
    "text",
    [
        "La ministre a parlé du budget avec les syndicats.",
        "Le réalisateur a parlé du film « Les Misérables » hier soir.",
        "La ministre s'est réjouie de la victoire de son équipe.",
    ],
    ids=["topic-only", "quoted-title", "feeling-without-words"],
)
def test_a_topic_or_a_title_in_a_verb_s_object_is_no_claim(models: ModelCache, text: str) -> None:
    """Without quoted words the object is what was spoken of, and a capitalised quotation
    is a title: neither is a statement."""
    assert not attributed(analyse(models, "fr", text))


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Téhéran a de son côté dénoncé « une agression inacceptable ».",
            "Téhéran",
            "« une agression inacceptable »",
        ),
        (
            "Le ministère a au contraire démenti toute implication dans l'attaque.",
            "Le ministère",
            "toute implication dans l'attaque",
        ),
        (
            "Le maire a annoncé lundi soir la fermeture de l'école.",
            "Le maire",
            "la fermeture de l'école",
        ),
    ],
    ids=["de-son-cote", "au-contraire", "lundi-soir"],
)
def test_a_set_phrase_or_a_day_between_verb_parts_does_not_lose_the_claim(
    models: ModelCache, text: str, source: str, content: str
) -> None:
    """ "a de son côté dénoncé": the parser hangs the participle on "côté" and loses its
    subject and auxiliary; "a annoncé lundi soir la fermeture": it hangs the object on the
    day."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.content.text) == (source, content)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("fr", "Anne-Sophie Lapix affirme que l'émission continuera.", "Anne-Sophie Lapix"),
        (
            "fr",
            "Me Éric Dupond-Moretti a affirmé que son client était innocent.",
            "Éric Dupond-Moretti",
        ),
        (
            "fr",
            "Le Premier ministre, Gabriel Attal, a affirmé que la réforme serait maintenue.",
            "Gabriel Attal",
        ),
    ],
    ids=["hyphenated-first-name", "hyphenated-surname", "office-then-name"],
)
def test_a_speaker_s_full_name_survives_hyphens_and_capitalised_offices(
    models: ModelCache, language: str, text: str, name: str
) -> None:
    """The tokenizer splits "Anne-Sophie" at its hyphen and the recogniser keeps "Sophie
    Lapix"; it calls "Premier ministre" a person's name. The speaker is named in full."""
    assert source_of(the_claim(analyse(models, language, text))).name == name


@pytest.mark.parametrize(
    "text",
    [
        "Le Premier ministre a affirmé que la réforme serait maintenue.",
        "La Première ministre a répondu : « Nous ne reculerons pas sur ce texte. »",
    ],
    ids=["premier-ministre", "premiere-ministre"],
)
def test_a_capitalised_office_is_a_person_not_an_unnamed_source(
    models: ModelCache, text: str
) -> None:
    """ "Premier" is no count of people: the head of government is on the record."""
    assert source_of(the_claim(analyse(models, "fr", text))).type is SourceType.PERSON


def test_a_title_s_article_does_not_hide_a_woman_s_first_name(models: ModelCache) -> None:
    """ "le Dr Claire Fontaine": the article goes with the title; "Elle" is Claire Fontaine."""
    claims = analyse(
        models,
        "fr",
        "« Il faut vacciner les enfants », explique le Dr Claire Fontaine, pédiatre à Lyon. "
        "Elle appelle les parents à « ne pas attendre ».",
    )
    assert source_of(claim_about(claims, "ne pas attendre")).name == "Dr Claire Fontaine"


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Le joueur aurait déclaré à ses proches qu'il quittait le club.", True),
        ("S'il l'avait su, le joueur aurait déclaré qu'il partait.", False),
        ("Le joueur a déclaré qu'il quittait le club.", False),
    ],
    ids=["aurait-declare", "under-si", "passe-compose"],
)
def test_a_cue_in_the_conditional_hedges_its_claim(
    models: ModelCache, text: str, hedged: bool
) -> None:
    """ "aurait déclaré": the article does not vouch that the words were said at all."""
    assert the_claim(analyse(models, "fr", text)).hedged is hedged


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The minister was quoted as saying that the border would remain closed.",
            "The minister",
            "that the border would remain closed",
        ),
        (
            '"We will not back down," the foreign minister was quoted by state media as saying.',
            "the foreign minister",
            '"We will not back down,"',
        ),
        (
            "The newspaper quoted a senior aide as saying that the governor was furious.",
            "a senior aide",
            "that the governor was furious",
        ),
        (
            'Reuters quoted the port director as saying: "We will not reopen before Monday."',
            "the port director",
            '"We will not reopen before Monday."',
        ),
    ],
    ids=[
        "quoted-as-saying",
        "quoted-by-media-as-saying",
        "outlet-quoted-an-aide",
        "agency-quoted-before-a-colon",
    ],
)
def test_quoted_as_saying_names_who_said_it(
    models: ModelCache, text: str, source: str, content: str
) -> None:
    """Whoever was quoted said it, not the outlet that quoted them."""
    claim = the_claim(analyse(models, "en", text))
    assert (source_of(claim).text, claim.content.text) == (source, content)


@pytest.mark.parametrize(
    "text",
    ["Smith was quoted in the Times.", "Smith was quoted as an expert in the Times."],
    ids=["quoted-in", "quoted-as-an-expert"],
)
def test_quoted_without_words_is_no_claim(models: ModelCache, text: str) -> None:
    assert not attributed(analyse(models, "en", text))


def test_a_year_before_a_survey_is_no_count_of_people(models: ModelCache) -> None:
    """ "A 2022 survey by Pew" is a document, not some 2,022 unnamed people."""
    claim = the_claim(
        analyse(
            models,
            "en",
            "A 2022 survey by the Pew Research Center showed that most adults use social media.",
        )
    )
    assert source_of(claim).type is SourceType.DOCUMENT


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Jean-Marie Le Goff, président de la chambre d'agriculture, juge la réforme "
            "« inapplicable ».",
            "Jean-Marie Le Goff, président de la chambre d'agriculture",
            "la réforme « inapplicable »",
        ),
        ("Paul Martin dément toute fermeture du site.", "Paul Martin", "toute fermeture du site"),
        (
            "Le directeur de l'usine, Paul Martin, conteste toute fermeture du site.",
            "Le directeur de l'usine, Paul Martin",
            "toute fermeture du site",
        ),
        (
            "Anne-Marie Guillou, présidente du collectif des usagers, conteste cette version.",
            "Anne-Marie Guillou, présidente du collectif des usagers",
            "cette version",
        ),
        ("La défense dénonce « une enquête à charge ».", "La défense", "« une enquête à charge »"),
        (
            "Aucune victime n'est à déplorer, précisent les pompiers.",
            "les pompiers",
            "Aucune victime n'est à déplorer",
        ),
    ],
    ids=[
        "juge-after-long-role",
        "dement-object",
        "conteste-after-apposed-name",
        "conteste-after-name-and-role",
        "la-defense",
        "precisent-incise",
    ],
)
def test_a_present_tense_verb_the_tagger_misreads_keeps_its_speaker_and_object(
    models: ModelCache, text: str, source: str, content: str
) -> None:
    """The small model tags "juge", "dément", "précisent" as nouns or adverbs and hangs what
    follows anywhere; "conteste cette version" after a speaker's name made "version" the
    speaker and the speaker the content."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.content.text) == (source, content)


def test_a_role_s_form_says_its_gender_where_the_elided_article_does_not(
    models: ModelCache,
) -> None:
    """ "L'avocate générale … contre l'accusé. « … », a-t-elle martelé": "elle" is the
    prosecutor, whatever the small model's morphology says of "l'accusé"."""
    claims = analyse(
        models,
        "fr",
        "L'avocate générale a requis dix-huit ans de réclusion contre l'accusé. "
        "« Rien dans ce dossier ne permet de douter », a-t-elle martelé.",
    )
    # named with the whole role since the seventeenth pass ("avocate" alone before it)
    assert source_of(claim_about(claims, "Rien dans ce dossier")).name == "avocate générale"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Pour Noël, la ville de Strasbourg installe une patinoire sur la place Kléber."),
        ("fr", "Selon les quartiers, les illuminations seront allumées entre le 22 et le 25."),
        ("fr", "Selon les règles en vigueur, le vote doit avoir lieu avant la fin mars."),
        ("en", "For Christmas, the city of Boston is building a rink on the Common."),
    ],
    ids=["pour-noel", "selon-les-quartiers", "selon-les-regles", "for-christmas"],
)
def test_a_feast_or_a_norm_after_pour_or_selon_is_no_source(
    models: ModelCache, language: str, text: str
) -> None:
    """The fr-dev guidelines count no normative "selon"; a feast is a time, not a view."""
    assert not attributed(analyse(models, language, text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Selon nos informations, le ministre va démissionner.", "nos informations"),
        ("Pour la ministre, cette réforme est indispensable.", "la ministre"),
    ],
    ids=["selon-nos-informations", "pour-la-ministre"],
)
def test_a_source_after_pour_or_selon_still_speaks(
    models: ModelCache, text: str, source: str
) -> None:
    assert source_of(the_claim(analyse(models, "fr", text))).text == source


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le parquet de Paris a ouvert une enquête pour « harcèlement moral », a-t-il "
            "indiqué lundi à l'AFP.",
            "parquet de Paris",
        ),
        ("La préfecture a fermé la route départementale, a-t-elle précisé.", "préfecture"),
        (
            "Jean Dupont est arrivé sur place. Le suspect a été interpellé, a-t-il indiqué.",
            "Jean Dupont",
        ),
    ],
    ids=["parquet-a-t-il", "prefecture-a-t-elle", "person-named-before-wins"],
)
def test_an_inverted_pronoun_with_nobody_before_is_the_body_it_reports_on(
    models: ModelCache, text: str, name: str
) -> None:
    """AFP copy: "Le parquet a ouvert une enquête, a-t-il indiqué": with no one named before,
    "-il" is the body that is the clause's subject, of its gender; a person named before still
    comes first."""
    claims = attributed(analyse(models, "fr", text))
    assert source_of(claims[-1]).name == name


@pytest.mark.parametrize(
    ("language", "text", "source", "name"),
    [
        (
            "fr",
            "Pascal Prache, cité par Le Parisien, affirme que l'enquête avance rapidement.",
            "Pascal Prache",
            "Pascal Prache",
        ),
        (
            "fr",
            "Son avocat, Me Hélène Da Silva, estime que le dossier est vide.",
            "Son avocat, Me Hélène Da Silva",
            "Me Hélène Da Silva",
        ),
        (
            "fr",
            "Me Hélène Da Silva estime que le dossier est vide.",
            "Me Hélène Da Silva",  # the mention as written, her title included
            "Hélène Da Silva",
        ),
    ],
    ids=["cite-par-aside", "da-silva-apposed", "da-silva-subject"],
)
def test_a_relay_aside_or_a_capitalised_particle_keeps_the_speaker(
    models: ModelCache, language: str, text: str, source: str, name: str
) -> None:
    """ "X, cité par Le Parisien, affirme": X speaks, Le Parisien passed it on (it was the
    source, and X was lost; the aside is the relay, not part of X's mention); "Da" in "Da
    Silva" is part of the name, not its end."""
    claim = the_claim(analyse(models, language, text))
    assert (source_of(claim).text, source_of(claim).name) == (source, name)


def test_selon_in_an_aside_stays_the_source(models: ModelCache) -> None:
    """ "Le ministre, selon Le Monde, aurait demandé …": Le Monde says so, not the minister."""
    text = "Le ministre, selon Le Monde, aurait demandé un rapport sur la fraude."
    assert source_of(the_claim(analyse(models, "fr", text))).name == "Le Monde"


@pytest.mark.parametrize(
    ("language", "text", "source", "content"),
    [
        ("fr", "Selon le parquet, le suspect a avoué.", "le parquet", "le suspect a avoué"),
        (
            "fr",
            "D'après une source proche du dossier, l'enquête avance.",
            "une source proche du dossier",
            "l'enquête avance",
        ),
        (
            "en",
            "According to prosecutors, the suspect confessed.",
            "prosecutors",
            "the suspect confessed",
        ),
    ],
    ids=["selon-avoue", "d-apres-avance", "according-to-confessed"],
)
def test_a_verb_of_saying_after_selon_is_what_the_source_says(
    models: ModelCache, language: str, text: str, source: str, content: str
) -> None:
    """ "Selon le parquet, le suspect a avoué": the parquet speaks. The suspect's verb took
    "Selon le parquet" for its own content, as if it were a quotation before an incise."""
    claim = the_claim(analyse(models, language, text))
    assert (source_of(claim).text, claim.content.text) == (source, content)


def test_a_participle_set_off_before_the_verb_is_no_claim_of_the_subject(
    models: ModelCache,
) -> None:
    """ "The chairman, asked whether he would resign, said …": he was asked; only what he
    said is his claim."""
    claims = attributed(
        analyse(
            models,
            "en",
            "The chairman, asked whether he would resign, said he had done nothing wrong.",
        )
    )
    assert [c.content.text for c in claims] == ["he had done nothing wrong"]


def test_a_misread_incise_takes_its_speaker_after_it(models: ModelCache) -> None:
    """ "Le colis est arrivé mardi, confirment les photos …": an incise's speaker comes after
    the verb; the clause before it is what was said, never the speaker."""
    claims = attributed(
        analyse(models, "fr", "Le colis est arrivé mardi, confirment les photos du livreur.")
    )
    assert all(source_of(c).text != "Le colis" for c in claims)


def test_a_plural_incise_the_model_calls_a_participle_still_names_its_speaker(
    models: ModelCache,
) -> None:
    """The small French model tags "précisent" a present participle, which takes no inverted
    speaker ("…, citant les autorités"); its form says it is none."""
    claim = the_claim(
        analyse(
            models, "fr", "Le feu a été maîtrisé vers 3 heures du matin, précisent les pompiers."
        )
    )
    assert source_of(claim).text == "les pompiers"


@pytest.mark.parametrize(
    "text",
    [
        'Reed said: "I was struck that he was doing smart things, saying the right things. He '
        'has to keep that up."',
        'The mayor wrote: "We warned them twice, says the report, and nobody listened."',
        'The coach said: "They kept running, pressing the weaker side. We had no answer."',
    ],
    ids=[
        "participle-inside-the-quotation",
        "finite-verb-inside-the-quotation",
        "guard-participle-pressing",
    ],
)
def test_an_english_quotation_holds_no_incise(models: ModelCache, text: str) -> None:
    """ ", saying the right things." inside the quotation is the speaker's words, not an
    inverted frame whose speaker is "the right things": a participle's noun is its object. And
    English closes its quotation before an incise, so ", says the report," inside it is what
    the mayor wrote (French « X, souligne-t-elle. Y » is another matter)."""
    claim = the_claim(analyse(models, "en", text))
    assert source_of(claim).text in ("Reed", "The mayor", "The coach")
    assert claim.content.text.startswith('"')


def test_a_colon_after_a_relative_clause_gives_the_quotation_to_its_main_subject(
    models: ModelCache,
) -> None:
    """ "apologized for what happened: “…”": the clause before the colon is the mayor's, not
    the relative's; its subject "what" was the speaker."""
    text = 'The mayor has since apologized for what happened: "I should have warned the town."'
    claim = the_claim(analyse(models, "en", text))
    assert source_of(claim).text == "The mayor"
    assert claim.content.text == '"I should have warned the town."'


def test_a_verb_inside_a_slogan_is_no_frame(models: ModelCache) -> None:
    """ "“The struggle continues”" is the slogan the senator emailed: "The struggle" did not
    say anything."""
    text = (
        "The senator emailed supporters with the subject line “The struggle continues” and "
        "vowed to compete in the last primary."
    )
    claims = attributed(analyse(models, "en", text))
    assert all(source_of(c).text != "The struggle" for c in claims)


def test_a_quoted_predicate_still_reports(models: ModelCache) -> None:
    """Guard: "“strongly agree” that …" quotes the survey's wording of the predicate, whose
    subject stands outside the marks: it is still the frame."""
    text = 'Thirty percent of renters "strongly agree" that rents will keep rising next year.'
    claim = the_claim(analyse(models, "en", text))
    assert source_of(claim).text == "Thirty percent of renters"
    assert claim.content.text == "that rents will keep rising next year"


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Les syndicats ont d'ores et déjà prévenu qu'ils appelleraient à la grève.",
            "Les syndicats",
            "ont d'ores et déjà prévenu",
        ),
        (
            "Le ministre a bel et bien confirmé qu'il partirait.",
            "Le ministre",
            "a bel et bien confirmé",
        ),
        (
            "Le ministre a une fois de plus affirmé qu'il partirait.",
            "Le ministre",
            "a une fois de plus affirmé",
        ),
        ("« Je partirai », a déjà affirmé le ministre.", "le ministre", "a déjà affirmé"),
        (
            "« Je partirai », a d'ores et déjà affirmé le ministre.",
            "le ministre",
            "a d'ores et déjà affirmé",
        ),
        (
            "Il a par ailleurs assuré que le gouvernement ne reculerait pas.",
            "Il",
            "a par ailleurs assuré",
        ),
        ("Elle a en outre affirmé que la réforme serait votée.", "Elle", "a en outre affirmé"),
    ],
    ids=[
        "d-ores-et-deja",
        "bel-et-bien",
        "une-fois-de-plus",
        "incise-deja",
        "incise-d-ores",
        "par-ailleurs",
        "en-outre",
    ],
)
def test_an_adverb_between_the_auxiliary_and_the_verb_keeps_the_speaker(
    models: ModelCache, text: str, source: str, cue: str
) -> None:
    """ "ont d'ores et déjà prévenu que …": word by word, the small model read "ores" as the
    object of "ont" and lost the claim; "a une fois de plus affirmé" was said by "une fois de
    plus". An adverbial locution is one token before the parse. And "», a déjà affirmé le
    ministre": an adverb between the auxiliary and the verb hid the incise. A locution of the
    lexicon's list or not: "Il a par ailleurs assuré que …", "Elle a en outre affirmé que …"
    made no claim (the parse hung "Il" on "a", made the main verb, and "Elle" on "en")."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.cue.text if claim.cue else None) == (source, cue)


def test_a_copula_and_a_gerund_are_no_verb_group(models: ModelCache) -> None:
    """Guard: "was back to boasting", "was within hailing distance" are a verb and its
    complement, not an auxiliary, a locution and a participle: no claim of "he"."""
    text = "Instead, he was back to boasting about winning and pledging to make America great."
    assert not attributed(analyse(models, "en", text))


def test_an_adverb_after_an_aside_opens_no_incise(models: ModelCache) -> None:
    """The adverb is passed over only after a quotation: "Le maire, élu en 2020, a été
    vivement critiqué par l'opposition" says nothing the opposition said."""
    text = "Le maire, élu en 2020, a été vivement critiqué par l'opposition."
    assert not attributed(analyse(models, "fr", text))


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Pour le Conseil d'État, la mesure est « disproportionnée ».",
            "le Conseil d'État",
            "la mesure est « disproportionnée »",
        ),
        (
            "L'Élysée a fait savoir mardi soir que le président ne s'exprimerait pas.",
            "L'Élysée",
            "que le président ne s'exprimerait pas",
        ),
        ("La préfecture a fait état lundi de trois blessés.", "La préfecture", "de trois blessés"),
    ],
    ids=["pour-conseil-d-etat", "fait-savoir-mardi-soir", "fait-etat-lundi"],
)
def test_a_body_s_name_and_a_day_after_a_light_verb(
    models: ModelCache, text: str, source: str, content: str
) -> None:
    """ "Pour le Conseil d'État, …" made no claim: the tagger calls the words of a body's name
    nouns, and only a person's name the recogniser marks could speak. "a fait savoir mardi
    soir que …" took the day into what was said."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.content.text) == (source, content)


def test_a_body_is_named_with_the_whole_noun_of_the_lexicon(models: ModelCache) -> None:
    """ "Le Conseil constitutionnel": the recogniser marks "Conseil" alone, and the source was
    named "Conseil"; the lexicon's "conseil constitutionnel" gives the whole name."""
    text = "Le Conseil constitutionnel a jugé que la loi était conforme."
    mention = source_of(the_claim(analyse(models, "fr", text)))
    assert (mention.name, mention.type) == ("Conseil constitutionnel", SourceType.GOVERNMENT)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "« Ce n'est pas le moment de baisser la garde », a mis en garde le ministre.",
            "a mis en garde",
        ),
        ("« Ce n'est pas le moment », a-t-il mis en garde.", "a-t-il mis en garde"),
    ],
    ids=["inverted-subject", "clitic"],
)
def test_an_incise_on_a_light_verb_has_the_whole_phrase_as_cue(
    models: ModelCache, text: str, cue: str
) -> None:
    """ "a mis en garde le ministre": the incise's cue was "a mis", a verb that says nothing
    alone; "mettre en garde" is the act of saying, as the light verb's own frame reads it."""
    claim = the_claim(analyse(models, "fr", text))
    assert claim.cue is not None and (claim.cue.text, claim.cue.lemma) == (cue, "mettre en garde")


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "Les habitants se disent « inquiets » après l'incendie.",
            "Les habitants",
            "se disent",
            "« inquiets » après l'incendie",
        ),
        (
            "Les syndicats se disent prêts à négocier.",
            "Les syndicats",
            "se disent",
            "prêts à négocier",
        ),
        (
            "Les riverains s'estiment lésés par le projet.",
            "Les riverains",
            "s'estiment",
            "lésés par le projet",
        ),
    ],
    ids=["se-disent-quoted", "se-disent", "s-estiment"],
)
def test_a_reflexive_verb_of_saying_reports_what_the_subject_declares_itself(
    models: ModelCache, text: str, source: str, cue: str, content: str
) -> None:
    """ "Les habitants se disent « inquiets »" made no claim at all: the small model reads
    "disent" as an adjective and the attribute as the sentence's root."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.cue and claim.cue.text) == (source, cue)
    assert claim.content.text == content


@pytest.mark.parametrize(
    "text",
    ["Ce qui se dit dans les couloirs est inquiétant.", "Elle se dit qu'elle aurait dû partir."],
    ids=["relative-subject", "que-clause"],
)
def test_a_reflexive_verb_of_saying_without_a_speaker_or_attribute_is_no_such_claim(
    models: ModelCache, text: str
) -> None:
    """What "se dit" in the corridors is said by nobody named; "se dit que" is what one
    tells oneself, which the verb's own frame reads (not this rule)."""
    claims = attributed(analyse(models, "fr", text))
    assert not [c for c in claims if c.source is not None and c.source.text == "qui"]
    assert all(c.content.text.startswith("qu") for c in claims)


def test_a_content_leaves_out_the_full_stop_the_parser_hangs_on_it(models: ModelCache) -> None:
    claim = the_claim(
        analyse(models, "fr", "Un proche du dossier indique que l'enquête progresse.")
    )
    assert claim.content.text == "que l'enquête progresse"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Le président de la République, Emmanuel Macron, a déclaré que la France agirait.",
            "Emmanuel Macron",
            "président de la République",
        ),
        (
            "« Il faut agir vite », a lancé le président de la République, Emmanuel Macron.",
            "Emmanuel Macron",
            "président de la République",
        ),
    ],
    ids=["subject", "incise"],
)
def test_an_office_of_several_words_is_a_role_not_the_name(
    models: ModelCache, text: str, name: str, role: str
) -> None:
    """The recogniser calls "président de la République" a person: the speaker was named
    with the office, and Emmanuel Macron lost."""
    source = source_of(the_claim(analyse(models, "fr", text)))
    assert (source.name, source.role) == (name, role)


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Le ministre dément formellement ces informations.", "Le ministre", "ces informations"),
        ("Les deux hommes démentent toute rencontre.", "Les deux hommes", "toute rencontre"),
        (
            "L'entourage du président dément toute implication.",
            "L'entourage du président",
            "toute implication",
        ),
    ],
    ids=["dement", "dementent", "the-noun-the-complement-belongs-to"],
)
def test_dement_is_a_denial_whatever_the_tag(
    models: ModelCache, text: str, source: str, content: str
) -> None:
    """The small model reads "dément" as the adjective (insane) or an adverb, with a lemma that
    is no verb: "L'entourage du président dément …" was said by "président", on which the
    parser hung it, with the cue "dément". The first two, tagged verbs, are guards."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.content.text) == (source, content)
    assert claim.cue is not None and claim.cue.lemma == "démentir"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le parquet a ouvert une enquête, a-t-on appris de source judiciaire.",
            "source judiciaire",
        ),
        (
            "Le parquet a ouvert une enquête, a-t-on appris de sources concordantes.",
            "sources concordantes",
        ),
    ],
    ids=["de-source", "de-sources"],
)
def test_the_wire_s_de_source_formula_names_the_source_without_de(
    models: ModelCache, text: str, name: str
) -> None:
    source = source_of(the_claim(analyse(models, "fr", text)))
    assert (source.name, source.type) == (name, SourceType.ANONYMOUS)


def test_a_seat_of_government_the_recogniser_calls_a_person_is_the_government(
    models: ModelCache,
) -> None:
    """ "Matignon assure …": the recogniser tags Matignon a person ("Matignon a assuré …" it
    does not), and the Prime Minister's office was reported as a person."""
    text = "Matignon assure que le texte sera voté."
    source = source_of(the_claim(analyse(models, "fr", text)))
    assert (source.name, source.type) == ("Matignon", SourceType.GOVERNMENT)


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Les organisateurs revendiquent 50 000 participants dans toute la France.",
            "Les organisateurs",
            "50 000 participants dans toute la France",
        ),
        (
            "Le groupe État islamique a revendiqué l'attentat.",
            "Le groupe État islamique",
            "l'attentat",
        ),
    ],
    ids=["revendiquent", "a-revendique"],
)
def test_revendiquer_reports_its_object(
    models: ModelCache, text: str, source: str, content: str
) -> None:
    """ "Les organisateurs revendiquent 50 000 participants" made no claim: the verb's object
    is what they claim (only the form "revendique" was listed)."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.content.text) == (source, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Le préfet a salué « le courage » des secouristes.", "« le courage » des secouristes"),
        (
            "Le maire a dénoncé « l'irresponsabilité » du gouvernement.",
            "« l'irresponsabilité » du gouvernement",
        ),
        ("Le maire dénonce « une dérive » des élus.", "« une dérive » des élus"),
        ("Le syndicat réclame « des moyens » depuis des mois.", "« des moyens »"),
    ],
    ids=["a-salue", "a-denonce", "denonce", "no-owner"],
)
def test_quoted_words_keep_their_owner(models: ModelCache, text: str, content: str) -> None:
    """ "a salué « le courage » des secouristes" stopped at the quotation: whose courage was
    lost. A phrase after it that is no owner ("depuis des mois") stays out."""
    assert the_claim(analyse(models, "fr", text)).content.text == content


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "« Nous ne lâcherons rien », a promis le ministre lors d'un meeting à Marseille.",
            "le ministre",
        ),
        (
            "« Nous ne lâcherons rien », a promis Marie Dupont lors d'un meeting à Marseille.",
            "Marie Dupont",
        ),
    ],
    ids=["a-role", "a-name"],
)
def test_an_occasion_after_the_incise_speaker_is_no_part_of_the_speaker(
    models: ModelCache, text: str, source: str
) -> None:
    """ "a promis le ministre lors d'un meeting" named the speaker "ministre lors d'un
    meeting": "lors" is an adverb to the tagger, and the "d'" after it joins names."""
    assert source_of(the_claim(analyse(models, "fr", text))).text == source


def test_rejeter_toute_responsabilite_is_a_denial(models: ModelCache) -> None:
    """ "rejeter" was no verb of saying in French ("reject" is one in English)."""
    text = "Le gouvernement israélien a rejeté toute responsabilité dans la frappe."
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.content.text) == (
        "Le gouvernement israélien",
        "toute responsabilité dans la frappe",
    )


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "La maire de Paris s'est déclarée favorable à une interdiction des trottinettes.",
            "La maire de Paris",
            "s'est déclarée",
            "favorable à une interdiction des trottinettes",
        ),
        (
            "Les syndicats se sont dits opposés au projet de la direction.",
            "Les syndicats",
            "se sont dits",
            "opposés au projet de la direction",
        ),
    ],
    ids=["s-est-declaree", "se-sont-dits"],
)
def test_a_reflexive_verb_of_saying_past_its_auxiliary_reports_the_subjects_words(
    models: ModelCache, text: str, source: str, cue: str, content: str
) -> None:
    """ "s'est déclarée favorable" made no claim: the parse read a passive, and the search for
    a subject before the auxiliary stopped at "s'", a clitic no reader takes for a speaker."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.cue and claim.cue.text) == (source, cue)
    assert claim.content.text == content


def test_a_reflexive_that_makes_another_verb_is_no_cue_guard(models: ModelCache) -> None:
    """ "s'est lancé dans la course" is no "a lancé": what follows its colon is the writer's."""
    text = (
        "L'ancien directeur du journal, Paul Morel, s'est également lancé dans la course : "
        "soutenu par des investisseurs, il étudie le dossier."
    )
    assert not [c for c in attributed(analyse(models, "fr", text)) if c.cue is not None]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "L'ONG Human Rights Watch affirme que des civils ont été tués.",
            "L'ONG Human Rights Watch",
            "affirme",
        ),
        (
            "Le collectif Stop Pub explique que les panneaux seront retirés.",
            "Le collectif Stop Pub",
            "explique",
        ),
    ],
    ids=["ong-name", "collectif-name"],
)
def test_a_sentence_does_not_end_between_two_words(
    models: ModelCache, text: str, source: str, cue: str
) -> None:
    """The small French model ended sentences inside "L'ONG Human Rights Watch affirme", with
    no punctuation anywhere near: the verb was left with no subject and the claim was lost."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.cue and claim.cue.text) == (source, cue)


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "La ministre a tenu à rappeler que « la loi s'applique à tous ».",
            "La ministre",
            "a tenu à rappeler",
            "que « la loi s'applique à tous »",
        ),
        (
            "« Rien n'est décidé », a tenu à préciser le porte-parole.",
            "le porte-parole",
            "a tenu à préciser",
            "« Rien n'est décidé »",
        ),
    ],
    ids=["clause", "incise"],
)
def test_a_verb_of_saying_after_tenir_a_is_the_act_of_saying(
    models: ModelCache, text: str, source: str, cue: str, content: str
) -> None:
    """ "a tenu à rappeler que …" (she made a point of recalling) reports what was recalled;
    the claim was lost, in a clause and in an incise."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.cue and claim.cue.text) == (source, cue)
    assert claim.content.text == content


def test_what_one_is_keen_to_do_is_no_claim_guard(models: ModelCache) -> None:
    """ "tient à préserver l'emploi": an aim, not words."""
    assert not attributed(analyse(models, "fr", "Le maire tient à préserver l'emploi local."))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "L'ancien ministre Jean Morel a toujours nié avoir reçu des fonds libyens.",
            "L'ancien ministre Jean Morel",
        ),
        (
            "L'ancien président Nicolas Morel a toujours nié avoir reçu des fonds libyens.",
            "L'ancien président Nicolas Morel",
        ),
    ],
    ids=["ministre", "president"],
)
def test_a_participle_misread_as_an_adjective_keeps_the_subject_on_its_auxiliary(
    models: ModelCache, text: str, source: str
) -> None:
    """ "a toujours nié avoir reçu …": the small model tags "nié" an adjective and hangs the
    subject on "a"; the claim was lost."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.cue and claim.cue.text) == (source, "a toujours nié")
    assert claim.content.text == "avoir reçu des fonds libyens"


def test_the_terms_a_source_set_are_not_part_of_its_name(models: ModelCache) -> None:
    """ "Plusieurs élus de la majorité, sous couvert d'anonymat, reconnaissent …" named the
    source "élus de la majorité, sous couvert d'anonymat"."""
    text = (
        "Plusieurs élus de la majorité, sous couvert d'anonymat, reconnaissent que le texte "
        "pourrait être retiré."
    )
    claim = the_claim(analyse(models, "fr", text))
    assert source_of(claim).text == "Plusieurs élus de la majorité"
    assert source_of(claim).type is SourceType.ANONYMOUS


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Le Parisien croit savoir que le ministre va démissionner.",
            "Le Parisien",
            "que le ministre va démissionner",
        ),
        (
            "Le ministre envisagerait de démissionner, croit savoir Le Figaro.",
            "Le Figaro",
            "Le ministre envisagerait de démissionner",
        ),
    ],
    ids=["clause", "incise"],
)
def test_what_an_outlet_croit_savoir_is_its_unconfirmed_report(
    models: ModelCache, text: str, source: str, content: str
) -> None:
    """ "croit savoir", the press's formula for information not yet confirmed, made no claim:
    the small model tags "croit" a noun. It is the outlet's report, and hedged."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.cue and claim.cue.text) == (source, "croit savoir")
    assert claim.content.text == content
    assert claim.hedges


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Marie Durand, 38 ans, raconte avoir été licenciée sans préavis.", "Marie Durand, 38 ans"),
        ("Paul, un voisin, raconte avoir entendu des cris.", "Paul, un voisin"),
    ],
    ids=["age", "role"],
)
def test_a_misread_verb_after_an_apposition_reports_the_infinitive(
    models: ModelCache, text: str, source: str
) -> None:
    """ "Marie Durand, 38 ans, raconte avoir été licenciée": "raconte" tagged an adjective
    right after the apposition made no claim; right after the name it did."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.cue and claim.cue.text) == (source, "raconte")


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Les associations estiment à 300 000 le nombre de sans-abri.",
            "Les associations",
            "à 300 000 le nombre de sans-abri",
        ),
        (
            "L'entreprise estime à 10 % la hausse de ses ventes.",
            "L'entreprise",
            "à 10 % la hausse de ses ventes",
        ),
    ],
    ids=["nombre", "pourcentage"],
)
def test_a_figure_estimated_is_what_the_source_says(
    models: ModelCache, text: str, source: str, content: str
) -> None:
    """ "estiment à 300 000 le nombre de sans-abri", the press's way of giving a count, made
    no claim: the verb has no clause and no object, only the figure after "à"."""
    claim = the_claim(analyse(models, "fr", text))
    assert (source_of(claim).text, claim.content.text) == (source, content)


def test_a_count_another_source_vouches_for_is_its_own_claim(models: ModelCache) -> None:
    """ "a assuré que … , au lendemain d'une journée qui a réuni 1,2 million de personnes selon
    la CGT, 480 000 selon le ministère": the first "selon" took the whole sentence, and the
    Premier ministre's words were lost; the second made no claim."""
    text = (
        "Le Premier ministre, Paul Morel, a assuré mardi que la réforme « ne sera pas retirée »,"
        " au lendemain d'une journée de mobilisation qui a réuni 1,2 million de personnes selon"
        " la CGT, 480 000 selon le ministère de l'Intérieur."
    )
    claims = attributed(analyse(models, "fr", text))
    assert [(source_of(c).text, c.content.text) for c in claims] == [
        ("Le Premier ministre, Paul Morel", "que la réforme « ne sera pas retirée »"),
        ("la CGT", "1,2 million de personnes"),
        ("le ministère de l'Intérieur", "480 000"),
    ]


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        ("fr", "Le chômage a atteint 7 % selon l'Insee.", "Le chômage a atteint 7 %"),
        (
            "en",
            "Unemployment rose to 5 percent according to the Labor Department.",
            "Unemployment rose to 5 percent",
        ),
    ],
    ids=["selon-guard", "according-to-guard"],
)
def test_a_count_in_a_clause_nobody_else_states_keeps_its_clause_guard(
    models: ModelCache, language: str, text: str, content: str
) -> None:
    assert the_claim(analyse(models, language, text)).content.text == content


def test_a_setting_before_an_inverted_frame_is_no_content(models: ModelCache) -> None:
    """ "En coulisses, plusieurs ministres s'inquiètent" reported "En coulisses"."""
    assert not attributed(analyse(models, "fr", "En coulisses, plusieurs ministres s'inquiètent."))


def test_a_clause_whose_subject_is_a_quotation_is_reported_whole(models: ModelCache) -> None:
    """ "a reconnu que « des ajustements » étaient possibles" reported "étaient possibles"
    alone (or "que « des ajustements »" alone, by another parse)."""
    text = "Elle a toutefois reconnu que « des ajustements » étaient possibles."
    content = the_claim(analyse(models, "fr", text)).content.text
    assert content == "que « des ajustements » étaient possibles"


def test_a_headline_label_before_a_colon_is_not_the_speaker(models: ModelCache) -> None:
    """ "Procès de l'incendie de la rue Erlanger : l'accusée nie …" named the trial as the
    source: the parse gave the verb both subjects, and the label came first."""
    text = "Procès de l'incendie de la rue Erlanger : l'accusée nie toute intention de tuer"
    assert source_of(the_claim(analyse(models, "fr", text))).text == "l'accusée"


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        (
            "The administration is considering sanctions, two officials told Reuters on"
            " Tuesday, as negotiations appeared to stall.",
            False,
        ),
        ("Smith, who apparently resigned last week, said the plan was dead.", False),
        ("Reportedly, the minister said the plan was dead.", True),
    ],
    ids=["as-clause", "relative-clause-guard", "on-the-frame-guard"],
)
def test_a_hedge_in_a_clause_of_its_own_does_not_hedge_the_claim(
    models: ModelCache, text: str, hedged: bool
) -> None:
    """ "…, as negotiations appeared to stall" hedged what the officials told Reuters: a hedge
    outside the content bears on its own clause unless that clause holds the cue."""
    assert the_claim(analyse(models, "en", text)).hedged is hedged


def test_an_incise_verb_the_tagger_gives_up_on_is_still_a_cue(models: ModelCache) -> None:
    """ "« C'est inquiétant », estime Claire Martin" made no claim: the small model tags
    "estime" X there, a tag the incise did not take for a verb's."""
    claim = the_claim(analyse(models, "fr", "« C'est inquiétant », estime Claire Martin."))
    assert (source_of(claim).text, claim.cue and claim.cue.text) == ("Claire Martin", "estime")
