"""Contents: what a frame reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.nlp.frames.base import (
    AGENT_DEPS,
    CLAUSE_DEPS,
    COMPLEMENT_DEPS,
    COUNT_WORDS,
    MIN_CLAUSE_WORDS,
    OBJECT_DEPS,
    PERSON_LABELS,
    RELATIVE_DEPS,
    SETTING_TOKENS,
    SUBJECT_DEPS,
    acts_as_verb,
    after_dateline,
    another_speaker_between,
    clause_around_frame,
    closes_frame,
    describes,
    ends_count,
    ends_sentence,
    has_auxiliary,
    in_title_case,
    is_auxiliary,
    is_day,
    is_infinitive,
    is_participle,
    is_present_participle,
    is_role_word,
    leads_in,
    main_verb_read_as_modifier,
    name_holding,
    only_glue,
    opens_indefinite,
    past_description,
    set_phrase_at,
    subtree_bounds,
    words_to_end,
)
from claimcheck.nlp.frames.speakers import SpeakerRules
from claimcheck.nlp.lexicon import ADDRESSEE
from claimcheck.nlp.morphology import feature
from claimcheck.nlp.parse import SHAPED_OPENING_MARKS
from claimcheck.nlp.quotes import CLOSERS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token


# Where the parser hangs the subject of a reported clause it cut from it: "said the days
# when … are gone" read as "said [the days] [are gone]".
LOST_SUBJECT_DEPS = frozenset({"npadvmod", "obl:npmod"})
# What a verb's scene hangs by: "said by telephone", "a répété à la radio", "said again".
SETTING_DEPS = frozenset({"prep", "npadvmod", "advmod", "obl", "obl:mod", "obl:arg", "nmod"})
# How the small French model hangs a quoted object on its verb when it reads the opening
# guillemet as the object's head: "a réclamé « des renforts »".
QUOTED_OBJECT_DEPS = frozenset({"xcomp", "obj", "dep"})
# How many words an owner after quoted words may have: "« le courage » des secouristes".
MAX_OWNER_WORDS = 6
# What may follow whom something was told to, in a frame that closes its sentence: "…, he told
# reporters on Tuesday."
LISTENER_COMPANIONS = frozenset({"punct", "prep", "npadvmod", "advmod", "obl"})
LISTENER_TOKENS = 4  # "reporters", "the Associated Press", "a group of donors"
# The words of a phrase of where something was said, past its preposition: "sur X", "sur
# France Inter", "dans un communiqué".
MEDIUM_WORDS = 3
# What surrounds quoted words: their marks and the spaces French sets inside them.
QUOTE_EDGES = " \u00a0\u202f«»“”‘’„\"'"


class ContentRules(SpeakerRules):
    """What a cue reports: its clause, quotation, object or infinitive, cut where the next
    frame starts."""

    def find_content(
        self, sent: Span, verb: Token, source: Span | None, strong: bool
    ) -> tuple[int, int] | None:
        quote = self.adjacent_quote(sent, verb, source)
        if quote is not None and quote[1] <= verb.idx:
            rest = self._rest_after_frame(verb)
            if rest is not None:  # '"It's our bad luck," he said, that both men …'
                return quote[0], subtree_bounds(rest)[1]
        if quote is not None and not (quote[1] <= verb.idx and self.clause_after(verb)):
            # '“…,” he said, adding that …': "adding" reports the clause
            return self.with_outside_subject(sent, quote, verb, source)
        lemma = self.lemma(verb)
        attribute = self._attribute_before_report(sent, verb, lemma)
        if attribute is not None:
            return attribute
        frame_only = lemma in self.lexicon.frame_only_verbs
        clauses = [c for c in verb.children if self.is_reported_clause(c, source, frame_only)]
        clauses = clauses or self._clause_past_gerund(verb) or self._clause_past_aside(verb)
        if clauses:
            child = self._main_clause(verb, clauses)
            if strong and self._closes_sentence_over(sent, verb, source, child):
                return self.rest_of_sentence(sent, verb, source)
            bounds = self._with_quoted_subject(sent, verb, self.clause_bounds(verb, child))
            bounds = self.before_colon_quote(bounds)
            bounds = self.before_reporters_caveat(child, self.before_next_frame(child, bounds))
            bounds = self.before_counted_aside(sent, bounds)
            # "affirmant avoir visé « une position militaire »": the parser hung the quoted
            # object on the main verb, away from the clause it ends
            bounds = bounds[0], self.through_quoted_words(bounds[1])
            return self.extend_to_quotes(bounds)
        complementizer = self.surface_complement(sent, verb)
        if complementizer is not None:
            return self.extend_to_quotes(complementizer)
        if lemma in self.lexicon.addressee_verbs:
            hidden = _clause_after_addressee(verb)
            if hidden is not None:
                return self.extend_to_quotes(hidden)
        provision = lemma in self.lexicon.weak_verbs and self._document(source)
        if lemma in self.lexicon.infinitive_verbs or provision:
            infinitive = self.infinitive_complement(sent, verb)
            if infinitive is not None:
                return self.extend_to_quotes(infinitive)
        incise = self._speaker_set_off_inside(sent, verb, source)
        if (strong or provision or incise) and self.is_inverted(sent, verb, source):
            if _closes_on_colon(sent, verb):
                return None  # "In a statement released …, the bank said:": what comes next
            around = self.rest_of_sentence(sent, verb, source)
            return None if around is not None and self._only_a_setting(verb, around) else around
        if lemma in self.lexicon.object_verbs:
            quoted = self._quotation_after(verb)
            if quoted is not None:
                return quoted  # "Le maire dénonce « une dérive »", the guillemet parsed a verb
        if lemma in self.lexicon.object_verbs or provision:
            found = self._object_content(sent, verb, lemma) or self._clause_of_preposition(verb)
            if found is not None:
                return found
        if lemma in self.lexicon.estimate_verbs:
            figure = self._estimated_figure(verb)
            if figure is not None:
                return figure
        if lemma in self.lexicon.quoted_object_verbs:
            # "Le ministre évoque « un calendrier intenable »", the guillemet parsed a verb and
            # "évoque" its modifier: no object phrase, the quotation right after it
            quoted = self.quoted_object(verb) or self._quotation_after(verb)
            if quoted is not None:
                return quoted
        misread = self.object_after_misread_verb(sent, verb, lemma)
        if misread is not None:
            return misread
        if self.plural_then_clause(verb, lemma):
            subject = verb.doc[verb.i + 1]  # "Court documents allege Reed returned …"
            return subject.idx, self.clause_end(sent, subject)
        opening = _subject_of_clause_read_as_object(verb)
        if opening is not None:
            return opening.idx, self.clause_end(sent, opening)
        negated = self._negated_infinitive_after(verb, lemma)
        if negated is not None:  # "dit ne plus dormir", the infinitive tagged an adjective
            return self._with_negation(verb, negated.idx), self.clause_end(sent, negated)
        after = self.next_word(verb)
        if after is not None and self._bare_infinitive_after_misread(verb, lemma, after):
            start = self._with_negation(verb, after.idx)  # "affirme n'avoir jamais reçu"
            return start, self.clause_end(sent, after)  # "raconte avoir été frappée"
        told = self._infinitive_after_listener(verb, lemma) if strong else None
        if told is not None:
            return told.idx, self.clause_end(sent, told)
        return self.self_description(sent, verb) or self.topic_content(verb) or self._answer(verb)

    def _speaker_set_off_inside(self, sent: Span, verb: Token, source: Span | None) -> bool:
        """A speaker and a verb of a view set off by commas inside the clause they report:
        "Voters, Clinton suggested, don't have to worry …" reports a view as "said" would, where
        "Clinton suggested a debate" does not."""
        if source is None or source.start <= sent.start:
            return False
        word = source.root.lower_
        if self.lexicon.is_first_person(word) or self.lexicon.pronouns.get(word) == ADDRESSEE:
            return False  # "…, you know, …", "Yes, we know, …": a filler, no view reported
        doc = sent.doc
        first = self.first_cue_token(verb)
        closed = verb.i + 1 < sent.end and doc[verb.i + 1].text == ","
        return (
            source.end == first.i
            and doc[source.start - 1].text == ","
            and closed
            and self.can_speak(source.root)
        )

    def _infinitive_after_listener(self, verb: Token, lemma: str) -> Token | None:
        """ "avait confié à L'Équipe rêver de « jouer en France »": a bare infinitive right
        after whom it was said to is what the speaker said of themselves, though the parse hung
        it on the listener as its modifier, or made the verb of saying the infinitive's subject
        ("a raconté à la barre avoir été menacée"). The listener is a noun the verb governs
        through a preposition; English, whose infinitive takes "to", has no such bare one."""
        if lemma not in self.lexicon.speech_verbs:
            return None
        for listener in verb.children:
            prepositions = [c for c in listener.children if c.dep_ == "case" and c.i < listener.i]
            if listener.i < verb.i or listener.pos_ not in ("NOUN", "PROPN") or not prepositions:
                continue
            infinitive = self._infinitive_right_after(verb, listener)
            if infinitive is not None:
                return infinitive
        return None

    def _infinitive_right_after(self, verb: Token, listener: Token) -> Token | None:
        """The infinitive that opens right after the listener's phrase: hung on the listener,
        or heading the verb of saying the parser read as its subject (or its auxiliary's)."""
        doc = verb.doc
        for after in (listener.i + 1, listener.right_edge.i + 1):
            if after >= len(doc) or doc[after].left_edge.i != after:
                continue
            infinitive = doc[after]
            on_listener = infinitive.head.i == listener.i and infinitive.dep_ in ("acl", "xcomp")
            misread = verb.dep_ in SUBJECT_DEPS and verb.head.i in (
                infinitive.i,
                infinitive.head.i,
            )
            if (on_listener or misread) and self._looks_infinitive(infinitive):
                return infinitive
        return None

    def _attribute_before_report(
        self, sent: Span, verb: Token, lemma: str
    ) -> tuple[int, int] | None:
        """ "estime indispensable d'augmenter les salaires", "jugent « urgent » de réduire …",
        "estime probable que …": the adjective right after a verb of judging, then its
        infinitive or clause, is what was said; the parse hangs the infinitive on the
        adjective or the verb, and the content lost the judgement."""
        if lemma not in self.lexicon.attribute_verbs:
            return None
        words = [t for t in sent.doc[verb.i + 1 : sent.end] if not t.is_quote][:3]
        if len(words) < 3 or words[0].pos_ != "ADJ":
            return None
        marker, opening = words[1].lower_, words[2]
        infinitive = marker in self.lexicon.infinitive_markers and self._looks_infinitive(opening)
        if not (infinitive or self.lexicon.is_complementizer(marker)):
            return None
        start = verb.doc[verb.i + 1].idx  # the adjective, or the guillemet before it
        return start, self.clause_end(sent, opening)

    def _closes_sentence_over(
        self, sent: Span, verb: Token, source: Span | None, clause: Token
    ) -> bool:
        """A frame that ends its sentence reports all of it, when the parser hung the frame
        under the sentence's first verb: in "The army said 12 soldiers were wounded, the Times
        of Israel reported", the paper reported what the army said, not the wounded alone."""
        head = verb.head
        if clause.i > verb.i or head.i == verb.i or head.i >= clause.left_edge.i:
            return False
        if head.pos_ not in ("VERB", "AUX"):
            return False
        return self.is_inverted(sent, verb, source) and (
            self._after_frame_end(sent, verb, source) is None
        )

    def _bare_infinitive_after_misread(self, verb: Token, lemma: str, after: Token) -> bool:
        """A verb the tagger did not call one, before the infinitive it reports; a verb it did
        call one has its parse to go by. A verb of saying it took for an auxiliary is
        misread too: "affirme n'avoir jamais reçu", with "affirme" the auxiliary of "reçu",
        whatever its subject ("Il affirme n'avoir jamais eu …", which the parser gave "eu"). So
        is a verb of saying after a set phrase that cut it from its auxiliary: "Le ministère a
        de son côté assuré avoir abattu 42 drones", where the parse hung both on "côté"."""
        if self._saying_read_as_auxiliary(verb, lemma):
            return self._looks_infinitive(after)
        if lemma in self.lexicon.speech_verbs and self.after_filler_auxiliary(verb):
            return self._looks_infinitive(after)
        return self.mistagged_verb(verb) and self.opens_bare_infinitive(verb, lemma, after)

    def _negated_infinitive_after(self, verb: Token, lemma: str) -> Token | None:
        """The infinitive right after a verb of saying and the negation that opens it ("dit ne
        plus dormir", "assure n'avoir rien vu"), whatever the parse made of it: no noun takes
        "ne … plus". A language whose infinitives have no ending of their own has none."""
        lexicon, doc = self.lexicon, verb.doc
        if lemma not in lexicon.speech_verbs or not lexicon.infinitive_endings:
            return None
        k = verb.i + 1
        while k < len(doc) and doc[k].lower_ in lexicon.infinitive_negation:
            k += 1
        if k == verb.i + 1 or k >= len(doc) or doc[verb.i + 1].lower_ in lexicon.negators:
            return None  # no negation, or "pas" alone: the verb's own ("ne dit pas …")
        word = doc[k]
        infinitive = word.lower_.endswith(lexicon.infinitive_endings) and word.is_lower
        return word if infinitive and word.pos_ not in ("NOUN", "PROPN") else None

    def _saying_read_as_auxiliary(self, verb: Token, lemma: str) -> bool:
        return (
            is_auxiliary(verb)
            and verb.head.i > verb.i
            and lemma in self.lexicon.speech_verbs
            and verb.lemma_.lower() not in self.lexicon.auxiliaries
        )

    def _with_negation(self, verb: Token, start: int) -> int:
        """``start`` moved back over the negation between the verb and what it reports: "ne
        plus avoir de contact" is what was said, "avoir de contact" its opposite."""
        doc, negation = verb.doc, self.lexicon.infinitive_negation
        first = next((t for t in doc[verb.i + 1 :] if t.idx >= start), None)
        k = first.i if first is not None else len(doc)
        while k - 1 > verb.i and doc[k - 1].lower_ in negation:
            k -= 1
        return doc[k].idx if k < len(doc) and doc[k].idx < start else start

    def object_after_misread_verb(
        self, sent: Span, verb: Token, lemma: str
    ) -> tuple[int, int] | None:
        """ "X, président de …, juge la réforme « inapplicable »": after a verb the tagger
        misread, the parse of its object is no guide; the object runs from the determiner
        right after the verb to the end of the clause. A verb of judging needs quoted words
        in it, as ``quoted_object`` does."""
        following = self.next_word(verb)
        if following is None or not self.opens_misread_object(verb, lemma, following):
            return None
        start, end = self.extend_to_quotes((following.idx, self.clause_end(sent, following)))
        end = self._before_second_cue(sent, following, end)
        if lemma not in self.lexicon.object_verbs and not any(
            start <= q_start < end for q_start, _, _ in self.every_quote
        ):
            return None
        return start, end

    def _before_second_cue(self, sent: Span, start: Token, end: int) -> int:
        """ "juge la décision « disproportionnée » et affirme que …": a noun phrase holds no
        verb of its own, so a conjunction and a verb of saying after the object open the
        speaker's second frame, where the object ends."""
        doc = sent.doc
        for token in doc[start.i : sent.end - 1]:
            if token.idx >= end:
                break
            after = doc[token.i + 1]
            conjunction = token.pos_ == "CCONJ" and not self.inside_quote(token.idx)
            if conjunction and after.is_lower and self.is_cue_verb(after):
                last = doc[token.i - 1]
                return last.idx + len(last.text)
        return end

    def quoted_object(self, verb: Token) -> tuple[int, int] | None:
        """ "a jugé la situation « préoccupante »", "s'est félicité d'un accord « historique »":
        the object or "de" phrase of a verb of judging or feeling is what the speaker said when
        it carries their words in quotation marks; without them it is a topic or a view, no
        statement. The small models hang the quotation anywhere, so it is found by position:
        inside the phrase, right after it, or between the verb and the phrase ("a jugé
        « insuffisantes » les propositions", the attribute set before a long object)."""
        phrase = self._object_phrase(verb)
        if phrase is None:
            return None
        start = phrase.left_edge.idx
        last = phrase.right_edge
        reach = self._past_blanks(last.idx + len(last.text))
        before = self._quote_between(verb, start)
        if before is not None:
            return before, last.idx + len(last.text)
        # not the sentence's end: the parser often ends a sentence at the guillemet
        line_end = self.text.find("\n", start)
        line_end = len(self.text) if line_end < 0 else line_end
        for q_start, q_end, speech in self.every_quote:
            # or around it: "a évoqué « un mouvement … »", the guillemet parsed outside it
            within = (start <= q_start <= reach or q_start <= start < q_end) and q_end <= line_end
            if within and (speech or self._quotes_lowercase(q_start, q_end)):
                end = self._object_after_quoted_attribute(verb, q_end) if phrase.is_quote else q_end
                return min(start, q_start), self._past_quoted_conjuncts(end, reach)
        return None

    def _past_quoted_conjuncts(self, end: int, reach: int) -> int:
        """``end`` moved past the quotations that still open inside the object phrase: "a dit
        sa « surprise » et sa « joie immense »" voices both."""
        for q_start, q_end, _ in self.every_quote:
            if end <= q_start <= reach:
                end = max(end, q_end)
        return end

    def _quote_between(self, verb: Token, start: int) -> int | None:
        """Where a quotation of lowercase words starts that stands alone between the verb (and
        a preposition that opens its object: "a qualifié d'« inacceptable » l'attaque") and the
        object phrase starting at ``start``."""
        after_verb = verb.idx + len(verb.text)
        for q_start, q_end, speech in self.every_quote:
            if not after_verb <= q_start or self._past_blanks(q_end) != start:
                continue
            opener = self.text[after_verb:q_start].strip().lower()
            alone = not opener or opener in self.lexicon.object_prepositions
            if alone and (speech or self._quotes_lowercase(q_start, q_end)):
                return q_start
        return None

    def _object_phrase(self, verb: Token) -> Token | None:
        """The verb's object after it, or the noun of its "de"/"à" phrase right after it."""
        for child in verb.children:
            if child.i < verb.i:
                continue
            if child.dep_ in OBJECT_DEPS and not self._when(child):
                return child
            case = next((c for c in child.children if c.dep_ == "case"), None)
            if (
                child.dep_ in ("obl:arg", "obl")
                and case is not None
                and case.i == verb.i + 1
                and case.lower_ in self.lexicon.object_prepositions
            ):
                return child
        return self._object_past_medium(verb)

    def _object_past_medium(self, verb: Token) -> Token | None:
        """The noun of the "de" phrase after a short phrase of where the words were said: "s'est
        félicité sur X d'une « victoire »", whose "d'une" the parse hangs on "X". The phrase
        between opens on another preposition and holds a few nouns and articles."""
        doc, at = verb.doc, verb.i + 1
        if (
            at >= len(doc)
            or doc[at].pos_ != "ADP"
            or doc[at].lower_ in self.lexicon.object_prepositions
        ):
            return None
        at += 1
        stop = min(len(doc), at + MEDIUM_WORDS)
        while at < stop and (doc[at].pos_ in ("DET", "PROPN", "NOUN") or doc[at].ent_type_):
            at += 1
        if at == verb.i + 2 or at >= stop or doc[at].lower_ not in self.lexicon.object_prepositions:
            return None
        noun = doc[at].head
        return noun if noun.i > at and doc[at].dep_ == "case" else None

    def _with_quoted_subject(
        self, sent: Span, verb: Token, bounds: tuple[int, int]
    ) -> tuple[int, int]:
        """ "a reconnu que « des ajustements » étaient possibles": a clause whose subject is a
        quotation, which the parser cut at the closing guillemet (keeping the quotation alone,
        or the predicate after it alone); the clause its "que" opens is reported whole. Only
        where the predicate's verb follows the closing mark directly."""
        surface = self.surface_complement(sent, verb)
        if surface is None or surface == bounds or not (surface[0] <= bounds[0] < surface[1]):
            return bounds
        cut = bounds[0] if surface[0] < bounds[0] else bounds[1]
        closing = next((t for t in sent if t.is_quote and t.idx + len(t.text) == cut), None)
        if closing is None and surface[0] < bounds[0]:
            before = [t for t in sent if t.idx < cut and not t.is_space]
            closing = before[-1] if before and before[-1].is_quote else None
        if closing is None or closing.i + 1 >= sent.end:
            return bounds
        predicate = sent.doc[closing.i + 1]
        finite = "Fin" in feature(predicate, "VerbForm")
        # not '“… this race,” adding that …': a quotation closed on its comma ends the clause
        closed = _closed_on_comma(closing)
        return surface if finite and not closed and bounds[1] <= surface[1] else bounds

    def through_quoted_words(self, end: int) -> int:
        """ "a dénoncé des conditions de travail « indignes »": quoted words right after an
        object, with nothing but a space before them, are the end of that object."""
        after = self._past_blanks(end)
        for q_start, q_end, _ in self.every_quote:
            if q_start == after and after > end and self._quotes_lowercase(q_start, q_end):
                return q_end
        return end

    def _answer(self, verb: Token) -> tuple[int, int] | None:
        """ "72 percent of Democrats said yes", "the candidate said no": the answer, an
        interjection right after a verb of saying that ends its clause."""
        doc = verb.doc
        if self.lemma(verb) not in self.lexicon.speech_verbs or verb.i + 1 >= len(doc):
            return None
        word = doc[verb.i + 1]
        if word.head.i != verb.i or word.lower_ not in self.lexicon.answer_words:
            return None
        following = doc[word.i + 1] if word.i + 1 < len(doc) else None
        if following is not None and not following.is_punct:
            return None  # "said no to the deal": more than the answer
        return word.idx, word.idx + len(word.text)

    def _object_after_quoted_attribute(self, verb: Token, end: int) -> int:
        """ "a jugé « prématuré » tout débat sur …": the parse took the guillemet for the
        object; the noun phrase right after the closing mark is what was judged, and goes
        with the quoted words. So is a complement of the quoted words that the parse hung on
        the closing mark: "s'est félicité du « travail remarquable » des enquêteurs"."""
        sent = verb.sent
        after = self._past_blanks(end)
        first = next((t for t in sent if t.idx == after), None)
        if first is None:
            return end
        complement = first.dep_ == "case" and first.head.dep_ == "nmod"
        # "tout" of "tout débat", a determiner the tagger may read as an adverb on the noun
        determiner = first.pos_ in ("DET", "ADV") and first.dep_ in ("det", "advmod")
        if not (complement or determiner):
            return end
        noun = first.head
        if noun.i <= first.i or noun.pos_ not in ("NOUN", "PROPN"):
            return end
        return max(end, self.object_content_end(sent, verb, noun))

    def _past_blanks(self, position: int) -> int:
        while position < len(self.text) and self.text[position] in " \u00a0\u202f":
            position += 1
        return position

    def _quotes_lowercase(self, start: int, end: int) -> bool:
        """Quoted words that go on a sentence ("« préoccupante »"), not a title or a name."""
        words = self.text[start:end].strip(QUOTE_EDGES)
        return bool(words) and words[0].islower()

    def self_description(self, sent: Span, verb: Token) -> tuple[int, int] | None:
        """ "s'est dite favorable à un report", "s'est dit « très inquiet » de la situation":
        what a reflexive verb of saying says of its subject, the predicate after it (its
        complement, or the rest of the sentence where a quotation mark broke the parse)."""
        if self.lemma(verb) not in self.lexicon.self_declaring:
            return None  # "La Syrie s'est révélée hostile": what it proved to be
        if not any(c.i < verb.i and "Yes" in feature(c, "Reflex") for c in verb.children):
            return None
        predicate = next(
            (c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and c.pos_ == "ADJ"),
            None,
        )
        if predicate is not None:
            return self.extend_to_quotes(subtree_bounds(predicate))
        words = words_to_end(sent, verb.i + 1)
        if not words or not (words[0].is_quote or words[0].pos_ in ("ADJ", "ADV")):
            return None
        return self.extend_to_quotes((words[0].idx, words[-1].idx + len(words[-1])))

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

    def with_outside_subject(
        self, sent: Span, quote: tuple[int, int], verb: Token, source: Span | None
    ) -> tuple[int, int]:
        """A quotation that opens in lower case goes on with what stood before the frame: "The
        club's investment, Ms. Tanzer said, ''is a perfect example''" and "If Clinton is
        elected, he said, "she might …"" report the whole statement, not its tail; cut from
        its condition, the tail says something else."""
        words = sent.doc.char_span(*quote, alignment_mode="expand")
        first = next((t for t in words or () if not t.is_punct), None)
        if first is None or not first.is_lower:
            return quote
        lead = self._clause_the_quotation_ends(sent, words) if quote[1] <= verb.idx else None
        if lead is not None:
            return lead, quote[1]
        subject = next(
            (c for c in first.children if c.dep_ in SUBJECT_DEPS and c.i < first.i), None
        )
        if first.pos_ in ("VERB", "AUX") and subject is not None:
            if subject.left_edge.i < sent.start:
                return quote
            return subject.left_edge.idx, quote[1]
        opening = self._fragment_before_frame(sent, verb, source, quote)
        return (opening, quote[1]) if opening is not None else quote

    def _clause_the_quotation_ends(self, sent: Span, words: Span | None) -> int | None:
        """Where the sentence opens, when a quotation in lower case before the frame ends the
        clause its words began: 'The companies had failed to show that their plan would
        "meaningfully replace the competition," she wrote.' Not when those words hold a
        quotation or a frame of their own."""
        if words is None:
            return None
        lead = [t for t in sent.doc[after_dateline(sent) : words.start] if not t.is_space]
        # a word or two will do ("Manafort ''has taken on a tough task''", "In past
        # campaigns, "we felt …""), but not a lead a colon or a bracket hands over
        if not any(t.is_alpha for t in lead) or (lead[-1].is_punct and lead[-1].text != ","):
            return None
        if any(t.is_quote or self.is_cue_verb(t) for t in lead):
            return None
        return lead[0].idx

    def _fragment_before_frame(
        self, sent: Span, verb: Token, source: Span | None, quote: tuple[int, int]
    ) -> int | None:
        """Where the speaker's words open when a frame set off by commas cuts them before the
        quotation: "In other words, he said, "the era …"" opens the sentence; "…, and
        coincidentally, he said, "all …"" opens after the last clause joined by "and"."""
        cue = self.cue_tokens(verb)
        first = min(cue[0].i, source.start if source is not None else verb.i)
        last = max(cue[-1].i, source.end - 1 if source is not None else verb.i)
        if quote[0] < verb.idx or first <= sent.start + 1 or last + 1 >= sent.end:
            return None
        doc = sent.doc
        if doc[first - 1].text != "," or doc[last + 1].text != ",":
            return None  # "In his tribute, Elliott said “…”": the frame is the main clause
        lead = list(doc[sent.start : first - 1])
        joints = [k for k, t in enumerate(lead) if k > 0 and _joins_clauses(t, lead[k - 1])]
        if joints:
            lead = lead[joints[-1] + 1 :]
        if not any(t.is_alpha for t in lead) or lead[-1].pos_ == "ADP" or lead[-1].tag_ == "VBG":
            return None  # "… critics, including, he said, "politicians …"": a list of his
        if any(t.is_quote or t.text in QUOTE_EDGES.strip() for t in lead):
            return None  # another quotation's words: its own claim
        return lead[0].idx

    def _rest_after_frame(self, verb: Token) -> Token | None:
        """The that-clause a quotation goes on with past its frame, set off by a comma."""
        for child in verb.children:
            if child.dep_ != "ccomp" or child.i < verb.i:
                continue
            if _set_off(child) and self.lexicon.is_complementizer(child.left_edge.lower_):
                return child
        return None

    def clause_after(self, verb: Token) -> bool:
        """Whether a that-clause follows the verb: "adding that …"."""
        return any(
            c.dep_ == "ccomp"
            and c.i > verb.i
            and self.lexicon.is_complementizer(c.left_edge.lower_)
            and c.left_edge.i == verb.i + 1
            for c in verb.children
        )

    def _object_content(self, sent: Span, verb: Token, lemma: str) -> tuple[int, int] | None:
        """The object and what completes it: "announced his resignation", "called it “a
        disgrace”"."""
        obj = self.reported_object(verb)
        if obj is None:
            return None
        end = self.through_quoted_words(self.object_content_end(sent, verb, obj))
        bare = subtree_bounds(obj)[1] >= end  # nothing said of the object after it
        if lemma in self.lexicon.idea_object_verbs and bare and self._person_object(obj):
            return None  # "is understood to have dismissed him": fired, said nothing
        listener = lemma in self.lexicon.addressee_verbs and self._spoken_to(obj)
        if listener and not self._calls_listener_to(obj, end):
            return None  # "a appelé la fille de la victime", "warned Congress": whom it was to
        end = max(end, _predicate_on_the_name(verb, obj))
        if lemma in self.lexicon.predicative_verbs and _bare_object(obj, end):
            # "called Sanders to congratulate him", "is calling a meeting": a telephone call or
            # a convening; naming says something of the object ("called him divisive")
            return None
        if obj.is_quote:
            end = self._object_after_quoted_attribute(verb, end)
        end = self._before_trailing_day(obj, end)
        # never from before the cue: a parse that hung the subject's words on it
        first = next((t for t in obj.subtree if t.i > verb.i), obj)
        opening = self._quote_between(verb, first.idx)
        start = first.idx if opening is None else opening
        bounds = self._with_owner(verb.doc, self.extend_to_quotes((start, end)))
        return self._through_relative(verb.doc, bounds)

    def _spoken_to(self, obj: Token) -> bool:
        """An object that is someone to speak to: a person or a body, not a text ("warned the
        report would …") nor a pronoun for a thing; not after a verb that also names ("called
        him a liar", "called it “a disgrace”")."""
        lexicon = self.lexicon
        if obj.dep_ not in ("dobj", "obj"):
            return False  # "called on the United States to …": the call's own preposition
        if obj.pos_ == "PRON" or self.lemma(obj.head) in lexicon.predicative_verbs:
            return False
        return self.can_speak(obj) and obj.lemma_.lower() not in lexicon.document_nouns

    def _person_object(self, obj: Token) -> bool:
        """A person as an object: a pronoun for one ("him", "her"), a person's name or a noun
        for a person; not a place ("dismissed Wisconsin") nor a body."""
        if obj.pos_ == "PRON":
            return self.lexicon.is_gendered_pronoun(obj.text)
        return obj.ent_type_ in PERSON_LABELS or is_role_word(obj, self.lexicon)

    def _calls_listener_to(self, obj: Token, end: int) -> bool:
        """Whether the one spoken to is called to something after it: "a appelé les syndicats
        « à la responsabilité »" says what was asked; "a appelé la fille de la victime pour …"
        and "warned Congress" say only whom the words went to."""
        doc, lexicon = obj.doc, self.lexicon
        after = [t for t in doc[obj.i + 1 :] if t.idx < end]
        if any(t.lower_ in lexicon.call_prepositions for t in after):
            return True
        return any(  # "urged lawmakers to act", "appelle les élus à voter"
            t.lower_ in lexicon.infinitive_markers
            and t.i + 1 < len(doc)
            and self._looks_infinitive(doc[t.i + 1])
            for t in after
        )

    def _through_relative(self, doc: Doc, bounds: tuple[int, int]) -> tuple[int, int]:
        """An object that ends on quoted words, with the relative clause after them on a noun
        they hold: "dénonce une « mesure injuste » qui frappera d'abord les plus modestes",
        which the parse hung on "mesure" apart from the quotation it took for the object."""
        start, end = bounds
        if self.text[end - 1 : end] not in CLOSERS:
            return bounds
        after = doc.char_span(end, len(self.text), alignment_mode="contract")
        pronoun = next((t for t in after or () if not t.is_space), None)
        if pronoun is None or not self.opens_relative(pronoun):
            return bounds
        clause = pronoun.head
        if clause.dep_ not in RELATIVE_DEPS or not start <= clause.head.idx < end:
            return bounds
        return start, subtree_bounds(clause)[1]

    def _estimated_figure(self, verb: Token) -> tuple[int, int] | None:
        """ "estime à 5 000 le nombre de manifestants": the phrase after the verb that opens
        on the preposition of estimates and holds a figure."""
        for phrase in verb.rights:
            marks = [c for c in phrase.children if c.dep_ == "case" and c.i < phrase.i]
            opens = bool(marks) and marks[0].lower_ in self.lexicon.estimate_prepositions
            if opens and phrase.dep_.startswith("obl") and any(t.like_num for t in phrase.subtree):
                return subtree_bounds(phrase)
        return None

    def _before_trailing_day(self, obj: Token, end: int) -> int:
        """Where the object ends before the day the parser hung on it: "a défendu le projet
        lundi", "a annoncé la mesure mardi soir" report "le projet", "la mesure"; the day is
        when it was said. Not a day the object names with its preposition ("la réunion de
        lundi")."""
        words = [t for t in obj.subtree if t.idx < end]
        if not words or words[-1].idx + len(words[-1].text) != end:
            return end
        k = len(words)
        while k > 1 and words[k - 1] != obj and is_day(words[k - 1], self.lexicon):
            k -= 1
        before = words[k - 1]
        determiners = self.lexicon.definite_determiners | self.lexicon.indefinite_determiners
        if k == len(words) or before.pos_ == "ADP" or before.lower_ in determiners:
            return end  # "de lundi", "le 3 mars"
        return words[k - 1].idx + len(words[k - 1].text)

    def object_content_end(self, sent: Span, verb: Token, obj: Token) -> int:
        """Where "criticized the plan as reckless", "blamed the network for the error" stop:
        before the first phrase of the verb after the object that does not complete it (the
        time or occasion, a clause after a comma: "… during a meeting", "…, saying …")."""
        end = self.clause_end(sent, obj)
        gloss = self._writers_gloss_on(obj)
        if gloss is not None:
            return min(end, gloss.idx)  # "…, une décision qui provoque la colère des syndicats"
        relayed = self._before_outlet_relay(sent, obj, end)
        if relayed < end:
            return relayed  # "a confirmé l'information à l'AFP": the outlet is the via
        frame = self._participle_frame_inside(obj)
        if frame is not None:
            comma = sent.doc[frame.i - 1]
            return min(end, comma.idx)  # "rejected claims that …, calling them false"
        if not self.lexicon.object_complements or self._mistaken_clause(obj):
            # a language that does not say what completes an object keeps it all, and so does
            # a clause the parser took for an object ("a confirmé qu'outre-Rhin, le PIB …")
            return end
        after = [
            c
            for c in sorted(verb.children, key=lambda t: t.i)
            if c.i > obj.right_edge.i and not c.is_punct and c.idx < end
        ]
        finding = self.lemma(verb) in self.lexicon.weak_verbs
        for k, child in enumerate(after):
            if finding and child.dep_ == "prep":
                continue  # "polls show Sanders within two points of Clinton": where he stands
            if child.pos_ == "ADV" and k + 1 < len(after) and self._completes(after[k + 1]):
                continue  # "criticized Clinton directly for …": the adverb goes with it
            if self._condition_on(obj, child):
                continue  # "promised immigration reform if he and Clinton take office"
            if _misread_adjective(obj, child):
                continue  # "des systèmes de défense antiaérienne supplémentaires"
            # "…, selon lesquelles …": a relative clause on the object, the report it names
            if not self._completes(child) or self._opens_with_relative_phrase(child):
                return min(end, _words_end(sent.doc[child.left_edge.i - 1], obj))
        floor = obj.right_edge.idx + len(obj.right_edge.text)
        if floor > end and self._own_claim_after(sent, end):
            floor = end  # "…, arguant que …" that the parser hung on the object: its own claim
        return max(floor, min(end, _words_end(verb.right_edge, obj)))  # nor past the verb's phrase

    def _writers_gloss_on(self, obj: Token) -> Token | None:
        """The comma before a noun set off after the object, with an indefinite article and a
        relative clause of its own: "la suppression de 1 200 postes, une décision qui …", "job
        cuts, a move that …", the writer's word on what was said, not part of it. Not after a
        name: "called Mr. Yanukovych, a former coal trucking director who …" says who."""
        if obj.pos_ != "NOUN":
            return None
        for child in obj.rights:
            comma = obj.doc[child.left_edge.i - 1]
            relative = any(c.dep_ in RELATIVE_DEPS for c in child.children)
            indefinite = opens_indefinite(child, self.lexicon)
            if child.dep_ == "appos" and comma.text == "," and relative and indefinite:
                return comma
        return None

    def _completes(self, child: Token) -> bool:
        """Whether a phrase of the verb after its object completes it: "for the error", "as
        reckless", a second object; not the time or the occasion."""
        opener = child.left_edge
        complements = self.lexicon.object_complements
        # "described the country as beset by …": "as" tagged SCONJ, opening a clause with no
        # subject (not "as it was unveiled", the time)
        predicate = opener.pos_ == "SCONJ" and not any(
            c.dep_ in SUBJECT_DEPS for c in child.children
        )
        return (
            child.dep_ in COMPLEMENT_DEPS
            # a preposition hung on the verb ("for"; also "as" when tagged SCONJ), or the one
            # that opens a phrase hung on it (UD: "de" of "de « désastre »")
            or (child.dep_ == "prep" and child.lower_ in complements)
            or ((opener.pos_ == "ADP" or predicate) and opener.lower_ in complements)
            # "X and Y", a second object hung on the verb; not a second verb ("et a quitté")
            or (opener.pos_ == "CCONJ" and child.pos_ not in ("VERB", "AUX"))
        )

    def _before_outlet_relay(self, sent: Span, obj: Token, end: int) -> int:
        """Where a relay to an outlet opens after the object ("a confirmé l'information à
        l'AFP"): the outlet the words were given to is the claim's via, not what was said.
        Only a phrase of the lexicon's relays followed by an outlet's name; "a appelé les
        habitants à la prudence" keeps its "à"."""
        relay = self.outlet_relay_in(sent.doc[obj.i + 1 : sent.end], end)
        relay = relay or self._trailing_channel(sent, obj, end)
        return end if relay is None else min(end, _words_end(sent.doc[relay.i - 1], obj))

    def _trailing_channel(self, sent: Span, obj: Token, end: int) -> Token | None:
        """The preposition of a channel that ends the object's words: "sur X", "on Truth
        Social" of "a qualifié la proposition de « mascarade » sur X", where it was said."""
        doc, lexicon = sent.doc, self.lexicon
        for token in doc[obj.i + 1 : sent.end]:
            if token.idx >= end or token.lower_ not in lexicon.channel_prepositions:
                continue
            following = doc[token.i + 1].idx if token.i + 1 < len(doc) else end
            name = self.text[following:end].strip().rstrip(".;,!?")
            channel = name in lexicon.platforms or lexicon.names_outlet(name)
            if channel and not self.inside_quote(token.idx):
                return token
        return None

    def _participle_frame_inside(self, obj: Token) -> Token | None:
        """A participle of saying after a comma that the parser hung on a verb inside the
        object's phrase: "rejected claims that its drivers were underpaid, calling them false"
        is the subject's next claim, not more of the object (a participle on a noun, "a video
        showing Wendy Sherman, …, outlining …", is the object's own)."""
        for token in obj.subtree:
            after_comma = token.i > obj.i and token.doc[token.i - 1].text == ","
            on_verb = token.head.pos_ in ("VERB", "AUX")
            if after_comma and on_verb and is_present_participle(token) and self.is_cue_verb(token):
                return token
        return None

    def _completes_reported_object(self, verb: Token, mark: Token) -> bool:
        """ "rejected claims that …", "dismissed the notion that …": the clause ``mark`` opens
        completes the object of a verb whose object is what was said, and goes with it."""
        clause = mark.head
        noun = clause.head
        if self.lemma(verb) not in self.lexicon.object_verbs:
            return False
        return clause.dep_ == "acl" and noun.dep_ in OBJECT_DEPS and noun.head.i == verb.i

    def _own_claim_after(self, sent: Span, end: int) -> bool:
        """Whether a comma and a verb of saying with a clause follow ``end``: "…, arguant que …"
        is another claim, not more of the object (as "Wendy Sherman, …, outlining the
        differences" is)."""
        if not self.text[end:].lstrip().startswith(","):
            return False
        words = [t for t in sent if t.idx > end and not t.is_punct and t.pos_ != "ADV"]
        if len(words) < 2 or not self.is_cue_verb(words[0]):
            return False
        return self.lexicon.is_complementizer(words[1].lower_)  # it reports a clause

    def _mistaken_clause(self, obj: Token) -> bool:
        """An "object" that opens with a complementizer is a clause the parser misread: "a
        confirmé qu'outre-Rhin, le PIB …" (not "called that report a lie": a determiner)."""
        first = obj.left_edge
        word = first.lower_.replace("’", "'")
        return self.lexicon.is_complementizer(word) and first.pos_ not in ("DET", "PRON")

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
        if _within_name(child):
            return False  # "sur France Inter que …", "Inter" tagged an infinitive: a name's word
        fronted = self._fronted_relative(child, source)
        if self._overlaps_source(child, source) and not fronted:
            return False
        if self._relative_after_cue(child):
            return False  # "…, estime Berne qui se rallie à …": it describes the speaker
        if self._opens_with_relative_phrase(child):
            return False  # "a démenti les informations …, selon lesquelles …": on the noun
        if self._relative_on_object(child.head, child.left_edge):
            return False  # "défend la réforme, que les syndicats jugent …": on the object
        if _before_colon(child):
            return False  # "… hold liberal views: 53% describe themselves …": it announces
        if child.i < child.head.i and any(
            t.text == ";" for t in child.doc[child.right_edge.i + 1 : child.head.i]
        ):
            return False  # "Critics were not always kind; a review dismissed him …"
        if self._past_cue_aside(child):
            return False  # "told reporters, pointing to the polls, that …": "told"'s
        # "described visiting a school", "recalled being paid"
        gerund = child.tag_ == "VBG" or any(
            c.tag_ == "VBG" and c.dep_.startswith("aux") for c in child.children
        )
        # a word with an auxiliary is a verb, whatever its tag: "affirmé avoir frappé des
        # cibles", "frappé" tagged a noun
        verb = (
            child.pos_ in ("VERB", "AUX")
            or has_auxiliary(child)
            or _with_infinitive_copula(child)  # "dit être en mesure de …"
        )
        if child.dep_ == "xcomp" and ((frame_only and not gerund) or not verb):
            return False  # "continue to tread gingerly", "called to mind"
        if child.dep_ == "xcomp" and self._describes_subject(child):
            return False
        # A parataxis that is itself a cue is another parenthetical frame ("…, they said, …").
        return child.dep_ != "parataxis" or not (
            self.is_cue_verb(child) or sum(t.is_alpha for t in child.subtree) < MIN_CLAUSE_WORDS
        )

    def _clause_past_gerund(self, verb: Token) -> list[Token]:
        """ "said after qualifying that the car …": the parser hangs the that-clause on the
        gerund of the phrase of time; it is what was said."""
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.i < verb.i:
                continue
            for gerund in prep.children:
                if gerund.tag_ != "VBG" or self.is_cue_verb(gerund):
                    continue
                for clause in gerund.children:
                    # right after the gerund: not "for being sore losers now that …"
                    mark = clause.left_edge
                    if (
                        clause.dep_ == "ccomp"
                        and mark.i == gerund.i + 1
                        and mark.dep_ == "mark"
                        and self.lexicon.is_complementizer(mark.lower_)
                    ):
                        return [clause]
        return []

    def _clause_past_aside(self, verb: Token) -> list[Token]:
        """ "reported, citing two sources, that the deal was off": the parser hangs the
        that-clause on the participle set off between commas; it is what the verb reports,
        and the aside says where the words came from."""
        for aside in verb.children:
            if aside.i > verb.i and self._set_off_participle(aside):
                clauses = [c for c in aside.children if self._after_aside(c)]
                if clauses:
                    return clauses[:1]
        return []

    def _set_off_participle(self, aside: Token) -> bool:
        """A present participle with a comma before it and words of its own after it: "…,
        citing police, …"; not "…, saying, apparently for the first time, that …", whose
        clause is its own."""
        doc = aside.doc
        return (
            aside.dep_ == "advcl"
            and is_present_participle(aside)
            and 0 < aside.i < len(doc) - 1
            and doc[aside.i - 1].text == ","
            and not doc[aside.i + 1].is_punct
        )

    def _after_aside(self, clause: Token) -> bool:
        """A that-clause that opens right after the comma closing a participle's aside
        ("…, pointing to the polls, that he would win"): the verb's before the aside, not the
        participle's own (that has no comma: "…, noting that …")."""
        mark = clause.left_edge
        head = clause.head
        return (
            clause.dep_ == "ccomp"
            and clause.i > head.i
            and mark.dep_ == "mark"
            and self.lexicon.is_complementizer(mark.lower_)
            and mark.i - 1 > head.i
            and mark.doc[mark.i - 1].text == ","
        )

    def _past_cue_aside(self, clause: Token) -> bool:
        """A clause after the aside of a participle set off behind a verb of saying: the
        participle's own words end at the comma."""
        aside = clause.head
        return (
            self._after_aside(clause)
            and self._set_off_participle(aside)
            and self.is_cue_verb(aside.head)
        )

    def _mark_past_aside(self, clause: Token) -> Token | None:
        """The clause's "that" when a participle's aside the parser hung on the clause stands
        before it: "said, quoting a spokesman, that talks had failed"."""
        mark = next((c for c in clause.children if c.dep_ == "mark"), None)
        if mark is None or not self.lexicon.is_complementizer(mark.lower_):
            return None
        if mark.i == 0 or mark.doc[mark.i - 1].text != ",":
            return None
        aside = any(c.i < mark.i and self._set_off_participle(c) for c in clause.children)
        return mark if aside else None

    def _opens_with_relative_phrase(self, clause: Token) -> bool:
        """The clause opens with a preposition and a relative pronoun ("selon lesquelles",
        "according to which"): a relative clause on a noun, whatever the parser hung it on."""
        first = clause.left_edge
        second = first.nbor() if first.i + 1 < len(first.doc) else None
        return (
            first.pos_ == "ADP"
            and second is not None
            and second.pos_ == "PRON"
            and second.lower_ in self.lexicon.relative_pronouns
        )

    def _describes_subject(self, xcomp: Token) -> bool:
        """A verb that a verb of aspect or of evidence shares its subject with tells what the
        subject does or is, not what anyone said: "Cruz continued campaigning Friday", "Syria
        proved to be resistant". (With an object between, "the poll showed Clinton to lead",
        the clause is the finding.)"""
        verb = xcomp.head
        if self.is_aspectual(verb):
            return True
        lemma = self.lemma(verb)
        if lemma not in self.lexicon.weak_verbs or not is_infinitive(xcomp):
            return False
        return not any(c.dep_ in OBJECT_DEPS and c.i < xcomp.i for c in verb.children)

    def _relative_after_cue(self, clause: Token) -> bool:
        """A clause after the cue whose subject is a relative pronoun is a relative clause on
        the inverted speaker that the parse hung on the verb, not what was said."""
        return clause.i > clause.head.i and any(
            c.dep_ in SUBJECT_DEPS and self.opens_relative(c) and c.i > clause.head.i
            for c in clause.children
        )

    def _restrictive_negation(self, verb: Token, opening: Token) -> Token | None:
        """ "affirme de son côté n'avoir visé que des « infrastructures militaires »": the
        "que" the parser read as opening a clause closes the negation of an infinitive before
        it, and what was said starts at that negation."""
        if not self.lexicon.is_complementizer(opening.lower_):
            return None
        words = verb.doc[verb.i + 1 : opening.i]
        negation = next((t for t in words if t.lower_ in self.lexicon.infinitive_negation), None)
        if negation is None or any(t.is_punct for t in words if t.i > negation.i):
            return None
        infinitive = any(self._looks_infinitive(t) for t in words if t.i > negation.i)
        return negation if infinitive else None

    def clause_bounds(self, verb: Token, clause: Token) -> tuple[int, int]:
        """The clause, with the ones coordinated after it: "said that A and that B"; an
        infinitive takes in whom it is asked of: "urged the senator to apologize", and a
        clause with no subject the one the parser made the verb's object: "said the days when
        … are gone"."""
        start, end = subtree_bounds(clause)
        doc = clause.doc
        opening = clause.left_edge
        mark = self._mark_past_aside(clause)
        if mark is not None and clause.i > verb.i:
            start = mark.idx  # "said, citing police, that …": the aside is the writer's
        if opening.text == ":" and opening.i < clause.i:
            start = doc[opening.i + 1].idx  # "said it again: there will be …"
        after = doc[clause.right_edge.i + 1] if clause.right_edge.i + 1 < len(doc) else None
        if after is not None and after.lower_ in self.lexicon.sentence_final_abbreviations:
            end = after.idx + len(after)  # "arrived at 11 p.m.", "p.m." parsed as the full stop
        if clause.i > verb.i:
            start = self._with_negation(verb, start)  # "assure ne plus avoir de contact"
            negation = self._restrictive_negation(verb, opening)
            if negation is not None:
                start = min(start, negation.idx)
        resumed = _main_clause_resumed(verb, clause)
        if resumed is not None:
            end = min(end, resumed)  # "Le professeur, qui affirme que …, reste prudent"
        lost = self._lost_its_subject(verb, clause)
        if clause.dep_ == "xcomp" or lost:
            nouns = OBJECT_DEPS | LOST_SUBJECT_DEPS if lost else OBJECT_DEPS
            addressee = [c for c in verb.children if c.dep_ in nouns and c.i < clause.i]
            if addressee and addressee[0].i > verb.i:
                start = min(start, addressee[0].left_edge.idx)
        for sibling in verb.children:
            marked = any(
                c.dep_ == "mark" and self.lexicon.is_complementizer(c.lower_)
                for c in sibling.children
            )  # "said that A and that B"; not "said …, but her deputy disputed that"
            if sibling.dep_ == "conj" and sibling.i > clause.i and marked:
                end = max(end, subtree_bounds(sibling)[1])
            elif self._condition_on(clause, sibling) or self._second_said(clause, sibling):
                # "… aurait pu être évité si …"; "He is 84 now, and he still counts them …, he
                # says", the second clause hung on the verb beside the first
                end = max(end, subtree_bounds(sibling)[1])
            elif _predicate_cut_off(clause, sibling) or _clause_goes_on(verb, clause, sibling):
                end = max(end, subtree_bounds(sibling)[1])  # "that talks with X had been …"
            elif _split_by_frame(verb, clause, sibling):
                end = max(end, subtree_bounds(sibling)[1])  # "It is no surprise, X said, that …"
            elif _split_by_frame(verb, sibling, clause):
                start = min(start, subtree_bounds(sibling)[0])  # "Il n'est pas surprenant, …"
            elif sibling.i > clause.i and self._opens_in_quotation_of(sibling, (start, end)):
                end = max(end, subtree_bounds(sibling)[1])
        act = _reporters_next_act(verb, clause) or self._next_saying_after_quotation(clause)
        if act is not None:
            end = min(end, _before_conjunction(act))  # "said he makes … and questioned …"
        predicate = self._predicate_after_subject(clause)
        if predicate is not None:
            end = max(end, subtree_bounds(predicate)[1])
        return start, end

    def _opens_in_quotation_of(self, sibling: Token, bounds: tuple[int, int]) -> bool:
        """The words of a phrase the parser hung on the verb begin inside a quotation that
        opens within the clause: "affirme avoir perdu « au moins 20 % » de sa clientèle", its
        object read as the verb's, goes on to "de sa clientèle"."""
        first = sibling.left_edge.idx
        return any(
            bounds[0] <= q_start < bounds[1] and q_start < first < q_end
            for q_start, q_end, _ in self.every_quote
        )

    def _next_saying_after_quotation(self, clause: Token) -> Token | None:
        """ "affirme que « toutes les règles ont été respectées » et annonce son intention de
        porter plainte": a verb of saying with no subject, joined after a reported clause
        whose quotation has closed, is the speaker's next act, not more of what was said."""
        doc = clause.doc
        for conj in clause.children:
            if conj.dep_ != "conj" or conj.i < clause.i or conj.left_edge.i < 2:
                continue
            before = doc[conj.left_edge.i - 1]
            if before.text == "," and before.i > clause.i:
                before = doc[before.i - 1]  # "», et annonce"
            closed = before.is_quote and before.i > clause.i and not self.inside_quote(before.idx)
            alone = not any(c.dep_ in SUBJECT_DEPS for c in conj.children)
            if closed and alone and self.is_cue_verb(conj):
                return conj  # "annonce" read as a noun: a cue all the same (``misread_cue``)
        return self._next_saying_hung_inside(clause)

    def _next_saying_hung_inside(self, clause: Token) -> Token | None:
        """ "indique qu'« aucun décès n'a été signalé » dans la région et rappelle que …": the
        same next act, which the parser hung on a word of the quotation's clause; a closed
        quotation before its conjunction, outside any other, says the reported words ended,
        and the act is told in the tense of the first ("a annoncé qu'il transmettrait un
        « mémorandum » et demanderait à …" goes on with what he announced)."""
        doc = clause.doc
        sentence_end = clause.sent.end
        for conj in doc[clause.i + 1 : sentence_end]:
            if conj.dep_ != "conj" or not clause.i <= conj.head.i < conj.i:
                continue
            cc = doc[conj.left_edge.i]
            if cc.pos_ != "CCONJ" or self.inside_quote(conj.idx):
                continue
            marks = [t for t in doc[clause.i : cc.i] if t.is_quote]
            closed = len(marks) >= 2 and not self.inside_quote(marks[-1].idx)
            alone = not any(c.dep_ in SUBJECT_DEPS for c in conj.children)
            if closed and alone and self.is_cue_verb(conj) and _same_tense(conj, clause.head):
                return conj
        return None

    def _predicate_after_subject(self, clause: Token) -> Token | None:
        """The predicate of a reported clause that the parser read as a noun: in "rappelle
        qu'une précédente réforme, en 2021, n'avait « pas produit … »" the small French model
        made "réforme" the clause and hung "produit" on the sentence's first verb. The first
        verb after the noun, past an aside, with no subject of its own, is the rest of the
        clause."""
        marked = any(
            c.dep_ == "mark" and self.lexicon.is_complementizer(c.lower_) for c in clause.children
        )
        if clause.pos_ not in ("NOUN", "PROPN") or not marked:
            return None
        if any(t.pos_ in ("VERB", "AUX") for t in clause.subtree):
            return None
        for token in clause.doc[clause.right_edge.i + 1 : clause.sent.end]:
            if token.dep_ in SUBJECT_DEPS or token.pos_ == "SCONJ" or self.is_cue_verb(token):
                return None  # another clause, or another act of saying
            if token.pos_ == "VERB" and token.is_alpha:
                subject = any(c.dep_ in SUBJECT_DEPS for c in token.children)
                return None if subject or token.dep_ in ("amod", "acl") else token
        return None

    def _second_said(self, clause: Token, sibling: Token) -> bool:
        """The second of two clauses the parse hung on the verb of saying, unless it is a
        report of its own ("…, and three-quarters said the same of Sanders", "…, and both
        surveys showed …")."""
        return _second_of_a_pair(clause, sibling) and not self.is_cue_verb(sibling)

    def _condition_on(self, clause: Token, sibling: Token) -> bool:
        """A condition right after the reported clause, which the parser hung on the cue verb:
        "a estimé que l'incendie aurait pu être évité si ces travaux avaient été réalisés" is
        one statement; without its condition the clause says something else."""
        markers = self.lexicon.hypothesis_markers
        return sibling.left_edge.i == clause.right_edge.i + 1 and any(
            c.dep_ == "mark" and c.lower_ in markers for c in sibling.children
        )

    @staticmethod
    def _main_clause(verb: Token, clauses: list[Token]) -> Token:
        """The clause a cue reports. A clause before it that goes on past a parenthetical
        frame is one content with the rest; one before a frame that is not set off is an
        adverbial the parser misread: "While not everything he says is true, Jamieson said
        Trump is …" reports what comes after "said"."""
        first = clauses[0]
        if first.i > verb.i or first.dep_ != "ccomp":
            return first
        after = [c for c in clauses if c.i > verb.i and c.dep_ == "ccomp"]
        if after and not _split_by_frame(verb, first, after[0]):
            return after[0]
        return first

    def _lost_its_subject(self, verb: Token, clause: Token) -> bool:
        """A clause with neither subject nor complementizer after a verb whose object is not
        whom it was said to: the parser took its subject for the verb's object."""
        if clause.dep_ != "ccomp" or self.lemma(verb) in self.lexicon.addressee_verbs:
            return False
        return not any(
            c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" or self.lexicon.is_complementizer(c.lower_)
            for c in clause.children
        )

    def before_reporters_caveat(self, clause: Token, bounds: tuple[int, int]) -> tuple[int, int]:
        """A reported clause stops before the reporter's word on it that closes the sentence:
        "…, a claim Kyiv denied", "…, a figure that could not be verified", "…, une
        information démentie par Kiev" are the article's, not the source's."""
        return self.before_caveat(list(clause.subtree), bounds)

    def before_counted_aside(self, sent: Span, bounds: tuple[int, int]) -> tuple[int, int]:
        """A reported clause stops at the comma before a count another source vouches for:
        in "a assuré que la réforme « ne sera pas retirée », au lendemain d'une journée qui a
        réuni 1,2 million de personnes selon la CGT" the day and its count are the writer's
        context, and the CGT's figure."""
        for count in sent:
            if not (bounds[0] < count.idx < bounds[1] and count.like_num):
                continue
            if not self._vouched_count(sent, count):
                continue
            commas = [t for t in sent if t.text == "," and bounds[0] < t.idx < count.idx]
            return (bounds[0], commas[-1].idx) if commas else bounds
        return bounds

    def _vouched_count(self, sent: Span, count: Token) -> bool:
        """A prepositional cue follows the count within a few words, with no punctuation or
        verb between: "1,2 million de personnes selon la CGT"."""
        for token in sent.doc[count.i + 1 : min(count.i + 1 + COUNT_WORDS, sent.end)]:
            rest = self.text[token.idx : sent.end_char].lower()
            if self._any_prepositional.match(rest):
                return True
            if ends_count(token):
                return False
        return False

    def before_caveat(self, words: list[Token], bounds: tuple[int, int]) -> tuple[int, int]:
        """``bounds`` cut before the reporter's caveat among ``words``, if one closes them."""
        if not words:
            return bounds
        doc = words[0].doc
        for noun in words:
            if noun.lemma_.lower() not in self.lexicon.caveat_nouns or noun.i < 2:
                continue
            article, comma = doc[noun.i - 1], doc[noun.i - 2]
            if article.pos_ != "DET" or comma.text != "," or noun.head.i > noun.i:
                continue
            if noun.right_edge.idx + len(noun.right_edge) >= bounds[1] and comma.idx > bounds[0]:
                return bounds[0], comma.idx
        return self._before_writers_gloss(words, bounds)

    def _before_writers_gloss(self, words: list[Token], bounds: tuple[int, int]) -> tuple[int, int]:
        """``bounds`` cut before a phrase of the speaker's act that closes them, set off by a
        comma and opened on a verb: "…, without giving details", "…, sans donner de détails",
        "…, citing sources": how it was said, in the writer's words."""
        doc = words[0].doc
        for opener in words:
            if opener.lower_ not in self.lexicon.frame_context_openers or opener.i < 1:
                continue
            after = doc[opener.i + 1] if opener.i + 1 < len(doc) else None
            # "…, as is tradition": a finite verb after "as", not "holds X as being …"
            comparative = opener.lower_ in self.lexicon.comparative_markers
            verb_after = after is not None and acts_as_verb(after)
            finite = verb_after and after is not None and "Fin" in feature(after, "VerbForm")
            on_verb = "Part" in feature(opener, "VerbForm") or (
                finite if comparative else verb_after
            )
            comma = doc[opener.i - 1]
            closes = opener.head.right_edge.idx + len(opener.head.right_edge) >= bounds[1]
            if on_verb and comma.text == "," and comma.idx > bounds[0] and closes:
                return bounds[0], comma.idx
        return bounds

    def _comma_inside_closing_mark(self, mark: Token) -> bool:
        """A mark that closes a quotation, with a comma right before it: '"overdue,"'."""
        closes = any(end == mark.idx + len(mark.text) for _, end, _ in self.every_quote)
        return closes and _closed_on_comma(mark)

    def before_next_frame(self, clause: Token, bounds: tuple[int, int]) -> tuple[int, int]:
        """ "said the economy was weak, and accused the bank of …", "…, and when asked whether
        …": a reported clause stops before ", and" that opens another act of saying, which the
        parser hung on the clause."""
        start, end = bounds
        doc = clause.doc
        # "Eggleston expressed concern and said it could hurt …, people familiar with the
        # session said": before its frame, a second act is inside what the frame reports
        reported_before = clause.head.i > clause.i and clause.dep_ != "conj"
        for conj in clause.children:
            if conj.dep_ != "conj" or conj.i <= clause.i or reported_before:
                continue
            saying = self.is_cue_verb(conj) or any(
                c.dep_ == "advcl" and self.is_cue_verb(c) for c in conj.children
            )
            first = conj.left_edge.i
            # the conjunction hangs before the verb's phrase (English) or opens it (UD French)
            cc = first if doc[first].dep_ == "cc" else first - 1
            if not saying or cc < 1 or doc[cc].dep_ != "cc":
                continue
            # ", and accused …"; without the comma only "and added that …" or "and said the
            # rescue was …", a cue with a clause of its own: "said prices would rise and fall"
            # is one content
            cut = doc[cc - 1] if doc[cc - 1].text == "," else None
            if cut is None and (self.clause_after(conj) or _subject_clause_after(conj)):
                cut = doc[cc]
            if cut is not None and start < cut.idx < end and not self.inside_quote(cut.idx):
                last = doc[cut.i - 1]
                end = last.idx + len(last.text)
        for act in clause.subtree:
            # "One list says China has the most, while another says …": a speaker of its own
            if not (act.dep_ == "advcl" and self.is_cue_verb(act) and _own_subject(act)):
                continue
            comma = doc[act.left_edge.i - 1] if act.left_edge.i > clause.i else None
            if comma is not None and self._comma_inside_closing_mark(comma):
                # 'that the move was "overdue," while others warned …': the comma inside the
                # closing mark, as American copy sets it; the quotation ends the content
                if start < comma.idx < end:
                    end = comma.idx + len(comma.text)
                continue
            if comma is None or comma.text != "," or self.inside_quote(comma.idx):
                continue
            if start < comma.idx < end:
                end = comma.idx
        for participle in clause.subtree:
            # "he plans to preview a strategy, insisting that …": another act of saying, by
            # the same speaker, that the parser hung on a word of the reported clause
            before = doc[participle.i - 1] if participle.i > clause.i + 1 else None
            if before is None or before.text != "," or not start < before.idx < end:
                continue
            saying = is_participle(participle, "Pres") and self.is_cue_verb(participle)
            if saying and not self.inside_quote(before.idx):
                end = before.idx
                break
        return start, end

    def reported_object(self, verb: Token) -> Token | None:
        """What "announced", "criticized", "called for" bear on: their object."""
        past_filler = self._object_past_filler(verb) or self._object_of_day_after(verb)
        if past_filler is not None:
            return past_filler
        # "a annoncé aux salariés la fermeture du site": whom it was told comes first, and
        # what was told is the direct object
        direct = any(c.i > verb.i and c.dep_ in OBJECT_DEPS for c in verb.children)
        for child in verb.children:
            if child.i < verb.i:
                continue  # "On Twitter, Bush called …": a phrase before the verb is its setting
            if child.dep_ in OBJECT_DEPS and not self._when(child):
                return child
            if child.is_quote and child.i == verb.i + 1 and child.dep_ in QUOTED_OBJECT_DEPS:
                return child  # "a réclamé « des renforts »", the guillemet parsed as the head
            if child.dep_ == "prep" and self._object_preposition(verb, child):
                return next((c for c in child.children if c.dep_ == "pobj"), None)
            if self._misparsed_object(verb, child):
                return child
            preposed = child.dep_ in ("obl:arg", "obl") and not direct
            if preposed or self._quotation_closing_phrase(verb, child):
                # "a appelé à la « retenue »": the preposition hangs on the noun (UD style);
                # "appelle toutefois à « la plus grande vigilance »", on the guillemet
                case = next((c for c in child.children if c.dep_ == "case"), None)
                after = self.next_word(verb)  # past "aussi": "appelle aussi à la grève"
                if (
                    case is not None
                    and after is not None
                    and case.i == after.i
                    and self._object_preposition(verb, case)
                ):
                    return child
        after_channel = self._object_after_channel(verb) or self._object_after_insertion(verb)
        if after_channel is not None:
            return after_channel
        following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        article = following is not None and self.is_article(following)
        if verb.dep_ in ("amod", "acl") and following is not None and article:
            # "Le décret prévoit une interdiction" parsed as a noun, its modifier and its
            # complement: the noun phrase right after the verb is what it bears on.
            noun = following.head
            if noun.pos_ == "NOUN" and noun.i > verb.i:
                return noun
        return None

    def _object_of_day_after(self, verb: Token) -> Token | None:
        """ "a démenti jeudi toute implication", "a annoncé lundi soir la suppression": the
        object the parse gave the day right after the verb is the cue's, before any object
        of the verb's own further on ("…, une décision qui …", the writer's gloss)."""
        following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        joined = following is not None and following.i in (
            verb.head.i,
            *(c.i for c in verb.children),
        )
        if following is None or not joined or not self._when(following):
            return None
        days = [following]
        while days[-1].i + 1 < len(verb.doc) and self._when(verb.doc[days[-1].i + 1]):
            days.append(verb.doc[days[-1].i + 1])
        day_object = (c for day in days for c in day.children if c.dep_ in OBJECT_DEPS)
        return next(day_object, None)

    @staticmethod
    def _object_after_channel(verb: Token) -> Token | None:
        """ "a dénoncé dans un communiqué la suppression de 300 postes": the object after a
        phrase of the verb, parsed as that phrase's noun's complement though no preposition
        ties it there (it opens on its article)."""
        for phrase in verb.children:
            if phrase.dep_ not in ("obl", "obl:mod", "nmod") or phrase.left_edge.i != verb.i + 1:
                continue  # right after the verb: not "prévus par la loi : d'un côté une …"
            for noun in phrase.children:
                opening = noun.left_edge
                bare = opening.pos_ == "DET" and opening.i > phrase.i
                if noun.dep_ == "nmod" and noun.pos_ == "NOUN" and bare:
                    return noun
        return None

    def _object_after_insertion(self, verb: Token) -> Token | None:
        """ "a annoncé, lors d'une conférence de presse, la fermeture du site": the object after
        a setting set off by commas, which the parser joins to the setting's noun. The setting
        opens on a preposition or an adverb and holds no clause of its own."""
        doc, at = verb.doc, verb.i + 1
        while at < len(doc) and self._when(doc[at]):
            at += 1  # "a annoncé mardi, lors de …"
        if at + 1 >= len(doc) or doc[at].text != "," or doc[at + 1].pos_ not in ("ADP", "ADV"):
            return None
        if doc[at + 1].lower_ in self.lexicon.comparative_markers:
            return None  # "Nous vous proposons, comme au lycée, un exercice": a likeness
        close = next((t.i for t in doc[at + 1 : verb.sent.end] if t.is_punct), None)
        if close is None or doc[close].text != "," or close + 1 >= verb.sent.end:
            return None
        setting = doc[at + 1 : close]
        if any(t.dep_ in SUBJECT_DEPS for t in setting):
            return None  # "…, lorsque le maire est arrivé, …": a clause of its own
        opening = doc[close + 1]
        noun = opening.head
        article = self.is_article(opening)
        inside = setting.start <= noun.head.i < setting.end
        if article and noun.pos_ == "NOUN" and noun.i > opening.i and inside:
            return noun
        return None

    def _misparsed_object(self, verb: Token, child: Token) -> bool:
        """The noun phrase right after a verb of stating, parsed as something else: "réclame
        la réouverture" as a complement (xcomp), "a annoncé une baisse" as an adjunct,
        "annonce des mesures" with "des" as a preposition. After a verb that takes a direct
        object, "des" is the plural article."""
        opening = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if opening is None or child.left_edge.i != opening.i or child.pos_ not in ("NOUN", "PROPN"):
            return False
        if child.dep_ == "xcomp":
            # or a count the tagger read as a noun: "a requis dix-huit mois avec sursis"
            return opening.pos_ == "DET" or opening.like_num
        if child.dep_ == "oprd":
            # "Trump called Ford's plans … “a disgrace”", the verb read as a modifier of the
            # name and its object as a predicate
            objects = any(c.dep_ in OBJECT_DEPS for c in verb.children)
            if objects or self._when(child):
                return False
            return main_verb_read_as_modifier(verb) or self._object_in_quoted_name(verb, child)
        if child.dep_ == "obl:mod":
            # "a annoncé une baisse des taux", the object parsed as a bare adjunct, as days
            # are ("a annoncé jeudi", "la semaine dernière")
            return opening.pos_ == "DET" and child.pos_ == "NOUN" and not self._when(child)
        if child.dep_ in SUBJECT_DEPS:
            # "Les syndicats dénoncent un « plan social déguisé »": a second subject after the
            # verb, with its own subject before it, is its object
            subject = any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children)
            return subject and opening.pos_ == "DET"
        article = opening.dep_ == "case" and opening.head.i == child.i
        return article and opening.lower_ in self.lexicon.indefinite_determiners

    def _object_in_quoted_name(self, verb: Token, name: Token) -> bool:
        """ "Clinton called Trump “the best recruiter”": the parse read the object as a word
        of the quoted name the verb gives it. Quotation marks after the object's first word
        set the name apart; without them "called Naghmeh Abedini" is a telephone call, and "a
        PAC called Future 45" (a participle on a noun) a title."""
        if verb.dep_ == "acl" or self.lemma(verb) not in self.lexicon.predicative_verbs:
            return False
        return any(t.is_quote for t in name.subtree if t.i > name.left_edge.i)

    def without_leading_day(
        self, sent: Span, verb: Token, bounds: tuple[int, int], cue: Sequence[Token] = ()
    ) -> tuple[int, int]:
        """ "Moscou a affirmé dimanche avoir abattu …": the day right after the cue (``verb``,
        its last word) says when it was said, not what; the content starts after it. The day
        may hang on any word of the cue ("a fait état lundi de …" on "fait")."""
        start, end = bounds
        following = [t for t in sent if t.i > verb.i and t.idx >= start and t.idx < end]
        if not following or following[0].i != verb.i + 1:
            return bounds
        heads = {verb.i, *(t.i for t in cue)}
        k = 0
        while (
            k < len(following) - 1
            and is_day(following[k], self.lexicon)
            # not "Saturday's caucuses"
            and (following[k].head.i in heads or following[k].head.i == following[k].i - 1)
        ):
            k += 1
        if k == 0 or following[k].is_punct:
            return bounds
        return following[k].idx, end

    def _object_past_filler(self, verb: Token) -> Token | None:
        """ "Les opposants dénoncent au contraire une « rupture »": past a set phrase of the
        kind an incise puts before its subject ("au contraire", "de son côté"), the object the
        parser hung on the phrase is the verb's."""
        doc = verb.doc
        if verb.i + 1 >= len(doc):
            return None
        fillers = self.lexicon.incise_fillers
        end = set_phrase_at(self.text, doc, verb.i + 1, verb.sent.end_char, fillers)
        if end is None or end.end >= len(doc):
            return None
        after = doc[end.end]
        head = after if after.pos_ in ("NOUN", "PROPN") else after.head
        if head.pos_ not in ("NOUN", "PROPN") or head.i < end.end:
            return None
        return head

    def _quotation_after(self, verb: Token) -> tuple[int, int] | None:
        """The quotation that opens right after a verb the parse gave no object, or after
        the article of its words: what "dénonce", "salue", "réclame" bear on ("dénoncent des
        « violations graves »")."""
        if any(c.dep_ in OBJECT_DEPS for c in verb.children):
            return None  # the parse found the object: reported_object reads it
        doc = verb.doc
        after = self.next_word(verb)  # past "au contraire", "aussi"
        if after is None:
            return None
        after = self._past_medium(after)  # "a dénoncé sur les réseaux sociaux un « abandon »"
        lexicon = self.lexicon
        determiners = lexicon.definite_determiners | lexicon.indefinite_determiners
        article = after.lower_ in determiners
        opening = doc[after.i + 1] if article and after.i + 1 < len(doc) else after
        quoted = next(((s, e, sp) for s, e, sp in self.every_quote if s == opening.idx), None)
        if quoted is None:
            return None
        start, end, speech = quoted
        if article and not (speech or self._quotes_lowercase(start, end)):
            return None  # a name after its article: "A blog, called the "Feed," …"
        following = next((t for t in doc[opening.i :] if t.idx >= end and not t.is_space), None)
        if article and following is not None and self.opens_relative(following):
            # "dénoncent des « mesures injustes » qui frapperont …": the relative clause too
            return after.idx, self.clause_end(verb.sent, following)
        inside = next((t for t in doc[opening.i + 1 :] if not t.is_quote), None)
        attribute = inside is not None and inside.pos_ != "DET" and inside.lower_ not in determiners
        if not article and attribute:
            # "a jugé « prématuré » tout débat": the quoted attribute, then what it is said of;
            # not "réclame « des moyens » depuis des mois", quoted words with their article
            end = self._object_after_quoted_attribute(verb, end)
        return self._with_owner(doc, (after.idx, end))

    def _past_medium(self, word: Token) -> Token:
        """The word after a short phrase of where the words were said, when ``word`` opens one
        ("sur les réseaux sociaux", "dans un communiqué"): a preposition other than those of
        an object, then a few articles, nouns and adjectives; ``word`` itself otherwise."""
        doc = word.doc
        if word.pos_ != "ADP" or word.lower_ in self.lexicon.object_prepositions:
            return word
        at = word.i + 1
        if at < len(doc) and doc[at].pos_ == "DET":
            at += 1
        first, stop = at, min(len(doc), at + MEDIUM_WORDS)
        while at < stop and doc[at].pos_ in ("NOUN", "PROPN", "ADJ") and not doc[at].is_quote:
            at += 1
        if at == first or at >= len(doc) or doc[at].pos_ != "DET":
            return word
        return doc[at]

    def _with_owner(self, doc: Doc, bounds: tuple[int, int]) -> tuple[int, int]:
        """An object that ends on quoted words, with their owner: "a salué « le courage » des
        secouristes" bears on the rescuers' courage, not on courage. The words after "de",
        "du", "des" up to a punctuation mark, a verb or another preposition."""
        start, end = bounds
        if self.text[end - 1 : end] not in CLOSERS:
            return bounds
        markers = self.lexicon.owner_markers
        after = doc.char_span(end, len(self.text), alignment_mode="contract")
        following = list(after[: MAX_OWNER_WORDS + 1]) if after is not None else []
        while following and following[0].is_space:
            following.pop(0)
        if not following or following[0].lower_ not in markers:
            return bounds
        stop = end
        for token in following[1:]:
            closing = token.is_punct or token.is_quote or token.is_space
            if closing or token.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON"):
                break
            stop = token.idx + len(token.text)
        return start, stop

    def _when(self, token: Token) -> bool:
        """ "promised Sunday to end …", "a annoncé cette année un plan": a day or a stretch of
        time the parser took for the object; a counted one is a quantity ("a requis vingt ans
        de réclusion"). Not one described "as" something: "described the first day as
        « mostly procedural »" is said of the day."""
        if any(c.lower_ in self.lexicon.comparative_markers for c in token.rights):
            return False
        if token.ent_type_ in ("DATE", "TIME") or is_day(token, self.lexicon):
            return True
        counted = any(c.like_num or c.dep_ == "nummod" for c in token.children)
        return (
            token.pos_ == "NOUN" and token.lemma_.lower() in self.lexicon.time_nouns and not counted
        )

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
        said = self.lemma(verb) in self.lexicon.speech_verbs
        # 'Trump said.' alone, after a quotation closed on its full stop: the sentence before
        # is what was said, the frame having nothing else to report
        bare = opens_sentence and said and self._nothing_but_setting(sent, frame_end, verb)
        # French writes its incises after the quotation with a comma: alone after it, the frame
        # says the words only with a pronoun for them ("« … » Le ministre l'a répété"), not
        # "« … indigne. » Sa capitaine a abondé dans son sens", which agrees with them
        bare = bare and (not self.lexicon.verb_first_incises or self._object_pronoun(verb))
        touching = [
            # A quotation a colon announces is what was said, however short: "a déclaré :
            # « Nous tiendrons bon »"; so is one a verb of saying follows: "« Je serai
            # candidat », annonce le maire".
            (
                start,
                end,
                speech
                or (start >= frame_end and ":" in self.text[frame_end:start])
                or (end <= frame_start and said and self._whole_line(sent, start, frame_end, verb))
                # 'Asked whether …, Priebus said, "Probably."': the words the frame's comma
                # announces, closing the sentence
                or (
                    start >= frame_end
                    and said
                    and "," in self.text[frame_end:start]
                    and not self._rest_of_sentence_text(sent, end)
                ),
            )
            for start, end, speech in self.every_quote
            if (
                end <= frame_start
                and only_glue(self.text[end:frame_start])
                and not (
                    # “… heart.” He said …; « … ». La Chine a dénoncé: the quotation ends the
                    # sentence before, by the full stop inside it or after it.
                    opens_sentence
                    and not (bare and "." not in self.text[end:frame_start])
                    and (
                        ends_sentence(self.text[start:end], self.lexicon.verb_first_incises)
                        or "." in self.text[end:frame_start]
                    )
                )
            )
            or (
                start >= frame_end
                and leads_in(self.text[frame_end:start])
                and not self._has_complementizer(frame_end, start)
                # "Ebeling said, and her husband added: “…”": another speaker's words
                and not another_speaker_between(doc, frame_end, start, self.lexicon)
            )
        ]
        if not any(speech for _, _, speech in touching):
            return None  # a scare quote beside a cue is not what was said
        return touching[0][0], touching[-1][1]

    def _object_pronoun(self, verb: Token) -> bool:
        """A pronoun for what was said right before the verb group, whatever the parse calls
        it: "l'" of "Le ministre l'a répété" (not the subject "il" of "Il a répété")."""
        first = self.cue_tokens(verb)[0]
        before = verb.doc[first.i - 1] if first.i > 0 else None
        return (
            before is not None
            and before.pos_ == "PRON"
            and before.lower_ not in self.lexicon.pronouns
            and before.lower_ not in self.lexicon.object_clitics
        )

    def _whole_line(self, sent: Span, start: int, frame_end: int, verb: Token) -> bool:
        """The quotation opens its sentence, or follows a rubric and its colon ("Municipales :
        « … »"), and the frame after it ends the sentence, or what follows is set off by a
        comma or is a phrase of the frame's verb ("“Too much hate,” she said, blaming …",
        "“Absolutely,” he said when asked …"): the words of a speaker, not a scare quote
        inside a clause, nor a quotation the sentence goes on from ("“Only you,” she said,
        would …", the verb of the quoted words after the comma)."""
        before = self.text[sent.start_char : start].strip()
        after = self._rest_of_sentence_text(sent, frame_end)
        if before and not before.endswith(":"):
            return False
        if not after:
            return True
        words = [t for t in sent if t.idx >= frame_end and not t.is_punct and not t.is_space]
        if not words or "Fin" in feature(words[0], "VerbForm"):
            return False  # the quoted sentence goes on past the frame
        return after.startswith(",") or _adjunct_of_verb(words[0], verb)

    def _nothing_but_setting(self, sent: Span, at: int, verb: Token) -> bool:
        """The sentence ends at ``at``, or with only when, where or how it was said: '“…”
        Trump said on Sunday.', '“…” Trump said on Fox News.' (not "He said in an interview
        that …", nor "She went on to say:", which announces what follows)."""
        if ":" in self.text[at : sent.end_char]:
            return False
        rest = [t for t in sent if t.idx >= at and not t.is_punct and not t.is_space]
        return all(self._when(t) or _in_setting(t, verb) for t in rest)

    def _rest_of_sentence_text(self, sent: Span, at: int) -> str:
        """The sentence's text after ``at``, without the blanks and the full stop around it:
        empty when ``at`` closes the sentence."""
        return self.text[at : sent.end_char].strip(" .!?…\n\u00a0")

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
        return self.is_quoted(content) or self.lexicon.is_complementizer(first)

    def is_quoted(self, content: tuple[int, int]) -> bool:
        """Whether a content opens inside a quotation of speech."""
        return any(start <= content[0] < end for start, end in self.quotes)

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
        """ "said on Tuesday that …", "a déclaré dans une interview que …" when the parse hid it.
        Not after an incise's closing comma: in "The shop can survive, he said, if the city
        reopens the ramp" the "if" opens the host clause's condition."""
        if _incise_closed(verb):
            return None
        for token in sent[verb.i - sent.start + 1 :]:
            # right after the verb even as an adverb: "a indiqué qu'une autopsie serait …"
            tags = COMPLEMENTIZER_TAGS | ({"ADV"} if token.i == verb.i + 1 else set())
            if self.lexicon.is_complementizer(token.lower_) and token.pos_ in tags:
                following = next(
                    (t for t in sent[token.i - sent.start + 1 :] if not t.is_quote), None
                )
                if following is not None and following.pos_ in ("VERB", "AUX"):
                    # "les motifs que peuvent invoquer les services": a relative; the mark of
                    # "que « tout le monde savait »", which the tagger may call a verb, is none
                    return None
                if token.i > sent.start and token.nbor(-1).lower_ in self.lexicon.comparatives:
                    return None  # "trois fois plus que l'an dernier": a comparison
                if self._ends_subordinator(token):
                    return None  # "parce que", "tandis que", "dès que": a time or a reason
                if self._relative_on_object(verb, token):
                    return None  # "défend la réforme, que les syndicats jugent …"
                if self._completes_reported_object(verb, token):
                    return None  # "rejected claims that …": the object's clause, the object's
                if self._condition_after_object(verb, token):
                    return None  # "a annoncé le dépôt d'une motion si …": the object's case
                end = self.clause_end(sent, token)
                return token.idx, end
            # not a name's word ("France Inter") nor an acronym ("RTL") the tagger made a verb
            verb_like = token.pos_ in ("VERB", "AUX") and not (
                _within_name(token) or token.is_upper
            )
            if verb_like and token.dep_ not in ("aux", "aux:tense"):
                return None
            if token.text in (".", ";", "!", "?"):
                return None
        return None

    @staticmethod
    def _quotation_closing_phrase(verb: Token, child: Token) -> bool:
        """A guillemet the parse made the head of the verb's last phrase: "appelle toutefois à
        « la plus grande vigilance »"; not a quoted attribute before the object ("a qualifié
        d'« inacceptable » l'attaque")."""
        if not (child.is_quote and child.dep_ in QUOTED_OBJECT_DEPS):
            return False
        after = verb.doc[child.right_edge.i + 1 : verb.right_edge.i + 1]
        return all(t.is_punct or t.is_space for t in after)

    def _clause_of_preposition(self, verb: Token) -> tuple[int, int] | None:
        """ "called for the fund to be doubled": the clause the verb asks for, past the
        preposition the parse made its marker."""
        for clause in verb.children:
            mark = self.asked_clause_marker(verb, clause)
            if mark is not None:
                return mark.doc[mark.i + 1].idx, subtree_bounds(clause)[1]
        return None

    def _condition_after_object(self, verb: Token, marker: Token) -> bool:
        """ "si" or "if" right after the object of a verb that asks nothing opens the
        condition the object was announced on, not a question reported (not "the question of
        whether", nor '…, telling graduates, "If …"', after a preposition or a mark)."""
        if marker.lower_ not in self.lexicon.hypothesis_markers:
            return False
        if self.lemma(verb) in self.lexicon.question_verbs or self.inside_quote(marker.idx):
            return False
        before = marker.doc[marker.i - 1]
        if before.is_punct or before.pos_ in ("ADP", "SCONJ"):
            return False
        return any(
            c.dep_ in OBJECT_DEPS and c.pos_ == "NOUN" and verb.i < c.i < marker.i
            for c in verb.children
        )

    def _relative_on_object(self, verb: Token, first: Token) -> bool:
        """A clause opened by "que" or "that" (``first``) right after the verb's object and a
        comma: a relative clause on the object, however the parser hung it, not what the verb
        reports. Not after whom it was told to ("told Bill O'Reilly, that …")."""
        doc = verb.doc
        if first.i < 2 or doc[first.i - 1].text != "," or first.pos_ not in ("SCONJ", "PRON"):
            return False
        if self.lemma(verb) in self.lexicon.addressee_verbs:
            return False
        return any(c.dep_ in OBJECT_DEPS and c.right_edge.i == first.i - 2 for c in verb.children)

    def _ends_subordinator(self, token: Token) -> bool:
        """The last word of a conjunction of several ("parce que", "tandis que", "dès que",
        "avant que"): it opens an adverbial clause, not what a verb reports."""
        if token.dep_ == "fixed":
            return True
        before = token.doc[token.i - 1] if token.i > 0 else None
        return before is not None and before.lower_ in self.lexicon.subordinator_heads

    def infinitive_complement(self, sent: Span, verb: Token) -> tuple[int, int] | None:
        """ "a demandé à la Confédération d'interdire ce produit": what was asked, past the
        addressee the parser often hangs it on. The marker must be followed by an
        infinitive, and no other verb may come between."""
        doc = sent.doc
        for token in doc[verb.i + 1 : sent.end]:
            if token.text in (".", ";", "!", "?", ":") or self.inside_quote(token.idx):
                return None
            following = doc[token.i + 1] if token.i + 1 < sent.end else None
            quoted = following is not None and following.is_quote
            if following is not None and quoted and following.i + 1 < sent.end:
                # "a promis de « revenir vers … »", "demande au gouvernement de « revenir … »"
                following = doc[following.i + 1]
            while (
                following is not None
                and following.lower_ in self.lexicon.infinitive_negation
                and following.i + 1 < sent.end
            ):
                following = doc[following.i + 1]  # "appelle à « ne pas voyager »"
            marker = token.lower_ in self.lexicon.infinitive_markers
            if marker and following is not None and self._looks_infinitive(following):
                if following.head.dep_ == "pobj":
                    return None  # "pledged her vote … in an effort to wrap up": a purpose
                if self._complements_object_noun(verb, following):
                    return None  # "réclame la création d'un permis de louer": the permit's
                return token.idx, self.clause_end(sent, token)
            finite = "Part" not in feature(token, "VerbForm")  # "les parties concernées"
            if token.pos_ in ("VERB", "AUX") and finite and not self._looks_infinitive(token):
                return None
            if token.dep_ == "advcl" and token.head == verb and not self._looks_infinitive(token):
                return None  # "demanded changes, leaving them 48 hours to avert …": the clause's
            if token.dep_ == "conj" and token.head == verb:
                return None  # "a appelé « à la retenue » et demandé de …": a second act
        return None

    @staticmethod
    def _complements_object_noun(verb: Token, infinitive: Token) -> bool:
        """Whether the infinitive completes a noun inside the verb's direct object, not the
        object itself: "réclame la création d'un permis de louer" ("de louer" is the permit's);
        not "appelle les parties concernées à prendre …", whom the call asks."""
        return any(
            c.dep_ in ("obj", "dobj")
            and infinitive in c.subtree
            and infinitive.head != c
            and infinitive.head.pos_ == "NOUN"
            for c in verb.children
        )

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
        # not "%" of "pourrait atteindre 6 %", punctuation to the tokenizer
        while (
            last.i > start.i
            and (last.is_punct or last.is_space)
            and not (last.is_quote or last.text == "%")
        ):
            last = last.doc[last.i - 1]
        return last.idx + len(last.text)

    def is_inverted(self, sent: Span, verb: Token, source: Span | None) -> bool:
        """The frame stands after the content, or inside it: "…, a rapporté Kyiv Post"."""
        first = verb if source is None or source.start > verb.i else source[0]
        last = verb if source is None or source.end - 1 < verb.i else source[-1]
        if any(
            c.dep_ in OBJECT_DEPS
            and c.i > last.i
            and not (self._listener_word(verb, c) or self._setting_of_frame(c))
            for c in verb.children
        ):
            return False  # "Après la victoire, Ugo Mola a salué « un match plein »": its object
        if any(
            c.is_quote and c.i == last.i + 1 and c.dep_ in QUOTED_OBJECT_DEPS for c in verb.children
        ):
            return False  # "…, le maire a reconnu « des tensions »", the guillemet its head
        if self._quotation_as_object(sent, verb):
            return False  # "…, l'intéressé dénonce « un acharnement »", the guillemet a verb
        if self._misread_with_object(verb, source):
            return False  # "…, Thomas Meyer, juge la décision « … »", "juge" read as a noun
        after = last.i + 1
        channel: Token | None = None
        while after < sent.end and not closes_frame(sent.doc[after]):
            if self.opens_relative(sent.doc[after]):
                break  # "…, estime Berne qui se rallie à …": a clause on the speaker
            if source is not None and describes(sent.doc[after], source):
                after = past_description(sent, after, source, self.lexicon)
                continue  # "…, indique une note publiée jeudi": what the note is
            setting = self._trails_frame(sent, verb, source, after, channel)
            if not setting or after - last.i > SETTING_TOKENS:
                return False
            channel = self._channel_at(sent.doc[after], channel)
            after += 1  # "…, précise l'OFAG jeudi dans un communiqué.": time and channel
        opening = (
            first.i > sent.start + 2
            or self._after_connective(sent, first)
            or _splits_subject_from_verb(sent, verb, first)
        )
        return (
            opening
            and self._opens_after_break(sent, first)
            and not self._report_before(sent, verb, first, after)
            and not self._cue_phrase_before(sent, first)
        )

    def _quotation_as_object(self, sent: Span, verb: Token) -> bool:
        """A quotation opens right after a verb whose object says what was said, whatever the
        parse made of its mark: "l'intéressé dénonce « un acharnement »"."""
        following = sent.doc[verb.i + 1] if verb.i + 1 < sent.end else None
        opens = following is not None and following.text in SHAPED_OPENING_MARKS
        lexicon = self.lexicon
        return opens and self.lemma(verb) in lexicon.object_verbs | lexicon.quoted_object_verbs

    def _cue_phrase_before(self, sent: Span, first: Token) -> bool:
        """All that stands before the frame is one prepositional cue's phrase: in "Selon le
        parquet, le suspect a avoué" and "According to prosecutors, the suspect confessed",
        the parquet and the prosecutors speak; the verb has nothing before it to report."""
        before = self.text[sent.start_char : first.idx].strip().lower()
        if not before.endswith(",") or "," in before[:-1]:
            return False
        return self._any_prepositional.match(before) is not None

    def _listener_word(self, verb: Token, token: Token) -> bool:
        """A word of whom it was told to, after an inverted frame: "…, he told reporters"."""
        if self.lemma(verb) not in self.lexicon.addressee_verbs or verb.dep_ in RELATIVE_DEPS:
            return False  # not "a pollster who advises the PAC, said …"
        listener = next((c for c in verb.children if c.dep_ in OBJECT_DEPS), None)
        if listener is None or not self.can_speak(listener):
            return False  # not "told a joke", "called a referendum": what, not whom
        # only whom: not "calling him “a total stiff”", whose object has its predicate after it
        later = [c for c in verb.children if c.i > listener.i]
        if any(c.dep_ not in LISTENER_COMPANIONS for c in later):
            return False
        words = verb.doc[listener.left_edge.i : listener.right_edge.i + 1]
        if len(words) > LISTENER_TOKENS or any(t.is_quote or t.is_punct for t in words):
            return False  # "called Mr. Yanukovych, a former …, an outstanding leader"
        return words.start <= token.i < words.end

    def _report_before(self, sent: Span, verb: Token, first: Token, after: int) -> bool:
        """The frame ends the sentence, and all that stands before it is a clause of someone
        else's report that a subordinator ties to the cue: "Although the mayor said …, the
        auditor disagreed" says despite what the auditor spoke, not what."""
        doc = sent.doc
        if any(not (t.is_punct or t.is_space) for t in doc[after : sent.end]):
            return False  # "If the demands are not met, Mr. Taylor warned, supporters plan …"
        for clause in verb.children:
            if clause.dep_ != "advcl" or clause.i > first.i or clause.left_edge.i > sent.start:
                continue
            marked = any(m.dep_ == "mark" and m.i == clause.left_edge.i for m in clause.children)
            rest = doc[clause.right_edge.i + 1 : first.i]
            reports = any(self.is_cue_verb(t) for t in clause.subtree if t.i != verb.i)
            if marked and reports and all(t.is_punct or t.is_space for t in rest):
                return True
        return False

    def _after_connective(self, sent: Span, first: Token) -> bool:
        """Only a connective or an interjection stands before the frame: "But, he said, it is
        …", "However, the senator said, …", "Yes, he said, the plan is dead". The content is
        then the clause after the frame."""
        before = [t for t in sent.doc[sent.start : first.i] if not (t.is_punct or t.is_space)]
        return bool(before) and all(
            (t.dep_ in ("cc", "advmod", "mark") and t.pos_ in ("CCONJ", "ADV", "SCONJ"))
            or t.pos_ == "INTJ"
            or t.lower_ in self.lexicon.interjections
            for t in before
        )

    @staticmethod
    def _named_in_phrase(sent: Span, index: int) -> bool:
        """A name in a phrase of the verb after an inverted frame, whom or where it was said
        to: "AFP" of "…, a annoncé sa famille à l'AFP", "X" of "a écrit sur X"."""
        doc = sent.doc
        token = doc[index]
        if token.pos_ != "PROPN" and not token.is_title:
            return False
        k = index - 1
        while k >= sent.start and doc[k].pos_ == "DET":
            k -= 1
        return k >= sent.start and doc[k].pos_ == "ADP"

    def _trail_end(self, sent: Span, verb: Token, source: Span | None, frame_end: int) -> int:
        """The last word of the time, channel or listener that trails a frame ending at
        ``frame_end`` (itself when none does)."""
        channel: Token | None = None
        while frame_end + 1 < sent.end and self._trails_frame(
            sent, verb, source, frame_end + 1, channel
        ):
            frame_end += 1
            channel = self._channel_at(sent.doc[frame_end], channel)
        return frame_end

    def _misread_with_object(self, verb: Token, source: Span | None) -> bool:
        """A verb the tagger misread, after its subject, opening its object: the words after
        it are what was said, no setting of an inverted frame."""
        following = self.next_word(verb)
        return (
            source is not None
            and source.end <= verb.i
            and following is not None
            and self.opens_misread_object(verb, self.lemma(verb), following)
        )

    def _trails_frame(
        self, sent: Span, verb: Token, source: Span | None, index: int, channel: Token | None
    ) -> bool:
        """The word at ``index`` belongs to the time, channel or listener after an inverted
        frame (``channel``: the speech noun among them so far, whose own words belong too)."""
        word = sent.doc[index]
        return (
            self._setting_word(word)
            or (channel is not None and channel in word.ancestors)
            or (_named_after(verb, source) and self._named_in_phrase(sent, index))
            or self._listener_word(verb, word)
        )

    def _channel_at(self, word: Token, channel: Token | None) -> Token | None:
        """The speech noun a frame's trailing words have named so far, in a phrase of its
        preposition: "note" of "dans une note publiée jeudi", whose participle and day then
        belong to the frame too; not an object ("called the remarks unhinged")."""
        spoken = word.lemma_.lower() in self.lexicon.speech_nouns
        return word if spoken and _in_prepositional_phrase(word) else channel

    def _setting_word(self, token: Token) -> bool:
        """A word of the time or channel that may trail an inverted frame: a day, or a
        preposition and determiner before a speech noun ("dans un communiqué"), or an
        adjective in that phrase ("dans son dernier bulletin")."""
        lexicon = self.lexicon
        if is_day(token, lexicon) or token.ent_type_ in ("DATE", "TIME"):
            return True
        if token.pos_ in ("ADP", "DET"):
            return True
        noun = token.head
        spoken = noun.lemma_.lower() in lexicon.speech_nouns
        if token.pos_ == "ADJ" and spoken and _in_prepositional_phrase(noun):
            return True  # "dans son dernier bulletin", not "wrote a detailed letter"
        return token.lemma_.lower() in lexicon.speech_nouns

    def _setting_of_frame(self, child: Token) -> bool:
        """A word the parser made the verb's object that is only the time or channel trailing
        the frame, not what the verb reports: a speech noun counts only behind its preposition
        ("…, précise l'OFAG dans un communiqué"; not "a qualifié la décision de « naufrage »")."""
        if not self._setting_word(child):
            return False
        bare = child.pos_ == "NOUN" and not any(c.dep_ == "case" for c in child.children)
        return not (bare and child.lemma_.lower() in self.lexicon.speech_nouns)

    def _only_a_setting(self, verb: Token, content: tuple[int, int]) -> bool:
        """What stands before an inverted frame is only a phrase of where or when the verb's
        act took place: "En coulisses, plusieurs ministres s'inquiètent" reports nothing. A
        phrase of place or time opens on its preposition or is a date: "Plus de 200 000
        foyers restaient privés d'électricité mardi, a indiqué Enedis", which the parse hung
        on the verb as a modifier, with "restaient" an adjective, is what was said."""
        span = verb.doc.char_span(*content, alignment_mode="expand")
        words = [t for t in span or () if not (t.is_punct or t.is_space)]
        if not words or any(t.is_quote or t.pos_ in ("VERB", "AUX") for t in words):
            return False
        settings = [
            c
            for c in verb.children
            if c.dep_ in SETTING_DEPS
            and c.i < verb.i
            and (c.left_edge.pos_ == "ADP" or self._when(c))
        ]
        return any(all(w in c.subtree for w in words) for c in settings)

    def rest_of_sentence(
        self, sent: Span, verb: Token, source: Span | None
    ) -> tuple[int, int] | None:
        """The content around a parenthetical cue: everything in the sentence but the frame."""
        start = after_dateline(sent)
        while start < sent.end and (sent.doc[start].is_space or sent.doc[start].is_punct):
            if sent.doc[start].is_quote:
                break
            start += 1
        stop = verb.i
        if source is not None and source.start < stop:
            stop = source.start
        while stop > start and sent.doc[stop - 1].dep_.startswith("aux"):
            stop -= 1
        after_frame = self._after_frame_end(sent, verb, source)
        first = sent.doc[stop] if stop < sent.end else verb
        short_opening = self._after_connective(sent, first) or _splits_subject_from_verb(
            sent, verb, first
        )
        if stop - start < MIN_CLAUSE_WORDS and not (after_frame is not None and short_opening):
            return None
        end_token = after_frame or sent.doc[stop - 1]
        while end_token.i > start and end_token.text in (",", "—", "–"):
            end_token = sent.doc[end_token.i - 1]
        if after_frame is not None and stop > start:
            start = self._past_a_setting_only(sent, verb, source, (start, stop), end_token)
        end = end_token.idx + len(end_token.text)
        return self._from_quotation_opened_before(sent.doc[start].idx, end), end

    def _from_quotation_opened_before(self, start: int, end: int) -> int:
        """Where a content that starts inside a quotation opened in an earlier sentence really
        starts: "« Le collège a perdu 64 élèves. Nous ajustons … », fait valoir un porte-parole"
        quotes both sentences, which the parser split."""
        for q_start, q_end, _ in self.every_quote:
            if q_start < start < q_end <= end:
                return q_start
        return start

    def _past_a_setting_only(
        self, sent: Span, verb: Token, source: Span | None, before: tuple[int, int], last: Token
    ) -> int:
        """Where the content starts when the words ``before`` the frame (token indices) only
        say when and those after it up to ``last`` are the verb's, no clause of their own: past
        the frame ("En 2019, la chercheuse avait déjà alerté sur « … »"); else where they
        start ("Many days, former employees said, she would stay …" is one clause)."""
        doc, (start, stop) = sent.doc, before
        frame_end = max(verb.i, source.end - 1 if source is not None else verb.i)
        if any(t.dep_ in SUBJECT_DEPS for t in doc[frame_end + 1 : last.i + 1]):
            return start
        if not self._only_a_setting(verb, (doc[start].idx, doc[stop - 1].idx + len(doc[stop - 1]))):
            return start
        first = frame_end + 1
        while first < last.i and doc[first].is_punct and not doc[first].is_quote:
            first += 1
        return first

    def _next_act_after_incise(self, word: Token) -> bool:
        """A participle of saying right after an incise's speaker, where the language puts
        the speaker there ("…, a confirmé le ministère, confirmant une information du
        Parisien"): the speaker's next act. In English such a participle may be the subject
        of the clause that goes on ("…, she added, revoking clearances would be …")."""
        return (
            self.lexicon.verb_first_incises
            and is_present_participle(word)
            and self.is_cue_verb(word)
        )

    def _opens_another_frame(self, sent: Span, word: Token) -> bool:
        """A conjunction that opens another frame, with a subject of its own: "but her deputy
        disputed that", "mais l'opposition a dénoncé une manœuvre"; not "but he is still an
        effective advocate", which goes on with what was said."""
        if word.pos_ != "CCONJ":
            return False
        return any(
            t.dep_ == "conj"
            and self.is_cue_verb(t)
            and any(c.dep_ in SUBJECT_DEPS and c.i > word.i for c in t.children)
            for t in sent.doc[word.i + 1 : sent.end]
        )

    def _after_frame_end(self, sent: Span, verb: Token, source: Span | None) -> Token | None:
        """For a frame inside its content ("The plan, she said, is dead"), the content's last
        word; None when the frame closes the sentence, its day and channel included ("…, a
        rapporté Kyiv Post le 28 novembre.")."""
        frame_end = max(verb.i, source.end - 1 if source is not None else verb.i)
        if source is not None and frame_end + 1 < sent.end:
            # "…, indique une note de l'Insee publiée jeudi.": the note's date is the frame's
            frame_end = past_description(sent, frame_end + 1, source, self.lexicon) - 1
        frame_end = self._trail_end(sent, verb, source, frame_end)
        if frame_end + 2 < sent.end and sent.doc[frame_end + 1].text == ",":
            # "…, a indiqué le procureur, Nicolas Bessone, dans un communiqué.": the comma
            # closes the speaker's apposition, and the channel after it ends the sentence
            trail = self._trail_end(sent, verb, source, frame_end + 1)
            if trail > frame_end + 1 and all(
                t.is_punct or t.is_space for t in sent.doc[trail + 1 : sent.end]
            ):
                frame_end = trail
        following = sent.doc[frame_end + 1] if frame_end + 1 < sent.end else None
        if following is not None and following.text == "," and frame_end + 2 < sent.end:
            following = sent.doc[frame_end + 2]  # "…, a annoncé le préfet, qui a appelé …"
        if following is not None and self.opens_relative(following):
            return None  # the clause after the speaker describes the speaker
        if following is not None and self._closing_apposition(sent, following):
            return None  # "…, explique la climatologue Hélène Vidal, chercheuse à …."
        if following is not None and self._next_act_after_incise(following):
            return None  # "…, a déclaré le ministre, ajoutant que …": the speaker's next act
        if following is not None and self._opens_another_frame(sent, following):
            return None  # "…, the mayor said, but her deputy disputed that": another's word
        words = [t for t in sent if t.i > frame_end and not (t.is_punct or t.is_space)]
        if not words or _adjunct_of(verb, words, self.lexicon.frame_context_openers):
            return None
        last = sent[-1]
        # not the sign of "2 %", which ends the figure
        while last.i > frame_end and (
            last.is_space or (last.is_punct and not last.is_quote and last.text != "%")
        ):
            last = sent.doc[last.i - 1]
        return last

    def _closing_apposition(self, sent: Span, first: Token) -> bool:
        """Words from ``first`` to the sentence's end that say what the speaker is: opened by
        a role ("chercheuse dans un laboratoire montpelliérain", "a professor at Yale"), with
        no verb of their own."""
        words = [t for t in sent.doc[first.i : sent.end] if not (t.is_punct or t.is_space)]
        lexicon = self.lexicon
        articles = lexicon.indefinite_determiners | lexicon.definite_determiners
        head = next((t for t in words if t.lower_ not in articles), None)
        if head is None or not is_role_word(head, lexicon):
            return False
        return not any(acts_as_verb(t) for t in words)


