"""Who a source mention is: its canonical name, its role, its type, and what a pronoun stands for.

Typing reads the mention's words against the lexicon (an outlet noun, a government body, a
document, a vague "sources familiar with") and the entity recogniser's labels. An unnamed
outlet ("un média ukrainien") is anonymous: the reader cannot check it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claimcheck.models import SourceMention, SourceType
from claimcheck.nlp.lexicon import Lexicon
from claimcheck.nlp.people import (
    FEMALE,
    MALE,
    Antecedents,
    Person,
    titled_gender,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PERSON_LABELS = frozenset({"PERSON", "PER"})
ORG_LABELS = frozenset({"ORG", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
# Pronoun classes besides genders (see the lexicons' [grammar.pronouns]).
HEARSAY = "hearsay"  # the "-on" of "dit-on": somebody unnamed
GENERIC = "generic"  # "on": people in general, or the writer
ADDRESSEE = "addressee"  # "vous" of an interview's questions: the person interviewed

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


class SpeakerResolver:
    """Resolves mentions in text order, remembering who has spoken so far."""

    def __init__(self, lexicon: Lexicon, antecedents: Antecedents | None = None) -> None:
        self.lexicon = lexicon
        self.known: list[_Known] = []
        self._by_last_word: dict[str, list[_Known]] = {}
        self._acronyms: dict[str, _Known] = {}
        self.antecedents = antecedents or Antecedents([], [])

    def resolve(
        self, mention: Span, bounds: tuple[int, int], text: str, anchor: int | None = None
    ) -> SourceMention:
        """What ``mention`` (at ``bounds`` in ``text``) names. ``anchor`` is where its claim
        starts: a pronoun after a long quotation looks for its antecedent before the quotation.

        A person it names becomes a candidate for the pronouns that follow, even one the
        entity recogniser missed ("Tallis said …; “…,” she added")."""
        resolved = self._resolve(mention, bounds, text, anchor)
        named = resolved.resolved and resolved.name and resolved.text != resolved.name
        if resolved.type is SourceType.PERSON and (
            named or len(mention) > 1 or mention.root.pos_ == "PROPN"
        ):
            stated = titled_gender((t.lower_ for t in mention), self.lexicon)
            self.antecedents.add(
                Person(bounds[0], bounds[1], resolved.name, stated, named=True, spoke=True)
            )
        return resolved

    def _resolve(
        self, mention: Span, bounds: tuple[int, int], text: str, anchor: int | None
    ) -> SourceMention:
        written = text[bounds[0] : bounds[1]]
        shift = bounds[0] - mention.start_char

        def original(span: Span) -> str:
            """Words as the article writes them (the parser read ’ as ')."""
            return text[span.start_char + shift : span.end_char + shift]

        base = SourceMention(written, bounds[0], bounds[1])
        if len(mention) == 1 and mention.root.lower_ in self.lexicon.relative_pronouns:
            return replace(base, type=SourceType.UNKNOWN, resolved=False)
        pronoun = self.lexicon.pronouns.get(mention.root.lower_) if len(mention) == 1 else None
        if pronoun in (MALE, FEMALE):
            where = bounds[0] if anchor is None else min(anchor, bounds[0])
            return self._person_pronoun(base, self.antecedents.nearest(where, pronoun))
        if pronoun == HEARSAY:
            return replace(base, type=SourceType.ANONYMOUS, resolved=False)  # "dit-on"
        if pronoun == GENERIC:
            return replace(base, type=SourceType.UNKNOWN, resolved=False)  # "on dirait"
        if pronoun == ADDRESSEE:
            return replace(base, type=SourceType.PERSON, resolved=False)  # "vous expliquez"
        if pronoun is not None:
            return self._from_antecedent(base, self._antecedent(pronoun))
        name_span = self.name_of(mention)
        if name_span is not None and not self._names_speaker(mention, name_span):
            name_span = None  # "Ukrainian authorities", "un proche de Pierre Moscovici"
        source_type = self.type_of(mention, name_span)
        if name_span is None and source_type is not SourceType.ANONYMOUS:
            earlier = self._by_description(mention)
            if earlier is not None:
                return self._from_antecedent(base, self._cited(earlier))
        if name_span is not None:
            earlier = self._by_short_name(original(name_span)) or self._by_acronym(name_span)
            if earlier is not None:
                # "Brannock" after "Everett Brannock"
                return self._from_antecedent(base, self._cited(earlier))
        if source_type is SourceType.DOCUMENT or name_span is None:
            name_span = self.description(mention)  # "report by the Congressional Budget Office"
        name = original(name_span)
        role_span = self.role_of(mention, name_span) if source_type is SourceType.PERSON else None
        role = original(role_span) if role_span is not None else None
        self._remember(name, source_type, role, mention)
        return SourceMention(written, bounds[0], bounds[1], name=name, type=source_type, role=role)

    def learn_acronyms(self, docs: list[Doc]) -> None:
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
        ents = [e for e in mention.ents if e.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")]
        for labels in (PERSON_LABELS, ORG_LABELS, frozenset({"MISC"}), PLACE_LABELS):
            chosen = [e for e in ents if e.label_ in labels]
            if chosen:
                # "l'avocate de Paul Martin, Claire Dubois": the name in apposition is the
                # speaker's; the one in a complement is somebody else's.
                apposed = [
                    e for e in chosen if e.start > mention.start and e.doc[e.start - 1].text == ","
                ]
                entity = apposed[-1] if apposed else max(chosen, key=len)
                if len(entity) > 1 and entity[0].lower_ in self.lexicon.definite_determiners:
                    from spacy.tokens import Span as Entity  # "the Congressional Budget Office"

                    return Entity(entity.doc, entity.start + 1, entity.end, label=entity.label_)
                return entity
        propn = [t for t in mention if t.pos_ == "PROPN"]
        if propn and all(t.pos_ == "PROPN" for t in mention if not t.is_punct):
            return mention
        return None

    def _names_speaker(self, mention: Span, name: Span) -> bool:
        """Whether the entity names the speaker, not what the head noun belongs to: "Obama
        administration officials" are not Obama, "l'avocate de Paul Martin" is not Paul
        Martin; "le général Kyrylo Budanov" is Budanov."""
        root = mention.root
        if name.start <= root.i < name.end or root.pos_ != "NOUN":
            return True
        if name.label_ not in PERSON_LABELS:
            return False
        lemma = root.lemma_.lower()
        role = lemma in self.lexicon.person_roles and lemma not in self.lexicon.anonymous_heads
        complement = any(c.dep_ == "case" for c in name.root.children) or name.root.dep_ == "pobj"
        apposed = name.start > 0 and name.doc[name.start - 1].text == ","
        return role and (apposed or not complement)

    def role_of(self, mention: Span, name: Span | None) -> Span | None:
        """ "chef du HUR" in "le chef du HUR, le général Kyrylo Budanov"; "House Speaker"."""
        if name is None:
            return None
        definite = self.lexicon.definite_determiners
        before = [t for t in mention if t.i < name.start]
        while before and (before[-1].is_punct or before[-1].lower_ in definite):
            before.pop()
        while before and (before[0].is_punct or before[0].lower_ in definite):
            before.pop(0)
        if before:
            clause = _first_phrase(before)
            if clause:
                return clause
        after = [t for t in mention if t.i >= name.end]
        links = definite | self.lexicon.role_links
        while after and (after[0].is_punct or after[0].lower_ in links):
            after.pop(0)
        if after and any(t.lower_ in self.lexicon.person_roles for t in after):
            return _first_phrase(after)
        return None

    def description(self, mention: Span) -> Span:
        """An unnamed source without its determiner, nor the clitic of an incise before it:
        "sources d'information", "de même source" of "ajoute-t-on de même source"."""
        lexicon = self.lexicon
        determiners = lexicon.definite_determiners | lexicon.indefinite_determiners
        determiners |= lexicon.euphonic | lexicon.inverted_subjects
        words = [t for t in mention if not t.is_punct]
        while words and words[0].lower_ in determiners:
            words.pop(0)
        if not words:
            return mention
        return mention.doc[words[0].i : words[-1].i + 1]

    # -- types ----------------------------------------------------------------------------

    def head_word(self, mention: Span) -> str:
        """The head noun's lemma, or the longest multi-word noun of the lexicon that starts at
        it ("projet de loi", "chef de la diplomatie")."""
        root = mention.root
        phrase = " ".join(mention.doc[root.i : mention.end].text.lower().split())
        phrases = (
            e
            for e in self.lexicon.multiword_nouns
            if phrase.startswith(e) and e[: len(root.lower_)] == root.lower_
        )
        return max(phrases, key=len, default=root.lemma_.lower())

    def type_of(self, mention: Span, name: Span | None) -> SourceType:
        lowered = mention.text.lower().replace("\u2019", "'")
        head = self.head_word(mention)
        if any(phrase in lowered for phrase in self.lexicon.anonymous_phrases):
            return SourceType.ANONYMOUS
        counted = any(t.like_num for t in mention if t.i < mention.root.i)
        if counted and (name is None or name.label_ not in PERSON_LABELS):
            return SourceType.ANONYMOUS  # "Environ 400 Français", "some 20 percent of voters"
        if name is None:
            return self._unnamed_type(mention, head)
        outside = not name.start <= mention.root.i < name.end
        if outside and head in self.lexicon.document_nouns:
            return SourceType.DOCUMENT  # "a report by the CBO" is a document, not the CBO
        described = self._described_person(mention, head) if outside else None
        if described is not None:
            # "un proche de Pierre Moscovici", "le ministre des Affaires étrangères": the head
            # noun says who speaks; the name only qualifies it.
            return described
        if name.label_ in PERSON_LABELS or self._titled(mention, name):
            return SourceType.PERSON
        media_name = any(t.text in self.lexicon.media_name_tokens for t in mention)
        if head in self.lexicon.agency_nouns and not media_name:
            return SourceType.GOVERNMENT  # "the Environmental Protection Agency"
        if media_name or head in self.lexicon.media_nouns:
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

    def _titled(self, mention: Span, name: Span) -> bool:
        """ "la Pr Joly-Gomez", "M. Caldwell": a title at the head of the name makes it a
        person's, whatever label the entity recogniser gave it; so does a role apposed to it
        ("Karima, étudiante en histoire", whose first name the recogniser took for a place)."""
        lexicon = self.lexicon
        titles = lexicon.male_titles | lexicon.female_titles | lexicon.person_roles
        if any(t.lower_ in titles for t in mention if t.i <= name.start):
            return True
        after = [t for t in mention if t.i >= name.end and not t.is_space]
        if not after or after[0].text != ",":
            return False
        apposed = next((t for t in after[1:] if t.pos_ != "DET"), None)
        # By its form too: the small French model reads "étudiante" as a form of "étudier".
        return apposed is not None and bool(
            {apposed.lower_, apposed.lemma_.lower()} & lexicon.person_roles
        )

    def _described_person(self, mention: Span, head: str) -> SourceType | None:
        """A person described by a noun: anonymous when the description picks out nobody the
        reader can find ("un proche", "an official", "a spokesman"), a person otherwise."""
        determiner = mention[0].lower_ if len(mention) else ""
        if head in self.lexicon.anonymous_heads:
            return SourceType.ANONYMOUS
        if head in self.lexicon.person_roles:
            indefinite = determiner in self.lexicon.indefinite_determiners
            return SourceType.ANONYMOUS if indefinite else SourceType.PERSON
        return None

    def _unnamed_type(self, mention: Span, head: str) -> SourceType:
        determiner = mention[0].lower_ if len(mention) else ""
        if head in self.lexicon.anonymous_heads:
            return SourceType.ANONYMOUS
        if head in self.lexicon.media_nouns:
            # "un média ukrainien": an outlet the reader cannot identify is anonymous.
            indefinite = determiner in self.lexicon.indefinite_determiners
            return SourceType.ANONYMOUS if indefinite else SourceType.MEDIA
        if head in self.lexicon.document_nouns:
            return SourceType.DOCUMENT
        if head in self.lexicon.government_nouns:
            return SourceType.GOVERNMENT
        described = self._described_person(mention, head)
        if described is not None:
            return described  # "le ministre" is a person, "un médecin" nobody the reader can find
        if head in self.lexicon.organization_nouns:
            return SourceType.ORGANIZATION
        return SourceType.UNKNOWN

    # -- resolution -----------------------------------------------------------------------

    def _by_short_name(self, name: str) -> _Known | None:
        """A person named again by surname or in full: the speaker named before."""
        words = name.split()
        for known in reversed(self._by_last_word.get(words[-1], []) if words else []):
            known_words = known.name.split()
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
        gender = _gender(mention.root)
        # "Christine Lagarde, directrice du Fonds monétaire international (FMI)": the
        # acronym is the fund's, not hers.
        person = kind is SourceType.PERSON
        acronyms = frozenset() if person else frozenset(ACRONYM.findall(mention.text))
        known = _Known(name, kind, role, words, gender, acronyms)
        self.known.append(known)
        # Indexes, so that a long article does not scan every speaker for every mention.
        if kind is SourceType.PERSON and name.split():
            self._by_last_word.setdefault(name.split()[-1], []).append(known)
        self._acronyms.update(dict.fromkeys(acronyms, known))

    def _cited(self, known: _Known) -> _Known:
        """Make ``known`` the source cited last, which "à ses yeux" and "they" look back to
        first; an acronym the text defined becomes a source here."""
        if known in self.known:
            self.known.remove(known)
        self.known.append(known)
        return known

    def _antecedent(self, pronoun: str) -> _Known | None:
        for known in reversed(self.known):
            if pronoun == "owner":
                return known  # "À ses yeux": the one just cited, person or not
            if pronoun in ("plural", "neuter"):
                if known.type not in (SourceType.PERSON, SourceType.ANONYMOUS):
                    return known
                continue
            if known.type is SourceType.PERSON and known.gender in (None, pronoun):
                return known
        return None

    def _by_description(self, mention: Span) -> _Known | None:
        """ "the senator", "le ministre": the last named speaker the description fits."""
        if len(mention) == 0 or mention[0].lower_ not in self.lexicon.definite_determiners:
            return None
        head = mention.root.lower_
        role = head in self.lexicon.person_roles
        if not role and head not in self.lexicon.organization_nouns:
            return None
        for known in reversed(self.known):
            fits = known.type is SourceType.PERSON if role else known.type is not SourceType.PERSON
            if fits and head in known.words and known.name:
                return known
        return None

    def _person_pronoun(self, base: SourceMention, person: Person | None) -> SourceMention:
        """ "il", "-t-elle", "she": the person the text has just named, or nobody. An
        unresolved pronoun is still a person, as far as the type goes, but has no name."""
        if person is None:
            return replace(base, type=SourceType.PERSON, resolved=False)
        if not person.named:
            # "The senator has long opposed … he said": the description stands for the
            # person named just before it, when there is one.
            named = self.antecedents.nearest(person.start, person.gender, named_only=True)
            person = named or person
        known = self._known_person(person)
        if known is not None:
            return self._from_antecedent(base, known)
        name = self.antecedents.fullest(person) if person.named else person.text
        return replace(base, name=name, type=SourceType.PERSON)

    def _known_person(self, person: Person) -> _Known | None:
        """The speaker already met whom this person mention names: "Binet" after "Sophie
        Binet"; "la syndicaliste" after "Sophie Binet, syndicaliste"."""
        words = person.text.split()
        for known in reversed(self.known):
            if known.type is not SourceType.PERSON:
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
