"""Per-language knowledge, loaded from the TOML data files in ``lexicons/``.

Rules in ``attribution.py`` ask questions ("is this lemma a verb of saying?"); the answers live
here as data, so that adding a language means adding a file, not an if-chain.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, NamedTuple

from claimcheck.models import CueType

# The genders the lexicons give pronouns and titles, and nationalities their endings.
MALE, FEMALE = "male", "female"
ADDRESSEE = "addressee"  # a pronoun class: "vous" of an interview's questions, "you"


# eq=False: a lexicon is a loaded singleton, hashed by identity so rules can cache per lexicon.
@dataclass(frozen=True, eq=False)
class Lexicon:
    language: str
    name: str
    speech_verbs: frozenset[str]
    belief_verbs: frozenset[str]
    weak_verbs: frozenset[str]
    prepositional: tuple[str, ...]  # "according to", "selon": longest first
    speech_nouns: frozenset[str]
    relay_verbs: frozenset[str]
    excluded_verbs: frozenset[str]
    frame_only_verbs: frozenset[str]  # cues only beside a quote, a that-clause or in an incise
    # "condamner" with "à", "relever" with "de": a penalty, a belonging, not speech
    other_senses: dict[str, frozenset[str]]
    aspectual_verbs: frozenset[str]  # "continued campaigning": a verb after them is no content
    sourcing_terms: frozenset[str]  # "requested anonymity": the terms of sourcing, no statement
    sourcing_verbs: frozenset[str]  # "name" of "asked not to be named": the same terms
    caveat_nouns: frozenset[str]  # "claim" of "…, a claim Kyiv denied": the reporter's word
    object_verbs: frozenset[str]  # what they bear on is their object: "criticized the plan"
    object_prepositions: frozenset[str]  # "called for", "appelé à"
    addressee_verbs: frozenset[str]  # their object is whom it was said to: "told reporters"
    call_prepositions: frozenset[str]  # "appelle les syndicats à la retenue": what is asked
    idea_object_verbs: frozenset[str]  # "dismissed the claim" reports; "dismissed him" fires
    # "As one aide put it, “…”": verbs of wording, cues only of the quotation an as-clause
    # with "it" introduces
    wording_verbs: frozenset[str]
    quoted_object_verbs: frozenset[str]  # "a jugé la situation « préoccupante »"
    # "La police estime à 5 000 le nombre de manifestants": a figure after the preposition,
    # and what it counts, is what they say
    estimate_verbs: frozenset[str]
    estimate_prepositions: frozenset[str]
    raised_passive_verbs: frozenset[str]  # "the board said to be considering": said of it
    anonymous_heads: frozenset[str]
    anonymous_phrases: tuple[str, ...]
    media_nouns: frozenset[str]  # outlets and their people ("newspaper", "journalist")
    outlet_nouns: frozenset[str]  # outlets only: a name after one is the outlet's
    media_name_tokens: frozenset[str]
    # Where people post, as written: "sur X", "on Truth Social" say where, never who.
    platforms: frozenset[str]
    government_nouns: frozenset[str]
    # Heading a proper name, a state agency ("Environmental Protection Agency"); alone, often a
    # news agency, which a media name in the mention still makes it ("Agence France-Presse").
    agency_nouns: frozenset[str]
    document_nouns: frozenset[str]
    # "the bill", "le décret": texts of law, nobody's report that a body cited before relays
    law_texts: frozenset[str]
    organization_nouns: frozenset[str]
    person_roles: frozenset[str]
    lexical_hedges: tuple[str, ...]
    distancing: tuple[str, ...]
    modal_verbs: frozenset[str]
    hypothesis_markers: tuple[str, ...]
    conditional_exclusions: frozenset[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    event_nouns: frozenset[str]
    # "début" of "début mars", "early" of "early March": part of the date it comes before
    period_words: frozenset[str] = frozenset()
    # "soir" of "dimanche soir", "night" of "Tuesday night": part of the day before it
    day_parts: frozenset[str] = frozenset()
    # Nouns of a stretch of time: "a annoncé la semaine dernière", "cette année" say when
    time_nouns: frozenset[str] = frozenset()
    # Feasts and seasons of the year: "Pour Noël, la ville installe …" is a time, not a view
    holidays: frozenset[str] = frozenset()
    # Labels of an interview's questions and answers: "Q :", "INTERVIEWER:"; "R :", "A:"
    question_labels: frozenset[str] = frozenset()
    answer_labels: frozenset[str] = frozenset()
    addressee_words: frozenset[str] = frozenset()  # "vous", "you": a question put to someone
    # "répondre", "reply": whoever answers is whom a question verb ("demander", "ask") asked
    answer_verbs: frozenset[str] = frozenset()
    question_verbs: frozenset[str] = frozenset()
    first_person_words: frozenset[str] = frozenset()  # "je", "nous", "I": an answer's speaker
    credit_markers: tuple[str, ...] = ()  # "propos recueillis par": the journalist's credit
    interview_markers: tuple[str, ...] = ()  # "entretien", "Q&A with": an interview follows
    # What "selon", "according to" can follow without naming a source: "selon les règles"
    norm_nouns: frozenset[str] = frozenset()
    # Nouns that stand for the person the text has just named, as a pronoun does: "la jeune
    # femme", "le spécialiste" after "Zineb, étudiante", "le naturopathe Olivier Panisset".
    epithets: frozenset[str] = frozenset()
    # what people do for a living ("ailier", "baker"), which a description shares with nobody
    # the text gave another role
    professions: frozenset[str] = frozenset()
    # Of those, the ones that mean the person mentioned last, not the sentence's subject:
    # "ce dernier", "the latter".
    latter: frozenset[str] = frozenset()
    # Words that put a description in the past: "l'ancienne professeure", "the former teacher"
    former_words: frozenset[str] = frozenset()
    # "named", "prénommé": a participle whose name after it is the noun's own
    naming_verbs: frozenset[str] = frozenset()
    # "de même source", "the same official": the source cited just before
    same_source: tuple[str, ...] = ()
    # "auprès" of "a-t-on appris auprès de la préfecture": who told the "on" of hearsay
    hearsay_from: frozenset[str] = frozenset()
    speaking_places: tuple[str, ...] = ()  # "à" of "À l'Élysée, on assure …", longest first
    # "the company", "l'agence": the body cited last, when it is of one of these kinds
    body_epithets: dict[str, frozenset[str]] = field(default_factory=dict)
    # "sexagénaire": the first year of the decade of age the noun says
    age_nouns: dict[str, int] = field(default_factory=dict)
    # "Italian", "allemand": a nationality, which with "the", "l'" is a person
    demonyms: frozenset[str] = frozenset()
    # "Pharmaceuticals" of "Norvel Pharmaceuticals", "SA" of "Renault SA": the words a
    # company's name ends on, after the word the press then calls it by ("Norvel said")
    company_suffixes: frozenset[str] = frozenset()
    # gender-guesser's countries of this language's press: a first name one of them gives the
    # other gender than the overall answer is worn by both ("Rand": a man's in the USA)
    first_name_countries: tuple[str, ...] = ()
    # What a language adds to a noun for a woman: "Allemand" -> "Allemande", "Italien" ->
    # "Italienne"
    feminine_endings: tuple[str, ...] = ()
    # A role's feminine and masculine endings: "avocate"/"avocat", "directrice"/"directeur"
    gender_pairs: tuple[tuple[str, str], ...] = ()
    # How a present participle ends ("citant", "citing"): a form that does not is none
    present_participle_endings: tuple[str, ...] = ()
    # how the past participles of verbs with an infinitive ending end: "er" -> "é", "ée", …
    past_participle_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # prepositions that complete an object of saying: "blamed X for", "described X as"
    object_complements: frozenset[str] = frozenset()
    # verbs whose reflexive says what the subject declares itself: "se disent inquiets"
    reflexive_saying_verbs: frozenset[str] = frozenset()
    # verbs of speaking whose prepositional phrase is what they spoke of: "spoke about the war"
    topic_verbs: frozenset[str] = frozenset()
    topic_prepositions: frozenset[str] = frozenset()  # "about", "of", "on"
    topic_exclusions: frozenset[str] = frozenset()  # "on condition of anonymity": no topic
    age_words: frozenset[str] = frozenset()  # "ans" of "Fatima, 42 ans"; "years", "old"
    relay_to_outlet: tuple[str, ...] = ()  # "told Reuters": the outlet relays the claim
    relay_to_any: tuple[str, ...] = ()  # "cité par Le Monde"
    relay_from: tuple[str, ...] = ()  # "citing a report in X": X is where the source took it
    relay_after_name: tuple[str, ...] = ()  # "CNN quoted a witness as saying": CNN relays it
    relay_fillers: frozenset[str] = frozenset()  # "the", "a report in" between phrase and name
    name_links: frozenset[str] = frozenset()  # "of" in "Ministry of Defence"
    # Grammar words the rules read the surface by.
    auxiliaries: frozenset[str] = frozenset()  # lemmas: "avoir", "have"
    euphonic: frozenset[str] = frozenset()  # the "-t" of "a-t-il dit", as the tokenizer cuts it
    inverted_subjects: frozenset[str] = frozenset()  # "-elle" of "affirme-t-elle"
    reflexives: frozenset[str] = frozenset()  # "s'" of "s'étonne"
    # How a third person plural verb ends, where no plural noun does: "-ent" of "affirment"
    plural_verb_endings: tuple[str, ...] = ()
    reflexive_objects: frozenset[str] = frozenset()  # "himself" of "found himself embroiled"
    object_clitics: frozenset[str] = frozenset()  # "nous" of "« … », nous confie Ahmed"
    infinitive_negation: frozenset[str] = frozenset()  # "n'" and "jamais" of "n'avoir jamais"
    focus_adverbs: frozenset[str] = frozenset()  # "even" of "even his allies said"
    topic_nouns: frozenset[str] = frozenset()  # "côté" of "Côté marseillais, X a reconnu"
    incise_fillers: tuple[str, ...] = ()
    conditional_endings: tuple[str, ...] = ()  # "-rait", "-raient": what a conditional ends in
    epistemic_hedges: frozenset[str] = frozenset()  # "probably": the speaker's doubt in a content
    belief_needs_clause: bool = False  # French "penser à + infinitif" reports no view
    weak_needs_clause: bool = False  # French "ont prévu de faire": a plan, unless a text's
    # (ending, infinitive ending): "rappelle" -> "rappeler", for forms the tagger misreads
    verb_endings: tuple[tuple[str, str], ...] = ()
    opinion_prepositions: frozenset[str] = frozenset()  # "pour" in "Pour la ministre, …"
    possessive_frames: frozenset[str] = frozenset()  # "à ses yeux", "in his view"
    # "dans le baromètre X", "in the latest poll": a poll or study that holds the figures
    finding_prepositions: frozenset[str] = frozenset()
    finding_nouns: frozenset[str] = frozenset()
    # "faire état de": lemma of the light verb -> the words that follow it, as tokenized
    light_verbs: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    infinitive_verbs: frozenset[str] = frozenset()  # "demander de", "appeler à"
    infinitive_markers: frozenset[str] = (
        frozenset()
    )  # "de", "d'", "à"  # "quant à elle" in "résume quant à elle X"
    pronouns: dict[str, str] = field(default_factory=dict)  # "elle" -> "female"
    # possessives that say their owner's gender ("her husband"): not French "sa", which
    # agrees with what is owned
    owner_genders: dict[str, str] = field(default_factory=dict)
    # Whether a verb of saying before a colon reports the unquoted clause after it.
    colon_reports_clause: bool = False
    # Whether a quotation closed mid-clause takes the phrase that completes the clause
    quotation_takes_completing_phrase: bool = False
    # "as", "citing": what opens the writer's context after a frame that closes a sentence
    frame_context_openers: frozenset[str] = frozenset()
    # "before", "after": a gerund under them goes on with the subject of the verb they hang on
    sequence_prepositions: frozenset[str] = frozenset()
    # "oui", "yes": a word that answers, which the small models may read as a subject
    interjections: frozenset[str] = frozenset()
    # "yes", "oui": the interjections that answer, what "said yes" reports
    answer_words: frozenset[str] = frozenset()
    # "p.m.": abbreviations whose full stop may end a sentence; and the capitalised words that go
    # on the time after them ("10 p.m. Eastern")
    sentence_final_abbreviations: frozenset[str] = frozenset()
    time_zone_words: frozenset[str] = frozenset()
    # Wire services, as written in brackets in a dateline ("Lyon (AFP) –"), original case
    news_agencies: frozenset[str] = frozenset()
    # Demonstratives for the person mentioned last, by gender: "celui-ci" -> "male".
    latter_pronouns: dict[str, str] = field(default_factory=dict)
    article_genders: dict[str, str] = field(default_factory=dict)  # "la" -> "female"
    # A preposition and the article it fuses with: "de" + "le" is "du" ("aux dires du maire").
    contractions: dict[str, frozenset[str]] = field(default_factory=dict)
    # "sen." -> "senator": "the senator" is the speaker titled "Sen." before
    title_words: dict[str, frozenset[str]] = field(default_factory=dict)
    # "chef de l'état" -> "président": the title another name of an office stands for ("le
    # chef de l'État" after "le président Emmanuel Macron")
    office_synonyms: dict[str, frozenset[str]] = field(default_factory=dict)
    # "lawyer" -> "attorney": the titles a description's noun also stands for ("The lawyer
    # said" after "defense attorney Dana Whitfield")
    role_synonyms: dict[str, frozenset[str]] = field(default_factory=dict)
    relative_pronouns: frozenset[str] = frozenset()  # "qui", "who"
    # ", which …" ending a reported clause: the writer's aside (English; see en.toml)
    writers_relatives: frozenset[str] = frozenset()
    writers_appositions: frozenset[str] = frozenset()  # ", a swipe at …" ending it: the same
    # Whether "X, who said" is written as its source "who" (PolNeAR) or "X" (fr-dev).
    relative_is_source: bool = False
    # Whether '“A,” he said. “B”' is one claim (PolNeAR) or two, one per closed quotation (fr-dev).
    joins_continued_quotes: bool = False
    # Whether a plural pronoun may stand for one body ("The company … they said", British and
    # American usage) or only for many (French "ils" is never "le Medef").
    plural_for_one_body: bool = False
    # Whether incises put the verb first ("« … ! » s'emporte-t-il"): then a quotation closed
    # on its own "!" or "?" ends its sentence, and a capitalised word after it starts the next
    # one. Not in English, where '“Stop!” Smith said' goes on.
    verb_first_incises: bool = False
    # Whether a sentence ends only at punctuation or a line break: French copy writes its
    # headlines as sentences, so a break the parser makes between two words is a misreading
    # ("L'ONG Human | Rights | Watch affirme que …"). Not in English, whose Title Case
    # headlines run into the first paragraph in extracted text with nothing between.
    sentences_end_on_punctuation: bool = False
    comparatives: frozenset[str] = frozenset()  # "plus" of "plus que l'an dernier": no report
    # "dès" of "dès que", "so" of "so that": a conjunction's first word, whose "que"/"that"
    # opens a clause of time, cause or purpose, not a report
    subordinator_heads: frozenset[str] = frozenset()
    narrative_infinitive: bool = False  # "Et d'ajouter : « … »": an act of the subject before
    hypothetical_modals: frozenset[str] = frozenset()  # "may want", "would want": a guess
    nobody: frozenset[str] = frozenset()  # "rien", "nothing": subjects that are no speaker
    negative_determiners: frozenset[str] = frozenset()  # "no", "aucun": "No official said"
    # "left many wondering", "keeps voters guessing": the object does what the participle says
    object_participle_verbs: frozenset[str] = frozenset()
    # "let" and "'s" of "let's hope": the writer's wish, with the reader
    hortative_verbs: frozenset[str] = frozenset()
    hortative_pronouns: frozenset[str] = frozenset()
    intensive_pronouns: frozenset[str] = frozenset()  # "lui-même", "himself" after a subject
    possessive_endings: tuple[str, ...] = ()  # "'s" of "Donald Trump's", no part of a name
    # "call": a reported object only with something said of it ("called him divisive")
    predicative_verbs: frozenset[str] = frozenset()
    # "with Maddow asking …": the preposition of an absolute construction, whose noun is the
    # participle's subject
    absolute_prepositions: frozenset[str] = frozenset()
    # "said by telephone": by what means it was said, never who said it
    means_nouns: frozenset[str] = frozenset()
    male_titles: frozenset[str] = frozenset()  # "m.", "mr"
    female_titles: frozenset[str] = frozenset()  # "mme", "ms"
    expletives: frozenset[str] = frozenset()  # "it" of "it is said", "il" of "il est dit"
    demonstratives: frozenset[str] = frozenset()  # "this", "cela": subjects that are no speaker
    # "what", "whom": a word that leaves a gap ("he said what he wanted"), never a content alone
    wh_pronouns: frozenset[str] = frozenset()
    # "that", "que"; one ending in an apostrophe is elided and glued on: "qu'une"
    complementizers: frozenset[str] = frozenset()
    indefinite_determiners: frozenset[str] = frozenset()  # "a", "des": an unnamed someone
    definite_determiners: frozenset[str] = frozenset()  # "the", "la": one the text knows
    demonstrative_determiners: frozenset[str] = frozenset()  # "ce", "this": one just named
    channel_prepositions: frozenset[str] = frozenset()  # "on" of "wrote on Twitter"
    name_particles: frozenset[str] = frozenset()  # "Le" of "Marine Le Pen"
    # Prepositions that open a role's domain: "l'adjointe à l'urbanisme"
    domain_prepositions: frozenset[str] = frozenset()
    inner_particles: frozenset[str] = frozenset()  # "von der" of "Ursula von der Leyen"
    # "université": the recogniser's label for the place a person's name after it names
    named_after_people: dict[str, str] = field(default_factory=dict)
    elided_words: frozenset[str] = frozenset()  # "qu" of "qu'« il … »"
    adverbial_locutions: tuple[str, ...] = ()  # "d'ores et déjà": parsed as one adverb
    recover_missed_names: bool = False  # the recogniser misses plain names ("Antoine Dupont")
    join_hyphenated_words: bool = False  # the tokenizer splits "Météo-France" at its hyphen
    sequence_markers: frozenset[str] = frozenset()  # "avant" of "avant d'ajouter que"
    negators: frozenset[str] = frozenset()  # "pas" of "n'a pas confirmé": no act of saying
    self_declaring: frozenset[str] = frozenset()  # "s'est dite favorable": says it of oneself
    attribute_verbs: frozenset[str] = frozenset()  # "juge nécessaire de réformer"
    role_links: frozenset[str] = frozenset()  # "of" of "Sophie Binet, of the CGT"
    infinitive_endings: tuple[str, ...] = ()  # "er", "ir", "re": what infinitives end in
    # Nouns of saying that report their owner's words: "her promise to …", "l'appel de X à …".
    cue_nouns: frozenset[str] = frozenset()
    # "said in a statement": the form of an act that the cue takes in (PolNeAR's convention)
    statement_forms: frozenset[str] = frozenset()
    statement_form_prepositions: frozenset[str] = frozenset()
    owner_markers: frozenset[str] = frozenset()  # "du" of "la promesse du président de …"
    comparative_markers: frozenset[str] = frozenset()  # "as" of "…, as the minister said"
    comparison_openers: frozenset[str] = frozenset()  # "like" of '“moaning,” like X did'
    # "c'est ce que", "that is what": a content that only points back at something said before
    anaphoric_contents: tuple[str, ...] = ()
    # The spaCy pipelines for the language, preferred first, and how to install one.
    pipelines: tuple[str, ...] = ()
    install_hint: str = ""

    # ``claimcheck trace``: words whose change alters what a quote says whatever its length.
    negations: frozenset[str] = frozenset()  # "not", "never", "pas", "jamais"
    number_words: frozenset[str] = frozenset()  # "forty", "million", "quarante", "moitié"

    # Page furniture, removed at extraction: a block that opens with a teaser ("lire aussi"),
    # a block that holds a notice ("il vous reste"), a short block that is a byline ("par").
    furniture_teasers: tuple[str, ...] = ()
    furniture_notices: tuple[str, ...] = ()
    byline_words: frozenset[str] = frozenset()
    # Path words of an outlet's own listing pages ("auteur", "tag"): a link there backs nothing.
    navigation_paths: frozenset[str] = frozenset()
    # Words before a date that make it an event's name, not when it was said ("du 7 octobre").
    event_date_markers: tuple[str, ...] = ()
    # The preposition of a year the statement was made in: "told the Times in 2023"
    year_prepositions: frozenset[str] = frozenset()
    time_conjunctions: frozenset[str] = frozenset()  # "When she ran in 2019, she told …"
    # "that", "que": what opens a reported statement, not a question (ClaimReview's Claim.text)
    declarative_complementizers: frozenset[str] = frozenset()

    @cached_property
    def non_source_subjects(self) -> frozenset[str]:
        """Subjects that name no speaker: "this shows that", "rien ne dit que", the "Oui" of
        "Oui, a-t-il dit, …"."""
        return self.demonstratives | self.nobody | self.interjections

    def is_complementizer(self, word: str) -> bool:
        """ "that", "que", or an elided one glued to the word after it ("qu'une")."""
        if word in self.complementizers:
            return True
        return any(c.endswith("'") and word.startswith(c) for c in self.complementizers)

    @cached_property
    def titles(self) -> frozenset[str]:
        """Words that stand before a person's name: "M.", "Mrs.", "Sen.", "président"."""
        return (
            self.male_titles | self.female_titles | self.person_roles | frozenset(self.title_words)
        )

    @cached_property
    def abbreviated_titles(self) -> frozenset[str]:
        """The titles written with a full stop, one word each: "capt.", "sgt.", "lt." (of "lt.
        col.")."""
        return frozenset(
            word
            for title in self.titles
            for word in title.split()
            if word.endswith(".") and word[:-1].isalpha()
        )

    @cached_property
    def body_nouns(self) -> frozenset[str]:
        """Nouns for bodies that speak: organisations, governments and their offices, outlets."""
        return self.organization_nouns | self.government_nouns | self.media_nouns

    @cached_property
    def source_nouns(self) -> frozenset[str]:
        """Every noun that says what kind of source a mention is."""
        return (
            self.anonymous_heads
            | self.media_nouns
            | self.government_nouns
            | self.document_nouns
            | self.organization_nouns
            | self.person_roles
        )

    @cached_property
    def thing_nouns(self) -> frozenset[str]:
        """The heads of sources that are no person: documents, outlets, bodies, findings."""
        return (
            self.document_nouns
            | self.media_nouns
            | self.organization_nouns
            | self.government_nouns
            | self.agency_nouns
            | self.finding_nouns
        )

    @cached_property
    def multiword_nouns(self) -> frozenset[str]:
        """The source nouns of several words, matched on the text rather than a lemma."""
        return frozenset(noun for noun in self.source_nouns if " " in noun)

    def cue_type(self, lemma: str) -> CueType:
        """A verb of thought that is not also a verb of saying reports a belief."""
        said = lemma in self.speech_verbs or lemma in self.relay_verbs
        return CueType.BELIEF if lemma in self.belief_verbs and not said else CueType.SPEECH

    def phrase_pattern(self, phrase: str) -> str:
        """A phrase as a regular expression: any spaces between its words, and its last
        preposition also in the forms it takes fused with an article or elided ("aux dires
        de" reads "aux dires du", "confié à" reads "confié au", "de l'aveu de" reads "de
        l'aveu d'")."""
        *words, last = phrase.split(" ")
        forms = sorted({last, *self.contractions.get(last, ())}, key=len, reverse=True)
        ending = "(?:" + "|".join(re.escape(f) for f in forms) + ")"
        return r"\s+".join([*(re.escape(w) for w in words), ending])

    @cached_property
    def role_link_forms(self) -> frozenset[str]:
        """The role links with the forms they take fused with an article or elided: "de",
        "du", "des", "d'"."""
        return frozenset(
            form for link in self.role_links for form in (link, *self.contractions.get(link, ()))
        )

    def phrase_regex(self, phrase: str) -> re.Pattern[str]:
        """A phrase as a whole-word pattern (``phrase_pattern``); one that ends on an elided
        form runs on into the next word: "de l'aveu d'un proche"."""
        return self.phrases_regex((phrase,))

    def phrases_regex(self, phrases: Iterable[str]) -> re.Pattern[str]:
        """Any of the phrases, as ``phrase_regex`` has each: one search instead of one per
        phrase (the shared edges let the engine skip the positions no phrase opens at). No
        phrases, no match."""
        inner = "|".join(self.phrase_pattern(p) for p in phrases)
        if not inner:
            return re.compile(r"(?!)")
        return re.compile(rf"(?<!\w)(?:{inner})(?:(?<=['’])|(?!\w))")

    @cached_property
    def any_prepositional(self) -> re.Pattern[str]:
        """Where any prepositional cue is: most sentences have none, and one search says so."""
        return self.phrases_regex(self.prepositional)

    @cached_property
    def any_relay(self) -> re.Pattern[str]:
        """Where any relay phrase is: most claims' sentences have none."""
        return self.phrases_regex((*self.relay_to_outlet, *self.relay_to_any, *self.relay_from))

    @cached_property
    def relay_patterns(self) -> tuple[RelayPattern, ...]:
        """Each relay phrase as a whole-word pattern, longest first, built once per lexicon."""
        kinds = [(p, False, True) for p in self.relay_to_outlet]
        kinds += [(p, False, False) for p in self.relay_to_any]
        kinds += [(p, True, False) for p in self.relay_from]
        return tuple(
            RelayPattern(self.phrase_regex(phrase), up, outlet)
            for phrase, up, outlet in sorted(kinds, key=lambda k: -len(k[0]))
        )

    def is_demonym(self, word: str) -> bool:
        """ "italien", "Italienne", "Suissesse": a nationality, in either gender."""
        return word in self.demonyms or self._feminine_demonym(word)

    def demonym_gender(self, word: str) -> str | None:
        """ "Africaine" is a woman, "Africain" a man, "Belge" either; English nationalities
        ("Italian") say nothing, having no feminine endings."""
        if not self.feminine_endings:
            return None
        if self._feminine_demonym(word):
            return FEMALE
        epicene = any(word.endswith(e) for e in self.feminine_endings)
        return MALE if word in self.demonyms and not epicene else None

    def _feminine_demonym(self, word: str) -> bool:
        listed = self.demonyms
        return any(word.endswith(e) and word[: -len(e)] in listed for e in self.feminine_endings)

    def is_gendered_pronoun(self, word: str) -> bool:
        """Whether a word is a pronoun for one man or one woman ("he", "her", "elle", "lui")."""
        return self.pronouns.get(word.lower()) in (MALE, FEMALE)

    def is_first_person(self, word: str) -> bool:
        """Whether a word is a pronoun of the first person ("I", "Nous", "j'")."""
        return folded(word).rstrip("'") in self.first_person_words

    def names_outlet(self, word: str) -> bool:
        """Whether a word, with either apostrophe, is an outlet's name ("Mediapart", "l'AFP")."""
        return word.replace("\u2019", "'") in self.media_name_tokens

    def is_media_name(self, name: str) -> bool:
        """A name the lexicon knows as an outlet's, one of its words, or its opening words:
        "France Bleu Berry" is France Bleu's edition for the Berry."""
        words, outlets = name.split(), self.media_name_tokens
        return (
            name in outlets
            or any(word in outlets for word in words)
            or any(" ".join(words[:k]) in outlets for k in range(2, len(words)))
        )

    def outlet_title(self, name: str, before: str) -> str:
        """The name with the article a preposition took in ("au Parisien", "des informations
        du Figaro" are "Le Parisien", "Le Figaro"; ``before``: the word before the name), when
        the lexicon knows the outlet so; the name as written otherwise."""
        if not any(before in forms for forms in self.contractions.values()):
            return name
        for article in sorted(self.definite_determiners):
            titled = f"{article.capitalize()} {name}"
            if titled in self.media_name_tokens:
                return titled
        return name

    def opens_with_relay(self, text: str, *, any_name: bool = False) -> bool:
        """Whether the lowercase text opens with a relay phrase, word for word: ", sur TF1"
        opens with "sur", "surtout" does not; "confié au Parisien" with "confié à". With
        ``any_name``, only the phrases after which any name relays ("cité par"), not those
        that need an outlet ("told") or name where the source took it ("citing")."""
        return any(
            p.pattern.match(text)
            for p in self.relay_patterns
            if not any_name or not (p.upstream or p.outlet_only)
        )

    @cached_property
    def cue_verbs(self) -> frozenset[str]:
        """Every verb lemma that can introduce an attribution (asked for every token: built
        once)."""
        return self.speech_verbs | self.belief_verbs | self.weak_verbs | self.relay_verbs