# How the tagger may read "que"/"that" when it opens a reported clause.
COMPLEMENTIZER_TAGS = frozenset({"SCONJ", "ADP", "PRON"})
# How a phrase of circumstance hangs on a verb of saying: "said, [as talks stall]", "said,
# [citing …]": an adverbial clause, or a phrase when the parse reads "as" as a preposition.
ADJUNCT_DEPS = frozenset({"advcl", "prep", "obl", "obl:mod"})


def _same_tense(verb: Token, other: Token) -> bool:
    """Whether two verbs are told in the same mood and tense, each by its finite word (an
    auxiliary for a compound tense): "indique … et rappelle", not "a annoncé … et
    demanderait" (a conditional the small French model tags an imperfect)."""

    def tense(word: Token) -> tuple[tuple[str, ...], tuple[str, ...]]:
        finite = next((c for c in word.children if is_auxiliary(c)), word)
        return feature(finite, "Mood"), feature(finite, "Tense")

    return tense(verb) == tense(other)


def _in_prepositional_phrase(noun: Token) -> bool:
    """The noun is a preposition's object, as either parse scheme hangs it: "pobj" (English)
    or with its "case" marker (UD)."""
    return noun.dep_ == "pobj" or any(c.dep_ == "case" for c in noun.children)


def _adjunct_of(verb: Token, words: list[Token], openers: frozenset[str]) -> bool:
    """Words after a frame that are one phrase of its verb, set off by a comma and opened by
    one of ``openers``: "…, two officials said, as talks stall", "…, the superintendent said,
    citing falling enrollment": the writer's context for the frame, not the rest of what was
    said."""
    doc = verb.doc
    first = words[0].i
    # the phrase hangs on the frame's verb, or on the clause a parenthetical frame sits in
    # ("An investigation was opened, prosecutors said, without giving details")
    hosts = [verb, verb.head] if verb.dep_ in ("parataxis", "ccomp", "conj") else [verb]
    children = [c for host in hosts for c in host.children]
    phrase = next((c for c in children if first in (c.i, c.left_edge.i)), None)
    if phrase is None or phrase.dep_ not in ADJUNCT_DEPS:
        return False
    if doc[phrase.left_edge.i - 1].text != "," or words[0].lower_ not in openers:
        return False  # not "…, Lewandowski added, saying …": a frame of its own
    return phrase.right_edge.i >= words[-1].i


