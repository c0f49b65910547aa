"""Press patterns of investigative, conflict, fact-check and feature writing (issue 11, twelfth
pass). Each case is a pattern of the language, written for this file, in both languages where it
exists in both; the guards say what must not change."""

from __future__ import annotations

import pytest

from claimcheck.models import SourceType
from claimcheck.nlp.loading import ModelCache
from test_attribution_models import (
    analyse,
    attributed,
    claim_about,
    models,
    source_of,
    the_claim,
)

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


@pytest.mark.parametrize(
    ("language", "text", "speaker", "content"),
    [
        (
            "fr",
            "Le gouvernement a présenté sa réforme mardi. La CGT dénonce de son côté « une "
            "attaque contre les salariés ». Le Medef salue au contraire « une avancée ».",
            "La CGT",
            "« une attaque contre les salariés »",
        ),
        (
            "en",
            "The plan was unveiled on Tuesday. The union condemned “an attack on workers”.",
            "The union",
            "“an attack on workers”",
        ),
    ],
    ids=["fr-dénonce-de-son-côté", "en-guard"],
)
def test_a_quotation_opened_mid_sentence_stays_in_its_sentence(
    models: ModelCache, language: str, text: str, speaker: str, content: str
) -> None:
    """The small French model reads "dénonce" as a noun and starts a new sentence at « ; the
    union's quoted words then had no speaker at all."""
    claim = claim_about(analyse(models, language, text), content.strip("«»“” "))
    assert source_of(claim).text == speaker
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("language", "text", "relay", "content"),
    [
        (
            "en",
            "The army said 12 soldiers were wounded, the Times of Israel reported.",
            "the Times of Israel",
            "The army said 12 soldiers were wounded",
        ),
        (
            "en",
            "Officials said the talks had failed because Moscow refused to budge, the agency "
            "reported on Tuesday.",
            "the agency",
            "Officials said the talks had failed because Moscow refused to budge",
        ),
        (
            "fr",
            "L'armée a affirmé que douze soldats avaient été blessés, a rapporté le Times of "
            "Israel.",
            "le Times of Israel",
            "L'armée a affirmé que douze soldats avaient été blessés",
        ),
    ],
    ids=["times-of-israel", "agency-on-tuesday", "fr-guard"],
)
def test_a_frame_closing_the_sentence_reports_all_before_it(
    models: ModelCache, language: str, text: str, relay: str, content: str
) -> None:
    """ "X said A, the paper reported": the paper is who the reader has it from, and what it
    reported is the whole sentence. The parser hung "reported" under "said", and the army was
    named as the speaker of the paper's sentence, its frame swallowed into the content."""
    claim = claim_about(analyse(models, language, text), content[:20])
    assert source_of(claim).text == relay
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("« Je n'ai plus rien », nous confie Ahmed, 43 ans.", "Ahmed, 43 ans", "confie"),
        ("« Je n'ai plus rien », lui a dit son père.", "son père", "a dit"),
        ("« Je n'ai plus rien », me raconte Ahmed.", "Ahmed", "raconte"),
        ("« C'est fini », leur a dit le policier.", "le policier", "a dit"),
        (
            "Karim Benali a grandi à Marseille. « Tout est perdu », nous explique-t-il.",
            "-il",
            "explique-t-il",
        ),
    ],
    ids=["nous-confie", "lui-a-dit", "me-raconte", "leur-a-dit", "nous-explique-t-il"],
)
def test_the_one_spoken_to_in_an_incise_is_not_the_speaker(
    models: ModelCache, text: str, speaker: str, cue: str
) -> None:
    """ "« … », nous confie Ahmed": reportage writes the reporter in as the one spoken to, and
    "nous" was named the speaker (with "lui a dit son père", the father was lost)."""
    claim = claim_about(analyse(models, "fr", text), "»")
    assert source_of(claim).text == speaker
    assert claim.cue is not None and claim.cue.text == cue


@pytest.mark.parametrize(
    ("language", "text", "speaker", "content"),
    [
        (
            "fr",
            "La maire, qui a été réélue dimanche, dénonce une campagne de dénigrement.",
            "La maire, qui a été réélue dimanche",
            "une campagne de dénigrement",
        ),
        (
            "fr",
            "Les agriculteurs, qui bloquent les routes, réclament la fin des normes.",
            "Les agriculteurs, qui bloquent les routes",
            "la fin des normes",
        ),
        (
            "fr",
            "La maire, réélue dimanche, dénonce une campagne de dénigrement.",
            "La maire",
            "une campagne de dénigrement",
        ),
        (
            "en",
            "The mayor, who was re-elected on Sunday, denounced a smear campaign.",
            "The mayor, who was re-elected on Sunday",  # whole, as the French "réélue dimanche"
            "a smear campaign",
        ),
        (
            "fr",
            "Une réforme qui va dans le bon sens, salue le Medef.",
            "le Medef",
            "Une réforme qui va dans le bon sens",
        ),
    ],
    ids=["fr-qui", "fr-plural", "fr-participle", "en-guard", "fr-guard-content-before"],
)
def test_a_subject_with_an_aside_keeps_its_verb(
    models: ModelCache, language: str, text: str, speaker: str, content: str
) -> None:
    """ "La maire, qui a été réélue dimanche, dénonce une campagne …": the tagger reads
    "dénonce" as a noun, and the campaign was named the speaker of the mayor's description. A
    noun phrase and an aside between commas are a subject, not content set before its frame;
    a clause before the frame still is content."""
    claim = claim_about(analyse(models, language, text), content)
    assert source_of(claim).text == speaker
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        (
            "fr",
            "Jean Dupont affirme n'avoir jamais reçu cet argent.",
            "n'avoir jamais reçu cet argent",
        ),
        (
            "fr",
            "Jean Dupont affirme ne pas avoir reçu cet argent.",
            "ne pas avoir reçu cet argent",
        ),
        (
            "fr",
            "Jean Dupont assure ne plus avoir de contact avec lui.",
            "ne plus avoir de contact avec lui",
        ),
        ("en", "He claimed never to have met the senator.", "never to have met the senator"),
        ("fr", "Jean Dupont nie avoir reçu cet argent.", "avoir reçu cet argent"),
        (
            "fr",
            "Le ministre dit ne jamais avoir été informé de cette affaire.",
            "ne jamais avoir été informé de cette affaire",
        ),
    ],
    ids=["n-avoir-jamais", "ne-pas-avoir", "ne-plus-avoir", "en-never-to", "nie", "dit-ne-jamais"],
)
def test_a_denial_keeps_its_negation(
    models: ModelCache, language: str, text: str, content: str
) -> None:
    """ "affirme n'avoir jamais reçu cet argent" is the commonest form of a denial: it was
    missed (the parser made "affirme" an auxiliary), and "assure ne plus avoir de contact"
    was reported as "avoir de contact", the opposite of what was said."""
    claim = claim_about(analyse(models, language, text), content[-12:])
    assert claim.content.text == content
    assert source_of(claim).text in ("Jean Dupont", "Le ministre", "He")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Le mois de juillet a été le plus chaud jamais enregistré en France, a annoncé "
            "mardi Météo-France.",
            "Météo-France",
            "Le mois de juillet a été le plus chaud jamais enregistré en France",
        ),
        (
            "Météo-France a annoncé que juillet était le mois le plus chaud.",
            "Météo-France",
            "que juillet était le mois le plus chaud",
        ),
    ],
    ids=["inverted", "subject"],
)
def test_a_hyphenated_name_the_tokenizer_does_not_know_is_one_speaker(
    models: ModelCache, text: str, speaker: str, content: str
) -> None:
    """The French tokenizer keeps "Ouest-France" whole and splits "Météo-France": the month
    was named the speaker of "Météo" in the first sentence, and "France", a person, in the
    second."""
    claim = claim_about(analyse(models, "fr", text), content[:15])
    assert source_of(claim).text == speaker
    assert claim.content.text == content


