"""Cue frames: where a sentence says who said what.

A frame is a cue (a verb of saying, "according to", "selon") with the source and content that the
rules find around it. The rules read the dependency parse first and fall back on the surface
order of the words where the small models are known to go wrong (French inversion, a quote
mark tagged as a verb, a "que" clause hung on the wrong noun), so that one parsing slip does
not lose the attribution.

Offsets here are offsets into the parsed ``Doc``; ``attribution.py`` turns them into offsets
into the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck.nlp.lexicon import Lexicon
from claimcheck.nlp.quotes import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "expl:subj", "csubj"})
# A passive subject is what was said or done, never who said it ("he was confirmed").
SPEAKER_DEPS = frozenset({"nsubj", "expl:subj"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
# What completes an object of saying: "called it a disgrace", "urged them to resign".
COMPLEMENT_DEPS = frozenset({"oprd", "xcomp", "ccomp", "xcomp:obj"})
AGENT_DEPS = frozenset({"agent", "obl:agent"})
# A verb with no subject of its own borrows the one of the verb it hangs on: "…, affirmant :",
# "and added", "saying that".
INHERITING_DEPS = frozenset({"conj", "advcl", "acl", "xcomp", "ccomp", "parataxis", "relcl"})


@dataclass(frozen=True)
class Frame:
    """One attribution found in a sentence; all bounds are character offsets into the Doc."""

    cue: tuple[int, int]
    cue_lemma: str
    content: tuple[int, int]
    source: Span | None  # the source mention as parsed, for typing and resolution
    strength: int  # 2 speech, 1 belief or weak verb: the weaker loses an overlap
    # Where the text names the source when that is not ``source`` itself: the relative pronoun
    # of "aides, who said", which stands for its antecedent as "he" does for a name.
    written: tuple[int, int] | None = None


def tokens_span(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def subtree_bounds(token: Token) -> tuple[int, int]:
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)


class FrameFinder:
    """Finds the frames of one Doc's sentences; quote offsets are offsets into the Doc."""

    def __init__(self, lexicon: Lexicon, quotes: list[Quote], text: str) -> None:
        self.lexicon = lexicon
        self.quotes = [(q.start, q.end) for q in quotes if q.is_speech]
        self.every_quote = [(q.start, q.end, q.is_speech) for q in quotes]
        self.text = text  # the Doc's text, which spaCy rebuilds on every access
        self._prepositional = [
            re.compile(r"(?<!\w)" + re.escape(p).replace(r"\ ", r"\s+") + r"(?!\w)")
            for p in lexicon.prepositional
        ]

    def frames(self, sent: Span) -> Iterator[Frame]:
        for token in sent:
            frame = (
                self.verbal_frame(sent, token)
                or self.light_verb_frame(sent, token)
                or self.comparative_frame(sent, token)
            )
            if frame is not None:
                yield frame
        yield from self.prepositional_frames(sent)
        yield from self.opinion_frames(sent)
        yield from self.colon_frames(sent)
        yield from self.noun_frames(sent)

    # -- "…, as the minister announced" ----------------------------------------------------

    def comparative_frame(self, sent: Span, verb: Token) -> Frame | None:
        """ "Unemployment will fall, as the minister announced", "…, comme prévenait l'OMS": a
        cue in an as-clause vouches for the clause it hangs on. With an object pronoun ("comme
        l'a annoncé X", "as he put it") the words point back to something said before, which
        the clause only echoes: no claim."""
        marked = any(
            c.dep_ == "mark" and c.lower_ in self.lexicon.comparative_markers for c in verb.children
        )
        if not marked or verb.head is verb or not self.is_cue_verb(verb):
            return None
        if any(c.dep_ in OBJECT_DEPS | CLAUSE_DEPS for c in verb.children):
            return None
        lemma = self.lemma(verb)
        if lemma not in self.lexicon.speech_verbs or lemma in self.lexicon.frame_only_verbs:
            return None  # "as Obama spoke", "as Democrats have found": a time or a reason
        source = self.find_source(sent, verb)
        if source is None:
            return None
        content = self.host_clause(sent, verb)
        if content is None:
            return None
        return Frame(tokens_span(self.cue_tokens(verb)), lemma, content, source, 2)

    def host_clause(self, sent: Span, clause_verb: Token) -> tuple[int, int] | None:
        """The rest of the sentence around a subordinate clause: before it when it comes last,
        after its comma when it comes first."""
        first, last = clause_verb.left_edge.i, clause_verb.right_edge.i
        if first > sent.start:
            tokens = [t for t in sent.doc[_after_dateline(sent) : first] if not t.is_space]
        else:
            tokens = [t for t in sent.doc[last + 1 : sent.end] if not t.is_space]
        while tokens and tokens[0].is_punct and not tokens[0].is_quote:
            tokens.pop(0)
        while tokens and tokens[-1].is_punct and not tokens[-1].is_quote:
            tokens.pop()
        if sum(t.is_alpha for t in tokens) < 3:
            return None
        return tokens_span(tokens)

    # -- nouns of saying with an owner: "Mr. Trump's suggestion that …" ---------------------

    def noun_frames(self, sent: Span) -> Iterator[Frame]:
        """ "Mr. Trump's suggestion that he ignored the warnings", "her promise to impose
        tariffs", "la promesse du président de réduire l'impôt": a noun of saying reports
        what its owner said, when the text gives both the owner and the words."""
        for noun in sent:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.lexicon.cue_nouns:
                continue
            if not noun.is_lower or self.inside_quote(noun.idx):
                continue  # "Sanders Promises Action": a headline's verb, tagged as a noun
            owner = self.owner_of(noun)
            if owner is None or not self.can_speak(owner):
                continue
            content = self.noun_content(sent, noun, owner)
            if content is None:
                continue
            speaker = self.possessor_antecedent(noun, owner) or owner
            source = self.mention(sent, speaker, noun)
            cue = tokens_span([noun])
            # Weaker than a verb: "repeated her promise to …" is the verb's claim when both fit.
            yield Frame(cue, noun.lemma_.lower(), self.extend_to_quotes(content), source, 1)

    def owner_of(self, noun: Token) -> Token | None:
        """Whose words the noun names: "Trump's", "her", "du président", "by the minister"."""
        for child in noun.children:
            if child.dep_ == "poss":
                return child
            if child.dep_ == "prep" and child.lower_ in self.lexicon.owner_markers:
                return next((c for c in child.children if c.dep_ == "pobj"), None)
            marked = any(
                c.dep_ == "case" and c.lower_ in self.lexicon.owner_markers for c in child.children
            )
            if child.dep_ == "nmod" and marked and child.i > noun.i:
                return child
        return None

    def possessor_antecedent(self, noun: Token, owner: Token) -> Token | None:
        """ "The candidate defended his claim that …": the possessive stands for the subject
        of the verb the noun depends on, which names the speaker in full, as PolNeAR marks it."""
        if owner.pos_ != "PRON" or owner.dep_ != "poss":
            return None
        subject = self.subject_of(noun.head) if noun.head is not noun else None
        if subject is None or subject.pos_ == "PRON" or not self.can_speak(subject):
            return None
        return subject

    def noun_content(self, sent: Span, noun: Token, owner: Token) -> tuple[int, int] | None:
        """The clause the noun introduces: its that-clause or infinitive, parsed as its own
        or (a frequent slip) hung on the verb before, right after the owner's phrase."""
        for child in noun.children:
            if child.dep_ in ("acl", "ccomp") and child.pos_ in ("VERB", "AUX"):
                opener = child.left_edge.lower_
                if self._opens_clause(opener) and child.i > noun.i:
                    return subtree_bounds(child)
        after = max(noun.i, owner.right_edge.i) + 1
        if after + 1 >= sent.end:
            return None
        marker, verb = sent.doc[after], sent.doc[after + 1]
        if self._opens_clause(marker.lower_) and verb.pos_ in ("VERB", "AUX"):
            return marker.idx, subtree_bounds(verb)[1]
        return None

    def _opens_clause(self, word: str) -> bool:
        return self.lexicon.is_complementizer(word) or word in self.lexicon.infinitive_markers

    # -- quotations introduced by a colon ---------------------------------------------------

    def colon_frames(self, sent: Span) -> Iterator[Frame]:
        """ "The union's president put it bluntly: “We are not going back.”": a colon hands the
        quotation to the subject of the clause before it, even without a verb of saying."""
        for colon in sent:
            if colon.text != ":" or self.inside_quote(colon.idx):
                continue
            after = colon.idx + 1
            quote = next(
                ((s, e) for s, e in self.quotes if s >= after and not self.text[after:s].strip()),
                None,
            )
            verb = self.clause_verb_before(sent, colon)
            if quote is None or verb is None:
                continue
            source = self.find_source(sent, verb)
            if source is None:
                continue
            cue = self.cue_tokens(verb)
            yield Frame(tokens_span(cue), verb.lemma_.lower(), quote, source, 1)

    def announcement(self, sent: Span) -> Frame | None:
        """A speaker and a cue whose words come after the sentence: "Le directeur a répondu :",
        "The president also said:", "Marie Dupont, infirmière, raconte sa nuit." The frame's
        content is empty, at the sentence's end."""
        words = [t for t in sent if not t.is_space]
        if not words:
            return None
        colon = words[-1].text == ":"
        if colon:
            verb = self.clause_verb_before(sent, words[-1])
        else:
            verb = next((t for t in words if t.dep_ == "ROOT"), None)
            if verb is not None and verb.lemma_.lower() not in self.lexicon.speech_verbs:
                verb = None
        if verb is None or _unreal(verb) or self.inside_quote(verb.idx):
            return None
        source = self.find_source(sent, verb)
        if source is None:
            return None
        cue = self.cue_tokens(verb)
        end = words[-1].idx + len(words[-1].text)
        return Frame(tokens_span(cue), verb.lemma_.lower(), (end, end), source, 1)

    @staticmethod
    def clause_verb_before(sent: Span, colon: Token) -> Token | None:
        for token in reversed(sent[: colon.i - sent.start]):
            if token.is_quote or token.text in (".", ";", "!", "?"):
                return None
            if token.pos_ in ("VERB", "AUX") and not token.dep_.startswith("aux"):
                return token
        return None

    # -- verbal cues ----------------------------------------------------------------------

    def lemma(self, token: Token) -> str:
        """The token's lemma, or the verb its form points to when the tagger misread it:
        "rappelle" tagged as an adjective with the lemma "rappell" is "rappeler"."""
        lemma = token.lemma_.lower()
        if lemma in self.lexicon.cue_verbs or not token.is_lower:
            return lemma
        word = token.lower_
        for ending, infinitive in self.lexicon.verb_endings:
            guess = word[: -len(ending)] + infinitive
            if word.endswith(ending) and guess in self.lexicon.speech_verbs:
                return guess
        return lemma

    def misread_cue(self, token: Token) -> bool:
        """ "la professionnelle rappelle qu'…" with "rappelle" tagged as an adjective: a form
        of a verb of saying right before "que" is that verb, whatever the tag."""
        if token.pos_ not in ("NOUN", "ADJ", "VERB") or token.lemma_.lower() == self.lemma(token):
            return False
        following = token.i + 1
        while following < len(token.doc) and token.doc[following].pos_ == "ADV":
            following += 1
        after = token.doc[following] if following < len(token.doc) else None
        return after is not None and self.lexicon.is_complementizer(after.lower_)

    def is_cue_verb(self, token: Token) -> bool:
        lemma = self.lemma(token)
        return (
            (token.pos_ in ("VERB", "AUX") or self.misread_cue(token))
            and lemma in self.lexicon.cue_verbs
            and lemma not in self.lexicon.excluded_verbs
            and not self.inside_quote(token.idx)
            and not _infinitive(token)
            and not _unreal(token)
            and not self.hypothetical_belief(token, lemma)
            and not _bare_participle(token)
        )

    def hypothetical_belief(self, verb: Token, lemma: str) -> bool:
        """ "they may want to reconsider", "he would want someone loyal": a belief or wish
        under a modal is a guess about someone's mind, not a view they hold or voiced."""
        if lemma not in self.lexicon.belief_verbs:
            return False
        modals = self.lexicon.hypothetical_modals
        return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)

    def verbal_frame(self, sent: Span, verb: Token) -> Frame | None:
        if not self.is_cue_verb(verb):
            return None
        lemma = self.lemma(verb)
        strong = lemma in self.lexicon.speech_verbs or lemma in self.lexicon.relay_verbs
        source = self.find_source(sent, verb)
        content = self.find_content(sent, verb, source, strong)
        if content is None or (_gerund(verb) and not self._reports_words(content)):
            return None  # "en défendant la laïcité", "une photo montrant Trump": no statement
        if self._hypothetical(verb):
            return None  # "pourra saisir le Conseil si elle estime que …": a case, not a claim
        if _passive(verb) and not self.is_impersonal(verb) and not self._has_agent(verb):
            return None  # "les personnes ayant été condamnées": said of them, not by them
        weak = lemma in self.lexicon.weak_verbs and not strong and self.lexicon.weak_needs_clause
        if weak and not self._document(source) and not self._reports_words(content):
            return None  # "ont prévu de faire la même démarche": a plan, not a statement
        belief = lemma in self.lexicon.belief_verbs and not strong
        if belief and self.lexicon.belief_needs_clause and not self._reports_words(content):
            return None
        if source is not None and source.start_char < content[0] < source.end_char:
            # "par le ministère que …": the parser hung the content on the speaker.
            kept = [t for t in source if t.idx + len(t) <= content[0] and not t.is_space]
            source = sent.doc[kept[0].i : kept[-1].i + 1] if kept else None
        if source is None and not (strong and self.is_impersonal(verb)):
            return None  # only "it is said that" reports speech with no speaker
        cue = self.cue_tokens(verb)
        written = self.relative_subject(verb) if source is not None else None
        return Frame(tokens_span(cue), lemma, content, source, 2 if strong else 1, written)

    def relative_subject(self, verb: Token) -> tuple[int, int] | None:
        """ "aides, who said": the relative pronoun that is the cue's subject, as PolNeAR marks
        the source; the antecedent stays the mention that names it."""
        if not self.lexicon.relative_is_source or verb.dep_ not in ("relcl", "acl:relcl"):
            return None
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.lower_ in self.lexicon.relative_pronouns:
                return child.idx, child.idx + len(child.text)
        return None

    def light_verb_frame(self, sent: Span, verb: Token) -> Frame | None:
        """ "a fait état d'un taux important", "a fait savoir qu'il …", "fait part de sa
        volonté": a light verb whose noun or verb after it carries the act of saying."""
        tail = self.light_tail(sent, verb)
        if tail is None or self.inside_quote(verb.idx) or _unreal(verb) or _infinitive(verb):
            return None
        after = tail[-1].i + 1
        if after >= sent.end or sent.doc[after].is_punct:
            return None
        cue = sorted([*self.cue_tokens(verb), *tail], key=lambda t: t.i)
        phrase = " ".join([verb.lemma_.lower(), *(t.lower_ for t in tail)])
        inverted = self.inverted_source(sent, tail[-1], opener=cue[0])
        if inverted is not None:
            # "« … », a fait valoir le chancelier au quotidien italien": the words come first
            content = self.rest_of_sentence(sent, cue[0], inverted)
            return Frame(tokens_span(cue), phrase, content, inverted, 2) if content else None
        source = self.find_source(sent, verb) or self.opening_noun_phrase(sent, cue[0])
        if source is None:
            return None
        first = sent.doc[after]
        content = self.extend_to_quotes((first.idx, self.clause_end(sent, first)))
        return Frame(tokens_span(cue), phrase, content, source, 2)

    def opening_noun_phrase(self, sent: Span, cue: Token) -> Span | None:
        """ "Le bilan du projet-pilote mené l'an dernier fait état de …" when the parse lost
        the subject: the noun phrase that opens the sentence and runs up to the cue."""
        doc = sent.doc
        words = [t for t in doc[sent.start : cue.i] if not t.is_space]
        if not words or words[0].pos_ not in ("DET", "PROPN") or len(words) > 12:
            return None
        if any(acts_as_verb(t) and "Part" not in t.morph.get("VerbForm", []) for t in words):
            return None  # a clause of its own, not a subject
        if any(t.text in (",", ";", ":") for t in words):
            return None
        return doc[words[0].i : words[-1].i + 1]

    def light_tail(self, sent: Span, verb: Token) -> list[Token] | None:
        """The words after ``verb`` that make it a light-verb cue, if they do."""
        for words in self.lexicon.light_verbs.get(verb.lemma_.lower(), ()):
            tail = list(sent.doc[verb.i + 1 : min(verb.i + 1 + len(words), sent.end)])
            if [t.lower_ for t in tail] == list(words):
                return tail
        return None

    def cue_tokens(self, verb: Token) -> list[Token]:
        """The verb with its auxiliaries and particles: "avait déclaré", "pointed out"."""
        parts = [verb]
        for child in verb.children:
            near = abs(child.i - verb.i) <= 3
            if near and (child.dep_.startswith("aux") or child.dep_ in ("prt", "compound:prt")):
                parts.append(child)
            elif child.i == verb.i + 1 and (
                self._object_preposition(verb, child) or self._topic_preposition(verb, child)
            ):
                parts.append(child)  # "called for", "appelé à", "spoke about"
            elif child.lower_ in self.lexicon.euphonic and child.i < verb.i:
                parts.append(child)  # the "-t-" of "a-t-il ajouté"
        parts.sort(key=lambda t: t.i)
        # Keep the run contiguous apart from inverted clitics ("a-t-il ajouté").
        parts = [t for t in parts if t.i >= parts[-1].i - 4]
        return self._with_adverbs(verb, parts)

    @staticmethod
    def _with_adverbs(verb: Token, parts: list[Token]) -> list[Token]:
        """The adverbs before the verb group belong to the cue: "also said", "has just
        recently said". (After the verb, PolNeAR's annotators disagree: "said recently".)"""
        doc, taken = verb.doc, {t.i for t in parts}

        def qualifies(token: Token) -> bool:
            return (
                token.pos_ == "ADV"
                and token.dep_ == "advmod"
                and (token.head.i in taken or token.head.i == verb.i)
            )

        first = parts[0].i - 1
        while first >= 0 and qualifies(doc[first]):
            taken.add(first)
            first -= 1
        return [doc[i] for i in sorted(taken)]

    def _object_preposition(self, verb: Token, prep: Token) -> bool:
        lexicon = self.lexicon
        if verb.lemma_.lower() not in lexicon.object_verbs:
            return False
        dated = any(
            c.ent_type_ in ("DATE", "TIME") or c.lower_ in lexicon.weekdays for c in prep.children
        )
        return prep.lower_ in lexicon.object_prepositions and not dated  # not "reported on Monday"

    def _topic_preposition(self, verb: Token, prep: Token) -> bool:
        """ "spoke about", "warned of", "commented on": the preposition of what was spoken of,
        not of a time, a channel or an occasion ("spoke on Monday", "wrote on Twitter")."""
        lexicon = self.lexicon
        if (
            prep.dep_ != "prep"
            or prep.lower_ not in lexicon.topic_prepositions
            or self.lemma(verb) not in lexicon.topic_verbs
            or _passive(verb)  # "an article was written about the incident"
        ):
            return False
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.ent_type_ in ("DATE", "TIME") or is_day(noun, lexicon):
            return False
        if noun.lemma_.lower() in lexicon.topic_exclusions:  # "spoke on condition of anonymity"
            return False
        # "wrote on Twitter"
        channel = prep.lower_ in lexicon.channel_prepositions and noun.pos_ == "PROPN"
        setting = (
            noun.lemma_.lower() in lexicon.speech_nouns or noun.text in lexicon.media_name_tokens
        )
        return not (setting or channel)

    # -- sources --------------------------------------------------------------------------

    def find_source(self, sent: Span, verb: Token) -> Span | None:
        for child in verb.children:
            if child.dep_ in AGENT_DEPS:
                agent = self.agent_noun(child)
                if agent is not None:
                    return self.mention(sent, agent, verb)
        relative = any(
            c.dep_ in SUBJECT_DEPS and c.lower_ in self.lexicon.relative_pronouns
            for c in verb.children
        )
        if relative and verb.dep_ in ("relcl", "acl:relcl"):
            if not self.can_speak(verb.head):
                return None  # "the talks, who asked": a parse that hung "who" on a thing
            return self.mention(sent, verb.head, verb)  # "aides, who said": the antecedent
        if relative:
            antecedent = self.relative_antecedent(sent, verb)
            if antecedent is not None:
                return antecedent  # "détaille Mme Cardenal, qui développe :" misparsed
        subject = self.subject_of(verb)
        if subject is not None:
            return self.mention(sent, subject, verb)
        if verb.dep_ in ("amod", "acl") and verb.head.i == verb.i - 1 and self.can_speak(verb.head):
            # "Le gouvernement considère qu'…" parsed as a noun and its modifier
            return self.mention(sent, verb.head, verb)
        if self.is_impersonal(verb):
            return None  # "it is said that", "il est rapporté que": a claim with no source
        inverted = self.inverted_source(sent, verb)
        if inverted is not None:
            return inverted
        return self.surface_subject(sent, verb) or self.borrowed_subject(sent, verb)

    def relative_antecedent(self, sent: Span, verb: Token) -> Span | None:
        """The noun just before the relative pronoun subject of ``verb``, when the parse did
        not attach the relative clause to it."""
        pronoun = next(c for c in verb.children if c.lower_ in self.lexicon.relative_pronouns)
        i = pronoun.i - 1
        while i > sent.start and sent.doc[i].is_punct:
            i -= 1
        noun = sent.doc[i]
        if i < sent.start or noun.pos_ not in ("NOUN", "PROPN") or not self.can_speak(noun):
            return None
        while noun.dep_ in ("flat", "flat:name", "compound") and noun.head.i < noun.i:
            noun = noun.head
        return self.mention(sent, noun, verb)

    def surface_subject(self, sent: Span, verb: Token) -> Span | None:
        """Noun phrase + auxiliary + participle is a subject and its verb, whatever the parse
        says: "l'armée syrienne a, en réponse, annoncé"; so is a name, its apposition and the
        verb: "Col. Steven H. Warren, a military spokesman, said", when the parse hung the name
        elsewhere."""
        doc = sent.doc
        if _passive(verb):
            return None  # "Brannock is said to have met": the subject is talked about
        i, seen_aux, seen_apposition = verb.i - 1, False, False
        while i > sent.start:
            token = doc[i]
            opening = self._insertion_start(sent, i) if token.text == "," else None
            if opening is not None:
                i, seen_apposition = opening, True
            elif token.pos_ == "AUX" or token.lemma_.lower() in self.lexicon.auxiliaries:
                seen_aux = True
            elif token.pos_ != "ADV" and not token.is_space:
                break
            i -= 1
        if i <= sent.start - 1 or not (seen_aux or seen_apposition):
            return None
        head = doc[i]
        while head.dep_ in ("amod", "flat", "flat:name", "compound") and head.head.i < head.i:
            head = head.head
        if (
            head.pos_ not in ("NOUN", "PROPN", "PRON")
            or head.lower_ in self.lexicon.non_source_subjects
        ):
            return None
        if not seen_aux and not (self.can_speak(head) and head.pos_ != "PRON"):
            return None  # "Col. Warren, a spokesman, said" hung on a date: only a speaker
        return self.mention(sent, head, verb)

    @staticmethod
    def _insertion_start(sent: Span, comma: int) -> int | None:
        """For the closing comma of ", en réponse,", the index of its opening comma."""
        doc = sent.doc
        for j in range(comma - 1, max(sent.start, comma - 6) - 1, -1):
            if doc[j].text == ",":
                return j
        return None

    def can_speak(self, noun: Token) -> bool:
        """A name, or a noun for people, bodies, outlets or documents."""
        lemma, lexicon = noun.lemma_.lower(), self.lexicon
        kinds = (
            lexicon.person_roles,
            lexicon.anonymous_heads,
            lexicon.organization_nouns,
            lexicon.government_nouns,
            lexicon.media_nouns,
            lexicon.document_nouns,
        )
        return noun.pos_ in ("PROPN", "PRON") or any(lemma in kind for kind in kinds)

    def subject_of(self, verb: Token) -> Token | None:
        """The subject nearest the verb, unless it is an expletive or a demonstrative."""
        subjects = [
            c
            for c in verb.children
            if c.dep_ in SPEAKER_DEPS
            and c.lower_ not in self.lexicon.non_source_subjects
            and c.lower_ not in self.lexicon.euphonic
            and not (self.inside_quote(c.idx) and not self.inside_quote(verb.idx))
            and not (c.lower_ in self.lexicon.expletives and self.is_impersonal(verb))
        ]
        nouns = [c for c in subjects if c.pos_ in ("NOUN", "PROPN")]
        # "L'Union suisse des paysans a, elle, demandé": the pronoun only repeats the noun.
        return min(nouns or subjects, key=lambda c: abs(c.i - verb.i), default=None)

    def is_impersonal(self, verb: Token) -> bool:
        passive = _passive(verb)
        expletives = self.lexicon.expletives
        expletive = any(
            c.lower_ in expletives and c.dep_ in SUBJECT_DEPS | {"expl"} for c in verb.children
        )
        return passive and expletive

    def borrowed_subject(self, sent: Span, verb: Token) -> Span | None:
        """A participle or a coordinated verb speaks for the subject of the clause above it:
        "…, affirmant : « … »", "saying that …", "and added"."""
        participle = "Part" in verb.morph.get("VerbForm", [])
        inherits = verb.dep_ in INHERITING_DEPS or verb.dep_ in ("acl", "advcl", "obl")
        if not inherits and not (participle and verb.dep_ == "advmod"):
            return None  # ", arguant que …" is sometimes hung on the verb as an adverb
        head = verb
        for _ in range(4):
            if head.head is head:
                return None
            head = head.head  # any part of speech: the small models tag "réagi" as an adjective
            subject = self.subject_of(head)
            if subject is not None and subject.i < verb.i:
                return self.mention(sent, subject, verb)
        return None

    @staticmethod
    def agent_noun(agent: Token) -> Token | None:
        if agent.pos_ in ("NOUN", "PROPN", "PRON"):
            return agent  # French obl:agent is the noun itself
        return next((c for c in agent.children if c.dep_ == "pobj"), None)

    def inverted_source(self, sent: Span, verb: Token, opener: Token | None = None) -> Span | None:
        """ "…, a rapporté Kyiv Post." / "…, said the minister.": the source follows the cue.
        ``opener`` is the cue's first word when it is not ``verb`` ("a fait valoir")."""
        after = [t for t in sent if t.i > verb.i]
        words: list[Token] = []
        for token in after:
            if token.is_punct or token.is_space:
                break
            words.append(token)
        if not words or len(words) > 12 or verb.lemma_.lower() in self.lexicon.addressee_verbs:
            return None  # "…, told reporters": whom it was said to, not who said it
        if self.lexicon.is_complementizer(words[0].lower_) or any(acts_as_verb(t) for t in words):
            return None  # a clause, not a noun phrase
        if not any(t.pos_ in ("PROPN", "NOUN") for t in words):
            return None
        ends_clause = len(words) == len(after) or after[len(words)].text in (",", ".", ";", "!")
        first = opener or verb
        preceded = first.i > sent.start and self._opens_after_break(sent, first)
        if not (ends_clause and preceded):
            return None
        head = next((t for t in words if t.head.i < words[0].i or t.head.i > words[-1].i), words[0])
        start, end = self.without_dates(sent.doc, head, words[0].i, words[-1].i + 1)
        adjunct = next(
            (
                t.i
                for t in sent.doc[max(start, head.i) + 1 : end]
                if t.pos_ == "ADP" and t.lower_ not in self.lexicon.name_links
            ),
            None,
        )
        if adjunct is not None:
            end = adjunct  # "le chancelier au quotidien italien": whom, not who
        return sent.doc[start:end] if start < end else None

    def _opens_after_break(self, sent: Span, first: Token) -> bool:
        i = first.i - 1
        while i >= sent.start and (
            sent.doc[i].dep_.startswith("aux")
            or sent.doc[i].is_space
            or sent.doc[i].lower_ in self.lexicon.euphonic
        ):
            i -= 1
        return i >= sent.start and (
            sent.doc[i].text in (",", "»", "”", '"', "—") or sent.doc[i].is_quote
        )

    def mention(self, sent: Span, head: Token, verb: Token) -> Span:
        """The whole noun phrase of ``head``, appositions included, never reaching the cue."""
        left, right = head.left_edge.i, head.right_edge.i
        if left <= verb.i <= right:
            # The cue sits inside the phrase (a relative clause): keep what precedes it.
            cut = verb.left_edge.i
            left, right = (left, cut - 1) if left <= head.i < cut else (head.i, head.i)
        start, end = max(left, sent.start), min(right + 1, sent.end)
        while start < head.i and sent.doc[start].pos_ == "ADP":
            start += 1  # "par le ministère": the agent without its preposition
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
        start, end = self.without_dates(sent.doc, head, start, end)
        opened = any(t.is_quote and t.is_left_punct for t in sent.doc[start:end])
        bracketed = any(t.text == "(" for t in sent.doc[start:end])
        while end - 1 > start and sent.doc[end - 1].is_punct:
            if opened and sent.doc[end - 1].is_quote:
                break  # 'The report, titled “Water at Risk,”': keep the title whole
            if bracketed and sent.doc[end - 1].text == ")":
                break  # "l'Office fédéral de l'environnement (OFEV)"
            end -= 1
        while start < end - 1 and (sent.doc[start].is_punct or sent.doc[start].pos_ == "CCONJ"):
            start += 1
        if any(self.inside_quote(t.idx) for t in sent.doc[start:end]):
            start, end = head.i, head.i + 1  # a parse that hung a quotation on the speaker
        start = self.leading_role(sent, start, verb)
        if start >= end:  # a parse tree that crosses the sentence's edge: the head alone
            return sent.doc[head.i : head.i + 1]
        return sent.doc[start:end]

    def without_dates(self, doc: Doc, head: Token, start: int, end: int) -> tuple[int, int]:
        """A speaker's phrase without the time the parser hung on it: "jeudi le ministre",
        "l'OFAG jeudi dans un communiqué" are "le ministre" and "l'OFAG"."""

        while start < end - 1 and is_day(doc[start], self.lexicon):
            start += 1
        # A parse that made the date's first word the head ("l'OMS début mars") cuts there.
        after_head = max(head.i, start) + (0 if head.i > start else 1)
        cut = next((t.i for t in doc[after_head:end] if is_day(t, self.lexicon)), None)
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
        while first > sent.start and doc[first - 1].text != "," and comma - first < 8:
            first -= 1
        phrase = doc[first:comma]
        if first >= verb.i or any(t.pos_ in ("VERB", "AUX") for t in phrase):
            return start
        opens = first == sent.start or doc[first - 1].text == ","
        has_role = any(t.lemma_.lower() in self.lexicon.person_roles for t in phrase)
        return first if opens and has_role else start

    # -- contents -------------------------------------------------------------------------

    def find_content(
        self, sent: Span, verb: Token, source: Span | None, strong: bool
    ) -> tuple[int, int] | None:
        quote = self.adjacent_quote(sent, verb, source)
        if quote is not None and not (quote[1] <= verb.idx and self.clause_after(verb)):
            return quote  # '“…,” he said, adding that …': "adding" reports the clause
        lemma = self.lemma(verb)
        frame_only = lemma in self.lexicon.frame_only_verbs
        for child in verb.children:
            if self.is_reported_clause(child, source, frame_only):
                bounds = self.before_colon_quote(self.clause_bounds(verb, child))
                bounds = self.before_next_frame(child, bounds)
                return self.extend_to_quotes(bounds)
        complementizer = self.surface_complement(sent, verb)
        if complementizer is not None:
            return self.extend_to_quotes(complementizer)
        provision = lemma in self.lexicon.weak_verbs and self._document(source)
        if lemma in self.lexicon.infinitive_verbs or provision:
            infinitive = self.infinitive_complement(sent, verb)
            if infinitive is not None:
                return self.extend_to_quotes(infinitive)
        if (strong or provision) and self.is_inverted(sent, verb, source):
            return self.rest_of_sentence(sent, verb, source)
        if lemma in self.lexicon.object_verbs or provision:
            obj = self.reported_object(verb)
            if obj is not None:
                end = self.object_content_end(sent, verb, obj)
                return self.extend_to_quotes((obj.left_edge.idx, end))
        return self.topic_content(verb)

    def topic_content(self, verb: Token) -> tuple[int, int] | None:
        """ "spoke about the need for reform": what the speaker spoke of, the phrase of the
        preposition right after the verb."""
        if verb.i + 1 >= len(verb.doc):
            return None
        prep = verb.doc[verb.i + 1]
        if prep.head.i != verb.i or not self._topic_preposition(verb, prep):
            return None
        noun = next(c for c in prep.children if c.dep_ == "pobj")
        return self.extend_to_quotes(subtree_bounds(noun))

    def clause_after(self, verb: Token) -> bool:
        """Whether a that-clause follows the verb: "adding that …"."""
        return any(
            c.dep_ == "ccomp"
            and c.i > verb.i
            and self.lexicon.is_complementizer(c.left_edge.lower_)
            and c.left_edge.i == verb.i + 1
            for c in verb.children
        )

    def object_content_end(self, sent: Span, verb: Token, obj: Token) -> int:
        """Where "criticized the plan as reckless", "blamed the network for the error" stop:
        before the first phrase of the verb after the object that does not complete it (the
        time or occasion, a clause after a comma: "… during a meeting", "…, saying …")."""
        end = self.clause_end(sent, obj)
        if not self.lexicon.object_complements:
            return end  # a language that does not say what completes an object keeps it all
        for child in sorted(verb.children, key=lambda t: t.i):
            if child.i <= obj.right_edge.i or child.is_punct or child.idx >= end:
                continue
            completes = (
                child.dep_ in COMPLEMENT_DEPS
                or (child.dep_ == "prep" and child.lower_ in self.lexicon.object_complements)
                or child.left_edge.pos_ == "CCONJ"  # "X and Y", a second object hung on the verb
            )
            if not completes:
                last = sent.doc[child.left_edge.i - 1]
                while last.i > obj.i and last.is_punct and not last.is_quote:
                    last = sent.doc[last.i - 1]
                return min(end, last.idx + len(last.text))
        last = verb.right_edge  # nor past the verb's own phrase
        while last.i > obj.i and last.is_punct and not last.is_quote:
            last = sent.doc[last.i - 1]
        floor = obj.right_edge.idx + len(obj.right_edge.text)
        return max(floor, min(end, last.idx + len(last.text)))

    def _document(self, source: Span | None) -> bool:
        """ "La loi prévoit une protection", "le rapport montre une hausse": what a text or a
        study lays down is its content, even as a noun phrase."""
        if source is None:
            return False
        head = source.root.lemma_.lower()
        return head in self.lexicon.document_nouns or any(
            noun in source.text.lower() for noun in self.lexicon.document_nouns if " " in noun
        )

    def is_reported_clause(self, child: Token, source: Span | None, frame_only: bool) -> bool:
        if child.dep_ not in CLAUSE_DEPS:
            return False
        fronted = self._fronted_relative(child, source)
        if self._overlaps_source(child, source) and not fronted:
            return False
        gerund = child.tag_ == "VBG"  # "described visiting a school"
        if child.dep_ == "xcomp" and (
            (frame_only and not gerund) or child.pos_ not in ("VERB", "AUX")
        ):
            return False  # "continue to tread gingerly", "called to mind"
        # A parataxis that is itself a cue is another parenthetical frame ("…, they said, …").
        return child.dep_ != "parataxis" or not (
            self.is_cue_verb(child) or sum(t.is_alpha for t in child.subtree) < 3
        )

    def clause_bounds(self, verb: Token, clause: Token) -> tuple[int, int]:
        """The clause, with the ones coordinated after it: "said that A and that B"; an
        infinitive takes in whom it is asked of: "urged the senator to apologize"."""
        start, end = subtree_bounds(clause)
        if clause.dep_ == "xcomp":
            addressee = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i < clause.i]
            if addressee and addressee[0].i > verb.i:
                start = min(start, addressee[0].left_edge.idx)
        for sibling in verb.children:
            marked = any(self.lexicon.is_complementizer(c.lower_) for c in sibling.children)
            if sibling.dep_ == "conj" and sibling.i > clause.i and marked:
                end = max(end, subtree_bounds(sibling)[1])
        return start, end

    def before_next_frame(self, clause: Token, bounds: tuple[int, int]) -> tuple[int, int]:
        """ "said the economy was weak, and accused the bank of …", "…, and when asked whether
        …": a reported clause stops before ", and" that opens another act of saying, which the
        parser hung on the clause."""
        start, end = bounds
        doc = clause.doc
        for conj in clause.children:
            if conj.dep_ != "conj" or conj.i <= clause.i:
                continue
            saying = self.is_cue_verb(conj) or any(
                c.dep_ == "advcl" and self.is_cue_verb(c) for c in conj.children
            )
            first = conj.left_edge.i
            if not saying or first < 2 or doc[first - 1].dep_ != "cc" or doc[first - 2].text != ",":
                continue
            comma = doc[first - 2]
            if start < comma.idx < end and not self.inside_quote(comma.idx):
                end = comma.idx
        return start, end

    def reported_object(self, verb: Token) -> Token | None:
        """What "announced", "criticized", "called for" bear on: their object."""
        for child in verb.children:
            if child.dep_ in OBJECT_DEPS and child.i > verb.i:
                return child
            if child.dep_ == "prep" and self._object_preposition(verb, child):
                return next((c for c in child.children if c.dep_ == "pobj"), None)
            if child.dep_ in ("obl:arg", "obl") and child.i > verb.i:
                # "a appelé à la « retenue »": the preposition hangs on the noun (UD style)
                case = next((c for c in child.children if c.dep_ == "case"), None)
                if (
                    case is not None
                    and case.i == verb.i + 1
                    and self._object_preposition(verb, case)
                ):
                    return child
        following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if verb.dep_ in ("amod", "acl") and following is not None and following.pos_ == "DET":
            # "Le décret prévoit une interdiction" parsed as a noun, its modifier and its
            # complement: the noun phrase right after the verb is what it bears on.
            noun = following.head
            if noun.pos_ == "NOUN" and noun.i > verb.i:
                return noun
        return None

    def adjacent_quote(
        self, sent: Span, verb: Token, source: Span | None
    ) -> tuple[int, int] | None:
        """The speech quotes the cue frame touches: “…,” he said; said: “…”; and both at once
        when the frame splits a quotation: “The plan,” she said, “is dead.”"""
        doc = sent.doc
        cue = self.cue_tokens(verb)
        first = doc[min(cue[0].i, source.start if source is not None else verb.i)]
        last = doc[max(verb.i, source.end - 1 if source is not None else verb.i)]
        frame_start, frame_end = first.idx, last.idx + len(last.text)
        opens_sentence = first.is_sent_start or first.i == sent.start
        touching = [
            (start, end, speech)
            for start, end, speech in self.every_quote
            if (
                end <= frame_start
                and _only_glue(self.text[end:frame_start])
                and not (opens_sentence and _ends_sentence(self.text[start:end]))
            )
            or (
                start >= frame_end
                and _leads_in(self.text[frame_end:start])
                and not self._has_complementizer(frame_end, start)
            )
        ]
        if not any(speech for _, _, speech in touching):
            return None  # a scare quote beside a cue is not what was said
        return touching[0][0], touching[-1][1]

    @staticmethod
    def _has_agent(verb: Token) -> bool:
        return any(c.dep_ in AGENT_DEPS for c in verb.children)

    def _hypothetical(self, verb: Token) -> bool:
        """A cue under "si" / "if": what someone would say in a case, not what was said."""
        markers = self.lexicon.hypothesis_markers
        return any(c.dep_ == "mark" and c.lower_ in markers for c in verb.children)

    def _reports_words(self, content: tuple[int, int]) -> bool:
        """Whether a content is a quotation or a that-clause, not the object of an act."""
        words = self.text[content[0] : content[1]].lower().replace("’", "'").split()
        first = words[0] if words else ""
        quoted = any(start <= content[0] < end for start, end in self.quotes)
        return quoted or self.lexicon.is_complementizer(first)

    def before_colon_quote(self, bounds: tuple[int, int]) -> tuple[int, int]:
        """ "jugé que les tensions s'apaisent : « Elles … »": the clause stops at a colon that
        opens a quotation, which is the speaker's next statement, not part of this one."""
        start, end = bounds
        for q_start, _ in self.quotes:
            if start < q_start < end:
                gap = self.text[start:q_start].rstrip()
                if gap.endswith(":") and not self.inside_quote(start + len(gap) - 1):
                    return start, start + len(gap[:-1].rstrip())
        return bounds

    def _has_complementizer(self, start: int, end: int) -> bool:
        """ "a jugé « impératif » que … : « … »": a that-clause between the cue and a
        quotation is the content; the quotation after it is somebody's next words."""
        words = self.text[start:end].lower().replace("’", "'").split()
        return any(self.lexicon.is_complementizer(w) for w in words)

    def surface_complement(self, sent: Span, verb: Token) -> tuple[int, int] | None:
        """ "said on Tuesday that …", "a déclaré dans une interview que …" when the parse hid it."""
        for token in sent[verb.i - sent.start + 1 :]:
            if self.lexicon.is_complementizer(token.lower_) and token.pos_ in (
                "SCONJ",
                "ADP",
                "PRON",
            ):
                following = token.doc[token.i + 1] if token.i + 1 < sent.end else None
                if following is not None and following.pos_ in ("VERB", "AUX"):
                    return None  # "les motifs que peuvent invoquer les services": a relative
                end = self.clause_end(sent, token)
                return token.idx, end
            if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "aux:tense"):
                return None
            if token.text in (".", ";", "!", "?"):
                return None
        return None

    def infinitive_complement(self, sent: Span, verb: Token) -> tuple[int, int] | None:
        """ "a demandé à la Confédération d'interdire ce produit": what was asked, past the
        addressee the parser often hangs it on. The marker must be followed by an
        infinitive, and no other verb may come between."""
        doc = sent.doc
        for token in doc[verb.i + 1 : sent.end]:
            if token.text in (".", ";", "!", "?", ":") or self.inside_quote(token.idx):
                return None
            following = doc[token.i + 1] if token.i + 1 < sent.end else None
            marker = token.lower_ in self.lexicon.infinitive_markers
            if marker and following is not None and self._looks_infinitive(following):
                return token.idx, self.clause_end(sent, token)
            finite = "Part" not in token.morph.get("VerbForm", [])  # "les parties concernées"
            if token.pos_ in ("VERB", "AUX") and finite and not self._looks_infinitive(token):
                return None
        return None

    def clause_end(self, sent: Span, start: Token) -> int:
        """Where a reported clause stops: the sentence end, or the next cue frame."""
        last = sent[-1]
        for token in sent[start.i - sent.start + 1 :]:
            nxt = token.nbor(1) if token.i + 1 < sent.end else None
            if token.text == "," and nxt is not None and self.is_cue_verb(nxt):
                return token.idx
            if self.inside_quote(token.idx):
                continue
            last = token
        while last.i > start.i and (last.is_punct or last.is_space) and not last.is_quote:
            last = last.doc[last.i - 1]
        return last.idx + len(last.text)

    def is_inverted(self, sent: Span, verb: Token, source: Span | None) -> bool:
        """The frame stands after the content, or inside it: "…, a rapporté Kyiv Post"."""
        first = verb if source is None or source.start > verb.i else source[0]
        last = verb if source is None or source.end - 1 < verb.i else source[-1]
        after = last.i + 1
        while after < sent.end and not _closes_frame(sent.doc[after]):
            if not self._setting_word(sent.doc[after]) or after - last.i > 6:
                return False
            after += 1  # "…, précise l'OFAG jeudi dans un communiqué.": time and channel
        return first.i > sent.start + 2 and self._opens_after_break(sent, first)

    def _setting_word(self, token: Token) -> bool:
        """A word of the time or channel that may trail an inverted frame: a day, or a
        preposition and determiner before a speech noun ("dans un communiqué")."""
        lexicon = self.lexicon
        if is_day(token, lexicon) or token.ent_type_ in ("DATE", "TIME"):
            return True
        if token.pos_ in ("ADP", "DET"):
            return True
        return token.lemma_.lower() in lexicon.speech_nouns

    def rest_of_sentence(
        self, sent: Span, verb: Token, source: Span | None
    ) -> tuple[int, int] | None:
        """The content around a parenthetical cue: everything in the sentence but the frame."""
        start = _after_dateline(sent)
        while start < sent.end and (sent.doc[start].is_space or sent.doc[start].is_punct):
            if sent.doc[start].is_quote:
                break
            start += 1
        stop = verb.i
        if source is not None and source.start < stop:
            stop = source.start
        while stop > start and sent.doc[stop - 1].dep_.startswith("aux"):
            stop -= 1
        if stop - start < 3:
            return None
        end_token = self._after_frame_end(sent, verb, source) or sent.doc[stop - 1]
        while end_token.i > start and end_token.text in (",", "—", "–"):
            end_token = sent.doc[end_token.i - 1]
        return sent.doc[start].idx, end_token.idx + len(end_token.text)

    def _after_frame_end(self, sent: Span, verb: Token, source: Span | None) -> Token | None:
        """For a frame inside its content ("The plan, she said, is dead"), the content's last
        word; None when the frame closes the sentence, its day and channel included ("…, a
        rapporté Kyiv Post le 28 novembre.")."""
        frame_end = max(verb.i, source.end - 1 if source is not None else verb.i)
        while frame_end + 1 < sent.end and self._setting_word(sent.doc[frame_end + 1]):
            frame_end += 1
        words = [t for t in sent if t.i > frame_end and not (t.is_punct or t.is_space)]
        if not words:
            return None
        last = sent[-1]
        while last.i > frame_end and (last.is_space or (last.is_punct and not last.is_quote)):
            last = sent.doc[last.i - 1]
        return last

    # -- prepositional cues ---------------------------------------------------------------

    def prepositional_frames(self, sent: Span) -> Iterator[Frame]:
        """ "According to X, …", "…, selon X": the content is the rest of the clause. Two such
        cues in one sentence each report the stretch since the one before."""
        lowered = sent.text.lower()
        matches = sorted(
            (m.start(), m.end(), m.group())
            for pattern in self._prepositional
            for m in pattern.finditer(lowered)
        )
        floor = sent.start
        for start, end, cue in matches:
            frame = self.prepositional_frame(sent, start, end, cue, floor)
            if frame is not None and frame.source is not None:
                floor = frame.source.end
                yield frame

    def prepositional_frame(
        self, sent: Span, start: int, end: int, cue: str, floor: int
    ) -> Frame | None:
        doc = sent.doc
        cue_span = doc.char_span(sent.start_char + start, sent.start_char + end, "expand")
        if cue_span is None or cue_span.start < floor or self.inside_quote(cue_span.start_char):
            return None
        if cue_span.end < sent.end and doc[cue_span.end].lower_ in self.lexicon.relative_pronouns:
            return None  # "l'idée selon laquelle …": the cue heads a relative clause, no source
        source_tokens: list[Token] = []
        for token in sent[cue_span.end - sent.start :]:
            if token.text in (",", ".", ";", ":", "!", "?", "»", "”", ")") or token.is_space:
                break
            participle = token.tag_ in ("VBN", "VBG")  # "exit polls conducted for the AP"
            if (
                token.pos_ in ("VERB", "AUX")
                and source_tokens
                and source_tokens[-1].pos_ != "DET"
                and not participle
            ):
                break  # after a determiner, a "verb" is a noun the tagger misread: "le naturopathe"
            source_tokens.append(token)
        if not source_tokens:
            return None
        source = doc[source_tokens[0].i : source_tokens[-1].i + 1]
        bracket = _bracket_around(sent, cue_span.start)
        if bracket is not None:
            # "(350 000 au total, selon l'Insee)": the cue speaks for its bracket only
            inside = doc[bracket[0] + 1 : bracket[1]]
            content = self.prepositional_content(inside, cue_span, source, bracket[0] + 1)
        else:
            content = self.prepositional_content(sent, cue_span, source, floor)
        if content is None:
            return None
        lemma = " ".join(cue.split())
        return Frame((cue_span.start_char, cue_span.end_char), lemma, content, source, 2)

    @staticmethod
    def prepositional_content(
        sent: Span, cue: Span, source: Span, floor: int
    ) -> tuple[int, int] | None:
        def loose(token: Token) -> bool:
            return (
                token.is_space or (token.is_punct and not token.is_quote) or token.pos_ == "CCONJ"
            )

        floor = max(floor, _after_dateline(sent))
        before = [t for t in sent if floor <= t.i < cue.start]
        after = [t for t in sent if t.i >= source.end]
        for side in (before, after):
            while side and loose(side[0]):
                side.pop(0)
            while side and loose(side[-1]):
                side.pop()
        side = after if len(after) >= len(before) else before
        introduces = source.end < sent.end and sent.doc[source.end].text == ":"
        if introduces and len(before) >= 3:
            side = before  # "Une hypothèse réaliste selon X : la population a …": X's view
        if len(side) < 3:
            return None
        return tokens_span(side)

    # -- opinion frames -------------------------------------------------------------------

    def opinion_frames(self, sent: Span) -> Iterator[Frame]:
        """ "Pour la ministre, cette innovation va dénaturer …", "À ses yeux, …": a frame that
        opens the sentence and closes on a comma gives the view of the one it names."""
        doc = sent.doc
        start = sent.start
        while start < sent.end and (
            doc[start].is_space or doc[start].pos_ in ("CCONJ", "PUNCT", "ADV")
        ):
            start += 1  # "Mais pour eux, …", "Cependant, pour les auteurs, …"
        if start >= sent.end:
            return
        found = self._opinion_opening(sent, start)
        if found is None:
            return
        cue, source, comma = found
        words = [t for t in doc[comma + 1 : sent.end] if not t.is_space]
        while words and words[-1].is_punct and not words[-1].is_quote:
            words.pop()
        if sum(t.is_alpha for t in words) < 3:
            return
        content = (words[0].idx, words[-1].idx + len(words[-1].text))
        yield Frame(tokens_span(cue), " ".join(t.lower_ for t in cue), content, source, 2)

    def _opinion_opening(self, sent: Span, start: int) -> tuple[list[Token], Span, int] | None:
        """The cue words, the source and the closing comma of an opening opinion frame."""
        doc, lexicon = sent.doc, self.lexicon
        comma = next((t.i for t in doc[start : sent.end] if t.text == ","), None)
        if comma is None or comma - start > 8:
            return None
        opening = doc[start:comma]
        lowered = " ".join(opening.text.lower().split())
        if lowered in lexicon.possessive_frames:
            owner = next((t for t in opening if t.lower_ in lexicon.pronouns), None)
            if owner is None:
                return None
            return list(opening), doc[owner.i : owner.i + 1], comma
        if doc[start].lower_ not in lexicon.opinion_prepositions or comma - start < 2:
            return None
        source = doc[start + 1 : comma]
        if any(t.pos_ in ("VERB", "AUX") for t in source) or not self.can_speak(source.root):
            return None
        if source.root.pos_ == "PRON" and source.root.lower_ not in lexicon.pronouns:
            return None  # "Pour cela, …": a purpose, not a view
        return [doc[start]], source, comma

    # -- helpers --------------------------------------------------------------------------

    def is_quotation(self, bounds: tuple[int, int]) -> bool:
        """Whether ``bounds`` is one speech quotation, marks included."""
        return any(start <= bounds[0] and bounds[1] <= end for start, end in self.quotes)

    def inside_quote(self, char: int) -> bool:
        return any(start < char < end - 1 for start, end in self.quotes)

    def extend_to_quotes(self, bounds: tuple[int, int]) -> tuple[int, int]:
        """A content that cuts into a quotation takes the whole quotation."""
        start, end = bounds
        for q_start, q_end, _ in self.every_quote:
            if q_start < end and start < q_end:
                start, end = min(start, q_start), max(end, q_end)
        return start, end

    def _fronted_relative(self, clause: Token, source: Span | None) -> bool:
        """ "rules, which officials said will start soon": the clause's relative pronoun stands
        before the speaker, so the clause reaches round the frame, as PolNeAR marks it."""
        first = clause.left_edge
        return (
            source is not None
            and first.lower_ in self.lexicon.relative_pronouns
            and first.tag_ in ("WDT", "WP")
            and first.i < source.start
            and source.end <= clause.i
        )

    def _looks_infinitive(self, token: Token) -> bool:
        """An infinitive, even one the tagger calls a noun ("d'interdire" as NOUN): the form is
        its own lemma and ends as the language's infinitives do, or the morphology says so."""
        if "Inf" in token.morph.get("VerbForm", []):
            return True
        endings = self.lexicon.infinitive_endings
        return (
            token.pos_ in ("VERB", "NOUN")
            and token.lower_ == token.lemma_.lower()
            and bool(endings)
            and token.lower_.endswith(endings)
        )

    @staticmethod
    def _overlaps_source(child: Token, source: Span | None) -> bool:
        if source is None:
            return False
        return child.left_edge.i < source.end and source.start <= child.right_edge.i