# The subject of an impersonal clause: "Il" of "Il est clair que", "It" of "It is clear that".
EXPLETIVE_DEPS = frozenset({"expl", "expl:subj"})


def _before_colon(clause: Token) -> bool:
    """A clause before its verb with a colon between them: the writer's sentence announcing
    what follows, never what the verb after the colon reports."""
    verb = clause.head
    if clause.i > verb.i:
        return False
    return any(t.text == ":" for t in clause.doc[clause.right_edge.i + 1 : verb.i])


def _named_after(verb: Token, source: Span | None) -> bool:
    """The frame names its speaker after the verb ("…, a annoncé sa famille à l'AFP"): a
    phrase with a name may follow it. After a verb with its subject before it, such a phrase
    is the verb's own ("Mateen also posted messages on Facebook")."""
    return source is not None and source.start > verb.i and source.root.pos_ != "PRON"


def _predicate_cut_off(clause: Token, sibling: Token) -> bool:
    """ "wrote on Telegram that talks with Washington had been productive": the parser reads
    "talks" as a verb and leaves "had been productive" a second clause with no subject, right
    after the first; both are one report."""
    return (
        sibling.dep_ == "ccomp"
        and sibling.left_edge.i == clause.right_edge.i + 1
        and not any(c.dep_ in SUBJECT_DEPS for c in sibling.children)
    )


