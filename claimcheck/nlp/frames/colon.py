"""Quotations introduced by a colon, and speakers announced before their words."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimcheck.nlp.frames.base import (
    SUBJECT_DEPS,
    WEAK_CUE,
    Frame,
    is_unreal,
    tokens_span,
)
from claimcheck.nlp.frames.contents import ContentRules

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


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
            verb = self.clause_verb_before(sent, colon)
            if quote is None or verb is None:
                continue
            # "La présidente a été claire : « … »": the subject hangs on the predicate.
            predicate = verb.head if verb.dep_ == "cop" else verb
            source = self.find_source(sent, predicate) or self._stance_holder(sent, predicate)
            if source is not None and not self.can_speak(source.root):
                source = self._apposed_person(source)
            if source is None:
                continue  # "cette idée n'a jamais été prise au sérieux : « … »"
            cue = self.cue_tokens(verb)
            yield Frame(tokens_span(cue), verb.lemma_.lower(), quote, source, WEAK_CUE)

    def _stance_holder(self, sent: Span, verb: Token) -> Span | None:
        """ "Francisca Joly-Gomez est plus nuancée : « … »": the small French model parses a
        stance adjective as a passive, whose subject is still the one who speaks."""
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or not self.can_speak(subject):
            return None
        return self.mention(sent, subject, verb)

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
            if verb is not None and verb.lemma_.lower() not in self.lexicon.speech_verbs:
                verb = None
        if verb is None or is_unreal(verb) or self.inside_quote(verb.idx):
            return None
        source = self.find_source(sent, verb)
        if source is None:
            return None
        cue = self.cue_tokens(verb)
        end = words[-1].idx + len(words[-1].text)
        return Frame(tokens_span(cue), verb.lemma_.lower(), (end, end), source, WEAK_CUE)

    @staticmethod
    def clause_verb_before(sent: Span, colon: Token) -> Token | None:
        for token in reversed(sent[: colon.i - sent.start]):
            if token.is_quote or token.text in (".", ";", "!", "?"):
                return None
            if token.pos_ in ("VERB", "AUX") and not token.dep_.startswith("aux"):
                return token
        return None
