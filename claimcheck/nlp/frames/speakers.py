"""Speakers: who a frame's source is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.nlp.frames.base import (
    AGENT_DEPS,
    BEGINS_ENTITY,
    CLAUSE_DEPS,
    INHERITING_DEPS,
    INSERTION_TOKENS,
    LEADING_PHRASE_TOKENS,
    MAX_NAME_TOKENS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    PERSON_LABELS,
    POSSESSIVE_DEPS,
    POSSESSIVE_TAG,
    RELATIVE_DEPS,
    SPEAKER_DEPS,
    SUBJECT_CLIMB,
    SUBJECT_DEPS,
    TIMES,
    acts_as_verb,
    after_dateline,
    age_length,
    bracketed_tag,
    clause_around_frame,
    complement_owner,
    describes,
    entity_from,
    has_auxiliary,
    is_auxiliary,
    is_day,
    is_participle,
    is_passive,
    is_person_name,
    is_portfolio,
    is_role_word,
    main_verb_read_as_modifier,
    name_holding,
    name_read_as_adverb,
    noun_after_article,
    only_time_between,
    opening_comma,
    opens_on_subjectless_verb,
    past_closing_name,
    past_description,
    person_name_at,
    phrase_roots,
    reads_as_name,
    subjectless_person_form,
    tagged_verb_after_article,
    with_both_marks,
)
from claimcheck.nlp.frames.cues import CueRules
from claimcheck.nlp.morphology import feature
from claimcheck.nlp.quotes import CLOSERS

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token

    from claimcheck.nlp.lexicon import Lexicon

# What a verb the parser misread is hung on the noun before it as: its modifier.
# What ties the last word of a noun phrase to its head, to climb from "usine" to "directeur".
NOUN_PHRASE_DEPS = frozenset({"amod", "flat", "flat:name", "compound", "nmod"})
# What ends a quotation's text after its words: the closing marks, and blanks before them.
CLOSING_MARKS = "".join(sorted(CLOSERS)) + " "
# A role set off by commas between a speaker and a verb the tagger misread, in tokens at most.
APPOSITION_TOKENS = 10
# What a quotation ends on before the frame that follows it: "“…,” Levitt said", "“…?” asked X".
QUOTE_ENDINGS = frozenset({",", "?", "!", ".", "…"})
MODIFIER_DEPS = frozenset({"amod", "nmod", "acl", "appos", "flat", "flat:name", "flat:foreign"})


# How a clitic object pronoun hangs on its verb: "l'" of "La rectrice l'a répété".
CLITIC_OBJECT_DEPS = frozenset({"obj", "iobj"})


class SpeakerRules(CueRules):
    """Who a cue's source is: its subject, agent, relative antecedent or inverted subject,
    read off the parse or the surface."""

    def find_source(self, sent: Span, verb: Token) -> Span | None:
        if any(c.dep_ in SPEAKER_DEPS and self._denied(c) for c in verb.children):
            return None  # "No official has said that …": nobody did
        for child in verb.children:
            if child.dep_ in AGENT_DEPS and not self._agent_misread(verb):
                agent = self.agent_noun(child)
                if agent is not None and self.lemma(agent) not in self.lexicon.means_nouns:
                    return self.mention(sent, agent, verb)
        relative = self.relative_subject_of(verb) is not None
        if relative and verb.dep_ in RELATIVE_DEPS:
            predicated = self._predicated(verb.head, verb)
            if predicated is not None:
                return self.mention(sent, predicated, verb)
            pronoun = self.relative_subject_of(verb)
            quoted_head = pronoun is not None and self._in_quotation_apart(verb.head, pronoun)
            if quoted_head or (verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i):
                # "…, a plaidé Véronique Louwagie, qui juge …": the clause hung on the verb
                # of the incise, whose subject is the relative's antecedent; or on a noun of
                # the quotation before it ("« … c'est un homme qui s'est noyé », a plaidé Me
                # Daniel, qui a demandé …")
                return self.relative_antecedent(sent, verb)
            # "aides, who said": the antecedent; "a lawyer for Gail Hutchins, who said" and
            # "the mother of a former recruit, who claims": the lawyer, the mother, whose
            # complement the parse hung the clause on
            owner = self._role_owning(verb.head)
            personal = pronoun is not None and pronoun.tag_ == "WP"  # "who", not "which"
            if not self.can_speak(verb.head) and not (owner is not None and personal):
                return None  # "the talks, who asked": a parse that hung "who" on a thing
            head = owner or verb.head
            if _set_off_from_name(head):
                head = head.head  # "Maria Chen, a nurse who said …": the nurse named
            return self.mention(sent, head, verb)
        if relative:
            antecedent = self.relative_antecedent(sent, verb)
            if antecedent is not None:
                return antecedent  # "détaille Mme Cardenal, qui développe :" misparsed
        subject = self.subject_of(verb) or self._raised_subject(verb)
        subject = _past_fronted_phrase(subject) if subject is not None else None
        subject = self._past_opening_participle(subject) if subject is not None else None
        aged = self._name_before_age(sent, subject) if subject is not None else None
        if aged is not None:
            return aged  # "Lucas, 31 ans, infirmier, a fait …", "31 ans" parsed the subject
        if self._after_object_relative(verb) and (subject is None or subject.i < verb.i):
            # "Voilà ce qu'a déclaré mercredi le président …, Pierre Chasseray : « … »": the
            # subject follows the verb, whatever the parse made of the relative
            return self.inverted_source(sent, verb, after_relative=True)
        trailing = self.trailing_subject(verb) if subject is None else None
        if trailing is not None:
            head = next(t for t in trailing if t.pos_ in ("NOUN", "PROPN"))
            return sent.doc[trailing[0].i : trailing[-1].i + 1] if self.can_speak(head) else None
        if subject is not None and self.lexicon.verb_first_incises:
            inside = self._incise_inside_clause(sent, subject, verb)
            if inside is not None:
                return inside  # "Emmanuel Macron, ont affirmé ses proches, a renoncé"
        if subject is not None and (
            self._preposed_content(sent, subject, verb)
            or self._cut_off_by_incise(sent, subject, verb)
            or self._relative_aside(sent, subject, verb)
        ):
            # "La réponse, c'est X, plaide l'entourage du ministre": the parse took the
            # preposed content for the subject; the inverted one after the verb speaks.
            inverted = self.inverted_source(sent, verb)
            if inverted is not None:
                return inverted
        if subject is not None:
            found = (
                self._title_holder(sent, subject, verb)
                or self._dislocated(sent, subject)
                or self._with_name_before(sent, self.mention(sent, subject, verb))
            )
            return self._with_first_of_list(sent, subject, found)
        if verb.dep_ in ("amod", "acl") and (
            only_time_between(verb.head, verb)
            or _own_phrase_between(verb.head, verb)
            or _finite_on_root_noun(verb)
        ):
            # "Le gouvernement considère qu'…" parsed as a noun and its modifier; "L'entourage
            # du président dément …", the noun the complement belongs to
            noun = _phrase_owner(verb.head)
            if self.can_speak(noun):
                return self.author_of(sent, noun, verb) or self.mention(sent, noun, verb)
        if self.is_impersonal(verb):
            return None  # "it is said that", "il est rapporté que": a claim with no source
        inverted = self.inverted_source(sent, verb)
        if inverted is not None:
            return inverted
        past_aside = self._speaker_before_aside(sent, verb)
        if past_aside is not None:
            return past_aside  # the parse lost the subject past the aside
        return (
            self._opening_name(sent, verb)
            or self.surface_subject(sent, verb)
            or self.quoted_as_saying(sent, verb)
            or self.borrowed_subject(sent, verb)
            or self._subject_of_first_verb(sent, verb)
            or self.narrator_subject(sent, verb)
        )

    def _past_opening_participle(self, subject: Token) -> Token:
        """ "Sentencing, Recorder Alison Tremaine said …", "Prosecuting, Hannah Greaves said":
        the participle that opens the sentence, set off by a comma, is what the speaker was
        doing; the parse made it the subject and the name its apposition."""
        endings = self.lexicon.present_participle_endings
        opening = subject.i == subject.sent.start and subject.lower_.endswith(endings)
        named = [c for c in subject.children if c.dep_ == "appos" and c.ent_type_ in PERSON_LABELS]
        following = subject.nbor(1) if subject.i + 1 < len(subject.doc) else None
        if not (opening and named and following is not None and following.text == ","):
            return subject
        return named[0]

    def _subject_of_first_verb(self, sent: Span, verb: Token) -> Span | None:
        """ "Thomas Meyer juge la décision « … » et affirme que …", the parse lost with the
        misread "juge": a verb of saying right after a conjunction, with no subject and nothing
        above it (or only quoted words: "Il a dénoncé « des marchands … qui jouent … » et promis
        que …"), speaks for the verb of saying before the conjunction."""
        doc = sent.doc
        above = verb.head != verb and not self.inside_any_quote(verb.head.idx)
        if above or verb.i - 1 <= sent.start or not verb.is_lower:
            return None
        conjunction = doc[verb.i - 1]
        if conjunction.pos_ != "CCONJ" or conjunction.head != verb:
            return None
        before = (t for t in reversed(doc[sent.start : conjunction.i]) if self.is_cue_verb(t))
        first = next((t for t in before if not self.inside_any_quote(t.idx)), None)
        return None if first is None else self.find_source(sent, first)

    def _agent_misread(self, verb: Token) -> bool:
        """An agent on an active verb that has a subject of its own is a misparse: "il lance
        par la petite lucarne : « … »", whose "par la lucarne" says where from, not by whom."""
        active = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        active = [c for c in active if c.dep_ not in PASSIVE_SUBJECT_DEPS]
        return bool(active) and not is_passive(verb)

    def _name_before_age(self, sent: Span, subject: Token) -> Span | None:
        """The person's name set off before an age the parse made the subject: "Lucas, 31
        ans, infirmier, a fait ses comptes"."""
        doc, first = sent.doc, subject.left_edge.i
        if first - 2 < sent.start or doc[first - 1].text != ",":
            return None
        words = list(doc[first : min(subject.right_edge.i + 2, sent.end)])
        if not age_length(words, self.lexicon.age_words):
            return None
        name = doc[first - 2]
        if name.ent_type_ not in PERSON_LABELS:
            return None
        return name_holding(sent, name.i) or entity_from(doc, name.i)

    def _opening_name(self, sent: Span, verb: Token) -> Span | None:
        """A person's name that opens the sentence, hung on the verb after it, which has no
        subject: "Théo, 29 ans, infirmier, a fait ses comptes : « … »", where the parse made
        "29 ans" a modifier of the verb and the name a bare dependent, is Théo's. Not a name a
        preposition governs, nor the verb's object."""
        opening = next((t for t in sent if not t.is_space), None)
        if opening is None or opening.ent_type_ not in PERSON_LABELS:
            return None
        entity = entity_from(sent.doc, opening.i)
        if entity.root.head != verb or not opens_on_subjectless_verb(entity):
            return None
        if entity.root.dep_ in OBJECT_DEPS | SUBJECT_DEPS:
            return None  # the verb's object, or a subject the rules before this one turned down
        return None if any(c.dep_ == "case" for c in entity.root.children) else entity

    def _with_name_before(self, sent: Span, found: Span) -> Span:
        """The speaker's name set off before the role the parse made the subject: "Karim
        Haddad, le frère d'une des victimes, a déclaré", with the name hung on the verb as a
        modifier, is one phrase. The name opens the sentence and is a person's."""
        if not is_role_word(found.root, self.lexicon):
            return found
        doc, comma = sent.doc, found.start - 1
        opening = next((t.i for t in sent if not t.is_space), comma)
        if comma <= opening or doc[comma].text != ",":
            return found
        name = doc[opening:comma]
        if not is_person_name(list(name)) or name[0].pos_ in ("ADP", "DET"):
            return found  # nor "In December", which the recogniser may call a person
        return doc[opening : found.end]

    def _with_first_of_list(self, sent: Span, subject: Token, found: Span | None) -> Span | None:
        """The whole list a subject ends: "Les syndicats, les patrons et l'État estiment …",
        whose first member the parse hung on the verb apart. The words before the subject are
        one noun phrase with its article and no preposition, which can speak, then a comma."""
        if found is None or not any(c.dep_ == "conj" for c in subject.children):
            return found
        doc = sent.doc
        comma = found.start - 1
        if comma <= sent.start or doc[comma].text != ",":
            return found
        first = doc[sent.start : comma]
        roots = phrase_roots(list(first))
        if len(roots) != 1 or roots[0].head != subject.head or first[0].pos_ != "DET":
            return found
        if any(t.pos_ == "ADP" for t in first) or not self.can_speak(roots[0]):
            return found
        return doc[sent.start : found.end]

    def _declares_self(self, reflexive: Token, verb: Token) -> bool:
        """ "s'" of "s'est déclarée favorable", "se sont dits prêts": a subject declaring itself
        something; not of "s'est lancé dans la course", where the reflexive makes another verb."""
        lexicon = self.lexicon
        return (
            reflexive.lower_ in lexicon.reflexives
            and self.lemma(verb) in lexicon.reflexive_saying_verbs
        )

    def _raised_subject(self, verb: Token) -> Token | None:
        """ "Marsh is said to have told colleagues that …": the subject of a hearsay passive
        is who spoke in the infinitive under it (the passive itself is the hedge)."""
        head = verb.head
        if verb.dep_ != "xcomp" or head.i == verb.i or not is_passive(head):
            return None
        if self.lemma(head) not in self.lexicon.raised_passive_verbs:
            return None
        subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < head.i]
        return subjects[0] if subjects and subjects[0].pos_ in ("NOUN", "PROPN", "PRON") else None

    def narrator_subject(self, sent: Span, verb: Token) -> Span | None:
        """ "Le ministre a défendu la réforme. Et d'ajouter : « … »": the narrative infinitive
        goes on with the subject of the sentence before, in the same paragraph."""
        if not self.narrative_infinitive(verb) or sent.start == 0:
            return None
        before = sent.doc[sent.start - 1].sent
        subject = self.subject_of(before.root)
        if subject is None or not self.can_speak(subject):
            return None
        return self.mention(before, subject, before.root)

    def quoted_as_saying(self, sent: Span, verb: Token) -> Span | None:
        """ "The minister was quoted as saying that …", "The paper quoted an aide as saying
        …": whom the verb of relay quotes said it (its passive subject, its active object);
        whoever quoted them only passed it on."""
        if verb.dep_ != "pcomp" or verb.head.lower_ not in self.lexicon.comparative_markers:
            return None
        quoted = self.quoted_by_relay(verb.head.head)
        return self.mention(sent, quoted, verb) if quoted is not None else None

    def quoted_by_relay(self, relay: Token) -> Token | None:
        """Whom a verb of relay quotes: the subject of "was quoted", the object of "quoted an
        aide"."""
        if self.lemma(relay) not in self.lexicon.relay_verbs:
            return None
        deps = SUBJECT_DEPS if is_passive(relay) else OBJECT_DEPS
        return next((c for c in relay.children if c.dep_ in deps), None)

    @staticmethod
    def _quoted_title_subject(subject: Token, verb: Token) -> bool:
        """A "subject" in quotation marks before the verb: the title of a work the parser
        took for the speaker ("l'autrice du livre « Jeanne Moreau », a affirmé")."""
        doc = subject.doc
        first, last = subject.left_edge.i, subject.right_edge.i
        opened = first > 0 and doc[first - 1].is_quote and doc[first - 1].is_left_punct
        closed = doc[last].is_quote or (last + 1 < verb.i and doc[last + 1].is_quote)
        return subject.i < verb.i and opened and closed

    def _title_holder(self, sent: Span, title: Token, verb: Token) -> Span | None:
        """For a subject that is a quoted title, the words before it from the start of the
        sentence: who wrote or holds it ("Claire Martin, l'autrice du livre"), when they are
        a noun phrase. None for any other subject, and for a quoted name with nothing before
        it, which is a body's ("«Les voix des Femmes» appelle …")."""
        if not self._quoted_title_subject(title, verb):
            return None
        doc = sent.doc
        words = [t for t in doc[sent.start : title.left_edge.i - 1] if not t.is_space]
        if not words or len(words) > MAX_NAME_TOKENS or words[0].pos_ not in ("DET", "PROPN"):
            return None
        if any(acts_as_verb(t) for t in words):
            return None
        end = title.right_edge.i + 1
        while end < sent.end and doc[end].is_quote:
            end += 1  # the closing mark of the title
        return doc[words[0].i : end]

    def author_of(self, sent: Span, noun: Token, verb: Token) -> Span | None:
        """Who put out the statement that says it: "Trump issued a statement saying …", "le
        ministère a publié un communiqué affirmant …"."""
        if noun.dep_ not in OBJECT_DEPS or noun.lemma_.lower() not in self.lexicon.speech_nouns:
            return None
        subject = self.subject_of(noun.head)
        return self.mention(sent, subject, verb) if subject is not None else None

    def _dislocated(self, sent: Span, pronoun: Token) -> Span | None:
        """ "La CGT, elle, a affirmé …", "Les syndicats, eux, dénoncent …": a pronoun set off by
        commas repeats the noun phrase that opens the sentence, which names the speaker."""
        doc = sent.doc
        if pronoun.pos_ != "PRON" or pronoun.i < sent.start + 2 or pronoun.i + 1 >= sent.end:
            return None
        if doc[pronoun.i - 1].text != "," or doc[pronoun.i + 1].text != ",":
            return None
        words = doc[sent.start : pronoun.i - 1]
        if words.root.pos_ not in ("NOUN", "PROPN") or any(t.is_punct for t in words):
            return None
        return words if self.can_speak(words.root) or words.root.pos_ == "PROPN" else None

    def _role_owning(self, name: Token) -> Token | None:
        """The role noun a name or noun is the complement of: "lawyer" of "a lawyer for Gail
        Hutchins", "préfet" of "le préfet du département"."""
        owner = complement_owner(name) if name.pos_ in ("PROPN", "NOUN") else None
        if owner is None or owner.pos_ != "NOUN":
            return None
        speaks = is_role_word(owner, self.lexicon)
        speaks = speaks or owner.lemma_.lower() in self.lexicon.anonymous_heads
        return owner if speaks else None

    def _predicated(self, noun: Token, verb: Token) -> Token | None:
        """The subject a noun is said of ("Trump is a serial liar, … and bully who has
        pledged"): the one who pledged is Trump, not the words the writer calls him. Only
        when the relative clause follows those words ("… a été la cible de la droite, qui
        condamne": the right condemns)."""
        while noun.dep_ == "conj" and noun.head.i < noun.i:
            noun = noun.head
        if not _right_after_conjuncts(noun, verb.left_edge):
            return None
        if noun.pos_ != "NOUN":
            return None  # "… was out-brutalizing Ted Cruz, who said": a name is its own
        # "X is a liar" (the noun an attribute of the verb), "X est un menteur" (the copula
        # the noun's child)
        copula = noun.head if noun.dep_ == "attr" else noun
        if copula is noun and not any(c.dep_ == "cop" for c in noun.children):
            return None
        if any(c.dep_ == "neg" for c in copula.children):
            return None  # "Smith is not the lawyer who said": somebody else said it
        subject = next((c for c in copula.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None and copula.dep_ == "conj":
            # "Trump regularly incites political violence and is a serial liar … who"
            subject = next((c for c in copula.head.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.i > noun.i or subject.pos_ not in ("NOUN", "PROPN"):
            return None  # "It's a rare candidate who", "This is a man who": no one named
        return subject if self.can_speak(subject) else None

    def _incise_inside_clause(self, sent: Span, subject: Token, verb: Token) -> Span | None:
        """The noun phrase after a verb of saying set off by commas between a clause's subject
        and its verb: "Emmanuel Macron, ont affirmé ses proches, a renoncé" (French incises put
        the verb first). The parse makes the clause's subject the verb's; the speaker is the
        phrase after it, closed by a comma that a verb follows."""
        doc = sent.doc
        first = self.first_cue_token(verb)
        if subject.i >= first.i or first.i == sent.start or doc[first.i - 1].text != ",":
            return None
        comma = next((t.i for t in doc[verb.i + 1 : sent.end] if t.is_punct), None)
        if comma is None or doc[comma].text != "," or comma - verb.i - 1 > MAX_NAME_TOKENS:
            return None
        words = doc[verb.i + 1 : comma]
        if not words or words[0].pos_ not in ("DET", "PROPN"):
            return None
        if any(acts_as_verb(t) for t in words):
            return None
        if not any(t.pos_ in ("VERB", "AUX") for t in doc[comma + 1 : sent.end]):
            return None  # no clause goes on after the incise
        head = next((t for t in words if not words.start <= t.head.i < words.end), words[0])
        return words if self.can_speak(head) else None

    def _preposed_content(self, sent: Span, subject: Token, verb: Token) -> bool:
        """A "subject" that cannot speak, before the verb and cut off from it by a comma: the
        head of the words the incise reports."""
        if subject.i > verb.i or self.can_speak(subject) or _names_a_person(subject):
            return False
        return any(t.text == "," for t in sent.doc[subject.i + 1 : verb.i])

    def _cut_off_by_incise(self, sent: Span, subject: Token, verb: Token) -> bool:
        """A "subject" whose phrase ends on the comma right before a verb that opens an incise,
        in a language whose incises put the verb first: "L'enquête progresse, indique au
        Parisien une source …", with "progresse" read as an adjective, is the source's word;
        the noun phrase after the verb, when there is one, speaks."""
        lexicon = self.lexicon
        if not lexicon.verb_first_incises or subject.i > verb.i:
            return False
        if self.lemma(verb) not in lexicon.speech_verbs:
            return False
        first = self.first_cue_token(verb)
        commas = [t.i for t in sent if t.i < first.i and t.text == ","]
        # one comma, right before the verb: not "Le ministre, Paul Martin, a défendu …"
        return commas == [first.i - 1] and commas[0] > subject.right_edge.i

    def _relative_aside(self, sent: Span, subject: Token, verb: Token) -> bool:
        """A "subject" whose phrase a relative pronoun opens after a comma, in a language whose
        incises put the verb first: "Sept civils ont été tués, dont deux enfants, ont confirmé
        des sources" — the aside belongs to the words reported; the incise's noun speaks."""
        if not self.lexicon.verb_first_incises or subject.i > verb.i:
            return False
        first = subject.left_edge
        opened = first.i > sent.start and sent.doc[first.i - 1].text == ","
        return opened and first.i < subject.i and "Rel" in feature(first, "PronType")

    def _in_quotation_apart(self, word: Token, pronoun: Token) -> bool:
        """Whether ``word`` is inside a quotation that ``pronoun`` is outside of."""
        return self.inside_any_quote(word.idx) and not self.inside_any_quote(pronoun.idx)

    def relative_antecedent(self, sent: Span, verb: Token) -> Span | None:
        """The noun just before the relative pronoun subject of ``verb``, when the parse did
        not attach the relative clause to it."""
        pronoun = next(c for c in verb.children if c.lower_ in self.lexicon.relative_pronouns)
        i = pronoun.i - 1
        while i > sent.start and sent.doc[i].is_punct:
            i -= 1
        noun = sent.doc[i]
        if i < sent.start or noun.pos_ not in ("NOUN", "PROPN"):
            return None
        if not (self.can_speak(noun) or _acronym(noun)):
            return None
        while noun.dep_ in ("flat", "flat:name", "compound") and noun.head.i < noun.i:
            noun = noun.head
        return self.mention(sent, self._role_owning(noun) or noun, verb)

    def _pronominal_clitic(self, token: Token, verb: Token) -> bool:
        """The "se" of a pronominal verb of saying ("se réjouit", "s'interroge"); not of a
        verb of manner, whose pronominal is another verb ("s'est lancé dans la course")."""
        reflexive = token.lower_ in self.lexicon.reflexives and token.head == verb
        return reflexive and self.lemma(verb) not in self.lexicon.frame_only_verbs

    def surface_subject(self, sent: Span, verb: Token) -> Span | None:
        """Noun phrase + auxiliary + participle is a subject and its verb, whatever the parse
        says: "l'armée syrienne a, en réponse, annoncé"; so is a name, its apposition and the
        verb: "Col. Steven H. Warren, a military spokesman, said", when the parse hung the name
        elsewhere."""
        doc = sent.doc
        if is_passive(verb):
            return None  # "Brannock is said to have met": the subject is talked about
        i, seen_aux, seen_apposition = verb.i - 1, False, False
        apposition = doc[i:i]
        # a verb the tagger misread has no parse to go by: a role set off before it can be
        # long ("X, président de la chambre d'agriculture, juge …")
        # and so can a participle's aside before a verb the parse left with no subject ("and a
        # White House official, speaking on condition of anonymity to discuss internal
        # deliberations, said"), not a list of names ("members of Congress from Florida,
        # Ileana Ros-Lehtinen and Mario Diaz-Balart, have said")
        lost = not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        lost = lost and _participle_aside_before(doc, verb, APPOSITION_TOKENS)
        reach = APPOSITION_TOKENS if self._misread_verb(verb) or lost else INSERTION_TOKENS
        while i > sent.start:
            token = doc[i]
            opening = opening_comma(doc, i, reach, sent.start) if token.text == "," else None
            if opening is None and token.text == "," and i == verb.i - 1:
                opening = self._role_after_name(sent, i)
            if opening is not None and _holds_clause(doc[opening:i], self.lexicon):
                break  # ", Trump went after Bush, calling him": a clause, no aside
            if opening is not None:
                apposition = doc[opening + 1 : i]
                i, seen_apposition = opening, True
            elif (filler := self.filler_ending_at(sent, i)) is not None:
                i = filler  # "Téhéran a de son côté dénoncé": past the set phrase
            elif token.pos_ == "AUX" or token.lemma_.lower() in self.lexicon.auxiliaries:
                seen_aux = True
            elif _clitic_after_noun(token) or self._declares_self(token, verb):
                pass  # "La rectrice l'a répété", "La maire s'est déclarée": a clitic, no subject
            elif self._pronominal_clitic(token, verb):
                pass  # "Mehdi, étudiant de 21 ans, se réjouit": the pronominal verb's clitic
            elif token.pos_ != "ADV" and not token.is_space:
                break
            i -= 1
        # "Le ministre maintient que …", "Le maire dénonce « … »": a bare verb right after a
        # speaker's noun, opening what it reports, when the parse made a noun or an adverb of it
        following = self.next_word(verb)
        opens = following is not None and (
            self.opens_report(following)
            or self.opens_misread_object(verb, self.lemma(verb), following)
            or self.opens_bare_infinitive(verb, self.lemma(verb), following)
        )
        bare = self._misread_verb(verb) and opens and (i == verb.i - 1 or seen_apposition)
        bare = bare and not is_day(doc[i], self.lexicon)
        # "…, while on the trail for his wife Hillary Clinton, former president Bill Clinton
        # said": the subject right before the verb, which the parse hung on another name
        # (or on the phrase of place or time before it: "En France, les patrons estiment …")
        listed = _first_conjunct(doc[i])
        joined = _conjunct_of_setting(listed)
        stray = i == verb.i - 1 and doc[i].dep_ == "appos" and self._set_off_phrase(sent, doc[i])
        if i == verb.i - 1 and joined:
            return self._joined_to_setting(sent, listed, verb)
        name = self._stray_name(sent, verb, i) if i == verb.i - 1 else None
        if name is not None:
            return name
        # "Des riverains affirment …", "riverains" read as an adjective on the verb
        misread_noun = i == verb.i - 1 and _noun_read_as_adjective(doc[i], verb)
        if i <= sent.start - 1 or not (
            seen_aux or seen_apposition or bare or stray or misread_noun
        ):
            return None
        if not seen_aux and self._participle_of_the_clause(verb):
            # "Emanuel fired his police chief, Garry F. McCarthy, acknowledging that …": a
            # participle the parse hangs on the clause speaks for its subject, not for the
            # phrase set off before it
            return None
        head = _named_by_apposition(apposition, doc[i])
        while head.pos_ == "ADJ" and head.i > sent.start and doc[head.i - 1].pos_ == "NOUN":
            head = doc[head.i - 1]  # "un policier syndicaliste estime …": the noun before
        while (head.dep_ in NOUN_PHRASE_DEPS or _completes_adjective(head)) and (
            head.head.i < head.i
        ):
            # "Le directeur de l'usine": "usine" is in the directeur's phrase; "Une source
            # proche du dossier": "dossier" completes "proche", which describes the source
            head = head.head
        while (
            head.dep_ == "pobj"
            and head.head.dep_ == "prep"
            and head.head.head.i < head.i
            and head.head.head.pos_ in ("NOUN", "PROPN")
        ):
            head = head.head.head  # "A spokesman for the mayor, asked …, said": the spokesman
        if (
            not (head.pos_ in ("NOUN", "PROPN", "PRON") or misread_noun)
            or head.lower_ in self.lexicon.non_source_subjects
        ):
            return None
        # "l'intéressé", an epithet the tagger read as an adjective, speaks too
        speaks = self.can_speak(head) or (misread_noun and head.lower_ in self.lexicon.epithets)
        if not seen_aux and not (speaks and head.pos_ != "PRON"):
            return None  # "Col. Warren, a spokesman, said" hung on a date: only a speaker
        found = self.mention(sent, head, verb)
        article = head.i - 1
        if misread_noun and found.start == head.i and doc[article].pos_ == "DET":
            return doc[article : found.end]  # "Des riverains", the article hung on the verb
        return found

    def _joined_to_setting(self, sent: Span, conjunct: Token, verb: Token) -> Span | None:
        """The subject the parse joined to the phrase of place or time before it, from its
        first conjunct to the verb: "les patrons et l'État" of "En France, les patrons et
        l'État estiment …", if its first noun can speak."""
        setting = conjunct.head
        first = next(c for c in setting.children if c.dep_ == "conj" and c.i > setting.i)
        if not (self._set_off_phrase(sent, first) and self.can_speak(first)):
            return None
        words = [t for t in sent.doc[first.left_edge.i : verb.i] if not t.is_space]
        while words and words[0].is_punct:
            words.pop(0)
        while words and words[-1].is_punct:
            words.pop()
        return sent.doc[words[0].i : words[-1].i + 1] if words else None

    def _stray_name(self, sent: Span, verb: Token, last: int) -> Span | None:
        """A person's name, with its title, that ends right before a verb with no subject and
        that the parse hung on a phrase before it: "Pour la défense, Me Antoine Berthier
        estime que …", with "Me Antoine Berthier" made a conjunct of "défense"."""
        doc = sent.doc
        word = doc[last]
        if word.ent_type_ not in PERSON_LABELS or word.head.i >= word.i:
            return None
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return None
        entity = name_holding(sent, last)
        if entity is None and doc[last].ent_iob != BEGINS_ENTITY:
            return None  # a name the sentence does not hold whole
        start = entity.start if entity is not None else last
        while start > sent.start and doc[start - 1].lower_ in self.lexicon.titles:
            start -= 1  # "Me", "Dr"
        if start == sent.start or doc[start - 1].text != ",":
            return None  # set off from the phrase before it: "…, Me Antoine Berthier estime"
        return doc[start : last + 1]

    def _object_made_to(self, verb: Token) -> Token | None:
        """ "… have left 62 percent of voters saying race relations are worse": a verb that
        makes its object do what the participle says ("leave", "find", "keep") gives the
        participle that object for subject, not its own."""
        if not is_participle(verb, "Pres") or verb.dep_ != "advcl":
            return None
        head = verb.head
        if self.lemma(head) not in self.lexicon.object_participle_verbs:
            return None
        if verb.doc[verb.i - 1].is_punct:
            return None  # "Carson saw no need to change …, telling …": the subject's own act
        obj = next((c for c in head.children if c.dep_ in OBJECT_DEPS and c.i < verb.i), None)
        if obj is None:
            return None
        # people, or a share of them ("62 percent of voters"); not "a text message asking …",
        # nor a body the parse made the object ("sent the DNC alleging …": the letter alleges)
        owned = [c for p in obj.children if p.dep_ == "prep" for c in p.children]
        return obj if any(self._person_noun(n) for n in (obj, *owned)) else None

    def _person_noun(self, noun: Token) -> bool:
        """A person's name, or a noun for people: "voters", "a leading candidate"."""
        lexicon = self.lexicon
        people = lexicon.person_roles | lexicon.anonymous_heads
        return noun.ent_type_ in PERSON_LABELS or self.lemma(noun) in people

    def _participle_of_the_clause(self, verb: Token) -> bool:
        """A present participle hung on the clause's verb, unless that verb makes its object
        do it ("has left many Republicans, including his supporters, wondering …")."""
        return (
            is_participle(verb, "Pres")
            and verb.dep_ == "advcl"
            and self.lemma(verb.head) not in self.lexicon.object_participle_verbs
        )

    @staticmethod
    def _set_off_phrase(sent: Span, head: Token) -> bool:
        """A person's name, or a noun phrase after a comma: what the parser may hang on the
        name before it as an apposition when it is the next verb's subject."""
        opening = next(t.i for t in head.subtree if not t.is_punct)
        after_comma = opening > sent.start and sent.doc[opening - 1].text == ","
        return head.ent_type_ in PERSON_LABELS or after_comma

    def _misread_verb(self, verb: Token) -> bool:
        """A verb the tagger did not call one, or the parser hung on the noun before it as its
        modifier ("Thierry Lemoine déplore que", "déplore" an "amod" of "Lemoine") or on the
        verb after it as an auxiliary ("affirme ne pas avoir reçu"): the parse of its sentence
        says nothing about its subject."""
        return self.mistagged_verb(verb) or verb.dep_ in MODIFIER_DEPS

    def _role_after_name(self, sent: Span, comma: int) -> int | None:
        """For the comma right before the verb, the opening comma of a long role set off after
        a person's name: "William M. Daley, President Obama's former chief of staff, said"."""
        opening = opening_comma(sent.doc, comma, APPOSITION_TOKENS, sent.start)
        if opening is None or opening <= sent.start:
            return None
        return opening if sent.doc[opening - 1].ent_type_ in PERSON_LABELS else None

    def can_speak(self, noun: Token) -> bool:
        """A name (a person's name the tagger calls a noun too: "Hélène" as NOUN; a body's, as
        "le Conseil d'État", whose words are nouns to the tagger), or a noun for people,
        bodies, outlets or documents."""
        lemma, lexicon = noun.lemma_.lower(), self.lexicon
        kinds = (
            lexicon.person_roles,
            lexicon.anonymous_heads,
            lexicon.organization_nouns,
            lexicon.government_nouns,
            lexicon.media_nouns,
            lexicon.document_nouns,
        )
        if noun.ent_type_ in TIMES:
            return False  # "in July, which showed": a date says nothing
        named = noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in ("PER", "PERSON")
        named = named or name_read_as_adverb(noun)  # "said Skelly", tagged an adverb
        # a body's name: capitalised inside the sentence, not only as its first word (the
        # headline "Hacker who revealed …", which the recogniser calls a body)
        body = noun.ent_type_ == "ORG" and noun.is_title and not noun.is_sent_start
        return named or body or any(lemma in kind for kind in kinds)

    def _denied(self, noun: Token) -> bool:
        """A noun its determiner denies: "no official", "aucun responsable"."""
        negative = self.lexicon.negative_determiners
        return any(d.dep_ == "det" and d.lower_ in negative for d in noun.children)

    def _opening_pronoun_before(self, verb: Token) -> bool:
        """A misread verb right after the demonstrative or personal pronoun that opens its
        sentence: the pronoun is its subject, whatever the parse made of either."""
        if verb.pos_ in ("VERB", "AUX") or verb.i == 0:
            return False
        before = verb.doc[verb.i - 1]
        lexicon = self.lexicon
        pronoun = before.lower_ in lexicon.latter_pronouns or lexicon.is_gendered_pronoun(
            before.lower_
        )
        return pronoun and bool(before.is_sent_start)

    def subject_of(self, verb: Token) -> Token | None:
        """The subject nearest the verb, unless it is an expletive or a demonstrative."""
        # "Le ministre aurait, selon Le Canard enchaîné, demandé …": the parser hung the
        # subject on the auxiliary an insertion cut from its participle
        auxiliaries = [c for c in verb.children if is_auxiliary(c) and c.i < verb.i]
        children = [*verb.children, *(c for a in auxiliaries for c in a.children)]
        children += self._subjects_inside_verb_group(verb)
        if verb.head.i < verb.i and self.after_filler_auxiliary(verb):
            # "The president, who spoke …, has for his part called for …": the parser made
            # the auxiliary before the set phrase the root, and the subject is its
            children += verb.head.children
        subjects = [
            c
            for c in children
            if c.dep_ in SPEAKER_DEPS
            and not c.is_quote  # "se réjouit : « Je …", the mark parsed as the subject
            and c.lower_ not in self.lexicon.non_source_subjects
            and c.lower_ not in self.lexicon.euphonic
            and not (self.inside_quote(c.idx) and not self.inside_quote(verb.idx))
            and not (c.lower_ in self.lexicon.expletives and self.is_impersonal(verb))
            and self.filler_ending_at(c.sent, c.i) is None  # "quant à elle": a topic, not it
            # "a annoncé dimanche la préfecture", the bare weekday parsed as the subject
            and not (c.lower_ in self.lexicon.weekdays and not any(True for _ in c.children))
            and not _past_reported_clause(verb, c)
            and not self._exhorted(verb, c)
        ]
        # "On nous dit que …": the clitic between the subject and its verb is whom it was said to
        subjects = [
            c
            for c in subjects
            if not (c.lower_ in self.lexicon.object_clitics and any(o.i < c.i for o in subjects))
        ]
        subjects = self._past_heading(subjects, verb)
        subjects = _past_colon(subjects, verb)
        subjects = [c for c in subjects if not _name_part_after_comma(c, subjects)]
        outlets = self.lexicon.outlet_nouns
        subjects = [c for c in subjects if not _outlet_named_in_other(c, subjects, outlets)]
        unquoted = [c for c in subjects if not self.inside_any_quote(c.idx)]
        if unquoted and len(unquoted) < len(subjects):
            subjects = unquoted  # '"Meh," wrote a supporter': the quoted word is what was said
        if not subjects and (self.name_then_clause(verb) or self.plural_then_clause(verb)):
            # "Trump predicts that …", "Court documents allege Reed …", read as one noun phrase
            return verb.doc[verb.i - 1]
        if not subjects and self._opening_pronoun_before(verb):
            return verb.doc[verb.i - 1]  # "Celui-ci dénonce « … »", read as a determiner
        if not subjects:
            return _subject_of_clausal_subject(verb)
        nouns = [c for c in subjects if c.pos_ in ("NOUN", "PROPN")]
        before = [c for c in nouns if c.i < verb.i]
        if 0 < len(before) < len(nouns) and self._subject_set_off_before(
            verb.sent, verb, self.first_cue_token(verb)
        ):
            # "Les distributeurs, eux, rejettent toute responsabilité": the subject set off
            # before the verb is its own; the object after it was read as a second subject
            nouns = before
        # "L'Union suisse des paysans a, elle, demandé": the pronoun only repeats the noun.
        subject = min(nouns or subjects, key=lambda c: abs(c.i - verb.i), default=None)
        if subject is None:
            return None
        return _past_setting_read_as_subject(self._past_topic(subject))

    def _past_topic(self, subject: Token) -> Token:
        """ "Côté marseillais, Roberto De Zerbi a reconnu …": a bare topic noun the parse made
        the subject, with the name after its comma as a conjunct; the name is the subject."""
        if self.lemma(subject) not in self.lexicon.topic_nouns:
            return subject
        if any(c.dep_ == "det" for c in subject.children):
            return subject  # "le côté obscur"
        named = (c for c in subject.children if c.dep_ in ("conj", "appos") and c.i > subject.i)
        return next(named, subject)

    def _exhorted(self, verb: Token, subject: Token) -> bool:
        """ "Let's hope it stays that way": the writer's wish, with the reader; "'s" is no
        source."""
        lexicon = self.lexicon
        hortative = verb.head != verb and self.lemma(verb.head) in lexicon.hortative_verbs
        return hortative and subject.lower_ in lexicon.hortative_pronouns

    def _past_heading(self, subjects: list[Token], verb: Token) -> list[Token]:
        """ "His final assessment: “It's not quite optimistic,” he said.": a subject before the
        quotation the verb reports heads it; the subject between the quotation and the verb,
        in incise position, is the speaker."""
        quotes = [(s, e) for s, e in self.quotes if e <= verb.idx]
        return [
            c
            for c in subjects
            if not any(
                c.idx < start and end <= other.idx < verb.idx
                for start, end in quotes
                for other in subjects
            )
        ]

    def _subjects_inside_verb_group(self, verb: Token) -> list[Token]:
        """ "Elle a en outre affirmé", "Il a par ailleurs assuré": the subjects before the
        auxiliary, which the parser hung on a word of the locution between it and the
        participle (or on the auxiliary, made the main verb)."""
        auxiliary = self.auxiliary_past_locution(verb)
        if auxiliary is None:
            return []
        group = verb.doc[auxiliary.i : verb.i]
        return [
            c for t in group for c in t.children if c.i < auxiliary.i and c.dep_ in SPEAKER_DEPS
        ]

    def is_impersonal(self, verb: Token) -> bool:
        passive = is_passive(verb)
        expletives = self.lexicon.expletives
        expletive = any(
            c.lower_ in expletives and c.dep_ in SUBJECT_DEPS | {"expl"} for c in verb.children
        )
        return passive and expletive

    def borrowed_subject(self, sent: Span, verb: Token) -> Span | None:
        """A participle or a coordinated verb speaks for the subject of the clause above it:
        "…, affirmant : « … »", "saying that …", "and added"."""
        participle = "Part" in feature(verb, "VerbForm")
        reduced = verb.dep_ in ("advcl", "acl") and (
            is_participle(verb, "Past") or _past_after_its_opener(verb)
        )
        if reduced and not has_auxiliary(verb):
            return None  # "… when asked whether …": the subject was asked, it did not ask
        inherits = verb.dep_ in INHERITING_DEPS or verb.dep_ in ("acl", "advcl", "obl")
        inherits = inherits or self._after_sequence_preposition(verb)
        if not inherits and not (participle and verb.dep_ == "advmod"):
            return None  # ", arguant que …" is sometimes hung on the verb as an adverb
        if any(c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
            # "averti que « la sélection par l'argent » menaçait l'université", the clause
            # misparsed as an adverbial: a verb with a subject of its own borrows none
            return None
        absolute = self._absolute_subject(verb) or self._object_made_to(verb)
        if absolute is not None:
            return self.mention(sent, absolute, verb)
        head = verb
        for _ in range(SUBJECT_CLIMB):
            if head.head.i == head.i:
                return None
            head = head.head  # any part of speech: the small models tag "réagi" as an adjective
            if (
                (participle or verb.dep_ == "conj")
                and head.dep_ in CLAUSE_DEPS
                and self.is_cue_verb(head.head)
            ):
                if self._goes_on_reported(verb, head):
                    return None
                # "X said her father was fair, saying …" / "…, and accused …": the parser hung
                # the verb in the clause X reported; X, who reported it, is saying it too
                head = head.head
            elif participle and _complements_object(head):
                # "The company rejected claims that its drivers were underpaid, calling them
                # false": hung in the claims' clause, said by who rejected them
                head = head.head.head
            quoted = self.inside_any_quote(head.idx) or head.is_quote
            if quoted and not self.inside_any_quote(verb.idx):
                # the clause above is quoted words (speech, or a slogan: "“The struggle
                # continues” and vowed"): their "Nous" is not the writer's; but an incise
                # hung on them before the verb speaks on ("« … », a répondu Luis Enrique,
                # avant d'ajouter qu'…", both verbs hung on the quotation's root)
                return self._incise_speaker_before(sent, head, verb)
            subject = self.subject_of(head) or self._passive_subject_shared(verb, head)
            if subject is None and _joined_to_misread_main_verb(verb, head):
                # "The city's mayor, Daniel Price, visited … and promised …": the first verb,
                # hung on the subject as its modifier, finds it by its own rules
                found = self.find_source(sent, head)
                return found if found is not None and found.end <= head.i else None
            incise = self.is_cue_verb(head)
            if incise and subject is not None and self._preposed_content(sent, subject, head):
                subject = None  # the quotation before the incise, parsed as its subject
            if subject is None and incise:
                # "…, a déclaré le directeur, avant d'ajouter : « … »": its inverted subject
                inverted = self.inverted_source(sent, head)
                if inverted is not None and inverted.end <= verb.i:
                    return inverted
            if subject is not None and self._main_verb_after_relative(verb, head, subject):
                # "Une jeune femme qui rentrait du cinéma assure avoir vu …", parsed with
                # "assure" in the relative clause: the noun it modifies speaks
                subject = head.head
            if subject is not None and (
                subject.i < verb.i or _fronted(verb, head, sent, self.lexicon)
            ):
                return self.mention(sent, subject, verb)
        return None

    def _main_verb_after_relative(self, verb: Token, head: Token, subject: Token) -> bool:
        """A finite verb with no subject or marker of its own, hung on a relative clause
        before it whose subject is the relative pronoun: the main verb, misparsed."""
        return (
            subject.lower_ in self.lexicon.relative_pronouns
            and head.dep_ in RELATIVE_DEPS
            and head.i < verb.i
            and "Fin" in feature(verb, "VerbForm")
            and verb.dep_ in ("advcl", "xcomp")  # "qui souhaite rester anonyme affirme"
            and not any(c.dep_ in ("mark", "punct") and c.i < verb.i for c in verb.children)
            # "Sanders, who endorsed Canova and said …": the relative clause goes on
            and not any(t.pos_ == "CCONJ" for t in verb.doc[head.i : verb.i])
            and head.head.pos_ in ("NOUN", "PROPN")
        )

    def _incise_speaker_before(self, sent: Span, quoted: Token, verb: Token) -> Span | None:
        """The inverted subject of an incise that the parse hung on the quoted words
        ``quoted``, between them and ``verb``, if it ends before ``verb``; or on ``verb``
        itself ("« … », a-t-il insisté, tout en reconnaissant que …")."""
        for incise in (*quoted.children, *verb.children):
            if not (quoted.i < incise.i < verb.i) or self.inside_any_quote(incise.idx):
                continue
            if not self.is_cue_verb(incise):
                continue
            subject = self.subject_of(incise)
            if subject is None:
                speaker = self.inverted_source(sent, incise)
            elif subject.i > self.first_cue_token(incise).i:
                # after the verb, or its clitic after the auxiliary ("a-t-il insisté")
                speaker = self.mention(sent, subject, incise)
            else:
                continue
            if speaker is not None and speaker.end <= verb.i:
                return speaker
        return None

    def _goes_on_reported(self, verb: Token, clause: Token) -> bool:
        """ "said his client was disappointed and would appeal": a verb joined to the reported
        clause under a modal, with no comma to set it apart, goes on with what was said; it is
        not the speaker's second act (", and would urge voters …" may be)."""
        if verb.dep_ != "conj" or verb.head != clause:
            return False
        modals = self.lexicon.hypothetical_modals
        if not any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children):
            return False
        return all(t.text != "," for t in verb.doc[clause.i : verb.i])

    def _absolute_subject(self, verb: Token) -> Token | None:
        """ "The conversation ended with Maddow asking Clinton whether …": a participle right
        after the noun of "with" has that noun for its subject, not the clause's."""
        if not is_participle(verb, "Pres") or verb.i == 0:
            return None
        noun = verb.doc[verb.i - 1]
        preposition = noun.head
        if noun.dep_ != "pobj" or preposition.lower_ not in self.lexicon.absolute_prepositions:
            return None
        return noun if preposition.head == verb.head and self.can_speak(noun) else None

    def _passive_subject_shared(self, verb: Token, head: Token) -> Token | None:
        """ "Mr. Trump was forced into damage control and said that …": an active verb joined to
        a passive one shares its subject, who speaks."""
        if verb.dep_ != "conj" or verb.head != head or is_passive(verb):
            return None
        if is_participle(verb, "Past") and not has_auxiliary(verb):
            return None  # "were mocked and criticized": the second shares the passive too
        if self.lemma(verb) in self.lexicon.raised_passive_verbs and _before_infinitive(verb):
            return None  # "The bill was passed and said to be popular": "said" is passive too
        if any(t.dep_ in RELATIVE_DEPS for t in verb.doc[head.i + 1 : verb.i]):
            return None  # "was asked by Maher, who …, but has dismissed": whose verb is unclear
        passive = (c for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS)
        lexicon = self.lexicon
        return next(
            (
                c
                for c in passive
                if self.can_speak(c)
                and c.lower_ not in lexicon.demonstratives
                and c.lower_ not in lexicon.non_source_subjects
            ),
            None,
        )

    def _after_sequence_preposition(self, verb: Token) -> bool:
        """ "…, Cruz replied, before adding that …": a gerund under a preposition of time
        goes on with the subject of the verb the preposition hangs on, if that subject can
        speak ("for saying" does not: "criticized Rubio for saying …" is Rubio's; nor "Rubio
        saw his support collapse after mocking Trump": no support mocked him)."""
        prep = verb.head
        words = self.lexicon.sequence_prepositions
        if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in words:
            return False
        head = prep.head  # "committing gaffes after telling …": the subject of the verb above
        subject = self.subject_of(head)
        for _ in range(SUBJECT_CLIMB):
            if subject is not None or head.dep_ not in ("advcl", "conj", "xcomp"):
                break
            head = head.head
            subject = self.subject_of(head)
        return subject is not None and self.can_speak(subject)

    def _past_when_and_relay(self, after: list[Token]) -> list[Token]:
        """The words after an inverted verb past its day and the outlet it was said to, before
        the subject: "a annoncé dimanche la préfecture", "a déclaré mardi à l'AFP le maire"
        (the day was the speaker, or the outlet)."""
        k = 0
        while k < len(after) and is_day(after[k], self.lexicon):
            k += 1
        if k:
            k = self._past_set_off_place(after, k)  # "a confirmé mardi, à la barre, la veuve"
        outlet = k
        if outlet < len(after) and after[outlet].pos_ == "ADP":
            outlet += 1
            while outlet < len(after) and after[outlet].pos_ == "DET":
                outlet += 1
            named = outlet
            while named < len(after) and (
                after[named].pos_ == "PROPN" or after[named].ent_type_ or after[named].is_title
            ):
                named += 1  # "l'AFP", "au Parisien": an outlet the tagger may call a noun
            # "à l'AFP le maire": a name, then the subject's own article (which the tagger
            # may read as a preposition: "à l'AFP des sources concordantes")
            subject_follows = named < len(after) and self.is_article(after[named])
            if named > outlet and subject_follows:
                k = named
            elif self._outlet_then_name(after, outlet):
                k = outlet + 1  # "a déclaré à franceinfo Fabien Villedieu"
        return after[k:] if k < len(after) and not after[k].is_punct else after

    @staticmethod
    def _past_set_off_place(after: list[Token], k: int) -> int:
        """Past a phrase set off by commas that opens with a preposition: where it was said,
        between the day and the subject ("mardi, à la barre, la veuve")."""
        if k + 2 >= len(after) or after[k].text != "," or after[k + 1].pos_ != "ADP":
            return k
        close = next((j for j in range(k + 2, len(after)) if after[j].text == ","), None)
        return close + 1 if close is not None and close + 1 < len(after) else k

    def _outlet_then_name(self, after: list[Token], outlet: int) -> bool:
        """One word the lexicon knows as an outlet's name, then a proper noun: the subject's
        name after whom it was said to, which the parse may have made the outlet's. The first
        name may be tagged a noun ("au Parisien Fabien Villedieu"): then the surname after it
        is the proper noun."""
        if outlet + 1 >= len(after) or not self.lexicon.names_outlet(after[outlet].text):
            return False
        name = after[outlet + 1 : outlet + 3]
        return name[0].is_title and any(t.pos_ == "PROPN" and t.is_title for t in name)

    @staticmethod
    def agent_noun(agent: Token) -> Token | None:
        if agent.pos_ in ("NOUN", "PROPN", "PRON"):
            return agent  # French obl:agent is the noun itself
        return next((c for c in agent.children if c.dep_ == "pobj"), None)

    def _after_object_relative(self, verb: Token) -> bool:
        """The cue opens on the relative "que" of "ce qu'a déclaré X", where the language puts
        the subject after the verb in such a clause."""
        first = self.first_cue_token(verb)
        if not self.lexicon.verb_first_incises or first.i == 0:
            return False
        relative = verb.doc[first.i - 1]
        return (
            relative.pos_ == "PRON"
            and self.lexicon.is_complementizer(relative.lower_)
            and relative.head == verb
        )

    def inverted_source(
        self,
        sent: Span,
        verb: Token,
        opener: Token | None = None,
        after_relative: bool = False,
    ) -> Span | None:
        """ "…, a rapporté Kyiv Post." / "…, said the minister.": the source follows the cue.
        ``opener`` is the cue's first word when it is not ``verb`` ("a fait valoir"); with
        ``after_relative`` the cue closes a relative clause ("ce qu'a déclaré X"), not a
        stretch of content before it."""
        if self.present_participle(opener or verb):
            return None
        after = self._past_when_and_relay([t for t in sent if t.i > verb.i])
        words: list[Token] = []
        while len(words) < len(after):
            token = after[len(words)]
            tag = bracketed_tag(after, len(words)) if words else 0
            if tag:
                words += after[len(words) : len(words) + tag]  # "… (CRE)", "… (D-Md.)"
                continue
            if token.is_punct or token.is_space or self.opens_relative(token):
                break  # "…, estime Berne qui se rallie à …": the relative clause describes it
            if words and describes(token, words):
                break  # "…, révèle une enquête publiée mardi": the participle describes it
            words.append(token)
        # "…, told reporters" is whom it was said to; in French an incise's noun is its
        # subject, whatever the verb could take: "…, prévient Météo-France dans son bulletin"
        addressee = (
            verb.lemma_.lower() in self.lexicon.addressee_verbs
            and not self.lexicon.verb_first_incises
        )
        if (
            not words
            or len(words) > MAX_NAME_TOKENS
            or (addressee and not self._after_question(sent, opener or verb))
        ):
            return None  # "…, told reporters": whom it was said to, not who said it
        # "retired" of "said retired neurosurgeon Ben Carson" modifies the noun: no clause; nor
        # "ranking" of "said Oversight ranking Democrat Elijah Cummings", parsed a verb
        verbs = [
            t
            for t in words
            if acts_as_verb(t)
            and not _attributive(t, words)
            and not t.ent_type_  # not "Bleu" of "France Bleu Provence", tagged a verb
            and not tagged_verb_after_article(t)  # "…, a indiqué la VIIe flotte"
            and not subjectless_person_form(t)  # "…, reconnaît l'entraîneur lyonnais"
        ]
        if self.lexicon.is_complementizer(words[0].lower_) or verbs:
            return None  # a clause, not a noun phrase
        if words[0].pos_ == "ADP" and not self.is_article(words[0]):
            # "…, interrogée sur son avenir": a phrase of the verb, not who speaks; "des" may
            # be the article the tagger reads as a preposition ("…, ont confirmé des sources")
            return None
        if not any(noun_after_article(t) or name_read_as_adverb(t) for t in words):
            return None
        following = after[len(words)] if len(words) < len(after) else None
        if following is not None:
            past = past_description(sent, following.i, words, self.lexicon)
            following = sent.doc[past] if past < sent.end else None
        # A line's end closes it too: a headline has no full stop ("…, annonce le maire"); not
        # after an infinitive, which takes no inverted subject ("…, demander le programme").
        line_end = following is not None and following.is_space and "\n" in following.text
        goes_on = following is not None and following.text not in (".", "!", "?", "…")
        first = opener or verb
        quoted = any(t.is_quote for t in sent.doc[max(first.i - 2, sent.start) : first.i])
        shared = goes_on and not (line_end or quoted) and _shares_subject_before(verb)
        finite = "Inf" not in feature(first, "VerbForm")
        ends_clause = (
            following is None
            or following.text in (",", ".", ";", "!")
            or (line_end and finite)
            or self.opens_relative(following)
        )
        preceded = first.i > sent.start and self._opens_after_break(sent, first)
        if not (ends_clause and (preceded or after_relative)):
            return None
        if self._named_subject_before(sent, first):
            return None
        cue_start = min(first, self.first_cue_token(verb), key=lambda t: t.i)
        if self.subject_before_aside(sent, cue_start) is not None:
            return None  # "La maire, qui a été réélue dimanche, dénonce une campagne …"
        closes_sentence = following is None or following.text != ","
        if closes_sentence and self._subject_set_off_before(sent, verb, first):
            return None  # "La CFDT, elle, réclame la réouverture": its subject, taken up again
        head = next((t for t in words if t.head.i < words[0].i or t.head.i > words[-1].i), words[0])
        # "a annoncé le renforcement … ciblé contre …", "Fed holds rates steady, signals two
        # cuts this year": a described or counted thing that cannot speak is the verb's object
        described = len(words) < len(after) and describes(after[len(words)], words)
        counted = any(c.dep_ == "nummod" for c in head.children)
        if (described or counted or shared) and not self.can_speak(head):
            # and "Elle s'est interrompue, a demandé un verre d'eau, puis …": the object of a
            # verb that shares the subject before it
            return None
        # where incises do not put the verb first, words after the verb none of which can
        # speak are its object: "Swiftly, which went public in 2021, reported its first annual
        # profit", with the company's name read as an adverb
        speaks = any(self.can_speak(t) for t in words if t.dep_ not in POSSESSIVE_DEPS)
        if not self.lexicon.verb_first_incises and not speaks:
            return None
        start, end = self.without_dates(sent.doc, head, words[0].i, words[-1].i + 1)
        adjunct = self.adjunct_start(sent.doc, max(start, head.i) + 1, end)
        # "le ministre sur France Inter, …": a channel, not where one serves
        channel = adjunct is not None and self.lexicon.opens_with_relay(
            sent.doc[adjunct:end].text.lower()
        )
        named = past_closing_name(sent, end) if end == words[-1].i + 1 and not channel else end
        # "le chancelier au quotidien italien": whom, not who; but "…, a annoncé le préfet,
        # Thierry Mounier." and "…, martèle sa porte-parole dans la Vienne, Sylvie Marchand":
        # the name set off after the role, and where it serves
        end = adjunct if adjunct is not None and named == end else named
        return sent.doc[start:end] if start < end else None

    def _subject_set_off_before(self, sent: Span, verb: Token, first: Token) -> bool:
        """ "La CFDT, elle, réclame …", "La CFDT, de son côté, réclame …": the verb's own
        subject opens the sentence, an aside or a pronoun taking it up between commas."""
        before = _set_off_before(sent, first)
        commas = [k for k, t in enumerate(before) if t.text == ","]
        if len(commas) < 2 or commas[-2] == 0:
            # one comma does not part a subject from its verb: "L'enquête progresse, indique
            # au Parisien une source …", with "progresse" read as an adjective, is an incise
            return False
        if any(c.dep_ in SUBJECT_DEPS and c.i < first.i for c in verb.children):
            return True
        # the parse gave the verb no subject: a pronoun or set phrase between two commas still
        # takes up the noun before it ("La CGT, quant à elle, dénonce", "Les promoteurs, eux,")
        aside = before[commas[-2] + 1 : commas[-1]]
        return self._set_aside(aside) or " ".join(t.lower_ for t in aside) in self.lexicon.pronouns

    def subject_before_aside(self, sent: Span, first: Token) -> Span | None:
        """A noun phrase opens the sentence and a relative clause or a participle set off by
        commas follows it, up to the verb: "La maire, qui a été réélue dimanche, dénonce …",
        "The mayor, re-elected on Sunday, denounced …"; or a person's name and a role. That
        is the verb's subject with an aside on it, not content before an inverted frame (a
        content set before its frame is a clause or a quotation). The subject and its aside
        (a participle left out), or None."""
        before = _without_set_off_adverb([t for t in sent if t.i < first.i and not t.is_space])
        before = _without_fronted_setting(before)
        commas = [k for k, t in enumerate(before) if t.text == ","]
        named = self._role_name_and_relative(sent, before, commas)
        if named is not None:
            return named
        # one aside, between the only two commas: "Khan, who is Muslim, also decried …,
        # saying" has the subject's own verb before the frame
        if len(commas) != 2 or commas[-1] != len(before) - 1 or commas[0] == 0:
            return None
        subject, aside = before[: commas[0]], before[commas[0] + 1 : -1]
        if not aside or any(t.is_quote for t in subject):
            return None
        opening = subject[0]
        names = opening.pos_ == "PROPN" or (opening.is_title and opening.pos_ in ("NOUN", "ADJ"))
        counted = opening.pos_ == "NUM" and opening.dep_ == "nummod"  # "One attendee, who …"
        if not (opening.pos_ == "DET" or names or counted) or any(acts_as_verb(t) for t in subject):
            return None  # "But Sen. Durbin, noting …,": a connective opens no noun phrase
        if aside[0].pos_ == "DET" and is_person_name(subject):
            # "Claire Martin, l'autrice du livre « Jeanne Moreau », a affirmé": a name and its
            # role, whose quoted title is no quotation of speech
            return sent.doc[opening.i : aside[-1].i + 1]
        if any(t.is_quote for t in aside):
            return None
        if self.opens_relative(aside[0]):
            return sent.doc[opening.i : aside[-1].i + 1]  # the relative clause is on the name
        reflexive = aside[0].lower_ in self.lexicon.reflexives and len(aside) > 1
        participle = aside[1] if reflexive else aside[0]
        if "Part" in feature(participle, "VerbForm"):
            # "La maire, réélue dimanche,", "un responsable, s'exprimant sous couvert …,"
            return sent.doc[opening.i : subject[-1].i + 1]
        return None

    def _role_name_and_relative(
        self, sent: Span, before: list[Token], commas: list[int]
    ) -> Span | None:
        """ "Son éditrice, Claire Jouannet, qui la suit depuis son premier roman, évoque …": a
        role, the name set off after it and a relative clause on them, up to the verb."""
        if len(commas) != 3 or commas[-1] != len(before) - 1 or commas[0] == 0:
            return None
        role, name = before[: commas[0]], before[commas[0] + 1 : commas[1]]
        aside = before[commas[1] + 1 : -1]
        if role[0].pos_ != "DET" or not name or not is_person_name(name):
            return None
        if not aside or not self.opens_relative(aside[0]) or any(t.is_quote for t in aside):
            return None
        return sent.doc[role[0].i : aside[-1].i + 1]

    def _speaker_before_aside(self, sent: Span, verb: Token) -> Span | None:
        """The subject before an aside (``subject_before_aside``), if it can speak."""
        phrase = self.subject_before_aside(sent, self.first_cue_token(verb))
        if phrase is None:
            return None
        comma = next((t.i for t in phrase if t.text == ","), phrase.end)
        nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN") and t.i < comma]
        # the last noun ("Le directeur de l'usine, Paul Martin") or the phrase's head, which
        # a complement may follow ("Une infirmière du service, qui …")
        heads = [t for t in nouns if not phrase.start <= t.head.i < comma or t.head == t]
        return phrase if any(self.can_speak(t) for t in nouns[-1:] + heads[:1]) else None

    @staticmethod
    def _named_subject_before(sent: Span, first: Token) -> bool:
        """ "Le directeur de l'usine, Paul Martin, conteste toute fermeture": what comes before
        the verb is its subject, a person's name set off by commas; the noun after the verb is
        its object."""
        before = _set_off_before(sent, first)
        if len(before) < 2:
            return False
        # the name ends the stretch ("…, Paul Martin,") or opens it ("Anne-Marie Guillou,
        # présidente du collectif,"); not a name a preposition governs ("The contrast with
        # Trump, said Doyle and others, …")
        last, first_word = before[-2], before[0]
        governed = last.dep_ == "pobj" or any(c.dep_ == "case" for c in last.children)
        return (last.ent_type_ in PERSON_LABELS and not governed) or (
            first_word.ent_type_ in PERSON_LABELS
        )

    def adjunct_start(self, doc: Doc, start: int, end: int) -> int | None:
        """Where a phrase of the verb begins after a speaker's name, between ``start`` and
        ``end``: the first preposition that does not join the parts of a name ("le ministre de
        l'Intérieur" goes on; "au quotidien italien", "sur France Inter" do not), nor opens the
        portfolio of a title whose holder's name ends the phrase ("le commissaire à l'économie
        Pierre Moscovici")."""
        for token in doc[start:end]:
            if token.pos_ == "ADP" and token.lower_ not in self.lexicon.name_links:
                domain = self._portfolio(doc, token.i, end) or self._role_domain(doc, token.i, end)
                return None if domain else token.i
            following = doc[token.i + 1] if token.i + 1 < end else None
            if token.pos_ == "ADV" and following is not None and following.pos_ == "ADP":
                return token.i  # "lors d'un meeting", "earlier in the day": an adverb's phrase
        return None

    def _portfolio(self, doc: Doc, preposition: int, end: int) -> bool:
        """Whether the words from ``preposition`` to ``end`` are a title's domain and its
        holder's name: a person's name closes them, with no person between ("à son homologue
        Joe Biden" is whom it was said to)."""
        ents = doc[preposition + 1 : end].ents
        name = next((e for e in ents if e.end == end and e.label_ in PERSON_LABELS), None)
        if name is None:
            return False
        return is_portfolio(doc[preposition + 1 : name.start], self.lexicon)

    def _role_domain(self, doc: Doc, preposition: int, end: int) -> bool:
        """Whether the words from ``preposition`` to ``end`` close the phrase as the domain of
        the role right before them: "l'adjointe à l'urbanisme", "le délégué à la sécurité
        routière". Not an outlet or whom it was said to ("le ministre au Parisien", "à la
        presse")."""
        if doc[preposition].lower_ not in self.lexicon.domain_prepositions:
            return False
        if preposition == 0 or not is_role_word(doc[preposition - 1], self.lexicon):
            return False
        words = doc[preposition + 1 : end]
        media = self.lexicon.media_nouns
        told = any(t.pos_ == "PROPN" or not t.is_lower or t.lemma_.lower() in media for t in words)
        return not told and is_portfolio(words, self.lexicon)

    @staticmethod
    def _after_question(sent: Span, first: Token) -> bool:
        """The cue follows a quoted question: in "“Is he running?” asked Mr. Manafort" the
        name after "asked" is who asked, not whom."""
        i = first.i - 1
        while i > sent.start and (sent.doc[i].is_quote or sent.doc[i].is_space):
            i -= 1
        return i < first.i - 1 and sent.doc[i].text.endswith("?")

    def _opens_after_break(self, sent: Span, first: Token) -> bool:
        """A break (a comma, a closing quotation mark) stands before the cue, past its
        auxiliaries; in a language whose incises open on the verb, also past the adverbs on it
        when the break ends a quotation ("« … », a déjà affirmé le ministre"; not "Le maire,
        élu en 2020, a été vivement critiqué par …")."""
        doc, incises = sent.doc, self.lexicon.verb_first_incises
        i, adverbs = first.i - 1, False
        while i >= sent.start:
            token = doc[i]
            # an adverb by its tag, or by its dependency: the tagger calls the locution "bel et
            # bien" an auxiliary, the parser its adverb
            adverbial = token.pos_ == "ADV" or token.dep_ == "advmod"
            adverb = incises and adverbial and token.head.i == first.i
            if not (
                adverb
                or token.dep_.startswith("aux")
                or token.is_space
                or token.lower_ in self.lexicon.euphonic
            ):
                break
            adverbs = adverbs or adverb
            i -= 1
        if i < sent.start:
            return False
        if adverbs:
            return doc[i].is_quote or (
                doc[i].text == "," and i > sent.start and doc[i - 1].is_quote
            )
        ending = doc[i - 1].text in QUOTE_ENDINGS
        if doc[i].is_quote and not incises and not ending:
            # where incises open on their subject, a quotation ends before one on its comma
            # ('"in the immediate," Levitt said'), or is speech: not a term ('say that
            # "honest" describes Harris better')
            closed = self.quotes_closed_before(doc[i].idx + len(doc[i].text))
            return not closed or any(speech for _, _, speech in closed)
        if doc[i].is_quote and not ending and self.quoted_in_clause(doc[i]):
            return False
        return doc[i].text in (",", "»", "”", '"', "—") or doc[i].is_quote

    def quoted_in_clause(self, mark: Token) -> bool:
        """ "a averti que « la sélection par l'argent » menaçait l'université": a quotation a
        complementizer opens, closed with no comma, is the clause's subject; the verb after it
        is the clause's own, no incise."""
        closed = self.quotes_closed_before(mark.idx + len(mark.text))
        if not closed:
            return False
        opening = mark.doc.char_span(closed[-1][0], closed[-1][0] + 1, alignment_mode="expand")
        if opening is None or opening.start == 0:
            return False
        return self.lexicon.is_complementizer(mark.doc[opening.start - 1].lower_)

    def _with_title_before(self, sent: Span, start: int, verb: Token) -> int:
        """``start`` moved back over the abbreviated title right before the name, with the
        words it heads: in "said Pentagon spokesman Navy Capt. Jeff Davis" the parser takes
        "Capt." for a full stop and hangs it, with all before it, on the verb."""
        title = sent.doc[start - 1] if start > sent.start else None
        if title is None or title.lower_ not in self.lexicon.abbreviated_titles:
            return start
        opening = max(title.left_edge.i, sent.start)
        return start if opening <= verb.i < title.i else opening

    def mention(self, sent: Span, head: Token, verb: Token) -> Span:
        """The whole noun phrase of ``head``, appositions included, never reaching the cue."""
        gendered = self.lexicon.is_gendered_pronoun(head.text)
        set_off = head.i + 1 < sent.end and sent.doc[head.i + 1].text == ","
        if head.pos_ == "PRON" and gendered and set_off:
            # "Elle, plus discrète sur la forme, a demandé …": the pronoun, not the aside (but
            # "She and her aides", a group)
            return sent.doc[head.i : head.i + 1]
        left, right = head.left_edge.i, head.right_edge.i
        if head.ent_iob == BEGINS_ENTITY:
            # "Côté marseillais, Roberto De Zerbi": the parse hung "De Zerbi" elsewhere; not
            # over the verb ("Reagan's Daughter Makes …", one entity to the recogniser)
            end = entity_from(head.doc, head.i).end
            right = max(right, (min(end, verb.i) if head.i < verb.i else end) - 1)
        if left <= verb.i <= right:
            # The cue sits inside the phrase (a relative clause): keep what precedes it.
            cut = verb.left_edge.i
            left, right = (left, cut - 1) if left <= head.i < cut else (head.i, head.i)
        if head.pos_ in ("NOUN", "PROPN"):
            # "Des internautes partagent un visuel qui affirme": a noun the parse gave a
            # subject and a verb it misread before it ("partagent" as an adverb) heads the
            # sentence; the phrase starts after that verb
            for subject in (c for c in head.children if c.i < head.i and c.dep_ in SUBJECT_DEPS):
                verb_at = subject.right_edge.i + 1
                if verb_at < head.i and sent.doc[verb_at].pos_ in ("ADV", "VERB", "AUX"):
                    left = max(left, verb_at + 1)
        left = max([left] + [after for c in head.lefts if (after := _past_set_off_clause(c))])
        start, end = max(left, sent.start), min(right + 1, sent.end)
        start = self._with_title_before(sent, start, verb)
        dateline_end = after_dateline(sent)
        if start < dateline_end <= head.i:
            start = dateline_end  # "WASHINGTON — Sen. Chuck Grassley said"
        while start < head.i and (
            (
                sent.doc[start].pos_ == "ADP"
                and sent.doc[start].dep_ != "advmod"
                and not sent.doc[start].ent_type_  # the particle of "De Zerbi"
            )
            or sent.doc[start].lower_ in self.lexicon.focus_adverbs
        ):
            # "par le ministère", "even Obama": the speaker without the word before; "at least
            # a dozen members" keeps its quantity
            start += 1
        clause = next(
            (
                t.i
                for t in sent.doc[head.i + 1 : end]
                if self.lexicon.is_complementizer(t.lower_) and t.pos_ == "SCONJ"
            ),
            None,
        )
        if clause is not None:
            end = clause  # a clause the parser hung on the speaker is not part of its name
        relative = self._reporting_relative(sent.doc[head.i + 1 : end], clause)
        if relative is not None:
            # "Roffman, who estimates that his costs were …, described", "said Scott Reed,
            # the Chamber's strategist, who added that …", "Barkley, who said he votes
            # Democratic, said": a relative clause that reports words of its own is a claim of
            # its own and goes whole, not cut at its own "that"
            end = relative.left_edge.i
        end = self.before_participial_aside(sent.doc, head, end)
        end = self._before_setting(sent.doc, head, end, verb)
        misread = next((c for c in head.children if main_verb_read_as_modifier(c)), None)
        if misread is not None and misread.i > head.i:
            end = min(end, misread.i)  # "Trump called Ford's plans … and vowed": Trump
        if end - 2 > head.i and sent.doc[end - 2].text == "," and sent.doc[end - 1].pos_ == "PRON":
            end -= 2  # "Le ministre, lui, a assuré": the pronoun only repeats the speaker
        while end - 1 > head.i and sent.doc[end - 1].lower_ in self.lexicon.intensive_pronouns:
            end -= 1  # "le Premier ministre lui-même", "the president himself": only stressed
        start, end = self.without_dates(sent.doc, head, start, end)
        bracketed = any(t.text == "(" for t in sent.doc[start:end])
        # and no conjunction the phrase ends on: "A man who identified himself as Danny and"
        while end - 1 > start and (
            sent.doc[end - 1].is_punct
            or sent.doc[end - 1].is_space
            or (sent.doc[end - 1].pos_ == "CCONJ" and end - 1 > head.i)
        ):
            if with_both_marks(sent.doc, start, end - 1)[1] == end:
                break  # 'The report, titled “Water at Risk,”': keep the title whole
            if bracketed and sent.doc[end - 1].text == ")":
                break  # "l'Office fédéral de l'environnement (OFEV)"
            end -= 1
        end = self._before_set_aside(sent.doc, head, end)
        start = self._past_quotation_before(sent.doc, start, head)
        while end - 1 > head.i and sent.doc[end - 1].lower_ in self.lexicon.object_clitics:
            end -= 1  # "Le ministre lui a assuré": whom he told is not his name
        while start < end - 1 and (sent.doc[start].is_punct or sent.doc[start].pos_ == "CCONJ"):
            start += 1
        if any(self.inside_quote(t.idx) for t in sent.doc[start:end]):
            start, end = head.i, head.i + 1  # a parse that hung a quotation on the speaker
        start = self.leading_role(sent, start, verb)
        start = _name_start(sent, start)
        start = _past_settings(sent.doc, start, end)
        end = self._apposed_name_end(sent, head, end, verb)
        end = _through_nouns_on_verb(sent.doc, end, verb, self.lexicon.outlet_nouns)
        end = self._through_role_on_verb(sent, head, end, verb)
        end = _whole_word_end(sent, end)
        if start >= end:  # a parse tree that crosses the sentence's edge: the head alone
            return sent.doc[head.i : head.i + 1]
        start, end = with_both_marks(sent.doc, start, end)
        return sent.doc[start:end]

    def _reporting_relative(self, words: Span, clause: int | None) -> Token | None:
        """The verb of a relative clause in the speaker's phrase that holds the clause the
        phrase was cut at, or, set off, is a verb of saying: the parse may hang it on an
        apposition ("Scott Reed, the Chamber's strategist, who added") rather than the name."""
        for token in words:
            if token.dep_ not in RELATIVE_DEPS or token.head.i >= token.i:
                continue
            if clause is not None and token.i < clause <= token.right_edge.i:
                return token
            opening = token.left_edge.i
            set_off = opening > 0 and token.doc[opening - 1].text == ","
            # not "officials who spoke to reporters": which officials
            if set_off and self.lemma(token) in self.lexicon.speech_verbs:
                return token
        return None

    def _through_role_on_verb(self, sent: Span, head: Token, end: int, verb: Token) -> int:
        """ "…, explique au Monde Christelle Ratignier-Carbonneil, directrice générale de
        l'agence": the role set off after a speaker who follows the verb, which the parser hung
        on the verb rather than on the name, is still the speaker's apposition. So is the name
        set off after such a role ("…, a indiqué le procureur de la République, Nicolas
        Bessone"), which the parser may read as a second subject of the verb or of the clause
        the verb hangs on; not the subject of a verb of its own."""
        doc = sent.doc
        if head.i < verb.i or end + 1 >= sent.end or doc[end].text != ",":
            return end
        name = person_name_at(doc, end + 1)
        if name is not None and is_role_word(head, self.lexicon):
            hung = name.root.head in (verb, verb.head)
            alone = name.end == sent.end or doc[name.end].pos_ not in ("VERB", "AUX")
            return name.end if name.end <= sent.end and hung and alone else end
        role = doc[end + 1].head if doc[end + 1].dep_ == "det" else doc[end + 1]
        if role.head != verb or role.dep_ != "appos" or not is_role_word(role, self.lexicon):
            return end
        return min(role.right_edge.i + 1, sent.end)

    def _before_setting(self, doc: Doc, head: Token, end: int, verb: Token) -> int:
        """Where the speaker's phrase after the cue ends, before a phrase the parser hung on
        it that says where or how the words were said: "writes Dennis Prager in National
        Review" (after a person's name, any such phrase), "said the spokesman in a statement",
        "said the official on condition of anonymity". Only a phrase of the speaker's own,
        before any comma: an apposed role ("…, a professor in Ohio") and a relative clause
        ("who served as mayor") keep theirs."""
        if head.i < verb.i:
            return end
        stop = next((t.i for t in doc[head.i + 1 : end] if t.is_punct), end)
        late = [c for c in head.rights if stop <= c.i < end and c.pos_ == "ADP"]
        if late and doc[late[0].i - 1].text == "," and self._speech_setting(late[0], end):
            # "said Teresa Ribera, the EU's competition chief, at a news conference in
            # Brussels": the occasion after the apposition's closing comma
            return late[0].i - 1
        if stop > head.i + 1:
            last = doc[stop - 1]
            relay = self.outlet_relay_in(doc[head.i + 1 : stop], last.idx + len(last.text))
            if relay is not None:
                return relay.i  # "a indiqué le parquet de Marseille à l'AFP": whom it told
        phrases = [c for c in head.rights if c.i < stop and c.pos_ == "ADP"]
        marked = self._marked_setting(doc[head.i + 1 : stop])
        if marked is not None:
            return marked
        if not phrases:
            return end
        if head.ent_type_ in PERSON_LABELS:
            adjunct = self.adjunct_start(doc, phrases[0].i, stop)
            return end if adjunct is None else adjunct
        return phrases[0].i if self._speech_setting(phrases[0], stop) else end

    def _marked_setting(self, words: Span) -> int | None:
        """Where a phrase that a preposition opens on a noun of saying starts among the words
        after the speaker, when the parse marks the preposition on its noun: "s'est réjoui
        l'entraîneur lensois au micro de Prime Video", "lance le procureur dans son
        réquisitoire" (not "l'auteur du rapport", a name's link)."""
        for token in words:
            if (
                _marks_its_noun(token)
                and token.lower_ not in self.lexicon.name_links
                and token.head.is_lower  # not "au Courrier maritime", an outlet's name
                and self._speech_setting(token, token.head.i + 1)
            ):
                return token.i
        return None

    def _speech_setting(self, preposition: Token, stop: int) -> bool:
        """A phrase of the act of saying, before ``stop``: "in a statement", "on condition of
        anonymity"; not "of those advisers, who spoke on condition of anonymity"."""
        lexicon = self.lexicon
        objects = [c for c in preposition.children if c.dep_ in OBJECT_DEPS | {"pobj"}]
        if _marks_its_noun(preposition):
            objects.append(preposition.head)  # "au micro de …", the noun the head
        # with its compound: "news conference", "phone call"
        nouns = [
            " ".join(t.lemma_.lower() for t in o.lefts if t.dep_ == "compound") for o in objects
        ]
        spoken = any(
            o.lemma_.lower() in lexicon.speech_nouns
            or f"{compound} {o.lemma_.lower()}".strip() in lexicon.speech_nouns
            for o, compound in zip(objects, nouns, strict=True)
        )
        words = [t for t in preposition.subtree if t.i < stop]
        return spoken or any(t.lemma_.lower() in lexicon.sourcing_terms for t in words)

    def _past_quotation_before(self, doc: Doc, start: int, head: Token) -> int:
        """'“It's unanimous,” councilmember Mark Levine said of …': the parser hung the
        quotation before the speaker on the speaker's role; the name starts after it. Not a
        title ('“The Daily Show” host Trevor Noah'), which has no punctuation of speech."""
        for q_start, q_end, speech in self.every_quote:
            if not (doc[start].idx <= q_start and q_end <= head.idx):
                continue
            words = self.text[q_start:q_end].rstrip(CLOSING_MARKS)
            if speech or words[-1:] in (",", ".", "!", "?"):
                start = next(t.i for t in doc[start : head.i + 1] if t.idx >= q_end)
        return start

    def _apposed_name_end(self, sent: Span, head: Token, end: int, verb: Token) -> int:
        """ "La présidente de la Commission européenne, Ursula von der Leyen, a salué": the
        name set off between the role and the verb is the speaker's, wherever the parser hung
        it."""
        doc = sent.doc
        cut = name_holding(sent, end - 1) if 0 < end < verb.i else None
        if cut is not None and cut.label_ in PERSON_LABELS and cut.end > end:
            end = cut.end  # "Me Hélène Da Silva", whose "Da Silva" the parser hung elsewhere
        if end >= verb.i or doc[end].text != "," or not is_role_word(head, self.lexicon):
            return end
        name = person_name_at(doc, end + 1)
        if name is None or name.end >= verb.i or doc[name.end].text != ",":
            return end
        between = doc[name.end + 1 : verb.i]
        if all(is_auxiliary(t) or t.is_space for t in between):
            return name.end
        return end

    def _before_set_aside(self, doc: Doc, head: Token, end: int) -> int:
        """A speaker's phrase without the set phrase that ends it after a comma: "La
        direction, de son côté, estime" is "La direction"."""
        comma = next((t.i for t in doc[head.i + 1 : end] if t.text == ","), None)
        if comma is None:
            return end
        aside = doc[comma + 1 : end]
        return comma if self._set_aside(aside) or self._terms_aside(aside) else end

    def _terms_aside(self, words: Span) -> bool:
        """A phrase of the terms the speaker set, set off after the name: "Plusieurs élus,
        sous couvert d'anonymat, reconnaissent" are the élus."""
        sourcing = any(t.lemma_.lower() in self.lexicon.sourcing_terms for t in words)
        return sourcing and len(words) > 0 and words[0].pos_ == "ADP"

    def _set_aside(self, words: Iterable[Token]) -> bool:
        """Words that are one of the set phrases an aside takes a subject up with: "de son
        côté", "quant à elle", "pour sa part"."""
        return " ".join(t.lower_ for t in words) in self.lexicon.incise_fillers

    def before_participial_aside(self, doc: Doc, head: Token, end: int) -> int:
        """A speaker's phrase without a participle clause set off by a comma: "The senator,
        speaking to reporters, said", "Le Monde, citant des sources proches du dossier,
        affirme" are the senator and Le Monde; what they were doing, or whom they cite, is not
        who they are. "Critics, including X" keeps X: "including" introduces members."""
        for comma in doc[head.i + 1 : end]:
            if comma.text != ",":
                continue
            after = comma.i + 1
            while after < end and doc[after].pos_ == "PRON":
                after += 1  # the clitic of "s'appuyant"
            if after < end and _heads_participle_clause(doc[after]):
                return comma.i
            if after + 1 < end and self.relayed_by(doc[after]):
                return comma.i  # "Un responsable, cité par le Times of Israel,": through whom
        return end

    def relayed_by(self, token: Token) -> bool:
        """ "cité par", "quoted by": a verb of relay and its agent's preposition, whatever the
        tagger made of the participle ("cité" as a noun)."""
        following = token.doc[token.i + 1]
        return self.lemma(token) in self.lexicon.relay_verbs and following.pos_ == "ADP"

    def without_dates(self, doc: Doc, head: Token, start: int, end: int) -> tuple[int, int]:
        """A speaker's phrase without the time the parser hung on it: "jeudi le ministre",
        "l'OFAG jeudi dans un communiqué" are "le ministre" and "l'OFAG"."""

        first = start
        while start < end - 1 and is_day(doc[start], self.lexicon):
            start += 1
        if start > first and doc[start].tag_ == POSSESSIVE_TAG:
            start = first  # "Monday night's results showed": the date owns the noun
        # A parse that made the date's first word the head ("l'OMS début mars") cuts there.
        after_head = max(head.i, start) + (0 if head.i > start else 1)
        cut = next((t.i for t in doc[after_head:end] if is_day(t, self.lexicon)), None)
        if cut is not None and any(t.pos_ in ("VERB", "AUX") for t in doc[head.i + 1 : cut]):
            return start, end  # "The mayor, who spoke on Monday,": the day is the clause's
        while cut is not None and cut > head.i + 1 and doc[cut - 1].pos_ in ("ADP", "DET"):
            cut -= 1  # "le 28 novembre", "en mai"
        return start, end if cut is None else cut

    def leading_role(self, sent: Span, start: int, verb: Token) -> int:
        """Take in a role the writer put before the name, between commas: "le chef du HUR,
        le général Kyrylo Budanov, a déclaré"; the parser often hangs it elsewhere."""
        doc = sent.doc
        comma = start - 1
        if comma <= sent.start or doc[comma].text != ",":
            return start
        first = comma - 1
        while (
            first > sent.start
            and doc[first - 1].text != ","
            and comma - first < LEADING_PHRASE_TOKENS
        ):
            first -= 1
        phrase = doc[first:comma]
        if first >= verb.i or any(t.pos_ in ("VERB", "AUX") for t in phrase):
            return start
        if _inside_reported_clause(phrase, verb):
            return start
        if phrase[0].pos_ == "ADP":
            return start  # "In a letter to the mayor, she wrote": a setting, not her role
        incise = verb.i + 1 < sent.end and doc[verb.i + 1].text == ","
        if incise and start < verb.i and not any(t.text == "," for t in doc[start : verb.i]):
            # "Voters, Clinton suggested, don't have to worry": a role apposed to a name before
            # the verb closes on a comma after the name too; before an incise without one, the
            # phrase is the subject of the clause the incise cuts
            return start
        opens = first == sent.start or doc[first - 1].text == ","
        has_role = any(t.lemma_.lower() in self.lexicon.person_roles for t in phrase)
        named = reads_as_name(phrase) and self._bare_role(doc[start])
        return first if opens and (has_role or named) else start

    def _bare_role(self, token: Token) -> bool:
        """A role noun with no determiner, as an apposition is written ("député socialiste"):
        after "Name," it describes the name, whatever subject the parser made of it."""
        return (
            token.pos_ == "NOUN"
            and token.lemma_.lower() in self.lexicon.person_roles
            and not any(c.dep_ == "det" for c in token.children)
        )


def _set_off_before(sent: Span, first: Token) -> list[Token]:
    """The words of the sentence before ``first`` when they end on a comma and hold nothing
    that could be what was said (no verb, no quotation): a subject set off before its verb.
    Empty otherwise."""
    before = [t for t in sent if t.i < first.i and not t.is_space]
    if not before or before[-1].text != ",":
        return []
    return [] if any(t.is_quote or acts_as_verb(t) for t in before) else before


def _inside_reported_clause(phrase: Span, verb: Token) -> bool:
    """ "Mr. Obama, officials said, has become …": a frame set off inside the clause it reports;
    the phrase before its comma belongs to that clause (the parse hangs it on the clause's
    verb), not to the speaker."""
    host = clause_around_frame(verb)
    return host is not None and phrase.root.head.i == host.i


def _subject_of_clausal_subject(verb: Token) -> Token | None:
    """ "Large majorities of voters going to the polls said …": the parse made the participle
    on the speaker the subject clause; the noun it gave that participle is the subject."""
    clause = next((c for c in verb.children if c.dep_ == "csubj" and c.i < verb.i), None)
    if clause is None or not is_participle(clause, "Pres"):
        return None
    return next(
        (c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None
    )


def _without_set_off_adverb(words: list[Token]) -> list[Token]:
    """The words without an adverb set off by commas after the first noun phrase: "Sanders,
    meanwhile, who …," is "Sanders, who …,"."""
    comma = next((k for k, t in enumerate(words) if t.text == ","), None)
    if comma is None or comma + 2 >= len(words):
        return words
    if words[comma + 1].pos_ == "ADV" and words[comma + 2].text == ",":
        return words[: comma + 1] + words[comma + 3 :]
    return words


def _without_fronted_setting(words: list[Token]) -> list[Token]:
    """The words without a place or time set before the subject: "À Washington, un haut
    responsable, s'exprimant …," is "un haut responsable, s'exprimant …,"; nor a past
    participle that opens the sentence on the subject's circumstance: "Interrogé par Le Monde,
    un principal de collège, qui …,"."""
    comma = next((k for k, t in enumerate(words) if t.text == ","), None)
    if comma is None:
        return words
    if is_participle(words[0], "Past") and not any(is_auxiliary(t) for t in words[:comma]):
        return words[comma + 1 :]
    if words[0].pos_ != "ADP":
        return words
    return words if any(acts_as_verb(t) for t in words[:comma]) else words[comma + 1 :]


def _complements_object(clause: Token) -> bool:
    """A clause that completes a verb's object ("claims that its drivers were underpaid")."""
    noun = clause.head
    return clause.dep_ == "acl" and noun.pos_ == "NOUN" and noun.dep_ in OBJECT_DEPS


def _holds_clause(words: Span, lexicon: Lexicon) -> bool:
    """A verb with its subject or auxiliary, or the sentence's verb with a complement, among
    ``words``: a clause or a predicate of its own ("…, Trump went after Bush, calling", "…,
    has preached unity, claiming", "…, wrote to Lynch, urging"), never an aside on the noun
    before it ("Col. Warren, a spokesman,", "Clinton, exasperated,", "The chairman, asked
    whether he would resign,")."""
    for token in words:
        top = not (words.start <= token.head.i < words.end) or token.head.i == token.i
        if token.pos_ not in ("VERB", "AUX") or not top:
            continue  # "asked whether he would resign": the clause inside an aside is its own
        inside = [c for c in token.children if words.start <= c.i < words.end]
        if any(c.dep_ in SUBJECT_DEPS or c.dep_.startswith("aux") for c in inside):
            return True
        # the sentence's own verb, not a participle ("asked whether …", "élue en 2021")
        main = token.dep_ == "ROOT" and "Part" not in feature(token, "VerbForm")
        complements = [
            c
            for c in inside
            if c.dep_ not in ("advmod", "punct", "neg")
            and not is_day(c, lexicon)
            and not c.like_num
        ]
        if main and complements:
            return True  # "issued a statement", "wrote to Lynch"; not "élue en 2021"
    return False


def _heads_participle_clause(token: Token) -> bool:
    """A participle that heads a clause of its own, as the parser hangs it on a noun."""
    return (
        token.pos_ in ("VERB", "AUX")
        and "Part" in feature(token, "VerbForm")
        and token.dep_ in ("acl", "advcl", "appos", "amod")
    )


_LISTED_DEPS = frozenset({"conj", "amod", "appos"})


def _right_after_conjuncts(noun: Token, clause_start: Token) -> bool:
    """The word before the clause, past punctuation, is the noun or one of its conjuncts (or
    a word the parser hung among them: "xenophobe, racist and bully"), not a complement ("la
    cible de la droite")."""
    i = clause_start.i - 1
    while i > noun.i and clause_start.doc[i].is_punct:
        i -= 1
    word = clause_start.doc[i]
    while word != noun and word.dep_ in _LISTED_DEPS and word.head.i < word.i:
        word = word.head
    return word == noun


def _name_start(sent: Span, start: int) -> int:
    """Where the person's name the mention opens inside begins: "Bruno Le Maire a affirmé"
    parses as "Bruno" alone and "Le Maire" the subject, though the name is one entity."""
    name = name_holding(sent, start)
    if name is None or name.label_ not in PERSON_LABELS:
        return start
    # Only proper nouns: not "Neither" of "Neither Cruz nor Christie", "Said" of "Said Comey,"
    # which the recogniser took into the name.
    before = sent.doc[name.start : start]
    # names the tagger calls nouns ("Hélène" of "Hélène Da Silva"), and "Anne-Sophie" split at
    # its hyphen
    written = all(
        (t.pos_ in ("PROPN", "NOUN") and t.is_title) or (t.text == "-" and not t.whitespace_)
        for t in before
    )
    return name.start if written else start


def _names_a_person(noun: Token) -> bool:
    """ "Le gardien, Lucas Chevalier, a salué …": a noun with a person's name in apposition is
    someone, whatever the noun; so is one coordinated with a person's name ("his band and
    collaborator Brian Burton, AKA Danger Mouse, wrote …")."""
    return any(c.dep_ in ("appos", "conj") and c.ent_type_ in PERSON_LABELS for c in noun.children)


def _clitic_after_noun(token: Token) -> bool:
    """An object pronoun right after a noun, before its verb: "l'" of "La rectrice l'a
    répété" (not of "comme l'a annoncé", where no subject comes before it)."""
    doc = token.doc
    if token.pos_ != "PRON" or token.dep_ not in CLITIC_OBJECT_DEPS or token.i == 0:
        return False
    return doc[token.i - 1].pos_ in ("NOUN", "PROPN")


def _acronym(noun: Token) -> bool:
    """A word with an acronym's capitals ("SUD-Rail"): a body's name, whatever the tagger and
    the recogniser made of it, that a relative clause after it may speak for."""
    return sum(c.isupper() for c in noun.text) > 1


def _named_by_apposition(apposition: Span, last: Token) -> Token:
    """The noun a person's name set off before the verb is apposed to, which heads the subject:
    "la ministre" of "la ministre du Travail et des Solidarités, Agnès Dufresne, a reconnu",
    not "Solidarités", the word before the comma; else ``last``."""
    for word in apposition:
        head = word.head
        apposed = word.dep_ == "appos" and word.ent_type_ in PERSON_LABELS
        if apposed and head.pos_ == "NOUN" and last.sent.start <= head.i <= last.i:
            return head
    return last


def _participle_aside_before(doc: Doc, verb: Token, reach: int) -> bool:
    """The words set off by commas right before the verb, within ``reach``, open with a
    participle: "speaking on condition of anonymity", "asked about the deaths of …"."""
    comma = verb.i - 1
    if comma < 1 or doc[comma].text != ",":
        return False
    opening = next(
        (t.i for t in reversed(doc[max(comma - reach, 0) : comma]) if t.text == ","), None
    )
    first = doc[opening + 1] if opening is not None else None
    return first is not None and (is_participle(first, "Pres") or is_participle(first, "Past"))


def _noun_read_as_adjective(word: Token, verb: Token) -> bool:
    """An adjective right after an article that the parse hung on the verb, which no
    adjective modifies: the subject's noun the tagger misread ("Des riverains affirment
    pourtant …", "l'intéressé dénonce « … »" with the verb tagged a noun)."""
    article = word.i > 0 and word.doc[word.i - 1].pos_ == "DET"
    return word.pos_ == "ADJ" and word.head == verb and article


def _whole_word_end(sent: Span, end: int) -> int:
    """Past the rest of a hyphenated word the phrase would end inside: "who co-sponsored", of
    which a broken parse left "co" in the speaker's phrase and "sponsored" out."""
    doc = sent.doc
    while (
        0 < end < sent.end - 1
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2
    return end


def _outlet_named_in_other(subject: Token, subjects: list[Token], outlets: frozenset[str]) -> bool:
    """ "A study published last year in the journal Fire Ecology Letters found": the parser
    made the journal's name a second subject of the verb, though it closes the first
    subject's phrase right after the noun for an outlet."""
    if not _name_after_outlet_noun(subject, outlets):
        return False
    before = subject.left_edge.i - 1
    return any(other.i < subject.i and other.right_edge.i == before for other in subjects)


def _name_after_outlet_noun(name: Token, outlets: frozenset[str]) -> bool:
    """A proper name whose phrase opens right after a noun for an outlet ("the journal X")."""
    before = name.left_edge.i - 1
    return name.pos_ == "PROPN" and before >= 0 and name.doc[before].lower_ in outlets


def _name_part_after_comma(subject: Token, subjects: list[Token]) -> bool:
    """ "A study by researchers at the University of California, Davis estimated": the parser
    made the name's part after its comma a second subject of the verb; the first is the one,
    whose phrase (a noun's, not a name's: "in Salem, New Hampshire, Trump went") the comma
    ends on a name. Not one of a list ("voters in Alabama, Georgia and Virginia said")."""
    if subject.pos_ != "PROPN" or subject.i < 2 or subject.doc[subject.i - 1].text != ",":
        return False
    if subject.doc[subject.i - 2].pos_ != "PROPN" or any(
        c.dep_ == "conj" for c in subject.children
    ):
        return False
    return any(
        other.i < subject.i and other.pos_ == "NOUN" and other.right_edge.i == subject.i - 2
        for other in subjects
    )


def _past_settings(doc: Doc, start: int, end: int) -> int:
    """Where a speaker's phrase starts past the places set off before it: "Devant la mairie,
    à Lyon, Sophie, 45 ans, confie" is Sophie's, not the mairie's. The stretches between
    commas from the phrase's start that a preposition opens (or follows, for the first, when
    the phrase starts after one) are settings; the phrase starts at the proper noun after the
    last of them. Not "Renee Gold, 83, of Sarasota": a setting after the name is its own."""
    commas = [t.i for t in doc[start:end] if t.text == ","]
    cut = start
    for k, comma in enumerate(commas):
        opening = start if k == 0 else commas[k - 1] + 1
        after_preposition = k == 0 and start > 0 and doc[start - 1].pos_ == "ADP"
        if not (doc[opening].pos_ == "ADP" or after_preposition):
            break
        if any(t.ent_type_ in PERSON_LABELS for t in doc[opening:comma]):
            break
        cut = comma + 1
    if cut == start or cut >= end or doc[cut].pos_ != "PROPN":
        return start
    return cut


def _before_infinitive(verb: Token) -> bool:
    """Whether the verb governs a to-infinitive ("said to be popular")."""
    return any(c.dep_ == "xcomp" and any(m.tag_ == "TO" for m in c.children) for c in verb.children)


def _past_set_off_clause(child: Token) -> int:
    """Where a noun phrase starts past a clause set off before it by a comma, which the parse
    hung on its noun ("Interrogé par Le Parisien, un ancien conseiller …": who was asked, not
    a word of the speaker's name); 0 for any other child."""
    doc, after = child.doc, child.right_edge.i + 1
    if child.dep_ not in SET_OFF_CLAUSE_DEPS or after >= len(doc) or doc[after].text != ",":
        return 0
    return after + 1


# How the parse hangs a participle's clause on a noun after it.
SET_OFF_CLAUSE_DEPS = frozenset({"advcl", "acl"})


def _attributive(token: Token, words: list[Token]) -> bool:
    """A participle that modifies the noun after it ("retired neurosurgeon", "ranking
    Democrat", "acting director"), however the parser hung it."""
    if token.dep_ == "amod":
        return True
    following = next((w for w in words if w.i == token.i + 1), None)
    participle = "Part" in feature(token, "VerbForm") or token.tag_ in ("VBG", "VBN")
    return participle and following is not None and following.pos_ in ("NOUN", "PROPN")


def _through_nouns_on_verb(doc: Doc, end: int, verb: Token, outlets: frozenset[str]) -> int:
    """ "Federal Election Commission records show": the parser may hang the phrase's head noun
    on the verb as a compound; a verb has no compounds, so the noun is the speaker's head. Not
    in a headline's capitals ("GOP Candidates Resoundingly Reject"), where any word may be
    one."""
    while end < verb.i and doc[end].head == verb and doc[end].dep_ == "compound":
        if not doc[end].is_lower:
            return end
        end += 1
    # "… in the journal Fire Ecology Letters found": the name closing the phrase after the
    # noun for an outlet, which the parser made a second subject of the verb
    tail = next((t for t in doc[end : verb.i] if t.head == verb and t.dep_ in SUBJECT_DEPS), None)
    if tail is None or tail.left_edge.i != end or tail.right_edge.i >= verb.i:
        return end
    return tail.right_edge.i + 1 if _name_after_outlet_noun(tail, outlets) else end


def _fronted(verb: Token, head: Token, sent: Span, lexicon: Lexicon) -> bool:
    """A present participle of speech opening the sentence with a clause of its own speaks for
    the subject of the clause it precedes: "Noting that …, Allen said". "Speaking on CNBC,
    he called …" says where, not what; "Assuming that …, she might …" is the writer's if."""
    return (
        verb.dep_ == "advcl"
        and verb.head == head
        and is_participle(verb, "Pres")
        and verb.left_edge.i == sent.start
        and verb.lemma_.lower() in lexicon.speech_verbs
        and any(child.dep_ == "ccomp" for child in verb.children)
    )


def _past_after_its_opener(verb: Token) -> bool:
    """ "when asked what …" with "asked" tagged a finite past: a past verb with no subject
    right after the word that opens its clause is a participle, whatever its tag."""
    if "Past" not in feature(verb, "Tense") or verb.i == 0:
        return False
    opener = verb.doc[verb.i - 1]
    subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    return opener.head.i == verb.i and opener.dep_ in ("advmod", "mark") and not subject


def _joined_to_misread_main_verb(verb: Token, head: Token) -> bool:
    """``verb`` is joined to ``head``, a verb the parse hung on the root noun before it."""
    return (
        verb.dep_ == "conj"
        and head.i == verb.head.i
        and head.dep_ in ("acl", "amod")
        and head.head.dep_ == "ROOT"
        and head.head.i < head.i
    )


def _finite_on_root_noun(verb: Token) -> bool:
    """A verb with its own auxiliary hung on the sentence's root noun before it, past a
    relative clause or a phrase set off by commas: "Le président, qui s'exprimait depuis
    Bruxelles, a pour sa part appelé …". A participle that has its auxiliary is no modifier."""
    noun = verb.head
    return noun.dep_ == "ROOT" and noun.i < verb.i and has_auxiliary(verb)


def _own_phrase_between(noun: Token, verb: Token) -> bool:
    """The sentence's root noun, then only words of its own phrase up to the verb, with no
    punctuation: "Une étude publiée mardi dans la revue Nature estime que …", read as the noun
    and a long modifier; not "Municipales : « … », annonce le maire"."""
    between = noun.doc[noun.i + 1 : verb.i]
    return (
        noun.dep_ == "ROOT"
        and noun.i < verb.i
        and all(noun in t.ancestors and verb not in t.ancestors and not t.is_punct for t in between)
    )


def _phrase_owner(noun: Token) -> Token:
    """The noun a complement belongs to: "entourage" of "L'entourage du président", where the
    parser hung a verb it misread on "président"."""
    while noun.dep_ == "nmod" and noun.head.i < noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun


def _completes_adjective(noun: Token) -> bool:
    """ "dossier" of "proche du dossier": the complement of an adjective set after a noun."""
    adjective = noun.head
    return (
        noun.dep_ in ("nmod", "obl:arg", "obl:mod")
        and adjective.pos_ == "ADJ"
        and adjective.dep_ == "amod"
        and adjective.head.i < adjective.i
    )


def _past_reported_clause(verb: Token, subject: Token) -> bool:
    """The "subject" comes after a clause the verb reports: "those surveyed say the country
    should …, an ambitious goal that …" hangs the apposition on "say" as a second subject; it
    describes the clause, it does not speak."""
    return subject.i > verb.i and any(
        c.dep_ == "ccomp" and verb.i < c.i < subject.i for c in verb.children
    )


def _past_colon(subjects: list[Token], verb: Token) -> list[Token]:
    """ "Procès de l'incendie : l'accusée nie toute intention de tuer": a subject before a
    colon that stands between it and the verb heads the line; the subject after the colon
    speaks, when there is one."""
    doc = verb.doc

    def headed(subject: Token) -> bool:
        return subject.i < verb.i and any(t.text == ":" for t in doc[subject.i + 1 : verb.i])

    after = [c for c in subjects if not headed(c)]
    return after if after else subjects


def _set_off_from_name(noun: Token) -> bool:
    """ "Maria Chen, a nurse", "Sophie Martin, une infirmière": a noun phrase set off by a
    comma after a person's name, on which the parse hung it, is that person."""
    opening = noun.left_edge.i
    return (
        noun.dep_ in ("appos", "nmod")
        and noun.head.i < noun.i
        and noun.head.ent_type_ in PERSON_LABELS
        and opening > 0
        and noun.doc[opening - 1].text == ","
    )


def _shares_subject_before(verb: Token) -> bool:
    """A verb joined to one before it that has its subject before it: "Elle s'est
    interrompue, a demandé un verre d'eau, puis …" asked for the water; the noun after the
    second verb is its object, not an inverted subject (unless it closes the sentence or
    follows a quotation, as an incise does: "…, reported the Washington Examiner.", '"…,"
    read the statement, which …')."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i:
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.i < head.i for c in head.children)


def _past_setting_read_as_subject(subject: Token) -> Token:
    """ "Dans un communiqué, la Fédération des exploitants dit …": the parse made the phrase
    of where it was said the subject, preposition and all, and the body its apposition; the
    apposition speaks."""
    if not any(c.dep_ == "case" and c.i < subject.i for c in subject.children):
        return subject
    apposed = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i]
    return apposed[0] if apposed else subject


def _past_fronted_phrase(subject: Token) -> Token:
    """The subject, when the parse took the phrase that opens the sentence for it and hung the
    subject on it as its one conjunct past a comma: "Joint par téléphone, un responsable de
    l'ART estime …", with "Joint" read as a name. Not a list ("Paul, Marie et Jean")."""
    if subject.i != subject.sent.start or any(c.dep_ == "det" for c in subject.children):
        return subject
    joined = [c for c in subject.children if c.dep_ in ("conj", "cc")]
    if len(joined) != 1 or joined[0].dep_ != "conj":
        return subject
    conjunct = joined[0]
    first = next(t for t in conjunct.subtree if not t.is_punct)
    after_comma = subject.doc[first.i - 1].text == ","
    determined = any(c.dep_ == "det" for c in conjunct.children)
    # or a person's name after a phrase that is none: "Vêtue de noir, Nathalie Giraud a …"
    named = conjunct.ent_type_ in PERSON_LABELS and subject.ent_type_ not in PERSON_LABELS
    # not a list, nor a phrase set off after the subject ("Bercy, de son côté, assure …")
    listed = any(c.dep_ in ("conj", "cc", "case") for c in conjunct.children)
    return conjunct if after_comma and (determined or named) and not listed else subject


def _first_conjunct(word: Token) -> Token:
    """The first of the conjuncts ``word`` ends, short of a phrase of place or time the
    parse joined them to."""
    while word.dep_ == "conj" and word.head.i < word.i and not _conjunct_of_setting(word):
        word = word.head
    return word


def _conjunct_of_setting(word: Token) -> bool:
    """A noun the parse made a conjunct of the phrase of place or time that opens the
    sentence ("En France, les patrons estiment …", "patrons" joined to "France")."""
    setting = word.head
    return (
        word.dep_ == "conj"
        and setting.i < word.i
        and setting.dep_ in ("obl", "obl:mod", "nmod", "prep", "pobj")
        and any(c.dep_ == "case" for c in setting.children)
    )


def _marks_its_noun(preposition: Token) -> bool:
    """A preposition the parse hangs on the noun after it, as French parses do ("case"), not
    the noun on the preposition ("pobj")."""
    return (
        preposition.pos_ == "ADP"
        and preposition.dep_ == "case"
        and preposition.head.i > preposition.i
    )