def _main_clause_resumed(verb: Token, clause: Token) -> int | None:
    """Where the sentence goes back to its main clause after a relative clause set off by
    commas: "Le professeur, qui affirme que le virus circule, reste prudent" — the parser
    joins "reste" to "circule" with no conjunction; the comma before it ends the report."""
    doc = verb.doc
    opening = verb.left_edge
    if verb.dep_ not in RELATIVE_DEPS or opening.i == 0 or doc[opening.i - 1].text != ",":
        return None
    for conj in clause.children:
        if conj.dep_ != "conj" or any(c.dep_ == "cc" for c in conj.children):
            continue
        first = next(t for t in conj.subtree if not t.is_punct)
        comma = doc[first.i - 1]
        if comma.text == "," and comma.i > clause.i:
            last = doc[comma.i - 1]
            return last.idx + len(last.text)
    if verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN"):
        return _before_resumed_verb(clause)
    return None


def _before_resumed_verb(clause: Token) -> int | None:
    """ "Marie Dupont, qui assure que son fils est innocent, a écrit au juge": a sentence the
    parser rooted on its subject has its main verb inside the relative clause; the last comma
    before a finite verb ends the report."""
    doc = clause.doc
    first, last = clause.left_edge.i, clause.right_edge.i
    for comma in reversed(doc[first + 1 : last]):
        after = doc[comma.i + 1]
        finite = "Fin" in feature(after, "VerbForm")
        if comma.text == "," and finite and after.pos_ in ("VERB", "AUX"):
            before = doc[comma.i - 1]
            return before.idx + len(before.text)
    return None


