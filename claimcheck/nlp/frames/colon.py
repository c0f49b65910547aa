"""Quotations introduced by a colon, and speakers announced before their words."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimcheck.nlp.frames.base import (
    INSIDE_ENTITY,
    MAX_NAME_TOKENS,
    MIN_CLAUSE_WORDS,
    OBJECT_DEPS,
    PERSON_LABELS,
    RELATIVE_DEPS,
    SUBJECT_DEPS,
    WEAK_CUE,
    Frame,
    acts_as_verb,
    is_auxiliary,
    is_participle,
    is_relative_pronoun,
    is_unreal,
    tokens_span,
    words_to_end,
)
from claimcheck.nlp.frames.contents import ContentRules

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The recognisers' labels for who can head a line of words: a person, a body.
SPEAKER_LABELS = PERSON_LABELS | {"ORG"}


class ColonFrames(ContentRules):
    """Quotations a colon hands to the subject of the clause before it, and speakers
    announced with no words yet."""

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
            if quote is None:
                frame = self._clause_after_colon(sent, colon)
                if frame is not None:
                    yield frame  # "Le ministre l'a affirmé : il n'y aura pas de hausse"
                continue
            verb = self._misread_verb_at_colon(sent, colon) or self.clause_verb_before(sent, colon)
            reporting = None
            if verb is not None:
                verb = self._past_relative(verb)
                reporting = self._reporting_past_relative(verb)
            if reporting is not None:
                verb = reporting
            if verb is None:
                speaker = self._speaker_line(sent, colon, quote)
                if speaker is not None:  # 'Biden: "We will not back down"'
                    yield Frame((colon.idx, after), ":", quote, speaker, WEAK_CUE)
                continue
            # "La présidente a été claire : « … »": the subject hangs on the predicate.
            predicate = verb.head if verb.dep_ == "cop" else verb
            source = (
                self.find_source(sent, predicate)
                or self._stance_holder(sent, predicate)
                or self._inverted_in_relative(sent, predicate, colon)
            )
            if source is not None and not self.can_speak(source.root):
                source = self._apposed_person(source)
            if source is None:
                continue  # "cette idée n'a jamais été prise au sérieux : « … »"
            if reporting is not None:  # the verb reports its own clause; the colon, the quotation
                yield Frame((colon.idx, after), ":", quote, source, WEAK_CUE)
                continue
            cue = self.cue_tokens(verb)
            yield Frame(tokens_span(cue), verb.lemma_.lower(), quote, source, WEAK_CUE)

    def _misread_verb_at_colon(self, sent: Span, colon: Token) -> Token | None:
        """A verb of saying right before the colon that the tagger read as a name or a noun:
        "Un enseignant, qui souhaite rester anonyme, résume : « … »", with "résume" a proper
        noun, whose clause's verb would otherwise be "rester"."""
        if colon.i == sent.start:
            return None
        word = sent.doc[colon.i - 1]
        misread = word.pos_ in ("PROPN", "NOUN", "ADJ", "ADV") and word.is_lower and word.is_alpha
        # not a noun with its article: "delivered a snappy retort: “…”"
        misread = misread and not any(c.dep_ == "det" for c in word.children)
        misread = misread and sent.doc[word.i - 1].pos_ not in ("DET", "ADJ")
        return word if misread and self.lemma(word) in self.lexicon.speech_verbs else None

    def _past_relative(self, verb: Token) -> Token:
        """The verb of the clause that holds a free relative: "Clinton apologized for what
        happened: “…”" hands the quotation to Clinton, not to "what". A relative with an
        antecedent speaks for it ("Murdoch, who tweeted: “…”")."""
        while verb.dep_ not in RELATIVE_DEPS:
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            head = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if subject is None or subject.lower_ not in self.lexicon.wh_pronouns or head is None:
                return verb
            verb = head
        return verb

    def _reporting_past_relative(self, verb: Token) -> Token | None:
        """ "…, said Skelly, explaining he worked with Chrabaszcz, who was responsible for
        putting it into the RNC file: “Vito is outstanding …”": a colon that ends a relative
        clause whose verb reports nothing hands the quotation to the verb of saying the
        relative clause sits under, not to the relative pronoun; the colon is its cue, as the
        verb has its own clause. A relative clause's own verb of saying keeps the quotation
        ("Murdoch, who tweeted: “…”"): None then, and when no verb of saying is above."""
        if self.is_cue_verb(verb):
            return None
        relative = next((a for a in [verb, *verb.ancestors] if a.dep_ in RELATIVE_DEPS), None)
        if relative is None or not any(
            is_relative_pronoun(c) and c.dep_ != "mark" for c in relative.children
        ):
            return None  # "he hoped … that Trump wins …:", a that-clause the parse hung on a noun
        reporting = (a for a in relative.ancestors if a.pos_ == "VERB" and self.is_cue_verb(a))
        return next(reporting, None)

    def _clause_after_colon(self, sent: Span, colon: Token) -> Frame | None:
        """ "Le ministre l'a affirmé : il n'y aura pas de hausse d'impôts": a verb of saying
        before a colon reports the clause after it, to the sentence's end, quoted or not (in
        the languages whose lexicon says so)."""
        if not self.lexicon.colon_reports_clause:
            return None
        verb = self.clause_verb_before(sent, colon)
        if verb is None or self.lemma(verb) not in self.lexicon.speech_verbs:
            return None
        words = words_to_end(sent, colon.i + 1)
        if len(words) < MIN_CLAUSE_WORDS or not any(acts_as_verb(t) for t in words):
            return None  # "a annoncé deux mesures : la gratuité et …", a list
        source = self.find_source(sent, verb)
        if source is None or source.end > colon.i:
            return None
        content = (words[0].idx, words[-1].idx + len(words[-1].text))
        cue = tokens_span(self.cue_tokens(verb))
        return Frame(cue, self.lemma(verb), content, source, WEAK_CUE)

    def _speaker_line(self, sent: Span, colon: Token, quote: tuple[int, int]) -> Span | None:
        """ "Macron : « Nous ne reculerons pas »", 'Biden: "We will not back down"': a headline
        names the speaker, a colon, and the words; no verb. Only a person's name, or a noun for
        a person or a body: "Retraites : « … »" is a topic."""
        words = sent[: colon.i - sent.start]
        if not 0 < len(words) <= MAX_NAME_TOKENS or any(acts_as_verb(t) for t in words):
            return None
        if any(t.is_punct for t in words) or not self._speech_after(quote):
            return None
        if words[0].pos_ == "ADP":
            return None  # "From Bush's Facebook post:": where the words come from
        # a name and nothing else ("Biden", "Senator Ortiz", not "Stated Stone"), or a noun
        # for a person or body
        titles = self.lexicon.titles
        name = [t for t in words if t.pos_ != "DET" and not (t.is_title and t.lower_ in titles)]
        named = bool(name) and all(t.ent_type_ in SPEAKER_LABELS for t in name)
        lemma = words.root.lemma_.lower()
        speaks = lemma in self.lexicon.person_roles or lemma in self.lexicon.body_nouns
        if not named and not speaks:
            return None
        return words

    def _speech_after(self, quote: tuple[int, int]) -> bool:
        """The quotation is words of speech and closes the line: no incise of its own follows
        ("Municipales : « Je serai candidat », annonce le maire")."""
        rest = self.text[quote[1] :].split("\n", 1)[0]
        speech = any(s == quote[0] and speech for s, _, speech in self.every_quote)
        return speech and not rest.strip(" .!?\u00a0")

    def _stance_holder(self, sent: Span, verb: Token) -> Span | None:
        """ "Francisca Joly-Gomez est plus nuancée : « … »": the small French model parses a
        stance adjective as a passive, whose subject is still the one who speaks."""
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or not self.can_speak(subject):
            return None
        return self.mention(sent, subject, verb)

    def _inverted_in_relative(self, sent: Span, verb: Token, colon: Token) -> Span | None:
        """ "Une version que conteste son avocate, Me Claire Fontaine : « … »": a relative
        clause with no subject puts it after its verb, where the parse reads an object; the one
        who can speak there, right up to the colon, says the quotation."""
        if verb.dep_ not in RELATIVE_DEPS or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return None
        after = [c for c in verb.children if c.i > verb.i and c.dep_ in OBJECT_DEPS]
        if not after or not self.can_speak(after[0]):
            return None
        mention = self.mention(sent, after[0], verb)
        between = list(sent.doc[mention.end : colon.i])
        if not any(t.is_alpha for t in between):
            return mention
        # "son avocate, Me Claire Fontaine": the name set off after the role
        named = between[0].text == "," and all(t.is_title for t in between[1:] if t.is_alpha)
        return sent.doc[mention.start : colon.i] if named and len(between) > 1 else None

    @staticmethod
    def _apposed_person(phrase: Span) -> Span | None:
        """ "Concernant le lait, Francisca Joly-Gomez est nuancée :": a parse that hung the
        name on the topic before it; the person named after the comma speaks."""
        doc = phrase.doc
        return next(
            (
                doc[e.start : e.end]
                for e in phrase.ents
                if e.label_ in ("PER", "PERSON") and e.start > 0 and doc[e.start - 1].text == ","
            ),
            None,
        )

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
            verb = _past_fronted_participle(verb) if verb is not None else None
            if verb is not None and not self._announces(verb):
                verb = None
        # inside quotation marks of any kind: "ce chiffre « dit tout »" announces nothing
        if verb is None or is_unreal(verb) or self.inside_any_quote(verb.idx):
            return None
        source = self.find_source(sent, verb)
        if source is None:
            return None
        cue = self.cue_tokens(verb)
        end = words[-1].idx + len(words[-1].text)
        return Frame(tokens_span(cue), verb.lemma_.lower(), (end, end), source, WEAK_CUE)

    def _announces(self, verb: Token) -> bool:
        """A verb of saying that can announce words to come with no colon ("raconte sa nuit"),
        unless it speaks only beside its words and has an object of its own that is no speech:
        "La préfète a lancé la procédure …" announces no quotation after it, "Howard continued
        his scathing remarks." does."""
        lemma = verb.lemma_.lower()
        if lemma not in self.lexicon.speech_verbs:
            return False
        talk = self.lexicon.speech_nouns  # "Howard continued his scathing remarks."
        has_object = any(
            c.dep_ in OBJECT_DEPS and c.lemma_.lower() not in talk for c in verb.children
        )
        return not (has_object and lemma in self.lexicon.frame_only_verbs)

    @staticmethod
    def clause_verb_before(sent: Span, colon: Token) -> Token | None:
        """The verb of the clause the colon closes. Not a word of a name that the tagger read
        as a verb: "Inter" of "a réagi sur France Inter : « … »", whose verb is "réagi";
        "Face" of "weighed in on Face the Nation:" (a person's name is left alone: a
        headline's "Trump Says:")."""
        for token in reversed(sent[: colon.i - sent.start]):
            if token.is_quote or token.text in (".", ";", "!", "?"):
                return None
            named = bool(token.ent_type_) and token.ent_type_ not in PERSON_LABELS
            inside_name = named and (token.ent_iob == INSIDE_ENTITY or token.i > sent.start)
            verb = token.pos_ in ("VERB", "AUX") and not token.dep_.startswith("aux")
            if verb and not inside_name:
                return token
        return None


def _past_fronted_participle(root: Token) -> Token:
    """The main verb, when the parse rooted the sentence on a participle phrase that opens it:
    "Appelée à témoigner, une ancienne locataire a raconté la nuit du sinistre", with
    "raconté" a conjunct of "Appelée"."""
    bare = not any(c.dep_ in SUBJECT_DEPS or is_auxiliary(c) for c in root.children)
    if not (bare and is_participle(root, "Past")):
        return root
    main = (
        c
        for c in root.children
        if c.dep_ == "conj" and c.i > root.i and any(s.dep_ in SUBJECT_DEPS for s in c.children)
    )
    return next(main, root)
