"""Who a source mention is: its canonical name, its role, its type, and what a pronoun stands for.

Typing reads the mention's words against the lexicon (an outlet noun, a government body, a
document, a vague "sources familiar with") and the entity recogniser's labels. An unnamed
outlet ("un média ukrainien") is anonymous: the reader cannot check it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import dropwhile, pairwise, takewhile
from typing import TYPE_CHECKING

from claimcheck.models import SourceMention, SourceType
from claimcheck.nlp.frames.base import (
    AGENT_DEPS,
    BEGINS_ENTITY,
    NAME_PART_DEPS,
    NOMINAL_DEPS,
    PERSON_LABELS,
    PORTFOLIO_WORDS,
    POSSESSIVE_DEPS,
    RELATIVE_DEPS,
    SUBJECT_DEPS,
    TIMES,
    age_length,
    describes_role,
    entities_within,
    in_title_case,
    is_day,
    is_portfolio,
    is_relative_pronoun,
    is_role_word,
    is_sole_subject,
    name_read_as_adverb,
    opens_indefinite,
    phrase_head,
    reads_as_name,
    tagged_verb_after_article,
    with_both_marks,
)
from claimcheck.nlp.lexicon import ADDRESSEE, FEMALE, MALE, Lexicon, folded
from claimcheck.nlp.morphology import feature
from claimcheck.nlp.parse import joined_by_hyphen, title_cut_at
from claimcheck.nlp.people import (
    Antecedents,
    Person,
    full_name_gender,
    grammatical_gender,
    is_first_name,
    morph_gender,
    qualifies_unnamed_role,
    role_gender,
    same_person,
    titled_gender,
    untitled_words,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.tokens import Doc, Span, Token

ORG_LABELS = frozenset({"ORG", "NORP"})
BODY_LABEL = "ORG"  # both recognisers' label for a company's name
# How a body hangs on the subject it owns: "Tesla shares", "les ventes de Renault".
OWNER_OF_SUBJECT_DEPS = frozenset({"compound", "poss", "nmod", "nmod:poss"})
# How many sentences with a pronoun subject a pronoun looks back over for its person.
PRONOUN_CHAIN = 3
PLACE_LABELS = frozenset({"GPE", "LOC"})
# The hyphens that join a number to a noun in one modifier ("50-state", "12‑member").
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# How a question verb hangs whom it asked: "asked the defendant", "a demandé au prévenu"
# (an argument in "à", which the small French model may label a plain oblique).
ASKED_DEPS = frozenset({"dobj", "obj", "iobj", "dative", "obl:arg", "obl"})
# An honorific is short ("Me", "Dr", "Mme", "Mrs"): an office ("Treasurer") is longer.
HONORIFIC_LETTERS = 3
# Pronoun classes besides genders (see the lexicons' [grammar.pronouns]).
HEARSAY = "hearsay"  # the "-on" of "dit-on": somebody unnamed
GENERIC = "generic"  # "on": people in general, or the writer
OWNER = "owner"  # "ses" of "à ses yeux": whoever the text is about

# The source types that are bodies, named in full by the text before a short name.
_BODIES = frozenset({SourceType.ORGANIZATION, SourceType.GOVERNMENT, SourceType.MEDIA})
# What a pronoun of its noun's gender may stand for when no person does: a body, or a document
# that speaks ("Le rapport estime … Il recommande …").
_PRONOUN_BODIES = _BODIES | {SourceType.DOCUMENT}
# A person's name as written runs to at most this many words ("Ana Sofia Cardenal Ruiz").
MAX_NAME_WORDS = 4
# The words of a phrase set off after a source that may say why it is unnamed: "…, speaking on
# condition of anonymity because they were not authorized to discuss the talks,"
ASIDE_TOKENS = 20
YEAR_DIGITS = 4
# How many sentences back an epithet ("le spécialiste") looks for its person, about a paragraph:
# further than a pronoun, as the press uses one after the person's quotation, which the parser
# cuts into sentences of its own, and after the writer's own aside.
EPITHET_REACH = 4
# How far back, in tokens, "the designer" looks for "a designer" it takes up.
UNNAMED_REACH_TOKENS = 150
# The number of an age ("53-year-old"), which an epithet of age drops to be looked up.
AGE_NUMBER = re.compile(r"\d+")
# The recogniser's label for a nationality ("Italian"); French models have none.
NATIONALITY_LABEL = "NORP"
# An acronym given in brackets after a name: "(OFAG)", "(FMI)".
ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&.\-]{1,11})\)")
ACRONYM_WORD = re.compile(r"[A-Z][A-Z0-9&.\-]{1,11}")
# How the words of a body's name hang together: "Office fédéral de l'agriculture".
NAME_DEPS = frozenset({"amod", "nmod", "flat", "flat:name", "compound", "pobj", "prep", "case"})


@dataclass
class _Known:
    name: str
    type: SourceType
    role: str | None
    words: frozenset[str]  # lowercase words of the mention and role, for "the senator"
    gender: str | None
    acronyms: frozenset[str] = frozenset()  # "OFAG" of "l'Office fédéral de l'agriculture (OFAG)"
    singular: bool = False  # "le Medef", by the noun's own number: not French "ils"
    plural: bool = False  # "les auteurs", "two senators": people "they" may stand for
    head: str = ""  # the mention's head noun, as written ("loggers" of "Two loggers")
    lemma: str = ""  # and as lemmatised ("logger"), for "the logger", one of them


# How many of the sources cited last an unnamed one is looked for among, when a description
# names it again: "One engineer said … the engineer said".
UNNAMED_AGAIN_REACH = 2

# How far before a name its title is looked for: "le président " before "Emmanuel Macron".
TITLE_REACH_CHARS = 40


class SpeakerResolver:
    """Resolves mentions in text order, remembering who has spoken so far."""

    def __init__(self, lexicon: Lexicon, antecedents: Antecedents | None = None) -> None:
        self.lexicon = lexicon
        self.known: list[_Known] = []
        self._by_last_word: dict[str, list[_Known]] = {}
        self._acronyms: dict[str, _Known] = {}
        # Bodies the article names in full, by their head word: "Commission" -> {"Commission
        # européenne"}, so that "la Commission" later is shown by its full name.
        self._bodies: dict[str, set[str]] = {}
        self._titles: set[str] = set()  # names the text writes with their article: "Le Monde"
        # Names the text writes after a noun for their kind of body, with that body's type:
        # "Stellantis" of "le groupe Stellantis" is an organisation, wherever it stands
        self._named_bodies: dict[str, SourceType] = {}
        # Companies by the first word of their name: "Norvel" -> "Norvel Pharmaceuticals"
        self._companies: dict[str, str] = {}
        # The body cited last and where: "the company" looks back at it, if it is near
        self._last_body: tuple[SourceMention, int, str | None] | None = None
        self.antecedents = antecedents or Antecedents([], [])
        # Bodies the narrative makes the subject of a sentence, by article offset: "Tesla
        # shares fell … The company said" (``note_subject_bodies``)
        self._subject_bodies: list[tuple[int, str, SourceType]] = []
        # every body the narration names, wherever in its sentence: "… a power line owned by
        # Northstate Power Cooperative … The utility said" (``note_subject_bodies``)
        self._named_in_passing: list[tuple[int, str]] = []
        # The people a gendered pronoun has named, with that gender: the text's own word for it
        self._pronoun_speakers: dict[str, _Known] = {}

    def resolve(
        self,
        mention: Span,
        bounds: tuple[int, int],
        text: str,
        anchor: int | None = None,
        cue_lemma: str = "",
    ) -> SourceMention:
        """What ``mention`` (at ``bounds`` in ``text``) names. ``anchor`` is where its claim
        starts: a pronoun after a long quotation looks for its antecedent before the quotation.
        ``cue_lemma``, its claim's verb: whoever "replied" is whom the question before asked.

        A person it names becomes a candidate for the pronouns that follow, even one the
        entity recogniser missed ("Tallis said …; “…,” she added")."""
        resolved = self._resolve(mention, bounds, text, anchor, cue_lemma)
        if resolved.type is SourceType.PERSON and resolved.name:
            # "Donald Trump's assertion that …", the recogniser's name with the possessive
            resolved = replace(resolved, name=self._without_possessive(resolved.name))
        if resolved.name and resolved.name.count("(") > resolved.name.count(")"):
            # "Federal Bureau of Investigation (FBI" as the recogniser cut it: the name is
            # what comes before the acronym
            resolved = replace(resolved, name=resolved.name.rsplit("(", 1)[0].rstrip())
        if resolved.type is SourceType.MEDIA and resolved.name and mention.start > 0:
            # "selon des informations du Figaro": Le Figaro, the article fused in "du"
            before = mention.doc[mention.start - 1].lower_
            resolved = replace(resolved, name=self.lexicon.outlet_title(resolved.name, before))
        if resolved.type in _PRONOUN_BODIES and resolved.name:
            # with its grammatical gender: "La préfecture indique … Elle précise"; a body's
            # noun has one, whatever an elided article hides ("L'association … Elle")
            root = mention.root
            noun = root.pos_ in ("NOUN", "PROPN")  # not "his", the body only as resolved
            # not a plural: "Les analyses avaient révélé … « J'avais bu … », a-t-il répété"
            noun = noun and "Plur" not in feature(root, "Number")
            gender = (grammatical_gender(root) or morph_gender(root)) if noun else None
            self._last_body = (resolved, bounds[0], gender)
        named = resolved.resolved and resolved.name and resolved.text != resolved.name
        # two people joined ("Mark Feld and Rosa Jimenez") are no one name a pronoun or a
        # surname stands for: each is a person of the article already
        pair = resolved.type is SourceType.PERSON and self._people_together(mention) is not None
        if (
            resolved.type is SourceType.PERSON
            and not pair
            and (named or len(mention) > 1 or mention.root.pos_ == "PROPN")
        ):
            stated = titled_gender(_own_words(mention), self.lexicon)
            # "le Dr Claire Fontaine": her first name, past the title, says more than the
            # title's article; "la présidente du groupe RN": the article is all there is
            stated = stated or full_name_gender(self._untitled_name(resolved.name))
            # not the article of an abbreviated title: "le Dr Laurence Picard" is a woman
            bare_title = mention.root.lower_ in self.lexicon.title_words
            if stated is None and mention.root.pos_ == "NOUN" and not bare_title:
                stated = role_gender(mention.root, self.lexicon)
            self.antecedents.add(
                Person(bounds[0], bounds[1], resolved.name, stated, named=True, spoke=True)
            )
        elif resolved.type is SourceType.ANONYMOUS and self._someone(mention):
            # "A Republican strategist said … He added": "he" is that unnamed source
            gender = role_gender(mention.root, self.lexicon)
            self.antecedents.add(
                Person(*bounds, resolved.name, gender, named=False, spoke=True, indefinite=True)
            )
        elif resolved.type is SourceType.ORGANIZATION and _lone_surname(mention):
            # "Trump said Obama wanted … “…,” he said": a body to the recogniser, maybe a man
            self.antecedents.add(
                Person(*bounds, resolved.name, None, named=True, spoke=True, uncertain=True)
            )
        return resolved

    def _without_possessive(self, name: str) -> str:
        """A person's name without the possessive ending the recogniser may take in with it."""
        for ending in self.lexicon.possessive_endings:
            if name.endswith(ending) and len(name) > len(ending) + 1:
                return name[: -len(ending)]
        return name

    def _untitled_name(self, name: str) -> str:
        """A name without the titles it opens with: "Dr Claire Fontaine" is "Claire Fontaine"."""
        return " ".join(untitled_words(name, self.lexicon.titles))

    def _reported_subject(self, mention: Span, pronoun: str) -> Span | None:
        """For an inverted "-il", "-elle" that nobody named before stands for, the body that
        is the subject of the clause it closes, of its gender: "Le parquet de Paris a ouvert
        une enquête, a-t-il indiqué" is the parquet's word. Only a body: a person would have
        been named before. For an inverted "-ils", "-elles", the plural subject that can speak,
        whoever spoke before: "Les auteurs mettent en garde … : …, soulignent-ils"."""
        doc = mention.doc
        # "…, which they said cost Americans …": a plural pronoun right after a relative one,
        # in a clause on the main clause's object, is that clause's subject
        relative = mention.start > 0 and is_relative_pronoun(doc[mention.start - 1])
        if not mention.root.lower_.startswith("-") and not (relative and pronoun == "plural"):
            return None
        sent = mention.sent
        subject = next(
            (
                t
                for t in sent
                if t.i < mention.start
                and t.dep_ in SUBJECT_DEPS
                and t.head.dep_ == "ROOT"
                and t.pos_ in ("NOUN", "PROPN")
            ),
            None,
        )
        if subject is None:
            return None
        lemma, lexicon = subject.lemma_.lower(), self.lexicon
        if pronoun == "plural":
            speakers = lexicon.person_roles | lexicon.anonymous_heads | lexicon.body_nouns
            if "Plur" not in feature(subject, "Number") or lemma not in speakers:
                return None
        elif role_gender(subject, lexicon) != pronoun or lemma not in lexicon.body_nouns:
            return None
        end = min(subject.right_edge.i + 1, mention.start)
        # not the clause's own verb, which the parse may hang on the subject ("La direction
        # prévoit un TGV sur deux, a-t-elle indiqué", with "prévoit" read as a modifier)
        words = sent.doc[subject.i + 1 : end]
        end = next((t.i for t in words if t.pos_ in ("VERB", "AUX")), end)
        # nor the day the parse hung on it: "Senators from both parties on Tuesday confronted"
        day = next((t.i for t in sent.doc[subject.i + 1 : end] if t.ent_type_ in TIMES), end)
        while day > subject.i + 1 and sent.doc[day - 1].pos_ == "ADP":
            day -= 1
        return sent.doc[subject.left_edge.i : day]

    def _body_subject_before(self, mention: Span, pronoun: str) -> Span | None:
        """For "il", "elle" that no person stands for, the body the sentence before is about,
        in the same paragraph: the subject of its main verb, a noun for a body of the
        pronoun's gender, singular ("Contactée, la direction n'a pas donné suite. Dans un
        communiqué, elle fait valoir que …")."""
        sent, doc, lexicon = mention.sent, mention.doc, self.lexicon
        if sent.start == 0:
            return None
        before = doc[sent.start - 1].sent
        if "\n" in doc.text[before.end_char : sent.start_char] or "\n" in before.text.strip():
            return None
        subject = next(
            (t for t in before if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT"), None
        )
        if subject is None or subject.pos_ != "NOUN" or "Plur" in feature(subject, "Number"):
            return None
        if role_gender(subject, lexicon) != pronoun:
            return None
        if subject.lemma_.lower() not in lexicon.body_nouns:
            return None
        return doc[subject.left_edge.i : subject.i + 1]

    def _asked(self, mention: Span, before: int, gender: str, cue_lemma: str) -> Span | None:
        """Whom a question verb asked, in the sentence of the answer or the one before it,
        ahead of ``before`` (a character of the Doc), when the answer's verb is a reply: the
        one who replies is the one asked. A person by name or by role, of the pronoun's
        gender; None when the question asked no such person."""
        lexicon = self.lexicon
        if cue_lemma not in lexicon.answer_verbs:
            return None
        doc = mention.doc
        here = next((t for t in doc if t.idx >= before), doc[-1]).sent
        start = doc[here.start - 1].sent.start if here.start > 0 else here.start
        asking = lexicon.question_verbs
        verbs = [t for t in doc[start : here.end] if t.idx < before and t.lemma_ in asking]
        for verb in reversed(verbs):
            for asked in verb.children:
                if asked.i > verb.i and self._can_be_asked(asked, gender):
                    entity = next((e for e in doc.ents if e.start <= asked.i < e.end), None)
                    return entity if entity is not None else doc[asked.i : asked.i + 1]
        return None

    def _can_be_asked(self, word: Token, gender: str) -> bool:
        """A person the question verb's object or "à" complement names: "au prévenu", "the
        defendant", "Mark Dunn", whose gender does not contradict the answer's pronoun."""
        lexicon = self.lexicon
        if word.dep_ not in ASKED_DEPS:
            return False
        if word.ent_type_ in PERSON_LABELS:
            said = full_name_gender(" ".join(t.text for t in word.subtree if t.ent_type_))
        elif {word.lower_, word.lemma_} & (lexicon.person_roles | lexicon.anonymous_heads):
            said = role_gender(word, lexicon)  # "le prévenu", "le témoin"
        else:
            return False
        return said in (None, gender)

    def _someone(self, mention: Span) -> bool:
        """One person the text brings in without a name: "a Republican strategist", "un proche
        de la famille", "un ténor de la droite" (a noun the lexicon does not know, but that
        speaks); not "officials". Not one who asks or tells someone: after "A reporter asked
        Sanders how he felt. He replied", the pronoun is the one asked."""
        root = mention.root
        noun = root.pos_ == "NOUN" or tagged_verb_after_article(root)  # "Une députée"
        if "Plur" in feature(root, "Number") or not noun:
            return False
        if self.head_word(mention) in self.lexicon.thing_nouns:
            return False  # "a slide show", "une étude": a source, but nobody a pronoun stands for
        lexicon = self.lexicon
        if root.head.lemma_.lower() in lexicon.addressee_verbs:
            return False
        indefinite = lexicon.indefinite_determiners
        # "one juror": a number on a singular noun can only be one
        return any(
            (c.dep_ == "det" and c.lower_ in indefinite) or c.dep_ == "nummod"
            for c in root.children
        )

    def _resolve(
        self,
        mention: Span,
        bounds: tuple[int, int],
        text: str,
        anchor: int | None,
        cue_lemma: str = "",
    ) -> SourceMention:
        written = text[bounds[0] : bounds[1]]
        shift = bounds[0] - mention.start_char

        def original(span: Span) -> str:
            """Words as the article writes them (the parser read ’ as ')."""
            return text[span.start_char + shift : span.end_char + shift]

        base = SourceMention(written, bounds[0], bounds[1])
        relative = mention.root.lower_ in self.lexicon.relative_pronouns
        if len(mention) == 1 and (relative or self.lexicon.is_first_person(written)):
            # a relative pronoun whose antecedent gave no name; "I believe …", "Nous estimons
            # …" in the writer's voice: the writer, whom the text does not name here. The
            # pronoun is no name.
            return replace(base, type=SourceType.UNKNOWN, resolved=False)
        pronoun = self.lexicon.pronouns.get(mention.root.lower_) if len(mention) == 1 else None
        again = self._same_source(mention)
        if again is not None:
            return self._from_antecedent(base, self._cited(again))  # "de même source"
        if pronoun is None and self._hearsay(mention):
            pronoun = HEARSAY  # "ajoute-t-on de même source"
        latter = self.lexicon.latter_pronouns.get(mention.root.lower_)
        if latter is not None and len(mention) == 1:
            # "Celui-ci a affirmé": the person mentioned last, if the text says that person's
            # gender is the demonstrative's; else a thing may be meant ("la réforme … celle-ci")
            person = self.antecedents.nearest(bounds[0], latter, latest=True)
            if person is not None and self.antecedents.gender_of(person) != latter:
                person = None
            return self._person_pronoun(base, person, latter)
        # where a pronoun looks back from: before the words it frames, if they come first
        where = bounds[0] if anchor is None else min(anchor, bounds[0])
        if pronoun in (MALE, FEMALE):
            asked = self._asked(mention, where - shift, pronoun, cue_lemma)
            if asked is not None:
                # "Le procureur a demandé au prévenu … « … », a-t-il répondu": the prévenu
                start = asked.start_char + shift
                named = self._resolve(asked, (start, start + len(asked.text)), text, anchor)
                return replace(named, text=written, start=bounds[0], end=bounds[1])
            modified = [t.idx + shift for t in _relative_antecedent(mention) + _askers(mention)]
            person = self.antecedents.nearest(where, pronoun, excluded=modified)
            chain = self._pronoun_chain(mention, pronoun, shift) if person is None else 0
            if chain:
                # "Karim Benali a grandi à Marseille. Il a fondé une association. « … », dit-il"
                person = self.antecedents.nearest(where, pronoun, excluded=modified, back=1 + chain)
            elif person is None and not self.antecedents.named_near(bounds[0], pronoun):
                # nobody of that gender named since the aside, the words before "she" included
                # ("Though Ms. Olivieri has spent most of her life there, …, she said")
                person = self._speaker_past_aside(mention, where, pronoun, modified, shift)
            body = self._body_of_gender(pronoun, where)
            if body is not None and (person is None or self._body_cited_after(person)):
                # "L'association La Quadrature du Net salue … Elle regrette", after a woman
                # quoted before it: the body, cited last
                return self._from_antecedent(base, body)
            subject = self._reported_subject(mention, pronoun) if person is None else None
            if subject is None and person is None:
                # "La préfecture a fermé la route. Elle précise que …": the body before
                subject = self._body_subject_before(mention, pronoun)
            if subject is not None:
                # "Le parquet a ouvert une enquête, a-t-il indiqué": the body it reports on
                start = bounds[0] + subject.start_char - mention.start_char
                named = self._resolve(subject, (start, start + len(subject.text)), text, anchor)
                return replace(named, text=written, start=bounds[0], end=bounds[1])
            alone = person is None and not self.antecedents.named_near(where, pronoun)
            sole = self._sole_speaker_of_gender(pronoun) if alone else None
            if sole is not None:
                # "… la patronne aurait « … ». La pique la fait sourire. « … », répond-elle": the
                # only woman who has spoken in the article, however far back
                return self._from_antecedent(base, sole)
            found = self._person_pronoun(base, person, pronoun)
            if found.resolved and found.name and found.type is SourceType.PERSON:
                self._pronoun_speakers[found.name] = _Known(
                    found.name, found.type, found.role, frozenset(), pronoun
                )
                self.antecedents.pronoun_genders.setdefault(found.name, pronoun)
            return found
        told = self._told_by(mention) if pronoun in (HEARSAY, None) else None
        if told is not None:
            # "a-t-on appris auprès de la préfecture": the préfecture told it
            start = bounds[0] + told.start_char - mention.start_char
            named = self._resolve(told, (start, bounds[1]), text, anchor)
            return replace(named, text=written, start=bounds[0], end=bounds[1])
        circle = self._circle_of_hearsay(mention) if pronoun in (HEARSAY, None) else None
        if circle is not None:
            # "indique-t-on dans l'entourage du Premier ministre": that entourage, unnamed
            start = bounds[0] + circle.start_char - mention.start_char
            named = self._resolve(circle, (start, bounds[1]), text, anchor)
            return replace(named, text=written, start=bounds[0], end=bounds[1])
        if pronoun == HEARSAY:
            unnamed = replace(base, type=SourceType.ANONYMOUS, resolved=False)  # "dit-on"
            spoken_from = self._hearsay_place(mention)
            if spoken_from:
                # "assure-t-on à l'Élysée", "fait-on valoir à Matignon": named by where it
                # speaks from
                return replace(unnamed, name=original(mention.doc[spoken_from[0].i : mention.end]))
            return unnamed
        if pronoun == GENERIC:
            place = speaking_place(mention.root, self.lexicon)
            if place is not None:  # "À l'Élysée, on assure …": someone there, unnamed
                return replace(base, name=original(place), type=SourceType.ANONYMOUS)
            return replace(base, type=SourceType.UNKNOWN, resolved=False)  # "on dirait"
        if pronoun == ADDRESSEE:
            return replace(base, type=SourceType.PERSON, resolved=False)  # "vous expliquez"
        subject = self._reported_subject(mention, pronoun) if pronoun == "plural" else None
        if subject is not None:
            # "Les auteurs mettent en garde … : …, soulignent-ils": the authors
            start = bounds[0] + subject.start_char - mention.start_char
            named = self._resolve(subject, (start, start + len(subject.text)), text, anchor)
            return replace(named, text=written, start=bounds[0], end=bounds[1])
        owner = pronoun == OWNER
        topic = self._owner_named_since(mention, where, shift) if owner else None
        if topic is not None:
            # "Jean-Luc Morin, lui, n'a plus rien à perdre. L'agriculteur exploite … À ses yeux,
            # …": the person the narration has gone on about since the last source it cited
            return self._person_pronoun(base, topic, self.antecedents.gender_of(topic))
        if pronoun is not None:
            return self._from_antecedent(base, self._antecedent(pronoun))
        group = self._group_counted_from(mention)
        if group is not None:
            return self._from_antecedent(base, group)  # "Two guards … One said …"
        name_span = self.name_of(mention)
        if name_span is not None and not self._names_speaker(mention, name_span):
            name_span = None  # "Ukrainian authorities", "un proche de Pierre Moscovici"
        holder = self._office_holder_named(mention, name_span, bounds[0])
        if holder is not None:
            return self._from_antecedent(base, self._cited(holder))
        demonym = self._demonym(mention)
        if demonym:
            name_span = None  # "the Italian", "l'Allemande": a person, by nationality
        source_type = SourceType.PERSON if demonym else self.type_of(mention, name_span)
        if source_type is SourceType.ANONYMOUS:
            name_span = None  # "un proche de Pierre Moscovici" is not Moscovici: no name at all
        full_name = self._person_by_surname(mention, name_span, original)
        if full_name is not None:
            source_type = SourceType.PERSON
        described = len(mention) > 1 and mention[0].lower_ in self.lexicon.definite_determiners
        epithet = self._epithet(mention) if name_span is None else None
        if name_span is None and (
            source_type is not SourceType.ANONYMOUS or described or epithet is not None
        ):
            earlier = self._by_description(mention, epithet, bounds[0], text)
            if earlier is not None:
                return self._from_antecedent(base, self._cited(earlier))
            if epithet in self.lexicon.latter:
                # "Le juge a interrogé l'accusé. Ce dernier a nié": the one mentioned last,
                # whom the text did not name; "dernier" is no name
                return replace(base, type=SourceType.UNKNOWN, resolved=False)
        if name_span is not None:
            if full_name is not None:
                # "Mr. Harris" is John Harris, though Mary Harris spoke last
                earlier = next((k for k in reversed(self.known) if k.name == full_name), None)
            else:
                gender = titled_gender(_own_words(mention), self.lexicon)
                earlier = self._by_short_name(original(name_span), gender)
                earlier = earlier or self._by_acronym(name_span)
            if earlier is not None:
                # "Brannock" after "Everett Brannock"
                return self._from_antecedent(base, self._cited(earlier))
        if source_type is SourceType.DOCUMENT or name_span is None:
            name_span = self.description(mention)  # "report by the Congressional Budget Office"
        if source_type is SourceType.PERSON and name_span.label_ in PERSON_LABELS:
            name_span = self._without_title(name_span)  # "Treasurer Ann Bell", one entity
        name = full_name or original(name_span)
        together = self._people_together(mention) if source_type is SourceType.PERSON else None
        if together is not None:
            name = together  # "Paul Kerr and Ann Liddell said": both, not the first
        if source_type in _BODIES and name[:1].isupper() and " " not in name:
            name = self._body_in_full(name) or name  # "la Commission", "la Ville"
        one_person = source_type is SourceType.PERSON and together is None  # two: no one role
        role_span = self.role_of(mention, name_span) if one_person else None
        role = original(role_span) if role_span is not None else None
        if one_person and role is None:
            # "a plaidé Véronique Louwagie (LR), rapporteuse générale", "Le maire, Paul Roux,
            # est arrivé. Paul Roux a déclaré": the role the text set beside the name
            role = self.antecedents.role_given(name, bounds[1]) or None
        self._remember(name, source_type, role, mention)
        return SourceMention(written, bounds[0], bounds[1], name=name, type=source_type, role=role)

    def _person_by_surname(
        self,
        mention: Span,
        name: Span | None,
        original: Callable[[Span], str],
    ) -> str | None:
        """The full name of a person the article names elsewhere, for a mention that is only
        their surname, whatever the entity recogniser took it for: "Trump" tagged an
        organisation, "Todd" missed, in an article that names Donald Trump and Chuck Todd."""
        titled = mention.root.lower_ in self.lexicon.titles  # "le président Macron"
        if name is None and _bare_surname(mention):
            name = mention  # a headline's "Trump Says …", which the recogniser left out
        if name is None or (name.root.i != mention.root.i and not titled):
            return None
        written = original(self._untitled(name)).strip()  # "M. Caldwell", "Pr Joly-Gomez"
        if len(written.split()) != 1 or written in self._named_bodies:
            return None  # "Vantor said" after "Vantor Motors", not the "Vantor Meridian" model
        # "Mrs. Harris" after "John Harris and his wife, Mary Harris": the title says which
        gender = titled_gender(_own_words(mention), self.lexicon)
        surname = self.antecedents.full_name(written, gender=gender)
        if surname is not None or _set_off_after(mention, name):
            # "« … », témoigne Karim, un riverain": a first name introduced with what the
            # person does is someone of their own, not the mayor Karim Bouamrane named later
            return surname
        return self.antecedents.full_name(written, first=True)

    def _hearsay(self, mention: Span) -> bool:
        """The mention opens with the inverted "on" of hearsay, after any euphonic "-t-"."""
        words = [t for t in mention if t.lower_ not in self.lexicon.euphonic]
        return bool(words) and self.lexicon.pronouns.get(words[0].lower_) == HEARSAY

    def learn(self, docs: list[Doc]) -> None:
        """What the whole article says about its sources before any mention is resolved: the
        acronyms it defines, the bodies it names in full and the titles it writes with their
        article."""
        self._learn_acronyms(docs)
        self._learn_bodies(docs)
        self._learn_titles(docs)
        self._learn_named_bodies(docs)
        self._learn_company_short_names(docs)

    def note_subject_bodies(self, docs: list[tuple[int, Doc]]) -> None:
        """The named bodies each sentence is about (``docs``: each with its article offset):
        its subject, or the owner of its subject ("Tesla shares fell", "les ventes de
        Renault"), which "the company", "le constructeur" after it may stand for; an outlet
        ("Libération se montre plus sévère"), which "le journal" may."""
        epithets = self.lexicon.body_epithets
        for offset, doc in docs:
            for ent in [*doc.ents, *self._companies_missed(doc)]:
                if len(ent) == 1 and ent.text.lower() in epithets:
                    continue  # "Carmaker recalls …", a headline's noun, capitalised
                root = ent.root
                owner = root.dep_ in OWNER_OF_SUBJECT_DEPS and root.head.dep_ in SUBJECT_DEPS
                owner = owner or self._after_of_subject(root)  # "Shares of Hollins Brands fell"
                outlet = self.lexicon.names_outlet(ent.text)
                # or the name the sentence opens on, which the parse made its root for a verb
                # it misread ("Météo-France maintient …", "maintient" read as an adverb): a
                # word in lower case after it, and no subject in the sentence
                opening = root.dep_ == "ROOT" and ent.start == ent.sent.start
                opening = opening and _runs_into_misread_verb(ent)
                about = root.dep_ in SUBJECT_DEPS or owner or opening
                if ent.label_ not in ORG_LABELS and not outlet:
                    continue
                name = self._without_article(ent)
                if not outlet:
                    self._named_in_passing.append((offset + ent.start_char, name.text))
                if about:
                    kind = SourceType.MEDIA if outlet else SourceType.ORGANIZATION
                    self._subject_bodies.append((offset + ent.start_char, name.text, kind))
        self._subject_bodies.sort()
        self._named_in_passing.sort()

    def _companies_missed(self, doc: Doc) -> list[Span]:
        """The companies' full names the recogniser left out ("Vantor Motors is recalling
        …"), as bodies' entities."""
        from spacy.tokens import Span as Entity

        found = []
        for token in doc:
            full = self._companies.get(token.text)
            end = token.i + len(full.split()) if full is not None else token.i
            if full is not None and not token.ent_type_ and doc[token.i : end].text == full:
                found.append(Entity(doc, token.i, end, label=BODY_LABEL))
        return found

    def _after_of_subject(self, root: Token) -> bool:
        """The noun after the "of" of a subject: "Shares of Hollins Brands fell …"."""
        link = root.head
        return (
            root.dep_ == "pobj"
            and link.lower_ in self.lexicon.role_links
            and link.head.pos_ == "NOUN"  # not "Priya Natarajan of Castlegate Capital"
            and link.head.dep_ in SUBJECT_DEPS
        )

    def _without_article(self, name: Span) -> Span:
        """The name without the definite article the recogniser took in, unless the article
        is part of it: "Food and Drug Administration", "Congressional Budget Office", but "Le
        Monde". The same entity when nothing is taken off."""
        from spacy.tokens import Span as Entity

        article = self._leading_article(name, name.start)
        if article is None or article.i != name.start or self._is_title(name[1:], article):
            return name
        return Entity(name.doc, name.start + 1, name.end, label=name.label_)

    def _body_in_narrative(self, kinds: frozenset[str], at: int) -> _Known | None:
        """ "Tesla shares fell 6% … The company said": no body was cited, but the sentence
        before was about one."""
        floor = self.antecedents.window_start(at)
        cited = {known.name for known in self.known}  # those the cited bodies' rule has judged
        before = [
            (name, kind)
            for start, name, kind in self._subject_bodies
            if floor <= start < at and name not in cited
        ]
        if not before or before[-1][1] not in kinds:
            return None
        name, kind = before[-1]
        return _Known(name, kind, None, frozenset(), None)

    def _learn_bodies(self, docs: list[Doc]) -> None:
        """The names of several words whose first word is their head ("Commission européenne",
        "Ville de Montréal"; not "Senate Judiciary Committee", whose head is last), also inside
        a longer name: "la Ville de Montréal" of "Service de police de la Ville de Montréal"."""
        for doc in docs:
            for ent in doc.ents:
                if ent.label_ in PERSON_LABELS:
                    continue
                for body in _head_first_names(ent):
                    self._bodies.setdefault(body[0].text, set()).add(body.text)

    def _learn_named_bodies(self, docs: list[Doc]) -> None:
        """The names the text writes right after an article and a noun for a company, a
        party or an outlet, past its adjectives ("le groupe Stellantis", "le constructeur
        automobile Stellantis", "the automaker Ford"): that body's, even where the recogniser
        calls the name a person's ("Stellantis annonce …" in a headline). Not a noun that is
        also the state's ("le cabinet Xerfi"), nor a name that opens with a first name."""
        for doc in docs:
            for ent in doc.ents:
                at = ent.start - 1
                while at > 0 and doc[at].pos_ == "ADJ" and doc[at].is_lower:
                    at -= 1  # "automobile" of "le constructeur automobile"
                noun = doc[at] if at > 0 else None
                if noun is None or not _is_article(doc[at - 1]) or self._first_name_first(ent):
                    continue
                kind = self._body_kind(noun.lower_) if noun.is_lower else None
                if kind is not None:
                    self._named_bodies.setdefault(ent.text, kind)

    def _learn_company_short_names(self, docs: list[Doc]) -> None:
        """ "Norvel" of "Norvel Pharmaceuticals", a company's name that ends on words of its
        legal form or sector (the lexicon's ``company_suffixes``): the press calls it by its
        first word ("Norvel has denied …"), which the recogniser often takes for a person's
        name. That word is the company, and one source with its full name. Not a word the text
        gives a person as a surname ("Ford Motor Co." after "Henry Ford"), nor a first name."""
        suffixes = self.lexicon.company_suffixes
        surnames = {
            e[-1].text for doc in docs for e in doc.ents if e.label_ in PERSON_LABELS and len(e) > 1
        }
        for doc in docs:
            # the recogniser's bodies, and the names it missed: "Vantor Motors is recalling …"
            starts = [e.start for e in doc.ents if e.label_ in ORG_LABELS]
            starts += [t.i for t in doc if not t.ent_type_ and not _inside_capitals(t)]
            for start in starts:
                end = start + 1  # past a legal form the recogniser left out ("Vallourec" "SA")
                while end < len(doc) and doc[end].lower_ in suffixes and not doc[end].is_lower:
                    end += 1  # not the "se" of "Renault se dit prêt"
                first = doc[start]
                if end == start + 1 or not (first.is_title and first.is_alpha):
                    continue
                if first.text in surnames or is_first_name(first.text):
                    continue
                self._named_bodies.setdefault(first.text, SourceType.ORGANIZATION)
                self._companies.setdefault(first.text, doc[start:end].text)

    def _body_kind(self, noun: str) -> SourceType | None:
        """The type of body a noun names the kind of, for the proper name after it: an outlet
        ("le journal"), a company, a party or a union ("le groupe", "le syndicat"); none for
        a noun the state goes by too."""
        lexicon = self.lexicon
        if noun in lexicon.government_nouns:
            return None
        if noun in lexicon.media_nouns:
            return SourceType.MEDIA
        return SourceType.ORGANIZATION if noun in lexicon.organization_nouns else None

    def _learn_titles(self, docs: list[Doc]) -> None:
        """The names the text writes with a capitalised article inside a sentence ("selon Le
        Monde", "according to The Washington Post"), so that the same name at a sentence's
        start keeps its article too, and both are one source."""
        for doc in docs:
            for ent in doc.ents:
                article = self._leading_article(ent, 0)
                if article is not None and _title_article(article):
                    self._titles.add(doc[article.i + 1 : ent.end].text)

    def _leading_article(self, name: Span, floor: int) -> Token | None:
        """The definite article a name opens with, or that stands just before it (after
        ``floor``): "Le" of "Le Monde", whichever side of it the recogniser put it."""
        determiners = self.lexicon.definite_determiners
        if len(name) > 1 and name[0].lower_ in determiners:
            return name[0]
        before = name.doc[name.start - 1] if name.start > floor else None
        return before if before is not None and before.lower_ in determiners else None

    def _is_title(self, name: Span, article: Token) -> bool:
        """Whether the article before ``name`` is part of it: capitalised inside a sentence
        here, or anywhere else in the text ("Le Monde affirme" after "selon Le Monde"), or an
        outlet the lexicon knows by its name with the article ("Le Monde rapporte …")."""
        known = f"{article.text} {name.text}" in self.lexicon.media_name_tokens
        titled = _title_article(article) or name.text in self._titles or known
        return article.text[:1].isupper() and titled

    def _body_in_full(self, name: str) -> str | None:
        """ "Commission" for the one body the article names "Commission européenne"."""
        if name in self._companies:
            return self._companies[name]  # "Vantor Motors", though "Vantor and Kessling" too
        names = self._bodies.get(name, set())
        return next(iter(names)) if len(names) == 1 else None

    def _learn_acronyms(self, docs: list[Doc]) -> None:
        """ "l'Office fédéral de l'agriculture (OFAG)": the text defines an acronym once, and
        "l'OFAG" later is that body, with the type its full name gives (a federal office is
        government, whatever the entity recogniser calls the bare acronym)."""
        for doc in docs:
            for token in doc[2:-1]:
                if not ACRONYM_WORD.fullmatch(token.text) or token.text in self._acronyms:
                    continue
                if doc[token.i - 1].text != "(" or doc[token.i + 1].text != ")":
                    continue
                expansion = self._expansion(doc, token.i - 2)
                if expansion is None:
                    continue
                name_span = self.name_of(expansion)
                kind = self.type_of(expansion, name_span)
                if kind in (SourceType.PERSON, SourceType.UNKNOWN, SourceType.ANONYMOUS):
                    continue  # the acronym of a role or of a thing, not of a body
                name = (name_span or self.description(expansion)).text
                words = frozenset(t.lower_ for t in expansion if t.is_alpha)
                self._acronyms[token.text] = _Known(
                    name, kind, None, words, None, frozenset({token.text})
                )

    def _expansion(self, doc: Doc, last: int) -> Span | None:
        """The name that ends at token ``last``, right before its bracketed acronym: the entity
        that ends there, or the noun phrase, up to a person's role ("directrice du Fonds
        monétaire international (FMI)" defines the fund, not the director)."""
        ending = [e for e in doc.ents if e.end == last + 1 and e.label_ not in PERSON_LABELS]
        if ending:
            return ending[0]
        head = doc[last]
        if head.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
        while (
            head.dep_ in NAME_DEPS
            and head.head.i < head.i
            and head.head.pos_ in ("NOUN", "PROPN")
            and head.head.lemma_.lower() not in self.lexicon.person_roles
            and not any(t.text == "," for t in doc[head.head.i : head.i])
        ):
            head = head.head
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        return doc[head.left_edge.i : last + 1] if head.left_edge.i <= last else None

    # -- names and roles ------------------------------------------------------------------

    def name_of(self, mention: Span) -> Span | None:
        """The named entity the mention is about: the person, outlet or body it names."""
        outlet = self._outlet_in_full(mention)
        if outlet is not None:
            return outlet
        ents = [
            e
            for e in entities_within(mention)
            if e.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")
            and not _owner(e, mention)
            and not _quoted_title(e)
            and not self._office_only(e)
            and not _in_relative_clause(e, mention)
            and not self._in_participle_phrase(e, mention)
            and not (e.label_ in PERSON_LABELS and qualifies_unnamed_role(e, self.lexicon))
            and not self._party_of_role(e, mention)
        ]
        opening = _opening_name(mention)
        if opening is not None and not any(
            e.start < opening.end and e.label_ != "MISC" for e in ents
        ):
            # "Pouria Amirshahi, député socialiste des Français de …", the name missed or
            # called MISC ("Marylise Léon, secrétaire générale de la CFDT")
            return self._past_titles(opening) or opening
        titled = next((e for e in ents if self._titled_person_at_head(e, mention)), None)
        if titled is not None:
            return titled  # "le Dr Claire Fontaine, infectiologue aux Hospices civils de Lyon"
        own = self._body_own_name(mention, ents)
        if own is not None:
            return own  # "le syndicat SUD Santé", of which the recogniser marks "Santé", a place
        holder = self._holder_after_role(mention)
        others = [e for e in ents if e.label_ in PERSON_LABELS and not _in_complement(e, mention)]
        if holder is not None and not others:
            # "le gouverneur régional, Oleh Kiper", called a place or a body; "the lawyer for
            # the Solier family, Nadia Benali", whose client is somebody else
            return holder
        first_name = next(
            (e for e in ents if _first_name_set_off(mention, e, self.lexicon.age_words)), None
        )
        if first_name is not None:
            # "Kevin, membre des Ultras Vierzonnais": the first name, whatever the recogniser
            # called it, not the body the description names
            from spacy.tokens import Span as Entity

            return Entity(mention.doc, first_name.start, first_name.end, label="PERSON")
        for labels in (PERSON_LABELS, ORG_LABELS, frozenset({"MISC"}), PLACE_LABELS):
            chosen = [e for e in ents if e.label_ in labels]
            if labels is PLACE_LABELS:
                # "one, a support engineer in Austin, Texas": where the speaker works
                chosen = [e for e in chosen if not _in_complement(e, mention)]
            if chosen:
                # "l'avocate de Paul Martin, Claire Dubois": the name in apposition is the
                # speaker's; the one in a complement is somebody else's.
                apposed = [
                    e for e in chosen if _apposed_to(e, mention.root) or _set_off_name(e, mention)
                ]
                at_head = [e for e in chosen if e.start <= mention.root.i < e.end]
                entity = (at_head or apposed or [max(chosen, key=len)])[-1]
                if _names_the_head(entity, mention.root):
                    return mention.doc[entity.start : mention.root.i + 1]  # "la VIIe flotte"
                person = (
                    self._without_demonym(entity)
                    or _name_after_group(entity, mention)
                    or self._name_after_office(entity)
                )
                if person is not None:
                    return person
                from spacy.tokens import Span as Entity

                end, doc = entity.end, mention.doc
                untitled = self._without_article(entity)
                if untitled is not entity:
                    return untitled  # "the Congressional Budget Office"
                # "selon Le Monde", "Le" outside the entity: the outlet's name holds it
                article = self._leading_article(entity, mention.start)
                outside = article if article is not None and article.i < entity.start else None
                if outside is not None and self._is_title(doc[outside.i + 1 : entity.end], outside):
                    return Entity(doc, outside.i, entity.end, label=entity.label_)
                while end < mention.end and doc[end].text[:1].isupper() and not doc[end].is_punct:
                    end += 1
                start = self._capitalised_before(entity, mention)
                if (end > entity.end or start < entity.start) and _written_as_a_name(
                    doc[start:end]
                ):
                    # "Ana Sofia Cardenal" with only "Ana" recognised: the whole name is hers;
                    # "BFM Marseille" with only the city: the outlet's
                    return Entity(mention.doc, start, end, label=entity.label_)
                end = self._body_name_end(entity, mention.end)
                if end > entity.end:
                    # "le Conseil constitutionnel", of which the recogniser marks "Conseil"
                    return Entity(mention.doc, entity.start, end, label=entity.label_)
                return entity
        if _bare_name(mention):
            # "Mayor Karen Holt", which the recogniser called a work of art: the name is past
            # the title, as when it finds the person
            return self._past_titles(mention) or mention
        return _proper_head(mention)

    def _titled_person_at_head(self, entity: Span, mention: Span) -> bool:
        """An abbreviated title, a first name and a surname that the recogniser called
        something other than a person, heading the mention: "Dr Claire Fontaine" as MISC."""
        return (
            entity.label_ not in PERSON_LABELS
            and len(entity) >= 3
            and entity.start <= mention.root.i < entity.end
            and entity[0].lower_.rstrip(".") in self.lexicon.title_words
            and is_first_name(entity[1].text)
        )

    def _outlet_in_full(self, mention: Span) -> Span | None:
        """A mention that is an outlet's full name as the lexicon writes it ("Le Canard
        enchaîné", "Paris Match"): the outlet, whatever the recogniser made of it ("Le Canard"
        a person, and "enchaîné" a verb)."""
        from spacy.tokens import Span as Entity

        words = [t for t in mention if not (t.is_punct or t.is_space)]
        if len(words) < 2:
            return None
        name = mention.doc[words[0].i : words[-1].i + 1]
        known = self.lexicon.names_outlet(name.text)
        return Entity(mention.doc, name.start, name.end, label="ORG") if known else None

    def _body_own_name(self, mention: Span, ents: list[Span]) -> Span | None:
        """The proper nouns right after a head noun for a company, a union or an outlet, to
        the mention's end or its first comma ("SUD Santé" of "le syndicat SUD Santé"), when
        the recogniser marked some of them but not as one body's name."""
        from spacy.tokens import Span as Entity

        root = mention.root
        if self._body_kind(root.lower_) is None:
            return None
        end = root.i + 1
        while end < mention.end and mention.doc[end].pos_ == "PROPN":
            end += 1
        if end == root.i + 1 or (end < mention.end and not mention.doc[end].is_punct):
            return None
        words = mention.doc[root.i + 1 : end]
        marked = [e for e in ents if e.start < words.end and words.start < e.end]
        if not marked or any(e.label_ in PERSON_LABELS for e in marked):
            return None  # a person's name after the noun is read as the other rules read it
        if any(
            e.label_ in ORG_LABELS and (e.start, e.end) == (words.start, words.end) for e in marked
        ):
            return None  # the recogniser has it whole
        return Entity(mention.doc, words.start, words.end, label="ORG")

    def _capitalised_before(self, entity: Span, mention: Span) -> int:
        """Where the name starts that the entity ends: the capitalised words right before it
        when they hold an outlet's name ("BFM Marseille", of which the recogniser marks the
        city) or open with a first name ("Reince Priebus"); not an article ("La CGT"), a title
        ("Mme Durand"), nor a role or a word that only opens the sentence ("Secretary of State
        John Kerry", "Rival Hillary Clinton")."""
        doc, start = entity.doc, entity.start
        while start > mention.start:
            word = doc[start - 1]
            if not word.text[:1].isupper() or word.is_punct or word.pos_ in ("DET", "NUM"):
                break  # not "One" of "One Clinton spokesman"
            if {word.lower_, word.lower_.rstrip(".")} & self.lexicon.titles:
                break
            start -= 1
        if start < entity.start and _after_function_word(doc[start], mention):
            start += 1  # "ministre de la Santé François Braun": "Santé" is the ministry's
        added = doc[start : entity.start]
        outlet = any(self.lexicon.names_outlet(t.text) for t in added)
        first_name = bool(added) and full_name_gender(doc[start : entity.end].text) is not None
        return start if outlet or first_name else entity.start

    def _in_participle_phrase(self, entity: Span, mention: Span) -> bool:
        """ "Voters backing Donald Trump", "Democrats supporting Mrs. Clinton": a name in a
        participle phrase on the mention's head is whom they back, not who they are, as in a
        relative clause ("a man named John Smith" is John Smith). A name set off by a comma
        is an apposition, whatever the parse hung it on ("…, Dana Rubinstein at POLITICO")."""
        if entity.start > 0 and entity.doc[entity.start - 1].text == ",":
            return False
        return any(
            phrase.lemma_.lower() not in self.lexicon.naming_verbs and not describes_role(phrase)
            for phrase in _participles_holding(entity, mention)
        )

    def _given_name(self, mention: Span, name: Span) -> bool:
        """ "A man named John Smith", "une femme prénommée Aïcha": the name a naming
        participle gives the mention's head is the speaker's."""
        return any(
            phrase.lemma_.lower() in self.lexicon.naming_verbs
            for phrase in _participles_holding(name, mention)
        )

    def _body_name_end(self, entity: Span, stop: int) -> int:
        """Where the longest source noun of the lexicon that the entity opens ends, within
        ``stop`` ("Conseil constitutionnel", "Banque centrale européenne"); the entity's end if
        none is longer."""
        doc, end = entity.doc, entity.end
        for last in range(entity.end + 1, stop + 1):
            words = " ".join(t.lower_ for t in doc[entity.start : last] if not t.is_space)
            if words in self.lexicon.multiword_nouns:
                end = last
        if end == entity.end and len(entity) == 1:
            return self._complement_end(entity.root, stop)
        return end

    def _complement_end(self, head: Token, stop: int) -> int:
        """ "la Cour des comptes", "le Conseil d'État", of which the recogniser marks only the
        capitalised noun: a body named by its kind keeps, up to ``stop``, the complement right
        after it that says which one, unless a comma or a person's name is in it ("l'Élysée
        d'Emmanuel Macron" is the Élysée)."""
        links = self.lexicon.role_link_forms
        if head.lower_ not in self.lexicon.body_nouns:
            return head.i + 1
        for child in head.rights:
            words = head.doc[child.left_edge.i : child.right_edge.i + 1]
            if (
                child.dep_.startswith("nmod")
                and words.start == head.i + 1
                and words.end <= stop
                and words[0].lower_ in links
                and not any(t.is_punct or t.ent_type_ in PERSON_LABELS for t in words)
            ):
                return words.end
        return head.i + 1

    def _office_only(self, entity: Span) -> bool:
        """ "Premier ministre", "Première", "président de la République": words of an office
        that the recogniser took for a name; "Le Premier ministre, Gabriel Attal" names Gabriel
        Attal."""
        words = [t for t in entity if t.pos_ != "DET"]
        if words and folded(entity.doc[words[0].i : entity.end].text) in self.lexicon.person_roles:
            return True  # "président de la République", an office of several words
        if not words or any(t.pos_ not in ("ADJ", "NOUN") for t in words):
            return False
        following = entity.doc[entity.end] if entity.end < len(entity.doc) else None
        offices = [
            t for t in (*words, following) if t is not None and is_role_word(t, self.lexicon)
        ]
        # every word an adjective or a role noun, and the office named in or right after it
        return all(t.pos_ == "ADJ" or t in offices for t in words) and bool(offices)

    def _untitled(self, mention: Span) -> Span:
        """The mention without the determiners and titles it opens with: "Mme Cardenal" is
        "Cardenal", "President Barack Obama" "Barack Obama"."""
        lexicon = self.lexicon
        skip = lexicon.titles | lexicon.definite_determiners | lexicon.indefinite_determiners
        start = mention.start
        while start < mention.end - 1 and (
            mention.doc[start].lower_ in skip or mention.doc[start].is_punct
        ):
            start += 1
        return mention.doc[start : mention.end]

    def _without_title(self, name: Span) -> Span:
        """A person's name without the office the recogniser took into it: "Ann Bell" of
        "Treasurer Ann Bell", which is then the role. An honorific stays: "Me Pierre Farge",
        "Mrs. Clinton" are how the press names them (and the honorific says the gender)."""
        from spacy.tokens import Span as Entity

        lexicon, first = self.lexicon, name[0].lower_
        honorific = first in lexicon.male_titles or first in lexicon.female_titles
        if honorific or first in lexicon.title_words or len(first) <= HONORIFIC_LETTERS:
            return name
        untitled = self._untitled(name)
        if untitled.start == name.start or not untitled[0].is_title:
            return name
        return Entity(name.doc, untitled.start, untitled.end, label=name.label_)

    def _people_together(self, mention: Span) -> str | None:
        """The names of people a mention joins with a conjunction, as one name: "Tate Reeve
        and Cindy Hyde" for "Governor Tate Reeve and Senator Cindy Hyde", "Emmanuel Macron,
        Olaf Scholz et Giorgia Meloni"; None for one person, or names joined otherwise
        ("Kerr, Liddell's aide")."""
        people = [e for e in entities_within(mention) if e.label_ in PERSON_LABELS]
        if len(people) < 2:
            return None
        gaps = [mention.doc[a.end : b.start] for a, b in pairwise(people)]
        titles = self.lexicon.titles
        if any(
            t.dep_ != "cc" and t.text != "," and t.lower_ not in titles for gap in gaps for t in gap
        ):
            return None  # names joined otherwise ("Kerr, Liddell's aide")
        conjunctions = [t for t in gaps[-1] if t.dep_ == "cc"]
        if len(conjunctions) != 1 or any(t.dep_ == "cc" for gap in gaps[:-1] for t in gap):
            return None
        if any(not any(t.text == "," for t in gap) for gap in gaps[:-1]):
            return None
        listed = ", ".join(person.text for person in people[:-1])
        return f"{listed} {conjunctions[0].text} {people[-1].text}"

    def _party_of_role(self, entity: Span, mention: Span) -> bool:
        """ "RN" of "le candidat RN", "LFI" of "la députée LFI": an acronym right after a noun
        for a person says which side the person is on; it names nobody who spoke."""
        head = mention.root
        acronym = len(entity) == 1 and entity.text.isupper() and len(entity.text) > 1
        return acronym and entity.start == head.i + 1 and is_role_word(head, self.lexicon)

    def _past_titles(self, words: Span) -> Span | None:
        """ "David Park" of "City Councilmember David Park", which the recogniser missed: the
        capitalised words after a title are a person's name, and the title is the role."""
        from spacy.tokens import Span as Entity

        titled = [t.i for t in words[:-1] if t.lower_ in self.lexicon.titles]
        if not titled or not all(t.is_title for t in words.doc[titled[-1] + 1 : words.end]):
            return None
        return Entity(words.doc, titled[-1] + 1, words.end, label="PERSON")  # in PERSON_LABELS

    def _holder_after_role(self, mention: Span) -> Span | None:
        """The name set off after a role that heads the mention ("le gouverneur régional,
        Oleh Kiper"), read as a person's name by its shape, whatever the recogniser says. Not a
        body's name set off after a noun for it: "a spokesman for the company, Acme Corp."."""
        from spacy.tokens import Span as Entity

        comma = next((t.i for t in reversed(mention) if t.text == ","), None)
        if comma is None or not is_role_word(mention.root, self.lexicon):
            return None
        words = mention.doc[comma + 1 : mention.end]
        if not reads_as_name(words) or in_title_case(words) or mention.root.i > comma:
            return None
        body_named = any(e.label_ in ORG_LABELS and e.start == words.start for e in words.ents)
        if body_named and self._body_set_off(mention.doc[comma - 1], words):
            return None
        return Entity(mention.doc, words.start, words.end, label="PERSON")  # in PERSON_LABELS

    def _names_speaker(self, mention: Span, name: Span) -> bool:
        """Whether the entity names the speaker, not what the head noun belongs to: "Obama
        administration officials" are not Obama, "l'avocate de Paul Martin" is not Paul
        Martin; "le général Kyrylo Budanov" is Budanov; "one of the prosecutors for David
        Petraeus" is a prosecutor."""
        root = _partitive_head(mention.root)
        # a lowercase head is a noun whatever its tag: "the Iranian foreign ministry", whose
        # "ministry" the tagger calls a proper noun, is not "Iranian"; nor after its article:
        # "un abonné du Virage Nord", whose "abonné" the tagger calls a verb
        noun = root.pos_ == "NOUN" or (root.pos_ == "PROPN" and root.is_lower)
        noun = noun or (root.is_lower and tagged_verb_after_article(root))
        if name.start <= root.i < name.end or not noun or self._outlet_named(mention, name):
            return True
        if name.end == root.i and name.root.dep_ == "compound" and name.label_ in PERSON_LABELS:
            return False  # "the Lincoln actor", "a Trump supporter": whom the noun is about
        if name.label_ in ORG_LABELS and (
            name.start == root.i + 1 or self._body_set_off(root, name)
        ):
            # the body's own name, apposed ("l'agence Tass", "le groupe Renault") or set off
            # ("The company, Norvel Pharmaceuticals,")
            return True
        if _first_name_set_off(mention, name, self.lexicon.age_words):
            return True  # "Fatima, une habitante du quartier", whom the recogniser calls a place
        if _person_before_role(mention, name):
            return True  # "Antoine Bondaz, chercheur à …", the parse headed by the role
        if name.label_ not in PERSON_LABELS and not self._titled_name(name):
            return False
        if root.lemma_.lower() in self.lexicon.document_nouns:
            # "une étude publiée dans la revue The Lancet …": the journal is not the speaker
            return False
        if self._given_name(mention, name):
            return True  # "Her neighbor, a retired teacher named Tom Briggs"
        # "Son collègue Hugo Perrin", "la militante écologiste Camille Étienne": whatever the
        # noun, the name is its own (and "Pour le constitutionnaliste Dominique Rousseau":
        # the cue's preposition stands outside the mention; not "Selon le cabinet Xerfi",
        # the body's own name)
        adjectives = all(t.pos_ == "ADJ" for t in mention.doc[root.i + 1 : name.start])
        body = root.lemma_.lower() in self.lexicon.body_nouns
        marked = any(t.dep_ == "case" and (t.i >= mention.start or body) for t in root.children)
        if name.start > root.i and adjectives and not marked:
            return True
        lemma = root.lemma_.lower()
        role = lemma in self.lexicon.person_roles and lemma not in self.lexicon.anonymous_heads
        role = role or self.lexicon.is_demonym(root.lower_)  # "l'Italienne Federica Brignone"
        # a role that may also stand unnamed ("un élu") names the one apposed after it: "l'élue
        # du 8e arrondissement Nadia Khelifi" (not "Obama administration officials")
        apposed_after = name.root.dep_ == "appos" and name.root.head.i == root.i
        role = role or (lemma in self.lexicon.person_roles and apposed_after)
        # The object of a preposition inside the mention ("the lawyer for David Petraeus"), not
        # of the cue's own ("According to Marc Fesneau, the French agriculture minister").
        inside = range(mention.start, mention.end)
        # a preposition, not an acronym the small French model hangs as one ("la députée LFI
        # Mathilde Panot")
        prepositions = [c for c in name.root.children if c.dep_ == "case" and c.pos_ == "ADP"]
        prepositions += [name.root.head] if name.root.dep_ == "pobj" else []
        complement = any(p.i in inside for p in prepositions) and not self._closes_portfolio(name)
        apposed = self._apposed_name(mention, name)
        # A person's name set off by a comma is the speaker whatever the head noun: the parse
        # of "Plus nuancée sur le lait, Francisca Joly-Gomez" made "lait" the head.
        return apposed or (role and not complement)

    def _granted_anonymity(self, mention: Span) -> bool:
        """The phrase set off right after the mention says the source is unnamed on purpose:
        "A state auditor who reviewed the books, speaking on condition of anonymity because the
        case was ongoing, said", whose participle the speaker's phrase leaves out."""
        doc, lexicon = mention.doc, self.lexicon
        if mention.end >= len(doc) or doc[mention.end].text != ",":
            return False
        words = doc[mention.end + 1 : min(len(doc), mention.end + 1 + ASIDE_TOKENS)]
        stop = next((t.i for t in words if t.text in (",", ".")), None)
        if stop is None or doc[stop].text != ",":
            return False  # not set off: the words after the mention go on to the cue
        opening = next((t for t in words if t.pos_ != "PRON"), None)  # past "s'" of "s'exprimant"
        relative = words[0].lower_ in lexicon.relative_pronouns
        participle = opening is not None and "Part" in feature(opening, "VerbForm")
        aside = " ".join(doc[mention.end + 1 : stop].text.lower().split())
        opened = relative or participle  # "who spoke", "speaking", "s'exprimant"
        # the terms of anonymity, not any phrase of unnamed sourcing: "Le Monde, citant des
        # sources proches du dossier," names the outlet, whom it cites aside
        return opened and any(term in aside for term in lexicon.sourcing_terms)

    def _outlet_named(self, mention: Span, name: Span) -> bool:
        """ "le média ukrainien Suspilne", "le site d'investigation Mediapart", "the independent
        Ukrainian outlet Suspilne": the name that closes the mention after a noun for an outlet
        and the lowercase words that say what kind of outlet it is, is the outlet's. Not
        after a preposition ("un journaliste du journal Le Monde" is a journalist), nor after
        another noun ("White House press secretary Josh Earnest"), nor a first name and a
        surname ("Media titan Rupert Murdoch")."""
        doc, outlets = mention.doc, self.lexicon.outlet_nouns
        end = mention.end
        while end > name.end and doc[end - 1].is_punct:
            end -= 1
        if name.end != end:
            return False
        before = doc[mention.start : name.start]
        outlet = next((t for t in reversed(before) if t.lower_ in outlets), None)
        if outlet is None or any(t.pos_ == "ADP" and t.i < outlet.i for t in before):
            return False
        between = doc[outlet.i + 1 : name.start]
        if any(t.is_punct or not t.is_lower for t in between):
            return False
        # what kind of outlet: adjectives, or a noun with its preposition ("d'investigation")
        described = all(
            t.pos_ != "NOUN" or any(w.pos_ == "ADP" for w in between if w.i < t.i) for t in between
        )
        return described and not (len(name) > 1 and self._first_name_first(name))

    def _body_set_off(self, root: Token, name: Span) -> bool:
        """A body's name set off by a comma right after a noun for a body: "The company,
        Norvel Pharmaceuticals, said", "le syndicat, Force ouvrière, a dénoncé". Not a name
        after a person's noun ("A spokesman, Acme …" is no spokesman's name)."""
        between = name.doc[root.i + 1 : name.start]
        set_off = len(between) == 1 and between[0].text == ","
        return set_off and root.lemma_.lower() in self.lexicon.body_nouns

    def _closes_portfolio(self, name: Span) -> bool:
        """ "the minister for Europe David Lidington": the name after a title's domain is the
        title holder's, not the complement of the preposition before the domain. Not "the
        lawyer for David Petraeus", nor "a spokesman for Interior Minister Gérald Darmanin"."""
        doc = name.doc
        reach = max(name.start - PORTFOLIO_WORDS - 1, 0)  # no domain is longer
        preposition = next(
            (doc[i] for i in range(name.start - 1, reach - 1, -1) if doc[i].pos_ == "ADP"), None
        )
        if preposition is None:
            return False
        return is_portfolio(doc[preposition.i + 1 : name.start], self.lexicon)

    def role_of(self, mention: Span, name: Span | None) -> Span | None:
        """ "chef du HUR" in "le chef du HUR, le général Kyrylo Budanov"; "House Speaker"."""
        if name is None or self._given_name(mention, name):
            return None  # "a man named John Smith": "man" is no role
        definite = self.lexicon.definite_determiners
        # "Mr.", "Mme": a courtesy title says the gender, not what the person does
        bare = definite | self.lexicon.male_titles | self.lexicon.female_titles
        before = [t for t in mention if t.i < name.start]
        while before and (before[-1].is_punct or before[-1].lower_ in bare):
            before.pop()
        while before and (before[0].is_punct or before[0].lower_ in bare):
            before.pop(0)
        while len(before) > 1 and before[-1].lower_ in self.lexicon.title_words:
            before.pop()  # "Superintendent Dr. Angela Broussard": the role, not her doctorate
        # a role has a word of content: not "when" or "he and" of a phrase the parse ran on
        title = None
        if any(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in before):
            title = _first_phrase(before)
            # "Me Claire Moreau, avocate des parties civiles": an abbreviated title or an
            # honorific says less than a role set off after the name
            word = before[0].lower_ if len(before) == 1 else ""
            short = len(word.rstrip(".")) <= HONORIFIC_LETTERS
            titles = self.lexicon.titles
            abbreviated = word in self.lexicon.title_words or (short and word in titles)
            if title and not abbreviated:
                return title
        after = self._role_after(mention, name)
        if title is None or (after is not None and self._names_a_role(after)):
            return after
        return title

    def _names_a_role(self, words: Span) -> bool:
        """Whether the words are a role of their own, with a noun of what people do:
        "avocate des parties civiles", "a pediatrician at Mercy Hospital"; not "R-Ohio", "of
        New York", a relative clause ("who served as its mayor") nor the rest of a list
        ("(Vt.) and former Maryland governor Martin O'Malley")."""
        if is_relative_pronoun(words[0]) or any(
            t.is_bracket or t.ent_type_ in PERSON_LABELS for t in words
        ):
            return False
        return any(is_role_word(t, self.lexicon) for t in words)

    def _role_after(self, mention: Span, name: Span) -> Span | None:
        """The role set off after the name: "Natalia, 58, a teacher", "X, président de …"."""
        definite = self.lexicon.definite_determiners
        after = [t for t in mention if t.i >= name.end]
        links = definite | self.lexicon.role_links
        while after and (after[0].is_punct or after[0].lower_ in links):
            after.pop(0)
        # past an age set off by commas too: "Natalia, 58, a teacher" is a teacher (not the
        # "30-year-old daughter" of a compound)
        aged = age_length(after, self.lexicon.age_words)
        if aged:
            after = after[aged:]
            while after and (after[0].is_punct or after[0].lower_ in links):
                after.pop(0)
        if after and is_relative_pronoun(after[0]):
            # "Mrs. Clinton, whose husband signed …": her husband's, not her role; "Joseph
            # Szabo, 68, who bought the alley with his wife": what he did, not what he is
            return None
        if after and any(t.lower_ in self.lexicon.person_roles for t in after):
            return _first_phrase(after)
        articles = self.lexicon.indefinite_determiners
        noun = next((t for t in after if t.lower_ not in articles), None)
        if aged and noun is not None and noun.pos_ == "NOUN" and noun.is_lower:
            # "Misha Shah, 32, a waitress at a bar nearby": what follows a person's age is
            # what she does, whatever the lexicon lists
            return _first_phrase(after)
        described = self._described_after_name(mention, name, after)
        described = described or self._bare_description(mention, name)
        return _first_phrase(after) if described else None

    def _bare_description(self, mention: Span, name: Span) -> bool:
        """ "Sabrina, magasinière depuis huit ans": a first name, a comma, then a common noun
        with no article is how French copy introduces people by what they do, whatever the
        lexicon lists and whatever the recogniser calls the name."""
        doc = mention.doc
        # or a person's full name: "Marie Caron, ethnobotaniste au Muséum"
        full = name.label_ in PERSON_LABELS and name.start == mention.start
        opens = full and name.end + 1 < mention.end and doc[name.end].text == ","
        if not (opens or _first_name_set_off(mention, name, self.lexicon.age_words)):
            return False  # the first name opens the mention, a comma after it
        if name.end + 1 >= mention.end:
            return False
        noun = doc[name.end + 1]
        # the tagger may call the noun an adjective, which the parse hangs on the name
        nominal = noun.pos_ == "ADJ" and noun.dep_ in NOMINAL_DEPS and noun.head in name
        return (
            (noun.pos_ == "NOUN" or nominal)
            and noun.is_lower
            and noun.is_alpha
            and not is_day(noun, self.lexicon)
        )

    def _described_after_name(self, mention: Span, name: Span, after: list[Token]) -> bool:
        """ "Maria Snegovaya, a senior fellow at the Center for …", "Linda Ortiz, the elections
        clerk in Marion County": an article and a noun set off after a person's name say what
        the person does, whatever the lexicon lists (``after`` has lost a definite article)."""
        if name.label_ not in PERSON_LABELS or not after or name.end >= mention.end:
            return False
        doc = mention.doc
        if doc[name.end].text != ",":
            return False
        if after[0].lower_ in self.lexicon.indefinite_determiners:
            after = after[1:]
        elif doc[after[0].i - 1].lower_ not in self.lexicon.definite_determiners:
            return False
        words = list(takewhile(lambda t: t.pos_ in ("ADJ", "DET", "NUM"), after))
        noun = after[len(words)] if len(after) > len(words) else None
        return noun is not None and noun.pos_ == "NOUN" and noun.is_lower

    def description(self, mention: Span) -> Span:
        """An unnamed source without its determiner, nor the clitic of an incise before it
        ("sources d'information", "de même source" of "ajoute-t-on de même source"), nor a
        relative clause set off by a comma, which says why it is unnamed, not who it is ("a
        person familiar with the talks(, who asked not to be named)"). A restrictive clause
        stays: "officials who work at the ministry" is where they work."""
        lexicon = self.lexicon
        determiners = lexicon.definite_determiners | lexicon.indefinite_determiners
        determiners |= lexicon.euphonic | lexicon.inverted_subjects
        asides = [self._aside_start(t) for t in mention if t.dep_ in RELATIVE_DEPS]
        end = min([*asides, *self._relatives_set_off(mention)], default=None)
        relay = self._relay_start(mention)  # "sources cited by Reuters": Reuters is the via
        if relay is not None and relay > mention.start:
            end = relay if end is None else min(end, relay)
        words = [
            t for t in mention if not (t.is_punct or t.is_space) and (end is None or t.i < end)
        ]
        while len(words) > 1 and words[0].lower_ in determiners and words[1].pos_ != "ADP":
            words.pop(0)  # but "some of Clinton's allies" keeps its "some"
        anonymous = self.lexicon.anonymous_heads
        if len(words) > 1 and words[0].pos_ == "ADP" and words[1].lemma_.lower() in anonymous:
            words.pop(0)  # "de source judiciaire", the wire's formula: "source judiciaire"
        while words and words[-1].lower_ in self.lexicon.relative_pronouns:
            words.pop()  # "three intelligence sources who", cut where their clause begins
        if not words:
            return mention
        start, end = with_both_marks(mention.doc, words[0].i, words[-1].i + 1)
        return mention.doc[max(start, mention.start) : min(end, mention.end)]

    def _relatives_set_off(self, mention: Span) -> Iterator[int]:
        """The commas that open a relative clause, whatever the parse made of it ("L'élu, pour
        qui la mesure est injuste, …", its verb an adjective on the noun)."""
        for comma in mention[1:-1]:
            if comma.text != ",":
                continue
            after = mention.doc[comma.i + 1 : mention.end]
            pronoun = after[1] if after[0].pos_ == "ADP" and len(after) > 1 else after[0]
            if pronoun.pos_ == "PRON" and pronoun.lower_ in self.lexicon.relative_pronouns:
                yield comma.i

    def _relay_start(self, mention: Span) -> int | None:
        """Where a relay phrase opens inside the mention ("citées par", "cited by"): the
        outlet after it passed the words on, and is the claim's via, not part of the name."""
        text, offset = mention.text, mention.start_char  # the span's own text, not the Doc's
        for token in mention[1:]:
            rest = text[token.idx - offset :].lower()
            if self.lexicon.opens_with_relay(rest, any_name=True):
                return token.i
        return None

    def _aside_start(self, verb: Token) -> int:
        """Where a relative clause begins when a comma sets it off, or when it states the
        terms of sourcing ("who spoke on condition of anonymity", "qui a requis l'anonymat");
        past the mention otherwise."""
        first = verb.left_edge.i
        if first > 0 and verb.doc[first - 1].text == ",":
            return first - 1
        terms = self.lexicon.sourcing_terms
        if any(t.lemma_.lower() in terms or t.lower_ in terms for t in verb.subtree):
            return first
        return len(verb.doc)

    # -- types ----------------------------------------------------------------------------

    def head_word(self, mention: Span) -> str:
        """The head noun's lemma, or the longest multi-word noun of the lexicon that starts at
        it ("projet de loi", "chef de la diplomatie") or ends at it ("the White House",
        "Downing Street"). A head the lexicon lists as written
        stays as written: "media" is not the lemmatiser's "medium", nor "data" "datum"; "one of
        the aides" is headed by "aide"."""
        root = _partitive_head(_mention_head(mention))
        phrase = " ".join(mention.doc[root.i : mention.end].text.lower().split())
        opening = " ".join(mention.doc[mention.start : root.i + 1].text.lower().split())
        phrases = (
            e
            for e in self.lexicon.multiword_nouns
            if (phrase.startswith(e) and e[: len(root.lower_)] == root.lower_)
            or (e.endswith(root.lower_) and _ends_with_phrase(opening, e))
        )
        single = root.lower_ if root.lower_ in self.lexicon.source_nouns else root.lemma_.lower()
        return max(phrases, key=len, default=single)

    def _titled_name(self, name: Span) -> bool:
        """ "Dr Alain Meyer", which the recogniser calls MISC: a title, then a capitalised
        word, is a person's name whatever the label."""
        return len(name) > 1 and name[0].lower_ in self.lexicon.titles and name[1].is_title

    def _apposed_name(self, mention: Span, name: Span) -> bool:
        """The name is set off by a comma inside the mention, past the titles before it: "An
        army spokesman, Lt. Col. Peter Lerner"."""
        doc, titles = name.doc, self.lexicon.titles
        before = name.start - 1
        while before > mention.start:
            if doc[before].lower_ in titles or doc[before].pos_ == "DET":
                before -= 1  # "L'expert psychiatre, le Dr Alain Meyer"
            elif title_cut_at(doc, before - 1, titles):
                before -= 2  # "Lt", "." as the tokenizer cuts "Lt."
            elif self.lexicon.is_demonym(doc[before].lower_) and doc[before - 1].pos_ == "DET":
                before -= 2  # "Son adversaire, la Tchèque Marketa Vondrousova"
            elif doc[before + 1].lower_ in titles and doc[before].dep_ in ("compound", "amod"):
                before -= 1  # "Her Republican opponent, state Sen. Jim Carver"
            else:
                break
        return before > mention.start and doc[before].text == ","

    def type_of(self, mention: Span, name: Span | None) -> SourceType:
        lowered = mention.text.lower().replace("\u2019", "'")
        head = self.head_word(mention)
        # not one of them named: "One of them, Derek Oyelaran, a nurse from New Jersey"
        named = name is not None and name.label_ in PERSON_LABELS and _set_off_name(name, mention)
        if any(phrase in lowered for phrase in self.lexicon.anonymous_phrases) and not named:
            return SourceType.ANONYMOUS
        if self._granted_anonymity(mention):
            return SourceType.ANONYMOUS
        # a count (or "un"), not an ordinal the tokenizer also calls a number ("le Premier
        # ministre")
        numbers = [
            t
            for t in mention
            if t.like_num
            and t.pos_ != "ADJ"
            and t.ent_type_ not in ("DATE", "TIME")
            and not _year_before_noun(t)  # "A 2022 survey by Pew"
            and not _hyphened_to_noun(t)  # "the 50-state poll", "a three-judge panel"
            and t.i < mention.root.i
            and not (name is not None and name.start <= t.i < name.end)  # "the Seventh Fleet"
        ]
        # French "un", "une" are numbers to the tokenizer, and articles: "un rapport" is one
        counted = any(t.lower_ not in self.lexicon.indefinite_determiners for t in numbers)
        if counted and (name is None or name.label_ not in PERSON_LABELS):
            return SourceType.ANONYMOUS  # "Environ 400 Français", "some 20 percent of voters"
        if name is None:
            if numbers and head not in self.lexicon.document_nouns:
                return SourceType.ANONYMOUS  # "un ténor de la droite": someone unnamed
            return self._unnamed_type(mention, head)
        outside = not name.start <= _mention_head(mention).i < name.end
        if self._outlet_named(mention, name):
            return SourceType.MEDIA  # "le média ukrainien Suspilne", a person to the recogniser
        masthead = any(self.lexicon.names_outlet(t.text) for t in name)
        if outside and masthead and head in self.lexicon.agency_nouns:
            return SourceType.MEDIA  # "l'agence Ria Novosti": a news agency by its masthead
        if outside and head in self.lexicon.document_nouns:
            return SourceType.DOCUMENT  # "a report by the CBO" is a document, not the CBO
        named_body = self._named_bodies.get(name.text)
        if named_body is not None and not self._apposed_name(mention, name):
            return named_body  # "Stellantis annonce …", "le groupe Stellantis" in the text
        titled = name.label_ in PERSON_LABELS or self._titled_name(name)
        if self._apposed_name(mention, name) and titled:
            return SourceType.PERSON  # "One of the authors of the report, Ari Fleischer"
        if outside and (
            _first_name_set_off(mention, name, self.lexicon.age_words)
            or _person_before_role(mention, name)
        ):
            return SourceType.PERSON  # "Fatima, une habitante du quartier"
        if self._bare_description(mention, name):
            return SourceType.PERSON  # "Sabrina, magasinière", "Sabrina" a place to the recogniser
        if outside and name.label_ in PERSON_LABELS and name.start == _mention_head(mention).i + 1:
            if head in self.lexicon.organization_nouns and head not in self.lexicon.person_roles:
                return SourceType.ORGANIZATION  # "la coopérative Terra Lacta", not a person
            return SourceType.PERSON  # "le témoin Jean Dupont": the noun is the name's role
        if outside and name.label_ in PERSON_LABELS and self._given_name(mention, name):
            return SourceType.PERSON  # "a man named John Smith"
        described = self._described_person(mention, head) if outside else None
        if described is not None:
            # "un proche de Pierre Moscovici", "le ministre des Affaires étrangères": the head
            # noun says who speaks; the name only qualifies it.
            return described
        outlet = self.lexicon.names_outlet(name.text)
        if outlet and not self._titled(mention, name):
            return SourceType.MEDIA  # "Mediapart affirme", which the recogniser calls a person
        if folded(name.text) in self.lexicon.government_nouns:
            return SourceType.GOVERNMENT  # "Matignon assure", which the recogniser calls a person
        if name.label_ in PERSON_LABELS or self._titled(mention, name):
            return SourceType.PERSON
        # a masthead word ("The Independent", "Fox News host Sean Hannity"), but not one inside
        # a name it neither opens nor ends: "Independent" of "California Independent System"
        media_name = any(
            t.text in self.lexicon.media_name_tokens
            for t in mention
            if not name.start < t.i < name.end - 1
        )
        if head in self.lexicon.agency_nouns and not media_name:
            return SourceType.GOVERNMENT  # "the Environmental Protection Agency"
        if media_name or head in self.lexicon.media_nouns:
            return SourceType.MEDIA
        # a body the recogniser took for a place ("l'Unicef", "l'Observatoire syrien des
        # droits de l'homme" as LOC) is the body its head noun says, or the noun set off after
        # its name ("Le SNES-FSU, premier syndicat du secondaire")
        body = head in self.lexicon.organization_nouns or self._apposed_body(mention, name)
        # "Fabien Villedieu", a place to the recogniser: a first name and a surname are a
        # person, whatever the tagger made of the first name ("Fabien" a noun, a determiner)
        place = name.label_ in PLACE_LABELS and not body
        if place and len(name) > 1 and self._first_name_first(name):
            return SourceType.PERSON
        if head in self.lexicon.government_nouns and self._office_of_a_body(mention):
            return SourceType.ORGANIZATION
        if head in self.lexicon.government_nouns or place:
            return SourceType.GOVERNMENT
        if head in self.lexicon.document_nouns:
            return SourceType.DOCUMENT
        if head in self.lexicon.person_roles and (outside or name.label_ not in ORG_LABELS):
            return SourceType.PERSON  # not "Médecins sans frontières", a body's name
        if name.label_ in ORG_LABELS or body:
            return SourceType.ORGANIZATION
        if self._first_name_first(name):
            # "Zineb", called by her first name, as features do; "Jean-Luc Mélenchon", whom
            # the recogniser left out ("a lancé Jean-Luc Mélenchon sur BFMTV")
            return SourceType.PERSON
        return SourceType.UNKNOWN

    def _first_name_first(self, name: Span) -> bool:
        """A name written as a person's: a first name alone or before proper nouns and
        particles ("Zineb", "Jean-Luc Mélenchon"), or a surname opening with its particle ("de
        Blasio")."""
        first, particles = name[0], self.lexicon.name_particles | self.lexicon.inner_particles
        rest = name[1:]
        if not all(t.pos_ == "PROPN" or t.lower_ in particles for t in rest):
            return False
        if first.is_lower:
            return first.text in particles and any(t.pos_ == "PROPN" for t in rest)
        # an article is never a first name, though the name list knows "The", "Le" and "Un"
        articles = self.lexicon.definite_determiners | self.lexicon.indefinite_determiners
        return first.is_title and first.lower_ not in articles and is_first_name(first.text)

    def _titled(self, mention: Span, name: Span) -> bool:
        """ "la Pr Joly-Gomez", "M. Caldwell": a title at the head of the name makes it a
        person's, whatever label the entity recogniser gave it; so does a role apposed to it
        ("Karima, étudiante en histoire", whose first name the recogniser took for a place)."""
        lexicon = self.lexicon
        titles = lexicon.male_titles | lexicon.female_titles | lexicon.person_roles
        if any(t.lower_ in titles for t in mention if t.i <= name.start):
            return True
        if self._aged(name):
            # "Natalia, 58", "Fatima, 42 ans": war and disaster copy quotes civilians so
            return True
        apposed = _set_off_after(mention, name) or self._incise_past_mention(mention, name)
        # the role opens the apposition ("Zineb, étudiante en lettres", whatever its tag), or
        # comes after an age ("Olena, a 58-year-old teacher")
        first = next((t for t in apposed if t.pos_ != "DET"), None)
        acting = first is not None and first.pos_ == "VERB" and not is_role_word(first, lexicon)
        if acting or (first is not None and is_relative_pronoun(first)):
            # "Agence France-Presse, citing a lawyer for …", "the Ridgeport Education
            # Association, which represents 1,400 teachers": what it does, not a role
            return False
        nouns = [t for t in apposed if t.pos_ in ("NOUN", "PROPN")]
        return any(is_role_word(t, lexicon) for t in ([first] if first else []) + nouns)

    def _apposed_body(self, mention: Span, name: Span) -> bool:
        """A noun for a body heads the phrase set off by a comma after the name."""
        noun = next((t for t in _set_off_after(mention, name) if t.pos_ in ("NOUN", "PROPN")), None)
        return noun is not None and noun.lemma_.lower() in self.lexicon.organization_nouns

    def _incise_past_mention(self, mention: Span, name: Span) -> list[Token]:
        """The words set off by commas, or a comma and the full stop, right after a mention
        that stops at the name, with no finite verb: "étudiant de 21 ans" of "Mehdi, étudiant
        de 21 ans, se réjouit", which the speaker's phrase leaves out; not "the President has
        not …" of "According to the Washington Post, the President has not …", a clause."""
        if mention.end != name.end:
            return []
        words = _set_off_after(name.doc[name.start : name.sent.end], name)
        # closed by a comma, or by the sentence's end ("…, a déclaré X, délégué syndical.")
        closed = bool(words) and words[-1].i + 1 < name.sent.end
        closed = closed and name.doc[words[-1].i + 1].text in (",", ".")
        finite = any("Fin" in feature(t, "VerbForm") for t in words)
        subject = bool(words) and is_sole_subject(phrase_head(words))  # "the Post, the president,"
        return words if closed and not (finite or subject) else []

    def _aged(self, name: Span) -> bool:
        """An age set off by commas right after the name, in or past the mention (an incise's
        subject stops before it: "raconte Fatima, 42 ans, mère de trois enfants")."""
        words = [t for t in name.doc[name.end : name.sent.end] if not t.is_space]
        if len(words) < 2 or words[0].text != ",":
            return False
        return age_length(words[1:], self.lexicon.age_words) > 0

    def _described_person(self, mention: Span, head: str) -> SourceType | None:
        """A person described by a noun: anonymous when the description picks out nobody the
        reader can find ("un proche", "an official", "a spokesman", "one of the prosecutors"),
        a person otherwise."""
        if head in self.lexicon.anonymous_heads:
            return SourceType.ANONYMOUS
        if head in self.lexicon.person_roles:
            return SourceType.ANONYMOUS if self._indefinite(mention) else SourceType.PERSON
        return None

    def _indefinite(self, mention: Span) -> bool:
        """ "un médecin", "one of the networks": the mention picks out nobody in particular."""
        determiner = mention[0].lower_ if len(mention) else ""
        partitive = _partitive_head(mention.root).i != mention.root.i
        return partitive or determiner in self.lexicon.indefinite_determiners

    def _unnamed_type(self, mention: Span, head: str) -> SourceType:
        if head in self.lexicon.anonymous_heads:
            return SourceType.ANONYMOUS
        if head in self.lexicon.agency_nouns and self._agency_of_state(mention):
            return SourceType.GOVERNMENT  # "the transit agency", "l'agence régionale de santé"
        if head in self.lexicon.media_nouns:
            # "un média ukrainien": an outlet the reader cannot identify is anonymous.
            return SourceType.ANONYMOUS if self._indefinite(mention) else SourceType.MEDIA
        if head in self.lexicon.document_nouns:
            return SourceType.DOCUMENT
        if head in self.lexicon.government_nouns:
            organization = self._office_of_a_body(mention)
            return SourceType.ORGANIZATION if organization else SourceType.GOVERNMENT
        described = self._described_person(mention, head)
        if described is not None:
            return described  # "le ministre" is a person, "un médecin" nobody the reader can find
        if head in self.lexicon.organization_nouns:
            return SourceType.ORGANIZATION
        return SourceType.UNKNOWN

    def _office_of_a_body(self, mention: Span) -> bool:
        """An office that a company, a campaign or another body that governs nothing owns:
        "the company's press office", "Hezbollah's media office", "Trump's campaign office"
        (not "the mayor's office", "the Pentagon's press office")."""
        lexicon, head = self.lexicon, _mention_head(mention)
        for owner in head.children:
            owned = owner.dep_ in POSSESSIVE_DEPS or (owner.dep_ == "compound" and owner.i < head.i)
            if not owned or folded(owner.text) in lexicon.government_nouns:
                continue
            body = owner.lemma_.lower() in lexicon.organization_nouns
            # a body to the recogniser, unless the article names a person so ("Gowdy's
            # office" after "Rep. Trey Gowdy")
            named_body = owner.dep_ in POSSESSIVE_DEPS and owner.ent_type_ in ORG_LABELS
            if body or (named_body and self.antecedents.full_name(owner.text) is None):
                return True
        return False

    def _agency_of_state(self, mention: Span) -> bool:
        """An agency the mention qualifies by other words than a medium's: "the transit
        agency", not "the news agency", "l'agence de presse", nor "the agency" alone, which
        the press also writes for the wire it quotes."""
        root, media = mention.root, self.lexicon.media_nouns
        qualifiers = [
            t
            for t in mention
            if t.i != root.i and t.is_alpha and t.pos_ in ("NOUN", "ADJ", "PROPN")
        ]
        return bool(qualifiers) and not any(t.lower_ in media for t in qualifiers)

    # -- resolution -----------------------------------------------------------------------

    def _by_short_name(self, name: str, gender: str | None = None) -> _Known | None:
        """A person named again by surname or in full: the speaker named before; nobody when
        the article gives that surname to two people ("Harriet Vance", "her son, Peter Vance"):
        the one who spoke last need not be the one meant; nor one of another gender than the
        title gives (``gender``) when the text titles the surname both ways ("Mrs. Szabo"
        after "Mr. Szabo")."""
        words = name.split()
        if len(words) == 1 and self.antecedents.shared_surname(words[0]):
            return None
        titled_both = bool(words) and gender is not None and self.antecedents.titled_both(words[-1])
        particles = self.lexicon.name_particles | self.lexicon.inner_particles
        for known in reversed(self._by_last_word.get(words[-1], []) if words else []):
            known_words = known.name.split()
            if any(w.islower() and w not in particles for w in known_words):
                continue  # "Alicia Bergstrom" after "Tom and Alicia Bergstrom": one of them
            said = known.gender or full_name_gender(known.name)
            if titled_both and said not in (None, gender):
                continue
            if len(words) < len(known_words) and known_words[-len(words) :] == words:
                return known
        return None

    def _by_acronym(self, name: Span) -> _Known | None:
        """ "l'OFAG" after "l'Office fédéral de l'agriculture (OFAG)": one source, named in full."""
        return self._acronyms.get(name.text.strip())

    def _remember(self, name: str, kind: SourceType, role: str | None, mention: Span) -> None:
        words = frozenset(t.lower_ for t in mention if t.is_alpha) | frozenset(
            (role or "").lower().split()
        )
        titles = self.lexicon.title_words
        words |= {n for t in mention if t.lower_ in titles for n in titles[t.lower_]}
        person = kind is SourceType.PERSON
        gender = self._known_gender(mention, name if person else None)
        # "Christine Lagarde, directrice du Fonds monétaire international (FMI)": the
        # acronym is the fund's, not hers.
        acronyms = frozenset() if person else frozenset(ACRONYM.findall(mention.text))
        head = self._counted(mention.root)
        number = feature(head, "Number")
        # "Stephen S. Cohen and J. Bradford DeLong …; they write": people joined are several
        together = person and self._people_together(mention) is not None
        known = _Known(
            name,
            kind,
            role,
            words,
            gender,
            acronyms,
            "Sing" in number,
            "Plur" in number or together,
            head.lower_,
            head.lemma_.lower(),
        )
        self.known.append(known)
        # Indexes, so that a long article does not scan every speaker for every mention.
        if kind is SourceType.PERSON and name.split():
            self._by_last_word.setdefault(name.split()[-1], []).append(known)
        self._acronyms.update(dict.fromkeys(acronyms, known))

    def _counted(self, root: Token) -> Token:
        """What a word of number counts ("présidents" of "Une vingtaine de présidents"), for
        the number and the noun "ils" and "les présidents" may name it by; else ``root``."""
        return _picked_noun(root) if root.lower_ in self.lexicon.number_words else root

    def _known_gender(self, mention: Span, person: str | None) -> str | None:
        """The gender the text gives a source: "Ms. Khan" by the title, whatever the name's
        morphology; a person by the first name; else the head noun with its article ("la
        ministre du Travail", which the tagger calls masculine; "la préfecture")."""
        gender = titled_gender(_own_words(mention), self.lexicon)
        if gender is None and person is not None:
            gender = full_name_gender(self._untitled_name(person))
        root = mention.root
        if gender is None and root.pos_ == "NOUN":
            gender = role_gender(root, self.lexicon)
        return gender if gender is not None or person is not None else morph_gender(root)

    def _cited(self, known: _Known) -> _Known:
        """Make ``known`` the source cited last, which "à ses yeux" and "they" look back to
        first; an acronym the text defined becomes a source here."""
        if known in self.known:
            self.known.remove(known)
        self.known.append(known)
        return known

    def _antecedent(self, pronoun: str) -> _Known | None:
        last = self.known[-1] if self.known else None
        people = (SourceType.PERSON, SourceType.ANONYMOUS)
        if pronoun == "plural" and last is not None and last.plural and last.type in people:
            return last  # "Les auteurs recommandent … Ils notent aussi que …"
        for known in reversed(self.known):
            if pronoun == OWNER:
                return known  # "À ses yeux": the one just cited, person or not
            if pronoun in ("plural", "neuter"):
                one_body = pronoun == "plural" and known.singular
                if one_body and not self.lexicon.plural_for_one_body:
                    continue  # "Le Medef salue …; quant aux syndicats, ils réclament"
                if known.type not in (SourceType.PERSON, SourceType.ANONYMOUS):
                    return known
                continue
            if known.type is SourceType.PERSON and known.gender in (None, pronoun):
                return known
        return None

    def _by_description(
        self, mention: Span, epithet: str | None, at: int, text: str
    ) -> _Known | None:
        """ "the senator", "le ministre": the last named speaker the description fits
        (`epithet`: what `_epithet` makes of the mention)."""
        if len(mention) == 2 and "Yes" in feature(mention[0], "Poss"):
            return self._kin_named(mention, at)
        if len(mention) == 0 or mention[0].lower_ not in self.lexicon.definite_determiners:
            return None
        office = self._office_holder(mention, at, text)
        if office is not None:
            return office
        head = _mention_head(mention).lower_
        if epithet is None and head in self.lexicon.anonymous_heads:
            # "Un proche de l'ancien parlementaire assure … selon ce proche", "A senior
            # official said … The official added": the unnamed source cited last so called;
            # or the one the text introduced so ("A second CIA officer … backed Bob's account.
            # …, the officer said")
            so_called = self._anonymous_so_called(head)
            introduced = self._introduction(mention) if so_called is None else None
            if introduced is not None:
                return self._introduced_source(introduced, mention, at, text)
            return so_called
        role = head in self.lexicon.person_roles or epithet is not None
        bodies = self.lexicon.body_epithets
        body = bodies.get(self.head_word(mention)) or bodies.get(
            " ".join(t.lower_ for t in mention[1:])  # "la centrale syndicale"
        )
        if not role and body is None and head not in self.lexicon.organization_nouns:
            return self._unnamed_group_again(head)
        # "the former president" is not the president who spoke before: what qualifies the
        # description must have been said of the one it names
        qualifiers = _qualifiers(mention) - {epithet}
        # "the Florida Republican" is not any Republican who spoke: the place must fit too
        places = {t.lower_ for t in mention if t.ent_type_ in PLACE_LABELS} if epithet else set()
        # "le ministre" is not "la ministre du Travail, Agnès Dufresne", cited just before
        gender = role_gender(mention.root, self.lexicon) if role else None
        for known in reversed(self.known):
            fits = known.type is SourceType.PERSON if role else known.type is not SourceType.PERSON
            fits = fits and (body is None or known.type in body)
            fits = fits and (gender is None or known.gender in (None, gender))
            fitting = qualifiers | places
            # an unnamed source by its own noun: "The hospital" is not "Two hospital employees"
            by_modifier = known.type is SourceType.ANONYMOUS and head not in (
                known.head,
                known.lemma,
            )
            so_named = head in known.words and known.name and not by_modifier
            if fits and so_named and fitting <= known.words:
                return known
        if body is not None and "Plur" in feature(mention.root, "Number"):
            return None  # "Les syndicats jugent …" after "La direction a annoncé": several
        if body is not None:
            # and "the Iranian foreign ministry" after "Tehran": named by its nationality
            named = any(
                (t.pos_ == "PROPN" or t.is_title)
                and t.i != mention.root.i
                and not _is_article(t)
                and not _opens_hyphenated_modifier(t)  # "the Cincinnati-based company"
                for t in mention
            )
            if named:
                # "the activist group Mosul Eye" is the Mosul Eye just cited; "le ministère
                # soudanais des Affaires étrangères" after "Khartoum" is a body of its own
                cited = self._body_just_cited(body, at)
                return cited if cited is not None and cited.name in mention.text else None
            cited = self._body_just_cited(body, at)
            if cited is None and self._thing_introduced(mention):
                return None  # "fined a major U.S. airline … The airline said": that airline
            return (
                cited
                or self._body_in_narrative(body, at)
                or self._sole_body(body, at)
                or self._sole_body_named_before(body, at)
            )
        # "the former president" is no president, unless the text said so; "le juge en chef"
        # is the chief judge named before, not the last judge
        titled = self._titled_as(head, at, gender, qualifiers) if role else None
        if titled is None and role and (unnamed := self._unnamed_just_cited(head)) is not None:
            # "Une infirmière, qui a requis l'anonymat, raconte … « … », s'interroge
            # l'infirmière": the one the text cited unnamed by that noun just before
            return unnamed
        introduced = self._introduction(mention) if titled is None and role else None
        if introduced is not None:
            # "A White House spokesperson declined to comment. “…,” the spokesperson said";
            # "a fashion designer for G-III … said the designer": that one, and with an
            # epithet the same source as where it was cited unnamed ("One engineer … said")
            again = self._unnamed_group_again(head) if epithet is not None else None
            return again or self._introduced_source(introduced, mention, at, text)
        group = self._group_just_cited(head) if titled is None and role else None
        if group is not None:
            return group  # not one introduced alone: "a young woman asked … about women who"
        if titled is None and epithet is None and role:
            later = self.antecedents.titled_later(at, head, gender)
            # what the description says beside its title must have been said of that person:
            # not "Le porte-parole de l'entreprise, Michelin" before "Le porte-parole du
            # syndicat, Jean Dupont"
            described = (qualifiers | _described_words(mention)) - {head}
            if later is not None and described <= self.antecedents.role_words(later, len(text)):
                # "The chief executive said …" in a standfirst, before "Julia Brandt, the
                # company's chief executive, said": the one person the text gives that title
                return self._person_named(later)
            return self._described_variation(mention, at)
        if titled is None and epithet is not None:
            # "la jeune femme", "le spécialiste", "ce dernier": the person just named, of the
            # gender the description says (``gender``: an epithet is a role here)
            latest = epithet in self.lexicon.latter
            titled = self.antecedents.nearest(
                at,
                gender,
                named_only=True,
                latest=latest,
                back=EPITHET_REACH,
                salient_here=True,
                described=True,
                accepts=lambda person: self._age_fits(person, epithet, mention),
            )
            other = titled is not None and self._other_trade(titled, epithet, at)
            if other and not self._former(mention):
                return None  # "le jeune ailier" is not "l'entraîneur castrais, Julien Lacombe"
        return None if titled is None else self._person_named(titled)

    def _titled_as(
        self, head: str, at: int, gender: str | None, qualifiers: set[str]
    ) -> Person | None:
        """The person named last before ``at`` with the title ``head``, or a title the lexicon
        gives as its synonym ("The lawyer" after "defense attorney Dana Whitfield"), whose roles
        in the text hold every word of ``qualifiers``."""
        titles = {head} | self.lexicon.role_synonyms.get(head, frozenset())

        def qualified(person: Person) -> bool:
            return qualifiers <= self.antecedents.role_words(person, at)

        held = [
            p
            for t in sorted(titles)
            if (p := self.antecedents.titled(at, t, gender, qualified)) is not None
        ]
        return max(held, key=lambda person: person.start) if held else None

    def _office_holder_named(self, mention: Span, name: Span | None, at: int) -> _Known | None:
        """ "Le ministre de la Santé a ajouté", which the recogniser calls a body for its
        capitalised portfolio (the mention's role noun and a preposition open the name): the
        person the text gave that title ("le ministre de la Santé Lukas Horvat"), if any; else
        the office stays the name, never a guess at whoever spoke last."""
        if name is None or len(name) < 2 or name[1].pos_ != "ADP" or name[0].i != mention.root.i:
            return None  # "King says", a surname that is a role word, is Billie Jean King
        head = name[0].lower_
        if head not in self.lexicon.person_roles:
            return None
        gender = role_gender(mention.root, self.lexicon)
        titled = self._titled_as(head, at, gender, _qualifiers(mention))
        return None if titled is None else self._person_named(titled)

    def _kin_named(self, mention: Span, at: int) -> _Known | None:
        """ "Her husband told KDRV-TV …" after "Her husband, Glen, stayed behind": the person
        the text named with that tie."""
        head = mention.root.lower_
        if head not in self.lexicon.person_roles:
            return None
        gender = role_gender(mention.root, self.lexicon)
        titled = self.antecedents.titled(at, head, gender)
        return None if titled is None else self._person_named(titled)

    def _other_trade(self, person: Person, epithet: str, at: int) -> bool:
        """Whether the description names a profession ("ailier", "baker") and the text gave
        the person a role that is no profession ("l'entraîneur castrais, Julien Lacombe"):
        the description is someone else's. A profession beside another ("la romancière …
        l'autrice") may name one person twice."""
        professions = self.lexicon.professions
        if epithet not in professions:
            return False
        role = person.role or self.antecedents.role_given(self.antecedents.fullest(person), at)
        # a tie or a standing that names no trade ("Son voisin, Michel Duthoit … Le
        # viticulteur avoue"): the lexicon's anonymous heads, who may ply any trade
        ties = self.lexicon.anonymous_heads
        given = {w for w in role.lower().split() if w in self.lexicon.person_roles}
        given -= ties - professions
        return bool(given) and not given & professions

    def _age_fits(self, person: Person, epithet: str, mention: Span) -> bool:
        """Whether a noun of age ("la sexagénaire") or an age the description states ("la
        Guadeloupéenne de 26 ans") fits the age the text gave the person."""
        decade = self.lexicon.age_nouns.get(epithet)
        stated = _age_complement(list(mention), self.lexicon.age_words)
        if decade is None and stated is None:
            return True
        age = self.antecedents.age_of(person)
        if age is None:
            return True
        if stated is not None:
            return age == stated
        return decade is None or decade <= age < decade + 10

    def _former(self, mention: Span) -> bool:
        """A description in the past ("the former teacher"): what the person did, which no
        role they hold now contradicts."""
        return any(t.lower_ in self.lexicon.former_words for t in mention if t.i < mention.root.i)

    def _introduction(self, mention: Span) -> Token | None:
        """Where the text introduced someone unnamed by the description's noun shortly before
        it, as the subject of a clause, with an indefinite article and no name beside it: "a
        fashion designer for G-III watched … said the designer" is that designer, not the
        person named in between. The introducing noun, or None."""
        for token in _same_nouns_before(mention):
            plural = "Plur" in feature(token, "Number")
            # a subject, someone the text introduces (or set beside a thing, as the parse may
            # hang it: "…, a fashion designer … watched"): not "consulter un professionnel de
            # santé", nor "John Smith, a designer", who has a name
            introduced = token.dep_ in SUBJECT_DEPS or (
                token.dep_ == "appos" and token.head.ent_type_ not in PERSON_LABELS
            )
            if plural or not introduced:
                continue
            # a singular noun counted is counted as one: "One engineer in Oregon … said"
            counted = any(c.dep_ == "nummod" for c in token.children)
            named = any(t.ent_type_ in PERSON_LABELS for t in token.subtree)
            if (opens_indefinite(token, self.lexicon) or counted) and not named:
                return token
        return None

    def _thing_introduced(self, mention: Span) -> bool:
        """Whether the text introduced something unnamed by the description's noun shortly
        before it, with an indefinite article, in any place of its clause: "The Transportation
        Department fined a major U.S. airline … The airline said" is that airline, not the
        department the sentence was about."""
        return any(opens_indefinite(t, self.lexicon) for t in _same_nouns_before(mention))

    def _introduced_source(self, noun: Token, mention: Span, at: int, text: str) -> _Known:
        """The unnamed source the text introduced with ``noun`` ("A White House spokesperson
        declined to comment. “…,” the spokesperson said"), named by its phrase as an unnamed
        source is, and remembered for the mentions after."""
        phrase = self.description(noun.doc[noun.left_edge.i : noun.right_edge.i + 1])
        shift = at - mention.start_char
        name = text[phrase.start_char + shift : phrase.end_char + shift]
        self._remember(name, SourceType.ANONYMOUS, None, phrase)
        return self.known[-1]

    def _group_counted_from(self, mention: Span) -> _Known | None:
        """A count alone ("One said …") counts from the unnamed group cited last: some of
        "Two guards who were on duty", who speak for it."""
        words = [t for t in mention if not _is_article(t)]
        if len(words) != 1 or words[0].lower_ not in self.lexicon.number_words or not self.known:
            return None
        last = self.known[-1]
        return last if last.type is SourceType.ANONYMOUS and last.plural else None

    def _unnamed_group_again(self, head: str) -> _Known | None:
        """ "Two loggers have since claimed … The loggers told police …", "One engineer said
        … the engineer said": a definite description whose noun is the one an unnamed source
        the text cited was named by is that source."""
        # by its head noun: not "the report" after "people familiar with the report"
        return self._last_unnamed(lambda known: known.head == head)

    def _unnamed_just_cited(self, head: str) -> _Known | None:
        """The unnamed source named by the noun ``head``, if among the last sources cited
        (``UNNAMED_AGAIN_REACH``): further back, the noun may be someone else's."""
        return next((k for k in self._unnamed_recent() if k.head == head), None)

    def _group_just_cited(self, head: str) -> _Known | None:
        """ "Two guards … “…,” the guard said": one of an unnamed group among the last sources
        cited (``UNNAMED_AGAIN_REACH``) speaks for the group."""
        return next((k for k in self._unnamed_recent() if k.plural and k.lemma == head), None)

    def _unnamed_recent(self) -> list[_Known]:
        """The unnamed sources among the last cited, the last first."""
        recent = reversed(self.known[-UNNAMED_AGAIN_REACH:])
        return [k for k in recent if k.type is SourceType.ANONYMOUS]

    def _anonymous_so_called(self, head: str) -> _Known | None:
        return self._last_unnamed(lambda known: head in known.words)

    def _last_unnamed(self, fits: Callable[[_Known], bool]) -> _Known | None:
        """The unnamed source cited last that ``fits``, or None."""
        unnamed = (k for k in reversed(self.known) if k.type is SourceType.ANONYMOUS)
        return next((k for k in unnamed if fits(k)), None)

    def _described_variation(self, mention: Span, at: int) -> _Known | None:
        """ "Au coup de sifflet final, Paulo Fonseca ne décolérait pas. « … », a réagi
        l'entraîneur lyonnais": the press names a person, then speaks of them by a role in the
        next sentence. The role is that person's when the sentence before names nobody else
        and is about them, no one was named since, their gender does not contradict the
        role's, and the text gave them no other role or title."""
        person = self.antecedents.sole_named_before(at)
        if person is None or self._role_between(mention, person.end, at):
            return None
        modifiers = [t for t in mention if t.i != mention.root.i and not _is_article(t)]
        # a complement on the noun itself; not the words of an adjective ("68-year-old")
        office = any(t.dep_ not in ("amod", "punct") and t.head == mention.root for t in modifiers)
        if office and (not person.spoke or _first_name_only(self.antecedents.fullest(person))):
            # "Karim B. avait été condamné. « … », avait déclaré le procureur de Grasse": an
            # office with its complement names someone of its own, unless it goes on about
            # one who has just spoken ("…, a justifié X. Le chef du gouvernement a assuré …");
            # never one the text calls by a first name alone, as features call the people
            # they meet ("…, raconte Paul, 45 ans. Le président de la République a martelé")
            return None
        gender = role_gender(mention.root, self.lexicon)
        if gender is not None and self.antecedents.gender_of(person) not in (None, gender):
            return None
        head = mention.root.lower_
        called = {head} | self.lexicon.role_synonyms.get(head, frozenset())
        former = self._former(mention)  # "l'ancienne professeure" may be "présidente" now
        titles = self.antecedents.titles_given(person, at)
        if titles and not called & titles and not former:
            return None  # "the Republican presidential candidate" is not "Mayor Bill de Blasio"
        # of the description's gender: "Le ministre" is not "La ministre …, Helena Vasconcelos"
        holder = self.antecedents.titled(at, head, gender)
        if holder is not None and not same_person(holder, person):
            return None  # "President Joe Biden said … Trump said … The former president added"
        name = self.antecedents.fullest(person)
        described = " ".join(t.text for t in mention if not _is_article(t))
        cited = next((k.role for k in reversed(self.known) if k.name == name and k.role), None)
        given = self.antecedents.role_given(name, at) or person.role or cited
        if given and not called & set(given.lower().split()) and not former:
            return None
        words = frozenset(t.lower_ for t in mention) | frozenset(name.lower().split())
        return _Known(name, SourceType.PERSON, given or described, words, person.gender)

    def _role_between(self, mention: Span, start: int, at: int) -> bool:
        """A role noun in the narration between the person's name (ending at ``start``) and
        the mention at ``at``, offsets into the article: "Emmanuel Macron a reçu le
        chancelier", someone else the description may be. Not the name's own apposition
        ("Sophie Binet, secrétaire générale de la CGT"), nor a group ("devant les députés")."""
        offset = at - mention.start_char
        between = mention.doc.char_span(
            max(start - offset, 0), max(at - offset, 0), alignment_mode="expand"
        )
        return any(
            start <= offset + t.idx < at
            and t.pos_ == "NOUN"
            and "Plur" not in feature(t, "Number")
            and is_role_word(t, self.lexicon)
            and not (offset + t.head.idx < start and t.head.ent_type_ in PERSON_LABELS)
            and not self.antecedents.quoted(offset + t.idx)
            for t in between or ()
        )

    def _office_holder(self, mention: Span, at: int, text: str) -> _Known | None:
        """ "le chef de l'État", "the commander in chief": the person named last before it with
        the title the lexicon gives that office (``office_synonyms``), written right before the
        name ("le président Emmanuel Macron"), or set off before it by a comma ("le Premier
        ministre, François Bayrou"). Not a title with a complement ("Gérard Larcher, président
        du Sénat"): that person holds another office, and nobody is named."""
        titles = self.lexicon.office_synonyms.get(folded(mention[1:].text), ())
        held = [(t, p) for t in titles if (p := self.antecedents.titled(at, t)) is not None]
        if not held:
            return None
        title, holder = max(held, key=lambda pair: pair[1].start)
        before = folded(text[max(0, holder.start - TITLE_REACH_CHARS) : holder.start])
        before = before.rstrip().removesuffix(",").rstrip()  # "le Premier ministre, X"
        return self._person_named(holder) if before.endswith(title) else None

    def _person_named(self, person: Person) -> _Known:
        """A person a description stands for, under the fullest name the text gave them."""
        name = self.antecedents.fullest(person)
        return _Known(name, SourceType.PERSON, None, frozenset(), person.gender)

    def _sole_body(self, kinds: frozenset[str], at: int) -> _Known | None:
        """ "The company said" paragraphs after "Shares of Hollins Brands fell", with people
        cited between: the one body of those kinds the text has cited or written about so
        far; with two, "the company" may be either. Not a government's: "the department" is
        rarely the one body of the state the text named ("the Obama administration")."""
        if SourceType.GOVERNMENT in kinds:
            return None
        # by a name, not a description cited as it was ("the company" of a standfirst), nor a
        # state's ("The Pentagon said …", which the recogniser may call a body)
        named = {(k.name, k.type) for k in self.known if k.name[:1].isupper()}
        named |= {(name, kind) for start, name, kind in self._subject_bodies if start < at}
        state = self.lexicon.government_nouns
        named = {
            (name, kind) for name, kind in named if kind in kinds and folded(name) not in state
        }
        if len({name for name, _ in named}) != 1:
            return None
        name, kind = named.pop()
        return self._body_known_as(name, kind)

    def _sole_body_named_before(self, kinds: frozenset[str], at: int) -> _Known | None:
        """ "… whether a power line owned by Northstate Power Cooperative may have sparked the
        blaze. The utility said …": no body was cited or was the subject, but the sentence
        before names one body, wherever in it, and no other; an organization's."""
        if SourceType.ORGANIZATION not in kinds:
            return None
        floor = self.antecedents.window_start(at)
        names = {name for start, name in self._named_in_passing if floor <= start < at}
        if len(names) != 1:
            return None
        name = names.pop()
        if folded(name) in self.lexicon.government_nouns:
            return None
        return self._body_known_as(name, SourceType.ORGANIZATION)

    def _body_known_as(self, name: str, kind: SourceType) -> _Known:
        """The body cited under ``name``, or one of ``kind`` the text named without citing it."""
        known = next((k for k in self.known if k.name == name), None)
        return known or _Known(name, kind, None, frozenset(), None)

    def _body_just_cited(self, kinds: frozenset[str], at: int) -> _Known | None:
        """ "Amazon said … The company said": the body cited last, if of one of those kinds
        and cited within the sentence or the one before; further back, "the company" may be
        another."""
        near = self._body_cited_near(at)
        return _as_known(near[0]) if near is not None and near[0].type in kinds else None

    def _body_of_gender(self, gender: str, at: int) -> _Known | None:
        """ "La préfecture de police indique … Elle précise que …": with no person for the
        pronoun, the body cited in its sentence or the one before, if the pronoun's gender is
        its noun's."""
        near = self._body_cited_near(at)
        return _as_known(near[0]) if near is not None and near[1] == gender else None

    def _body_cited_after(self, person: Person) -> bool:
        """Whether the body cited last was cited after the person's mention."""
        return self._last_body is not None and self._last_body[1] > person.start

    def _body_cited_near(self, at: int) -> tuple[SourceMention, str | None] | None:
        """The body cited last, with its noun's gender, if within the sentence holding ``at``
        or the one before."""
        if self._last_body is None:
            return None
        last, cited_at, gender = self._last_body
        return (last, gender) if cited_at >= self.antecedents.window_start(at) else None

    def _epithet(self, mention: Span) -> str | None:
        """The epithet a definite, singular mention with no name is ("la jeune femme", "ce
        dernier", "the latter"), or None."""
        if len(mention) == 0 or mention[0].lower_ not in self.lexicon.definite_determiners:
            return None
        root = mention.root
        if "Plur" in feature(root, "Number"):
            return None
        # what is set off after the description is about the person, not part of it ("The
        # 52-year-old, who has taken Harrow to the brink of the league"), and what a
        # preposition after the noun opens says where or what of ("L'élue du Val-de-Marne"),
        # not who
        own = list(takewhile(lambda t: t.text != ",", mention[1:]))
        complement = next((t.i for t in own if t.i > root.i and t.pos_ == "ADP"), mention.end)
        named = [t for t in own if t.i < complement and t.i != root.i]
        if any(t.is_title or t.pos_ == "PROPN" for t in named) and not self._demonym(mention):
            return None  # "L'élue insoumise Julie Escudier": a name the recogniser missed
        words = " ".join(t.lower_ for t in own)
        ageless = AGE_NUMBER.sub("", "".join(words.split())).strip("-")  # "53-year-old"
        for epithet in (words, root.lower_, root.lemma_.lower(), ageless):
            if epithet in self.lexicon.epithets:
                return epithet
        if self._demonstrative_person(mention):
            return root.lower_
        return root.lower_ if self._demonym(mention) else None

    def _demonstrative_person(self, mention: Span) -> bool:
        """ "Ce père de quatre enfants", "cette infirmière": a demonstrative before a noun for
        people points back at the person just named, as an epithet does. Not a word for an
        unnamed source ("this source", "ce proche"): the one cited last so called, or nobody
        named."""
        lexicon = self.lexicon
        head = mention.root.lower_
        return (
            mention[0].lower_ in lexicon.demonstrative_determiners
            and head in lexicon.person_roles
            and head not in lexicon.anonymous_heads
        )

    def _demonym(self, mention: Span) -> bool:
        """ "the Italian", "l'Allemande": a definite, singular nationality that is the whole
        mention, or all of it before a comma, is a person, whom the recogniser calls a
        nationality or a place; so is one after the places it is from: "the Ohio Democrat", a
        party's member."""
        # what is set off after it describes the person: "le Danois, deuxième du classement"
        words = [t for t in takewhile(lambda t: t.text != ",", mention) if not t.is_punct]
        if _age_complement(words, self.lexicon.age_words) is not None:
            words = words[:-3]  # "la Bretonne de 26 ans"
        if len(words) < 2 or words[0].lower_ not in self.lexicon.definite_determiners:
            return False
        noun = words[-1]
        if any(t.ent_type_ not in PLACE_LABELS for t in words[1:-1]):
            return False
        if not noun.is_title or "Plur" in feature(noun, "Number"):
            return False
        article = words[0]
        if noun.text in self._titles or noun.text in self.lexicon.media_name_tokens:
            return False  # "The Federalist", "The Tennessean": outlets, written with "The"
        if article.is_title and not article.is_sent_start:
            return False
        if self.lexicon.is_demonym(noun.lower_):
            return True
        # The recogniser's nationality, after a lowercase article only: '"…," the Texan said',
        # not "The Tennessean reported", an outlet at a sentence's start
        nationality = noun.ent_type_ == NATIONALITY_LABEL and noun.ent_iob == BEGINS_ENTITY
        return nationality and not article.is_title

    def _without_demonym(self, entity: Span) -> Span | None:
        """ "la Suissesse Lara Gut-Behrami", "le Belge Remco Evenepoel": the recogniser takes
        the nationality into the name, and calls it a place or a body; the person's name is
        what follows it, when a first name opens it."""

        first = entity[0]
        if len(entity) < 3 or not first.is_title or not self.lexicon.is_demonym(first.lower_):
            return None
        return _as_person(entity.doc[entity.start + 1 : entity.end])

    def _name_after_office(self, entity: Span) -> Span | None:
        """ "la ministre de la Culture Rachida Dati", which the recogniser takes whole for a
        body: an entity that opens on a role and ends on a first name and a surname names the
        person who holds it. The capitalised word right after the role's article is the
        office's ("Culture", "Armées"), whatever first name it may also be ("Santé")."""
        words = [t for t in entity if t.pos_ != "DET"]
        if len(words) < 3 or words[0].is_title or not is_role_word(words[0], self.lexicon):
            return None
        doc, start = entity.doc, entity.end
        while start - 1 > words[0].i and doc[start - 1].is_title:
            start -= 1
        if _after_function_word(doc[start], entity):
            start += 1
        return _as_person(doc[start : entity.end]) if entity.end - start > 1 else None

    def _epithet_words(self, text: str) -> bool:
        """Whether a description the rules found ("spécialiste", "le spécialiste") is an
        epithet."""
        words = text.lower().split()
        if words and words[0] in self.lexicon.definite_determiners:
            words = words[1:]
        return " ".join(words) in self.lexicon.epithets

    def _told_by(self, mention: Span) -> Span | None:
        """Who told the "on" of hearsay what it learnt: "la préfecture du Morbihan" of "-on
        appris auprès de la préfecture du Morbihan"; None when it learnt it from nobody
        named."""
        lexicon = self.lexicon
        words = [t for t in mention if t.lower_ not in lexicon.euphonic]
        if not words or (
            words[0].lower_ not in lexicon.hearsay_from and not self._hearsay(mention)
        ):
            return None
        for word in mention[:-2]:
            after = mention.doc[word.i + 1]
            if word.lower_ in lexicon.hearsay_from and after.lower_ in lexicon.owner_markers:
                return mention.doc[after.i + 1 : mention.end]
        return None

    def _hearsay_place(self, mention: Span) -> list[Token]:
        """The words after an inverted "on" from the preposition that says where it speaks
        ("à l'Élysée" of "-on à l'Élysée", past a light verb's words: "-on valoir à
        Matignon"); none when the mention opens with no such "on" or names no place."""
        words = [t for t in mention if t.lower_ not in self.lexicon.euphonic]
        if not words or self.lexicon.pronouns.get(words[0].lower_) != HEARSAY:
            return []
        return list(dropwhile(lambda t: t.pos_ != "ADP", words[1:]))

    def _circle_of_hearsay(self, mention: Span) -> Span | None:
        """The people an inverted "on" speaks among, when the words after it name them:
        "l'entourage du chef du gouvernement" of "-on dans l'entourage du chef du
        gouvernement", or of "dans l'entourage …" after "se borne-t-on à indiquer"; not a
        place ("-on à l'Élysée"), which stays where the unnamed speaker is."""
        words = self._hearsay_place(mention) or [
            t for t in mention if t.lower_ not in self.lexicon.euphonic
        ]
        if len(words) < 2 or words[0].lower_ not in self.lexicon.speaking_places:
            return None  # not "at least a dozen members", which names them all
        circle = mention.doc[words[1].i : mention.end]
        return circle if circle.root.lemma_.lower() in self.lexicon.anonymous_heads else None

    def _same_source(self, mention: Span) -> _Known | None:
        """The source cited just before, for "ajoute-t-on de même source", "the same
        official said"; None when the mention says no such thing or nobody was cited."""
        lowered = mention.text.lower()
        if not self.known or not any(p in lowered for p in self.lexicon.same_source):
            return None
        return self.known[-1]

    def _sole_speaker_of_gender(self, gender: str) -> _Known | None:
        """The one person of that gender who has spoken so far, when the text has already
        called them by this pronoun and every person who has spoken has a known gender: a
        pronoun with nobody near it stands for them, as a reader takes it in a portrait; with
        two of that gender, one whose gender the text does not give, or one the pronoun never
        stood for ("Pour François Fillon …", far back), nobody."""
        people = [k for k in self.known if k.type is SourceType.PERSON and k.name]
        genders = {k.name: k.gender or full_name_gender(k.name) for k in people}
        genders |= {name: k.gender for name, k in self._pronoun_speakers.items()}
        if None in genders.values():
            return None
        named = [name for name, said in genders.items() if said == gender]
        if len(named) != 1:
            return None
        return self._pronoun_speakers.get(named[0])

    def _pronoun_chain(self, mention: Span, pronoun: str, shift: int) -> int:
        """How many sentences of the narration right before the mention's go on about the same
        person (at most ``PRONOUN_CHAIN``): a portrait goes on about its subject as "il"
        sentence after sentence, or as "l'agriculteur", or "à ses yeux", and each one carries
        the name a sentence further ("Jean-Luc Morin … L'agriculteur exploite … À ses yeux, …
        « … », souffle-t-il"). A sentence that opens a quotation is the speaker's: it carries
        the chain when its incise does ("« … », dit-il"), and is passed over otherwise, as
        ``Antecedents.window_start`` passes it (``shift`` takes the parse's offsets to the
        article's)."""
        doc, count = mention.doc, 0
        start = mention.sent.start
        while count < PRONOUN_CHAIN and start > 0:
            before = doc[start - 1].sent
            if not any(t.is_alpha for t in before):
                start = before.start  # a quotation mark the parser made a sentence of its own
                continue
            if not self._goes_on_about(before, pronoun):
                if self.antecedents.opens_quoted(before.start_char + shift):
                    start = before.start  # the speaker's words, whoever speaks them
                    continue
                break
            count, start = count + 1, before.start
        return count

    def _speaker_past_aside(
        self, mention: Span, where: int, pronoun: str, excluded: list[int], shift: int
    ) -> Person | None:
        """The speaker of the sentence before the writer's aside, when the aside names nobody
        of the pronoun's gender: "Mr. Szabo … told The Vindicator: “…” There are nine teams
        left now. “I guess I lied,” he said." Only one who spoke: a name the narration only
        mentioned is too far for a pronoun; and not past an aside whose subject is a name,
        which may be a person the recogniser missed ("Castellanos, a freshman, had 14
        points")."""
        aside = self._narrated_before(mention.doc, where, shift)
        if aside is None or any(
            t.dep_ in SUBJECT_DEPS and t.pos_ == "PROPN" for t in aside if t.head == aside.root
        ):
            return None
        person = self.antecedents.nearest(where, pronoun, excluded=excluded, back=2)
        return person if person is not None and person.spoke else None

    def _narrated_before(self, doc: Doc, at: int, shift: int) -> Span | None:
        """The sentence of the narration right before the one holding article offset ``at``
        (``shift`` takes the parse's offsets to the article's): a quotation's sentences are
        passed over, as ``Antecedents.window_start`` does."""
        holding = doc.char_span(at - shift, at - shift + 1, alignment_mode="expand")
        if holding is None:
            return None
        start = holding.sent.start
        while start > 0:
            before = doc[start - 1].sent
            if not self.antecedents.opens_quoted(before.start_char + shift):
                return before
            start = before.start
        return None

    def _owner_named_since(self, mention: Span, where: int, shift: int) -> Person | None:
        """The person a possessive frame ("à ses yeux", "in his view") stands for: the subject
        of its own sentence's main clause, or the person the narration named as the subject of
        its sentences after the last source it cited (the sentence before, or those the chain
        goes on about). A speaker nearer than that person is the one cited last, whom
        ``_antecedent`` finds. ``where``: the article offset the possessive looks back from."""
        # the subject of the possessive's own sentence first: "Trump has been rebuked by
        # opponents for his proposal", whoever spoke before; not a subordinate clause's ("more
        # rules than Mr. Perot did, from his proposal …")
        here = self.antecedents.nearest(where, None, named_only=True, back=0, described=True)
        root = mention.sent.root
        subjects = [c.idx + shift for c in root.children if c.dep_ in SUBJECT_DEPS]
        if here is not None:
            return here if any(here.start <= at < here.end for at in subjects) else None
        back = 1 + self._pronoun_chain(mention, OWNER, shift)
        person = self.antecedents.nearest(where, None, named_only=True, back=back)
        if person is None or person.spoke or not person.subject:
            return None
        return person

    def _goes_on_about(self, sentence: Span, pronoun: str) -> bool:
        """Whether the sentence's subject is the pronoun, or a role with no name whose gender
        does not contradict it ("L'agriculteur exploite …"), or the sentence opens with the
        person's view ("À ses yeux, …")."""
        root = sentence.root
        subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i < root.i]
        if root.pos_ == "NOUN" and root.i - sentence.start <= 1:
            subjects.append(root)  # "L'agriculteur exploite …", its verb tagged an adjective
        # a possessive gives no gender: "il" or "elle" goes on about whoever "ses" stands for
        genders = (None, MALE, FEMALE) if pronoun == OWNER else (None, pronoun)
        said = [self.lexicon.pronouns.get(c.lower_) for c in subjects]
        # "Her husband, Glen, stayed behind": the sentence goes on about her
        said += [self.lexicon.owner_genders.get(o.lower_) for c in subjects for o in c.children]
        if any(gender is not None and gender in genders for gender in said):
            return True
        for subject in subjects:
            determiners = [c.lower_ for c in subject.children if c.dep_ == "det"]
            definite = bool(determiners) and determiners[0] in self.lexicon.definite_determiners
            # "L'agriculteur exploite …", "Le septuagénaire a repris …"
            lemma = subject.lemma_.lower()
            described = lemma in self.lexicon.person_roles or lemma in self.lexicon.epithets
            role = subject.pos_ == "NOUN" and described
            if definite and role and role_gender(subject, self.lexicon) in genders:
                return not any(c.ent_type_ for c in subject.subtree)
        opening = " ".join(t.lower_ for t in sentence[:4])
        return any(opening.startswith(frame) for frame in self.lexicon.possessive_frames)

    def _person_pronoun(
        self, base: SourceMention, person: Person | None, gender: str | None
    ) -> SourceMention:
        """ "il", "-t-elle", "she": the person the text has just named, or nobody. An
        unresolved pronoun is still a person, as far as the type goes, but has no name."""
        if person is None:
            return replace(base, type=SourceType.PERSON, resolved=False)
        if person.indefinite:
            # "Un chiraquien s'est souvenu … « … », a-t-il lâché": the unnamed person, named as
            # the source it was when it spoke, not a name from the sentence
            return replace(base, name=person.described or person.text, type=SourceType.ANONYMOUS)
        if not person.named:
            # "The senator has long opposed … he said": the description stands for the
            # person so titled before it, else the person named just before it, if any.
            # "she" after "the president": the description's person must be a woman too.
            stated = person.gender or gender
            back = EPITHET_REACH if self._epithet_words(person.text) else 1
            # so titled, or by a title the lexicon gives as its synonym ("le médecin" after "le
            # docteur Jean Vidal")
            named = self._titled_as(person.text.lower(), person.start, stated, set()) or (
                self.antecedents.nearest(person.start, stated, named_only=True, back=back)
            )
            if named is not None and self._other_of_that_role(person, named):
                # "…, a reconnu le technicien [Pierre Sage]. En face, le coach de Lens
                # savourait. « … », a-t-il lancé": the other coach
                named = None
            if named is not None and self._titled_otherwise(named, person):
                # "Le psychiatre Daniel Zagury … Une analyse que rejette l'avocat général.
                # « … », a-t-il rappelé": the advocate general, not the psychiatrist
                named = None
            person = named or person
        known = self._known_person(person, gender)
        if known is not None:
            found = self._from_antecedent(base, known)
            if found.role is None and found.name:
                # "l'autrice a dit … « … », raconte-t-elle": the role given with her name
                role = self.antecedents.role_given(found.name, person.start + 1) or None
                found = replace(found, role=role)
            return found
        if not person.named:
            return replace(base, name=person.described or person.text, type=SourceType.PERSON)
        name = self.antecedents.fullest(person, gender, self.lexicon.titles)
        body = self._named_bodies.get(name)
        if body is not None:
            # "Le promoteur, la société Logiparc, … il affirmait": the company, which the
            # recogniser took for a person
            return replace(base, name=name, type=body)
        role = person.role or self.antecedents.role_given(name, person.start + 1) or None
        return replace(base, name=name, type=SourceType.PERSON, role=role)

    def _titled_otherwise(self, named: Person, description: Person) -> bool:
        """Whether the text gave ``named`` a profession ("Le psychiatre Daniel Zagury"), and
        none of its titles and roles is the noun of the unnamed ``description`` ("l'avocat
        général") or a synonym of it: the description is someone else. An office or an
        honorific ("Sen.", "Mr.") says nothing against "the Vermont senator"."""
        head = description.text.lower()
        called = {head} | self.lexicon.role_synonyms.get(head, frozenset())
        given = self.antecedents.titles_given(named, description.start)
        given |= self.antecedents.role_words(named, description.start)
        return bool(given & self.lexicon.professions) and not called & given

    def _other_of_that_role(self, description: Person, named: Person) -> bool:
        """Whether an unnamed description restates the role the text gave ``named`` ("le
        coach" after "Son entraîneur, Pierre Sage") with words never said of them ("de Lens",
        "lensois"): someone else in that role, unless the description varies on the name right
        before it, the one person the sentence before is about ("Paulo Fonseca ne décolérait
        pas. L'entraîneur lyonnais …")."""
        head = description.text.lower()
        called = {head} | self.lexicon.role_synonyms.get(head, frozenset())
        said = self.antecedents.role_words(named, description.start)
        said |= self.antecedents.titles_given(named, description.start)
        if not called & said:
            return False
        said |= set(self.antecedents.fullest(named).lower().split())
        if description.qualifiers <= said:
            return False
        sole = self.antecedents.sole_named_before(description.start)
        return sole is None or not same_person(sole, named)

    def _known_person(self, person: Person, gender: str | None) -> _Known | None:
        """The speaker already met whom this person mention names: "Binet" after "Sophie
        Binet"; "la syndicaliste" after "Sophie Binet, syndicaliste". Not a man for "she"; any
        for a ``gender`` of None ("ses")."""
        words = person.text.split()
        for known in reversed(self.known):
            # "she" for "Clinton" is not Bill Clinton, who spoke before Hillary Clinton did
            said = known.gender or full_name_gender(known.name)
            fits = gender is None or said in (None, gender)
            # "the woman" after "One woman … said": the unnamed source named by that noun
            if known.type is SourceType.ANONYMOUS and not person.named and fits:
                if known.head.lower() == person.text.lower():
                    return known
                continue
            if known.type is not SourceType.PERSON or not fits:
                continue
            if known.name.split()[-len(words) :] == words:
                return known
            if not person.named and person.text.lower() in known.words:
                return known
        return None

    @staticmethod
    def _from_antecedent(base: SourceMention, known: _Known | None) -> SourceMention:
        if known is None:
            return replace(base, resolved=False)
        return SourceMention(
            base.text, base.start, base.end, name=known.name, type=known.type, role=known.role
        )


