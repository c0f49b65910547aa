"""What every frame rule shares: the frame itself, the dependency labels the rules read, the
finder's state (the sentence's quotations, the lexicon) and small tests on tokens.

Offsets here are offsets into the parsed ``Doc``; ``attribution.py`` turns them into offsets
into the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import takewhile
from typing import TYPE_CHECKING

from claimcheck.nlp.lexicon import Lexicon
from claimcheck.nlp.morphology import feature
from claimcheck.nlp.parse import DATELINE_DASHES, DATELINE_TOKENS, dateline_end
from claimcheck.nlp.quotes import CLOSERS, PAIRS, Quote

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from spacy.tokens import Doc, Span, Token

PERSON_LABELS = frozenset({"PERSON", "PER"})  # the recognisers' labels for a person's name
POSSESSIVE_TAG = "POS"  # the English tagger's "'s" of "Friday's agreement"
# spaCy's codes in Token.ent_iob: a token inside an entity after its first, and its first
INSIDE_ENTITY, BEGINS_ENTITY = 1, 3
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "expl:subj", "csubj"})
# The subject of a passive verb: what was done to it or said of it, not who did or said it.
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "nsubj:pass"})
# A passive subject is what was said or done, never who said it ("he was confirmed").
SPEAKER_DEPS = frozenset({"nsubj", "expl:subj"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
# How an owner hangs on what it owns: "Gonzalez" of "Gonzalez's daughter", "its" of "its
# first annual profit", "leur" of "leur président".
POSSESSIVE_DEPS = frozenset({"poss", "nmod:poss"})
# The object a verb misread as a modifier of the name before it still governs: "called Cruz
# the “ultimate hypocrite”" (the parse makes "Cruz" a predicate), "called the plan a failure".
MISREAD_OBJECT_DEPS = OBJECT_DEPS | {"oprd"}
# What completes an object of saying: "called it a disgrace", "urged them to resign".
COMPLEMENT_DEPS = frozenset({"oprd", "xcomp", "ccomp", "xcomp:obj"})
AGENT_DEPS = frozenset({"agent", "obl:agent"})
# A relative clause ("aides, who said", "une source, qui a requis l'anonymat"), in English and UD.
RELATIVE_DEPS = frozenset({"relcl", "acl:relcl"})
# a word the parse sets beside a noun as a noun would be: "Caron, ethnobotaniste au Muséum"
NOMINAL_DEPS = frozenset({"appos", "nmod"})
# The words of a name besides its head: "Fillon" of "François Fillon" (UD), "Barack" of "Barack
# Obama" (English).
NAME_PART_DEPS = frozenset({"flat:name", "flat", "compound"})
# A verb with no subject of its own borrows the one of the verb it hangs on: "…, affirmant :",
# "and added", "saying that".
INHERITING_DEPS = frozenset({"conj", "advcl", "acl", "xcomp", "ccomp", "parataxis", "relcl"})


# How a frame ranks against another on the same words: a verb of saying or relaying beats a verb
# of belief or a weak verb ("shows", "finds"), which only fills in where no speech cue stands.
STRONG_CUE, WEAK_CUE = 2, 1
# A stretch with fewer words than this states nothing a reader could check: "he said so".
MIN_CLAUSE_WORDS = 3
# A speaker's name is a noun phrase: longer than this many tokens, the words are a clause.
MAX_NAME_TOKENS = 12
# An insertion between commas inside a frame is short: ", en réponse,", ", a spokesman,".
INSERTION_TOKENS = 6
# A count a cue vouches for on its own is short: "1,2 million de personnes", "480 000".
COUNT_WORDS = 6
# A role written before a name, between commas ("le chef du HUR, Kyrylo Budanov"), or an
# opening opinion frame before its comma ("Pour la ministre de la Santé, …"), is this short.
LEADING_PHRASE_TOKENS = 8
# A cue's auxiliaries and particles sit this close to the verb ("has not yet been said").
AUXILIARY_REACH = 3
# Time and channel words allowed after an inverted source: "…, précise l'OFAG jeudi dans un
# communiqué".
SETTING_TOKENS = 6
# How many heads a participle or coordinated verb climbs to borrow a subject: "…, affirmant
# que", "and added that" hang one to three heads below the verb whose subject speaks.
SUBJECT_CLIMB = 4
# The most words of an adverbial locution between an auxiliary and its participle ("a d'ores et
# déjà prévenu", "a par ailleurs assuré").
MAX_LOCUTION_WORDS = 4


@dataclass(frozen=True)
class Frame:
    """One attribution found in a sentence; all bounds are character offsets into the Doc."""

    cue: tuple[int, int]
    cue_lemma: str
    content: tuple[int, int]
    source: Span | None  # the source mention as parsed, for typing and resolution
    strength: int  # STRONG_CUE or WEAK_CUE: the weaker loses an overlap
    # Where the text names the source when that is not ``source`` itself: the relative pronoun
    # of "aides, who said", which stands for its antecedent as "he" does for a name.
    written: tuple[int, int] | None = None


# What may stand between a quotation's closing mark and the incise after it.
QUOTE_TRAIL = frozenset(" ,\u00a0")


@cache
def prepositional_patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], ...]:
    """The lexicon's prepositional cues as whole-word patterns, compiled once per lexicon
    rather than for every part of every article."""
    return tuple(lexicon.phrase_regex(p) for p in lexicon.prepositional)


@cache
def light_tail_openers(lexicon: Lexicon) -> frozenset[str]:
    """The first words of the lexicon's light-verb tails ("état" of "faire état"): only
    before one can a word be a light verb."""
    return frozenset(words[0] for tails in lexicon.light_verbs.values() for words in tails if words)


def ends_count(token: Token) -> bool:
    """What ends the phrase of a count and the cue that vouches for it: punctuation (not the
    "%" of "7 %") or a verb."""
    return (token.is_punct and token.text != "%") or token.pos_ in ("VERB", "AUX")


def opening_comma(doc: Doc, comma: int, reach: int, floor: int = 0) -> int | None:
    """For the closing comma of an insertion (", en réponse,", ", 38 ans,"), the index of its
    opening comma, at most ``reach`` tokens before and not before ``floor``."""
    for j in range(comma - 1, max(floor, comma - reach) - 1, -1):
        if doc[j].text == ",":
            return j
    return None


def complement_owner(noun: Token) -> Token | None:
    """The noun before ``noun`` whose complement it is: "lawyer" of "a lawyer for Gail
    Hutchins", "commission" of "la commission des finances"."""
    owner = noun.head.head if noun.dep_ == "pobj" else noun.head
    linked = noun.dep_ == "pobj" or any(c.dep_ == "case" for c in noun.children)
    if not linked or owner.i >= noun.i or owner.pos_ not in ("NOUN", "PROPN"):
        return None
    return owner