def _joins_clauses(token: Token, before: Token) -> bool:
    """ "…, and coincidentally", "… protocol and also": a conjunction between clauses, not
    inside a phrase ("policies or the Act", "up and down")."""
    return token.dep_ == "cc" and (token.head.pos_ in ("VERB", "AUX") or before.text == ",")


def _split_by_frame(verb: Token, before: Token, after: Token) -> bool:
    """Two reported clauses on either side of a parenthetical frame: "It is no surprise, Mr.
    Garin said, that …"."""
    # The parser may hang an impersonal main clause as an adverbial ("Il n'est pas surprenant,
    # a expliqué M. Garin, que …"); with its expletive subject it can only await the clause.
    impersonal = before.dep_ == "advcl" and any(c.dep_ in EXPLETIVE_DEPS for c in before.children)
    both = after.dep_ == "ccomp" and (before.dep_ == "ccomp" or impersonal)
    return both and before.i < verb.i < after.i and _set_off(after)


def _adjunct_of_verb(word: Token, verb: Token) -> bool:
    """The word is in a phrase the verb governs that is no clause nor object of its own: "when
    asked", "of the possibility", not "said his campaign was …" (what was said is there)."""
    path = _path_to(word, verb)
    return bool(path) and path[-1].dep_ not in CLAUSE_DEPS | OBJECT_DEPS