def _in_complement(entity: Span, mention: Span) -> bool:
    """Whether the parse makes the entity a prepositional complement of the mention's head:
    "la famille Solier" of "l'avocate de la famille Solier", "John Smith" of "the lawyer for
    John Smith"; not "Harry Reid" of "Democratic leaders — and, in particular, Harry Reid"."""
    token, root = entity.root, mention.root
    while token.i != root.i and mention.start <= token.head.i < mention.end:
        if token.dep_ == "pobj" or any(c.dep_ == "case" for c in token.children):
            return True
        if token.head.i == token.i:
            break
        token = token.head
    return False


def _first_name_set_off(mention: Span, name: Span, age_words: frozenset[str]) -> bool:
    """ "Fatima, une habitante du quartier", "sa sœur, Nadia": a first name alone opens or
    closes the mention and a comma sets it off from the noun that describes her; the
    recogniser's label (a place, often) and the noun ("habitante", which alone is nobody the
    reader can find) aside, she is named."""
    doc = mention.doc
    if len(name) != 1 or not is_first_name(name.text):
        return False
    opens = name.start == mention.start and name.end < mention.end
    if opens and doc[name.end].text == ",":
        return True
    # "sa sœur, Nadia": the first name closes the mention, set off after the noun, or only
    # her age follows it ("Sa voisine, Mireille, 74 ans")
    after = [t for t in mention if t.i >= name.end]
    aged = age_length(after[1:], age_words) if after and after[0].text == "," else 0
    closes = not after or (aged > 0 and all(t.is_punct for t in after[1 + aged :]))
    return closes and name.start - 1 > mention.start and doc[name.start - 1].text == ","


