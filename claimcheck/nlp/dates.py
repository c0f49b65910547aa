"""When a statement was made, when the text says so ("in a May 2023 interview", "dimanche").

Only the words around the cue count: a date inside the content is about the events reported,
not about when they were reported. Relative dates (a weekday, "yesterday") are resolved against
the article's published date, and left out when it is unknown rather than guessed.

An article with no published date can still date itself: "dimanche 1er décembre", in a text
that mentions 2023, can only be Sunday 1 December 2024 or later (``dated_mention``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from claimcheck.models import PartialDate
from claimcheck.nlp.lexicon import Lexicon
from claimcheck.nlp.morphology import feature
from claimcheck.nlp.parse import Part

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_MARKER_WINDOW = 20  # characters before a date phrase where "du", "depuis les" is looked for
_YEAR = re.compile(r"(?:19|20)\d\d")
# Where the parser puts the speaker after the verb ("déclarait le maire", "told the Times").
_SPEAKER_SLOTS = frozenset({"nsubj", "obj", "dobj"})


@dataclass(frozen=True)
class _Patterns:
    day_month_year: re.Pattern[str]
    month_day_year: re.Pattern[str]
    month_year: re.Pattern[str]
    day_month: re.Pattern[str]
    month_day: re.Pattern[str]
    weekday: re.Pattern[str]
    relative: re.Pattern[str]
    event_year: re.Pattern[str]
    opening_year: re.Pattern[str]  # "En 2023, X avait déclaré": the year the clause opens with
    weekday_day_month: re.Pattern[str]
    weekday_month_day: re.Pattern[str]
    any_year: re.Pattern[str]
    event_marker: re.Pattern[str] | None  # "du ", "of " just before a date phrase


@dataclass(frozen=True)
class DatedMention:
    """A day the article names in full but for its year, which the weekday then fixes."""

    day: date
    phrase: str  # as written: "dimanche 1er décembre"


def statement_date(
    part: Part,
    sentence: Span,
    content: tuple[int, int],
    lexicon: Lexicon,
    published: PartialDate | None,
    cue: tuple[int, int] | None = None,
) -> PartialDate | None:
    """The date (partial allowed) of the statement, from the words of its own clause
    outside its content: the clause of the cue ("X a déclaré lundi que …"), not another
    clause of the sentence ("…, et mardi Y a dit que …"). Offsets are the article's."""
    (start_char, end_char), others, verb = _cue_clause(part, sentence, cue)
    words = list(part.text[start_char:end_char].lower())
    local_content = (content[0] - part.offset, content[1] - part.offset)
    masked = (local_content, *others)
    for masked_start, masked_end in masked:
        for i in range(max(masked_start, start_char), min(masked_end, end_char)):
            words[i - start_char] = " "
    found = _find("".join(words), lexicon, published.exact if published is not None else None)
    speaking = verb
    while found is None and speaking is not None:
        found = _year_on_verb(speaking, lexicon, masked)
        # "Blennow described the marker in a 2020 paper, telling The Guardian …": a
        # participle speaks when the clause it hangs on says
        speaking = speaking.head if _borrows_clause(speaking) else None
    return found


def _year_on_verb(
    verb: Token, lexicon: Lexicon, masked: tuple[tuple[int, int], ...]
) -> PartialDate | None:
    """A year alone in a phrase of the verb of saying itself: "the mayor told the Times in
    2023", "In 2023 the mayor said", "déclarait le maire en 2023" (where the parser hangs it on
    the speaker after the verb). Not a phrase of another word ("X, elected in 2019, said"),
    nor one inside the content."""
    for token in verb.subtree:
        if not _YEAR.fullmatch(token.text) or any(a <= token.idx < b for a, b in masked):
            continue
        if _speech_on_verb(token.head, verb, lexicon):
            return PartialDate(int(token.text))  # "In a 2023 interview, she said"
        cased = [c for c in token.children if c.dep_ == "case"]
        preposition = token.head if token.head.pos_ == "ADP" else next(iter(cased), None)
        if preposition is None or preposition.lower_ not in lexicon.year_prepositions:
            continue
        attached = preposition.head if preposition.head != token else token.head
        inverted = attached.head == verb and attached.i > verb.i and attached.dep_ in _SPEAKER_SLOTS
        if attached == verb or inverted or _dates_speech(attached, verb, lexicon):
            return PartialDate(int(token.text))
        if _in_clause_of_time(token, verb, lexicon, masked):
            return PartialDate(int(token.text))  # "When she ran in 2019, she told …"
    return None