def test_a_topic_pronoun_is_not_the_subject(models: ModelCache) -> None:
    """ "X est quant à elle plus nuancée : « … »": "elle" only takes X up again; the source
    is X."""
    text = (
        "Concernant le lait, Francisca Joly-Gomez est quant à elle plus nuancée : « à la "
        "naissance, nous avons un maximum d'enzymes. »"
    )
    claim = claim_about(analyse(models, "fr", text), "naissance")
    assert source_of(claim).text == "Francisca Joly-Gomez"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Anne Martin a ouvert sa boulangerie en 2010. Son mari Paul l'a aidée. « Nous "
            "avons tout construit ensemble », dit-elle.",
        ),
        (
            "en",
            "Anne Martin opened her bakery in 2010. Her husband Paul helped her. “We built it "
            "all together,” she said.",
        ),
    ],
    ids=["fr", "en"],
)
def test_a_pronoun_never_stands_for_a_first_name_of_the_other_gender(
    models: ModelCache, language: str, text: str
) -> None:
    """ "Son mari Paul … », dit-elle": Paul was named as the woman's speaker. A first name
    the article gives no full name for says its gender; with nobody fitting in reach, the
    pronoun stays unresolved rather than guessed."""
    words = "ensemble" if language == "fr" else "together"
    claim = claim_about(analyse(models, language, text), words)
    assert source_of(claim).name != "Paul"


@pytest.mark.parametrize(
    ("language", "text", "speaker", "content"),
    [
        (
            "en",
            "Users are sharing a post that says the minister admitted the vaccine was unsafe.",
            "that",
            "the minister admitted the vaccine was unsafe",
        ),
        (
            "en",
            "Instagram users are sharing a graphic which says the government plans to ban cash "
            "payments by 2026.",
            "which",
            "the government plans to ban cash payments by 2026",
        ),
        (
            "fr",
            "Des internautes partagent un visuel qui affirme que le ministre a reconnu que le "
            "vaccin était dangereux.",
            "un visuel",
            "que le ministre a reconnu que le vaccin était dangereux",
        ),
    ],
    ids=["en-post", "en-graphic", "fr-visuel"],
)
def test_what_a_viral_post_says_is_the_posts(
    models: ModelCache, language: str, text: str, speaker: str, content: str
) -> None:
    """A fact-check quotes the claim it checks: "a post that says the minister admitted …"
    put the false admission in the minister's mouth. The post, the graphic, the visual are
    the source; what they attribute to the minister is their content."""
    claims = analyse(models, language, text)
    claim = claim_about(claims, content)
    assert source_of(claim).text == speaker
    assert claim.content.text == content
    assert all(source_of(c).text.lower() != "le ministre" for c in claims if c.source)
    assert all(source_of(c).text != "the minister" for c in claims if c.source)


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            'Marsh is said to have told colleagues that the timing was "purely logistical."',
            "Marsh",
            "to have told",
            'that the timing was "purely logistical."',
        ),
        (
            "The minister is reported to have said that the plan was dead.",
            "The minister",
            "to have said",
            "that the plan was dead",
        ),
    ],
    ids=["said-to-have-told", "reported-to-have-said"],
)
def test_a_hearsay_passive_names_who_spoke_and_is_hedged(
    models: ModelCache, text: str, speaker: str, cue: str, content: str
) -> None:
    """ "Marsh is said to have told colleagues …": Marsh spoke, by someone's unnamed account;
    the claim was lost whole."""
    claim = claim_about(analyse(models, "en", text), content[-10:])
    assert source_of(claim).text == speaker
    assert claim.cue is not None and claim.cue.text == cue
    assert claim.content.text == content
    assert claim.hedges


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Apple has been throttling older iPhones to push upgrades, a lawsuit filed in "
            "California claims.",
            "a lawsuit filed in California",
            "Apple has been throttling older iPhones to push upgrades",
        ),
        (
            "The company hid the defect for years, the filing notes.",
            "the filing",
            "The company hid the defect for years",
        ),
        (
            "He went to the market and bought some apples, the cheap ones.",
            None,
            "He went to the market",
        ),
    ],
    ids=["lawsuit-claims", "filing-notes", "guard-noun-phrase"],
)
def test_a_frame_read_as_a_plural_noun_closes_its_sentence(
    models: ModelCache, text: str, speaker: str | None, content: str
) -> None:
    """ "…, the filing notes.": the tagger reads "filing notes" as a compound noun, but a
    sentence does not end on a noun phrase set off after a whole clause; the claim was lost."""
    claim = claim_about(analyse(models, "en", text), content)
    if speaker is None:
        assert claim.source is None
    else:
        assert source_of(claim).text == speaker
        assert claim.content.text == content


@pytest.mark.parametrize(
    ("language", "text", "speaker", "words"),
    [
        ("fr", "« Tout le monde savait », raconte l'un d'eux.", "l'un d'eux", "savait"),
        (
            "fr",
            "« On a fermé les yeux pendant des années », confie un haut fonctionnaire sous "
            "couvert d'anonymat.",
            "un haut fonctionnaire",
            "fermé",
        ),
        (
            "en",
            'Three workers spoke to the Post. "Everybody knew," said one of them.',
            "one of them",
            "Everybody",
        ),
    ],
    ids=["fr-l-un-d-eux", "fr-haut-fonctionnaire", "en-one-of-them"],
)
def test_an_unnamed_member_of_a_group_is_an_anonymous_speaker(
    models: ModelCache, language: str, text: str, speaker: str, words: str
) -> None:
    """Investigations quote "l'un d'eux" and "un haut fonctionnaire" (the tagger calls
    "fonctionnaire" a verb there): both claims were lost, or given to the document cited
    before them."""
    claim = claim_about(analyse(models, language, text), words)
    mention = source_of(claim)
    assert mention.text == speaker
    assert mention.type is SourceType.ANONYMOUS


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            'Stephen Richer rejected those claims as "baseless."',
            "rejected",
            'those claims as "baseless."',
        ),
        (
            "Mr. Bush pointedly rejected the notion that he was part of the establishment.",
            "rejected",
            # the notion with its clause: he did not say that he was part of the establishment
            "the notion that he was part of the establishment",
        ),
    ],
    ids=["rejected-as", "rejected-the-notion"],
)
def test_a_rebuttal_by_rejecting_is_a_claim(
    models: ModelCache, text: str, cue: str, content: str
) -> None:
    """ "rejected those claims as baseless" is "dismissed …" said another way."""
    claim = claim_about(analyse(models, "en", text), content[-12:])
    assert claim.cue is not None and claim.cue.text.endswith(cue)
    assert claim.content.text == content