def _set_off_name(name: Span, mention: Span) -> bool:
    """The name stands after a comma inside the mention: "One of them, Derek Oyelaran, …"."""
    return name.start > mention.start and name.doc[name.start - 1].text == ","


def _inside_capitals(token: Token) -> bool:
    """A capitalised word after another inside a sentence: "World" of "the Pan World Bank"
    opens no name of its own."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and not token.is_sent_start and before.is_title


def _as_known(mention: SourceMention) -> _Known:
    return _Known(mention.name, mention.type, mention.role, frozenset(), None)


def _opens_hyphenated_modifier(token: Token) -> bool:
    """ "Cincinnati" of "the Cincinnati-based company": a place in a modifier, not the body's
    name."""
    following = token.i + 1
    return following < len(token.doc) and token.doc[following].text == "-"


def _runs_into_misread_verb(name: Span) -> bool:
    """A word in lower case right after the name, in a sentence the parse gave no subject:
    the verb it misread ("Météo-France maintient la vigilance"); not a credit line."""
    doc = name.doc
    after = doc[name.end] if name.end < len(doc) else None
    if after is None or not (after.is_alpha and after.is_lower):
        return False
    return not any(t.dep_ in SUBJECT_DEPS for t in name.sent)


def _qualifiers(mention: Span) -> set[str]:
    """The adjectives that qualify a description's head: "former" of "the former president",
    "liberal" of "the liberal justice"; whatever the tagger called the word ("marseillais"
    of "l'entraîneur marseillais", read as an adverb)."""
    root = mention.root
    qualifiers = {c.lower_ for c in root.children if c.dep_ == "amod"}
    # a bare complement makes another office of the role: "le juge en chef", "the officer in
    # charge"; not one with its article ("le ministre de la Santé"), which says whose office
    bare = [c for c in root.children if c.dep_ == "nmod" and c.i > root.i and _bare(c)]
    return qualifiers | {c.lower_ for c in bare}


def _bare(noun: Token) -> bool:
    """A noun after a preposition, with no determiner: "chef" of "en chef"."""
    marked = any(c.dep_ == "case" for c in noun.children)
    return noun.pos_ == "NOUN" and marked and not any(c.dep_ == "det" for c in noun.children)


def _head_first_names(ent: Span) -> Iterator[Span]:
    """The entity, when its first word heads it, and each capitalised name that ends it and
    is headed by its own first word: "Service de police de la Ville de Montréal" gives both
    itself and "Ville de Montréal"."""
    doc = ent.doc
    for start in range(ent.start, ent.end - 1):
        word = doc[start]
        if start > ent.start and not (word.is_title and doc[start - 1].pos_ == "DET"):
            continue
        body = doc[start : ent.end]
        if body.root.i == start:
            yield body


def _ends_with_phrase(words: str, phrase: str) -> bool:
    """ "the white house" ends with "white house": a multi-word noun whose head is its last
    word, as English compounds are ("Downing Street", "State Department")."""
    return words == phrase or words.endswith(" " + phrase)


def _age_complement(words: list[Token], age_words: frozenset[str]) -> int | None:
    """The age a description ends on: 26 of "la Bretonne de 26 ans"."""
    if len(words) < 3 or not words[-2].text.isdecimal() or words[-1].lower_ not in age_words:
        return None
    return int(words[-2].text) if words[-3].pos_ == "ADP" else None


def _askers(mention: Span) -> list[Token]:
    """The words of who asked, in a participle clause on the pronoun's verb: "Asked by Diaz
    whether …, she said …" is not Diaz answering."""
    verb = mention.root.head
    return [
        word
        for clause in verb.children
        if clause.dep_ == "advcl"
        and "Part" in feature(clause, "VerbForm")
        and clause.i < mention.root.i
        for agent in clause.children
        if agent.dep_ in AGENT_DEPS
        for word in agent.subtree
    ]


