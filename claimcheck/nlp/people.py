"""The people a text names, in order, with what it says of their gender.

A pronoun stands for someone the text has just established. The candidates are the persons the
entity recogniser finds and the role nouns that denote people ("la syndicaliste", "the senator").
Gender comes from what the text says: a title (M., Mme, Mr, Ms), French agreement on a role noun,
and, for a first name, the name dictionary of gender-guesser (Jörg Michael's list of about 40,000
first names, shipped with the package). "Unknown" is an answer: an unknown gender never rules a
candidate out, and never rules one in over a nearer one.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import pairwise
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from claimcheck.nlp.frames.base import (
    BEGINS_ENTITY,
    INSIDE_ENTITY,
    PASSIVE_SUBJECT_DEPS,
    PERSON_LABELS,
    POSSESSIVE_DEPS,
    SUBJECT_DEPS,
    age_length,
    complement_owner,
    is_role_word,
    opens_indefinite,
    opens_on_subjectless_verb,
    reads_as_name,
)
from claimcheck.nlp.lexicon import FEMALE, MALE, Lexicon, available_languages, load_lexicon
from claimcheck.nlp.morphology import feature
from claimcheck.nlp.parse import is_lone_initial

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimcheck.nlp.parse import Part

# The sentences of an article's opening (headline, standfirst, lede), where a description may
# name someone the text introduces only after it.
OPENING_SENTENCES = 3
# How many narrated sentences back a description may find the one person they speak of, past
# sentences that name nobody.
SOLE_NAMED_REACH = 3
# A role noun this close to a name is its apposition or title ("le ministre Laurent Fabius",
# "Laurent Fabius, ministre des Affaires étrangères"): the name stands for both. Not a role noun
# that is the subject of a clause of its own ("… de Martine Aubry, le Premier ministre a fait").
ROLE_REACH = 4
# A first name inside one of these is a place's or a body's ("Paris La Défense").
PLACE_OR_BODY_LABELS = frozenset({"GPE", "LOC", "ORG", "FAC"})
# A lone surname the recogniser called one of these may be a person it named in full elsewhere.
BODY_LABELS = frozenset({"ORG"})
FIGURE_MARKS = frozenset({"-", "–", "—", ",", "/", ":"})  # between the figures of a score
NOT_A_NAME = "unknown"  # gender-guesser's answer for a word it does not know as a first name
# How many person mentions back "the senator" looks for the one so titled: a long article's
# worth, and a bound on the work in a pathological text with thousands of names.
TITLE_REACH = 300
# How a reported clause hangs on its verb of saying: "said [the governor was wrong]".
REPORTED_DEPS = frozenset({"ccomp"})
# A preposition, as each model labels it: the head of its phrase ("prep", English) or a
# marker on its noun ("case", French).
PREPOSITION_DEPS = frozenset({"prep", "case"})
# The articles and adjectives that may stand between a role noun and the comma that sets a name
# off from it: "le frère", "le gouverneur régional".
ROLE_MODIFIERS = 2
# How many words before a first name set off by commas the role it names may stand: "Une
# habitante du quatrième étage, Naïma,".
ROLE_PHRASE_TOKENS = 6
# A word with its own article or preposition is a phrase of its own: "du président".
ARTICLE_DEPS = frozenset({"case", "det", "prep"})


@dataclass(frozen=True)
class Person:
    """One mention of a person: where it is, how it is written, what gender the text gives."""

    start: int
    end: int
    text: str
    stated: str | None  # the gender a title or agreement gives: "Mme", "la gastro-entérologue"
    named: bool  # a proper name, not a role noun
    spoke: bool = False  # the source of a claim before this point, not only a mention
    titles: frozenset[str] = frozenset()  # "senator" for "Sen. Ann Ortiz": what "the …" calls them
    subject: bool = False  # the subject of its clause: what a pronoun after it most likely is
    passive: bool = False  # that subject is a passive one's: "Karim B. a été interpellé"
    indefinite: bool = False  # "a Republican strategist" who spoke: no name stands for them
    # A speaker the recogniser called a body, whose one name may be a person's ("Trump"):
    # never what a pronoun stands for, but a pronoun that reaches past it is in doubt.
    uncertain: bool = False
    # What an unnamed role is called when a pronoun stands for it: "Premier ministre", not
    # "ministre"; the role noun alone when empty.
    described: str = ""
    # What that description says beside its noun: "lensois" of "le coach lensois", "lens" of
    # "le coach de Lens". Another person's role may share the noun, not these words.
    qualifiers: frozenset[str] = frozenset()
    # The role set off beside a name: "maire de la commune" of "Le maire de la commune,
    # Cédric Van Styvendael", which a pronoun that stands for the name carries too.
    role: str = ""
    # Whose kin or staff the subject is ("Gonzalez" of "Gonzalez's daughter, Ana, is less
    # convinced"): the sentence is about the subject, and a pronoun after it is not this name.
    owns_subject: bool = False
    # The gender the role set off beside the name agrees in: "le porte-parole …, Lin Jian".
    role_gender: str | None = None
    # The age set off after the name: 61 of "Martine Caron, 61 ans,"
    age: int | None = None

    @cached_property
    def gender(self) -> str | None:
        """The stated gender, else the first name's and the role's when they agree, or the one
        of them there is: looked up only when a pronoun asks, so that an article with no
        pronoun never loads the name list. When they disagree the text does not settle it:
        gender-guesser reads the surname first of "Lin Jian" as a woman's name, and some papers
        write "le Premier ministre, Élisabeth Borne"."""
        if self.stated is not None or not self.named:
            return self.stated
        first_name = full_name_gender(self.text)
        if first_name is not None and self.role_gender not in (None, first_name):
            return None
        return first_name or self.role_gender


def people_in(parts: list[Part], lexicon: Lexicon) -> list[Person]:
    """Every person mention of the article in text order, offsets into the article."""
    found: list[Person] = []
    places = _first_words_of_places(parts)
    for part in parts:
        doc = part.doc
        names = [
            ent
            for ent in doc.ents
            if (
                ent.label_ in PERSON_LABELS
                and not (len(ent) == 1 and ent.text in places)
                and not qualifies_unnamed_role(ent, lexicon)
                and not _seat_of_government(ent, lexicon)
                and not lexicon.names_outlet(ent.text)  # "Selon Le Monde", a person's to it
            )
            or _name_apposed_to_role(ent, lexicon)
        ]
        found += (
            _named(ent, part.offset, lexicon) for ent in names if not _after_plural_article(ent)
        )
        near_names = {
            i for ent in names for i in range(ent.start - ROLE_REACH, ent.end + ROLE_REACH)
        }
        linked = {t.head.i for ent in names for t in ent} | {
            c.i for ent in names for t in ent for c in t.children
        }
        # "La secrétaire générale de la CGT, Sophie Binet, a …": the name set off by a comma
        # after its role, however long the role.
        apposed = {head.i for head in map(_apposed_head, names) if head is not None}
        for token in doc:
            near = token.i in near_names and (token.i in linked or token.dep_ not in SUBJECT_DEPS)
            title = near or token.i in apposed
            indefinite = not title and _unnamed_subject(token, lexicon)
            if not title and (indefinite or _is_role_noun(token, lexicon)):
                start = part.offset + token.idx
                gender = lexicon.demonym_gender(token.lower_) or role_gender(token, lexicon)
                # not the subject of a clause someone reports ("X said the governor was
                # wrong"): the pronoun after it goes on about who reported it
                subject = token.dep_ in SUBJECT_DEPS and not _in_reported_clause(token, lexicon)
                phrase = _role_phrase(token)
                found.append(
                    Person(
                        start,
                        start + len(token),
                        token.text,
                        gender,
                        False,
                        subject=subject,
                        described=phrase.text,
                        qualifiers=_qualifying_words(phrase, token),
                        indefinite=indefinite,
                    )
                )
    return sorted(found, key=lambda p: p.start)


def _first_words_of_places(parts: list[Part]) -> frozenset[str]:
    """ "Ridgeport" of "The Ridgeport Board of Education", "the Ridgeport Courier": a word that
    opens the names of places and bodies of the article, and never a person's name of several
    words. Alone, where the recogniser calls it a person ("that Ridgeport was spending money
    …"), it is the town, and no "she" after it stands for it."""
    opening: set[str] = set()
    in_names: set[str] = set()
    for part in parts:
        for ent in part.doc.ents:
            words = [t.text for t in ent if t.pos_ != "DET"]
            if len(words) > 1 and ent.label_ in PLACE_OR_BODY_LABELS:
                opening.add(words[0])
            elif len(words) > 1 and ent.label_ in PERSON_LABELS:
                in_names.update(words)
    return frozenset(opening - in_names)


def _seat_of_government(ent: Span, lexicon: Lexicon) -> bool:
    """ "Matignon tend la main", a person to the small recogniser: one word that the lexicon
    knows for a seat of government, with no first name, is the office, no one a pronoun or a
    title may stand for."""
    return len(ent) == 1 and ent[0].lower_ in lexicon.government_nouns


def _unnamed_subject(token: Token, lexicon: Lexicon) -> bool:
    """ "A Streamly spokeswoman declined to comment. She said …": a role noun with an
    indefinite article introduces nobody a pronoun may stand for, unless it is what the
    sentence is about, the subject of its main verb."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.person_roles:
        return False
    if "Plur" in feature(token, "Number") or token.dep_ not in SUBJECT_DEPS:
        return False
    return opens_indefinite(token, lexicon) and token.head.dep_ == "ROOT"


def untitled_words(name: str, titles: Container[str]) -> list[str]:
    """The words of a name without the ``titles`` it opens with: "Dr Claire Fontaine" is
    "Claire Fontaine", "M. Vallet" "Vallet"; a title alone stays."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in titles:
        words.pop(0)
    return words


def _in_reported_clause(subject: Token, lexicon: Lexicon) -> bool:
    """The subject of a clause someone reports: "X said the governor was wrong", "Trump called
    for the president to resign" (an infinitive with a subject of its own is asked for)."""
    clause = subject.head
    infinitive = any(c.lower_ in lexicon.infinitive_markers for c in clause.children)
    return clause.dep_ in REPORTED_DEPS or (infinitive and clause.dep_ == "advcl")


def qualifies_unnamed_role(ent: Span, lexicon: Lexicon) -> bool:
    """ "une députée Renaissance", "un élu Horizons": one capitalised word right after a role
    noun with an indefinite article, and no first name, is the party or the body the role is
    of, though the recogniser may call it a person; "le témoin Jean Dupont" is named."""
    if len(ent) != 1 or ent.start == 0:
        return False
    role = ent.doc[ent.start - 1]
    articles = (c.lower_ for c in role.children if c.dep_ == "det")
    indefinite = any(a in lexicon.indefinite_determiners for a in articles)
    # the name list last: it loads on first use
    return indefinite and role.lower_ in lexicon.person_roles and not is_first_name(ent.text)


def _after_plural_article(ent: Span) -> bool:
    """ "après avoir fait les Beaux-Arts": a plural article before a name the recogniser calls
    a person's makes it a school, a place or a team; nobody a pronoun can stand for ("Elle
    vit …" went to "Beaux-Arts")."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.pos_ == "DET" and "Plur" in feature(before, "Number")


def mend_person_names(
    doc: Doc,
    particles: frozenset[str],
    label: str,
    recover_missed: bool = False,
    inner: frozenset[str] = frozenset(),
    named_after: Mapping[str, str] = MappingProxyType({}),
    age_words: frozenset[str] = frozenset(),
    roles: frozenset[str] = frozenset(),
    outlets: frozenset[str] = frozenset(),
) -> Doc:
    """A pipeline component: a first name, a capitalised article (one of ``particles``) and a
    capitalised word are one person's name ("Marine Le Pen", "Bruno Le Maire"), which the small
    models cut ("Le Pen", "Marine Le") or miss, leaving "Le Maire" a noun phrase and "Maire" its
    name. So are a first name, lowercase particles (``inner``) and a capitalised word: "Ursula
    von der Leyen", "Erik ten Hag", which the recogniser cut into "Ursula von der" and "Hag".
    A common word the recogniser called a person is none (``_drop_inflected_words``).
    With ``recover_missed``, for a language whose recogniser misses plain names too, so
    are a first name and a surname it left out (``_missed_names``). The name replaces the
    entities it overlaps, unless a longer one holds it; ``label`` is the one the language's
    recogniser gives persons. First, no entity runs over a line break
    (``_cut_at_line_breaks``) and no person's name ends in figures (``_cut_trailing_figures``);
    last, a person's name takes in the words a hyphen glues to it
    (``_hyphenated_names``), a person's name right after a noun of ``named_after``
    ("l'université Claude-Bernard") is the place's, labelled as the mapping says, and the
    names found so far are found again where the recogniser missed them
    (``_names_seen_again``). A first name set off before an age (``age_words``) or a pronoun
    is a person's whatever the recogniser made of it (``_first_names_set_off``), and so is a
    first name and a surname it called a body right after a noun of ``roles``
    (``_bodies_after_a_role``), or set off from one by a comma (``_names_set_off_by_a_role``)."""
    _cut_at_line_breaks(doc, label)
    _cut_trailing_figures(doc, label)
    _drop_inflected_words(doc, label)
    _outlets_read_as_people(doc, label, outlets)
    _as_people(doc, _names_read_as_modals(doc), label)
    names = [
        doc[i - 1 : i + 2]
        for i in range(1, len(doc) - 1)
        if doc[i].lower_ in particles
        and doc[i].is_title
        and doc[i + 1].is_title
        and doc[i + 1].is_alpha
        and doc[i - 1].is_title
        and doc[i - 1].ent_type_ not in PLACE_OR_BODY_LABELS
        and first_name_gender(doc[i - 1].text) is not None
    ]
    names += _inner_particle_names(doc, inner)
    names += _first_names_left_out(doc, label)
    names += _names_after_affiliation(doc)
    if recover_missed:
        names += _missed_names(doc, particles, label)
    _as_people(doc, names, label)
    relabelled = _first_names_set_off(doc, label, age_words, roles)
    relabelled += _bodies_after_a_role(doc, label, roles)
    relabelled += _names_set_off_by_a_role(doc, label, roles)
    relabelled += _first_names_after_a_role(doc, label, roles)
    relabelled += _bodies_ending_in_a_person(doc, label)
    relabelled += _names_closing_places(doc, label)
    relabelled += _names_after_a_portfolio(doc, label, roles)
    if relabelled:
        # "Jeanine, 86 ans", "candidate Carly Fiorina", which the recogniser called a place
        # or a body: the name replaces it
        kept = [e for e in doc.ents if not any(e.start <= n.start < e.end for n in relabelled)]
        _as_people(doc, relabelled, label, kept)
    shorter = _names_after_acronym(doc) + _names_after_a_noun(doc, roles)
    shorter += _names_after_their_verb(doc)
    if shorter:
        # the recogniser's span took the acronym, the noun or the verb in ("RN Jean-Philippe
        # Tanguy", "témoin Jean Dupont" as places, "Said Comey"): the name replaces it
        taken = {i for n in shorter for i in range(n.start - 1, n.end)}
        kept = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
        _as_people(doc, shorter, label, kept)
    # of the names found so far, recovered ones too
    _as_people(doc, _hyphenated_names(doc, label), label)
    _places_named_after_people(doc, named_after, label)
    again = _names_seen_again(doc, label)
    if again:
        spans = {(name.start, name.end) for name in again}
        kept = [e for e in doc.ents if (e.start, e.end) not in spans]
        _as_people(doc, again, label, kept)
    return doc


def _names_seen_again(doc: Doc, label: str) -> list[Span]:
    """The names the recogniser found once and missed elsewhere in the text: "Maren Holt has
    spent …" after a headline that names her, "Hart's team" after "Dr Amelia Hart". A first
    name and a surname it called a person are one wherever they are written again, outside any
    other entity, and so is the surname alone when the tagger reads it as a proper noun, or
    when the recogniser called it a body ("Caldwell, for his part, …" after "Sen. Ray
    Caldwell"), and the first name alone, read as a proper noun ("Nadia" after "Nadia
    Benhamou")."""
    names: dict[str, list[tuple[str, ...]]] = {}
    surnames: set[str] = set()
    for entity in doc.ents:
        words = tuple(t.text for t in entity)
        if entity.label_ != label or not all(w.istitle() for w in words):
            continue
        if len(words) > 1:
            names.setdefault(words[0], []).append(words)
            names.setdefault(words[-1], []).append(words[-1:])
            if len(words) == 2 and is_first_name(words[0]):
                # features call the people they portray by their first name: "Nadia, elle, a
                # fait ses comptes" after "Nadia Benhamou"
                names.setdefault(words[0], []).append(words[:1])
        elif entity[0].pos_ == "PROPN":
            surnames.add(words[0])
    found = _surnames_seen_again(doc, surnames - names.keys())
    if not names:
        return found
    found += [
        entity
        for entity in doc.ents
        # "Nadia", a MISC to the French recogniser, after "Nadia Benhamou"
        if (
            entity.label_ in BODY_LABELS or (entity.label_ == "MISC" and is_first_name(entity.text))
        )
        and len(entity) == 1
        and (entity.text,) in names.get(entity.text, ())
    ]
    for token in doc:
        for words in names.get(token.text, ()):
            end = token.i + len(words)
            span = doc[token.i : end]
            alone = len(words) == 1 and not _read_as_surname(token)
            if end > len(doc) or alone or any(t.ent_type_ for t in span):
                continue
            if tuple(t.text for t in span) == words:
                found.append(span)
                break
    return found


def _read_as_surname(token: Token) -> bool:
    """A person's known surname written alone is theirs when the tagger read it as a proper
    noun, or as an adverb that is no common one: "Reilly added that …" after "Tom Reilly",
    whose "-ly" the tagger took for an adverb's, leaving the verb with no subject; or as a
    plural noun that is the subject of its verb ("Mills, a Democrat, said" after "Gov. Karen
    Mills"). Not a word it read as anything else ("Will", "May" as verbs)."""
    subject = token.pos_ == "NOUN" and token.is_title and token.dep_ in SUBJECT_DEPS
    return token.pos_ == "PROPN" or (token.pos_ == "ADV" and not token.is_stop) or subject


def _surnames_seen_again(doc: Doc, surnames: set[str]) -> list[Span]:
    """A surname the recogniser called a person alone, found again with a first name before
    it where the recogniser missed both ("Maria Delgado, 52, became chief" when only
    "Delgado told the board" was found). Not the word alone, which may be a body's ("Twitter")
    that the recogniser once took for a person."""
    found = []
    for token in doc:
        if token.i == 0 or token.text not in surnames or token.ent_type_:
            continue
        first = doc[token.i - 1]
        if (
            first.is_title
            and not first.is_stop
            and not first.ent_type_
            and is_first_name(first.text)
        ):
            found.append(doc[first.i : token.i + 1])
    return found


def _places_named_after_people(doc: Doc, named_after: Mapping[str, str], label: str) -> None:
    """ "l'université Claude-Bernard Lyon 1", "la rue Jean-Jaurès": a person's name right
    after a noun of an institution or a place names that place, which the recogniser calls a
    person; it then stood for "la chercheuse" of the next sentence. ``named_after`` gives the
    label of each noun's places."""
    if not named_after:
        return
    from spacy.tokens import Span as Entity

    longest = max(len(noun.split()) for noun in named_after)
    entities = list(doc.ents)
    renamed = False
    for index, entity in enumerate(entities):
        if entity.label_ != label:
            continue
        for words in range(1, min(longest, entity.start) + 1):
            noun = " ".join(t.lower_ for t in doc[entity.start - words : entity.start])
            if noun in named_after:
                place = named_after[noun]
                entities[index] = Entity(doc, entity.start, entity.end, label=place)
                renamed = True
                break
    if renamed:
        doc.ents = entities


def _cut_at_line_breaks(doc: Doc, label: str) -> None:
    """No name runs over a line break: the recogniser read a headline's last words and the
    body's first as one entity ("… with coastal engineer Maren Holt", then "Maren Holt has
    spent …": one body "Maren Holt Maren Holt"), or the break after a headline as part of a
    body's name ("Maren Holt" and the break). Each line's piece is an entity of its own,
    under the label the recogniser gave the whole, or a person's when it is a first name and a
    surname (the label of a span it misread whole says little)."""
    from spacy.tokens import Span as Entity

    entities = list(doc.ents)
    if not any(t.is_space and "\n" in t.text for e in entities for t in e):
        return
    pieces = []
    for entity in entities:
        breaks = [t.i for t in entity if t.is_space and "\n" in t.text]
        if not breaks:
            pieces.append(entity)
            continue
        starts, ends = [entity.start, *(b + 1 for b in breaks)], [*breaks, entity.end]
        for start, end in zip(starts, ends, strict=True):
            if start < end:
                words = doc[start:end]
                person = full_name_gender(words.text) is not None and words.text.istitle()
                pieces.append(Entity(doc, start, end, label=label if person else entity.label_))
    doc.ents = pieces


def _cut_trailing_figures(doc: Doc, label: str) -> None:
    """No person's name ends in figures: "beat fourth seed Erik Lindahl 4-6, 3-6" gave the
    recogniser "Erik Lindahl 4-6", a name found nowhere else in the text."""
    from spacy.tokens import Span as Entity

    entities = list(doc.ents)
    cut = []
    for entity in entities:
        end = entity.end
        while end > entity.start + 1 and _figure_or_mark(doc[end - 1]):
            end -= 1
        if entity.label_ == label and end < entity.end:
            cut.append(Entity(doc, entity.start, end, label=label))
        else:
            cut.append(entity)
    if cut != entities:
        doc.ents = cut


def _figure_or_mark(token: Token) -> bool:
    """A figure, or the dash or comma between figures ("4-6, 3-6")."""
    return any(c.isdigit() for c in token.text) or token.text in FIGURE_MARKS


def _as_people(doc: Doc, names: list[Span], label: str, kept: list[Span] | None = None) -> None:
    """Make ``names`` persons' entities beside the Doc's others (or ``kept`` only): a longer
    entity that holds one keeps it, the name replaces those it overlaps."""
    if not names:
        return
    from spacy.util import filter_spans

    people = [doc.char_span(n.start_char, n.end_char, label=label) for n in names]
    others = list(doc.ents) if kept is None else kept
    doc.ents = filter_spans([*others, *filter(None, people)])


def _names_read_as_modals(doc: Doc) -> list[Span]:
    """ "“…,” Will wrote.", "Columnist George Will wrote": a capitalised auxiliary right before
    a finite verb is a name (an auxiliary takes an infinitive or a participle, never "wrote"
    or "writes"). The parser made it the verb's auxiliary, and the speaker rules lost it or
    took it for part of the cue. It becomes the verb's subject, the name before it its
    compound; the names, to be made persons."""
    names = []
    for token in doc[:-1]:
        if token.dep_ != "aux" or not token.is_title:
            continue
        verb = doc[token.i + 1]
        if token.head != verb:
            continue
        # a modal before a participle is as impossible ("will wrote", tagged a participle after it)
        if verb.tag_ not in ("VBD", "VBZ") and not (verb.tag_ == "VBN" and token.tag_ == "MD"):
            continue
        token.tag_, token.pos_, token.lemma_ = "NNP", "PROPN", token.text
        start = token.i
        if start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head == verb:
            start -= 1
            doc[start].dep_, doc[start].head = "compound", token
        token.dep_ = "nsubj"
        names.append(doc[start : token.i + 1])
    return names


def _hyphenated_names(doc: Doc, label: str) -> list[Span]:
    """ "Anne-Sophie Lapix", "Éric Dupond-Moretti": the tokenizer splits a hyphenated first
    name or surname it does not know, and the recogniser keeps only the part beside the rest
    of the name. Capitalised words glued to a person's name by a hyphen are that name, unless
    they are an entity of their own ("Clinton-Kaine" joins two)."""

    def glued(hyphen: int, word: int) -> bool:
        token, other = doc[hyphen], doc[word]
        return (
            token.text == "-"
            and not doc[hyphen - 1].whitespace_
            and not token.whitespace_
            and other.is_title
            and other.is_alpha
            and not other.ent_type_
        )

    found = []
    for entity in doc.ents:
        if entity.label_ != label or len(entity) < 2:
            continue  # a surname alone is no name to complete: "le duo Macron-Borne" is two
        start, end = entity.start, entity.end
        while start >= 2 and glued(start - 1, start - 2):
            start -= 2
        while end + 1 < len(doc) and glued(end, end + 1):
            end += 2
        if (start, end) != (entity.start, entity.end):
            found.append(doc[start:end])
    return found


def _inner_particle_names(doc: Doc, inner: frozenset[str]) -> list[Span]:
    """ "Ursula von der Leyen", "Erik ten Hag", "Bill de Blasio": a first name, lowercase
    particles and a capitalised word that is no place ("Pierre de Paris" is no name)."""
    found = []
    for i in range(len(doc) - 2):
        first = doc[i]
        if not (first.is_title and first.is_alpha) or first.ent_type_ in PLACE_OR_BODY_LABELS:
            continue
        j = i + 1
        while j < len(doc) and doc[j].is_lower and doc[j].lower_ in inner:
            j += 1
        if j == i + 1 or j >= len(doc):
            continue
        last = doc[j]
        # a place after a name the recogniser already holds is its end: "Ursula von der" + "Leyen"
        placed = last.ent_type_ in PLACE_OR_BODY_LABELS and first.ent_type_ not in PERSON_LABELS
        if not (last.is_title and last.is_alpha) or placed:
            continue
        if first_name_gender(first.text) is not None:
            found.append(doc[i : j + 1])
    return found


def _names_after_acronym(doc: Doc) -> list[Span]:
    """ "la députée LFI Mathilde Panot", "le sénateur LR Bruno Retailleau": a party's acronym
    between a role and a name, which the small French recogniser reads as the start of a place
    or a body ("RN Jean-Philippe Tanguy") or lets cut the name in two. A first name
    gender-guesser knows and a capitalised word, right after an acronym that a lowercase word
    precedes, are a person's name."""
    found = []
    for i in range(1, len(doc) - 2):
        acronym = doc[i]
        if not (acronym.is_upper and acronym.is_alpha and len(acronym) >= 2):
            continue
        first, last = doc[i + 1], doc[i + 2]
        if doc[i - 1].is_lower and doc[i - 1].is_alpha and _first_and_last_name(first, last):
            found.append(doc[i + 1 : i + 3])
    return found


def _names_after_their_verb(doc: Doc) -> list[Span]:
    """'Said Comey, "…"': a sentence opening on its verb, the speaker after it, which the
    recogniser reads as one name ("Said Comey"). The words after the verb that the parse makes
    its subject are the name."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in PERSON_LABELS or len(ent) < 2 or ent[0].pos_ != "VERB":
            continue
        rest = ent[1:]
        if rest.root.head == ent[0] and rest.root.dep_ in SUBJECT_DEPS:
            found.append(rest)
    return found


def _outlets_read_as_people(doc: Doc, label: str, outlets: frozenset[str]) -> None:
    """ "le tabloïd Blesk révèle", a person to the small French recogniser with its noun: a
    person's entity that opens on a noun for an outlet (one of ``outlets``) in small letters
    is an outlet, a body. The noun stays in the entity: the parse may hang the name anywhere
    ("Blesk" as the verb's head), and the entity keeps them together."""
    misread = [
        e
        for e in doc.ents
        if e.label_ == label and len(e) > 1 and e[0].is_lower and e[0].lower_ in outlets
    ]
    if misread:
        from spacy.tokens import Span as Entity

        named = [Entity(doc, e.start, e.end, label=OUTLET_LABEL) for e in misread]
        doc.ents = [e for e in doc.ents if e not in misread] + named


def _names_after_a_noun(doc: Doc, titles: frozenset[str] = frozenset()) -> list[Span]:
    """ "le témoin Jean Dupont": the small French recogniser takes the lowercase noun before a
    name into one entity with it, a place ("témoin Jean Dupont"), or a nationality ("le Slovène
    Luka Zupan"). A first name gender-guesser knows and a capitalised word after the noun that
    opens an entity are a person's name; the noun is their role."""
    found = []
    for ent in doc.ents:
        if len(ent) < 3:
            continue
        noun, first, last = ent[0], ent[1], ent[2]
        common = noun.is_lower and noun.pos_ == "NOUN"
        nationality = _nationality(noun) and noun.lower_ not in titles  # not "le Dr"
        if noun.is_alpha and (common or nationality) and _first_and_last_name(first, last):
            found.append(doc[first.i : last.i + 1])
    return found


def _nationality(word: Token) -> bool:
    """ "Slovène" of "le Slovène Luka Zupan", which the recogniser takes in with the name: a
    capitalised word after a lowercase article, itself no first name."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    article = before is not None and before.pos_ == "DET" and before.is_lower
    return article and word.is_title and not is_first_name(word.text)


def names_a_person(ent: Span) -> bool:
    """The entity is a person's name: labelled one, or a first name gender-guesser knows and a
    surname under the recogniser's catch-all label ("Zakaria Shehab" as MISC)."""
    if ent.label_ in PERSON_LABELS:
        return True
    return ent.label_ in UNSURE_LABELS and len(ent) > 1 and _first_and_last_name(ent[0], ent[-1])


def _first_and_last_name(first: Token, last: Token) -> bool:
    """A first name gender-guesser knows, then a capitalised word: a person's name."""
    return first.is_title and last.is_title and last.is_alpha and is_first_name(first.text)


# The label an outlet's name takes when the recogniser called it a person (both models' own).
OUTLET_LABEL = "ORG"
# The recogniser's labels a missed name may carry: none, or its catch-all ("Antoine" as MISC).
UNSURE_LABELS = frozenset({"", "MISC"})
# The recognisers' labels for a party or a nationality ("Democrat", "Republican", "French").
AFFILIATION_LABELS = frozenset({"NORP"})


def _first_names_left_out(doc: Doc, label: str) -> list[Span]:
    """A person's name the recogniser cut after its first name: "Ivanka Trump" found as
    "Trump", who then passed for Donald Trump, named earlier. A capitalised proper noun that
    gender-guesser knows as a first name, right before the name and labelled nothing else."""
    found = []
    for ent in doc.ents:
        if ent.label_ != label or ent.start == 0 or len(ent) > 1:
            continue
        first = doc[ent.start - 1]
        plain = first.ent_type_ in UNSURE_LABELS and first.pos_ == "PROPN"
        if plain and first.is_title and first.is_alpha and is_first_name(first.text):
            found.append(doc[first.i : ent.end])
    return found


def _drop_inflected_words(doc: Doc, label: str) -> None:
    """ "Invitée de franceinfo jeudi matin, la ministre …": the recogniser called the
    participle that opens the sentence a person, and the "il" of another paragraph stood for
    "Invitée". A one-word person that the tagger does not read as a proper noun, whose lemma
    is another word (an inflected common word: "invité"), and that is no first name, is no
    person."""
    kept = [e for e in doc.ents if not _inflected_word(e, label)]
    if len(kept) != len(doc.ents):
        doc.ents = kept


def _inflected_word(entity: Span, label: str) -> bool:
    """A one-word person that opens its sentence and a phrase (a preposition comes next, as
    after a participle: "Invitée de …", "Interrogé par …") or is read as a plural common noun,
    not as a proper noun, and whose lemma is another word."""
    if entity.label_ != label or len(entity) != 1 or entity.end >= len(entity.doc):
        return False
    word, after = entity[0], entity.doc[entity.end]
    inflected = word.lemma_.lower() != word.lower_ and word.pos_ != "PROPN"
    if not (word.is_sent_start and inflected) or is_first_name(word.text):
        return False
    # "Autumns are for following up on letters": a plural common noun opening its sentence
    # (a surname so read, "Sanders said", is found again if the text names its person in full)
    plural = word.pos_ == "NOUN" and "Plur" in feature(word, "Number")
    return after.pos_ == "ADP" or plural


def _names_after_affiliation(doc: Doc) -> list[Span]:
    """A first name and a surname right after a party or a nationality, which the recogniser
    left out: "Democrat Celeste Burrows has pulled within three points", with "Democrat" a
    group and the name nothing, so that "she told supporters" found nobody. Not one followed
    by a third capitalised word ("Democrat Party Headquarters")."""
    found = []
    for entity in doc.ents:
        i = entity.end
        if entity.label_ not in AFFILIATION_LABELS or i + 2 > len(doc):
            continue
        first, last = doc[i], doc[i + 1]
        after = doc[i + 2] if i + 2 < len(doc) else None
        plain = not first.ent_type_ and not last.ent_type_
        alone = not (after is not None and after.is_title)
        if plain and alone and first.is_alpha and _first_and_last_name(first, last):
            found.append(doc[i : i + 2])
    return found


def _bodies_after_a_role(doc: Doc, label: str, roles: frozenset[str]) -> list[Span]:
    """ "GOP presidential candidate Carly Fiorina", which the recogniser called a body: a first
    name and a surname right after a role noun (one of ``roles``) are a person's name, and the
    "she" after it is hers. So are they when the recogniser took in the role written as a title
    ("Councilmember Hugo Soto", an event to it) or missed them ("Councilmember Hugo
    Soto-Martinez")."""
    found = []
    for i in range(len(doc) - 2):
        noun, first, last = doc[i], doc[i + 1], doc[i + 2]
        if noun.lower_ not in roles or not _first_and_last_name(first, last):
            continue
        if label in (first.ent_type_, last.ent_type_):
            continue  # a person's name already
        after = noun.is_lower and first.ent_iob == BEGINS_ENTITY  # "candidate Carly Fiorina"
        # "Councilmember Hugo Soto", one entity; not a title of address, whose name stays as
        # the recogniser marks it ("Dr Alain Meyer", MISC) for the rules of titles to read
        within = noun.ent_iob == BEGINS_ENTITY and first.ent_iob == INSIDE_ENTITY
        within = within and noun.ent_type_ not in UNSURE_LABELS
        # with no entity, proper nouns by their tag: not "President On Trump" of a headline
        missed = not first.ent_type_ and first.pos_ == last.pos_ == "PROPN"
        if after or within or missed:
            found.append(doc[i + 1 : i + 3])
    return found


def _names_set_off_by_a_role(doc: Doc, label: str, roles: frozenset[str]) -> list[Span]:
    """ "Karim Haddad, le frère d'une des victimes", "le gouverneur régional, Oleh Kiper,": a
    first name and a surname set off by a comma from a noun of ``roles`` (its article and an
    adjective may stand between, and the role's complement before the name: "Le président de
    Cesson, Loïc Hamon") are a person's name, whatever the recogniser called them (a place for
    "Karim", a body for "Oleh Kiper"). Before the verb, the parse then hung the
    name on the verb and made the role the subject; after it, the speaker lost the name."""
    found = []
    for i in range(len(doc) - 1):
        first, last = doc[i], doc[i + 1]
        if not _first_and_last_name(first, last):
            continue
        if label in (first.ent_type_, last.ent_type_) or first.ent_iob == INSIDE_ENTITY:
            continue  # a person's name already, or the end of a longer entity
        if _role_beside(doc, i + 2, 1, roles) or _role_beside(doc, i - 1, -1, roles):
            found.append(doc[i : i + 2])
    return found


def _first_names_after_a_role(doc: Doc, label: str, roles: frozenset[str]) -> list[Span]:
    """ "Une habitante du quatrième étage, Naïma, a pu s'échapper": a first name alone,
    set off by commas right after a phrase whose noun is one of ``roles``, is that person's
    name, whatever the recogniser called it (a place for "Naïma")."""
    found = []
    for i in range(1, len(doc) - 1):
        name = doc[i]
        if doc[i - 1].text != "," or doc[i + 1].text != "," or not name.is_title:
            continue
        if name.ent_type_ == label or first_name_gender(name.text) is None:
            continue
        if any(t.pos_ == "NOUN" and t.lower_ in roles for t in _words_back_to_break(doc, i - 2)):
            found.append(doc[i : i + 1])
    return found


def _role_beside(doc: Doc, comma: int, step: int, roles: frozenset[str]) -> bool:
    """A noun of ``roles`` past the comma at ``comma``, going ``step`` (1 after, -1 before),
    past articles and adjectives ("le frère", "le gouverneur régional")."""
    if not 0 <= comma < len(doc) or doc[comma].text != ",":
        return False
    if step < 0 and _role_phrase_ends_at(doc, comma - 1, roles):
        return True  # "Le président de Cesson, Loïc Hamon": a role and its complement
    at = comma + step
    for _ in range(ROLE_MODIFIERS + 1):
        if not 0 <= at < len(doc):
            return False
        if doc[at].lower_ in roles:
            return True
        if doc[at].pos_ not in ("DET", "ADJ"):
            return False
        at += step
    return False


def _role_phrase_ends_at(doc: Doc, last: int, roles: frozenset[str]) -> bool:
    """A noun of ``roles`` within a few words before ``last`` whose phrase runs to it: "président
    de Cesson"."""
    return any(
        w.pos_ == "NOUN" and w.lower_ in roles and w.right_edge.i >= last
        for w in _words_back_to_break(doc, last)
    )


def _words_back_to_break(doc: Doc, last: int) -> list[Token]:
    """The words from ``last`` back to the punctuation before them or their sentence's start,
    at most ``ROLE_PHRASE_TOKENS``: where a role set before a name may stand."""
    words = []
    for k in range(last, max(last - ROLE_PHRASE_TOKENS, -1), -1):
        if doc[k].is_punct:
            break
        words.append(doc[k])
        if doc[k].is_sent_start:
            break
    return words


def _names_after_a_portfolio(doc: Doc, label: str, roles: frozenset[str]) -> list[Span]:
    """ "le ministre de la Santé Roman Kovar": the recogniser took the role, its portfolio
    and the name for one body, and the pronoun after it went to "ministre de la Santé". An
    entity not a person's that opens on a role noun (one of ``roles``) and a preposition, and
    ends on a first name and a surname, ends on that person's name. Not "the New York Post"
    after "a reporter for": the role is not the entity's."""
    found = []
    for entity in doc.ents:
        if entity.label_ == label or len(entity) < 5:
            continue
        role, preposition, first, last = entity[0], entity[1], entity[-2], entity[-1]
        if role.lower_ in roles and preposition.pos_ == "ADP" and _first_and_last_name(first, last):
            found.append(doc[first.i : last.i + 1])
    return found


def _bodies_ending_in_a_person(doc: Doc, label: str) -> list[Span]:
    """ "Adaeze Nwosu had missed …", which the recogniser called a body, then "Nwosu" a
    person: two capitalised words called a body, whose last the recogniser
    calls a person alone elsewhere, are that person's full name, whatever it knows of the first."""
    surnames = {e.text for e in doc.ents if e.label_ == label and len(e) == 1}
    return [
        e
        for e in doc.ents
        if e.label_ in BODY_LABELS
        and len(e) == 2
        and e[1].text in surnames
        and e[0].pos_ == "PROPN"
        and not e[0].is_stop  # not "The Brujas", "The Census"
        and e[0].is_title
        and e[0].is_alpha
        and e[0].text not in surnames
    ]


def _names_closing_places(doc: Doc, label: str) -> list[Span]:
    """ "la députée socialiste de la Gironde Élise Marchadier", where the recogniser ran the
    place and the name into one place: a person's full name the recogniser found elsewhere in
    the text, closing a longer place or body, is that person's."""
    full_names = {e.text for e in doc.ents if e.label_ == label and len(e) > 1}
    found = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_OR_BODY_LABELS:
            continue
        tail = next(
            (
                ent[i:]
                for i in range(1, len(ent) - 1)
                if ent[i:].text in full_names and any(t.pos_ != "DET" for t in ent[:i])
            ),
            None,
        )  # not "The Junge SVP", the body the recogniser also took for a person
        if tail is not None:
            found.append(tail)
    return found


def _first_names_set_off(
    doc: Doc, label: str, age_words: frozenset[str], roles: frozenset[str] = frozenset()
) -> list[Span]:
    """A first name alone, set off before an age, as features name the people they quote
    ("Dans le box 4, Jeanine, 86 ans, attend …"), or opening its sentence before a pronoun
    that takes it up ("Nadia, elle, a fait ses comptes") or a noun of ``roles`` ("Nadia,
    cariste depuis dix-sept ans, touche …"): the recogniser called it a place or a thing,
    and "dit-elle" after it found nobody. Not a word of a longer entity, nor a surname after
    another capitalised word ("Jean Dupont, 54 ans", the recogniser's already)."""
    found = []
    for i in range(len(doc) - 2):
        word = doc[i]
        alone = not word.ent_type_ or (
            word.ent_iob == BEGINS_ENTITY and doc[i + 1].ent_iob != INSIDE_ENTITY
        )
        if not (alone and word.ent_type_ != label and word.is_title and word.is_alpha):
            continue
        if i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha:
            continue
        set_off = _age_set_off(doc, i + 1, age_words) is not None or _taken_up(doc, i)
        set_off = set_off or (bool(word.is_sent_start) and _role_beside(doc, i + 1, 1, roles))
        if set_off and is_first_name(word.text):
            found.append(doc[i : i + 1])
    return found


def _taken_up(doc: Doc, name: int) -> bool:
    """The word at ``name`` opens its sentence, set off before a pronoun that takes it up."""
    return bool(doc[name].is_sent_start) and taken_up_after(doc, name + 1)


def taken_up_after(doc: Doc, end: int) -> bool:
    """A pronoun of the third person set off by commas at ``end``, right after a name that it
    takes up: "Nadia, elle, a …", "Paul, lui, …"."""
    if end + 2 >= len(doc):
        return False
    comma, pronoun, closing = doc[end], doc[end + 1], doc[end + 2]
    third = pronoun.pos_ == "PRON" and "3" in feature(pronoun, "Person")
    return comma.text == "," and third and closing.text == ","


def _missed_names(doc: Doc, particles: frozenset[str], label: str) -> list[Span]:
    """A first name gender-guesser knows (of either gender: "Stéphane") and a capitalised
    word after it, which the recogniser left out or called something vague: "Antoine Dupont
    était déçu" gave "Antoine" as MISC, and the "il" after it nobody. Not a name inside a
    place or a body ("France Inter"), nor one followed by a third capitalised word ("Marie
    Curie Institute")."""
    found = []
    for i in range(len(doc) - 1):
        first, last = doc[i], doc[i + 1]
        after = doc[i + 2] if i + 2 < len(doc) else None
        # "Karim B.": the initial court and crime reports give for a surname
        initial = is_lone_initial(last)
        named = initial or (last.is_title and last.is_alpha)
        if not (first.is_title and first.is_alpha and named):
            continue
        unsure = first.ent_type_ in UNSURE_LABELS and last.ent_type_ in UNSURE_LABELS
        if not (unsure or initial):  # no place is followed by an initial
            continue
        if last.lower_ in particles or (after is not None and after.is_title):
            continue
        if is_first_name(first.text):
            # "Ana Sofia Cardenal" with "Ana" alone recognised: the name begins there
            start = next((e.start for e in doc.ents if e.end == i and e.label_ == label), i)
            found.append(doc[start : i + 2])
    return found


def _named(ent: Span, offset: int, lexicon: Lexicon) -> Person:
    # the recogniser may take in a line break after the name, and the possessive ending as a
    # word of its own ("Trey Gowdy's office"), which no later mention of the name has
    words = ent
    ending = lexicon.possessive_endings
    while len(words) > 1 and (words[-1].tag_ == "POS" or words[-1].lower_ in ending):
        words = words[:-1]
    written = words.text.rstrip()
    start, end = offset + ent.start_char, offset + ent.start_char + len(written)
    title = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    stated = titled_gender((title, ent[0].lower_), lexicon)
    if stated is None and len(ent) > 2 and ent[0].lower_ in lexicon.title_words:
        stated = first_name_gender(ent[1].text)  # "Me Karim Benali": his first name, not "Me"
    if stated is None and len(ent) == 1:
        # "25 % de l'Europe serait Africaine", which the recogniser calls a person: the
        # ending says the gender, and "écrit-il" after it is somebody else
        stated = lexicon.demonym_gender(ent[0].lower_)
    before = _words_before_name(ent)
    root = ent.root
    # "Le ministre de l'Intérieur, Gérald Darmanin", "Gérald Darmanin, le ministre …"
    head = _apposed_head(ent)
    head = _role_owning(head, lexicon) if head is not None else None
    apposed = [head] if head is not None else []
    # "X, professeure de nutrition": an apposition, or the noun set off right after the name
    # whatever the label ("nmod" for the small French model)
    set_off = ent.end + 1 < len(ent.doc) and ent.doc[ent.end].text == ","
    past_age = _past_age(ent.doc, ent.end, lexicon.age_words)
    apposed += [
        c
        for c in root.children
        if (
            c.dep_ == "appos"
            or (set_off and c.i == ent.end + 1 and c.pos_ == "NOUN")
            or (c.left_edge.i == past_age and c.pos_ == "NOUN")
        )
        and not (c.i > ent.end and _subject_of_next_verb(c))
    ]
    apposed += [w for noun in apposed for w in _coordinate_roles(noun)]
    # "Boston coach Jim Montgomery": the role noun compounded with the name, right before it;
    # not a title ("Mrs. Clinton", "Sen. Carol Winters"), which says no role
    compound = ent.doc[ent.start - 1] if ent.start > 0 else None
    if compound is not None and compound.pos_ == "NOUN" and compound.dep_ == "compound":
        apposed += [compound] if compound.head in ent else []
    titles = titles_of([*before, *apposed], lexicon)
    # "Me Karim Benali", the title taken into the name by the recogniser
    titles |= lexicon.title_words.get(ent[0].lower_, frozenset()) if len(ent) > 1 else frozenset()
    # "the French ambassador, François Delattre, uttered": the name apposed to a subject is one
    subject = root.dep_ in SUBJECT_DEPS or (head is not None and head.dep_ in SUBJECT_DEPS)
    # "Paulo Fonseca ne décolérait pas", parsed with "Paulo" as the root and "Fonseca" the verb's
    # subject: a word of the name is the subject of a verb outside it
    subject = subject or any(
        t.dep_ in SUBJECT_DEPS and not ent.start <= t.head.i < ent.end for t in ent
    )
    subject = subject or opens_on_subjectless_verb(ent)  # "Jean-Luc Morin, lui, n'a plus …"
    # "Me Thomas Rivière, avocat de …, a plaidé": the name hangs on its title, the subject
    title_word = ent.doc[ent.start - 1] if ent.start > 0 else None
    subject = subject or (
        title_word is not None
        and root.head.i == title_word.i
        and title_word.dep_ in SUBJECT_DEPS
        and title_word.lower_.rstrip(".") in lexicon.titles
    )
    subject = subject or _topic_of_verbless_sentence(ent)
    passive = any(t.dep_ in PASSIVE_SUBJECT_DEPS for t in (*ent, *([head] if head else [])))
    # the role a reader sees beside the name: set off by a comma before or after it, or a
    # noun with its article or a capital before it ("le naturopathe Olivier Panisset"), not an
    # incise's verb the tagger called a noun ("», conseille Olivier Panisset")
    after_comma = ent.start > 0 and ent.doc[ent.start - 1].text == ","
    beside = [
        noun
        for noun in apposed
        if (noun.i < ent.start and (after_comma or _written_as_noun(noun)))
        or (set_off and noun.i > ent.end)
    ]
    roles = [noun for noun in beside if is_role_word(noun, lexicon) and not _plural(noun)]
    role = next((_set_off_role(noun) for noun in roles), "")
    return Person(
        start,
        end,
        written,
        stated,
        named=True,
        titles=titles,
        subject=subject,
        passive=passive,
        role=role,
        owns_subject=_owns_subject(root, lexicon),
        role_gender=next(filter(None, (role_gender(noun, lexicon) for noun in roles)), None),
        age=_age_set_off(ent.doc, ent.end, lexicon.age_words),
    )


def _past_age(doc: Doc, comma: int, age_words: frozenset[str]) -> int | None:
    """Where the words after an age set off by commas after a name begin: "ancienne" of
    "Sandrine Morel, 52 ans, ancienne directrice …", the role the age stands before."""
    length = _set_off_age_length(doc, comma, age_words)
    after = comma + 1 + length
    return after + 1 if length and after + 1 < len(doc) and doc[after].text == "," else None


def _age_set_off(doc: Doc, comma: int, age_words: frozenset[str]) -> int | None:
    """The age the comma at ``comma`` sets off after a name: 61 of "Martine Caron, 61 ans,",
    45 of "Jane Roe, 45,"; None when no age follows a comma there."""
    return int(doc[comma + 1].text) if _set_off_age_length(doc, comma, age_words) else None


def _set_off_age_length(doc: Doc, comma: int, age_words: frozenset[str]) -> int:
    """How many words the age that the comma at ``comma`` sets off after a name runs to
    ("61 ans"); 0 when no age follows a comma there."""
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return 0
    return age_length(list(doc[comma + 1 : comma + 5]), age_words)


def _topic_of_verbless_sentence(ent: Span) -> bool:
    """The one person a sentence with no main verb names, which is what it is about: "Une
    décision qui fait bondir Paul Girard, délégué CGT." (the press's way of bringing in who
    speaks next)."""
    sent = ent.sent
    root = sent.root
    if root.pos_ != "NOUN" or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "cop" for c in root.children):
        return False
    return [e.start for e in sent.ents if e.label_ in PERSON_LABELS] == [ent.start]


def _words_before_name(ent: Span) -> list[Token]:
    """The few words right before a name that can title it, back to a verb or a punctuation
    mark other than the comma that sets the name off: "Philippine lawmaker wants Trump banned"
    gives Trump no title, "the Republican presidential candidate Donald Trump" and "Le Premier
    ministre, François Bayrou" give one. A name right after a preposition is its complement,
    and nobody's title: "A spokesman for Lee", "un proche de Marine Le Pen"."""
    words: list[Token] = []
    previous = ent.doc[ent.start - 1] if ent.start > 0 else None
    if previous is not None and previous.pos_ == "ADP" and previous.dep_ in PREPOSITION_DEPS:
        return words
    for token in reversed(ent.doc[max(ent.start - ROLE_REACH, 0) : ent.start]):
        setting_off = token.text == "," and token.i == ent.start - 1
        if token.pos_ in ("VERB", "AUX") or (
            token.is_punct and token.text != "." and not setting_off
        ):
            break
        governed = token.pos_ == "ADP" and token.dep_ in PREPOSITION_DEPS
        if governed and not any(w.text == "," for w in words):
            break  # "a lawyer for Mr. Reshetar": "Mr." is his, "lawyer" someone else's
        words.insert(0, token)
    return words


def _owns_subject(name: Token, lexicon: Lexicon) -> bool:
    """ "Gonzalez" of "Gonzalez's daughter, Ana, is less convinced": the name of whom the
    subject is kin or staff."""
    owned = name.head
    return (
        name.dep_ in POSSESSIVE_DEPS
        and owned.dep_ in SUBJECT_DEPS
        and owned.lemma_.lower() in lexicon.person_roles
    )


def _coordinate_roles(noun: Token) -> Iterator[Token]:
    """ "gastro-entérologue" of "X, professeure de nutrition et gastro-entérologue": a bare
    noun coordinated inside the apposition is another role of the same person, wherever the
    parser hangs it; "du président" of "conseiller du ministre et du président" is not."""
    for word in noun.subtree:
        if word.dep_ == "conj" and not any(c.dep_ in ARTICLE_DEPS for c in word.children):
            yield word


def _role_owning(noun: Token, lexicon: Lexicon) -> Token:
    """The role noun whose complement ``noun`` ends: "chairman" for "Committee" in "The
    chairman of the House Intelligence Committee, Devin Nunes", where the parser hangs the
    name on the last noun before it; ``noun`` itself when no role owns it."""
    head: Token | None = noun
    while head is not None and not is_role_word(head, lexicon):
        head = complement_owner(head)
    return head if head is not None else noun


def _name_apposed_to_role(ent: Span, lexicon: Lexicon) -> bool:
    """ "un conseiller de la présidence ukrainienne, Oleksiy Marchenko, …": a name the
    recogniser called MISC, set off after a role noun, is the person who holds the role."""
    if ent.label_ != "MISC" or not reads_as_name(ent):
        return False
    head = _apposed_head(ent)
    return head is not None and is_role_word(head, lexicon)


def _apposed_head(ent: Span) -> Token | None:
    """The noun the name is in apposition to: by the parser's label, or set off by a comma
    after the noun it hangs on, whatever the label ("La secrétaire générale de la CGT, Sophie
    Binet": "Sophie" is a "nmod" of "secrétaire")."""
    root = ent.root
    if root.dep_ == "appos":
        return root.head
    doc = ent.doc
    set_off = ent.start > 0 and doc[ent.start - 1].text == ","
    if set_off and root.head.i < ent.start and root.head.pos_ == "NOUN":
        return root.head
    if set_off and root.dep_ in SUBJECT_DEPS and ent.start > 1:
        # "Le juge en chef de la Cour, Eugene Rossiter, a ouvert …", with the role phrase
        # hung on the verb the name is the subject of
        phrase = _phrase_before(doc[ent.start - 2], ent.start - 1)
        opens = phrase.left_edge.i == phrase.sent.start
        if opens and phrase.pos_ == "NOUN" and phrase.head.i == root.head.i:
            return phrase
    return None


def _phrase_before(last: Token, comma: int) -> Token:
    """The head of the phrase whose last word is ``last``, within the words before ``comma``."""
    word = last
    while word.head.i != word.i and word.head.i < comma:
        word = word.head
    return word


def _subject_of_next_verb(noun: Token) -> bool:
    """Whether a noun the parse apposed after a name runs, with no comma, into a verb with no
    subject of its own: "… with Joe Scarborough and Mika Brzezinski, the candidate stated"
    is the candidate stating, not the name's role."""
    doc = noun.doc
    after = noun.right_edge.i + 1
    if after >= len(doc) or doc[after].pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ in SUBJECT_DEPS for c in doc[after].children)


def titles_of(words: Iterable[Token], lexicon: Lexicon) -> frozenset[str]:
    """The role nouns among ``words``, abbreviations spelt out: "Sen." gives "senator"; and
    the roles of two words side by side ("Premier ministre")."""
    found: set[str] = set()
    words = list(words)
    for first, second in pairwise(words):
        pair = f"{first.lower_} {second.lower_}"
        if second.i == first.i + 1 and pair in lexicon.person_roles:
            found.add(pair)
    for word in words:
        lowered = word.lower_
        found |= lexicon.title_words.get(lowered, frozenset())
        if word.is_title and lexicon.is_demonym(lowered):
            found.add(lowered)  # "l'Américain Taylor Fritz" … "a reconnu l'Américain"
        if is_role_word(word, lexicon):
            # the form as well as the lemma: "la députée" calls back "La députée Claire Martin",
            # whose lemma the model gives as "député"
            found |= {lowered, word.lemma_.lower()} if word.pos_ == "NOUN" else {lowered}
    return frozenset(found)


# What may qualify a role noun and say which role it is: "Premier ministre", "state senator",
# "ministre des Affaires étrangères".
ROLE_MODIFIER_DEPS = frozenset({"amod", "compound"})
ROLE_COMPLEMENT_DEPS = frozenset({"amod", "nmod"})


def _role_phrase(noun: Token) -> Span:
    """The role noun with the words right beside it that say which role it is: adjectives
    and compounds before it, adjectives and a complement after it, none of them holding a
    comma or a verb ("le ministre des Affaires étrangères, qui …" is "ministre des Affaires
    étrangères")."""
    doc, start, end = noun.doc, noun.i, noun.i + 1
    for child in reversed(list(noun.lefts)):  # "New York billionaire": the compound whole
        if child.dep_ not in ROLE_MODIFIER_DEPS or child.right_edge.i != start - 1:
            break
        start = child.left_edge.i
    for child in noun.rights:
        plain = not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in child.subtree)
        if child.dep_ not in ROLE_COMPLEMENT_DEPS or child.left_edge.i != end or not plain:
            break
        end = child.right_edge.i + 1
    return doc[start:end]