def test_the_politician_named_by_an_epithet_is_the_one_quoted_before(models: ModelCache) -> None:
    """ "…, ajoute le politique breton": "le politique" is the politician just quoted, as "le
    sexagénaire" or "l'élue" would be."""
    text = (
        "« Les caisses sont vides », prévient Jean Martin, le président du groupe. « Il faudra "
        "des économies », ajoute le politique breton."
    )
    claim = claim_about(analyse(models, "fr", text), "économies")
    assert source_of(claim).text == "le politique breton"
    assert source_of(claim).name == "Jean Martin"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "An Israeli army spokesman, Lt. Col. Peter Lerner, told reporters that the "
            "operation would continue.",
            "Peter Lerner",
            "An Israeli army spokesman",
        ),
        (
            "A Pentagon spokesman, Maj. Gen. Pat Ryder, said the strikes were limited.",
            "Pat Ryder",
            "A Pentagon spokesman",
        ),
    ],
    ids=["lt-col", "maj-gen"],
)
def test_a_named_spokesman_with_a_rank_is_a_person(
    models: ModelCache, text: str, name: str, role: str
) -> None:
    """ "An army spokesman, Lt. Col. Peter Lerner,": the rank between the comma and the name
    hid the apposition, and a named officer was reported as an anonymous source."""
    mention = source_of(claim_about(analyse(models, "en", text), "the"))
    assert mention.name == name
    assert mention.type is SourceType.PERSON
    assert mention.role == role


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "OpenAI a présenté mardi un nouveau modèle capable, selon l'entreprise, de « "
            "raisonner comme un doctorant ».",
            "l'entreprise",
            "de « raisonner comme un doctorant »",
        ),
        (
            "Le texte permettra, selon le ministre, de débloquer des projets.",
            "le ministre",
            "de débloquer des projets",
        ),
    ],
    ids=["capable-de", "permettra-de"],
)
def test_selon_inside_a_phrase_vouches_for_the_complement_after_it(
    models: ModelCache, text: str, speaker: str, content: str
) -> None:
    """ "un modèle capable, selon l'entreprise, de « raisonner … »": the company vouches for
    what the model can do, not for its presentation on Tuesday."""
    claim = claim_about(analyse(models, "fr", text), content[-10:])
    assert source_of(claim).text == speaker
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "D'après les informations de franceinfo, la préfète aurait quitté son poste.",
            "franceinfo",
            SourceType.MEDIA,
        ),
        (
            "La préfète aurait quitté son poste, selon les révélations du Canard enchaîné.",
            "Canard enchaîné",
            SourceType.MEDIA,
        ),
        (
            "Selon les propos du procureur, trois suspects ont été interpellés à Lille.",
            "procureur",
            SourceType.PERSON,
        ),
    ],
    ids=["informations-de", "revelations-du", "propos-du"],
)
def test_whose_reporting_after_selon_names_its_owner(
    models: ModelCache, text: str, speaker: str, kind: SourceType
) -> None:
    """ "selon les informations de franceinfo" is franceinfo's word: the longest cue at a word
    wins, so the source is the outlet, not "les informations de franceinfo" of unknown type."""
    [claim] = [c for c in analyse(models, "fr", text) if c.source]
    assert source_of(claim).text == speaker
    assert source_of(claim).type is kind


def test_a_pronoun_after_selon_is_the_whole_source(models: ModelCache) -> None:
    """ "qui permettra selon lui de « débloquer … »" gave the source "lui de «"."""
    text = (
        "Le gouvernement défend un texte « équilibré », qui permettra selon lui de « débloquer "
        "des projets essentiels »."
    )
    claims = analyse(models, "fr", text)
    assert all(source_of(c).text in ("Le gouvernement", "lui") for c in claims if c.source)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "L'armée israélienne a affirmé avoir frappé des cibles du Hezbollah.",
            "L'armée israélienne",
            "avoir frappé des cibles du Hezbollah",
        ),
        (
            "Le chanteur est mort dans la nuit, a annoncé sa famille à l'AFP.",
            "sa famille",
            "Le chanteur est mort dans la nuit",
        ),
        (
            "« Quelle tristesse », a écrit sur Twitter l'ancien Premier ministre.",
            "l'ancien Premier ministre",
            "« Quelle tristesse »",
        ),
    ],
    ids=["avoir-frappe", "a-l-afp", "sur-twitter"],
)
def test_war_and_tribute_copy_keeps_its_claims(
    models: ModelCache, text: str, speaker: str, content: str
) -> None:
    """Each was lost: "frappé" read as a noun, though "avoir" stands before it; a name after
    the speaker ("à l'AFP") stopped the inverted frame; a short quotation's words were taken
    for the subject of "a écrit"."""
    claim = claim_about(analyse(models, "fr", text), content[2:12])
    assert source_of(claim).text == speaker
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("language", "text", "speaker", "content"),
    [
        (
            "en",
            "A worker, who asked not to be named for fear of retaliation, said the line was "
            "unsafe.",
            "A worker",
            "the line was unsafe",
        ),
        (
            "fr",
            "Une employée, qui a demandé à ne pas être nommée, affirme que la ligne est "
            "dangereuse.",
            "Une employée, qui a demandé à ne pas être nommée",
            "que la ligne est dangereuse",
        ),
    ],
    ids=["en", "fr"],
)
def test_asking_not_to_be_named_is_no_claim(
    models: ModelCache, language: str, text: str, speaker: str, content: str
) -> None:
    """The request is the terms the source set the reporter; what the source said is the
    claim (the French one was given to "qui"). In English the request, a relative clause of
    asking, is no part of the speaker's phrase, as PolNeAR's annotators mostly leave it out;
    the small French model reads the sentence otherwise and keeps it."""
    claims = attributed(analyse(models, language, text))
    assert [(source_of(c).text, c.content.text) for c in claims] == [(speaker, content)]


@pytest.mark.parametrize(
    ("language", "text", "words", "name"),
    [
        (
            "fr",
            "Karim Benali a grandi à Marseille. Il a fondé une association en 2010. Il refuse "
            "de s'arrêter. « Nous aidons les jeunes », dit-il.",
            "jeunes",
            "Karim Benali",
        ),
        (
            "en",
            'Linda Okafor was 34 when she ran for the council. She lost by 200 votes. "It was '
            'a lesson," she recalls.',
            "lesson",
            "Linda Okafor",
        ),
        (
            "en",
            'Linda Okafor ran for the council. Her brother Tom lost his job. He moved away. "It '
            'was hard," she recalls.',
            "hard",
            "",
        ),
    ],
    ids=["fr-il-il-dit-il", "en-she-she-recalls", "en-guard-other-pronoun"],
)
def test_a_portrait_carries_its_subject_through_pronoun_sentences(
    models: ModelCache, language: str, text: str, words: str, name: str
) -> None:
    """A portrait names its subject once and goes on with "il", "she": each sentence whose
    subject is that pronoun carries the name one sentence further (the pronoun stayed
    unresolved after one such sentence). A chain of another pronoun carries nothing."""
    mention = source_of(claim_about(analyse(models, language, text), words))
    assert mention.name == name


