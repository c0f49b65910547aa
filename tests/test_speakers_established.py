"""Who speaks where the text has already made it clear (issue 11, forty-fourth pass): a quotation
right after a sentence about a person, the other coach in a match report, "the company" after an
agency spoke of it, a headline's incise, a quoted noun phrase. Each case is a pattern of the
language, written for this file; the guards say what must not change."""

from __future__ import annotations

from claimcheck.models import ClaimKind
from claimcheck.nlp.loading import ModelCache
from test_attribution_models import (
    analyse,
    attributed,
    claim_about,
    models,
    source_of,
    speaker_about,
    unattributed,
)

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


def test_a_quotation_after_a_sentence_about_someone_is_theirs(models: ModelCache) -> None:
    """ "Interrogé sur …, il s'est montré prudent. « Il faudra attendre … »" left the quotation
    to nobody: no verb of saying frames it, but the sentence before is about the coach, and
    the text means his words."""
    text = (
        "Son entraîneur, Pierre Sage, n'a pas cherché d'excuses en conférence de presse. "
        "« On a manqué de tout », a reconnu le technicien.\n\n"
        "Interrogé sur l'avenir de son capitaine, il s'est montré prudent. « Il faudra "
        "attendre les examens de lundi. Je ne veux pas m'avancer. »"
    )
    claim = claim_about(analyse(models, "fr", text), "examens de lundi")
    assert (claim.kind, source_of(claim).name) == (ClaimKind.DIRECT, "Pierre Sage")


def test_an_english_quotation_after_a_sentence_about_someone_is_theirs(
    models: ModelCache,
) -> None:
    """The same in English, the sentence before left to the article in full, subject too:
    not "shook her head." without who did."""
    text = "Betsy Ebeling shook her head. “Tom’s much better about it than I am.”"
    claims = analyse(models, "en", text)
    assert source_of(claim_about(claims, "much better")).name == "Betsy Ebeling"
    assert [c.content.text for c in unattributed(claims)] == ["Betsy Ebeling shook her head."]


def test_a_quotation_after_a_sentence_about_a_thing_stays_nobody_s(models: ModelCache) -> None:
    """Guard: a sentence about a meeting names nobody who may have said the words after it."""
    text = "The meeting lasted three hours on Tuesday. “It was a complete waste of our time.”"
    assert attributed(analyse(models, "en", text)) == []


def test_a_first_name_taken_up_by_a_pronoun_speaks(models: ModelCache) -> None:
    """ "Nadia, elle, a fait ses comptes. « Avec deux enfants, je ne m'en sors plus. »" lost
    the quotation: the tagger read "sors" as a noun, so it seemed to say nothing, and the
    recogniser did not call Nadia a person, so "elle" stood for nobody. A pronoun subject has
    a verb, and a first name set off before the pronoun that takes it up is a person's."""
    text = (
        "Le prix de l'énergie a doublé en un an.\n\n"
        "Nadia, elle, a fait ses comptes. « Avec deux enfants, je ne m'en sors plus. »"
    )
    claim = claim_about(analyse(models, "fr", text), "deux enfants")
    assert (source_of(claim).text, source_of(claim).name) == ("elle", "Nadia")


def test_a_person_in_a_clause_of_setting_does_not_speak(models: ModelCache) -> None:
    """Guard: the sentence before is about the crowd, the subject of its main verb; the mayor
    only sets the time ("When the mayor arrived, …"), and is not carried to the quotation."""
    text = (
        "When the mayor arrived at the hall, the crowd went silent. “We expected better from "
        "the council, and we still do.”"
    )
    assert attributed(analyse(models, "en", text)) == []