def _relative_antecedent(mention: Span) -> list[Token]:
    """The words of the noun that a relative clause holding the pronoun modifies, when the
    relative pronoun is not that clause's subject: in "c'est François Fillon, dont il ne cite
    pas le nom quand il dénonce …" or "Joe Biden, who he said was a friend", the pronoun is not
    the noun; in "Fillon, qui a dit qu'il viendrait", it may be."""
    token = mention.root
    while token.head.i != token.i:
        noun = token.head
        pronoun = next((t for t in token.subtree if t.i < token.i and is_relative_pronoun(t)), None)
        # The parser may hang the clause by another label ("dep"): its relative pronoun says.
        relative = token.dep_ in RELATIVE_DEPS or pronoun is not None
        if relative and noun.i < token.i and noun.pos_ in ("NOUN", "PROPN"):
            if pronoun is not None and pronoun.head.i == token.i and pronoun.dep_ in SUBJECT_DEPS:
                return []
            return [noun, *(c for c in noun.children if c.dep_ in NAME_PART_DEPS)]
        token = noun
    return []


def _first_phrase(tokens: list[Token]) -> Span | None:
    """The tokens up to the first comma, or the relative clause that says what the person
    does beyond the role: "an analyst at Brookfield Harmon Securities who rates the stock a
    hold"."""
    run: list[Token] = []
    for token in tokens:
        if token.text == "," or (run and is_relative_pronoun(token)):
            break
        run.append(token)
    if not run:
        return None
    doc = run[0].doc
    return doc[run[0].i : run[-1].i + 1]