@pytest.mark.parametrize(
    ("language", "text", "content"),
    [
        (
            "en",
            "Russian state media reported that Moscow's forces had captured the village, a "
            "claim Kyiv denied.",
            "that Moscow's forces had captured the village",
        ),
        (
            "fr",
            "L'armée russe a affirmé que ses forces avaient pris le village, une information "
            "démentie par Kiev.",
            "que ses forces avaient pris le village",
        ),
        (
            "en",
            "He said the company had hired a new chief executive, a veteran of the industry.",
            "the company had hired a new chief executive, a veteran of the industry",
        ),
        (
            "fr",
            "Selon l'armée russe, ses forces ont pris le village, une information démentie par "
            "Kiev.",
            "ses forces ont pris le village",
        ),
        (
            "en",
            "According to Russian state media, Moscow's forces had captured the village, a claim "
            "Kyiv denied.",
            "Moscow's forces had captured the village",
        ),
    ],
    ids=[
        "en-a-claim-kyiv-denied",
        "fr-une-information-dementie",
        "en-guard-apposition",
        "fr-selon",
        "en-according-to",
    ],
)
def test_the_reporters_caveat_is_not_the_sources_content(
    models: ModelCache, language: str, text: str, content: str
) -> None:
    """ "…, a claim Kyiv denied": the reporter's word on the claim closes the sentence; in
    the content it put Kyiv's denial in Moscow's mouth."""
    claim = claim_about(analyse(models, language, text), content[-15:])
    assert claim.content.text == content


def test_a_quotation_with_mixed_marks_keeps_its_speaker(models: ModelCache) -> None:
    """Web copy that curls only some marks (“…" then "…”): the second quotation goes on with
    the speaker of the first, as with matching marks; it was left unattributed."""
    text = (
        '“I fundamentally disagree," said retired Army Lt. Gen. Mick Bednarek. "The bottom line '
        "is that more bombing has absolutely no bearing on people like him.”"
    )
    claim = claim_about(analyse(models, "en", text), "The bottom line")
    assert source_of(claim).name == "Mick Bednarek"


@pytest.mark.parametrize(
    ("language", "text", "speaker", "content"),
    [
        (
            "fr",
            "Pour la FSU, premier syndicat du secondaire, cette réforme va creuser les "
            "inégalités entre les élèves.",
            "la FSU, premier syndicat du secondaire",
            "cette réforme va creuser les inégalités entre les élèves",
        ),
        (
            "en",
            "According to the FSU, the largest teachers' union, the reform will widen "
            "inequalities between pupils.",
            "the FSU, the largest teachers' union",
            "the reform will widen inequalities between pupils",
        ),
        (
            "fr",
            "Selon Le Monde, mardi, le ministre a démissionné.",
            "Le Monde",
            "mardi, le ministre a démissionné",
        ),
    ],
    ids=["fr-pour-la-fsu", "en-according-to", "fr-guard-no-description"],
)
def test_what_a_body_is_stays_with_its_name(
    models: ModelCache, language: str, text: str, speaker: str, content: str
) -> None:
    """ "Pour la FSU, premier syndicat du secondaire, …": the apposition says what the union
    is, as a role says who a person is; it opened the union's content."""
    claim = claim_about(analyse(models, language, text), content[-12:])
    assert source_of(claim).text == speaker
    assert claim.content.text == content


def test_quoted_words_closing_a_participles_report_are_in_it(models: ModelCache) -> None:
    """ "…, affirmant avoir visé « une position militaire »": the parser hung the quotation
    on the sentence's main verb, and the content stopped at "avoir visé"."""
    text = (
        "L'armée russe a publié une vidéo, affirmant avoir visé « une position militaire » "
        "près de Kharkiv."
    )
    claim = claim_about(analyse(models, "fr", text), "avoir visé")
    assert claim.content.text == "avoir visé « une position militaire »"


def test_a_second_participle_sharing_the_auxiliary_is_a_claim_too(models: ModelCache) -> None:
    """ "a dénoncé la réforme et annoncé une plainte": "annoncé" has no auxiliary of its own,
    and was read as a participle describing a thing."""
    text = "Le syndicat a dénoncé la réforme et annoncé une plainte devant le Conseil d'État."
    claim = claim_about(analyse(models, "fr", text), "une plainte")
    assert source_of(claim).text == "Le syndicat"
    assert claim.cue is not None and claim.cue.text == "annoncé"


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ("Selon l'Unicef, 300 enfants ont été tués.", "l'Unicef", SourceType.ORGANIZATION),
        (
            "L'Observatoire syrien des droits de l'homme affirme que 20 civils ont été tués.",
            "L'Observatoire syrien des droits de l'homme",
            SourceType.ORGANIZATION,
        ),
        ("Selon le rectorat, 12 classes ont été fermées.", "le rectorat", SourceType.GOVERNMENT),
        ("L'Insee a annoncé que le chômage avait baissé.", "L'Insee", SourceType.GOVERNMENT),
        (
            "Selon Moscou, les frappes ont visé des cibles militaires.",
            "Moscou",
            SourceType.GOVERNMENT,
        ),
    ],
    ids=["unicef", "observatoire", "rectorat", "insee", "guard-capital"],
)
def test_a_body_the_recogniser_took_for_a_place_keeps_its_kind(
    models: ModelCache, text: str, speaker: str, kind: SourceType
) -> None:
    """The French recogniser labels "Unicef" and "l'Observatoire syrien des droits de
    l'homme" places, and a place speaking is a state: both NGOs were typed government."""
    claim = the_claim(analyse(models, "fr", text))
    assert source_of(claim).text == speaker
    assert source_of(claim).type is kind


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", '"We lost everything," said Olena, a 58-year-old teacher.', "Olena"),
        ("en", '"We have nothing left," said Natalia, 58.', "Natalia"),
        ("fr", "« Il faut agir », dit Zineb, étudiante en littérature française.", "Zineb"),
    ],
    ids=["role-after-age", "bare-age", "fr-guard-role-first"],
)
def test_a_civilian_quoted_by_first_name_is_a_person(
    models: ModelCache, language: str, text: str, name: str
) -> None:
    """War copy quotes civilians by first name with an age or a trade: the recogniser's
    guess made "Olena" an organisation and "Natalia" a state."""
    mention = source_of(the_claim(analyse(models, language, text)))
    assert mention.name == name
    assert mention.type is SourceType.PERSON


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "en",
            "A senior official who spoke on condition of anonymity said the talks had failed.",
            "senior official",
        ),
        (
            "fr",
            "Un haut responsable qui a requis l'anonymat affirme que les négociations ont échoué.",
            "haut responsable",
        ),
        (
            "en",
            "Officials who work at the ministry said the talks had failed.",
            "Officials who work at the ministry",
        ),
    ],
    ids=["en-anonymity", "fr-anonymat", "en-guard-restrictive"],
)
def test_the_terms_of_anonymity_are_not_part_of_the_sources_name(
    models: ModelCache, language: str, text: str, name: str
) -> None:
    """ "who spoke on condition of anonymity" says why the source is unnamed, not who it is:
    the report's list of sources named it so, apart from every other senior official."""
    mention = source_of(the_claim(analyse(models, language, text)))
    assert mention.name == name
    assert mention.type is SourceType.ANONYMOUS