def _after_dateline(sent: Span) -> int:
    """Where a sentence starts past its dateline, "WASHINGTON (Reuters) - " or "PARIS —": a
    place in capitals, an agency in brackets, a dash. Sentences without one start at the start."""
    doc = sent.doc
    for token in sent[:12]:
        if token.text in ("-", "—", "–", "--") and token.i > sent.start:
            return token.i + 1
        words = [c for c in token.text if c.isalpha()]
        bracketed = any(t.text == "(" for t in doc[sent.start : token.i]) and not any(
            t.text == ")" for t in doc[sent.start : token.i]
        )
        capitals = (
            token.is_punct
            or token.is_space
            or token.like_num
            or (words and all(c.isupper() for c in words))
        )
        if not (capitals or bracketed or token.text == ")"):
            return sent.start
    return sent.start


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "aux:pass") for c in verb.children)


def is_day(token: Token, lexicon: Lexicon) -> bool:
    """A word that names a day or a month ("jeudi", "yesterday", "novembre", the 28 of "28
    novembre", the "début" of "début mars"), not any date phrase: "going back to 1972" belongs
    to the phrase it ends."""
    word = token.lower_
    if word in lexicon.weekdays or word in lexicon.relative_days or word in lexicon.months:
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is None:
        return False
    if word in lexicon.period_words:  # "début mars", "early 2023"
        return following.lower_ in lexicon.months or following.like_num
    return token.like_num and following.lower_ in lexicon.months