def _qualifying_words(phrase: Span, noun: Token) -> frozenset[str]:
    """What a role phrase says after its noun of which one it is, lowercase: an adjective
    ("lensois") or the noun of a complement ("Lens" of "de Lens"). Not what stands before the
    noun ("the current nominee", "the Vermont senator"), which says when, or is part of the
    title."""
    words = (t for t in phrase if t.head.i == noun.i and t.i > noun.i and t.dep_ in QUALIFIER_DEPS)
    return frozenset(t.lower_ for t in words if t.is_alpha and not t.is_stop)


QUALIFIER_DEPS = frozenset({"amod", "nmod"})


# What stops a set-off role on its left ("One local woman" is a local woman) and what may
# follow its noun: a complement or an adjective ("founder of Microsoft", "maire de la commune",
# "secrétaire générale"), not "and …" nor "there".
ROLE_LEFT_STOPS = frozenset({"det", "punct", "cc"})
NOUN_MARK_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod:poss"})
ROLE_RIGHT_DEPS = frozenset({"prep", "nmod", "amod", "compound", "flat", "flat:name"})


def _set_off_role(noun: Token) -> str:
    """The role set off beside a name, as written: the noun with the words on either side that
    say which role it is ("former secretary of state", "maire de la commune"), not its article,
    a clause on it, nor anything past a comma."""
    doc, start, end = noun.doc, noun.i, noun.i + 1
    for child in reversed(list(noun.lefts)):
        counted = child.dep_ == "nummod" and not child.is_digit  # "One", not "2012"
        pronoun = child.pos_ in ("PRON", "ADP")  # "His campaign manager", "selon le …"
        if child.dep_ in ROLE_LEFT_STOPS or counted or pronoun or child.right_edge.i != start - 1:
            break
        start = child.left_edge.i
    while start < noun.i and doc[start].pos_ == "DET":
        start += 1  # "the club's president" is the club's president
    for child in noun.rights:
        if child.dep_ not in ROLE_RIGHT_DEPS or child.left_edge.i != end:
            break
        # up to a comma, a clause or a person's name inside it: "chairman of the House
        # Intelligence Committee(, Devin Nunes)", "director of a group (that helps …)"
        words = doc[child.left_edge.i : child.right_edge.i + 1]
        stop = next((t for t in words if _ends_role(t)), None)
        if stop is not None:
            end = max(stop.left_edge.i if stop.pos_ in ("VERB", "AUX") else stop.i, end)
            break
        end = child.right_edge.i + 1
    return doc[start:end].text