def test_a_hedge_word_in_the_speakers_name_does_not_hedge_the_claim(models: ModelCache) -> None:
    """ "likely voters" are who spoke: the claim was marked hedged for "likely"."""
    text = "Fifty-two percent of likely voters said they would back the measure."
    claim = the_claim(analyse(models, "en", text))
    assert not claim.hedges


def test_a_quotation_with_its_closing_mark_forgotten_keeps_its_speaker(
    models: ModelCache,
) -> None:
    """ "“…,” said Baron. “His candidacy has defied all conventions." and no closing mark
    before the paragraph ends: the second quotation was dropped and its words unattributed."""
    text = (
        "“Donald Trump is a candidate unlike any we have ever seen,” said Martin Baron. “His "
        "candidacy and his positions have defied all conventions.\n\n"
        "He continued, “That is what we intend to do.”"
    )
    claim = claim_about(analyse(models, "en", text), "defied all conventions")
    assert source_of(claim).name == "Martin Baron"


# -- fourteenth pass: court, sport, culture and diplomatic copy, written for the purpose ------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Le Monde salue « un disque courageux », tandis que Télérama regrette « une "
            "production trop lisse ».",
            [
                ("Le Monde", "« un disque courageux »"),
                ("Télérama", "« une production trop lisse »"),
            ],
        ),
        (
            "Le maire a annoncé la fermeture de la piscine dès que les travaux commenceront.",
            [("Le maire", "la fermeture de la piscine")],
        ),
        (
            "Le ministre défend la réforme alors que les syndicats estiment qu'elle est mal "
            "ficelée.",
            [("Le ministre", "la réforme"), ("les syndicats", "qu'elle est mal ficelée")],
        ),
        (
            "Le ministre a affirmé que la réforme était prête.",
            [("Le ministre", "que la réforme était prête")],
        ),
    ],
    ids=["tandis-que", "dès-que", "alors-que", "guard-que"],
)
def test_the_que_of_a_conjunction_opens_no_report(
    models: ModelCache, text: str, claims: list[tuple[str, str]]
) -> None:
    """ "tandis que", "dès que", "alors que" open a clause of time or contrast: Le Monde did not
    say what Télérama regrets."""
    found = [(source_of(c).text, c.content.text) for c in attributed(analyse(models, "fr", text))]
    assert found == claims


def test_a_relative_clause_on_the_object_is_not_the_report(models: ModelCache) -> None:
    """ "défend la réforme, que les syndicats jugent « injuste »": the unions judge it, the
    minister does not report their judgement."""
    text = "Le ministre défend la réforme, que les syndicats jugent « injuste »."
    for claim in attributed(analyse(models, "fr", text)):
        assert not claim.content.text.startswith("que")


@pytest.mark.parametrize(
    ("language", "text", "claims"),
    [
        (
            "fr",
            "Bernard Morin tempête : « On nous prend pour des imbéciles ! » Sylvie Roux affirme "
            "avoir écrit trois fois à EDF.",
            [
                ("Bernard Morin", "« On nous prend pour des imbéciles ! »"),
                ("Sylvie Roux", "avoir écrit trois fois à EDF"),
            ],
        ),
        ("en", "“Stop right there!” Smith said.", [("Smith", "“Stop right there!”")]),
    ],
    ids=["fr-next-sentence", "en-guard-inverted"],
)
def test_a_quotation_closed_on_its_own_mark_is_not_the_next_sentences(
    models: ModelCache, language: str, text: str, claims: list[tuple[str, str]]
) -> None:
    """A French incise puts its verb first, so a capitalised word after « … ! » starts a new
    sentence, whose verb does not take the quotation; an English frame after “…!” goes on."""
    found = [
        (source_of(c).text, c.content.text) for c in attributed(analyse(models, language, text))
    ]
    assert found == claims


@pytest.mark.parametrize(
    ("language", "text", "words", "name"),
    [
        (
            "en",
            "Foreign Minister Ana Ruiz spoke by phone on Monday. In a call with President Omar "
            "Haddad, she said the border would reopen.",
            "the border would reopen",
            "Ana Ruiz",
        ),
        (
            "en",
            'Attorney General Diane Holt called the findings "troubling." In a letter to the '
            "mayor, she wrote that the department had failed.",
            "the department had failed",
            "Diane Holt",
        ),
        (
            "fr",
            "La ministre Anne Roux a reçu son homologue lundi. Dans une lettre au maire, elle a "
            "écrit que le service avait failli.",
            "le service avait failli",
            "Anne Roux",
        ),
    ],
    ids=["en-call-with-president", "en-letter-to-the-mayor", "fr-lettre-au-maire"],
)
def test_a_setting_before_the_speaker_is_not_their_role(
    models: ModelCache, language: str, text: str, words: str, name: str
) -> None:
    """ "In a call with President Omar Haddad, she said": the phrase is where she said it; the
    claim was given to Omar Haddad."""
    claim = claim_about(analyse(models, language, text), words)
    assert source_of(claim).text.lower() in ("she", "elle")
    assert source_of(claim).name == name


def test_a_title_in_a_possessive_is_not_the_speakers(models: ModelCache) -> None:
    """ "Mr. Tate's lawyer, Elaine Burke": "Mr." is Tate's, so Elaine Burke is not a man, and
    the "She" after her claim is not the woman her claim was about."""
    text = (
        "Mr. Tate's lawyer, Elaine Burke, argued that Ms. Marlowe had a motive to lie. She "
        "noted that the witness had struck a deal with prosecutors."
    )
    claim = claim_about(analyse(models, "en", text), "struck a deal")
    assert source_of(claim).name != "Marlowe"