def acts_as_verb(token: Token) -> bool:
    """A verb, unless a determiner stands right before it: "le naturopathe", which the small
    French model tags as a verb, is a noun."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    return token.i == 0 or token.doc[token.i - 1].pos_ != "DET"


def _bracket_around(sent: Span, position: int) -> tuple[int, int] | None:
    """The token indices of the round brackets that enclose ``position``, if any."""
    doc = sent.doc
    opening = next((t.i for t in reversed(doc[sent.start : position]) if t.text in "()"), None)
    if opening is None or doc[opening].text != "(":
        return None
    closing = next((t.i for t in doc[position : sent.end] if t.text in "()"), None)
    if closing is None or doc[closing].text != ")":
        return None
    return opening, closing


def _gerund(verb: Token) -> bool:
    """A present participle that describes a thing or a manner: "une photo montrant Trump",
    "en défendant la laïcité". With words of its own ("affirmant : « … »") it still reports
    them; after a comma ("…, calling him a stiff") it is the speaker's own act of saying."""
    morph = verb.morph
    if "Part" not in morph.get("VerbForm", []) or "Pres" not in morph.get("Tense", []):
        return False
    marked = any(c.dep_ in ("mark", "case") and c.i < verb.i for c in verb.children)
    return verb.dep_ == "acl" or marked


