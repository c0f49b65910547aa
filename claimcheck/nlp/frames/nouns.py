"""Nouns of saying with an owner: "Mr. Trump's suggestion that …", "la promesse du président
de …"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimcheck.nlp.frames.base import (
    WEAK_CUE,
    Frame,
    only_glue,
    subtree_bounds,
    tokens_span,
)
from claimcheck.nlp.frames.contents import ContentRules

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


class NounFrames(ContentRules):
    """Frames whose cue is a noun of saying with an owner: "Mr. Trump's suggestion that …"."""

    def noun_frames(self, sent: Span) -> Iterator[Frame]:
        """ "Mr. Trump's suggestion that he ignored the warnings", "her promise to impose
        tariffs", "la promesse du président de réduire l'impôt": a noun of saying reports
        what its owner said, when the text gives both the owner and the words."""
        for noun in sent:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.lexicon.cue_nouns:
                continue
            opening = noun.i == sent.start and noun.i + 1 < sent.end and noun.nbor(1).is_lower
            if not (noun.is_lower or opening) or self.inside_quote(noun.idx):
                continue  # "Sanders Promises Action": a headline's verb, tagged as a noun
            owner = self.owner_of(noun)
            # an acronym's words are a body's ("Réaction de la CFDT", tagged a common noun)
            if owner is None or not (self.can_speak(owner) or owner.is_upper):
                continue
            content = self.noun_content(sent, noun, owner)
            if content is None:
                continue
            speaker = self.possessor_antecedent(noun, owner) or owner
            source = self.mention(sent, speaker, noun)
            cue = tokens_span([noun])
            # Weaker than a verb: "repeated her promise to …" is the verb's claim when both fit.
            yield Frame(cue, noun.lemma_.lower(), self.extend_to_quotes(content), source, WEAK_CUE)

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
        subject = self.subject_of(noun.head) if noun.head.i != noun.i else None
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
        if after < sent.end and sent.doc[after].text == ":":
            return self._quotation_announced(sent.doc[after])  # "Réaction de la CFDT : « … »"
        if after + 1 >= sent.end:
            return None
        marker, verb = sent.doc[after], sent.doc[after + 1]
        if self._opens_clause(marker.lower_) and verb.pos_ in ("VERB", "AUX"):
            return marker.idx, subtree_bounds(verb)[1]
        return None

    def _quotation_announced(self, colon: Token) -> tuple[int, int] | None:
        """The quotation right after the colon that follows the noun and its owner."""
        start = colon.idx + 1
        return next(
            (
                (q_start, q_end)
                for q_start, q_end, speech in self.every_quote
                if speech and q_start >= start and only_glue(self.text[start:q_start])
            ),
            None,
        )

    def _opens_clause(self, word: str) -> bool:
        return self.lexicon.is_complementizer(word) or word in self.lexicon.infinitive_markers
