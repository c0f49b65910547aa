"""Cue frames: where a sentence says who said what.

A frame is a cue (a verb of saying, "according to", "selon") with the source and content that the
rules find around it. The rules read the dependency parse first and fall back on the surface
order of the words where the small models are known to go wrong (French inversion, a quote
mark tagged as a verb, a "que" clause hung on the wrong noun), so that one parsing slip does
not lose the attribution.

The rules are layered, one module each: ``base`` (the frame, shared state), ``cues`` (which
words are cues), ``speakers`` (who), ``contents`` (what), then one module per kind of frame:
``verbal``, ``nouns``, ``prepositional``, ``colon``. ``FrameFinder`` puts them together.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimcheck.nlp.frames.base import SUBJECT_DEPS, Frame, acts_as_verb, is_day, tokens_span
from claimcheck.nlp.frames.colon import ColonFrames
from claimcheck.nlp.frames.nouns import NounFrames
from claimcheck.nlp.frames.prepositional import PrepositionalFrames
from claimcheck.nlp.frames.verbal import VerbalFrames

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["SUBJECT_DEPS", "Frame", "FrameFinder", "acts_as_verb", "is_day", "tokens_span"]


class FrameFinder(VerbalFrames, NounFrames, PrepositionalFrames, ColonFrames):
    """Finds the frames of one Doc's sentences; quote offsets are offsets into the Doc."""

    def frames(self, sent: Span) -> Iterator[Frame]:
        for token in sent:
            frame = (
                self.verbal_frame(sent, token)
                or self.light_verb_frame(sent, token)
                or self.comparative_frame(sent, token)
                or self.reflexive_frame(sent, token)
            )
            if frame is not None:
                yield frame
        yield from self.prepositional_frames(sent)
        yield from self.opinion_frames(sent)
        yield from self.finding_frames(sent)
        yield from self.colon_frames(sent)
        yield from self.noun_frames(sent)