def tokens_span(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def subtree_bounds(token: Token) -> tuple[int, int]:
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)


class _Insides:
    """Whether a character lies inside one of some quotations, past its opening mark and
    before its closing one, asked at every word: the quotations sorted by where they open,
    with the furthest inside end reached so far, so one bisection answers (quotations may
    nest or overlap)."""

    def __init__(self, quotes: list[tuple[int, int]]) -> None:
        ordered = sorted(quotes)
        self._starts = [start for start, _ in ordered]
        self._reach: list[int] = []
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end - 1)
            self._reach.append(furthest)

    def holds(self, char: int) -> bool:
        opened = bisect_left(self._starts, char)  # the quotations opened before ``char``
        return opened > 0 and self._reach[opened - 1] > char


class FrameRules:
    """The state every rule reads: the lexicon, and the quotations of one Doc. One instance
    reads the tokens of that Doc only: what it learns of a token is kept by the token's index."""

    def __init__(self, lexicon: Lexicon, quotes: list[Quote], text: str) -> None:
        self.lexicon = lexicon
        self.quotes = [(q.start, q.end) for q in quotes if q.is_speech]
        self.every_quote = [(q.start, q.end, q.is_speech) for q in quotes]
        self.text = text  # the Doc's text, which spaCy rebuilds on every access
        self._prepositional = prepositional_patterns(lexicon)
        self._any_prepositional = lexicon.any_prepositional
        self.light_openers = light_tail_openers(lexicon)
        self._lemmas: dict[int, str] = {}  # CueRules.lemma, asked of each word many times
        self._speech_marks = _Insides(self.quotes)
        self._all_marks = _Insides([(start, end) for start, end, _ in self.every_quote])
        self._quotes_by_end: dict[int, list[int]] = {}  # where each quotation ends
        for index, (_, end, _) in enumerate(self.every_quote):
            self._quotes_by_end.setdefault(end, []).append(index)

    def relative_subject_of(self, verb: Token) -> Token | None:
        """The relative pronoun that is the verb's subject ("aides, who said"); not when the
        verb has a subject of its own ("the department, which he argued seeks …": the pronoun
        is the fronted subject of the clause the verb reports)."""
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        relatives = [c for c in subjects if c.lower_ in self.lexicon.relative_pronouns]
        return relatives[0] if relatives and len(relatives) == len(subjects) else None

    def opens_relative(self, token: Token) -> bool:
        """ "qui", "who": a relative pronoun that is nothing else ("that" also opens what was
        said, and points at things: "he said that was wrong")."""
        word, lexicon = token.lower_, self.lexicon
        return (
            word in lexicon.relative_pronouns
            and not lexicon.is_complementizer(word)
            and word not in lexicon.demonstratives
        )

    def is_quotation(self, bounds: tuple[int, int]) -> bool:
        """Whether ``bounds`` is one speech quotation, marks included."""
        return any(start <= bounds[0] and bounds[1] <= end for start, end in self.quotes)

    @cached_property
    def _after_quotes(self) -> frozenset[int]:
        """Every position that ``quotes_closed_before`` finds a quotation for."""
        positions = set()
        for end in self._quotes_by_end:
            position = end
            positions.add(position)
            while self.text[position : position + 1] in QUOTE_TRAIL:
                position += 1
                positions.add(position)
        return frozenset(positions)

    def closes_quote_before(self, position: int) -> bool:
        """Whether ``quotes_closed_before`` finds any quotation, asked at every word."""
        return position in self._after_quotes

    def quotes_closed_before(self, position: int) -> list[tuple[int, int, bool]]:
        """The quotations (of any kind, in text order) that close at ``position`` or with
        only blanks and commas between their end and it. Asked at every word, so the
        quotations are looked up by where they end."""
        floor = position
        while floor > 0 and self.text[floor - 1 : floor] in QUOTE_TRAIL:
            floor -= 1
        found = [i for end in range(floor, position + 1) for i in self._quotes_by_end.get(end, ())]
        return [self.every_quote[i] for i in sorted(found)]

    def is_article(self, token: Token) -> bool:
        """A determiner, or an indefinite article the tagger reads as a preposition ("des" of
        "à l'AFP des sources concordantes", "Les syndicats dénoncent des …")."""
        return token.pos_ == "DET" or token.lower_ in self.lexicon.indefinite_determiners

    def inside_quote(self, char: int) -> bool:
        """Inside a speech quotation's marks."""
        return self._speech_marks.holds(char)

    def inside_any_quote(self, char: int) -> bool:
        """Inside quotation marks of any kind: speech, or a title or slogan ("emailed
        supporters saying: “The struggle continues”"), whose words are nobody's frame."""
        return self._all_marks.holds(char)

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
        if "Inf" in feature(token, "VerbForm"):
            return True
        if token.pos_ == "NOUN" and feature(token, "Gender"):
            return False  # "un cours de culture", "un exercice de lecture": a noun has a gender
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