def test_the_other_coach_is_not_the_one_who_spoke(models: ModelCache) -> None:
    """ "…, a reconnu le technicien [Pierre Sage]. En face, l'entraîneur lensois, lui,
    savourait. « … », a-t-il lancé" gave the Lens coach's words to Pierre Sage: a description
    of his role with words the text never said of him is another person in that role."""
    text = (
        "Son entraîneur, Pierre Sage, n'a pas cherché d'excuses. « On a manqué de tout », a "
        "reconnu le technicien.\n\n"
        "En face, l'entraîneur lensois, lui, savourait. « Mes joueurs ont été exceptionnels du "
        "début à la fin », a-t-il lancé."
    )
    assert speaker_about(models, "fr", text, "exceptionnels") == "entraîneur lensois"


def test_a_description_varying_on_the_name_just_before_is_that_person(
    models: ModelCache,
) -> None:
    """Guard: "Paulo Fonseca ne décolérait pas. L'entraîneur lyonnais …" is Fonseca, the one
    person the sentence before is about, though the text never called him "lyonnais"."""
    text = (
        "L'entraîneur de l'OL, Paulo Fonseca, a quitté le terrain sans un mot. Au coup de "
        "sifflet final, Paulo Fonseca ne décolérait pas. L'entraîneur lyonnais s'est assis sur "
        "le banc. « Nous avons été volés ce soir », a-t-il lâché."
    )
    assert speaker_about(models, "fr", text, "volés") == "Paulo Fonseca"


def test_the_company_is_the_one_an_agency_spoke_of(models: ModelCache) -> None:
    """ "Helix is recalling …, the Food and Drug Administration said. The company said …" gave
    the company's statement to the agency, under a second entry typed an organization: the
    agency is cited, so "the company" is the other body the sentence was about."""
    text = (
        "Helix Pharmaceuticals is recalling more than 2 million bottles of a common medication, "
        "the Food and Drug Administration said Friday.\n\n"
        "The company said in a statement that it had not received any reports of adverse "
        "events."
    )
    assert speaker_about(models, "en", text, "adverse events") == "Helix Pharmaceuticals"


def test_a_headline_incise_with_a_demonym_speaks(models: ModelCache) -> None:
    """ "« On a manqué de tout », reconnaît l'entraîneur lyonnais après la défaite à Lens", a
    headline, made no claim: the small model reads "lyonnais" as "(je) lyonnais", a verb, so
    the words after the cue looked like a clause. No verb of the first person goes without
    its pronoun."""
    text = (
        "« On a manqué de tout », reconnaît l'entraîneur lyonnais après la défaite à Lens\n\n"
        "Battu 3-0 samedi soir, l'Olympique lyonnais a encore déçu."
    )
    claim = claim_about(analyse(models, "fr", text), "manqué de tout")
    assert (source_of(claim).text, claim.content.text) == (
        "l'entraîneur lyonnais",
        "« On a manqué de tout »",
    )


def test_a_quoted_noun_phrase_with_pas_is_said(models: ModelCache) -> None:
    """ "a salué « un premier pas », tout en prévenant que …" kept only the second act: the
    parse hung "pas" of the quotation on the verb, read as a negation ("n'a pas salué")."""
    text = (
        "La secrétaire générale de la CFDT, Marylise Léon, a salué « un premier pas », tout en "
        "prévenant que son syndicat resterait « vigilant »."
    )
    claim = claim_about(analyse(models, "fr", text), "premier pas")
    assert (source_of(claim).name, claim.content.text) == ("Marylise Léon", "« un premier pas »")


def test_a_negated_verb_of_saying_still_says_nothing(models: ModelCache) -> None:
    """Guard: "n'a pas confirmé ces informations" reports nothing."""
    text = "Le ministère n'a pas confirmé ces informations mardi soir."
    assert attributed(analyse(models, "fr", text)) == []


def test_who_was_asked_is_not_part_of_the_speaker_s_name(models: ModelCache) -> None:
    """ "Interrogé par Le Parisien, un ancien conseiller du ministère affirme …" named the
    source "Interrogé par Le Parisien, un ancien conseiller du ministère": the parse hung the
    participle's clause on the noun, and the phrase took it in."""
    text = (
        "Interrogé par Le Parisien, un ancien conseiller du ministère affirme que « tout le "
        "monde savait »."
    )
    claim = claim_about(analyse(models, "fr", text), "tout le monde savait")
    assert source_of(claim).text == "un ancien conseiller du ministère"