def _year_before_noun(token: Token) -> bool:
    """ "a 2022 survey", "la 2019 édition": a year between a determiner and its noun, which
    the recogniser calls a number."""
    if not (token.is_digit and len(token.text) == YEAR_DIGITS and token.i > 0):
        return False
    return token.doc[token.i - 1].pos_ == "DET" and token.head.i > token.i


def _hyphened_to_noun(token: Token) -> bool:
    """ "the 50-state poll", "a 12-member committee": a number joined by a hyphen to the word
    after it makes one modifier of the noun that follows; it counts states or members, not
    the speakers. Not a fraction: "three-quarters of the voters" counts them."""
    doc = token.doc
    return (
        token.i + 3 < len(doc)
        and joined_by_hyphen(doc, token.i, HYPHENS)
        and doc[token.i + 3].pos_ in ("NOUN", "PROPN")
    )


def _names_the_head(entity: Span, head: Token) -> bool:
    """A word the recogniser marks as a name of its own kind (MISC), such as an ordinal in
    Roman numerals, right before the lowercase noun it qualifies: "la VIIe flotte" is the
    fleet, named by both."""
    return entity.label_ == "MISC" and entity.end == head.i and head.is_lower


def _bare_name(mention: Span) -> bool:
    """Proper nouns and nothing else: a name as written, however the recogniser cut it."""
    words = [t for t in mention if not t.is_punct]
    return bool(words) and all(t.pos_ == "PROPN" for t in words)