# A live page's entry time before its dash, however spaced: "17 h 05", "5:30 p.m.", "10 a.m."
CLOCK_STAMP = re.compile(
    r"\s*\d{1,2}\s*(?:[h:.]\s*\d{2}\s*(?:[ap]\.?\s?m\.?)?|[ap]\.?\s?m\.?)\s*", re.IGNORECASE
)


def after_dateline(sent: Span) -> int:
    """Where a sentence starts past its dateline, "WASHINGTON (Reuters) - " or "PARIS —", or
    past a live page's entry time. Sentences without one start at the start."""
    stamp = _after_clock_stamp(sent)
    if stamp is not None:
        return stamp
    return dateline_end(sent.doc, sent.start, sent.end)


def words_to_end(sent: Span, first: int) -> list[Token]:
    """The words of ``sent`` from token ``first`` to its end, without the blanks and the
    closing punctuation (a quotation mark stays): what a frame before them reports."""
    words = [t for t in sent.doc[max(first, sent.start) : sent.end] if not t.is_space]
    while words and words[-1].is_punct and not words[-1].is_quote:
        words.pop()
    return words


def describes(token: Token, words: Iterable[Token]) -> bool:
    """A past participle that modifies one of ``words`` ("une enquête … publiée mardi", "a
    survey released on Monday"): what is said of a source, not part of its name."""
    past = "Part" in feature(token, "VerbForm") and "Pres" not in feature(token, "Tense")
    return past and token.dep_ == "acl" and any(token.head.i == w.i for w in words)


def past_description(sent: Span, index: int, words: Iterable[Token], lexicon: Lexicon) -> int:
    """Where the words at ``index`` stop describing ``words``: past a participle on them and
    the day after it, wherever the parse hung the day ("publiée jeudi"); ``index`` itself when
    no such participle stands there."""
    token = sent.doc[index]
    if not describes(token, words):
        return index
    past = token.right_edge.i + 1
    while past < sent.end and is_day(sent.doc[past], lexicon):
        past += 1
    return past


def clause_around_frame(verb: Token) -> Token | None:
    """The verb of the clause a parenthetical frame stands inside of, before that verb: "will"
    of "Ms. Keller, aides said, will not run"."""
    host = verb.head
    return host if verb.dep_ == "parataxis" and host.i > verb.i else None


def _after_clock_stamp(sent: Span) -> int | None:
    """Past "17 h 05 — " or "5:30 p.m. — ", a live page's entry time and its dash."""
    dash = next((t for t in sent[:DATELINE_TOKENS] if t.text in DATELINE_DASHES), None)
    if dash is None or dash.i == sent.start:
        return None
    # the words before the dash, not Doc.text, which spaCy rebuilds whole at each access
    stamp = "".join(t.text_with_ws for t in sent.doc[sent.start : dash.i])
    return dash.i + 1 if CLOCK_STAMP.fullmatch(stamp) else None


def is_passive(verb: Token) -> bool:
    """A passive auxiliary on the verb, on its side of any quotation mark: in "“Is he
    running?” asked Mr. Manafort" the parse hangs the quoted "Is" on "asked"."""
    return any(
        c.dep_ in ("auxpass", "aux:pass") and not _quote_between(c, verb) for c in verb.children
    )


def _quote_between(a: Token, b: Token) -> bool:
    low, high = sorted((a.i, b.i))
    return any(t.is_quote for t in a.doc[low + 1 : high])


def _surname(token: Token) -> bool:
    """A month's word that is a person's name, or that a capitalised name right before it
    compounds with: "Theresa May" (the recogniser misses her at a sentence's start)."""
    if token.ent_type_ in PERSON_LABELS:
        return True
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.head == token and before.dep_ == "compound" and before.pos_ == "PROPN"


def is_day(token: Token, lexicon: Lexicon) -> bool:
    """A word that names a day or a month ("jeudi", "yesterday", "novembre", the 28 of "28
    novembre", the "début" of "début mars"), not any date phrase: "going back to 1972" belongs
    to the phrase it ends."""
    word = token.lower_
    if word in lexicon.months and _surname(token):
        return False  # "Theresa May", "Brian May"
    if word in lexicon.weekdays or word in lexicon.relative_days or word in lexicon.months:
        return True
    if word in lexicon.day_parts and token.i > 0:  # the "soir" of "dimanche soir"
        before = token.doc[token.i - 1].lower_
        return before in lexicon.weekdays or before in lexicon.relative_days
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is None:
        return False
    if word in lexicon.period_words:  # "début mars", "early 2023"
        return following.lower_ in lexicon.months or following.like_num
    return token.like_num and following.lower_ in lexicon.months