def _path_to(word: Token, verb: Token) -> list[Token]:
    """The word and its heads up to the verb's child that holds it; empty when the verb does
    not govern it."""
    path = []
    for token in [word, *word.ancestors]:
        if token.i == verb.i:
            return []
        path.append(token)
        if token.head.i == verb.i:
            return path
    return []


def _predicate_on_the_name(verb: Token, obj: Token) -> int:
    """ "Trump called Cruz the “ultimate hypocrite”" read as "Trump, called Cruz, the …": the
    predicate right after the object, which the parser made an apposition of the name, ends
    the content (its head word; the quotation it opens is closed after). 0 otherwise."""
    if verb.dep_ != "acl" or obj.dep_ != "oprd":
        return 0
    for appos in verb.head.children:
        if appos.dep_ == "appos" and appos.left_edge.i == obj.right_edge.i + 1:
            return appos.idx + len(appos)
    return 0


def _clause_goes_on(verb: Token, clause: Token, sibling: Token) -> bool:
    """ "said the president “respects the Fed's independence” but believes rates are too
    high": the parser joins the present "believes" to the past "said"; in the reported
    clause's tense, with no subject of its own, it goes on with the clause's subject (the
    mirror of ``_reporters_next_act``)."""
    if sibling.dep_ != "conj" or sibling.i < clause.i or has_auxiliary(sibling):
        return False
    if has_auxiliary(verb) or any(c.dep_ in SUBJECT_DEPS | {"expl"} for c in sibling.children):
        return False  # "has said … and thinks": one subject's acts; "but there is …"
    finite = "Fin" in feature(sibling, "VerbForm")
    return finite and _tensed(verb, "Past") and _tensed(clause, "Pres") and _tensed(sibling, "Pres")