def test_a_verb_read_as_a_noun_before_a_quoted_clause_speaks(models: ModelCache) -> None:
    """ "Un ancien conseiller du ministère juge au contraire que « tout le monde savait »" made
    nothing at all: "juge" read as a noun, and the guillemet after "que", tagged a verb, made
    the clause look like a relative one ("les motifs que peuvent invoquer …")."""
    text = "Un ancien conseiller du ministère juge au contraire que « tout le monde savait »."
    claim = claim_about(analyse(models, "fr", text), "tout le monde savait")
    assert (source_of(claim).name, claim.cue and claim.cue.text) == (
        "ancien conseiller du ministère",
        "juge",
    )


def test_a_negated_locution_of_saying_says_nothing(models: ModelCache) -> None:
    """ "Il n'a pas fait état de victimes" was the governor's claim "de victimes": a light
    verb negated reports nothing, as a plain verb does; the guard keeps "a fait état de"."""
    text = (
        "Une infrastructure énergétique a été touchée, a indiqué le gouverneur régional, Oleh "
        "Kiper. Il n'a pas fait état de victimes. Le préfet a fait état de trois blessés légers."
    )
    claims = attributed(analyse(models, "fr", text))
    assert [c.content.text for c in claims] == [
        "Une infrastructure énergétique a été touchée",
        "de trois blessés légers",
    ]


def test_a_testimony_after_a_name_the_parse_made_the_root_is_that_person_s(
    models: ModelCache,
) -> None:
    """ "À côté d'elle, Youssef, un étudiant de 22 ans, découpe du pain. …" then a paragraph
    that is a quotation: the small model made "Youssef" the root of his sentence ("découpe"
    read as a noun), so the paragraph seemed to introduce nobody, and the testimony was
    left to no one."""
    text = (
        "Parmi les bénévoles, Martine, 67 ans, vient depuis huit ans.\n\n"
        "À côté d'elle, Youssef, un étudiant de 22 ans, découpe du pain. Il est arrivé l'an "
        "dernier par l'intermédiaire d'une association.\n\n"
        "« Ce que je vois ici, je ne l'avais jamais imaginé en France. Des gamins de 15 ans "
        "qui dorment dehors. »"
    )
    assert speaker_about(models, "fr", text, "Ce que je vois") == "Youssef"


def test_what_was_announced_is_not_the_writer_s_gloss_after_it(models: ModelCache) -> None:
    """ "Renault a annoncé jeudi la suppression de 1 200 postes …, une décision qui provoque la
    colère des syndicats" reported the gloss: the parse hung the object on the day ("jeudi",
    read as a verb) and made the gloss the verb's own object."""
    text = (
        "Le constructeur automobile Renault a annoncé jeudi la suppression de 1 200 postes en "
        "France, une décision qui provoque la colère des syndicats."
    )
    claim = claim_about(analyse(models, "fr", text), "suppression")
    assert claim.content.text.startswith("la suppression de 1 200 postes")
    assert "décision" not in claim.content.text


def test_a_role_with_a_workplace_after_the_speaker_s_name_is_theirs(models: ModelCache) -> None:
    """ "…, réagit Sophie Garnier, déléguée CFDT à l'usine de Flins." lost the role: the
    tagger read "CFDT" as a verb, so the words after the name looked like a clause."""
    text = "« C'est un choc », réagit Sophie Garnier, déléguée CFDT à l'usine de Flins."
    claim = claim_about(analyse(models, "fr", text), "choc")
    assert source_of(claim).text == "Sophie Garnier, déléguée CFDT à l'usine de Flins"