def acts_as_verb(token: Token) -> bool:
    """A verb, unless a determiner stands before it, with at most adjectives between: "le
    naturopathe", "un haut fonctionnaire", which the small French model tags as verbs, are
    nouns. An "adjective" the parse made a subject is the noun before the verb: "Une habitante
    décrit …"; so is one before a word that governs a clause, as no noun tagged a verb does."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    adjectives = _adjectives_before(token)
    if any(t.dep_ in SUBJECT_DEPS for t in adjectives):
        return True
    if adjectives and any(c.dep_ == "ccomp" for c in token.children):
        return True  # "Le syndicaliste assure que …", "syndicaliste" read as an adjective
    return not _after_article(token, adjectives)


def tagged_verb_after_article(token: Token) -> bool:
    """A word tagged a verb with a determiner before it, and at most adjectives between: a noun
    wherever a noun phrase is all there can be, as after an inverted cue ("…, a indiqué la VIIe
    flotte dans un communiqué", whose "VIIe" the parse made the subject of "flotte")."""
    return token.pos_ in ("VERB", "AUX") and _after_article(token, _adjectives_before(token))


def opens_indefinite(noun: Token, lexicon: Lexicon) -> bool:
    """ "a spokeswoman", "une infirmière": the noun's first determiner is an indefinite
    article, so it introduces someone or something unnamed."""
    articles = [c.lower_ for c in noun.children if c.dep_ == "det"]
    return bool(articles) and articles[0] in lexicon.indefinite_determiners


def subjectless_person_form(token: Token) -> bool:
    """A finite verb of the first or second person with no subject, not an imperative: a word
    misread, as the small French model reads "lyonnais" of "l'entraîneur lyonnais" as "(je)
    lyonnais". No such verb goes without its pronoun."""
    speaker = bool({"1", "2"} & set(feature(token, "Person")))
    finite = "Fin" in feature(token, "VerbForm") and "Imp" not in feature(token, "Mood")
    subject = any(c.dep_ in SUBJECT_DEPS for c in token.children)
    return token.pos_ in ("VERB", "AUX") and finite and speaker and not subject


AGE_CLOSERS = frozenset({",", ".", ";", "!", "?", ")"})  # not a hyphen: "30-year-old"


def age_length(words: list[Token], age_words: frozenset[str]) -> int:
    """How many of ``words`` are an age that a comma, a full stop or the end closes ("58",
    "42 ans", "58 years old"); 0 when they do not open with one ("30-year-old daughter")."""
    phrase = list(takewhile(lambda t: not t.is_punct, words))
    closed = len(phrase) == len(words) or words[len(phrase)].text in AGE_CLOSERS
    aged = phrase and _is_age(phrase[0]) and all(t.lower_ in age_words for t in phrase[1:])
    return len(phrase) if aged and closed else 0


def _is_age(token: Token) -> bool:
    """A bare number a person's age could be."""
    return token.text.isdecimal() and 0 < int(token.text) < 120  # not "²", a digit to isdigit


def noun_after_article(token: Token) -> bool:
    """A noun, whatever its tag: a word after a determiner (and at most adjectives) that the
    tagger called a verb, or an adjective with no noun after it for it to modify ("…, estiment
    les libraires interrogés", whose "libraires" the small French model reads as an
    adjective). An acronym is a name whatever its tag: "…, a indiqué EDF", whose "EDF" the
    small French model reads as an adjective."""
    if token.pos_ in ("NOUN", "PROPN") or tagged_verb_after_article(token):
        return True
    if len(token.text) > 1 and token.text.isalpha() and token.text.isupper():
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    modifies = following is not None and following.pos_ in ("NOUN", "PROPN", "ADJ")
    return token.pos_ == "ADJ" and not modifies and _after_article(token, [])


def name_read_as_adverb(token: Token) -> bool:
    """ "…,” said Skelly, explaining …": a capitalised word inside the sentence that the
    tagger read as an adverb for its "-ly" is a surname, not the manner of saying."""
    return token.pos_ == "ADV" and token.is_title and token.is_alpha and not token.is_sent_start


def _adjectives_before(token: Token) -> list[Token]:
    doc, before = token.doc, token.i
    while before > 0 and doc[before - 1].pos_ == "ADJ":
        before -= 1
    return list(doc[before : token.i])


def _after_article(token: Token, adjectives: list[Token]) -> bool:
    before = token.i - len(adjectives) - 1
    return before >= 0 and token.doc[before].pos_ == "DET"


def bracket_around(sent: Span, position: int) -> tuple[int, int] | None:
    """The token indices of the round brackets that enclose ``position``, if any."""
    doc = sent.doc
    opening = next((t.i for t in reversed(doc[sent.start : position]) if t.text in "()"), None)
    if opening is None or doc[opening].text != "(":
        return None
    closing = next((t.i for t in doc[position : sent.end] if t.text in "()"), None)
    if closing is None or doc[closing].text != ")":
        return None
    return opening, closing


def is_gerund(verb: Token) -> bool:
    """A present participle that describes a thing or a manner: "une photo montrant Trump",
    "en défendant la laïcité". With words of its own ("affirmant : « … »") it still reports
    them; after a comma ("…, calling him a stiff") it is the speaker's own act of saying."""
    if not is_participle(verb, "Pres"):
        return False
    marked = any(c.dep_ in ("mark", "case") and c.i < verb.i for c in verb.children)
    return verb.dep_ == "acl" or marked


def is_participle(verb: Token, tense: str) -> bool:
    """A participle of ``tense``: "Pres" ("citing", "citant"), "Past" ("asked", "interrogée")."""
    return "Part" in feature(verb, "VerbForm") and tense in feature(verb, "Tense")


def describes_role(word: Token) -> bool:
    """ "spécialisée" of "l'avocate spécialisée Alexandra Iteanu": a past participle right
    between a noun and a person's name qualifies the noun, as an adjective does; the name is
    the person's, not whom the participle's act is about ("Voters backing Donald Trump")."""
    doc = word.doc
    if not is_participle(word, "Past") or word.i == 0 or word.i + 1 >= len(doc):
        return False
    return doc[word.i - 1].pos_ == "NOUN" and doc[word.i + 1].ent_type_ in PERSON_LABELS


def is_auxiliary(token: Token) -> bool:
    """An auxiliary by its dependency ("aux", "aux:tense", "aux:pass", "auxpass")."""
    return token.dep_.startswith("aux")


def has_auxiliary(verb: Token) -> bool:
    """Whether the verb has an auxiliary of its own ("has said", "a été interrogée")."""
    return any(is_auxiliary(c) for c in verb.children)


def is_present_participle(verb: Token) -> bool:
    """ "citing", "citant" with no auxiliary: a participle's own subject is the clause's, so a
    noun after it is its object, never an inverted speaker ("…, citing the investigation")."""
    return is_participle(verb, "Pres") and not has_auxiliary(verb)


TIMES = frozenset({"DATE", "TIME"})  # entity labels of a setting, never of a name
# The most words a bracketed tag after a name holds: "(D-N.Y.)", "(R-Wis.)", "(CRE)".
BRACKETED_TAG_WORDS = 5


def reads_as_name(words: Span) -> bool:
    """Two or more capitalised nouns with a proper noun among them: a name the recogniser may
    have missed or mislabelled ("Pouria Amirshahi"); not a setting ("Since October"). A word
    of an entity is a noun whatever its tag ("Léon" of "Marylise Léon", tagged SCONJ)."""
    nouns = all(
        t.text[:1].isupper() and (t.pos_ in ("PROPN", "NOUN") or t.ent_type_) for t in words
    )
    timeless = not any(t.ent_type_ in TIMES for t in words)
    return len(words) > 1 and nouns and timeless and any(t.pos_ == "PROPN" for t in words)


# The domain of a title before its holder's name: "à l'économie", "for Europe", "for health".
PORTFOLIO_WORDS = 4
PORTFOLIO_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "ADP"})