@pytest.mark.parametrize(
    ("language", "text", "speaker", "content"),
    [
        (
            "fr",
            "Après la victoire face au Racing, Ugo Mola a salué « un match plein ».",
            "Ugo Mola",
            "« un match plein »",
        ),
        (
            "fr",
            "Lors de sa conférence de presse, l'entraîneur a salué « un match plein ».",
            "l'entraîneur",
            "« un match plein »",
        ),
        (
            "en",
            "The plan is dead, he told reporters.",
            "he",
            "The plan is dead",
        ),
    ],
    ids=["fr-après-la-victoire", "fr-lors-de", "en-guard-listener"],
)
def test_a_frame_with_its_object_after_it_is_not_inverted(
    models: ModelCache, language: str, text: str, speaker: str, content: str
) -> None:
    """A speaker and verb after an opening phrase and its comma, with the verb's object after
    them, is no frame closing what came before: what Ugo Mola hailed is « un match plein »."""
    claim = the_claim(analyse(models, language, text))
    assert source_of(claim).text == speaker
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "speaker", "rejected"),
    [
        (
            'The company rejected claims that its drivers were underpaid, calling them "false."',
            "The company",
            "claims that its drivers were underpaid",
        ),
        (
            'The minister dismissed reports that his deputy had resigned, calling them "rubbish."',
            "The minister",
            "reports that his deputy had resigned",
        ),
    ],
    ids=["rejected-claims", "dismissed-reports"],
)
def test_a_rejection_keeps_what_it_rejects_and_its_participle(
    models: ModelCache, text: str, speaker: str, rejected: str
) -> None:
    """ "rejected claims that its drivers were underpaid, calling them false": the company
    rejects the claims (it does not say its drivers were underpaid), and the participle is the
    company's, not the drivers'."""
    claims = attributed(analyse(models, "en", text))
    assert [(source_of(c).text, c.content.text) for c in claims] == [
        (speaker, rejected),
        (speaker, text[text.index(", calling ") + len(", calling ") :]),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Aux dires des syndicats, 80 % des conducteurs seraient en grève.",
            "syndicats",
            "80 % des conducteurs seraient en grève",
        ),
        (
            "Aux dires du maire, la piscine rouvrira en mai.",
            "maire",
            "la piscine rouvrira en mai",
        ),
        (
            "Aux dires de la direction, la piscine rouvrira en mai.",
            "la direction",
            "la piscine rouvrira en mai",
        ),
    ],
    ids=["aux-dires-des", "aux-dires-du", "guard-aux-dires-de"],
)
def test_a_cue_phrase_ending_in_de_reads_its_fused_article(
    models: ModelCache, text: str, speaker: str, content: str
) -> None:
    """ "aux dires de" + "les syndicats" is written "aux dires des syndicats": the sentence had
    no source at all."""
    claim = the_claim(analyse(models, "fr", text))
    assert source_of(claim).text == speaker
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("language", "text", "speaker", "content"),
    [
        (
            "fr",
            "17 h 05 — Le ministre de l'Intérieur annonce le déploiement de 2 000 policiers "
            "supplémentaires.",
            "Le ministre de l'Intérieur",
            "le déploiement de 2 000 policiers supplémentaires",
        ),
        (
            "en",
            "5:30 p.m. — The governor said the bridge would reopen on Friday.",
            "The governor",
            "the bridge would reopen on Friday",
        ),
    ],
    ids=["fr-17-h-05", "en-5-30-pm"],
)
def test_a_live_pages_entry_time_is_no_part_of_the_claim(
    models: ModelCache, language: str, text: str, speaker: str, content: str
) -> None:
    """A live page dates each entry "17 h 05 —": like a dateline, the stamp is neither the
    speaker nor what was said."""
    claim = the_claim(analyse(models, language, text))
    assert source_of(claim).text == speaker
    assert claim.content.text.rstrip(".") == content


def test_an_object_after_the_channel_is_what_was_denounced(models: ModelCache) -> None:
    """ "a dénoncé dans un communiqué la suppression de 300 postes": the parser hung the
    object on the communiqué, and the claim was lost."""
    text = "La CFDT a dénoncé dans un communiqué la suppression de 300 postes."
    claim = the_claim(analyse(models, "fr", text))
    assert source_of(claim).text == "La CFDT"
    assert claim.content.text == "la suppression de 300 postes"


# -- issue 11, fifteenth pass: wire formulas, and a frame after an interjection ---------------


@pytest.mark.parametrize(
    ("language", "text", "speaker", "content"),
    [
        (
            "fr",
            "Le nombre de faillites a baissé de 4 %, indique une étude de la Banque de France "
            "publiée lundi.",
            "une étude de la Banque de France",
            "Le nombre de faillites a baissé de 4 %",
        ),
        (
            "fr",
            "De violents orages sont attendus dans la soirée, a précisé Météo-France dans son "
            "bulletin.",
            "Météo-France",
            "De violents orages sont attendus dans la soirée",
        ),
    ],
    ids=["participle-on-the-source", "channel-bulletin"],
)
def test_an_inverted_frame_keeps_what_follows_its_source_out(
    models: ModelCache, language: str, text: str, speaker: str, content: str
) -> None:
    """A participle on the inverted source ("publiée lundi") or a channel after it ("dans son
    bulletin") made the frame no frame: the sentence was reported as the article's own."""
    claim = the_claim(analyse(models, language, text))
    assert source_of(claim).text == speaker
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "De source judiciaire, le suspect aurait reconnu les faits.",
            "source judiciaire",
            "le suspect aurait reconnu les faits",
        ),
        (
            "Le suspect aurait reconnu les faits, de sources concordantes.",
            "sources concordantes",
            "Le suspect aurait reconnu les faits",
        ),
    ],
    ids=["de-source-first", "de-sources-last"],
)
def test_de_source_is_an_unnamed_source(
    models: ModelCache, text: str, speaker: str, content: str
) -> None:
    """ "de source judiciaire", the wire's formula for an unnamed source, was no frame."""
    claim = the_claim(analyse(models, "fr", text))
    assert source_of(claim).text == speaker
    assert source_of(claim).type is SourceType.ANONYMOUS
    assert claim.content.text == content


def test_a_quotation_around_the_object_is_what_was_said(models: ModelCache) -> None:
    """The parser left the opening guillemet outside the object of "a évoqué", and the
    quotation was no part of it: the claim was lost."""
    text = "La préfète a évoqué « un incident isolé » lors de son point presse."
    claim = the_claim(analyse(models, "fr", text))
    assert source_of(claim).text == "La préfète"
    assert claim.content.text == "« un incident isolé »"


@pytest.mark.parametrize(
    ("language", "text", "speaker", "content"),
    [
        ("en", "Yes, the coach said, the team is ready.", "the coach", "the team is ready"),
        ("en", "Well, she said, the budget is tight.", "she", "the budget is tight"),
        ("en", "But, she said, the budget is tight.", "she", "the budget is tight"),
        ("fr", "Oui, a-t-elle dit, la réforme sera votée.", "-elle", "la réforme sera votée"),
    ],
    ids=["yes", "well", "guard-connective", "fr-oui"],
)
def test_an_interjection_before_a_frame_opens_its_content(
    models: ModelCache, language: str, text: str, speaker: str, content: str
) -> None:
    """ "Yes, he said, …": only a connective counted as the opening of a frame set inside
    its content, so the sentence was the article's own."""
    claim = the_claim(analyse(models, language, text))
    assert source_of(claim).text == speaker
    assert content in claim.content.text


def test_a_figure_in_percent_ends_a_content_around_its_frame(models: ModelCache) -> None:
    """The "%" that ends a content a frame stands inside of was trimmed as punctuation."""
    text = "Le chômage, indique l'Insee, a reculé de 0,2 %."
    claim = the_claim(analyse(models, "fr", text))
    assert claim.content.text.endswith("0,2 %")


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "Chief Dana Whitfield said crews arrived at 10 p.m. The cause is under "
            "investigation, Whitfield said.",
            ["crews arrived at 10 p.m.", "The cause is under investigation"],
        ),
        (
            "Captain Ana Ruiz said crews arrived at 11 p.m. The roof had collapsed by then, "
            "Ruiz said.",
            ["crews arrived at 11 p.m.", "The roof had collapsed by then"],
        ),
        (
            "Voting ends at 8 p.m. Eastern time, election officials said.",
            ["Voting ends at 8 p.m. Eastern time"],
        ),
        (
            "The hearing resumes at 9 a.m. Monday, the court clerk said.",
            ["The hearing resumes at 9 a.m. Monday"],
        ),
    ],
    ids=["p.m.-ends-a-sentence", "p.m.-read-as-the-full-stop", "guard-time-zone", "guard-day"],
)
def test_a_time_abbreviation_can_end_a_sentence(
    models: ModelCache, text: str, contents: list[str]
) -> None:
    """The parser read "… at 10 p.m. The cause is …, Whitfield said" as one sentence, one
    claim with both; or it read "p.m." as the full stop, and left it out of the content."""
    claims = attributed(analyse(models, "en", text))
    assert [c.content.text for c in claims] == contents


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "La sénatrice Anne Morel, ont confirmé ses proches, a renoncé à se représenter.",
            "ses proches",
        ),
        ("Le directeur, a indiqué l'entreprise, quittera ses fonctions en mars.", "l'entreprise"),
    ],
    ids=["plural-incise", "singular-incise"],
)
def test_a_french_incise_between_subject_and_verb_names_the_speaker_after_it(
    models: ModelCache, text: str, speaker: str
) -> None:
    """ "X, ont affirmé ses proches, a renoncé": the parse made X the subject of "affirmé",
    and the sentence was X's own words, or nobody's."""
    claim = the_claim(analyse(models, "fr", text))
    assert source_of(claim).text == speaker
    assert claim.content.text == text.rstrip(".")