def _written_as_noun(word: Token) -> bool:
    """A capital, or an article or a modifier before it: "le naturopathe", "former Clinton
    pollster"."""
    return word.is_title or any(c.dep_ in NOUN_MARK_DEPS for c in word.lefts)


def _ends_role(token: Token) -> bool:
    return token.is_punct or token.pos_ in ("VERB", "AUX") or token.ent_type_ in PERSON_LABELS


def _plural(noun: Token) -> bool:
    """ "the Democratic candidates, Hillary Clinton and Bernie Sanders": a role of several."""
    return "Plur" in feature(noun, "Number")


def _is_role_noun(token: Token, lexicon: Lexicon) -> bool:
    """ "la syndicaliste", "the senator": a role noun that refers back, with a definite or a
    possessive determiner ("un spécialiste" introduces nobody in particular), in the singular
    ("the top athletes" are nobody "she" stands for). A nationality written as a noun is one
    too: "L'Italienne a gagné. « … », a-t-elle déclaré"."""
    nationality = token.is_title and lexicon.is_demonym(token.lower_)
    lemma = token.lemma_.lower()
    # "Le quinquagénaire fixe le sol": a noun that stands for a person, as the subject
    role = token.pos_ == "NOUN" and (
        lemma in lexicon.person_roles or (lemma in lexicon.epithets and token.dep_ in SUBJECT_DEPS)
    )
    if not (role or (nationality and token.pos_ in ("NOUN", "PROPN"))):
        return False
    if "Plur" in feature(token, "Number"):
        return False
    return any(
        c.dep_ == "det" and ("Def" in feature(c, "Definite") or feature(c, "Poss"))
        for c in token.children
    )