def is_portfolio(words: Span, lexicon: Lexicon) -> bool:
    """Words between a preposition and a person's name that are a title's domain ("le
    commissaire à l'économie Pierre Moscovici"): a short noun phrase with no person in it,
    unlike a listener ("à son homologue Joe Biden") or a clause ("sur l'influence qu'a pu
    obtenir Jean-Paul Delevoye")."""
    return 0 < len(words) <= PORTFOLIO_WORDS and all(
        t.pos_ in PORTFOLIO_POS and not is_role_word(t, lexicon) and not feature(t, "Poss")
        for t in words
    )


def in_title_case(span: Span) -> bool:
    """A headline, where every word is capitalised and capitals say nothing about names."""
    words = [t for t in span.sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) > 0.6 * len(words)


def opens_on_subjectless_verb(entity: Span) -> bool:
    """A name that opens its sentence, hung on a verb after it that has no subject of its
    own: "Jean-Luc Morin, lui, n'a plus rien à perdre", "Théo, 29 ans, infirmier, a fait ses
    comptes", whose name the parser did not make the subject, is what the sentence is about."""
    words = [t for t in entity.sent if not t.is_space]
    verb = entity.root.head
    if not words or words[0].i != entity.start or verb.i < entity.end:
        return False
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children if c.i >= entity.end)
    return verb.pos_ in ("VERB", "AUX") and not own_subject


def name_holding(within: Doc | Span, index: int) -> Span | None:
    """The named entity of ``within`` that token ``index`` is inside of, after the entity's
    first word: "Inter" of "France Inter", "Maire" of "Bruno Le Maire". Read off the tokens'
    entity tags: ``Doc.ents`` builds a Span for every entity of the Doc at each call, which
    cost a tenth of an English analysis."""
    from spacy.tokens import Doc

    if isinstance(within, Doc):
        doc, first, last = within, 0, len(within)
    else:
        doc, first, last = within.doc, within.start, within.end
    if not 0 < index < len(doc) or doc[index].ent_iob != INSIDE_ENTITY:
        return None
    start = index
    while doc[start].ent_iob == INSIDE_ENTITY:
        start -= 1
    entity = entity_from(doc, start)
    return entity if first <= entity.start and entity.end <= last else None