def _in_clause_of_time(
    word: Token, verb: Token, lexicon: Lexicon, masked: tuple[tuple[int, int], ...]
) -> bool:
    """The word lies in a clause that hangs on the verb of saying and opens on a conjunction
    of time, and nothing else says when the words were said: they were said then ("When she
    first ran for the board in 2019, she told the Chronicle …", "Lorsqu'elle s'est présentée
    aux municipales en 2019, elle a assuré …"); not "When the plant closed in 2019, the mayor
    said on Tuesday …"."""
    clause = next(
        (a for a in word.ancestors if a.head == verb and a.dep_.startswith("advcl")), None
    )
    if clause is None:
        return False
    openers = (c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod"))
    if not any(opener in lexicon.time_conjunctions for opener in openers):
        return False
    inside = {t.i for t in clause.subtree}
    return not any(
        t.ent_type_ in ("DATE", "TIME")
        and t.i not in inside
        and not any(a <= t.idx < b for a, b in masked)
        for t in verb.subtree
    )


def _dates_speech(attached: Token, verb: Token, lexicon: Lexicon) -> bool:
    """The year's phrase hangs on the interview, speech or statement the verb's words were
    given in ("Dans une interview accordée au Figaro en 2023, X expliquait", "In an
    interview in 2023, she said"), directly or through the participle that qualifies it."""
    return _speech_on_verb(attached.head if attached.dep_ == "acl" else attached, verb, lexicon)


def _speech_on_verb(noun: Token, verb: Token, lexicon: Lexicon) -> bool:
    """The noun is an interview, speech or statement whose phrase hangs on the verb, through
    its preposition or not."""
    on_verb = noun.head == verb or (noun.head.pos_ == "ADP" and noun.head.head == verb)
    return on_verb and noun.lemma_.lower() in lexicon.speech_nouns


def _cue_clause(
    part: Part, sentence: Span, cue: tuple[int, int] | None
) -> tuple[tuple[int, int], list[tuple[int, int]], Token | None]:
    """The character bounds, in the part, of the clause the cue heads (its verb's subtree,
    within the sentence), and those of the clauses coordinated under it that have a subject of
    their own: "X said A, and in March Y said B" keeps March for Y. A claim with no cue (a
    continued quotation) has the whole sentence. Also the cue's own verb, when there is one."""
    whole = (sentence.start_char, sentence.end_char)
    if cue is None:
        return whole, [], None
    span = part.doc.char_span(cue[0] - part.offset, cue[1] - part.offset, alignment_mode="expand")
    if span is None or len(span) == 0:
        return whole, [], None
    verb = own = span.root if span.root.pos_ in ("VERB", "AUX") else span.root.head
    while _borrows_clause(verb):
        verb = verb.head  # "…, affirmant : « … »": said when the clause above says
    left, right = verb.left_edge, verb.right_edge
    start = max(left.idx, sentence.start_char)
    end = min(right.idx + len(right.text), sentence.end_char)
    others = [
        (child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text))
        for child in verb.children
        if child.dep_ == "conj" and any(c.dep_.startswith("nsubj") for c in child.children)
    ]
    return ((start, end) if start < end else whole), others, own


def _borrows_clause(verb: Token) -> bool:
    """A participle or gerund with no subject of its own ("affirmant", "adding") speaks in the
    clause it hangs on, and is dated by it; so does a cue the parse hung on its own quotation
    ("In a 2019 interview, he said, “…”": "said" under the quoted verb). A finite verb, even
    coordinated ("…, and on Tuesday she said"), has its own clause."""
    if verb.head.i == verb.i:
        return False
    if verb.dep_ in ("parataxis", "ccomp"):
        return True
    participle = "Part" in feature(verb, "VerbForm") or verb.tag_ == "VBG"
    own_subject = any(c.dep_.startswith("nsubj") for c in verb.children)
    return participle and not own_subject


def dated_mention(text: str, lexicon: Lexicon) -> DatedMention | None:
    """The latest day the article names by weekday, day and month, for an undated article.

    The year is the first one, from the latest year the text writes out, in which that day
    falls on that weekday: an article that mentions May 2023 and "dimanche 1er décembre" was
    written on or after Sunday 1 December 2024. A text that writes out no year dates nothing,
    since the weekday alone repeats every few years, and a day after today (the latest year
    was a plan, "d'ici 2030") dates nothing either.
    """
    patterns = _patterns(lexicon)
    lowered = text.lower()
    years = [int(match["year"]) for match in patterns.any_year.finditer(lowered)]
    if not years:
        return None
    found: list[DatedMention] = []
    for pattern in (patterns.weekday_day_month, patterns.weekday_month_day):
        for match in pattern.finditer(lowered):
            day = _first_matching_year(
                max(years),
                lexicon.months[match["month"]],
                int(match["day"]),
                lexicon.weekdays[match["weekday"]],
            )
            if day is not None and day <= date.today():
                found.append(DatedMention(day, text[match.start() : match.end()]))
    return max(found, key=lambda mention: mention.day, default=None)