def test_a_quotation_after_a_name_taken_up_by_a_pronoun_is_theirs(models: ModelCache) -> None:
    """ "Claire Dumas, elle, n'y croit plus. « On nous promet des moyens depuis dix ans. »": the
    small model parsed the sentence with no subject at all ("elle" an object), so it seemed
    to be about nobody; the name set off before the pronoun that takes it up is its subject."""
    text = (
        "Claire Dumas, infirmière, raconte des nuits sans pause. « On trie dans le couloir », "
        "dit-elle.\n\n"
        "La direction a ouvert douze lits supplémentaires la semaine dernière.\n\n"
        "Claire Dumas, elle, n'y croit plus. « On nous promet des moyens depuis dix ans. »"
    )
    assert speaker_about(models, "fr", text, "depuis dix ans") == "Claire Dumas"


def test_an_interviewer_s_prompt_is_not_the_interviewee_s_answer(models: ModelCache) -> None:
    """ "Le coût du programme a déjà dérapé…", an unlabelled prompt between two answers, went to
    the chief executive as an answer: a sentence left hanging on an ellipsis, with the answer
    after it, is the journalist's. The answer after it is still hers."""
    text = (
        "« Le nucléaire reste indispensable » : entretien avec la PDG d'EDF\n\n"
        "Nommée il y a six mois, Catherine Lemaire défend la relance du nucléaire. Elle a "
        "répondu aux questions du Figaro.\n\n"
        "Le Figaro. – Les six nouveaux réacteurs seront-ils prêts en 2035 ?\n\n"
        "Catherine Lemaire. – Nous tenons ce calendrier, comme prévu.\n\n"
        "Le coût du programme a déjà dérapé…\n\n"
        "Il a été réévalué, c'est vrai. Mais un réacteur produit pendant soixante ans.\n\n"
        "Que répondez-vous aux écologistes ?\n\n"
        "Je respecte leurs inquiétudes. Mais sans nucléaire, nous ne tiendrons pas nos "
        "objectifs climatiques."
    )
    claims = analyse(models, "fr", text)
    assert claim_about(claims, "a déjà dérapé").kind is ClaimKind.UNATTRIBUTED
    assert source_of(claim_about(claims, "réévalué")).name == "Catherine Lemaire"


def test_the_body_a_sentence_opens_on_is_the_one_its_epithet_names(models: ModelCache) -> None:
    """ "Météo-France maintient la vigilance rouge … De nouvelles précipitations sont attendues,
    prévient l'organisme": "l'organisme" stayed a nameless organisation, as the parse made
    Météo-France the root of its sentence ("maintient" read as an adverb), no subject."""
    text = (
        "Météo-France maintient la vigilance rouge jusqu'à jeudi matin. De nouvelles "
        "précipitations sont attendues, prévient l'organisme."
    )
    assert speaker_about(models, "fr", text, "précipitations") == "Météo-France"


def test_the_carrier_is_the_airline_the_sentence_before_was_about(models: ModelCache) -> None:
    """ "SkyWest Airlines canceled … The carrier said …" left "carrier" a source of unknown
    type: the business pages name a company by its trade (lexicon `body_epithets`)."""
    text = (
        "SkyWest Airlines canceled more than 600 flights on Friday after a software failure "
        "grounded its fleet.\n\n"
        "The carrier said the problem was caused by a faulty update to its scheduling system."
    )
    assert speaker_about(models, "en", text, "faulty update") == "SkyWest Airlines"


def test_the_nationality_the_text_gave_a_player_names_him_again(models: ModelCache) -> None:
    """ "en battant l'Américain Taylor Fritz … « … », a reconnu l'Américain" gave the American's
    words to Arthur Fils, the speaker just before: a nationality set before a name is what
    the text calls that person, as a title is."""
    text = (
        "Arthur Fils s'est qualifié jeudi en battant l'Américain Taylor Fritz en trois sets.\n\n"
        "« C'est l'un des plus beaux matchs de ma carrière », a réagi le Français de 21 ans.\n\n"
        "« Il a servi incroyablement bien », a reconnu l'Américain en conférence de presse."
    )
    claims = analyse(models, "fr", text)
    assert source_of(claim_about(claims, "plus beaux matchs")).name == "Arthur Fils"
    assert source_of(claim_about(claims, "servi incroyablement")).name == "Taylor Fritz"