def person_name_at(doc: Doc, index: int) -> Span | None:
    """The person's name that begins at token ``index``, as the recogniser marks it."""
    if not 0 <= index < len(doc) or doc[index].ent_iob != BEGINS_ENTITY:
        return None
    return entity_from(doc, index) if doc[index].ent_type_ in PERSON_LABELS else None


def entities_within(span: Span) -> list[Span]:
    """``span.ents`` (the entities that lie wholly inside it), read off the tokens' entity
    tags rather than ``Doc.ents``, which builds a Span for every entity of the Doc."""
    doc, found = span.doc, []
    index = span.start
    while index < span.end:
        if doc[index].ent_iob != BEGINS_ENTITY:
            index += 1
            continue
        entity = entity_from(doc, index)
        if entity.end > span.end:
            break
        found.append(entity)
        index = entity.end
    return found


def entity_from(doc: Doc, start: int) -> Span:
    """The entity whose first token is ``start``, as ``Doc.ents`` would give it."""
    from spacy.tokens import Span

    end = start + 1
    while end < len(doc) and doc[end].ent_iob == INSIDE_ENTITY:
        end += 1
    return Span(doc, start, end, label=doc[start].ent_type_)


def is_person_name(words: list[Token]) -> bool:
    """The words are one person's name, as the recogniser marks it."""
    name = person_name_at(words[0].doc, words[0].i) if words else None
    return name is not None and name.end == words[-1].i + 1


def with_both_marks(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """``doc[start:end]`` widened by one token at either edge where that token is a quotation
    mark whose partner is inside: a title in a speaker's phrase keeps both its marks ('“The
    Daily Show” host', 'the host of “Today”'), however the parser hung them."""
    if start > 0 and any(t.text in PAIRS.get(doc[start - 1].text, "") for t in doc[start:end]):
        start -= 1
    closer = doc[end].text if end < len(doc) else ""
    if closer in CLOSERS and any(closer in PAIRS.get(t.text, "") for t in doc[start:end]):
        end += 1
    return start, end


def is_sole_subject(head: Token) -> bool:
    """The phrase this word heads is the only subject of a verb after it: "the president" of
    "According to the Post, the president, a Democrat, plans …" is the clause's subject, which
    its content needs, not a role set off after the source's name."""
    verb = head.head
    if head.dep_ not in SUBJECT_DEPS or verb.i < head.i:
        return False
    return all(c == head or c.dep_ not in SUBJECT_DEPS for c in verb.children)


def is_relative_pronoun(token: Token) -> bool:
    """ "dont", "qui" (UD's PronType=Rel), "who", "which" (Penn's WH pronouns)."""
    return "Rel" in feature(token, "PronType") or token.tag_ in ("WP", "WDT", "WP$")


def phrase_head(words: list[Token]) -> Token:
    """The word of a phrase whose head lies outside it, or that heads its sentence."""
    return next(iter(phrase_roots(words)), words[0])


def phrase_roots(words: Iterable[Token]) -> list[Token]:
    """The words of a phrase whose head lies outside it, or that head their sentence: one for
    a phrase the parse got right, several where it hung the phrase's words elsewhere."""
    listed = list(words)
    inside = {t.i for t in listed}
    return [t for t in listed if t.head.i not in inside or t.head.i == t.i]


def is_role_word(token: Token, lexicon: Lexicon) -> bool:
    """A person's role, as written or as lemmatised: the small French model reads "étudiante"
    as a form of "étudier", and lemmatises some roles to words the lexicon does not list."""
    roles = lexicon.person_roles
    return token.lower_ in roles or token.lemma_.lower() in roles


def another_speaker_between(
    doc: Doc, start: int, end: int, lexicon: Lexicon, own: Sequence[tuple[int, int]] = ()
) -> bool:
    """Someone else who can speak (a name, a person's role) is the subject of a clause in
    doc.text[start:end], outside the speaker's own frame (``own``): in "“…,” Ebeling said, and
    her husband added: “…”" the words after are the husband's. A pronoun may be the speaker
    again ("She paused."), a thing speaks for nobody ("as the crowd cheered"), nor does the
    subject of a relative clause ("of people whose rights were restored") or of a clause that
    sets the time of the frame ("…, Jeff Weaver added, speaking to CNN after the senator
    spoke. “…”")."""
    gap = doc.char_span(start, end, alignment_mode="contract")
    if gap is None:
        return False
    return any(
        t.dep_ in SUBJECT_DEPS
        and (t.pos_ == "PROPN" or t.ent_type_ in PERSON_LABELS or is_role_word(t, lexicon))
        and t.head.dep_ not in RELATIVE_DEPS
        and not _subordinate_subject(t)
        and not any(s <= t.idx < e for s, e in own)
        for t in gap
    )


def _subordinate_subject(subject: Token) -> bool:
    """The subject of an adverbial clause a conjunction opens ("after the senator spoke")."""
    clause = subject.head
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.i < subject.i for c in clause.children
    )


def is_unreal(verb: Token) -> bool:
    """ "Vous rappellerez que …", "Demandez conseil": a future or an imperative tells what
    someone will or should say, not what anyone said."""
    return "Imp" in feature(verb, "Mood") or "Fut" in feature(verb, "Tense")


