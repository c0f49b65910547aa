"""Cue words: which tokens are verbs of saying, and what a cue takes with it (auxiliaries,
adverbs, particles)."""

from __future__ import annotations

from itertools import chain
from typing import TYPE_CHECKING

from claimcheck.nlp.frames.base import (
    AUXILIARY_REACH,
    INSERTION_TOKENS,
    MAX_LOCUTION_WORDS,
    MAX_NAME_TOKENS,
    MIN_CLAUSE_WORDS,
    OBJECT_DEPS,
    PERSON_LABELS,
    SUBJECT_DEPS,
    TIMES,
    FrameRules,
    acts_as_verb,
    has_auxiliary,
    is_auxiliary,
    is_bare_participle,
    is_day,
    is_infinitive,
    is_participle,
    is_passive,
    is_present_participle,
    is_unreal,
    opening_comma,
    set_phrase_at,
)
from claimcheck.nlp.morphology import feature
from claimcheck.nlp.parse import SHAPED_OPENING_MARKS

if TYPE_CHECKING:
    from collections.abc import Container, Iterator

    from spacy.tokens import Doc, Span, Token

# What may stand between a verb of aspect and the verb of saying it goes on to: "went on to
# say", "a continué à dire".
ASPECT_GLUE = frozenset({"prt", "compound:prt", "aux", "mark", "case", "advmod"})
# The longest quoted attribute set before its verb's object ("juge « irréaliste » la …").
QUOTED_ATTRIBUTE_TOKENS = 5
# The longest set phrase an auxiliary and its participle can hold between them, in tokens
# ("quant à elle").
FILLER_TOKENS = 3
# The tags a verb of saying may wear when the tagger misreads it: "dénonce" a noun, "rappelle"
# an adjective, "maintient" an adverb, "assurent" a preposition.
MISREAD_TAGS = frozenset({"NOUN", "ADJ", "VERB", "ADV", "ADP"})
# Dependencies only a noun or a mark can have: a verb the parser hung so was misread.
NOMINAL_DEPS = frozenset({"punct", "nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "det"})
# What may stand between "in" and the noun of a statement's form: "a joint", "an emailed", "a
# press".
FORM_MODIFIER_DEPS = frozenset({"det", "amod", "compound", "poss"})


class CueRules(FrameRules):
    """Which words are cues: verbs of saying as the tagger and lemmatizer give them, and the
    words a cue takes with it."""

    def lemma(self, token: Token) -> str:
        """The verb of saying the token's form points to, else its lemma: "rappelle" tagged as
        an adjective with the lemma "rappell" is "rappeler", and "réclame" (the noun's lemma,
        which the lexicon lists so that the cue is found) is "réclamer", the verb whose object
        is what was said."""
        known = self._lemmas.get(token.i)
        if known is None:
            known = self._lemmas[token.i] = self._verb_lemma(token)
        return known

    def _verb_lemma(self, token: Token) -> str:
        lemma = token.lemma_.lower()
        if not token.is_lower:
            return lemma
        return next(self.infinitives_among(token, self.lexicon.speech_verbs), lemma)

    def infinitives_among(self, token: Token, verbs: Container[str]) -> Iterator[str]:
        """The infinitives among ``verbs`` that the token's ending points to, best first."""
        word = token.lower_
        for ending, infinitive in self.lexicon.verb_endings:
            guess = word[: -len(ending)] + infinitive
            if word.endswith(ending) and guess in verbs:
                yield guess

    def misread_cue(self, token: Token, lemma: str) -> bool:
        """ "la professionnelle rappelle qu'…" with "rappelle" tagged as an adjective: a form
        of a verb of saying right before "que" is that verb, whatever the tag; so is one with a
        subject of its own ("Le ministre dénonce que …", "dénonce" tagged as a noun), unless it
        is a predicate after a copula ("X est une critique de …"). ``lemma`` is the token's,
        as ``lemma`` gives it."""
        tagged = token.pos_ in MISREAD_TAGS
        if not tagged and not has_auxiliary(token):
            # "Le ministre maintient que …" with "maintient" tagged an adverb; "L'Iran a nié"
            # with "nié" a determiner, whose auxiliary says it is a verb
            return False
        if lemma not in self.lexicon.cue_verbs:
            return False  # most words: no verb of saying by any reading, and no need to look on
        children = [c.dep_ for c in token.children]
        subject = _has_subject(token)
        if not tagged:
            return token.is_lower and subject
        if token.is_lower and subject and "cop" not in children:
            return True  # not "Angry Voters Have Point", a headline in title case
        if self.trailing_subject(token) is not None:
            return True  # "…, a lawsuit filed in California claims."
        if self.name_then_clause(token) or self.plural_then_clause(token, lemma):
            return True  # "Trump predicts that …", "predicts" read as a noun compounded
        after = self.next_word(token)
        if after is None:
            return False
        if self.opens_misread_object(token, lemma, after):
            return True  # "L'opposition municipale dénonce un « cadeau électoral »"
        if self.opens_bare_infinitive(token, lemma, after):
            return True  # "a toujours nié avoir mis le feu", "nié" tagged an adjective
        if token.lemma_.lower() == lemma and token.pos_ != "ADV":
            return False  # "the report that …": a noun, whose lemma is the verb's
        # "Le maire dénonce « une dérive »", "dénonce" tagged a noun before the guillemet
        return (
            self.lexicon.is_complementizer(after.lower_)
            or (token.i > 0 and self.opens_report(after))
            or self.misread_incise(token, lemma, after)
        )

    def name_then_clause(self, token: Token) -> bool:
        """A bare noun in lower case between a capitalised name the parse compounds with it and the
        mark of a clause: "Trump predicts that …" is a name and its verb, not a noun phrase
        ("the report that …" has its determiner, "Trump claims that are false" a relative)."""
        doc = token.doc
        if token.pos_ != "NOUN" or not token.is_lower or token.i == 0 or token.i + 1 >= len(doc):
            return False
        name, after = doc[token.i - 1], doc[token.i + 1]
        named = name.pos_ == "PROPN" or (name.pos_ == "NOUN" and name.is_title)
        if not named or name.head.i != token.i or name.dep_ != "compound":
            return False
        if name.ent_type_ in TIMES or any(c.dep_ in ("det", "poss") for c in token.children):
            return False  # "her March comment that …": a noun with its owner and date
        return self.lexicon.is_complementizer(after.lower_) and after.dep_ == "mark"

    def plural_then_clause(self, token: Token, lemma: str | None = None) -> bool:
        """A verb of saying in its plain form, read as a noun compounded between a plural noun
        and the subject of a clause: "Court documents allege Reed returned …" is the documents'
        allegation, not "allege Reed"; the plural agrees with the plain form."""
        doc = token.doc
        if token.pos_ != "NOUN" or token.i == 0:
            return False
        lemma = lemma or self.lemma(token)
        if token.lower_ != lemma or lemma not in self.lexicon.speech_verbs:
            return False
        owner, subject = doc[token.i - 1], token.head
        plural = owner.pos_ == "NOUN" and "Plur" in feature(owner, "Number")
        if not plural or owner.dep_ != "compound" or token.dep_ != "compound":
            return False
        clause = subject.head
        return (
            subject.i > token.i
            and subject.dep_ in SUBJECT_DEPS
            and clause.i > subject.i
            and clause.pos_ in ("VERB", "AUX")
            and "Fin" in feature(clause, "VerbForm")
        )

    def misread_incise(self, token: Token, lemma: str, after: Token) -> bool:
        """ "Aucune victime n'est à déplorer, précisent les pompiers": a verb of saying right
        after a comma, its subject after it, tagged an adverb or a noun; the inverted-speaker
        rules read the rest."""
        if lemma not in self.lexicon.speech_verbs or token.i == 0 or not token.is_lower:
            return False
        doc = token.doc
        if doc[token.i - 1].text != "," or after.pos_ not in ("DET", "PROPN"):
            return False
        # the speaker's noun phrase ends the clause: "…, précisent les pompiers." (not "…,
        # juge la réforme « inapplicable »", a verb and its object after a subject's role)
        end = next((t for t in doc[after.i : token.sent.end] if t.is_punct), None)
        return end is None or (end.text in (".", ",", ";", "!", "?") and not end.is_quote)

    def trailing_subject(self, token: Token) -> list[Token] | None:
        """ "…, the filing notes.", "…, a lawsuit filed in California claims.": an inflected
        form of a verb of saying that ends the sentence, after a comma and a noun phrase opened
        by an article. The tagger reads it as a plural noun ("filing notes"), but a sentence
        does not end on a noun phrase set off by a comma after a whole clause. The noun
        phrase, or None."""
        if not token.is_lower or token.lower_ == token.lemma_.lower() or token.i == 0:
            return None
        sent = token.sent
        rest = token.doc[token.i + 1 : sent.end]
        if not rest or any(not (t.is_punct or t.is_space) for t in rest) or rest[0].text != ".":
            return None
        before = list(token.doc[sent.start : token.i])
        comma = next((k for k in range(len(before) - 1, -1, -1) if before[k].text == ","), None)
        if comma is None or comma < MIN_CLAUSE_WORDS:
            return None
        words = before[comma + 1 :]
        if not words or len(words) > MAX_NAME_TOKENS or words[0].pos_ != "DET":
            return None
        if any(acts_as_verb(t) and "Part" not in feature(t, "VerbForm") for t in words):
            return None  # a clause, not a noun phrase ("filed in California" is one)
        nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN")]
        return words if nouns and words[-1].pos_ in ("NOUN", "PROPN") else None

    def opens_misread_object(self, token: Token, lemma: str, after: Token) -> bool:
        """ "X, président de …, juge la réforme « inapplicable »", "Paul Martin dément toute
        fermeture": a verb whose object is what was said, tagged a noun or an adverb, then a
        determiner; not after a determiner or a preposition ("le juge la condamne", "sa
        critique des médias"), where it is the noun."""
        if lemma not in self.lexicon.object_verbs | self.lexicon.quoted_object_verbs:
            return False
        article = self.is_article(after) or self._quoted_attribute_then_article(after)
        if not article or token.i == 0 or not token.is_lower or token.pos_ == "VERB":
            return False  # a verb the tagger read as one has a parse to go by
        before = token.doc[token.i - 1]
        # the subject's last word: a noun, or an adjective on a noun before it ("L'opposition
        # municipale dénonce"), not one on the word itself ("sa vive critique")
        ends_subject = before.pos_ in ("NOUN", "PROPN") or (
            before.pos_ == "ADJ" and before.head.i < before.i
        )
        # "affirme que « … » et annonce son intention": the speaker's next act
        next_act = before.pos_ == "CCONJ" and before.i > 0 and before.nbor(-1).is_quote
        return before.pos_ not in ("DET", "ADP") and (
            before.text == "," or ends_subject or next_act
        )

    def _quoted_attribute_then_article(self, mark: Token) -> bool:
        """ "Le patronat juge « irréaliste » la proposition": a short quoted attribute set
        before the object, whose article follows the closing mark."""
        if mark.text not in SHAPED_OPENING_MARKS:
            return False
        doc = mark.doc
        for token in doc[mark.i + 1 : min(mark.i + 1 + QUOTED_ATTRIBUTE_TOKENS, len(doc) - 1)]:
            if token.is_quote:
                return self.is_article(doc[token.i + 1])
        return False

    def mistagged_verb(self, token: Token) -> bool:
        """Tagged anything but a verb, or an auxiliary though no auxiliary verb: the parser
        made "affirme" of "affirme ne pas avoir reçu" the auxiliary of "reçu". A verb given a
        noun's or a mark's place is misread too: "nie" of "Jean Dupont nie avoir reçu" hung
        as punctuation, "dit" of "Le ministre dit ne jamais avoir été informé" as a subject."""
        if token.pos_ == "AUX":
            return token.lemma_.lower() not in self.lexicon.auxiliaries
        return token.pos_ != "VERB" or token.dep_ in NOMINAL_DEPS

    def first_cue_token(self, verb: Token) -> Token:
        """The cue's first word: its auxiliary, reflexive or particle before the verb."""
        return min(self.cue_tokens(verb), key=lambda t: t.i)

    def opens_bare_infinitive(self, token: Token, lemma: str, after: Token) -> bool:
        """ "La victime raconte avoir été frappée", "raconte" tagged an adjective: a verb of
        saying right after its subject, then the infinitive of what the speaker says of
        themselves. The subject may be tagged an adjective too, right after its article ("Un
        voisin raconte avoir entendu …"), and stand before the verb's auxiliary and adverbs
        ("Moscou a démenti mardi avoir visé …", "Essia B. a toujours nié avoir …")."""
        if lemma not in self.lexicon.speech_verbs or token.i == 0 or not token.is_lower:
            return False
        doc = token.doc
        at = token.i - 1
        while at > 0 and (
            doc[at].lemma_.lower() in self.lexicon.auxiliaries or doc[at].pos_ == "ADV"
        ):
            at -= 1  # "a toujours nié avoir …"
        before = _past_apposition(doc, at)
        nominal = before.pos_ == "ADJ" and before.i > 0 and doc[before.i - 1].pos_ == "DET"
        return (before.pos_ in ("NOUN", "PROPN") or nominal) and self._looks_infinitive(after)

    def opens_report(self, token: Token | None) -> bool:
        """ "que", an opening guillemet, or a colon right before one: what a verb of saying
        reports begins at ``token`` ("Son collègue Ahmed ajoute : « … »")."""
        if token is None:
            return False
        if token.text == ":" and token.i + 1 < len(token.doc):
            token = token.doc[token.i + 1]
        return self.lexicon.is_complementizer(token.lower_) or token.text in SHAPED_OPENING_MARKS

    def goes_on_saying(self, verb: Token) -> bool:
        """ "continued to say that …", "a continué à dire que …": an infinitive after a verb
        of aspect is an act of saying all the same."""
        head = verb.head
        if verb.dep_ not in ("xcomp", "advcl") or head.i > verb.i:
            return False
        if not self.is_aspectual(head):
            return False
        between = verb.doc[head.i + 1 : verb.i]
        return all(t.dep_ in ASPECT_GLUE or t.pos_ == "ADV" for t in between)

    def says_next(self, verb: Token) -> bool:
        """ "…, a déclaré X, avant d'ajouter que …": an infinitive after a marker of sequence
        is the subject's next act of saying."""
        return verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in self.lexicon.sequence_markers for c in verb.children
        )

    def narrative_infinitive(self, verb: Token) -> bool:
        """ "Et d'ajouter : « … »", "Et de conclure que …": the French narrative infinitive,
        an act of saying of the subject the sentence before was about; it opens its sentence
        with "et" and "de"."""
        if not self.lexicon.narrative_infinitive or verb.dep_ != "ROOT":
            return False
        sent = verb.sent
        opening = [t for t in sent[: verb.i - sent.start] if not t.is_space]
        return (
            len(opening) == 2
            and opening[0].pos_ == "CCONJ"
            and opening[1].lower_ in self.lexicon.infinitive_markers
        )

    def is_aspectual(self, verb: Token) -> bool:
        """A verb of aspect, with its particle where it has one: "continue", "went on" (not
        "going to", a future)."""
        particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "compound:prt")]
        phrase = " ".join([self.lemma(verb), *particles])
        return phrase in self.lexicon.aspectual_verbs

    def is_cue_verb(self, token: Token) -> bool:
        lemma = self.lemma(token)
        return (
            lemma in self.lexicon.cue_verbs  # first: most words are no verb of saying
            # "l'accusé" tagged as a verb after its article is a noun
            and (
                (token.pos_ in ("VERB", "AUX") and acts_as_verb(token))
                or self._plural_finite(token)
                or self.misread_cue(token, lemma)
            )
            and lemma not in self.lexicon.excluded_verbs
            and not self.inside_quote(token.idx)
            and not (
                is_infinitive(token)
                and not (
                    self.goes_on_saying(token)
                    or self.says_next(token)
                    or self.narrative_infinitive(token)
                )
            )
            and not is_unreal(token)
            and not self._asked(token, lemma)
            and not self.hypothetical_belief(token, lemma)
            and not self._bare_participle(token, lemma)
            and not self._other_sense(token, lemma)
        )

    def _other_sense(self, verb: Token, lemma: str) -> bool:
        """ "Le tribunal a condamné Jean Dupont à deux ans de prison", "cela ne relève que de la
        supposition": a verb of saying in another sense, which a complement opened by one of
        the lexicon's prepositions for it marks, after the verb's object where it has one (it
        may hang on the object). Not a complement before the object: "a condamné au micro de
        RTL l'attaque" says where it was said."""
        prepositions = self.lexicon.other_senses.get(lemma)
        if not prepositions:
            return False
        objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
        after = max([verb.i, *(o.right_edge.i for o in objects if o.i > verb.i)])
        for word in chain(verb.children, *(o.children for o in objects)):
            marks = [c.lower_ for c in word.children if c.dep_ in ("case", "mark")]
            # "to" of "condemned him to death" is the verb's; "à" of "à deux ans", the noun's
            opened = word.lower_ in prepositions or bool(prepositions.intersection(marks))
            # an object the preposition opens is such a complement, misread; so is one hung
            # on a person the verb has for its object, after it ("a condamné un homme de 52
            # ans à huit mois"; not "condemned the decision to close the plant")
            on_object = (
                word.head in objects
                and word.left_edge.i > word.head.i
                and self._person_or_pronoun(word.head)
            )
            if opened and (word in objects or on_object or word.left_edge.i > after):
                return True
        return False

    def _person_or_pronoun(self, noun: Token) -> bool:
        """A person's name, a pronoun, or a noun for a person ("un homme", "le prévenu"), by
        the word's own lemma. Near twins, kept apart for their word lists:
        ``SpeakerRules._person_noun`` (no pronoun; the lemma of a verb of saying a form may
        point to, as "prévenu" may to "prévenir") and ``ContentRules._person_object``
        (gendered pronouns only, and roles without the lexicon's anonymous heads)."""
        lexicon = self.lexicon
        nouns = lexicon.person_roles | lexicon.anonymous_heads
        return (
            noun.ent_type_ in PERSON_LABELS or noun.pos_ == "PRON" or noun.lemma_.lower() in nouns
        )

    def _plural_finite(self, token: Token) -> bool:
        """A third person plural verb, by its tag, morphology and ending, whatever the article
        before the adjective the tagger made of its subject: "affirment" of "Des riverains
        affirment …", which a verb after an article and adjectives (a noun, as "le
        naturopathe") would not be."""
        endings = self.lexicon.plural_verb_endings
        plural = "Plur" in feature(token, "Number") and "3" in feature(token, "Person")
        finite = "Ind" in feature(token, "Mood") and token.pos_ == "VERB"
        return plural and finite and bool(endings) and token.lower_.endswith(endings)

    def _asked(self, token: Token, lemma: str) -> bool:
        """ "Interrogé par La Provence, un policier juge …": the participle of a verb of asking
        that opens its sentence with no auxiliary says who was asked; unless it carries the
        question ("Asked by Matt Lauer whether she had practiced …"), whoever asked reported
        nothing."""
        if lemma not in self.lexicon.question_verbs or not is_participle(token, "Past"):
            return False
        if has_auxiliary(token) or token.i != token.sent.start:
            return False
        lexicon = self.lexicon
        questions = lexicon.complementizers - lexicon.declarative_complementizers
        marks = (m for c in token.children for m in c.children if m.dep_ == "mark")
        return not any(m.lower_ in questions for m in marks)

    def _bare_participle(self, token: Token, lemma: str) -> bool:
        """``is_bare_participle``, when the form can be one: "estime", tagged a participle,
        is not the participle of "estimer"; nor is a participle after a set phrase that cut
        it from its auxiliary ("Téhéran a de son côté dénoncé")."""
        if not is_bare_participle(token) or self.after_filler_auxiliary(token):
            return False
        if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in token.children):
            return False  # "Maud Servant, elle, dit ne pas y penser": "dit" with its subject
        endings = self.lexicon.past_participle_endings
        group = next((e for e in endings if lemma.endswith(e)), None)
        return group is None or token.lower_.endswith(endings[group])

    def outlet_relay_in(self, words: Span, end: int) -> Token | None:
        """The preposition among ``words``, before character ``end``, that opens a relay to
        an outlet: "à" of "à l'AFP", "au" of "au Parisien". Only a phrase of the lexicon's
        relays with an outlet's name right after it: "à la prudence" is no outlet."""
        for token in words:
            if token.idx >= end:
                break
            if token.pos_ != "ADP" or not self.lexicon.opens_with_relay(
                self.text[token.idx : end].lower()
            ):
                continue
            named = [t for t in token.doc[token.i + 1 : token.i + 4] if t.idx < end]
            if any(self.lexicon.names_outlet(t.text) for t in named):
                return token
        return None

    def next_word(self, token: Token) -> Token | None:
        """The word after ``token`` past adverbs, days and set phrases ("aussi", "mardi", "de
        son côté", "au contraire"): what a verb's object or clause opens with ("La CGT appelle
        aussi à la grève", a verb the tagger misread before "de son côté que …", "a démenti
        mardi avoir visé …")."""
        doc, sent = token.doc, token.sent
        i = token.i + 1
        while i < sent.end:
            phrase = set_phrase_at(self.text, doc, i, sent.end_char, self.lexicon.incise_fillers)
            if phrase is not None:
                i = phrase.end
            elif (doc[i].pos_ == "ADV" and not doc[i].is_punct) or is_day(doc[i], self.lexicon):
                i += 1
            else:
                return doc[i]
        return None

    def filler_ending_at(self, sent: Span, index: int) -> int | None:
        """Where the set phrase that ends at token ``index`` starts ("de son côté", "au
        contraire"), if one does."""
        doc, fillers = sent.doc, self.lexicon.incise_fillers
        for start in range(max(sent.start, index - FILLER_TOKENS), index + 1):
            phrase = set_phrase_at(self.text, doc, start, sent.end_char, fillers)
            if phrase is not None and phrase.end == index + 1:
                return start
        return None

    def after_filler_auxiliary(self, verb: Token) -> bool:
        """ "Téhéran a de son côté dénoncé": an auxiliary before the set phrase that ends
        right before the participle, which the parser then hangs on the phrase's noun."""
        start = self.filler_ending_at(verb.sent, verb.i - 1) if verb.i > 0 else None
        if start is None or start == verb.sent.start:
            return False
        before = verb.doc[start - 1]
        return before.pos_ == "AUX" or before.lemma_.lower() in self.lexicon.auxiliaries

    def present_participle(self, verb: Token) -> bool:
        """``is_present_participle``, checked against the form where the language says how
        one ends: the small French model calls "précisent" a present participle."""
        endings = self.lexicon.present_participle_endings
        return is_present_participle(verb) and (not endings or verb.lower_.endswith(endings))

    def hypothetical_belief(self, verb: Token, lemma: str) -> bool:
        """ "they may want to reconsider", "he would want someone loyal": a belief or wish
        under a modal is a guess about someone's mind, not a view they hold or voiced."""
        if lemma not in self.lexicon.belief_verbs:
            return False
        modals = self.lexicon.hypothetical_modals
        return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)

    def cue_tokens(self, verb: Token) -> list[Token]:
        """The verb with its auxiliaries and particles: "avait déclaré", "pointed out"; with
        the verb of aspect it goes on from: "continued to say"."""
        if not self.goes_on_saying(verb):
            return [*self._verb_group(verb), *self._worded_pronoun(verb)]
        parts = {t.i: t for t in [*self._verb_group(verb.head), *self._verb_group(verb)]}
        return [parts[i] for i in sorted(parts)]

    def _worded_pronoun(self, verb: Token) -> list[Token]:
        """ "as one aide put it": a verb of wording says nothing without its pronoun object,
        which belongs to the cue (as PolNeAR's annotators mark it)."""
        if self.lemma(verb) not in self.lexicon.wording_verbs or verb.i + 1 >= len(verb.doc):
            return []
        pronoun = verb.doc[verb.i + 1]
        taken = pronoun.head.i == verb.i and pronoun.dep_ in OBJECT_DEPS and pronoun.pos_ == "PRON"
        return [pronoun] if taken else []

    def auxiliary_past_locution(self, verb: Token) -> Token | None:
        """The auxiliary before an adverbial locution that the parser cut from its participle
        ("a en outre affirmé", "a par ailleurs assuré", "en" or "a" taken for the head); a
        past participle only ("was within hailing distance" is no verb group)."""
        if not is_participle(verb, "Past"):
            return None
        doc = verb.doc
        i = verb.i - 1
        while i > verb.sent.start and verb.i - i <= MAX_LOCUTION_WORDS and _filler(doc[i]):
            i -= 1
        auxiliary = doc[i]
        if i == verb.i - 1 or self.lemma(auxiliary) not in self.lexicon.auxiliaries:
            return None
        if any(c.dep_.startswith("aux") for c in verb.children):
            return None  # the parse has the verb group whole
        return auxiliary

    def _verb_group(self, verb: Token) -> list[Token]:
        parts = [verb]
        auxiliary = self.auxiliary_past_locution(verb)
        if auxiliary is not None:
            parts += list(verb.doc[auxiliary.i : verb.i])  # "a par ailleurs assuré"
        for child in verb.children:
            near = abs(child.i - verb.i) <= AUXILIARY_REACH
            if near and (child.dep_.startswith("aux") or child.dep_ in ("prt", "compound:prt")):
                parts.append(child)
            elif child.i == verb.i + 1 and (
                self._object_preposition(verb, child) or self._topic_preposition(verb, child)
            ):
                parts.append(child)  # "called for", "appelé à", "spoke about"
            elif (mark := self.asked_clause_marker(verb, child)) is not None:
                parts.append(mark)  # "called for the fund to be doubled"
            elif child.lower_ in self.lexicon.euphonic and child.i < verb.i:
                parts.append(child)  # the "-t-" of "a-t-il ajouté"
            elif near and child.i < verb.i and child.lower_ in self.lexicon.reflexives:
                parts.append(child)  # the "s'" of "s'est dit", "s'inquiète"
        parts.sort(key=lambda t: t.i)
        # Keep the run contiguous apart from inverted clitics ("a-t-il ajouté").
        parts = [t for t in parts if t.i >= parts[-1].i - 4]
        return self._with_adverbs(verb, parts + self._statement_form(verb))

    def _statement_form(self, verb: Token) -> list[Token]:
        """ "in a statement" right after the verb, up to its noun: "said in a written
        statement", "announced in a press release". What follows the noun ("to the AP",
        "Tuesday") is the act's setting, not its form."""
        doc, forms = verb.doc, self.lexicon.statement_forms
        after = verb.i + 1
        if not forms or after >= verb.sent.end:
            return []
        preposition = doc[after]
        if (
            preposition.head.i != verb.i
            or preposition.lower_ not in self.lexicon.statement_form_prepositions
        ):
            return []
        noun = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in forms:
            return []
        between = doc[after + 1 : noun.i]
        if not between or any(
            t.dep_ not in FORM_MODIFIER_DEPS or t.head.i != noun.i for t in between
        ):
            return []  # "in a statement" needs its article; nothing else may hang in between
        return list(doc[after : noun.i + 1])

    @staticmethod
    def _with_adverbs(verb: Token, parts: list[Token]) -> list[Token]:
        """The adverbs before the verb group belong to the cue: "also said", "has just
        recently said", and a negation: "never said" is no "said". (After the verb, PolNeAR's
        annotators disagree: "said recently".) Not a name the tagger misread as an adverb
        ("Reilly added")."""
        doc, taken = verb.doc, {t.i for t in parts}

        def qualifies(token: Token) -> bool:
            adverb = token.pos_ == "ADV" and token.dep_ == "advmod"
            adverb = adverb and token.ent_type_ not in PERSON_LABELS
            return (adverb or token.dep_ == "neg") and (
                token.head.i in taken or token.head.i == verb.i
            )

        first = parts[0].i - 1
        while first >= 0 and qualifies(doc[first]):
            taken.add(first)
            first -= 1
        return [doc[i] for i in sorted(taken)]

    def asked_clause_marker(self, verb: Token, clause: Token) -> Token | None:
        """The "for" right after the verb that opens the clause it asks for, with the clause's
        own subject and infinitive ("called for the fund to be doubled"): the parse makes it
        the clause's marker, and it belongs to the cue as in "called for an investigation".
        Not a finite clause ("These calls for more troops have come", a noun read as a verb)."""
        mark = clause.left_edge
        if clause.dep_ != "advcl" or mark.i != verb.i + 1 or mark.dep_ != "mark":
            return None
        if not self._object_preposition(verb, mark):
            return None
        subject = any(c.dep_ in SUBJECT_DEPS and c.i < clause.i for c in clause.children)
        infinitive = any(c.lower_ in self.lexicon.infinitive_markers for c in clause.children)
        return mark if subject and infinitive else None

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
            or is_passive(verb)  # "an article was written about the incident"
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


def _filler(token: Token) -> bool:
    """A word of an adverbial locution inside a verb group: "en outre", "par ailleurs"."""
    return token.pos_ in ("ADV", "ADP") and not token.is_punct


def _has_subject(token: Token) -> bool:
    """A subject on the word or on its auxiliary, where the parse hung it when it misread
    the participle ("L'ancien président a toujours nié avoir reçu …", "nié" an adjective)."""
    auxiliaries = [c for c in token.children if is_auxiliary(c)]
    return any(c.dep_ in SUBJECT_DEPS for w in (token, *auxiliaries) for c in w.children)


def _past_apposition(doc: Doc, index: int) -> Token:
    """The word at ``index``, or, when it closes an apposition set off by commas ("Marie
    Durand, 38 ans, raconte"), the word before the apposition."""
    if doc[index].text != ",":
        return doc[index]
    opening = opening_comma(doc, index, INSERTION_TOKENS)
    return doc[opening - 1] if opening is not None and opening > 0 else doc[index]