def _first_matching_year(year: int, month: int, day: int, weekday: int) -> date | None:
    # Within 28 years every weekday falls on every day of the year but 29 February.
    for candidate_year in range(year, year + 29):
        try:
            candidate = date(candidate_year, month, day)
        except ValueError:
            continue
        if candidate.isoweekday() == weekday:
            return candidate
    return None


def _find(text: str, lexicon: Lexicon, published: date | None) -> PartialDate | None:
    patterns = _patterns(lexicon)
    months = lexicon.months

    def search(pattern: re.Pattern[str]) -> re.Match[str] | None:
        return _when_said(pattern, text, patterns.event_marker)

    if match := search(patterns.day_month_year):
        return _day_or_month(int(match["year"]), months[match["month"]], int(match["day"]))
    if match := search(patterns.month_day_year):
        return _day_or_month(int(match["year"]), months[match["month"]], int(match["day"]))
    if match := search(patterns.month_year):
        return PartialDate(int(match["year"]), months[match["month"]])
    if match := patterns.event_year.search(text):
        return PartialDate(int(match["year"] or match["year2"]))
    if match := patterns.opening_year.search(text):
        # only at the clause's head: "X, elected in 2019, said" is not dated 2019
        return PartialDate(int(match["year"]))
    if published is None:
        return None
    if match := search(patterns.day_month) or search(patterns.month_day):
        return _recent_day_month(published, months[match["month"]], int(match["day"]))
    if match := search(patterns.weekday):
        return _recent_weekday(published, lexicon.weekdays[match["weekday"]])
    if match := search(patterns.relative):
        return PartialDate.of(published + timedelta(days=lexicon.relative_days[match["relative"]]))
    return None


def _when_said(
    pattern: re.Pattern[str], text: str, event_marker: re.Pattern[str] | None
) -> re.Match[str] | None:
    """The first date phrase that can say when words were said: not the name of an event
    ("les attaques du 7 octobre", "the attacks of October 7")."""
    for match in pattern.finditer(text):
        before = max(0, match.start() - _MARKER_WINDOW)
        if event_marker is None or not event_marker.search(text, before, match.start()):
            return match
    return None


def _day_or_month(year: int, month: int, day: int) -> PartialDate:
    """The day, or its month if the day does not exist ("31 avril 2023")."""
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return PartialDate(year, month)


def _recent_day_month(published: date, month: int, day: int) -> PartialDate | None:
    """The latest such day on or before the publication: "1er décembre" in a December article."""
    for year in (published.year, published.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate <= published:
            return PartialDate.of(candidate)
    return None


def _recent_weekday(published: date, weekday: int) -> PartialDate:
    back = (published.isoweekday() - weekday) % 7
    return PartialDate.of(published - timedelta(days=back))


@cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    def alternation(words: object) -> str:
        names = sorted((str(w) for w in words), key=len, reverse=True)  # type: ignore[attr-defined]
        return "|".join(re.escape(n) for n in names) or "(?!)"

    month = rf"(?P<month>{alternation(lexicon.months)})"
    day = r"(?P<day>\d{1,2})(?:er|st|nd|rd|th)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    events = alternation(lexicon.event_nouns)
    weekday = rf"(?P<weekday>{alternation(lexicon.weekdays)})"
    return _Patterns(
        day_month_year=re.compile(rf"\b{day}\s+{month}\s+{year}\b"),
        month_day_year=re.compile(rf"\b{month}\s+{day},?\s+{year}\b"),
        month_year=re.compile(rf"\b{month}\s+(?:de\s+|of\s+)?{year}\b"),
        day_month=re.compile(rf"\b{day}\s+{month}(?!\w)"),
        month_day=re.compile(rf"\b{month}\s+{day}\b"),
        weekday=re.compile(rf"\b{weekday}\b"),
        relative=re.compile(rf"(?<!\w)(?P<relative>{alternation(lexicon.relative_days)})(?!\w)"),
        event_year=re.compile(
            rf"\b{year}\s+(?:{events})\b|\b(?:{events})\s+(?:in|en|de|of)\s+(?P<year2>(?:19|20)\d\d)\b"
        ),
        opening_year=re.compile(rf"^\W*(?:in|en)\s+{year}\s*,"),
        weekday_day_month=re.compile(
            rf"(?<!\w){weekday},?\s+(?:the\s+)?{day}\s+(?:of\s+)?{month}(?!\w)"
        ),
        weekday_month_day=re.compile(rf"(?<!\w){weekday},?\s+{month}\s+{day}\b"),
        any_year=re.compile(rf"\b{year}\b"),
        event_marker=(
            re.compile(rf"(?<!\w)(?:{alternation(lexicon.event_date_markers)})\s+(?:the\s+)?$")
            if lexicon.event_date_markers
            else None
        ),
    )