def _unreal(verb: Token) -> bool:
    """ "Vous rappellerez que …", "Demandez conseil": a future or an imperative tells what
    someone will or should say, not what anyone said."""
    return "Imp" in verb.morph.get("Mood", []) or "Fut" in verb.morph.get("Tense", [])


def _infinitive(verb: Token) -> bool:
    """ "to confirm", "de commenter": a cue in the infinitive reports no act of saying."""
    if "Inf" not in verb.morph.get("VerbForm", []):
        return False
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        return True  # "il faudrait s'interroger", "veut dire": what one should or would say
    return any(c.tag_ == "TO" or (c.dep_ == "mark" and c.i < verb.i) for c in verb.children)


def _bare_participle(verb: Token) -> bool:
    """ "une coupure tranchée", "la tendance observée": a past participle with no auxiliary
    describes a thing; it reports nobody's words."""
    morph = verb.morph
    if "Part" not in morph.get("VerbForm", []) or "Past" not in morph.get("Tense", []):
        return False
    if any(c.dep_.startswith("aux") for c in verb.children):
        return False
    return verb.dep_ in ("amod", "acl", "nmod", "obl", "obj", "conj")


def _closes_frame(token: Token) -> bool:
    """What may follow a parenthetical or inverted frame: a comma, the sentence end."""
    return token.is_punct or token.is_space


def _ends_sentence(quote: str) -> bool:
    """“… heart.” He said …: a quotation closed on a full stop ends its own sentence."""
    inner = quote.rstrip("\"”»'’\x00 ")
    return inner.endswith(".")


def _only_glue(gap: str) -> bool:
    """Between a quotation and the cue frame after it: spaces and a little punctuation, within
    the paragraph."""
    stripped = gap.strip()
    return "\n" not in gap and len(stripped) <= 3 and not any(c.isalnum() for c in stripped)


def _leads_in(gap: str) -> bool:
    """Between a cue frame and the quotation after it: nothing, a comma or a colon, or a short
    lead-in ending in a colon ("dans une conversation avec le vice-président :"). A sentence end
    in between means the quotation is not this frame's."""
    stripped = gap.strip()
    if not stripped:
        return "\n" not in gap
    if stripped in (",", ":", "—", "–", "-", ", —"):
        return True
    return (
        stripped.endswith(":")
        and len(stripped.split()) <= 12
        and not any(c in stripped for c in ".!?")
    )