def test_a_role_set_off_after_an_age_keeps_the_judge_from_the_defendant(
    models: ModelCache,
) -> None:
    """ "Sandrine Morel, 52 ans, ancienne directrice d'une crèche, …" then "« … », s'est
    défendue Sandrine Morel. La magistrate l'a interrompue : « … »" gave the judge's question
    to the defendant: the role after her age was not read as hers, so "la magistrate" could
    vary on the name just before. The description is left as it is rather than guessed."""
    text = (
        "Sandrine Morel, 52 ans, ancienne directrice d'une crèche de Villeurbanne, "
        "comparaissait mardi devant le tribunal correctionnel de Lyon.\n\n"
        "« Je n'ai jamais frappé un enfant », s'est défendue Sandrine Morel.\n\n"
        "La magistrate l'a interrompue : « Ferme, ou brutale ? »"
    )
    claims = analyse(models, "fr", text)
    assert source_of(claim_about(claims, "jamais frappé")).role == (
        "ancienne directrice d'une crèche de Villeurbanne"
    )
    assert source_of(claim_about(claims, "brutale")).name != "Sandrine Morel"


def test_a_count_the_tagger_read_as_a_noun_is_what_was_asked_for(models: ModelCache) -> None:
    """ "Elle a requis dix-huit mois avec sursis" made no claim, as "deux ans" did: the tagger
    read "dix-huit" as a noun complement of the verb, with the months its object."""
    text = (
        "Pour la procureure, Julie Arnaud, les faits sont « établis et graves ». Elle a requis "
        "dix-huit mois avec sursis."
    )
    claim = claim_about(analyse(models, "fr", text), "dix-huit mois")
    assert (source_of(claim).name, claim.content.text) == (
        "Julie Arnaud",
        "dix-huit mois avec sursis",
    )


def test_a_surname_the_tagger_read_as_a_plural_noun_is_the_person_s(models: ModelCache) -> None:
    """ "Mills, a Democrat, said …" after "Gov. Karen Mills" named the source "Mills, a
    Democrat", of unknown type, and left "she told reporters" to nobody: the tagger read
    "Mills" as a plural noun, so the surname was not found again."""
    text = (
        "Gov. Karen Mills and Lt. Gov. Diane Foster traded barbs on Thursday over a bill.\n\n"
        "Mills, a Democrat, said she would veto the measure. \"This bill puts women's lives at "
        'risk," she told reporters.'
    )
    claims = analyse(models, "en", text)
    assert source_of(claim_about(claims, "veto the measure")).name == "Karen Mills"
    assert source_of(claim_about(claims, "lives at risk")).name == "Karen Mills"


def test_the_village_doctor_is_named_by_title_then_by_trade(models: ModelCache) -> None:
    """ "le docteur Jean Vidal … explique le généraliste" left the source a "généraliste" of
    unknown type, and "Une réponse qui ne convainc pas le médecin. « … », tranche-t-il" gave
    the doctor's words to the mayor, the last man who spoke: the one person of the sentence
    before is whom "il" goes on about, and "le médecin", "le généraliste" are the doctor the
    text titled "docteur" (lexicon `role_synonyms`)."""
    text = (
        "À 71 ans, le docteur Jean Vidal ferme son cabinet. « J'ai cherché un successeur "
        "pendant cinq ans », explique le généraliste.\n\n"
        "Le maire, Pierre Chassang, dit avoir « tout essayé ». Il accuse l'agence de « laisser "
        "mourir les campagnes ».\n\n"
        "Contactée, l'ARS assure qu'une solution sera proposée « dès le mois prochain ». Une "
        "réponse qui ne convainc pas le médecin. « La télémédecine, ça ne remplace pas un "
        "examen », tranche-t-il."
    )
    claims = analyse(models, "fr", text)
    assert source_of(claim_about(claims, "successeur")).name == "Jean Vidal"
    assert source_of(claim_about(claims, "tout essayé")).name == "Pierre Chassang"
    assert source_of(claim_about(claims, "télémédecine")).name == "Jean Vidal"