def is_infinitive(verb: Token) -> bool:
    """ "to confirm", "de commenter": a cue in the infinitive reports no act of saying."""
    if "Inf" not in feature(verb, "VerbForm"):
        return False
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        return True  # "il faudrait s'interroger", "veut dire": what one should or would say
    return any(c.tag_ == "TO" or (c.dep_ == "mark" and c.i < verb.i) for c in verb.children)


def is_bare_participle(verb: Token) -> bool:
    """ "une coupure tranchée", "la tendance observée": a past participle with no auxiliary
    describes a thing; it reports nobody's words."""
    if not is_participle(verb, "Past") or has_auxiliary(verb):
        return False
    if verb.dep_ == "conj" and verb.head.i < verb.i and has_auxiliary(verb.head):
        return False  # "a dénoncé la réforme et annoncé une plainte": the auxiliary is shared
    if verb.dep_ == "conj" and _auxiliary_before_quotation(verb):
        return False  # "a dénoncé « des marchands … qui jouent … » et promis que …"
    if main_verb_read_as_modifier(verb):
        return False
    modifier = verb.dep_ in ("amod", "acl", "nmod", "obl", "obj", "conj")
    return modifier or _agrees_with_noun_before(verb)


def _agrees_with_noun_before(verb: Token) -> bool:
    """ "Certaines espèces dites « anéciques »": a participle right after a noun, in a form no
    finite verb of the third person has (feminine or plural), which the parse left hanging."""
    agreeing = "Fem" in feature(verb, "Gender") or "Plur" in feature(verb, "Number")
    return verb.dep_ == "dep" and verb.i > 0 and verb.doc[verb.i - 1].pos_ == "NOUN" and agreeing


def _auxiliary_before_quotation(verb: Token) -> bool:
    """A conjunction, then ``verb``, right after a quotation that a participle with its
    auxiliary opens on: the parser hung ``verb`` inside the quoted words, but it shares the
    participle's auxiliary."""
    doc, i = verb.doc, verb.i - 2
    if i < 1 or doc[verb.i - 1].pos_ != "CCONJ" or not doc[i].is_quote:
        return False
    opening = next((k for k in range(i - 1, -1, -1) if doc[k].is_quote), None)
    if opening is None or opening == 0:
        return False
    before = doc[opening - 1]
    return is_participle(before, "Past") and has_auxiliary(before)


def main_verb_read_as_modifier(verb: Token) -> bool:
    """ "A Quinnipiac poll found last week that …": the parse hung the sentence's only verb
    on its subject, as a participle, and made the noun the root; the clause it governs says
    it reports. "Trump called Cruz the “ultimate hypocrite”": a name right before it, the
    verb with an object, is its subject ("a website called …" names a thing, and a name is
    not so described without a comma)."""
    head = verb.head
    if verb.dep_ != "acl" or head.i > verb.i:
        return False
    clause = any(c.dep_ == "ccomp" for c in verb.children)
    if head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and clause:
        return True
    past = "Past" in feature(verb, "Tense")  # not "Democrats supporting Mrs. Clinton"
    owner = _relative_owner(head) if verb.doc[verb.i - 1].text == "," else None
    if owner is None and only_time_between(head, verb):
        owner = head
    if owner is not None and _ungoverned(owner) and past and _direct_object_after(verb):
        # "Une infirmière décrit des patients « … »": "décrit" is the present and the
        # participle; a participle with no auxiliary takes no direct object, and no verb
        # above the noun is the sentence's. So after a relative clause on the noun: "Une
        # infirmière, qui a requis l'anonymat, décrit …", hung on "anonymat"
        return True
    # a bare name: "a super PAC called …", "one PAC called …" describe a thing; a time
    # phrase may stand between ("Ryan on Tuesday called …")
    named = head.pos_ == "PROPN" and only_time_between(head, verb)
    bare = not any(c.dep_ in ("det", "nummod") for c in head.children)
    subject = head.dep_ == "ROOT" or head.dep_ in SUBJECT_DEPS
    objects = any(c.dep_ in MISREAD_OBJECT_DEPS for c in verb.children)
    return named and bare and subject and past and objects


def _ungoverned(noun: Token) -> bool:
    """A noun (tagged an adjective too, with its article: "Une habitante") that is the
    sentence's root, or the subject of no verb: the parse found no verb for it ("directrice"
    of "La directrice décrit une situation « intenable »" hung on the guillemet)."""
    determined = noun.pos_ == "ADJ" and any(c.dep_ == "det" for c in noun.children)
    if noun.pos_ != "NOUN" and not determined:
        return False
    if noun.dep_ == "ROOT":
        return True
    return noun.dep_ in SUBJECT_DEPS and noun.head.pos_ not in ("VERB", "AUX")


def _relative_owner(token: Token) -> Token | None:
    """The noun a relative clause that holds ``token`` is on."""
    clause = next((t for t in [token, *token.ancestors] if t.dep_ in RELATIVE_DEPS), None)
    return clause.head if clause is not None else None


def _direct_object_after(verb: Token) -> bool:
    """A direct object, or the phrase right after the verb that the parse made its complement
    ("décrit des patients", with "des" read as a preposition)."""
    following = verb.i + 1
    return any(
        c.dep_ in OBJECT_DEPS or (c.dep_ in ("obl:arg", "obl") and c.left_edge.i == following)
        for c in verb.children
    )