class RelayPattern(NamedTuple):
    """A relay phrase of the lexicon: its pattern, whether the name after it is upstream
    ("citing X": where the source took it) and whether it must be an outlet ("told Reuters")."""

    pattern: re.Pattern[str]
    upstream: bool
    outlet_only: bool


def folded(text: str) -> str:
    """Text in the form the lexicons' phrases are matched in: lowercase, the typographic
    apostrophe as a plain one, blanks collapsed ("C’est  ce que" is "c'est ce que")."""
    return " ".join(text.lower().replace("\u2019", "'").split())


def lexicon_folder() -> Traversable:
    """Where the lexicons live: one ``<language>.toml`` per language, and nothing else to add."""
    return resources.files("claimcheck.nlp") / "lexicons"


def available_languages() -> tuple[str, ...]:
    """The languages claimcheck has a lexicon for, e.g. ``("en", "fr")``."""
    folder = lexicon_folder()
    return tuple(
        sorted(p.name.removesuffix(".toml") for p in folder.iterdir() if p.name.endswith(".toml"))
    )


@cache
def load_lexicon(language: str) -> Lexicon:
    """The lexicon for ``language``; raises ``KeyError`` when there is none."""
    if language not in available_languages():
        raise KeyError(language)
    path = lexicon_folder() / f"{language}.toml"
    return lexicon_from_data(tomllib.loads(path.read_text(encoding="utf-8")))