def _written_as_a_name(mention: Span) -> bool:
    """A few capitalised words and nothing else: the small models cut "Ana Sofia Cardenal"
    to "Ana" and tag the rest as anything."""
    words = list(mention)
    capitalised = 1 < len(words) <= MAX_NAME_WORDS and all(t.text[:1].isupper() for t in words)
    return capitalised and not in_title_case(mention)


def _mention_head(mention: Span) -> Token:
    """The mention's head word. Where the parse splits a phrase it misread between two heads,
    the last word is the head: "fundraising documents" (with "fundraising" a verb), "Federal
    Election Commission records" (with "records" a compound of the verb after it)."""
    root, last = mention.root, mention[-1]
    split = last.i != root.i and not mention.start <= last.head.i < mention.end
    misread = root.pos_ not in ("NOUN", "PROPN") or last.dep_ == "compound"
    if split and misread and last.is_alpha:
        return last
    if root.pos_ in ("NOUN", "PROPN"):
        return root
    # "selon une étude publiée jeudi dans la revue The Lancet …", the parse rooting the
    # sentence on "The": the first noun whose head lies outside the mention
    loose = (t for t in mention if t.pos_ == "NOUN" and not mention.start <= t.head.i < mention.end)
    found = next(loose, root)
    if found.pos_ == "DET":
        # "Le syndicaliste réclame …", the noun tagged an adjective and both words hung on the
        # verb read as a noun: the last word, not the article
        return next((t for t in reversed(mention) if t.is_alpha), found)
    return found