def only_time_between(first: Token, last: Token) -> bool:
    """``first`` comes before ``last`` with nothing between but a time phrase ("on Tuesday",
    "last week") or nothing at all."""
    between = first.doc[first.i + 1 : last.i]
    return first.i < last.i and all(t.ent_type_ in TIMES or _opens_time(t, last) for t in between)


def _opens_time(token: Token, last: Token) -> bool:
    """A preposition before a time, short of ``last``: the "on" of "on Tuesday"."""
    return token.pos_ == "ADP" and token.i + 1 < last.i and token.nbor().ent_type_ in TIMES


# Words that only join or mark a clause: a content made of them alone says nothing.
GLUE_POS = frozenset({"SCONJ", "PART", "AUX", "ADP", "CCONJ", "DET", "PUNCT", "SPACE"})


def says_something(sent: Span, content: tuple[int, int]) -> bool:
    """Whether a content holds a word beyond glue: not a lone "that" or "to"; nor a lone word
    that ends a name ("Inter" of "Interrogé par France Inter", which the parser took for an
    infinitive complement)."""
    words = sent.doc.char_span(*content, alignment_mode="expand")
    if words is None:
        return False
    if len(words) == 1 and name_holding(sent, words.start) is not None:
        return False
    return any(t.pos_ not in GLUE_POS for t in words)


def closes_frame(token: Token) -> bool:
    """What may follow a parenthetical or inverted frame: a comma, the sentence end."""
    return token.is_punct or token.is_space


def ends_sentence(quote: str, exclaimed: bool = False) -> bool:
    """“… heart.” He said …: a quotation closed on a full stop ends its own sentence; so does
    one closed on a question or exclamation mark, where ``exclaimed`` (languages whose incises
    put the verb first: « … ! » Sylvie Roux affirme …)."""
    inner = quote.rstrip("\"”»'’\x00 \u00a0\u202f")
    return inner.endswith((".", "!", "?", "…") if exclaimed else ".")


def only_glue(gap: str) -> bool:
    """Between a quotation and the cue frame after it: spaces and a little punctuation, within
    the paragraph."""
    stripped = gap.strip()
    return "\n" not in gap and len(stripped) <= 3 and not any(c.isalnum() for c in stripped)


def leads_in(gap: str) -> bool:
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
        and len(stripped.split()) <= MAX_NAME_TOKENS
        and not any(c in stripped for c in ".!?")
    )


def bracketed_tag(words: Sequence[Token], k: int) -> int:
    """How many words the brackets at ``k`` take when they hold an acronym or a party and state
    with no word in small letters, which belong to the name before them: "la Commission de
    régulation de l'énergie (CRE)", "Rep. Elijah Cummings (D-Md.)"; 0 for other brackets."""
    if k >= len(words) or words[k].text != "(":
        return 0
    for end in range(k + 2, min(k + BRACKETED_TAG_WORDS + 2, len(words))):
        if words[end].text == ")":
            inner = words[k + 1 : end]
            capitals = inner[0].is_upper or (inner[0].is_title and len(inner) > 1)
            return end - k + 1 if capitals and not any(w.is_lower for w in inner) else 0
    return 0


def set_phrase_at(
    text: str, doc: Doc, index: int, end: int, phrases: tuple[str, ...]
) -> Span | None:
    """The set phrase of ``phrases`` that begins at token ``index`` and is followed by a space
    before ``end`` (a character offset): "quant à elle", "au contraire", which an incise puts
    before its subject and a verb before its object."""
    start = doc[index].idx
    rest = text[start:end].lower()
    phrase = next((p for p in phrases if rest.startswith(p + " ")), None)
    if phrase is None:
        return None
    return doc.char_span(start, start + len(phrase), alignment_mode="expand")


def past_closing_name(sent: Span, end: int) -> int:
    """Past the name set off after an inverted speaker at the sentence's end, or before the
    colon that announces the quotation: "…, a annoncé le préfet, Thierry Mounier." is the
    préfet's, whose name it is, and so is "ce qu'a déclaré le président, Pierre Chasseray :",
    and "…, a précisé le procureur, Nicolas Bessone, qui n'exclut pas …" before its relative
    clause."""
    doc = sent.doc
    if end >= sent.end or doc[end].text != ",":
        return end
    last = next(
        (
            t.i
            for t in doc[end + 1 : sent.end]
            if t.text == ":"
            or (t.text == "," and t.i + 1 < sent.end and is_relative_pronoun(doc[t.i + 1]))
        ),
        sent.end,
    )
    while last > end + 1 and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    name = doc[end + 1 : last]
    if len(name) == 0 or len(name) > MAX_NAME_TOKENS:
        return _past_name_before_apposition(sent, end)
    if is_person_name(list(name)) or reads_as_name(name):
        return last
    return _past_name_before_apposition(sent, end)


def _past_name_before_apposition(sent: Span, end: int) -> int:
    """Past a person's name set off at ``end`` and followed by what the person is: "…,
    martèle sa porte-parole, Sylvie Marchand, éleveuse de chèvres à Lusignan."; else
    ``end``."""
    doc = sent.doc
    comma = next((t.i for t in doc[end + 1 : sent.end] if t.text == ","), None)
    if comma is None or comma - end - 1 > MAX_NAME_TOKENS:
        return end
    name = doc[end + 1 : comma]
    named = len(name) > 1 and all(t.ent_type_ in PERSON_LABELS for t in name)
    return comma if named else end