def lexicon_from_data(data: dict[str, Any]) -> Lexicon:
    cues, sources, hedges, dates = data["cues"], data["sources"], data["hedges"], data["dates"]
    relays = data.get("relays", {})
    furniture, links = data.get("furniture", {}), data.get("links", {})
    grammar = data.get("grammar", {})
    model = data.get("model", {})

    def words(section: dict[str, Any], key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in section.get(key, []))

    def phrases(section: dict[str, Any], key: str) -> tuple[str, ...]:
        # Longest first, so "is said to" wins over "said".
        return tuple(sorted({str(p).lower() for p in section.get(key, [])}, key=len, reverse=True))

    return Lexicon(
        language=data["meta"]["language"],
        name=data["meta"]["name"],
        speech_verbs=words(cues, "speech_verbs"),
        belief_verbs=words(cues, "belief_verbs"),
        weak_verbs=words(cues, "weak_verbs"),
        prepositional=phrases(cues, "prepositional"),
        speech_nouns=words(cues, "speech_nouns"),
        relay_verbs=words(cues, "relay_verbs"),
        excluded_verbs=words(cues, "exclude"),
        frame_only_verbs=words(cues, "frame_only"),
        other_senses={
            str(verb).lower(): frozenset(str(p).lower() for p in prepositions)
            for verb, prepositions in cues.get("other_senses", {}).items()
        },
        aspectual_verbs=words(cues, "aspectual"),
        sequence_markers=words(cues, "sequence_markers"),
        negators=words(cues, "negators"),
        sourcing_terms=words(cues, "sourcing_terms"),
        sourcing_verbs=words(cues, "sourcing_verbs"),
        caveat_nouns=words(cues, "caveat_nouns"),
        self_declaring=words(cues, "self_declaring"),
        attribute_verbs=words(cues, "attribute_verbs"),
        object_verbs=words(cues, "object_content"),
        object_prepositions=words(cues, "object_prepositions"),
        object_complements=words(cues, "object_complements"),
        reflexive_saying_verbs=words(cues, "reflexive_saying"),
        topic_verbs=words(cues, "topic_content"),
        topic_prepositions=words(cues, "topic_prepositions"),
        topic_exclusions=words(cues, "topic_exclusions"),
        addressee_verbs=words(cues, "addressee"),
        call_prepositions=words(cues, "call_prepositions"),
        idea_object_verbs=words(cues, "idea_object"),
        wording_verbs=words(cues, "wording"),
        answer_verbs=words(cues, "answer_verbs"),
        question_verbs=words(cues, "question_verbs"),
        quoted_object_verbs=words(cues, "quoted_object"),
        estimate_verbs=words(cues, "estimate"),
        estimate_prepositions=words(cues, "estimate_prepositions"),
        raised_passive_verbs=words(cues, "raised_passive"),
        anonymous_heads=words(sources, "anonymous_heads"),
        age_words=words(sources, "age_words"),
        anonymous_phrases=phrases(sources, "anonymous_phrases"),
        media_nouns=words(sources, "media_nouns") | words(sources, "media_staff"),
        outlet_nouns=words(sources, "media_nouns"),
        media_name_tokens=frozenset(str(w) for w in sources.get("media_name_tokens", [])),
        platforms=frozenset(str(w) for w in sources.get("platforms", [])),
        government_nouns=words(sources, "government_nouns"),
        agency_nouns=words(sources, "agency_nouns"),
        document_nouns=words(sources, "document_nouns"),
        law_texts=words(sources, "law_texts"),
        organization_nouns=words(sources, "organization_nouns"),
        person_roles=words(sources, "person_roles") | words(sources, "professions"),
        epithets=words(sources, "epithets") | words(sources, "professions"),
        professions=words(sources, "professions"),
        latter=words(sources, "latter"),
        former_words=words(sources, "former_words"),
        naming_verbs=words(sources, "naming_verbs"),
        same_source=phrases(sources, "same_source"),
        age_nouns={str(k): int(v) for k, v in sources.get("age_nouns", {}).items()},
        body_epithets={
            str(k).lower(): frozenset(str(t) for t in v)
            for k, v in sources.get("body_epithets", {}).items()
        },
        demonyms=words(sources, "demonyms"),
        company_suffixes=words(sources, "company_suffixes"),
        first_name_countries=tuple(str(c) for c in sources.get("first_name_countries", [])),
        feminine_endings=tuple(str(e) for e in grammar.get("feminine_endings", [])),
        gender_pairs=tuple((str(f), str(m)) for f, m in grammar.get("gender_pairs", [])),
        present_participle_endings=tuple(
            str(e) for e in grammar.get("present_participle_endings", [])
        ),
        past_participle_endings={
            str(infinitive): tuple(str(e) for e in endings)
            for infinitive, endings in grammar.get("past_participle_endings", {}).items()
        },
        hearsay_from=words(sources, "hearsay_from"),
        speaking_places=phrases(sources, "speaking_places"),
        lexical_hedges=phrases(hedges, "lexical"),
        epistemic_hedges=frozenset(phrases(hedges, "epistemic")),
        distancing=phrases(hedges, "distancing"),
        modal_verbs=words(hedges, "modal_verbs"),
        hypothesis_markers=phrases(hedges, "hypothesis_markers"),
        conditional_exclusions=words(hedges, "conditional_exclusions"),
        months={str(k).lower(): int(v) for k, v in dates.get("months", {}).items()},
        weekdays={str(k).lower(): int(v) for k, v in dates.get("weekdays", {}).items()},
        relative_days={str(k).lower(): int(v) for k, v in dates.get("relative_days", {}).items()},
        event_nouns=words(dates, "event_nouns"),
        period_words=words(dates, "period_words"),
        day_parts=words(dates, "day_parts"),
        time_nouns=words(dates, "time_nouns"),
        holidays=words(dates, "holidays"),
        question_labels=words(data.get("interviews", {}), "question_labels"),
        answer_labels=words(data.get("interviews", {}), "answer_labels"),
        addressee_words=words(data.get("interviews", {}), "addressee_words"),
        first_person_words=words(data.get("interviews", {}), "first_person_words"),
        credit_markers=phrases(data.get("interviews", {}), "credit_markers"),
        interview_markers=phrases(data.get("interviews", {}), "interview_markers"),
        norm_nouns=words(cues, "norm_nouns"),
        relay_to_outlet=phrases(relays, "to_outlet"),
        relay_to_any=phrases(relays, "to_any"),
        relay_from=phrases(relays, "from_any"),
        relay_after_name=phrases(relays, "after_name"),
        relay_fillers=words(relays, "fillers"),
        name_links=words(relays, "name_links"),
        auxiliaries=words(grammar, "auxiliaries"),
        euphonic=words(grammar, "euphonic"),
        inverted_subjects=words(grammar, "inverted_subjects"),
        reflexives=words(grammar, "reflexives"),
        plural_verb_endings=tuple(grammar.get("plural_verb_endings", ())),
        reflexive_objects=words(grammar, "reflexive_objects"),
        object_clitics=words(grammar, "object_clitics"),
        infinitive_negation=words(grammar, "infinitive_negation"),
        focus_adverbs=words(grammar, "focus_adverbs"),
        topic_nouns=words(grammar, "topic_nouns"),
        incise_fillers=phrases(grammar, "incise_fillers"),
        conditional_endings=tuple(str(e) for e in hedges.get("conditional_endings", [])),
        belief_needs_clause=bool(cues.get("belief_needs_clause", False)),
        weak_needs_clause=bool(cues.get("weak_needs_clause", False)),
        verb_endings=tuple((str(a), str(b)) for a, b in grammar.get("verb_endings", [])),
        opinion_prepositions=words(cues, "opinion_prepositions"),
        possessive_frames=words(cues, "possessive_frames"),
        finding_prepositions=words(cues, "finding_prepositions"),
        finding_nouns=words(cues, "finding_nouns"),
        light_verbs=_light_verbs(cues.get("light_verbs", [])),
        infinitive_verbs=words(cues, "infinitive_content"),
        infinitive_markers=words(grammar, "infinitive_markers"),
        pronouns={str(k).lower(): str(v) for k, v in grammar.get("pronouns", {}).items()},
        owner_genders={str(k).lower(): str(v) for k, v in grammar.get("owner_genders", {}).items()},
        interjections=words(grammar, "interjections"),
        answer_words=words(grammar, "answer_words"),
        frame_context_openers=words(grammar, "frame_context_openers"),
        sequence_prepositions=words(grammar, "sequence_prepositions"),
        colon_reports_clause=bool(grammar.get("colon_reports_clause", False)),
        quotation_takes_completing_phrase=bool(
            grammar.get("quotation_takes_completing_phrase", False)
        ),
        sentence_final_abbreviations=words(grammar, "sentence_final_abbreviations"),
        news_agencies=frozenset(str(w) for w in grammar.get("news_agencies", [])),
        time_zone_words=words(grammar, "time_zone_words"),
        latter_pronouns={
            str(k).lower(): str(v) for k, v in grammar.get("latter_pronouns", {}).items()
        },
        article_genders={
            str(k).lower(): str(v) for k, v in grammar.get("article_genders", {}).items()
        },
        contractions={
            str(k).lower(): frozenset(str(w).lower() for w in v)
            for k, v in grammar.get("contractions", {}).items()
        },
        title_words={
            str(k).lower(): frozenset(str(n).lower() for n in ([v] if isinstance(v, str) else v))
            for k, v in data.get("sources", {}).get("title_words", {}).items()
        },
        office_synonyms={
            folded(str(k)): frozenset(folded(str(t)) for t in v)
            for k, v in data.get("sources", {}).get("office_synonyms", {}).items()
        },
        role_synonyms={
            str(k).lower(): frozenset(str(t).lower() for t in v)
            for k, v in data.get("sources", {}).get("role_synonyms", {}).items()
        },
        relative_pronouns=words(grammar, "relative_pronouns"),
        writers_relatives=words(grammar, "writers_relatives"),
        writers_appositions=words(grammar, "writers_appositions"),
        relative_is_source=bool(grammar.get("relative_is_source", False)),
        joins_continued_quotes=bool(grammar.get("joins_continued_quotes", False)),
        plural_for_one_body=bool(grammar.get("plural_for_one_body", False)),
        verb_first_incises=bool(grammar.get("verb_first_incises", False)),
        sentences_end_on_punctuation=bool(grammar.get("sentences_end_on_punctuation", False)),
        comparatives=words(grammar, "comparatives"),
        subordinator_heads=words(grammar, "subordinator_heads"),
        narrative_infinitive=bool(grammar.get("narrative_infinitive", False)),
        nobody=words(grammar, "nobody"),
        negative_determiners=words(grammar, "negative_determiners"),
        object_participle_verbs=words(grammar, "object_participle_verbs"),
        hortative_verbs=words(grammar, "hortative_verbs"),
        hortative_pronouns=words(grammar, "hortative_pronouns"),
        intensive_pronouns=words(grammar, "intensive_pronouns"),
        possessive_endings=tuple(grammar.get("possessive_endings", ())),
        predicative_verbs=words(grammar, "predicative_verbs"),
        means_nouns=words(grammar, "means_nouns"),
        absolute_prepositions=words(grammar, "absolute_prepositions"),
        hypothetical_modals=words(grammar, "hypothetical_modals"),
        male_titles=words(grammar, "male_titles"),
        female_titles=words(grammar, "female_titles"),
        expletives=words(grammar, "expletives"),
        demonstratives=words(grammar, "demonstratives"),
        wh_pronouns=words(grammar, "wh_pronouns"),
        complementizers=words(grammar, "complementizers"),
        indefinite_determiners=words(grammar, "indefinite_determiners"),
        definite_determiners=words(grammar, "definite_determiners"),
        demonstrative_determiners=words(grammar, "demonstrative_determiners"),
        channel_prepositions=words(grammar, "channel_prepositions"),
        name_particles=words(grammar, "name_particles"),
        domain_prepositions=words(grammar, "domain_prepositions"),
        inner_particles=words(grammar, "inner_particles"),
        named_after_people={
            str(noun).lower(): str(label)
            for label, nouns in grammar.get("named_after_people", {}).items()
            for noun in nouns
        },
        elided_words=words(grammar, "elided_words"),
        adverbial_locutions=tuple(grammar.get("adverbial_locutions", ())),
        recover_missed_names=bool(grammar.get("recover_missed_names", False)),
        join_hyphenated_words=bool(grammar.get("join_hyphenated_words", False)),
        role_links=words(grammar, "role_links"),
        infinitive_endings=tuple(str(e) for e in grammar.get("infinitive_endings", [])),
        cue_nouns=words(cues, "cue_nouns"),
        statement_forms=words(cues, "statement_forms"),
        statement_form_prepositions=words(cues, "statement_form_prepositions"),
        owner_markers=words(grammar, "owner_markers"),
        comparative_markers=words(grammar, "comparative_markers"),
        comparison_openers=words(grammar, "comparison_openers"),
        anaphoric_contents=phrases(grammar, "anaphoric_contents"),
        pipelines=tuple(str(p) for p in model.get("pipelines", [])),
        install_hint=str(model.get("install_hint", "")),
        negations=words(data.get("trace", {}), "negations"),
        number_words=words(data.get("trace", {}), "number_words"),
        furniture_teasers=phrases(furniture, "teasers"),
        furniture_notices=phrases(furniture, "notices"),
        byline_words=words(furniture, "byline_words"),
        navigation_paths=words(links, "navigation_paths"),
        event_date_markers=phrases(dates, "event_date_markers"),
        year_prepositions=words(dates, "year_prepositions"),
        time_conjunctions=words(dates, "time_conjunctions"),
        declarative_complementizers=words(grammar, "declarative_complementizers"),
    )


def _light_verbs(phrases: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """ "faire état" -> {"faire": (("état",),)}: the verb's lemma, then the words after it."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        lemma, *rest = str(phrase).lower().split()
        table.setdefault(lemma, []).append(tuple(rest))
    return {lemma: tuple(sorted(tails, key=len, reverse=True)) for lemma, tails in table.items()}