def titled_gender(words: Iterable[str], lexicon: Lexicon) -> str | None:
    """male or female when one of ``words`` (lowercase) is a title that says so."""
    for word in words:
        if word in lexicon.male_titles:
            return MALE
        if word in lexicon.female_titles:
            return FEMALE
    return None


def full_name_gender(name: str) -> str | None:
    """The gender of a name's first name, when the name has one: a surname alone says
    nothing about gender."""
    words = name.split()
    return first_name_gender(words[0]) if len(words) > 1 else None


def role_gender(token: Token, lexicon: Lexicon) -> str | None:
    """The gender a role noun's form says, the form of the other gender being a role too:
    "avocate" (of "avocat"), "accusé" (of "accusée"); else its agreement."""
    word, roles = token.lower_, lexicon.person_roles
    for feminine, masculine in lexicon.gender_pairs:
        if word.endswith(feminine) and word[: len(word) - len(feminine)] + masculine in roles:
            return FEMALE
        stem = word[: len(word) - len(masculine)] if masculine else word
        if word.endswith(masculine) and stem + feminine in roles:
            return MALE
    return grammatical_gender(token)


def grammatical_gender(token: Token) -> str | None:
    """French agreement: "la gastro-entérologue" is a woman, "le naturopathe" a man. The
    article speaks first: the tagger gives a noun of either gender its commoner one ("le
    politique", the politician, is no "politique", policy). An elided article says neither
    gender, and the noun after it is often the same for both ("l'épidémiologiste",
    "l'interprète"): the tagger's guess is no more than a guess, and the answer unknown (a
    role's pair of forms, "l'avocat" of "avocate", speaks before it: ``role_gender``)."""
    determiners = [c for c in token.children if c.dep_ == "det"]
    for word in determiners:
        if gender := morph_gender(word):
            return gender
    if any(d.text.endswith(("'", "’")) for d in determiners):
        return None
    return morph_gender(token)