def _reporters_next_act(verb: Token, clause: Token) -> Token | None:
    """A verb in the past with no subject of its own that the parser joined to a reported
    clause in the present: "Brownell said he makes $41,000 a year and questioned how …",
    "She said she admires his resolve and highlighted …". The tense ties it to the verb of
    saying, not to what was said: the reporter's next act, outside the content. (In one
    tense, "said he went home and slept", the reading is open and the clause keeps it.)"""
    if not _tensed(verb, "Past") or not _tensed(clause, "Pres"):
        return None
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.i < clause.i or has_auxiliary(conj):
            continue
        finite = "Fin" in feature(conj, "VerbForm") and _tensed(conj, "Past")
        if finite and not any(c.dep_ in SUBJECT_DEPS for c in conj.children):
            return conj
    return None


def _tensed(verb: Token, tense: str) -> bool:
    """The verb is in ``tense``: "said", "has said" in the past; "makes", "is making",
    "would win" in the present, by the first finite word, and not a perfect or a passive
    ("has criticized … and called", "has been impressed … and liked": one subject's acts,
    however the tenses go)."""
    if tense == "Past":
        return tense in feature(verb, "Tense")
    if "Past" in feature(verb, "Tense"):
        return False
    words = [*(c for c in verb.children if is_auxiliary(c) and c.i < verb.i), verb]
    finite = next((w for w in words if "Fin" in feature(w, "VerbForm")), None)
    if finite is None:
        return False
    tenses = feature(finite, "Tense")
    return tense in tenses or not tenses  # a modal, "would", has none