def test_a_subject_before_its_own_verb_of_saying_is_kept(models: ModelCache) -> None:
    """Guard: "X, reçu par le ministre, a dénoncé la réforme" has no incise; X speaks."""
    text = "Le syndicat, reçu par le ministre, a dénoncé la réforme des retraites."
    claim = the_claim(analyse(models, "fr", text))
    assert source_of(claim).text.startswith("Le syndicat")


@pytest.mark.parametrize(
    ("language", "text", "speaker", "content"),
    [
        (
            "fr",
            "La rectrice l'a répété lundi : aucune école ne fermera à la rentrée.",
            "La rectrice",
            "aucune école ne fermera à la rentrée",
        ),
        (
            "en",
            "The minister said it again on Tuesday: there will be no tax increase.",
            "The minister",
            "there will be no tax increase",
        ),
    ],
    ids=["fr-unquoted-after-colon", "en-colon-left-out"],
)
def test_a_verb_of_saying_reports_the_clause_after_its_colon(
    models: ModelCache, language: str, text: str, speaker: str, content: str
) -> None:
    """Only a quotation after the colon was reported ("l'a répété : « … »"); an unquoted
    clause was the article's own (French), and the content began with the colon (English)."""
    claim = the_claim(analyse(models, language, text))
    assert source_of(claim).text == speaker
    assert claim.content.text == content


def test_a_list_after_a_colon_is_no_clause(models: ModelCache) -> None:
    """Guard: "a annoncé deux mesures : la gratuité et …" reports its object, not the list as
    a statement of its own."""
    text = "La mairie a annoncé deux mesures : la gratuité des bus et la fermeture des parkings."
    claim = the_claim(analyse(models, "fr", text))
    assert "la gratuité" not in claim.content.text or claim.content.text.startswith("deux")


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            'Commissioner Lena Park said the audit was complete. "Then where is it?" '
            "Representative Hugo Banks shot back.",
            "Representative Hugo Banks",
            "shot back",
        ),
        (
            'The mayor praised the crews. "They never stopped for three days and nights," Fire '
            "Chief Ana Soto chimed in.",
            "Fire Chief Ana Soto",
            "chimed in",
        ),
    ],
    ids=["after-a-question", "after-a-comma"],
)
def test_a_subject_and_verb_after_a_quotation_are_its_frame(
    models: ModelCache, text: str, speaker: str, cue: str
) -> None:
    """ "“…?” X shot back.": a verb no list knows, in the place of an incise; the quotation
    went to the one who spoke before."""
    claim = [c for c in analyse(models, "en", text) if c.content.text.startswith('"')][-1]
    assert source_of(claim).text == speaker
    assert claim.cue is not None and claim.cue.text == cue


def test_a_negation_belongs_to_the_cue(models: ModelCache) -> None:
    """ "X never said Y" was shown with the cue "said": a claim by X that Y, the opposite of
    what the text reports."""
    text = "Governor Ruth Hale never said the plant would close."
    claim = the_claim(analyse(models, "en", text))
    assert claim.cue is not None and claim.cue.text == "never said"


def test_a_time_abbreviation_before_a_quotation_ends_the_sentence(models: ModelCache) -> None:
    """ "… at 7 p.m. “Stay home,” he said": the narration became part of the quotation."""
    text = 'The curfew begins at 9 p.m. "Stay home tonight," Sheriff Ray Cole said.'
    claim = the_claim(analyse(models, "en", text))
    assert claim.content.text == '"Stay home tonight,"'


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The district will close three schools, the superintendent said, citing falling "
            "enrollment.",
            "The district will close three schools",
        ),
        (
            "The airline is cutting 400 jobs, two people familiar with the plan said on "
            "Monday, as fuel costs rise.",
            "The airline is cutting 400 jobs",
        ),
        (
            "An investigation was opened, prosecutors said, without giving details.",
            "An investigation was opened",
        ),
        (
            "Une enquête a été ouverte, a précisé le parquet, sans plus de détails.",
            "Une enquête a été ouverte",
        ),
    ],
    ids=["citing", "as-clause", "without", "fr-sans"],
)
def test_a_phrase_of_the_frame_after_it_is_no_part_of_the_content(
    models: ModelCache, text: str, content: str
) -> None:
    """ "P, X said, citing …": the writer's context after the frame was read as the rest of
    what was said, and the content was the whole sentence, frame included; also when the
    parse hangs it on the clause around the frame ("…, prosecutors said, without giving
    details"), and in French ("…, a précisé le parquet, sans plus de détails")."""
    language = "fr" if "parquet" in text else "en"
    claim = the_claim(analyse(models, language, text))
    assert claim.content.text == content


def test_a_question_put_to_the_speaker_is_not_theirs(models: ModelCache) -> None:
    """ "Grant, asked whether …, said …": the parse hung "said" on "asked", and the question
    became a claim of Grant's."""
    text = 'Aisha Grant, asked whether the bank would cut jobs, said it had "no plans" to do so.'
    claims = attributed(analyse(models, "en", text))
    assert [c.cue.text for c in claims if c.cue is not None] == ["said"]