def morph_gender(token: Token) -> str | None:
    """The gender the tagger's morphology gives the token itself, if one."""
    genders = feature(token, "Gender")
    if genders == ("Masc",):
        return MALE
    if genders == ("Fem",):
        return FEMALE
    return None


def first_name_gender(name: str) -> str | None:
    """male, female or None, from gender-guesser's dictionary; "Jean-Marc" as "Jean",
    "Éric" as "Eric" when the accented form is not listed. Only its firm answers count: names
    it calls "mostly" one gender are worn by both ("Bernie", "Lindsey" are mostly female to
    it), and a wrong gender sends a pronoun past the person it stands for."""
    for candidate, answer in _answers(name):
        if answer in (MALE, FEMALE):
            return None if _worn_by_both(candidate, answer) else answer
    return None


def _worn_by_both(name: str, answer: str) -> bool:
    """Whether a country whose press claimcheck reads gives ``name`` firmly to the other
    gender than gender-guesser's overall ``answer``: "Rand" (Rand Paul) is a woman's name
    overall and a man's in the USA, "Laurence" a man's in Britain and a woman's in France.
    Such a name says nothing of its bearer. The countries are every lexicon's
    ``first_name_countries``: a name is read the same in every language's articles."""
    other = FEMALE if answer == MALE else MALE
    return any(_detector().get_gender(name, country) == other for country in _name_countries())