def _same_nouns_before(mention: Span) -> Iterator[Token]:
    """The nouns of the description's lemma in the stretch before it (``UNNAMED_REACH_TOKENS``
    tokens), where the text may have introduced what it names."""
    doc, lemma = mention.doc, mention.root.lemma_.lower()
    for token in doc[max(mention.start - UNNAMED_REACH_TOKENS, 0) : mention.start]:
        if token.pos_ == "NOUN" and token.lemma_.lower() == lemma:
            yield token


def _partitive_head(token: Token) -> Token:
    """The noun a number or pronoun picks from: "prosecutors" in "one of the prosecutors",
    "avocats" in "l'un des avocats". Any other token is its own head."""
    if token.pos_ not in ("NUM", "PRON"):
        return token
    return _picked_noun(token)


def _picked_noun(token: Token) -> Token:
    """The noun hung on ``token`` by "of" or "de" ("prosecutors" of "one of the
    prosecutors", "présidents" of "une vingtaine de présidents"); ``token`` if none."""
    for child in token.children:
        if child.dep_ == "nmod" and child.pos_ == "NOUN":
            return child
        if child.dep_ == "prep":
            noun = next((c for c in child.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ == "NOUN":
                return noun
    return token


def _title_article(token: Token) -> bool:
    """An article capitalised inside a sentence belongs to the title it opens: "selon Le
    Figaro", "according to The Washington Post". At a sentence's start the capital says
    nothing, and the article is dropped as from any name. The parser's sentence starts are not
    trusted here: it often breaks a sentence at an incise ("…, affirme Le Monde")."""
    if not token.text[:1].isupper() or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    opens_sentence = before.text in (".", "!", "?", "…", ":") or before.is_quote
    return not (opens_sentence or (before.is_space and "\n" in before.text))


def _apposed_to(entity: Span, head: Token) -> bool:
    """The parse sets the name beside the head noun: "His wife, longtime Hillary Clinton aide
    Huma Abedin" is Huma Abedin, though Hillary Clinton comes first."""
    return head.pos_ == "NOUN" and entity.root.dep_ == "appos" and entity.root.head.i == head.i


def speaking_place(pronoun: Token, lexicon: Lexicon) -> Span | None:
    """Where an "on" that opens its clause speaks from: "À l'Élysée, on assure …", "Du côté
    du Medef, on salue …" (lexicon ``speaking_places``). Only a body, a place with a name or
    people: "Dans ce cas, on dit …" is anyone."""
    if lexicon.pronouns.get(pronoun.lower_) != GENERIC or pronoun.i == pronoun.sent.start:
        return None
    doc, start = pronoun.doc, pronoun.sent.start
    comma = doc[pronoun.i - 1]
    if comma.text != "," or comma.i <= start:
        return None
    opening = doc[start : comma.i]
    lowered = opening.text.lower()
    phrase = next(
        (
            p
            for p in lexicon.speaking_places
            if lowered.startswith(p) and (p.endswith("'") or lowered[len(p) : len(p) + 1] == " ")
        ),
        None,
    )
    if phrase is None:
        return None
    place = doc.char_span(
        opening.start_char + len(phrase), opening.end_char, alignment_mode="contract"
    )
    if place is None or not len(place) or any(t.pos_ in ("VERB", "AUX") for t in place):
        return None
    while len(place) > 1 and place[0].is_space:
        place = doc[place.start + 1 : place.end]
    set_off = next((t.i for t in place if t.text == ","), None)
    if set_off is not None and set_off > place.start:
        place = doc[place.start : set_off]  # "Du côté de Lactalis, principal acheteur …, on"
    kinds = (
        lexicon.organization_nouns,
        lexicon.government_nouns,
        lexicon.anonymous_heads,
        lexicon.person_roles,
    )
    # a proper noun, or a body's name the recogniser found ("l'Agence régionale de santé")
    named = any(t.pos_ == "PROPN" or t.ent_type_ in ORG_LABELS | PLACE_LABELS for t in place)
    return place if named or any(place.root.lemma_.lower() in k for k in kinds) else None


def _participles_holding(entity: Span, mention: Span) -> list[Token]:
    """The participles after the mention's head, or its apposition ("Her neighbor, a teacher
    named …"), whose phrase holds the entity."""
    head = mention.root
    heads = [head, *(c for c in head.children if c.dep_ == "appos")]
    return [
        phrase
        for noun in heads
        for phrase in noun.children
        if phrase.dep_ == "acl"
        and phrase.i > noun.i
        and phrase.pos_ in ("VERB", "AUX")
        and phrase.left_edge.i <= entity.start
        and entity.end - 1 <= phrase.right_edge.i
    ]


def _in_relative_clause(entity: Span, mention: Span) -> bool:
    """ "The forward, who joined from Benfica": a name in a clause on the speaker is where he
    came from, not who he is."""
    clauses = [t for t in mention if t.dep_ in RELATIVE_DEPS and t.head.i < t.i]
    return any(c.left_edge.i <= entity.start and entity.end - 1 <= c.right_edge.i for c in clauses)


def _set_off_after(mention: Span, name: Span) -> list[Token]:
    """The words of the mention set off by a comma right after the name, up to the next comma:
    "étudiante en lettres" of "Zineb, étudiante en lettres, …"; none when no comma follows."""
    after = [t for t in mention if t.i >= name.end and not t.is_space]
    if not after or after[0].text != ",":
        return []
    return list(takewhile(lambda t: t.text != ",", after[1:]))


def _person_before_role(mention: Span, name: Span) -> bool:
    """A person's name that opens the mention, set off by a comma from the noun the parse made
    its head: "Antoine Bondaz, chercheur à la Fondation …" is Antoine Bondaz."""
    opens = name.start == mention.start and name.end < mention.root.i
    return opens and name.label_ in PERSON_LABELS and mention.doc[name.end].text == ","


def _owner(entity: Span, mention: Span) -> bool:
    """A name in the possessive, not at the mention's head: "Trump's running mate" is not
    Trump, "Talk show host Glenn Beck says Donald Trump's …" is Glenn Beck."""
    return entity.root.dep_ == "poss" and not entity.start <= mention.root.i < entity.end


def _proper_head(mention: Span) -> Span | None:
    """The name a mention opens with when the recogniser missed it: "Hemsley, the co-author
    of a book, said" is Hemsley."""
    head = mention.root
    if head.pos_ != "PROPN" or head.i != mention.start:
        return None
    if len(mention) > 1 and mention[1].pos_ == "ADP":
        return None  # "House of Cards": the name goes on
    return mention[:1]


def _lone_surname(mention: Span) -> bool:
    """One capitalised proper noun, not an acronym: "Trump", "Reyes" may be a person the
    recogniser called a body."""
    word = mention[-1]
    return len(mention) == 1 and word.pos_ == "PROPN" and word.is_title


def _opening_name(mention: Span) -> Span | None:
    """The name before the first comma of a mention, when the recogniser missed it: in
    "Pouria Amirshahi, député socialiste des Français de l'étranger" the place in the role is
    not who speaks."""
    comma = next((t.i for t in mention if t.text == ","), None)
    if comma is None or comma == mention.start or comma + 1 >= mention.end:
        return None
    words = mention.doc[mention.start : comma]
    return words if reads_as_name(words) and not in_title_case(words) else None


def _quoted_title(entity: Span) -> bool:
    """A name in quotation marks is the title of a work ("the co-author of “Going Viral,”"),
    not who speaks."""
    doc = entity.doc
    before = doc[entity.start - 1] if entity.start > 0 else None
    after = entity.end
    while after < len(doc) and doc[after].is_punct and not doc[after].is_quote:
        after += 1
    return before is not None and before.is_quote and after < len(doc) and doc[after].is_quote


# Where a word belongs to another person's phrase inside a mention: "Mr. Tate's lawyer",
# "l'avocate de M. Tate".
OTHERS_DEPS = frozenset({"poss", "nmod:poss", "nmod", "pobj"})


def _described_words(mention: Span) -> set[str]:
    """What a description says of the one it stands for, as lowercase words: "chief" and
    "executive" of "The chief executive"; "porte-parole", "entreprise" and "michelin" of "Le
    porte-parole de l'entreprise, Michelin". Not its articles and prepositions."""
    return {t.lower_ for t in mention if t.is_alpha and not t.is_stop} | {
        t.lower_ for t in mention if "-" in t.text and t.text.replace("-", "").isalpha()
    }


def _own_words(mention: Span) -> Iterator[str]:
    """The mention's words in lower case, without those of someone else it names: in "Mr.
    Tate's lawyer, Elaine Burke" the title is Tate's, and says nothing of Elaine Burke."""
    for token in mention:
        inside = (a for a in token.ancestors if mention.start <= a.i < mention.end)
        if token.dep_ not in OTHERS_DEPS and not any(a.dep_ in OTHERS_DEPS for a in inside):
            yield token.lower_


def _name_after_group(entity: Span, mention: Span) -> Span | None:
    """ "Democrat Elijah Cummings", "Republican John McCain": the recogniser marks the party
    or nationality and misses the name after it; the person's name is the capitalised words
    that follow, when a first name opens them."""
    if entity.label_ != NATIONALITY_LABEL:
        return None
    doc, end = entity.doc, entity.end
    while end < mention.end and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    rest = doc[entity.end : end]
    return _as_person(rest) if len(rest) > 1 else None


def _after_function_word(word: Token, within: Span) -> bool:
    """The capitalised word opens a prepositional phrase of the mention, after its article if
    any: it names what a role's complement is about ("de la Santé", "des Armées"), not a
    person; not "South" of "a South Carolina Democrat"."""
    doc, before = word.doc, word.i - 1
    if before >= within.start and doc[before].pos_ == "DET":
        before -= 1
    return before >= within.start and doc[before].pos_ == "ADP"


def _as_person(words: Span) -> Span | None:
    """The words as a person's name, when a first name opens them: what is left of an entity
    the recogniser stretched over a nationality or a party."""
    from spacy.tokens import Span as Entity

    if full_name_gender(words.text) is None:
        return None
    return Entity(words.doc, words.start, words.end, label="PERSON")  # in PERSON_LABELS


def _first_name_only(name: str) -> bool:
    """A person's name that is a first name and nothing else: "Paul", "Sabrina"."""
    return " " not in name.strip() and is_first_name(name.strip())


def _bare_surname(mention: Span) -> bool:
    """One capitalised noun, which may be a surname the recogniser did not mark (a headline's
    capitals make the tagger call "Trump" a noun)."""
    root = mention.root
    named = root.pos_ in ("PROPN", "NOUN") or name_read_as_adverb(root)  # "said Skelly"
    return len(mention) == 1 and named and root.is_title


def _is_article(token: Token) -> bool:
    return token.pos_ == "DET" or token.dep_ == "det"
