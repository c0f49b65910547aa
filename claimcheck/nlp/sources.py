"""Who a source mention is: its canonical name, its role, its type, and what a pronoun stands for.

Typing reads the mention's words against the lexicon (an outlet noun, a government body, a
document, a vague "sources familiar with") and the entity recogniser's labels. An unnamed
outlet ("un média ukrainien") is anonymous: the reader cannot check it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck.models import SourceMention, SourceType
from claimcheck.nlp.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PERSON_LABELS = frozenset({"PERSON", "PER"})
ORG_LABELS = frozenset({"ORG", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
PRONOUNS = {
    "he": "male",
    "him": "male",
    "she": "female",
    "her": "female",
    "il": "male",
    "elle": "female",
    "-il": "male",
    "-elle": "female",
    "they": "plural",
    "ils": "plural",
    "elles": "plural",
    "-ils": "plural",
    "-elles": "plural",
    "it": "neuter",
}
INDEFINITE_DETERMINERS = frozenset({"a", "an", "some", "un", "une", "des", "certains", "plusieurs"})
DEFINITE_DETERMINERS = frozenset({"the", "le", "la", "l'", "les", "this", "ce", "cette"})


@dataclass
class _Known:
    name: str
    type: SourceType
    role: str | None
    words: frozenset[str]  # lowercase words of the mention and role, for "the senator"
    gender: str | None


class SpeakerResolver:
    """Resolves mentions in text order, remembering who has spoken so far."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.known: list[_Known] = []

    def resolve(self, mention: Span, bounds: tuple[int, int], text: str) -> SourceMention:
        written = text[bounds[0] : bounds[1]]
        shift = bounds[0] - mention.start_char

        def original(span: Span) -> str:
            """Words as the article writes them (the parser read ’ as ')."""
            return text[span.start_char + shift : span.end_char + shift]

        base = SourceMention(written, bounds[0], bounds[1])
        pronoun = PRONOUNS.get(mention.root.lower_) if len(mention) == 1 else None
        if pronoun is not None:
            return self._from_antecedent(base, self._antecedent(pronoun))
        name_span = self.name_of(mention)
        source_type = self.type_of(mention, name_span)
        if name_span is None and source_type is not SourceType.ANONYMOUS:
            earlier = self._by_description(mention)
            if earlier is not None:
                return self._from_antecedent(base, earlier)
        if name_span is not None:
            earlier = self._by_short_name(original(name_span))
            if earlier is not None:
                return self._from_antecedent(base, earlier)  # "Brannock" after "Everett Brannock"
        if source_type is SourceType.DOCUMENT or name_span is None:
            name_span = self.description(mention)  # "report by the Congressional Budget Office"
        name = original(name_span)
        role_span = self.role_of(mention, name_span) if source_type is SourceType.PERSON else None
        role = original(role_span) if role_span is not None else None
        self._remember(name, source_type, role, mention)
        return SourceMention(written, bounds[0], bounds[1], name=name, type=source_type, role=role)

    # -- names and roles ------------------------------------------------------------------

    @staticmethod
    def name_of(mention: Span) -> Span | None:
        """The named entity the mention is about: the person, outlet or body it names."""
        ents = [e for e in mention.ents if e.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")]
        for labels in (PERSON_LABELS, ORG_LABELS, frozenset({"MISC"}), PLACE_LABELS):
            chosen = [e for e in ents if e.label_ in labels]
            if chosen:
                entity = max(chosen, key=len)
                if len(entity) > 1 and entity[0].lower_ in DEFINITE_DETERMINERS:
                    from spacy.tokens import Span as Entity  # "the Congressional Budget Office"

                    return Entity(entity.doc, entity.start + 1, entity.end, label=entity.label_)
                return entity
        propn = [t for t in mention if t.pos_ == "PROPN"]
        if propn and all(t.pos_ == "PROPN" for t in mention if not t.is_punct):
            return mention
        return None

    def role_of(self, mention: Span, name: Span | None) -> Span | None:
        """ "chef du HUR" in "le chef du HUR, le général Kyrylo Budanov"; "House Speaker"."""
        if name is None:
            return None
        before = [t for t in mention if t.i < name.start]
        while before and (before[-1].is_punct or before[-1].lower_ in DEFINITE_DETERMINERS):
            before.pop()
        while before and (before[0].is_punct or before[0].lower_ in DEFINITE_DETERMINERS):
            before.pop(0)
        if before:
            clause = _first_phrase(before)
            if clause:
                return clause
        after = [t for t in mention if t.i >= name.end]
        while after and (after[0].is_punct or after[0].lower_ in DEFINITE_DETERMINERS | {"of"}):
            after.pop(0)
        if after and any(t.lower_ in self.lexicon.person_roles for t in after):
            return _first_phrase(after)
        return None

    @staticmethod
    def description(mention: Span) -> Span:
        """An unnamed source without its determiner: "sources d'information"."""
        words = [t for t in mention if not t.is_punct]
        while words and words[0].lower_ in DEFINITE_DETERMINERS | INDEFINITE_DETERMINERS:
            words.pop(0)
        if not words:
            return mention
        return mention.doc[words[0].i : words[-1].i + 1]

    # -- types ----------------------------------------------------------------------------

    def type_of(self, mention: Span, name: Span | None) -> SourceType:
        lowered = mention.text.lower().replace("\u2019", "'")
        head = mention.root.lemma_.lower()
        if any(phrase in lowered for phrase in self.lexicon.anonymous_phrases):
            return SourceType.ANONYMOUS
        if name is None:
            return self._unnamed_type(mention, head)
        if head in self.lexicon.document_nouns and not name.start <= mention.root.i < name.end:
            return SourceType.DOCUMENT  # "a report by the CBO" is a document, not the CBO
        if name.label_ in PERSON_LABELS:
            return SourceType.PERSON
        if any(t.text in self.lexicon.media_name_tokens for t in mention) or head in (
            self.lexicon.media_nouns
        ):
            return SourceType.MEDIA
        if head in self.lexicon.government_nouns or name.label_ in PLACE_LABELS:
            return SourceType.GOVERNMENT
        if head in self.lexicon.document_nouns:
            return SourceType.DOCUMENT
        if head in self.lexicon.person_roles:
            return SourceType.PERSON
        if name.label_ in ORG_LABELS or head in self.lexicon.organization_nouns:
            return SourceType.ORGANIZATION
        return SourceType.UNKNOWN

    def _unnamed_type(self, mention: Span, head: str) -> SourceType:
        determiner = mention[0].lower_ if len(mention) else ""
        if head in self.lexicon.anonymous_heads:
            return SourceType.ANONYMOUS
        if head in self.lexicon.media_nouns:
            # "un média ukrainien": an outlet the reader cannot identify is anonymous.
            indefinite = determiner in INDEFINITE_DETERMINERS
            return SourceType.ANONYMOUS if indefinite else SourceType.MEDIA
        if head in self.lexicon.document_nouns:
            return SourceType.DOCUMENT
        if head in self.lexicon.government_nouns:
            return SourceType.GOVERNMENT
        if head in self.lexicon.person_roles:
            return SourceType.PERSON
        if head in self.lexicon.organization_nouns:
            return SourceType.ORGANIZATION
        if mention.root.pos_ == "PROPN":
            return SourceType.UNKNOWN
        return SourceType.UNKNOWN

    # -- resolution -----------------------------------------------------------------------

    def _by_short_name(self, name: str) -> _Known | None:
        """A person named again by surname or in full: the speaker named before."""
        words = name.split()
        for known in reversed(self.known):
            if known.type is not SourceType.PERSON:
                continue
            known_words = known.name.split()
            if len(words) < len(known_words) and known_words[-len(words) :] == words:
                return known
        return None

    def _remember(self, name: str, kind: SourceType, role: str | None, mention: Span) -> None:
        words = frozenset(t.lower_ for t in mention if t.is_alpha) | frozenset(
            (role or "").lower().split()
        )
        gender = _gender(mention.root)
        self.known.append(_Known(name, kind, role, words, gender))

    def _antecedent(self, pronoun: str) -> _Known | None:
        for known in reversed(self.known):
            if pronoun in ("plural", "neuter"):
                if known.type not in (SourceType.PERSON, SourceType.ANONYMOUS):
                    return known
                continue
            if known.type is SourceType.PERSON and known.gender in (None, pronoun):
                return known
        return None

    def _by_description(self, mention: Span) -> _Known | None:
        """ "the senator", "le ministre": the last named speaker the description fits."""
        if len(mention) == 0 or mention[0].lower_ not in DEFINITE_DETERMINERS:
            return None
        head = mention.root.lower_
        if head not in self.lexicon.person_roles and head not in self.lexicon.organization_nouns:
            return None
        for known in reversed(self.known):
            if head in known.words and known.name:
                return known
        return None

    @staticmethod
    def _from_antecedent(base: SourceMention, known: _Known | None) -> SourceMention:
        if known is None:
            return SourceMention(base.text, base.start, base.end, name=base.text)
        return SourceMention(
            base.text, base.start, base.end, name=known.name, type=known.type, role=known.role
        )


def _first_phrase(tokens: list[Token]) -> Span | None:
    """The tokens up to the first comma."""
    run: list[Token] = []
    for token in tokens:
        if token.text == ",":
            break
        run.append(token)
    if not run:
        return None
    doc = run[0].doc
    return doc[run[0].i : run[-1].i + 1]


def _gender(token: Token) -> str | None:
    genders = token.morph.get("Gender", [])
    if genders == ["Masc"]:
        return "male"
    if genders == ["Fem"]:
        return "female"
    return None