# -- issue 11, fifteenth pass: a French genre round of wire, election and round-up copy -------


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "La FNSEA, quant à elle, dénonce la baisse des aides.",
            "La FNSEA",
            "la baisse des aides",
        ),
        (
            "Le président du club, lui, annonce un nouveau stade.",
            "Le président du club",
            "un nouveau stade",
        ),
    ],
    ids=["quant-a-elle", "lui"],
)
def test_a_subject_taken_up_between_commas_is_the_speaker(
    models: ModelCache, text: str, speaker: str, content: str
) -> None:
    """ "X, quant à elle, dénonce NP": the tagger read the present tense as a noun, and the
    sentence was read as "[content], dénonce [speaker]": the object was the speaker."""
    claim = the_claim(analyse(models, "fr", text))
    assert source_of(claim).text == speaker
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Un homme de 52 ans a été placé en garde à vue, a annoncé dimanche la préfecture.",
            "la préfecture",
        ),
        (
            "Deux randonneurs ont été secourus, a déclaré mardi à l'AFP le maire.",
            "le maire",
        ),
    ],
    ids=["weekday", "weekday-and-outlet"],
)
def test_a_day_or_outlet_before_an_inverted_subject_is_not_the_speaker(
    models: ModelCache, text: str, speaker: str
) -> None:
    """ "…, a annoncé dimanche la préfecture": the day was the speaker and the préfecture what
    was said; with "à l'AFP" before the subject, the agency was the speaker."""
    claim = the_claim(analyse(models, "fr", text))
    assert source_of(claim).text == speaker
    assert claim.content.text == text.split(", a ")[0]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Les crues ont fait trois morts, a annoncé le préfet, Thierry Mounier.",
            "le préfet, Thierry Mounier",
            "Les crues ont fait trois morts",
        ),
        (
            "Un arbre est tombé sur la voie ferrée, a annoncé le préfet du département, qui a "
            "appelé les habitants à « rester prudents ».",
            "le préfet du département",
            "Un arbre est tombé sur la voie ferrée",
        ),
    ],
    ids=["closing-name", "closing-relative"],
)
def test_what_follows_an_inverted_speaker_stays_out_of_the_content(
    models: ModelCache, text: str, speaker: str, content: str
) -> None:
    """ "…, a annoncé le préfet, Thierry Mounier.": the content ran over the frame to the end
    of the sentence, and the name was lost; a relative clause after the speaker did the same,
    and its own claim went to "département"."""
    claims = attributed(analyse(models, "fr", text))
    assert source_of(claims[0]).text == speaker
    assert claims[0].content.text == content
    assert all(source_of(c).text == speaker for c in claims)


def test_a_named_speaker_after_pour_keeps_the_apposition(models: ModelCache) -> None:
    """ "Pour la climatologue X, chercheuse au CNRS, …": the apposition was what she said."""
    text = "Pour la géographe Claire Vidal, chercheuse au CNRS, ces chiffres « inquiètent »."
    claim = the_claim(analyse(models, "fr", text))
    assert source_of(claim).text == "la géographe Claire Vidal, chercheuse au CNRS"
    assert claim.content.text.startswith("ces chiffres")


def test_qu_tagged_as_an_adverb_still_opens_the_report(models: ModelCache) -> None:
    """ "a indiqué qu'une autopsie serait pratiquée": the tagger read "qu'" as an adverb, and
    the claim was lost."""
    text = "La procureure a indiqué qu'une autopsie serait pratiquée mardi."
    claim = the_claim(analyse(models, "fr", text))
    assert claim.content.text == "qu'une autopsie serait pratiquée mardi"


def test_the_clitic_of_on_nous_dit_is_no_speaker(models: ModelCache) -> None:
    """ "On nous répète que …": "nous", whom it is said to, was the speaker."""
    text = "On nous répète que les urgences vont rouvrir cet été."
    claims = analyse(models, "fr", text)
    assert all(c.source is None or c.source.text.lower() != "nous" for c in claims)


def test_places_set_off_before_a_first_name_are_not_the_speaker(models: ModelCache) -> None:
    """ "Devant la mairie, à Lyon, Sophie, 45 ans, confie : « … »": the speaker was "la
    mairie, à Lyon, Sophie", named after the town hall."""
    text = "Devant la mairie, à Lyon, Sophie, 45 ans, confie : « Je n'ai jamais vu ça. »"
    claim = the_claim(analyse(models, "fr", text))
    assert source_of(claim).text == "Sophie"


def test_a_role_with_a_place_then_a_name_keeps_the_name(models: ModelCache) -> None:
    """Guard: "According to the mayor of Lyon, Jean Dupont, …" names Jean Dupont: the place
    in the role is no name of the speaker's."""
    text = "According to the mayor of Lyon, Jean Dupont, the road will close on Monday."
    claim = the_claim(analyse(models, "en", text))
    assert source_of(claim).name == "Jean Dupont"
    assert claim.content.text == "the road will close on Monday"


@pytest.mark.parametrize(
    ("language", "text", "speaker", "content"),
    [
        (
            "en",
            "“We will fight,” Mayor Ellen Park said, but her deputy disputed that.",
            "Mayor Ellen Park",
            "“We will fight,”",
        ),
        (
            "en",
            "The council will fight the plan, Mayor Ellen Park said, but her deputy disputed that.",
            "Mayor Ellen Park",
            "The council will fight the plan",
        ),
        (
            "fr",
            "Le conseil contestera le projet, a dit la maire, mais l'opposition a dénoncé une "
            "manœuvre.",
            "la maire",
            "Le conseil contestera le projet",
        ),
        (
            "en",
            "The mayor said that taxes would rise and that the budget would be cut.",
            "The mayor",
            "that taxes would rise and that the budget would be cut",
        ),
        (
            "en",
            "He may not win the room, aides say, but he is still an effective advocate for her.",
            "aides",
            "He may not win the room, aides say, but he is still an effective advocate for her",
        ),
    ],
    ids=[
        "quote-then-but",
        "clause-then-but",
        "fr-clause-then-mais",
        "guard-two-that-clauses",
        "guard-the-speaker-goes-on",
    ],
)
def test_another_frame_after_the_frame_is_not_the_speakers_content(
    models: ModelCache, language: str, text: str, speaker: str, content: str
) -> None:
    """ "…, the mayor said, but her deputy disputed that": what the deputy did is not what the
    mayor said; a "that" the deputy disputed is no second that-clause of the mayor's."""
    claim = claim_about(analyse(models, language, text), content)
    assert source_of(claim).text == speaker
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "en",
            "The mayor, who visited the school on Monday, said the school would close.",
            "The mayor, who visited the school on Monday",
        ),
        (
            "fr",
            "Le ministre, qui s'exprimait jeudi, a affirmé que la réforme passerait.",
            "Le ministre, qui s'exprimait jeudi",
        ),
        ("en", 'The school board was blunt: "We are out of money."', "The school board"),
    ],
    ids=["day-in-a-relative-clause", "fr-day-in-a-relative-clause", "a-board-speaks"],
)
def test_a_speakers_phrase_is_whole(
    models: ModelCache, language: str, text: str, speaker: str
) -> None:
    """ "The mayor, who visited the school on Monday": the day belongs to the relative clause,
    which the speaker's phrase keeps whole; cut at the day, the phrase ended on "who visited
    the school". A board, a panel, a commission or a jury speaks as one body."""
    claim = the_claim(analyse(models, language, text))
    assert source_of(claim).text == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Le budget « n'est pas à la hauteur », juge l'association Foodwatch.",
            "Le budget « n'est pas à la hauteur »",
        ),
        (
            "La réforme « va dans le bon sens », estime le syndicat des cadres.",
            "La réforme « va dans le bon sens »",
        ),
        (
            "Il a tranché : « personne ne partira », assure la directrice.",
            "« personne ne partira »",
        ),
    ],
    ids=["noun-before-quote", "subject-tagged-adjective", "guard-after-colon"],
)
def test_the_subject_before_a_quotation_is_part_of_what_the_incise_reports(
    models: ModelCache, text: str, content: str
) -> None:
    """ "Le budget « n'est pas à la hauteur », juge X" reported only the quotation, a predicate
    without its subject; a quotation after a colon stands alone."""
    claim = claim_about(analyse(models, "fr", text), content[-12:])
    assert claim.content.text == content