@cache
def _name_countries() -> tuple[str, ...]:
    countries = (load_lexicon(language).first_name_countries for language in available_languages())
    return tuple(dict.fromkeys(c for listed in countries for c in listed))


def is_first_name(name: str) -> bool:
    """Whether gender-guesser knows ``name`` as a first name, of whichever gender."""
    return any(answer != NOT_A_NAME for _, answer in _answers(name))


def _answers(name: str) -> Iterator[tuple[str, str]]:
    for candidate in (name, name.split("-")[0], _unaccented(name)):
        yield candidate, _detector().get_gender(candidate)


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


@cache
def _detector() -> Any:
    """Loaded on first use: reading the dictionary takes about half a second."""
    import gender_guesser.detector as gender_guesser

    return gender_guesser.Detector(case_sensitive=False)


def _within(person: Person, speakers: list[Person]) -> bool:
    """ "leader" in "The leader of the ADL, Jonathan Greenblatt, warned": a word of a speaker's
    own mention is that speaker, not another person."""
    return any(s.start <= person.start and person.end <= s.end for s in speakers)


def same_person(a: Person, b: Person) -> bool:
    """ "Binet" after "Sophie Binet": one person, by the surname."""
    return a.text.split()[-1:] == b.text.split()[-1:]


class Antecedents:
    """The people a pronoun at some position may stand for, nearest first."""

    def __init__(
        self,
        people: list[Person],
        sentence_starts: list[int],
        quotations: Iterable[tuple[int, int]] = (),
    ) -> None:
        self.people = people
        self.starts = [p.start for p in people]
        # A quotation is the speaker's: a pronoun after it does not stand for the people the
        # speaker named in it ('"… Mateen was clearly radicalized …" He argued …': the one
        # quoted argued), and looks back past the sentences that open inside it or on its mark
        # ("« A. B. » / « C », a-t-il ajouté" stands for whoever spoke before it).
        self.quotations = list(quotations)
        self.sentence_starts = sorted(sentence_starts)
        self.narrated_starts = [s for s in self.sentence_starts if not self.opens_quoted(s)]
        # The distinct names of several words, by their last and by their first word, so that
        # full_name looks at the few that can match rather than at every mention.
        self._by_last: dict[str, set[tuple[str, ...]]] = {}
        self._by_first: dict[str, set[tuple[str, ...]]] = {}
        self._name_words: set[str] = set()  # every word of those names
        for person in people:
            self._index(person)
        # The gender a pronoun that stood for a name gave it, by the name's fullest form
        self.pronoun_genders: dict[str, str] = {}

    def learn_narrated_genders(self, pronouns: Iterable[tuple[int, str]]) -> None:
        """ "Kelly responded pointedly: “…” She is 45.": a gendered pronoun that opens the
        narration right after a sentence naming one person, and nobody else, stands for that
        person, and says the gender their name does not (``pronouns``: each such pronoun's
        position and gender). A name the text gives both genders so is left unknown."""
        learned: dict[str, str | None] = {}
        for position, said in pronouns:
            if self.opens_quoted(position):
                continue
            before, own = self.window_start(position, 1), self.window_start(position, 0)
            first, last = bisect_left(self.starts, before), bisect_left(self.starts, own)
            people = [p for p in self.people[first:last] if not self._quoted_apart(p, position)]
            if not people or not all(p.named for p in people):
                continue
            if self.gender_of(people[0]) is not None:
                continue  # the name, a title or a pronoun before said it already
            # the full names last: each looks back over every person before
            names = {self.fullest(p) for p in people}
            if len(names) != 1:
                continue
            [name] = names
            learned[name] = said if learned.get(name, said) == said else None
        for name, gender in learned.items():
            if gender is not None:
                self.pronoun_genders.setdefault(name, gender)

    def opens_quoted(self, position: int) -> bool:
        """Whether a sentence that starts at ``position`` is the speaker's: it opens inside a
        quotation or on its mark."""
        return any(start <= position < end for start, end in self.quotations)

    def quoted(self, position: int) -> bool:
        """Whether ``position`` is inside a quotation."""
        return any(start < position < end for start, end in self.quotations)

    def _quoted_apart(self, person: Person, position: int) -> bool:
        """The person is named inside a quotation that ``position`` is not in."""
        return any(
            start < person.start < end and not start <= position < end
            for start, end in self.quotations
        )

    def window_start(self, position: int, back: int = 1) -> int:
        """The start of the sentence ``back`` sentences before the one holding ``position``,
        counting only the narration's: sentences that open inside a quotation or on its mark
        are the speaker's, and a pronoun after them looks back past them."""
        index = bisect_right(self.sentence_starts, position) - 1
        own = self.sentence_starts[index] if index >= 0 else 0
        if back == 0:
            return own
        # counted over the narration: a quotation's sentences are the speaker's
        index = bisect_left(self.narrated_starts, own) - back
        return self.narrated_starts[index] if index >= 0 else 0  # the text's start

    def _sentence_start(self, position: int, back: int) -> int:
        """The start of the sentence ``back`` sentences before the one holding ``position``,
        quotations' sentences counted."""
        index = bisect_right(self.sentence_starts, position) - 1 - back
        return self.sentence_starts[index] if index >= 0 else 0

    def add(self, person: Person) -> None:
        """A speaker the rules named: a candidate for the pronouns after it."""
        index = bisect_right(self.starts, person.start)
        self._index(person)
        self.starts.insert(index, person.start)
        self.people.insert(index, person)

    def nearest(
        self,
        position: int,
        gender: str | None,
        named_only: bool = False,
        excluded: Iterable[int] = (),
        latest: bool = False,
        back: int = 1,
        salient_here: bool = False,
        described: bool = False,
        accepts: Callable[[Person], bool] | None = None,
    ) -> Person | None:
        """The nearest person before ``position``, in its sentence or the one before, whose
        gender does not contradict the pronoun's; nobody when that person only stands between
        the pronoun and another who spoke ("Trump said Obama wanted …. “…,” he said": the
        text does not settle whether "he" is Trump or Obama). A person who is neither a
        subject nor a speaker gives way to one who is: in "Clinton thanked the president. She
        said …", "she" is Clinton (the subject is what the next sentence goes on about). A
        person a mention covers an ``excluded`` position of is none: the noun a relative clause
        holding the pronoun modifies. With ``latest``, the person mentioned last, whatever the
        sentence is about: "ce dernier", "the latter". ``back`` sentences before the pronoun's
        are searched (one for a pronoun). With ``salient_here``, a person of the pronoun's own
        sentence must be a subject or a speaker: "the singer" stands for someone the text was
        about, not a name in an adjunct before it ("Posting on Instagram, the singer said").
        With ``described``, for a description ("l'ancien agriculteur"), a speaker before the
        person found does not put them in doubt: the text brought that person in after the
        speaker, and a description, unlike "he", says something of whom it means ("Parmi eux,
        Roger, 81 ans … « … », glisse l'ancien agriculteur" after Marcel Duverneuil spoke)."""
        floor = self.window_start(position, back)
        skipped = list(excluded)
        index = bisect_right(self.starts, position) - 1
        candidates: list[Person] = []
        while index >= 0 and self.people[index].start >= floor:
            person = self.people[index]
            index -= 1
            fits = gender is None or self.gender_of(person) in (None, gender)
            fits = fits and not any(person.start <= k < person.end for k in skipped)
            # a name inside another quotation is the speaker's words, unless it is the speaker,
            # set off inside the marks ("« Faux, rétorque Maryvonne Kerhervé. … » Selon elle")
            quoted = self._quoted_apart(person, position) and not person.spoke
            fits = fits and not person.owns_subject and not quoted
            fits = fits and (accepts is None or accepts(person))
            # with ``named_only``, a person the text calls by name: not "présidente du groupe
            # RN", a description the rules showed as the source's name
            named = person.named and person.text[:1].isupper()
            if person.end <= position and fits and (named or not named_only):
                candidates.append(person)
        doubtful = [p for p in candidates if p.uncertain]
        candidates = [p for p in candidates if not p.uncertain]
        if latest:
            # "assure l'édile" resolved to the mayor: the name the text gave that mention
            last = candidates[0] if candidates else None
            if last is None or last.named:
                return last
            same = [p for p in candidates if p.named and p.start <= last.start < p.end]
            return same[0] if same else last
        speakers = [p for p in candidates if p.spoke]
        candidates = [p for p in candidates if p.spoke or not _within(p, speakers)]
        if salient_here:
            here = self.window_start(position, 0)
            candidates = [p for p in candidates if p.start < here or p.subject or p.spoke]
        salient = [i for i, p in enumerate(candidates) if p.subject or p.spoke]
        if not candidates:
            return None
        if self._sole_person_of_sentence_before(candidates, position):
            salient = [0]  # "Une réponse qui ne convainc pas le médecin. « … », tranche-t-il"
        first = salient[0] if salient else 0
        found = candidates[first]
        if any(p.start > found.start for p in doubtful):
            return None  # a speaker nearer than the antecedent, who may be the one meant
        if found.spoke:
            return found
        if described:
            # a description says what the person is, which a name the recogniser called a
            # body before them is not known to be: "selon Météo-France. Bertrand Chauvet …
            # « … », explique le vigneron"
            return found
        if doubtful:
            return None  # "Trump said Obama wanted …": Trump may be the "he"
        for person in candidates[first + 1 :]:
            if person.spoke and person.named and not same_person(person, found):
                return person if self._described_again(found, person) else None
        return found

    def _described_again(self, description: Person, speaker: Person) -> bool:
        """Whether an unnamed mention is the speaker named before it again, by a noun that
        says the speaker's gender, with nobody else of that gender named between them:
        "Aurélie Fontaine … raconte … la boulangère avait déjà tenté sa chance … « … »,
        détaille-t-elle", where "elle" reaches the baker, who is the one who spoke."""
        gender = self.gender_of(description)
        if description.named or gender is None or self.gender_of(speaker) != gender:
            return False
        return not any(
            p.named
            and speaker.end <= p.start < description.start
            and self.gender_of(p) == gender
            and not same_person(p, speaker)
            for p in self.people
        )

    def _sole_person_of_sentence_before(self, candidates: list[Person], position: int) -> bool:
        """Whether the nearest candidate is the one person of the sentence before the
        pronoun's, which is about a thing ("Une réponse qui ne convainc pas le médecin"), and
        no one stands in the pronoun's own sentence before it: that person is whom the text
        goes on about, more than a speaker further back."""
        own, before = self.window_start(position, 0), self.window_start(position, 1)
        nearest = candidates[0]
        if nearest.subject or nearest.spoke or not before <= nearest.start < own:
            return False
        in_sentence = self.people[bisect_left(self.starts, before) : bisect_left(self.starts, own)]
        return all(p is nearest or same_person(p, nearest) for p in in_sentence)

    def gender_of(self, person: Person) -> str | None:
        """The mention's gender, or for a surname alone that of the full name the article
        gives it: "Tenney" after "Claudia Tenney" is a woman; a first name the article gives
        no full name for says it itself: "Son mari Paul" is a man. Else the pronoun the text
        used for that name before (``pronoun_genders``): "Bernie Sanders", whose first name
        the name list calls mostly a man's, is "he" once a "he" has stood for him."""
        gender = self._text_gender(person)
        if gender is None and person.named and self.pronoun_genders:
            return self.pronoun_genders.get(self.fullest(person))
        return gender

    def named_near(self, position: int, gender: str) -> bool:
        """Whether the sentence holding ``position`` or the one before names someone, up to
        ``position``, whom a pronoun of ``gender`` could stand for: when ``nearest`` found
        nobody there, it was for doubt ("Trump said Obama wanted … “…,” he said"), not for
        want of a name."""
        floor = self.window_start(position, 1)
        first, last = bisect_left(self.starts, floor), bisect_left(self.starts, position)
        return any(p.named and self.gender_of(p) in (None, gender) for p in self.people[first:last])

    def _text_gender(self, person: Person) -> str | None:
        if person.gender is not None or not person.named or " " in person.text:
            return person.gender
        full = self.full_name(person.text)
        if full is None:
            # a surname of someone the article names in full is none: "Clinton" may be Bill
            # or Hillary, and is a man's first name too
            surname = person.text in self._by_last
            return None if surname else first_name_gender(person.text)
        given = full.split()[:-1]  # "Assemblywoman Claudia": the first name says
        return next(filter(None, map(first_name_gender, given)), None)

    def _index(self, person: Person) -> None:
        words = tuple(person.text.split())
        if person.named and len(words) > 1:
            self._by_last.setdefault(words[-1], set()).add(words)
            self._by_first.setdefault(words[0], set()).add(words)
            self._name_words.update(words)

    def shared_surname(self, surname: str) -> bool:
        """Whether the article names two people with this surname and different first names."""
        return len({name[0] for name in self._by_last.get(surname, ())}) > 1

    def full_name(self, surname: str, first: bool = False, gender: str | None = None) -> str | None:
        """The longest name of a person the article names anywhere that ends with ``surname``:
        "Donald Trump" for "Trump", even where a headline says "Trump" first; with ``first``,
        that starts with it, as a feature calls "Ana Sofia Cardenal" "Ana". None when the
        article names nobody so, or two people ("Bill Clinton", "Hillary Clinton"), unless a
        title's ``gender`` tells them apart ("Mrs. Clinton")."""
        words = tuple(surname.split())
        if not words:
            return None
        if first:  # one surname for the first name, or nobody
            starting = [n for n in self._by_first.get(words[0], ()) if n[: len(words)] == words]
            longer = [n for n in starting if len(n) > len(words)]
            return " ".join(longer[0]) if len(longer) == 1 else None
        ending = self._by_last.get(words[-1], ())
        found = [n for n in ending if len(n) > len(words) and n[-len(words) :] == words]
        if len({name[0] for name in found}) > 1:
            # Headline case makes names of words: "Senator Endorsed Trump". Real first names
            # settle it; two of them ("Bill", "Hillary") leave it open.
            found = [name for name in found if is_first_name(name[0])]
        if gender is not None and (len({n[0] for n in found}) > 1 or self.titled_both(words[-1])):
            # a first name of that gender, else none of the other ("Mary" is only mostly a
            # woman's to gender-guesser, "John" firmly a man's); with one name in full, only
            # when the text titles that surname both ways: "Mrs. Szabo" is not Joseph Szabo
            # when "Mr. Szabo" is, but "Mr. Tribe" is Laurence H. Tribe whatever the name list
            # says of "Laurence"
            firm = [name for name in found if first_name_gender(name[0]) == gender]
            found = firm or [name for name in found if first_name_gender(name[0]) in (None, gender)]
        if len({name[0] for name in found}) != 1:
            return None
        longest: tuple[str, ...] = max(found, key=lambda name: (len(name), name))
        return " ".join(longest)

    def titled_both(self, surname: str) -> bool:
        """Whether the text gives this surname a man's title and a woman's ("Mr. Szabo",
        "Mrs. Szabo"): two people share it."""
        said = {p.stated for p in self.people if p.text == surname}
        return {MALE, FEMALE} <= said

    def titled(
        self,
        position: int,
        title: str,
        gender: str | None = None,
        accepts: Callable[[Person], bool] | None = None,
    ) -> Person | None:
        """The person named last before ``position`` who was given this title at some
        mention (and whom ``accepts`` accepts): "the senator" after "Sen. Ann Ortiz … Ortiz" is
        Ann Ortiz, within TITLE_REACH, and even when another senator was named in between.
        Nobody when no one was so titled, and no mention whose surname two people share
        ("Clinton" for Bill and Hillary)."""
        index = bisect_right(self.starts, position) - 1
        earlier = self.people[max(index + 1 - TITLE_REACH, 0) : index + 1]
        before = [p for p in earlier if p.named and p.end <= position]
        titled = {self._identity(p) for p in before if title in p.titles} - {None}
        for person in reversed(before):
            fits = gender is None or self.gender_of(person) in (None, gender)
            if self._identity(person) in titled and fits and (accepts is None or accepts(person)):
                return person
        return None

    def titled_later(self, position: int, title: str, gender: str | None = None) -> Person | None:
        """The one person the text gives this title, when ``position`` is in the article's
        opening sentences and the text names nobody before it: whom a description that opens
        an article stands for ("The chief executive said …" before "Julia Brandt, the
        chief executive"). Nobody when two are so titled."""
        sentence = bisect_right(self.sentence_starts, position)
        if sentence > OPENING_SENTENCES:
            return None  # past the opening, a description looks back
        if any(p.named and p.start < position for p in self.people):
            return None  # someone named before: the description looks back to them
        if sentence >= len(self.sentence_starts):
            return None  # the last sentence: nobody comes after it
        # in a sentence of its own: not "le président à son homologue Joe Biden"
        after = self.sentence_starts[sentence]
        titled = [p for p in self.people if p.named and title in p.titles and p.start >= after]
        identities = {self._identity(p) for p in titled}
        if len(identities) != 1 or None in identities:
            return None
        first = titled[0]
        return first if gender is None or self.gender_of(first) in (None, gender) else None

    def _identity(self, person: Person) -> str | None:
        """Who a mention names: its own words when it has a first name, else the one full
        name the article gives that surname (None when it gives none, or two); a first name
        the article gives alone, in no longer name, is its own ("Her husband, Glen"; not the
        "Harris" of "Adm. Harry B. Harris Jr.")."""
        if len(person.text.split()) > 1:
            return person.text
        alone = person.text not in self._name_words and is_first_name(person.text)
        return self.full_name(person.text) or (person.text if alone else None)

    def sole_named_before(self, position: int) -> Person | None:
        """The one person the sentence before ``position``'s names and is about (its active
        subject, or a speaker: not "Karim B. a été interpellé"), when it and the text up to
        ``position`` speak of nobody else, by name or by role: whom a description that varies
        on the name right after stands for ("Macron a reçu le chancelier. Le chancelier
        allemand a dit …" is not Macron)."""
        own = self.window_start(position, 0)
        people: list[Person] = []
        for back in range(1, SOLE_NAMED_REACH + 1):
            # past sentences that speak of nobody ("Luc Perrin a géré les fonds … Il aurait
            # détourné …, selon l'enquête. « … », commence le prévenu"); a quotation's sentence
            # counts, for the person its incise names ("« … », a réagi Roberto De Zerbi.
            # L'entraîneur italien a salué …")
            floor = self._sentence_start(position, back)
            window = self.people[
                bisect_left(self.starts, floor) : bisect_right(self.starts, position)
            ]
            people = [
                p for p in window if p.end <= position and not self._quoted_apart(p, position)
            ]
            if people or floor == 0:
                break
        if not people or not all(p.named and p.text[:1].isupper() for p in people):
            return None
        last = people[-1]
        if not ((last.subject and not last.passive) or last.spoke) or last.start >= own:
            return None
        return last if all(same_person(p, last) for p in people) else None

    def titles_given(self, person: Person, before: int) -> frozenset[str]:
        """Every title the text gave the person ``person`` names (by the surname), at mentions
        before ``before``: "mayor" for "De Blasio" after "Mayor Bill de Blasio"."""
        return frozenset(
            title
            for p in self.people
            if p.start < before and p.named and same_person(p, person)
            for title in p.titles
        )

    def age_of(self, person: Person) -> int | None:
        """The age the text gave the person at any mention (by the surname)."""
        return next(
            (p.age for p in self.people if p.age is not None and same_person(p, person)), None
        )

    def role_words(self, person: Person, before: int) -> frozenset[str]:
        """The words of every role the text set beside this person (by the surname) before
        ``before``: "former" of "Bryce Hollander, a former private equity executive"."""
        return frozenset(
            word
            for p in self.people
            if p.start < before and p.named and p.role and same_person(p, person)
            for word in p.role.lower().split()
        )

    def role_given(self, name: str, before: int) -> str:
        """The role the text last set beside ``name`` at a mention starting before ``before``."""
        index = bisect_right(self.starts, before - 1)
        earlier = (p for p in reversed(self.people[:index]) if p.named and p.text == name)
        return next((p.role for p in earlier if p.role), "")

    def fullest(
        self, person: Person, gender: str | None = None, titles: frozenset[str] = frozenset()
    ) -> str:
        """The longest name the text gave this person before: "Marjorie Tallis" for "Tallis",
        and for "M. Vallet" (the French recogniser keeps the title, one of ``titles``); of the
        pronoun's ``gender``: "she" after "Bill Clinton … Hillary Clinton … Clinton" is
        Hillary Clinton."""
        words = untitled_words(person.text, titles)
        index = bisect_right(self.starts, person.start) - 1
        best, length = person.text, len(words)
        for other in self.people[: max(index, 0)]:
            other_words = other.text.split()
            if (
                other.named
                and len(other_words) > length
                and other_words[-len(words) :] == words
                and (gender is None or other.gender in (None, gender))
            ):
                best, length = other.text, len(other_words)
        if best == person.text and len(words) == 1 and is_first_name(person.text):
            # "Marcel, lui, est déjà remonté" after "Marcel Duverneuil": the first name alone,
            # as features call the person they portray
            return self.full_name(person.text, first=True) or best
        return best