def _before_conjunction(conj: Token) -> int:
    """Where the words end before a conjoined verb, back over its conjunction and comma."""
    doc = conj.doc
    last = doc[conj.left_edge.i - 1]
    while last.i > 0 and (last.dep_ == "cc" or last.is_punct) and not last.is_quote:
        last = doc[last.i - 1]
    return last.idx + len(last.text)


def _set_off(clause: Token) -> bool:
    """Whether a comma stands just before the clause: it goes on past a frame."""
    first = clause.left_edge
    return first.i > 0 and clause.doc[first.i - 1].text == ","


def _with_infinitive_copula(word: Token) -> bool:
    """A predicate with an infinitive copula is a clause: "être en mesure de …"."""
    return any(c.dep_ == "cop" and "Inf" in feature(c, "VerbForm") for c in word.children)


def _splits_subject_from_verb(sent: Span, verb: Token, first: Token) -> bool:
    """ "Loyalty, he noted, has long been …": the frame stands between the subject of the
    clause it reports and that clause's verb, however short the subject."""
    host = clause_around_frame(verb)
    if host is None:
        return False
    before = sent.doc[sent.start : first.i]
    # "Voters, Clinton suggested, don't have to …": the parser may make the host's subject a
    # second one of the frame's verb
    heads = (host.i, verb.i)
    return any(t.head.i in heads and t.dep_ in SUBJECT_DEPS for t in before)


def _within_name(token: Token) -> bool:
    """A word inside a name after its first ("Inter" of "France Inter"), whatever its tag; not
    in a headline, where the recogniser takes capitalised words for names."""
    inside = name_holding(token.doc, token.i) is not None
    return inside and not in_title_case(token.doc[token.i : token.i + 1])


def _words_end(last: Token, obj: Token) -> int:
    """Where the words end at ``last``, back over punctuation (not a quotation mark), never
    before the object ``obj``: the end of an object's content before what does not belong."""
    doc = last.doc
    while last.i > obj.i and last.is_punct and not last.is_quote:
        last = doc[last.i - 1]
    return last.idx + len(last.text)


def _subject_clause_after(verb: Token) -> bool:
    """Whether a verb with no subject of its own is followed by a clause with one, "that"
    left out: "and said Stevens's rescue was a priority" (not "and he thinks it would pass",
    a clause of the content joined to it)."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    return any(
        c.dep_ == "ccomp"
        and c.left_edge.i == verb.i + 1
        and any(s.dep_ in SUBJECT_DEPS for s in c.children)
        for c in verb.children
    )


def _bare_object(obj: Token, end: int) -> bool:
    """Nothing said of a direct object: the noun phrase (with its prepositions, or a list of
    them) and no more, or an infinitive of purpose after it ("called Sanders to congratulate
    him"); not a predicate the parser hung on the object ("called her son her hero") or on
    the verb past a date ("called that report Friday a “boldfaced lie”"), nor a quotation in
    the clause after the verb."""
    if obj.dep_ not in OBJECT_DEPS:
        return False
    doc, verb = obj.doc, obj.head
    if any(c.i > obj.i and c.dep_ in _PREDICATE_DEPS for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.i < obj.i for c in verb.children):
        return False  # "calling into doubt his conservative credentials": a locution
    listed = {t.i for c in obj.children if c.dep_ in _OBJECT_ONLY_DEPS for t in c.subtree}
    if any(t.i > obj.i and _says_of(t, listed) for t in obj.subtree):
        return False
    following = obj.right_edge.i + 1
    if any(t.is_quote for t in verb.subtree if t.i > verb.i):
        return False  # 'Calls ISIS Violence Against Yazidis ‘Genocide’': the quoted name
    if following < len(doc) and doc[following].is_quote:
        return False
    after = [t for t in doc[following:] if t.idx < end and not t.is_punct]
    return not after or after[0].tag_ == "TO"


def _says_of(word: Token, listed: set[int]) -> bool:
    """A word of the object's phrase that says something of it: past its prepositions and
    conjuncts (``listed``), or a second phrase the parser hung inside them ("the notion of
    man-made global warming a hoax", "the squabble with the community unusual")."""
    if word.is_punct:
        return False
    second = word.dep_ in _SECOND_PHRASE_DEPS or (word.dep_ == "amod" and word.i > word.head.i)
    return second or word.i not in listed


# Words after an object's noun that only extend it: "both candidates in the race", "companies
# and their products".
_OBJECT_ONLY_DEPS = frozenset({"prep", "conj", "cc"})
_SECOND_PHRASE_DEPS = frozenset({"dobj", "appos", "oprd", "attr", "acomp"})
# What a verb of naming says of its object: "called him divisive", "called it a disgrace".
_PREDICATE_DEPS = frozenset({"oprd", "acomp", "attr", "ccomp"})


def _subject_of_clause_read_as_object(verb: Token) -> Token | None:
    """ "Prosecutors said Whitaker diverted fees paid for …": the tagger read "diverted" as a
    participle on "fees", which it made the verb's object, and still hung "Whitaker" on it as
    its subject. A verb with a subject of its own, right after the cue, inside the cue's
    object, heads a clause: the subject opens what was said."""
    obj = next((c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i > verb.i), None)
    if obj is None:
        return None
    for word in obj.subtree:
        subjects = [c for c in word.children if c.dep_ in SUBJECT_DEPS]
        if word.pos_ in ("VERB", "AUX") and subjects and subjects[0].left_edge.i == verb.i + 1:
            return subjects[0].left_edge
    return None


def _clause_after_addressee(verb: Token) -> tuple[int, int] | None:
    """ "after Trump told The Washington Post he was “not quite there yet”": the parser hung
    the clause after whom it was told to on another verb; a subject right after the object
    opens what was told."""
    doc = verb.doc
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i > verb.i]
    if not objects or any(c.dep_ in CLAUSE_DEPS for c in verb.children):
        return None
    after = objects[0].right_edge.i + 1
    if after >= len(doc) or doc[after].dep_ not in SUBJECT_DEPS:
        return None
    clause = doc[after].head
    if clause.dep_ not in ("ccomp", "ROOT") or clause.head == verb or clause.i < after:
        return None  # (or made it the sentence's root, the frame its adverbial)
    return doc[after].idx, subtree_bounds(clause)[1]


def _second_of_a_pair(clause: Token, sibling: Token) -> bool:
    """A clause of the same kind right after ``clause``, whose own words end on the conjunction
    that joins them: the parse hung both on the verb of saying."""
    last = clause.right_edge
    return (
        sibling.dep_ == clause.dep_
        and sibling.left_edge.i == last.i + 1
        and last.dep_ == "cc"
        and last.head == clause
    )


def _own_subject(verb: Token) -> bool:
    """A clause opened by its conjunction with a subject of its own: "while another says"."""
    children = list(verb.children)
    return any(c.dep_ == "mark" for c in children) and any(c.dep_ in SUBJECT_DEPS for c in children)


def _in_setting(token: Token, verb: Token) -> bool:
    """A word of a phrase that sets the verb's scene ("by telephone", "in an interview", "on
    Fox News", "again"), with no verb of its own."""
    path = _path_to(token, verb)
    return (
        bool(path)
        and path[-1].dep_ in SETTING_DEPS
        and not any(t.pos_ in ("VERB", "AUX") for t in path)
    )


def _closed_on_comma(mark: Token) -> bool:
    """A comma right before the mark, inside the quotation it closes: '"overdue,"'."""
    return mark.i > 0 and mark.doc[mark.i - 1].text == ","


def _incise_closed(verb: Token) -> bool:
    """The verb is an incise inside the clause it hangs on, closed by a comma: "The plan, he
    said, is dead"."""
    after = verb.i + 1
    inside = verb.dep_ == "parataxis" and verb.head.i < verb.i
    return inside and after < len(verb.doc) and verb.doc[after].text == ","


def _misread_adjective(obj: Token, child: Token) -> bool:
    """An adjective right after the object that the tagger read as a verb and the parser hung
    on the verb as an oblique phrase ("antiaérienne" of "des systèmes de défense antiaérienne
    supplémentaires"): a verb with no subject and nothing before it cannot be one."""
    nominal = child.dep_.startswith("obl") or child.dep_ == "nmod"
    right_after = child.i == obj.right_edge.i + 1 and child.left_edge.i == child.i
    subject = any(c.dep_ in SUBJECT_DEPS for c in child.children)
    return child.pos_ == "VERB" and nominal and right_after and not subject


def _closes_on_colon(sent: Span, verb: Token) -> bool:
    """Only a colon follows the verb to the sentence's end: the frame announces words to come."""
    rest = [t for t in sent.doc[verb.i + 1 : sent.end] if not t.is_space]
    return bool(rest) and all(t.is_punct for t in rest) and any(t.text == ":" for t in rest)
