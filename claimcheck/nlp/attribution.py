"""Stage: the attributed claims of an article — who said what, through which cue.

The sentence-level rules live in the ``frames`` package. This module does what needs the whole
article: quotations found on the raw text, overlapping frames settled, a quote-only paragraph
given the speaker the text makes clear, pronouns resolved to the speaker they stand for, and
every sentence that nobody is said to have said listed as an unattributed statement.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import chain
from typing import TYPE_CHECKING

from claimcheck.models import (
    Article,
    Claim,
    ClaimKind,
    Cue,
    CueType,
    Hedge,
    PartialDate,
    SourceType,
    Span,
)
from claimcheck.nlp import dates, hedging, sources
from claimcheck.nlp.frames import SUBJECT_DEPS, Frame, FrameFinder
from claimcheck.nlp.frames.base import (
    BEGINS_ENTITY,
    PERSON_LABELS,
    RELATIVE_DEPS,
    STRONG_CUE,
    WEAK_CUE,
    age_length,
    another_speaker_between,
    entity_from,
    is_day,
    is_relative_pronoun,
    is_role_word,
    name_holding,
    person_name_at,
)
from claimcheck.nlp.incises import incise_frames
from claimcheck.nlp.interviews import interview_answers
from claimcheck.nlp.lexicon import FEMALE, MALE, Lexicon, folded
from claimcheck.nlp.morphology import feature
from claimcheck.nlp.parse import Part
from claimcheck.nlp.people import (
    Antecedents,
    full_name_gender,
    names_a_person,
    people_in,
    taken_up_after,
)
from claimcheck.nlp.quotes import CLOSERS, PAIRS, Quote, find_quotes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from claimcheck.nlp.tagger import Tagged

OPENING_MARKS = frozenset(PAIRS) | {"'"}
CLOSING_MARKS = CLOSERS | {"'"}
# A statement shorter than this many words is a heading or a fragment, not a claim.
MIN_STATEMENT_WORDS = 5


@dataclass
class _Draft:
    """A claim under construction, in article offsets."""

    content: tuple[int, int]
    cue: tuple[int, int] | None
    cue_lemma: str
    source: SpacySpan | None
    source_bounds: tuple[int, int] | None
    strength: int
    part: Part
    sentence: SpacySpan
    direct: bool = False
    announcement: bool = False  # a speaker with no words yet: "X a répondu :"
    post: bool = False  # an embedded post, its author from the signature line
    written: tuple[int, int] | None = None  # the relative pronoun that names the source
    origin: str = "rules"  # or "tagger": proposed by the span tagger, linked by the rules
    # The bounds of the outlet that reports the whole frame: "…, the Kyiv Independent reported"
    relay: tuple[int, int] | None = None


def find_claims(
    article: Article,
    parts: list[Part],
    lexicon: Lexicon,
    tagged: list[list[Tagged]] | None = None,
) -> list[Claim]:
    """All claims of the article, attributed and unattributed, in text order. ``tagged``: the
    span tagger's spans of each part, when a tagger ran (nlp/tagger.py)."""
    text = article.text
    every_quote = find_quotes(text)
    quotes = [q for q in every_quote if q.is_speech]
    found, announced = _drafts(parts, every_quote, lexicon)
    if tagged is not None:
        found = _with_tagged_cues(found, parts, tagged, lexicon)
        found += _proposed(parts, tagged, _settle(found) + announced, every_quote, lexicon)
    drafts = _beliefs_outside_sources(_settle(found), lexicon)
    drafts = _attach_orphan_quotes(drafts, announced, quotes, parts, text, lexicon)
    drafts += _bulleted(announced, drafts, parts, text, lexicon)
    drafts = _per_paragraph(drafts, parts, text, lexicon)
    drafts = _with_listed_items(drafts, text)
    drafts += _signed_posts(drafts, parts, text)
    answers = _interview_answers(drafts, parts, text, lexicon)
    drafts = [d for d in drafts if not _answering_in_person(d, answers, lexicon)] + answers
    drafts = [_put_to_interviewee(d, answers, text, lexicon) for d in drafts]
    claims = _resolve(drafts, parts, text, lexicon, every_quote, article.published)
    claims += _unattributed(parts, claims, text, lexicon)
    claims.sort(key=lambda c: (c.content.start, c.content.end))
    return [replace(claim, id=f"c{i}") for i, claim in enumerate(claims, 1)]


def _drafts(
    parts: list[Part], quotes: list[Quote], lexicon: Lexicon
) -> tuple[list[_Draft], list[_Draft]]:
    """The frames of every sentence, and the speakers announced with no words yet ("X a
    répondu :"), whose words may follow in the next paragraphs."""
    drafts: list[_Draft] = []
    announced: list[_Draft] = []
    for part in parts:
        finder = FrameFinder(lexicon, _local_quotes(quotes, part), part.text)
        for sent in part.sentences:
            asks = part.text_of(sent).rstrip(" \n\"”»'").endswith("?")
            before = len(drafts)
            for frame in chain(finder.frames(sent), incise_frames(finder, sent)):
                if asks and not finder.is_quotation(frame.content):
                    continue  # a question, the journalist's or anyone's, asserts nothing
                if _generic(frame, lexicon):
                    continue  # "on dit que …": what people say, nobody's statement
                if _anaphoric(frame, part.text, lexicon):
                    continue  # "C'est ce que vont exiger les créanciers, selon X"
                draft = _draft(frame, part, sent, lexicon)
                if draft.content[0] < draft.content[1]:  # not "Interrogé par Le Monde, …"
                    drafts.append(draft)
            drafts[before:] = _through_outlets(drafts[before:], finder, lexicon)
            speaker = finder.announcement(sent) if len(drafts) == before and not asks else None
            if speaker is not None and not _generic(speaker, lexicon):
                announced.append(replace(_draft(speaker, part, sent, lexicon), announcement=True))
    return drafts, announced


def _through_outlets(drafts: list[_Draft], finder: FrameFinder, lexicon: Lexicon) -> list[_Draft]:
    """ "Zelensky said Tuesday that …, the Kyiv Independent reported", "Selon Le Parisien, le
    ministre a assuré que …": an outlet that reports a statement whole, speaker and all,
    passes someone else's words on. The outlet's report is a claim, and so is the speaker's
    statement inside it, relayed through the outlet, as fr-dev's guidelines annotate nested
    speech. ``drafts``: one sentence's."""
    relays: dict[int, tuple[_Draft, _Draft]] = {}  # by id of the speaker's draft: the outlet's
    outlets = [d for d in drafts if _outlet_speaks(d, lexicon)]
    outlet_ids = {id(d) for d in outlets}
    for outer in outlets:
        if outer.cue_lemma in lexicon.relay_to_any:
            continue  # "…, cité par Le Monde": a relay's own phrase only passes the words on
        if _vouches(outer, finder):
            continue  # "As BuzzFeed first reported, the senator announced …": the writer's own
        for inner in drafts:
            if (
                id(inner) in outlet_ids
                or inner.source is None
                or not _speaker_s_own(inner, lexicon)
            ):
                continue
            if not finder.can_speak(inner.source.root):
                continue  # "the poll winner has predicted the winner": no one else speaks
            own = _short_of_outlet_phrase(inner, outer)
            if _frames_whole(own, outer.content, lexicon):
                relays[id(inner)] = (outer, own)
    relayed = []
    for draft in drafts:
        if id(draft) in relays:
            outlet, draft = relays[id(draft)]
            draft = replace(draft, relay=outlet.source_bounds)
        relayed.append(draft)
    return relayed


def _short_of_outlet_phrase(draft: _Draft, outlet: _Draft) -> _Draft:
    """The draft without the outlet's phrase its content ran into: "Le ministre a affirmé que
    … la ville, rapporte Le Parisien" reads "rapporte Le Parisien" (or "selon Le Parisien")
    into what the minister affirmed, where the parse hung it on his clause."""
    start, end = draft.content
    if not start < outlet.content[1] < end or outlet.cue is None or outlet.source_bounds is None:
        return draft
    phrase = (outlet.cue, outlet.source_bounds)
    offset = draft.part.offset
    past = [t for t in draft.sentence if outlet.content[1] <= offset + t.idx < end]
    if not all(
        t.is_punct or t.is_space or any(a <= offset + t.idx < b for a, b in phrase) for t in past
    ):
        return draft
    return replace(draft, content=(start, outlet.content[1]))


def _vouches(draft: _Draft, finder: FrameFinder) -> bool:
    """The draft's cue is an as-clause's ("As BuzzFeed first reported, …", "comme l'a révélé
    Le Monde, …"): the outlet vouches for what the writer asserts, it passes on no one's
    words."""
    verb = _cue_token(draft)
    return verb is not None and any(finder.comparative_mark(c) for c in verb.children)


def _speaker_s_own(draft: _Draft, lexicon: Lexicon) -> bool:
    """A verb of saying with its subject: not a weak cue, nor a prepositional frame ("according
    to an analysis", which the outlet made itself)."""
    return draft.strength >= STRONG_CUE and draft.cue_lemma not in lexicon.prepositional


def _outlet_speaks(draft: _Draft, lexicon: Lexicon) -> bool:
    """The draft's source is an outlet: a name the lexicon knows as one, or an outlet's noun
    ("le média ukrainien", "the newspaper") at its head; not its people ("the reporter", "Ruth
    Marcus of The Post"), nor its poll ("a Bloomberg poll": what respondents said is its
    finding)."""
    source = draft.source
    if source is None or draft.cue is None:
        return False
    head = source.root
    if head.lemma_.lower() in lexicon.outlet_nouns or lexicon.names_outlet(head.text):
        return True
    # the name the head word stands in: "the Kyiv Independent", not "Ruth Marcus of The Post"
    name = next((e for e in source.ents if e.start <= head.i < e.end), None)
    return name is not None and lexicon.is_media_name(name.text)


def _frames_whole(draft: _Draft, content: tuple[int, int], lexicon: Lexicon) -> bool:
    """The draft's source, cue and content fill ``content`` but for a word ("that", "que"), a
    day ("on Tuesday") and punctuation: the content is the whole frame, a statement reported
    with its speaker."""
    hull = _frame_hull(draft)
    if hull is None:
        return False
    start, end = hull
    if not (content[0] <= start and end <= content[1]) or draft.content == content:
        return False
    offset = draft.part.offset
    outside = [
        t
        for t in draft.sentence
        if content[0] <= offset + t.idx < start or end <= offset + t.idx < content[1]
    ]
    return sum(_a_word_of_its_own(t, lexicon) for t in outside) <= 1


def _frame_hull(draft: _Draft) -> tuple[int, int] | None:
    """Where the draft's whole frame stands, source, cue and content; None without a source or
    a cue."""
    if draft.source_bounds is None or draft.cue is None:
        return None
    spans = (draft.source_bounds, draft.cue, draft.content)
    return min(s[0] for s in spans), max(s[1] for s in spans)


def _a_word_of_its_own(token: Token, lexicon: Lexicon) -> bool:
    """A word that says something beside a frame: not punctuation, not a day, nor the
    preposition before one ("on" of "on Tuesday")."""
    if token.is_punct or token.is_space or is_day(token, lexicon):
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return not (token.pos_ == "ADP" and following is not None and is_day(following, lexicon))


def _local_quotes(quotes: list[Quote], part: Part) -> list[Quote]:
    """The quotations inside one part, in the part's offsets."""
    return [
        replace(q, start=q.start - part.offset, end=q.end - part.offset)
        for q in quotes
        if part.offset <= q.start and q.end <= part.offset + len(part.text)
    ]


def _proposed(
    parts: list[Part],
    tagged: list[list[Tagged]],
    drafts: list[_Draft],
    quotes: list[Quote],
    lexicon: Lexicon,
) -> list[_Draft]:
    """The claims the span tagger proposed where no rule draft is, once the rules linked them."""
    from claimcheck.nlp.tagger import propose

    proposed = []
    for part, spans in zip(parts, tagged, strict=True):
        end_of_part = part.offset + len(part.text)
        taken = [
            (bounds[0] - part.offset, bounds[1] - part.offset)
            for draft in drafts
            for bounds in (draft.content, draft.cue, draft.source_bounds)
            if bounds is not None and bounds[0] < end_of_part and bounds[1] > part.offset
        ]
        for found in propose(part, spans, lexicon, _local_quotes(quotes, part), taken):
            draft = _draft(found.frame, part, found.sentence, lexicon)
            proposed.append(replace(draft, origin="tagger"))
    return proposed


def _with_tagged_cues(
    drafts: list[_Draft], parts: list[Part], tagged: list[list[Tagged]], lexicon: Lexicon
) -> list[_Draft]:
    """The rule drafts, each cue as wide as the tagger's CUE that holds it ("said in a
    statement", "wrote on Facebook"): the rules find the verb, the tagger where the act ends."""
    from claimcheck.nlp.tagger import wider_cue

    cues = {
        id(part): [t for t in spans if t.label == "CUE"]
        for part, spans in zip(parts, tagged, strict=True)
    }
    widened = []
    for draft in drafts:
        part = draft.part
        if draft.cue is not None and cues[id(part)]:
            shift = part.offset
            held = [b for b in (draft.content, draft.source_bounds) if b is not None]
            blocked = [(start - shift, end - shift) for start, end in held]
            cue = wider_cue(
                (draft.cue[0] - shift, draft.cue[1] - shift),
                draft.sentence,
                blocked,
                cues[id(part)],
                part.text,
                lexicon,
            )
            draft = replace(draft, cue=(cue[0] + shift, cue[1] + shift))
        widened.append(draft)
    return widened


def _generic(frame: Frame, lexicon: Lexicon) -> bool:
    """A source that is nobody: generic "on", or a function word the parse took for a subject
    ("l'", "qu'", "s'", "rien")."""
    source = frame.source
    if source is None or len(source) != 1:
        return False
    word = source.root
    if word.lower_ in lexicon.pronouns:
        if sources.speaking_place(word, lexicon) is not None:
            return False  # "À l'Élysée, on assure …": someone at the Élysée
        return lexicon.pronouns[word.lower_] == sources.GENERIC  # "ses" of "à ses yeux" speaks
    function_word = word.pos_ in ("DET", "SCONJ", "ADP", "CCONJ") or word.text.endswith("'")
    return function_word or word.lower_ in lexicon.nobody


def _anaphoric(frame: Frame, text: str, lexicon: Lexicon) -> bool:
    """A content that only points back at something said before ("c'est ce que", "that is
    what"): the statement it stands for is elsewhere, or nowhere. Not one that a colon goes
    on with: "that's what new media is: taking a stand" says it there."""
    start, end = frame.content
    words = text[start:end]
    return folded(words[:60]).startswith(lexicon.anaphoric_contents) and ":" not in words


def _draft(frame: Frame, part: Part, sent: SpacySpan, lexicon: Lexicon) -> _Draft:
    shift = part.offset
    source_bounds = None
    if frame.source is not None:
        # "D'après Médecins sans frontières (MSF), …": the acronym with its closing bracket
        start, end = _bracket_closed(part.doc, (frame.source.start_char, frame.source.end_char))
        start, end = _dash_closed(part.doc, (start, end))
        source_bounds = (start + shift, end + shift)
    content = frame.content
    if content[0] > frame.cue[0]:  # "…, the National Weather Service said": all of it theirs
        content = _before_writers_aside(part.doc, content, lexicon)
    start, end = _tied_off(part.doc, _before_writers_parenthesis(part.doc, content))
    start, end = _bracket_closed(part.doc, (start, end))
    if frame.cue[0] < end:  # not '“…” in the words of the mayor': there, the frame follows
        start, end = _past_closing_quotation(part.doc, (start, end), lexicon)
    return _Draft(
        content=(start + shift, end + shift),
        cue=(frame.cue[0] + shift, frame.cue[1] + shift),
        cue_lemma=frame.cue_lemma,
        source=frame.source,
        source_bounds=source_bounds,
        strength=frame.strength,
        part=part,
        sentence=sent,
        written=((frame.written[0] + shift, frame.written[1] + shift) if frame.written else None),
    )


# The dependencies of a clause another one holds: "that the report include …" of "asked why
# …, that …", the question's, not a statement of the article's.
SUBORDINATE_DEPS = frozenset(
    {"ccomp", "xcomp", "csubj", "advcl", "acl", "relcl", "acl:relcl", "advcl:cleft"}
)

# A content cut before a writer's aside keeps more than this many tokens before its comma.
MIN_ASIDE_START = 2
# What a content does not end on: "called him divisive and", "said she had met him but",
# "the system “rigged” in a tweet Tuesday,": the conjunction or mark of the next clause; "que
# l'enquête progresse." the sentence's full stop, which the parser may hang on the clause.
DANGLING_MARKS = frozenset({",", ";", "—", "–", "-", "--", "."})
# Nor opens on: "say the more delegates he takes …, the more leverage …", the parse hanging
# the comma on the second clause.
LEADING_MARKS = frozenset({",", ";", "—", "–"})


def _before_writers_aside(doc: Doc, content: tuple[int, int], lexicon: Lexicon) -> tuple[int, int]:
    """A reported clause without its last relative clause or apposition when a comma sets it
    off and it runs to the end: "said he would veto the bill, which passed the House on
    Tuesday" reports the veto, "vowed to repeal the Hyde Amendment, a longstanding provision
    that …" the repeal; the vote and the gloss are the writer's. Not in quoted words, which
    are the speaker's whatever they hold; after them, it is the writer's again ("said he was
    “not quite there yet” on supporting Ryan, who will face …")."""
    words = doc.char_span(*content, alignment_mode="expand")
    if words is None:
        return content
    for k in range(len(words) - 2, MIN_ASIDE_START, -1):
        comma, opener = words[k], words[k + 1]
        if comma.text != ",":
            continue
        if any(t.is_quote for t in words[k:]) or sum(t.is_quote for t in words[:k]) % 2:
            return content
        if opener.lower_ in lexicon.writers_relatives:
            aside = opener.head if opener.head.dep_ == "relcl" else None
        elif opener.lower_ in lexicon.writers_appositions:
            aside = opener.head if opener.head.dep_ == "appos" else None
            if aside is not None and any(c.dep_ == "conj" for c in aside.children):
                return content  # "he bought apples, a pear and bread": a list, not a gloss
            if aside is not None and is_role_word(aside, lexicon):
                return content  # "had hired a new chief, a veteran of the industry": who
        else:
            continue
        if aside is not None and _closed_before_a_predicate(words, k + 1):
            return content
        if aside is not None and aside.right_edge.i >= words[-1].i - 1:
            return content[0], comma.idx
        return content
    return content


# Where a quotation's own sentence stops: a content whose quotation closes on one of these ends.
QUOTATION_STOPS = frozenset({".", "!", "?", "…"})
# What the phrase completing a quotation opens on: 'says “…” despite his loss', '“…” because …'.
COMPLETING_OPENERS = frozenset({"ADP", "SCONJ"})
# A phrase of nothing but these is when the words were said, the frame's setting ("… on Friday").
SETTING_ENTITIES = frozenset({"DATE", "TIME"})


def _past_closing_quotation(
    doc: Doc, content: tuple[int, int], lexicon: Lexicon
) -> tuple[int, int]:
    """A content ending on a quotation that closes mid-sentence, with no stop of its own, takes
    the phrase that completes the clause the quotation belongs to: 'Sanders says “the wind is
    at our backs” despite his loss in Nevada', 'mocked Rubio for “having a tough night” because
    he did not win any states'. Only where the language's convention has it (English), and only
    a phrase opened by a preposition or a subordinator that is not the writer's comparison,
    holds no verb of saying ('“…” when asked') and says more than when or in what form the
    words were said ('on Friday', 'in a tweet')."""
    if not lexicon.quotation_takes_completing_phrase:
        return content
    words = doc.char_span(*content, alignment_mode="expand")
    if words is None or len(words) < 3 or words.end >= len(doc):
        return content
    closing, inner, opener = words[-1], words[-2], doc[words.end]
    quoted = sum(t.is_quote for t in words)
    if not closing.is_quote or quoted < 2 or quoted % 2 or inner.text in QUOTATION_STOPS:
        return content
    if not (opener.is_lower and opener.is_alpha and opener.pos_ in COMPLETING_OPENERS):
        return content
    if opener.lower_ in lexicon.comparison_openers:
        return content  # '“moaning,” like Sanders did': the writer's comparison
    top = opener  # up to the widest phrase that still opens on ``opener``
    while top.head.i > closing.i and top.head.i != top.i and top.head.left_edge.i >= opener.i:
        top = top.head
    phrase = doc[opener.i : top.right_edge.i + 1]
    if sum(t.is_quote for t in phrase) % 2:  # 'because “… soft.”': the parse left its mark out
        closer = next((t for t in doc[phrase.end :] if t.is_quote or "\n" in t.text), None)
        if closer is None or not closer.is_quote:
            return content
        phrase = doc[opener.i : closer.i + 1]
    while len(phrase) > 1 and (phrase[-1].is_space or phrase[-1].text in DANGLING_MARKS):
        phrase = phrase[:-1]
    if len(phrase) < 2 or "\n" in phrase.text or _a_setting_or_a_frame(phrase, lexicon):
        return content
    return content[0], phrase.end_char


def _a_setting_or_a_frame(phrase: SpacySpan, lexicon: Lexicon) -> bool:
    """The phrase holds a verb of saying ('“…” when asked'), names only a time ('on Friday') or
    the form the words took ('in a tweet', 'in his 1969 book'): the frame's, not the clause's."""
    if any(_a_verb_of_saying(t, lexicon) for t in phrase):
        return True
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN", "NUM")]
    if nouns and all(_names_a_time(t, lexicon) for t in nouns):
        return True
    preposition = phrase[0]
    if preposition.pos_ != "ADP":
        return False
    if _names_a_platform(phrase, lexicon):
        return True  # 'called the ruling “a disgrace” on Truth Social'
    # its noun: the preposition's object (English) or the noun it is the case of (UD French)
    nouns = [t for t in phrase if t.head.i == preposition.i or t.i == preposition.head.i]
    return any(t.lemma_.lower() in lexicon.speech_nouns for t in nouns)


def _names_a_platform(phrase: SpacySpan, lexicon: Lexicon) -> bool:
    """The phrase names a platform, whole words only ("X", not the X of "Xbox")."""
    words = f" {' '.join(t.text for t in phrase)} "
    return any(f" {platform} " in words for platform in lexicon.platforms)


def _names_a_time(token: Token, lexicon: Lexicon) -> bool:
    """ "Friday", "last month", "2015": a word of when, by the entity tagger or the lexicon."""
    if token.ent_type_ in SETTING_ENTITIES:
        return True
    word = token.lemma_.lower()
    times = lexicon.time_nouns | lexicon.day_parts
    return word in times or word in lexicon.weekdays or word in lexicon.months


# A closing parenthesis ends a writer's aside when it holds at least this many words: not "(ACA)",
# "(R-Texas)", "(naturally)", an acronym or a label that belongs to the name before it.
MIN_PARENTHESIS_WORDS = 2


def _before_writers_parenthesis(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
    """A reported clause without the parenthesis it ends on: "claimed that Obama wants to take
    in 250,000 Syrian refugees (Obama has proposed accepting 10,000)" reports the claim, not
    the writer's correction. Not inside quoted words, which are the speaker's whatever they
    hold."""
    words = doc.char_span(*content, alignment_mode="expand")
    if not words:
        return content
    if words.end < len(doc) and doc[words.end].text == ")":
        words = doc[words.start : words.end + 1]  # the parse left the closing bracket out
    last = len(words) - 1
    while last > 0 and (words[last].is_space or words[last].text in DANGLING_MARKS):
        last -= 1
    if words[last].text != ")":
        return content
    opening = next((k for k in range(last - 1, 0, -1) if words[k].text in ("(", ")")), None)
    if opening is None or words[opening].text != "(" or _in_open_quotation(words[opening]):
        return content  # not '“… without Latinos (who vote)': the speaker's own
    inside = doc.text[words[opening].idx + 1 : words[last].idx].split()
    if len(inside) < MIN_PARENTHESIS_WORDS:
        return content
    kept = words[opening - 1]
    return content[0], kept.idx + len(kept.text)


def _in_open_quotation(token: Token) -> bool:
    """A quotation opened earlier in the token's paragraph is still open at it."""
    doc = token.doc
    paragraph = doc.text.rfind("\n", 0, token.idx) + 1
    before = doc.char_span(paragraph, token.idx, alignment_mode="expand")
    return before is not None and sum(t.is_quote for t in before) % 2 == 1


def _closed_before_a_predicate(words: SpacySpan, opener: int) -> bool:
    """The aside opened at ``opener`` closes on a comma before a verb with no subject of its
    own: "The Greater Wisconsin Committee, which supported Kloppenburg, spent at least $345,430
    …, according to the Brennan Center", which the parser may hang on the aside, sets off the
    subject of what the center reports."""
    for k in range(opener + 1, len(words) - 1):
        if words[k].text != ",":
            continue
        verb = words[k + 1]
        subject = any(child.dep_ in SUBJECT_DEPS for child in verb.children)
        return verb.pos_ == "VERB" and not subject and verb.dep_ not in ("conj", "advcl")
    return False


def _bracket_closed(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
    """A content (or a source) that opens a bracket takes the closing one right after it:
    "blasted the Federal Bureau of Investigation (FBI) Tuesday" reported "… (FBI", the date
    cut off with the bracket before it."""
    words = doc.char_span(*content, alignment_mode="expand")
    if words is None or words.end >= len(doc):
        return content
    after = doc[words.end]
    opened = sum(t.text == "(" for t in words) > sum(t.text == ")" for t in words)
    if opened and after.text == ")" and after.idx == content[1]:
        return content[0], after.idx + 1
    return content


# The dashes that set off an apposition in pairs: "Jason Sims — a teacher from Mount Pleasant —".
PAIRED_DASHES = frozenset({"—", "–", "--", "-"})


def _dash_closed(doc: Doc, source: tuple[int, int]) -> tuple[int, int]:
    """A source whose apposition a dash opens takes the dash that closes it right after:
    "Jason Sims — a teacher from Mount Pleasant — said …" is one mention, its pair of dashes
    with it, as a bracket's pair is (PolNeAR's annotators mark it so 47 times in 49)."""
    words = doc.char_span(*source, alignment_mode="expand")
    if words is None or words.end >= len(doc):
        return source
    dashes = [t for t in words if t.text in PAIRED_DASHES and t.whitespace_]
    after = doc[words.end]
    if len(dashes) != 1 or after.text != dashes[0].text or after.idx - source[1] > 1:
        return source
    return source[0], after.idx + len(after.text)


def _tied_off(doc: Doc, content: tuple[int, int]) -> tuple[int, int]:
    words = doc.char_span(*content, alignment_mode="expand")
    if words is None:
        return content
    first, last = 0, len(words) - 1
    while last > 0 and (
        words[last].pos_ in ("CCONJ", "SPACE") or words[last].text in DANGLING_MARKS
    ):
        last -= 1
    while first < last and (words[first].is_space or words[first].text in LEADING_MARKS):
        first += 1
    if (first, last) == (0, len(words) - 1):
        return content
    start = content[0] if first == 0 else words[first].idx
    return start, words[last].idx + len(words[last].text)


def _beliefs_outside_sources(drafts: list[_Draft], lexicon: Lexicon) -> list[_Draft]:
    """ "A spokesperson, who did not wish to be named, said …": a belief inside another
    claim's source describes that source; it is nobody's view of anything. So does one held
    inside the aside set off between a source and its cue, by someone named there ("Some
    volunteers, who asked not to be named because they feared losing their jobs, said …"):
    not "Chris Christie, hoping to surge in New Hampshire, called …", which is his."""
    sources = [d.source_bounds for d in drafts if d.source_bounds is not None]
    asides = [aside for d in drafts if (aside := _aside_before_cue(d)) is not None]

    def describes_a_source(draft: _Draft) -> bool:
        if draft.cue is None or lexicon.cue_type(draft.cue_lemma) is not CueType.BELIEF:
            return False
        if any(_within(draft.cue, s) for s in sources):
            return True
        holder = draft.source_bounds
        return holder is not None and any(
            _within(draft.cue, a) and _within(holder, a) for a in asides
        )

    return [d for d in drafts if not describes_a_source(d)]


def _aside_before_cue(draft: _Draft) -> tuple[int, int] | None:
    """The words set off by a comma between the draft's source and its cue, if any."""
    if draft.source_bounds is None or draft.cue is None:
        return None
    start, end = draft.source_bounds[1], draft.cue[0]
    offset = draft.part.offset
    between = draft.part.text[start - offset : end - offset]
    return (start, end) if between.lstrip().startswith(",") else None


def _within(span: tuple[int, int], bounds: tuple[int, int]) -> bool:
    return bounds[0] <= span[0] and span[1] <= bounds[1]


def _relayed_by(draft: _Draft, outlet: _Draft) -> bool:
    return draft.relay is not None and draft.relay == outlet.source_bounds


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _settle(drafts: list[_Draft]) -> list[_Draft]:
    """Keep one frame per content: a stronger cue wins, then one that names its source."""
    everything = _DraftIndex()
    for draft in drafts:
        everything.add(draft)
    ranked = sorted(
        drafts,
        key=lambda d: (_nested(d, everything), -d.strength, d.source is None, d.content[0]),
    )
    kept: list[_Draft] = []
    nearby = _DraftIndex()
    for draft in ranked:
        if any(_clashes(draft, other) for other in nearby.touching(draft)):
            continue
        kept.append(draft)
        nearby.add(draft)
    return sorted(kept, key=lambda d: d.content)


def _nested(draft: _Draft, everything: _DraftIndex) -> bool:
    """A frame whose source and cue lie inside another's content, that names its own
    source: "The study found that students … reported fewer symptoms" is the study's
    finding, of which the students' report is a part."""
    hull = _frame_hull(draft)
    if hull is None or _after_comma_and(draft):
        return False
    start, end = hull
    return any(
        other is not draft
        and other.source_bounds is not None
        and other.cue is not None
        and other.cue[1] <= other.content[0] <= start  # its content after its cue
        and end <= other.content[1]
        for other in everything.touching(draft)
    )


def _after_comma_and(draft: _Draft) -> bool:
    """The source opens a clause of its own after a comma and a conjunction: "The poll also
    showed that …, and 74 percent said …" is a second statement, which the parse may have run
    into the first one's content."""
    if draft.source_bounds is None:
        return False
    local = draft.source_bounds[0] - draft.part.offset
    first = next((t for t in draft.sentence if t.idx >= local), None)
    if first is None or first.i < 2:
        return False
    doc = first.doc
    return doc[first.i - 1].pos_ == "CCONJ" and doc[first.i - 2].text == ","


class _DraftIndex:
    """Kept drafts by the stretches of text their content and cue cover.

    Two drafts can only clash when a span of one overlaps a span of the other, so each draft is
    compared with its neighbours only: checking all kept drafts made an article of thousands
    of claims quadratic (minutes for one giant paragraph).
    """

    _BUCKET = 512  # characters

    def __init__(self) -> None:
        self._buckets: dict[int, list[_Draft]] = {}

    def add(self, draft: _Draft) -> None:
        for bucket in self._buckets_of(draft):
            self._buckets.setdefault(bucket, []).append(draft)

    def touching(self, draft: _Draft) -> list[_Draft]:
        """Every kept draft with a span in the same buckets as one of ``draft``'s spans."""
        found: dict[int, _Draft] = {}
        for bucket in self._buckets_of(draft):
            for other in self._buckets.get(bucket, ()):
                found[id(other)] = other
        return list(found.values())

    def _buckets_of(self, draft: _Draft) -> set[int]:
        buckets: set[int] = set()
        for start, end in (draft.content, draft.cue) if draft.cue else (draft.content,):
            buckets.update(range(start // self._BUCKET, max(start, end - 1) // self._BUCKET + 1))
        return buckets


def _clashes(draft: _Draft, other: _Draft) -> bool:
    if _relayed_by(draft, other) or _relayed_by(other, draft):
        return False  # the speaker's statement inside the outlet's report of it: both stand
    shared = _overlap(draft.content, other.content)
    shortest = min(draft.content[1] - draft.content[0], other.content[1] - other.content[0])
    same_cue = draft.cue is not None and other.cue is not None and _overlap(draft.cue, other.cue)
    inside = draft.cue is not None and _overlap(draft.cue, other.content) > 0
    return bool(same_cue) or shared > 0.5 * max(shortest, 1) or inside


def _attach_orphan_quotes(
    drafts: list[_Draft],
    announced: list[_Draft],
    quotes: list[Quote],
    parts: list[Part],
    text: str,
    lexicon: Lexicon,
) -> list[_Draft]:
    """A quotation no frame claims continues the speaker the text makes clear.

    Within a paragraph it extends the previous claim when that one is a quotation too ("“…,” he
    said. “…”") and the language's convention joins them, and is otherwise a direct claim of
    the same speaker; a paragraph that is nothing but a quotation continues the last speaker of
    the paragraph before.
    """
    result = list(drafts)
    holders = _source_holders(drafts + announced)
    frames = _quotation_frames(drafts)
    for quote in quotes:
        if any(_overlap((quote.start, quote.end), d.content) for d in result):
            continue
        verbless = not _has_verb(parts, quote)
        previous = _previous_speaker(result + announced, quote.start, text, holders)
        if previous is not None:
            previous = _carried_frame(previous, frames, quote, text, lexicon)
        subject = None if verbless else _subject_just_before(quote, quotes, parts, text, lexicon)
        if previous is None:
            introduced = None if verbless else _introduced_speaker(quote, parts, text)
            found = introduced if introduced is not None else subject
            if found is not None:
                result.append(found)
            continue
        if previous.announcement:
            # Only the words that come right after the announcement: "X a répondu :" then the
            # quotation, in the same paragraph or opening the next one.
            if not text[previous.content[1] : quote.start].strip():
                result.append(_announced_words(previous, quote.start, quote.end, parts, text))
            continue
        if _speaker_named_before(parts, quote, previous, lexicon):
            continue  # "La préfecture salue au contraire « … »": its sentence's, not carried on
        follows = _carries_speaker_on(previous, quote.start, text, lexicon)
        if verbless and not (follows and _stands_alone(quote, text)):
            # « Nouvelles réformes propices à la croissance »: a label, no statement; but
            # '“The bullying,” Wallace said, as the crowd cheered. “The greed. The showing
            # off.”' goes on with his words, sentences of their own
            continue
        if follows and lexicon.joins_continued_quotes and _ends_quoted(previous, text):
            previous.content = (previous.content[0], quote.end)
            previous.direct = True
        elif follows and _goes_on_in_sentence(previous, quote.start, text, lexicon):
            previous.content = (previous.content[0], quote.end)
        elif subject is not None and not follows:
            result.append(subject)
        elif follows or _set_as_paragraph(text, quote):
            located = _locate(parts, quote.start)
            if located is None:
                continue
            part, sent = located
            result.append(
                _Draft(
                    content=(quote.start, quote.end),
                    cue=None,
                    cue_lemma="",
                    source=previous.source,
                    source_bounds=previous.source_bounds,
                    strength=previous.strength,
                    part=part,
                    sentence=sent,
                    direct=True,
                    written=previous.written,
                )
            )
    return sorted(result, key=lambda d: d.content)


# A paragraph break, however many blank lines it holds: text files often set paragraphs apart
# with an empty line.
PARAGRAPH_BREAK = re.compile(r"\n\s*")
# The signature line under an embedded post, as news pages render a tweet or a Bluesky post:
# "— Elon Musk (@elonmusk) March 16, 2020". The format is the platform's, not a language's.
POST_SIGNATURE = re.compile(r"(?m)^[—–-]\s*(?P<author>(?P<name>[^\n()]{1,80}?)\s*\(@[\w.]{1,40}\))")
# A link at the end of a post ("https://t.co/…", "pic.twitter.com/…") is not the author's words.
TRAILING_LINKS = re.compile(r"(?:\s+(?:https?://|pic\.twitter\.com/)\S+)+\s*$")


def _signed_posts(drafts: list[_Draft], parts: list[Part], text: str) -> list[_Draft]:
    """An embedded post is its author's claim: the paragraph above its signature line, word
    for word (a direct claim with no cue), with the post's date on the signature."""
    found: list[_Draft] = []
    for signature in POST_SIGNATURE.finditer(text):
        end = signature.start() - 1
        # The paragraph right above: a post whose own line breaks survived extraction keeps
        # only its last line, since nothing in the text tells its first lines from the
        # article's (a short lead paragraph looks the same).
        start = text.rfind("\n", 0, max(end, 0)) + 1
        words = TRAILING_LINKS.sub("", text[start:end]).rstrip()
        if not words.strip() or end <= start:
            continue
        content = (start, start + len(words))
        if any(_overlap(content, d.content) for d in drafts):
            continue  # the post is quoted, and already some speaker's words
        located = _locate(parts, signature.start("author"))
        if located is None:
            continue
        part, sent = located
        local = (signature.start("name") - part.offset, signature.end("name") - part.offset)
        # The name's tokens, for its type: the tokenizer may glue the date onto the handle
        # ("(@realDonaldTrump)March"). The mention is the signature's name and handle.
        author = part.doc.char_span(*local, alignment_mode="expand")
        if author is None:
            continue
        bounds = (signature.start("author"), signature.end("author"))
        found.append(
            _Draft(
                content,
                None,
                "",
                author,
                bounds,
                strength=STRONG_CUE,
                part=part,
                sentence=sent,
                direct=True,
                post=True,
            )
        )
    return found


def _interview_answers(
    drafts: list[_Draft], parts: list[Part], text: str, lexicon: Lexicon
) -> list[_Draft]:
    """Each answer of a question-and-answer interview is a direct claim of whoever answers
    (``interviews``), unless the rules already gave most of it a speaker."""
    found: list[_Draft] = []
    for answer in interview_answers(text, parts, lexicon):
        start, end = answer.content
        claimed = sum(_overlap(answer.content, d.content) for d in drafts if d.source is not None)
        if claimed * 2 > end - start:
            continue
        located, speaker_at = _locate(parts, start), _locate(parts, answer.speaker[0])
        if located is None or speaker_at is None:
            continue
        part, sent = located
        speaker_part = speaker_at[0]
        source = speaker_part.doc.char_span(
            answer.speaker[0] - speaker_part.offset,
            answer.speaker[1] - speaker_part.offset,
            alignment_mode="expand",
        )
        if source is None:
            continue
        found.append(
            _Draft(
                content=answer.content,
                cue=None,
                cue_lemma="",
                source=source,
                source_bounds=answer.speaker,
                strength=WEAK_CUE,
                part=part,
                sentence=sent,
                direct=True,
            )
        )
    return found


def _put_to_interviewee(
    draft: _Draft, answers: list[_Draft], text: str, lexicon: Lexicon
) -> _Draft:
    """ "Q: At that board meeting you said the volunteer model was …?" in an interview: the
    "you" of a question is the person whose answer follows it."""
    source = draft.source
    if source is None or len(source) != 1 or source.text.lower() not in lexicon.addressee_words:
        return draft
    following = [a for a in answers if a.content[0] >= draft.content[1]]
    if not following:
        return draft
    answer = min(following, key=lambda a: a.content[0])
    paragraph_start = text.rfind("\n", 0, draft.content[0]) + 1
    breaks = text.count("\n", paragraph_start, answer.content[0])
    if not 0 < breaks <= 2:
        return draft  # not in the question right before the answer
    return replace(draft, source=answer.source, source_bounds=answer.source_bounds)


def _answering_in_person(draft: _Draft, answers: list[_Draft], lexicon: Lexicon) -> bool:
    """ "I said that the budget was a lie" inside an interview's answer: the one answering,
    whose answer is a claim of its own, as a speaker inside a quotation is; its "I" named no
    source."""
    if draft.source is None or len(draft.source) != 1:
        return False
    if not lexicon.is_first_person(draft.source.text):
        return False
    start, end = draft.content
    return any(a.content[0] <= start and end <= a.content[1] for a in answers)


def _has_verb(parts: list[Part], quote: Quote) -> bool:
    """Whether the quotation states something: a verb somewhere in it, or a pronoun subject,
    which has one though the tagger missed it ("je ne m'en sors plus", "sors" read as a
    noun)."""
    for part in parts:
        start, end = quote.start - part.offset, quote.end - part.offset
        if end <= 0 or start >= len(part.text):
            continue
        span = part.doc.char_span(max(start, 0), min(end, len(part.text)), alignment_mode="expand")
        if span is not None and any(_states(t) for t in span):
            return True
    return False


def _states(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or (token.pos_ == "PRON" and token.dep_ in SUBJECT_DEPS)


def _announced_words(speaker: _Draft, start: int, end: int, parts: list[Part], text: str) -> _Draft:
    """The words of an announced speaker. The colon of "X a répondu :" is the cue of what
    follows it directly; later paragraphs carry no cue of their own."""
    located = _locate(parts, start)
    part, sent = located if located is not None else (speaker.part, speaker.sentence)
    right_after = not text[speaker.content[1] : start].strip(" \n:" + BULLETS)
    return replace(
        speaker,
        content=(start, end),
        cue=speaker.cue if right_after else None,
        cue_lemma=speaker.cue_lemma if right_after else "",
        part=part,
        sentence=sent,
        direct=text[start] in OPENING_MARKS,
        announcement=False,
        strength=WEAK_CUE,
    )


BULLETS = "-–—•*·▪"


def _bulleted(
    announced: list[_Draft], drafts: list[_Draft], parts: list[Part], text: str, lexicon: Lexicon
) -> list[_Draft]:
    """ "The president also said:" then a list: each item is what the speaker said. Not "This
    year's winners are:", whose verb says nothing."""
    found: list[_Draft] = []
    for speaker in announced:
        if text[speaker.content[1] - 1 : speaker.content[1]] != ":":
            continue
        if speaker.cue_lemma not in lexicon.cue_verbs:
            continue
        position = speaker.content[1]
        while (item := _next_bullet(text, position)) is not None:
            start, end = item
            if any(_overlap(d.content, item) for d in drafts):
                break
            found.append(_announced_words(speaker, start, end, parts, text))
            position = end
    return found


def _next_bullet(text: str, position: int) -> tuple[int, int] | None:
    """The next paragraph, when it is a list item: its words without the bullet and the
    closing semicolon or full stop."""
    line_start = text.find("\n", position)
    if line_start < 0:
        return None
    line_start = _past_blank_lines(text, line_start + 1)  # a list set off as paragraphs
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    stripped = line.lstrip()
    if not stripped or stripped[0] not in BULLETS or len(stripped) < 3:
        return None
    start = line_start + len(line) - len(stripped) + 1
    while start < line_end and text[start].isspace():
        start += 1
    end = line_end
    while end > start and text[end - 1] in " ;.,":
        end -= 1
    return (start, end) if end > start else None


def _per_paragraph(
    drafts: list[_Draft], parts: list[Part], text: str, lexicon: Lexicon
) -> list[_Draft]:
    """A quotation continued over several paragraphs is one claim per paragraph, the first
    with the cue: each paragraph is a statement a reader can check on its own. A paragraph's
    share that goes on with a quotation of that paragraph, in a language whose convention
    joins them, extends it ('“…,” Sexton said. “…' then '“…,” Sexton said.')."""
    result: list[_Draft] = []
    for draft in drafts:
        start, end = draft.content
        if "\n" not in text[start:end]:
            result.append(draft)
            continue
        pieces: list[tuple[int, int]] = []
        position = start
        for line in text[start:end].split("\n"):
            piece = (position + len(line) - len(line.lstrip()), position + len(line.rstrip()))
            position += len(line) + 1
            if piece[1] - piece[0] >= 2:
                pieces.append(piece)
        cued = _nearest_piece(pieces, draft.cue) if draft.cue is not None else None
        for piece in pieces:
            located = _locate(parts, piece[0])
            part, sent = located if located is not None else (draft.part, draft.sentence)
            keeps_cue = piece == cued
            joined = None if keeps_cue else _joined_in_paragraph(result, piece[0], text, lexicon)
            if joined is not None:
                joined.content = (joined.content[0], piece[1])
                joined.direct = True
                continue
            result.append(
                replace(
                    draft,
                    content=piece,
                    cue=draft.cue if keeps_cue else None,
                    cue_lemma=draft.cue_lemma if keeps_cue else "",
                    part=part,
                    sentence=sent,
                )
            )
    return sorted(result, key=lambda d: d.content)


def _joined_in_paragraph(
    drafts: list[_Draft], opening: int, text: str, lexicon: Lexicon
) -> _Draft | None:
    """The claim before ``opening``, a quotation in the same paragraph, that a quotation
    opening there goes on with, by the language's convention for split quotations."""
    if not lexicon.joins_continued_quotes or text[opening : opening + 1] not in OPENING_MARKS:
        return None
    before = [d for d in drafts if d.source is not None and d.content[1] <= opening]
    if not before:
        return None
    previous = max(before, key=lambda d: d.content[1])
    if not _ends_quoted(previous, text):
        return None
    return previous if _carries_speaker_on(previous, opening, text, lexicon) else None


# A list item: a bullet, or a number with its mark ("1-", "2.", "3)").
LIST_ITEM = re.compile(r"[ \t]*(?:[" + BULLETS + r"]|\d{1,2}\s*[-–.)])\s*\S")


def _with_listed_items(drafts: list[_Draft], text: str) -> list[_Draft]:
    """ "X appelle à … à travers les actions suivantes :" then a list: the items are the rest of
    what X calls for, one content with the words before the colon."""
    starts = sorted(d.content[0] for d in drafts)
    for draft in drafts:
        if draft.cue is None or draft.direct:
            continue
        line_end = text.find("\n", draft.content[1])
        if line_end < 0 or text[draft.content[1] : line_end].strip() != ":":
            continue
        end = line_end
        while LIST_ITEM.match(text, _past_blank_lines(text, end + 1)):
            next_end = text.find("\n", _past_blank_lines(text, end + 1))
            end = len(text) if next_end < 0 else next_end
        following = starts[bisect_right(starts, draft.content[0]) :]
        if end == line_end or (following and following[0] < end):
            continue  # no list, or one that holds claims of its own
        draft.content = (draft.content[0], len(text[:end].rstrip(" ;.")))
    return drafts


def _past_blank_lines(text: str, position: int) -> int:
    """``position`` moved past the blank lines that open there: a list set off as paragraphs."""
    while text.startswith("\n", position):
        position += 1
    return position


def _nearest_piece(pieces: list[tuple[int, int]], cue: tuple[int, int]) -> tuple[int, int] | None:
    """The paragraph of a split quotation that its cue belongs to: the one it stands in or
    beside."""
    return min(pieces, key=lambda p: max(p[0] - cue[1], cue[0] - p[1], 0), default=None)


def _ends_quoted(draft: _Draft, text: str) -> bool:
    return text[draft.content[0] : draft.content[1]].rstrip(" ,.;:")[-1:] in CLOSING_MARKS


def _previous_speaker(
    drafts: list[_Draft], position: int, text: str, holders: dict[int, list[_Draft]]
) -> _Draft | None:
    """The last attributed claim before ``position``, if it is in this paragraph or the last.
    A claim made inside a speaker's description ("said O'Donnell, who wrote about the visit")
    does not count: the quotation goes on with the speaker described. ``holders``: for each
    cue, the claims whose source mention holds it."""
    before = [d for d in drafts if d.content[1] <= position and d.source is not None]
    before = [d for d in before if not _in_earlier_source(d, position, holders)]
    if not before:
        return None
    last = max(before, key=lambda d: d.content[1])
    between = text[last.content[1] : position]
    # "« … », a déclaré le ministre, selon Le Parisien. « … »": the outlet passed the
    # minister's quoted words on, and the next quotation goes on with them
    last = next((d for d in before if _relayed_by(d, last) and _ends_quoted(d, text)), last)
    breaks = len(PARAGRAPH_BREAK.findall(between))  # a blank line between is one break
    # an intertitle the page set between the paragraphs of one testimony does not end it
    breaks -= sum(_is_intertitle(line) for line in between.split("\n")[1:-1])
    return last if breaks <= 1 or not between.strip() else None


def _introduced_speaker(quote: Quote, parts: list[Part], text: str) -> _Draft | None:
    """A testimony's first quotation, a paragraph of its own, after a paragraph that
    introduces one person and no other as the subject of its sentences ("Zakaria Shehab, 37
    ans, habite à Jabalia. … Son témoignage a été recueilli …" then "« Le pire, c'est la
    nuit. …"): the person introduced says it. Two persons as subjects, or none, and the
    quotation is nobody's."""
    if not _set_as_paragraph(text, quote):
        return None
    introduction = _paragraph_before(text, quote.start)
    located = _locate(parts, quote.start)
    if introduction is None or located is None:
        return None
    mentions = [
        (part.offset, ent)
        for part in parts
        for ent in part.doc.ents
        if introduction[0] <= part.offset + ent.start_char < introduction[1]
        and names_a_person(ent)
        # its subject, set off beside it ("Son mari, Karim Haddad, …"), or what it opens on
        # (the small model often makes the name the root of "Zakaria Shehab, 37 ans, est …",
        # as of "À côté d'elle, Youssef, un étudiant, découpe du pain")
        and (ent.start == ent.sent.start or any(_names_subject(t) or t.dep_ == "ROOT" for t in ent))
    ]
    full_names = {ent.text.lower() for _, ent in mentions if len(ent) > 1}
    surnames = {name.split()[-1] for name in full_names}
    # "Zakaria Shehab" and "Shehab" are one person; "Mariam Haddad" and "Karim Haddad" two
    alone = {ent.text.lower() for _, ent in mentions if len(ent) == 1} - surnames
    if len(full_names | alone) != 1:
        return None
    shift, mention = mentions[-1]
    part, sent = located
    return _Draft(
        content=(quote.start, quote.end),
        cue=None,
        cue_lemma="",
        source=mention,
        source_bounds=(shift + mention.start_char, shift + mention.end_char),
        strength=WEAK_CUE,
        part=part,
        sentence=sent,
        direct=True,
    )


def _subject_just_before(
    quote: Quote, quotes: list[Quote], parts: list[Part], text: str, lexicon: Lexicon
) -> _Draft | None:
    """A quotation written as sentences of its own that close its paragraph, right after a
    sentence about one person, the active subject of its main verb ("Interrogé sur …, il
    s'est montré prudent. « Il faudra attendre … »", "Smith was more cautious. “…”"): that
    person speaks, as the text makes clear without a verb of saying. A sentence that quotes
    someone itself, or is about no person or several, makes it nobody's."""
    located = _locate(parts, quote.start)
    if located is None or not _stands_alone(quote, text) or _paragraph_is_quote(text, quote):
        return None
    after = text[quote.end :].lstrip(" \u00a0")
    if (
        after
        and after[0] != "\n"
        and after[0] not in OPENING_MARKS
        and not _closed_sentence(quote, text, after)
    ):
        return None  # '“You know, it happens, right?” Trump went on': a frame may follow
    part, sent = located
    previous = _sentence_just_before(part, quote.start - part.offset)
    if previous is None:
        return None
    begins = part.offset + previous.start_char
    if any(begins < q.end and q.start < quote.start for q in quotes if q is not quote):
        return None
    mention = _sole_person_subject(previous, lexicon)
    if mention is None:
        return None
    return _Draft(
        content=(quote.start, quote.end),
        cue=None,
        cue_lemma="",
        source=mention,
        source_bounds=(part.offset + mention.start_char, part.offset + mention.end_char),
        strength=WEAK_CUE,
        part=part,
        sentence=sent,
        direct=True,
    )


def _closed_sentence(quote: Quote, text: str, after: str) -> bool:
    """The quotation ends on a full stop and a new sentence opens after it: "« … C'est cruel. »
    Le deuxième-ligne a toutefois salué …" goes on with the narration, where "… right?” Trump
    went on" and "… », ajoute-t-il" frame the quotation."""
    words = text[quote.start : quote.end].rstrip(" \u00a0")
    while words and words[-1] in CLOSERS:
        words = words[:-1].rstrip(" \u00a0")
    return words.endswith(".") and after[:1].isupper()


def _sentence_just_before(part: Part, position: int) -> SpacySpan | None:
    """The sentence that ends right before ``position`` (in the part), in its paragraph."""
    end = len(part.text[:position].rstrip(" \u00a0\t"))
    if end == 0 or part.text[end - 1] == "\n":
        return None
    last = part.doc.char_span(end - 1, end, alignment_mode="expand")
    sentence = last[0].sent if last is not None and len(last) else None
    # the sentence may take in the blanks after it, up to the quotation
    return sentence if sentence is not None and sentence.end_char <= position else None


def _sole_person_subject(sentence: SpacySpan, lexicon: Lexicon) -> SpacySpan | None:
    """The person the subject of the sentence's main verb names, when no other person acts in
    it: not "I saw Brafman's surprise — he expected … — and the judge interrupted me", whose
    subjects are three people. A pronoun of that person's gender may be them again."""
    subject = next((t for t in sentence if _main_subject(t)), None)
    mention = _person_mention(subject, lexicon) if subject is not None else None
    if subject is None or mention is None:
        return _name_taken_up(sentence)
    gender = lexicon.pronouns.get(subject.lower_)
    for other in sentence:
        if other.dep_ not in SUBJECT_DEPS or other.i in range(mention.start, mention.end):
            continue
        if other.i == subject.i:
            continue  # the role the name is set off after
        if lexicon.is_first_person(other.text):
            return None
        pronoun = lexicon.pronouns.get(other.lower_)
        if pronoun in (MALE, FEMALE) and gender in (None, pronoun):
            continue  # "Trump went on, as if he didn't hear her": Trump again
        if _person_mention(other, lexicon) is not None:
            return None
    return mention


def _name_taken_up(sentence: SpacySpan) -> SpacySpan | None:
    """A person's name opening the sentence, set off before the pronoun that takes it up
    ("Claire Dumas, elle, n'y croit plus") or the verb the parse made its conjunct, which the
    small French model may parse with no subject at all: what the sentence is about."""
    name = person_name_at(sentence.doc, sentence.start)
    if name is None or name.end + 2 >= sentence.end:
        return None
    return name if taken_up_after(sentence.doc, name.end) or _rooted_on_name(name) else None


def _rooted_on_name(name: SpacySpan) -> bool:
    """ "Nadia, cariste depuis dix-sept ans, touche 1 780 euros", parsed with the name for its
    root and the verb its conjunct, with no subject: the name is the verb's subject."""
    root = name.root
    return root.dep_ == "ROOT" and any(
        c.pos_ == "VERB"
        and c.dep_ == "conj"
        and not any(s.dep_ in SUBJECT_DEPS for s in c.children)
        for c in root.children
    )


# The subject of an active verb, as each model labels it.
ACTIVE_SUBJECT_DEPS = frozenset({"nsubj"})
# How another clause hangs on the verb: a subject inside one is not what the sentence is about.
OTHER_CLAUSE_DEPS = SUBORDINATE_DEPS | {"parataxis", "conj"}


def _main_subject(token: Token) -> bool:
    """The active subject of the sentence's main verb, which the parse may hang on a word
    below the root ("Pierre Sage s'est montré prudent", rooted on "prudent")."""
    if token.dep_ not in ACTIVE_SUBJECT_DEPS:
        return False
    head = token.head
    return head.dep_ == "ROOT" or (head.head.dep_ == "ROOT" and head.dep_ not in OTHER_CLAUSE_DEPS)


def _person_mention(subject: Token, lexicon: Lexicon) -> SpacySpan | None:
    """The words that name the person a subject is: a name the recogniser found, a pronoun
    of a gender ("il", "she"), or a role noun with its article ("le technicien"). None for a
    thing, a group, or the writer."""
    doc = subject.doc
    if subject.ent_type_:
        first = subject.ent_iob == BEGINS_ENTITY
        entity = entity_from(doc, subject.i) if first else name_holding(doc, subject.i)
        return entity if entity is not None and entity.label_ in PERSON_LABELS else None
    if lexicon.is_gendered_pronoun(subject.text):
        return doc[subject.i : subject.i + 1]
    if subject.pos_ == "NOUN" and subject.lemma_.lower() in lexicon.person_roles:
        if "Plur" in feature(subject, "Number"):
            return None
        named = next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_), None)
        if named is not None and named.ent_iob == BEGINS_ENTITY:
            # "Le capitaine béarnais, Hugo Darrieussecq, cherchait ses mots": the name
            entity = entity_from(doc, named.i)
            if entity.label_ in PERSON_LABELS:
                return entity
        return doc[subject.left_edge.i : subject.i + 1]
    return None


def _names_subject(token: Token) -> bool:
    """The token is a subject, or in apposition to one."""
    apposed = token.dep_ == "appos" and token.head.dep_ in SUBJECT_DEPS
    return token.dep_ in SUBJECT_DEPS or apposed


def _paragraph_before(text: str, position: int) -> tuple[int, int] | None:
    """The paragraph before the one at ``position``, past any intertitle between them."""
    end = text.rfind("\n", 0, position)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not _is_intertitle(line):
            return start, end
        end = start - 1
    return None


# The longest line read as an intertitle ("Charger les batteries des voisins"), in words.
INTERTITLE_WORDS = 12


def _is_intertitle(line: str) -> bool:
    """A short line with no sentence's end and no quotation: a heading within the article."""
    words = line.split()
    if not words or len(words) > INTERTITLE_WORDS:
        return False
    marks = OPENING_MARKS | CLOSING_MARKS
    return line.rstrip()[-1] not in ".!?…:;," and not any(mark in line for mark in marks)


def _carried_frame(
    previous: _Draft, frames: dict[int, _Draft], quote: Quote, text: str, lexicon: Lexicon
) -> _Draft:
    """The claim a quotation goes on from, when the last one was made in the setting of a
    quotation's frame: in "“…,” Trump said at his party, two hours after news outlets declared
    him the victor. “…”", what the outlets declared hangs on "said", and the next quotation
    goes on with Trump's words. The speaker's own second act ("“…,” he said, adding that …")
    gives way to the quotation only if the words between let it go on."""
    framing = _framing_quotation(previous, frames)
    if framing is None or _relayed_by(previous, framing):
        return previous  # an outlet that relays the words frames them, and they go on
    if framing.source_bounds != previous.source_bounds:
        return framing
    return framing if _carries_speaker_on(framing, quote.start, text, lexicon) else previous


def _quotation_frames(drafts: list[_Draft]) -> dict[int, _Draft]:
    """The claims that quote before their cue ("“…,” X said"), by where their cue's head word
    starts in the article."""
    frames: dict[int, _Draft] = {}
    for draft in drafts:
        if draft.cue is None or draft.content[1] > draft.cue[0]:
            continue
        verb = _cue_token(draft)
        if verb is not None:
            frames[draft.part.offset + verb.idx] = draft
    return frames


def _framing_quotation(draft: _Draft, frames: dict[int, _Draft]) -> _Draft | None:
    """The quotation whose frame's verb governs the claim's cue."""
    inner = _cue_token(draft)
    if inner is None:
        return None
    for governor in inner.ancestors:
        other = frames.get(draft.part.offset + governor.idx)
        if other is not None and other is not draft and other.part is draft.part:
            return other
    return None


def _cue_token(draft: _Draft) -> Token | None:
    """The head word of the draft's cue, in its part's parse."""
    if draft.cue is None:
        return None
    offset = draft.part.offset
    span = draft.part.doc.char_span(
        draft.cue[0] - offset, draft.cue[1] - offset, alignment_mode="expand"
    )
    return None if span is None else span.root


def _in_earlier_source(draft: _Draft, position: int, holders: dict[int, list[_Draft]]) -> bool:
    if draft.cue is None:
        return False
    return any(
        other is not draft and other.content[1] <= position and other.source is not None
        for other in holders.get(draft.cue[0], ())
    )


def _source_holders(drafts: list[_Draft]) -> dict[int, list[_Draft]]:
    """For each cue's start, the claims whose source mention holds it, found once per article:
    asked for every orphan quotation, a search over every pair of claims cost minutes on long
    pages. Mentions are short, so a cue looks only at those starting within the longest."""
    sourced = sorted(
        ((d.source_bounds, d) for d in drafts if d.source_bounds is not None),
        key=lambda pair: pair[0][0],
    )
    starts = [bounds[0] for bounds, _ in sourced]
    longest = max((end - start for (start, end), _ in sourced), default=0)
    holders: dict[int, list[_Draft]] = {}
    for draft in drafts:
        if draft.cue is None:
            continue
        at = draft.cue[0]
        near = sourced[bisect_left(starts, at - longest) : bisect_right(starts, at)]
        holders[at] = [other for (start, end), other in near if start <= at < end]
    return holders


# Words allowed between a claim's frame and a quotation that continues it: a sentence of setting
# at most ("he said outside the hall, where…"). Longer, and the quotation is left unattributed
# rather than swallowing the writer's own sentences (15 scored best on PolNeAR train; 6 and 25
# both lost recall and precision).
CONTINUATION_GAP_WORDS = 15


def _carries_speaker_on(previous: _Draft, opening: int, text: str, lexicon: Lexicon) -> bool:
    """A quotation opening at ``opening`` goes on with ``previous``'s speaker: right after its
    frame (_continues_quote), with nobody else acting in between (_another_subject_before)."""
    return _continues_quote(previous, opening, text) and not _another_subject_before(
        previous, opening, lexicon
    )


def _continues_quote(previous: _Draft, opening: int, text: str) -> bool:
    """ "“…,” he said. “…”": a quotation opening at ``opening`` right after a claim's frame, in
    the same paragraph, with at most a few words of setting in between, goes on with the same
    speaker."""
    start, end = previous.content[1], opening
    if start > end or "\n" in text[start:end]:
        return False
    gap = list(text[start:end])
    for span in (previous.cue, previous.source_bounds):
        if span is not None:
            for i in range(max(span[0], start), min(span[1], end)):
                gap[i - start] = " "
    words = [w for w in "".join(gap).split() if any(c.isalnum() for c in w)]
    if len(words) <= CONTINUATION_GAP_WORDS:
        return True
    # the rest of the frame's own sentence, however long its setting: '“…,” Graham told CBS
    # News on Super Tuesday, when a dozen states held contests …. “But …”'
    frame_sentence_end = previous.part.offset + previous.sentence.end_char
    inside = previous.content[0] < frame_sentence_end <= end
    return inside and not text[frame_sentence_end:end].strip()


# Words at most between a reported clause and a quotation that goes on with it in its sentence
# ("he had offers for the gun, but “the offers were …”"); more, and the quotation stands apart.
CLAUSE_GAP_WORDS = 10
# What ends a clause's run: a sentence's end, a semicolon, a colon announcing something else.
CLAUSE_BREAK = re.compile(r"[.!?;:\n]")


def _goes_on_in_sentence(previous: _Draft, opening: int, text: str, lexicon: Lexicon) -> bool:
    """A quotation opening a few words after a reported clause that is not itself a quotation,
    with no break and no other verb of saying between, goes on with what the speaker said:
    "he had offers for the gun, but “the offers were to use it …”", "qu'il avait reçu des
    offres, mais « … »", "…, Bob said, while others “…”"; not "…, has said of terrorists that
    “…”", a claim of its own."""
    if _ends_quoted(previous, text):
        return False  # two quotations: the language's convention decides (_ends_quoted)
    start = previous.content[1]
    gap = text[start:opening]
    if CLAUSE_BREAK.search(gap) or len(gap.split()) > CLAUSE_GAP_WORDS:
        return False
    part = previous.part
    gap_words = part.doc.char_span(start - part.offset, opening - part.offset, "expand")
    own = previous.cue or (start, start)  # "…, Bob said, while others “…”": its own frame
    return not any(
        _a_verb_of_saying(t, lexicon) and not own[0] <= part.offset + t.idx < own[1]
        for t in gap_words or ()
    )


def _a_verb_of_saying(token: Token, lexicon: Lexicon) -> bool:
    """A verb (or auxiliary, as the parse may tag it) whose lemma introduces attributions."""
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in lexicon.cue_verbs


def _stands_alone(quote: Quote, text: str) -> bool:
    """The quotation is written as a sentence of its own, or several: with its full stop
    inside (a label or a title has none), a sentence's end before it, and its paragraph's end
    or another sentence after it."""
    if not any(mark in text[quote.start : quote.end] for mark in ".!?…"):
        return False
    before = text[: quote.start].rstrip(" \u00a0")
    after = text[quote.end :].lstrip(" \u00a0")
    opened = not before or before[-1] in ".!?\n" or before[-1] in CLOSING_MARKS
    return opened and (
        not after or after[0] == "\n" or after[0].isupper() or after[0] in OPENING_MARKS
    )


def _another_subject_before(previous: _Draft, opening: int, lexicon: Lexicon) -> bool:
    """Someone else acts between the claim and the quotation opening at ``opening`` ("“…,”
    Ebeling said, and her husband cut in. “…”"): it does not carry on the claim's speaker. The
    outlet that relays the claim ("“…,” he said, the Kyiv Independent reported. “…”") passes
    his words on and does not interrupt them."""
    part = previous.part
    start, end = previous.content[1] - part.offset, opening - part.offset
    own = [
        (span[0] - part.offset, span[1] - part.offset)
        for span in (previous.cue, previous.source_bounds, previous.relay)
        if span is not None
    ]
    return another_speaker_between(part.doc, max(start, 0), max(end, 0), lexicon, own)


def _speaker_named_before(
    parts: list[Part], quote: Quote, previous: _Draft, lexicon: Lexicon
) -> bool:
    """The quotation's own sentence, another than the previous claim's, has a subject of its
    main verb, or of a verb of saying, before it: whoever that sentence is about says it, in
    words the rules did not read ("Son avocate a demandé à la cour de « … »"), or someone it
    does not name ("…, où l'on affirme que « … »"); it does not carry on the previous
    speaker."""
    located = _locate(parts, quote.start)
    if located is None:
        return False
    part, sent = located
    begins, ends = part.offset + sent.start_char, part.offset + sent.end_char
    frame = previous.cue or previous.source_bounds
    if frame is not None and begins <= frame[0] < ends:
        return False  # '“…,” he said of Trump, “…”': the same sentence goes on
    taken = [previous.content, previous.cue, previous.source_bounds]
    # "Une version que conteste son avocate, Me Claire Fontaine : « … »": a lead that names a
    # person and hands the quotation on with a colon speaks for someone else
    announced = part.text[sent.start_char : quote.start - part.offset].rstrip().endswith(":")
    for token in sent:
        at = part.offset + token.idx
        if at >= quote.start:
            break
        if any(span is not None and span[0] <= at < span[1] for span in taken):
            continue
        if announced and token.ent_type_ in PERSON_LABELS:
            return True
        # the subject of the sentence's main verb ("La préfecture salue …"), not a noun in a
        # phrase of setting ("For black voters, he said, their “…”") or a subordinate clause
        main = token.head.dep_ == "ROOT" and token.head.i >= token.i
        if token.dep_ in SUBJECT_DEPS and main and token.pos_ in ("NOUN", "PROPN", "PRON"):
            return True
        # the subject of a verb of saying before the quotation, in any clause: "Une information
        # démentie par Matignon, où l'on affirme que « … »", someone unnamed, not carried on
        saying = token.head.i > token.i and token.head.lemma_.lower() in lexicon.cue_verbs
        if token.dep_ in SUBJECT_DEPS and saying:
            return True
    return False


def _set_as_paragraph(text: str, quote: Quote) -> bool:
    """The quotation is its paragraph (``_paragraph_is_quote``) and ends on a sentence's end,
    inside its marks or after them: a quotation set as a heading ("« Les combats sont entrés
    dans une phase terrifiante »", a pull quote repeating words quoted below, whoever said
    them) has none."""
    line_end = text.find("\n", quote.end)
    rest = text[quote.start : len(text) if line_end < 0 else line_end]
    return _paragraph_is_quote(text, quote) and any(mark in rest for mark in ".!?…")


def _paragraph_is_quote(text: str, quote: Quote) -> bool:
    """The quotation is its paragraph, with nothing before it or after it but punctuation:
    not "''They were competitors,'' Daley said of …", whose frame is its own."""
    line_start = text.rfind("\n", 0, quote.start) + 1
    line_end = text.find("\n", quote.end)
    after = text[quote.end : len(text) if line_end < 0 else line_end]
    return not text[line_start : quote.start].strip() and not any(c.isalnum() for c in after)


def _locate(parts: list[Part], position: int) -> tuple[Part, SpacySpan] | None:
    for part in parts:
        local = position - part.offset
        if 0 <= local < len(part.text):
            for sent in part.sentences:
                if sent.start_char <= local < sent.end_char:
                    return part, sent
    return None


def _resolve(
    drafts: list[_Draft],
    parts: list[Part],
    text: str,
    lexicon: Lexicon,
    quotes: list[Quote],
    published: PartialDate | None,
) -> list[Claim]:
    """Turn drafts into claims: sources typed and resolved, hedges and dates found."""
    quote_ends = [q.end for q in quotes]
    starts = [part.offset + s.start_char for part in parts for s in part.sentences]
    spoken = [(q.start, q.end) for q in quotes if q.is_speech]
    antecedents = Antecedents(people_in(parts, lexicon), starts, spoken)
    antecedents.learn_narrated_genders(_opening_pronouns(parts, lexicon))
    resolver = sources.SpeakerResolver(lexicon, antecedents)
    resolver.learn([part.doc for part in parts])
    resolver.note_subject_bodies([(part.offset, part.doc) for part in parts])
    claims: list[Claim] = []
    neighbours = _drafts_by_sentence(drafts)
    for draft in drafts:
        mention = None
        if draft.source is not None and draft.source_bounds is not None:
            mention = resolver.resolve(
                draft.source,
                draft.source_bounds,
                text,
                anchor=draft.content[0],
                cue_lemma=draft.cue_lemma,
            )
            if draft.written is not None:
                start, end = draft.written  # "who", named after its antecedent
                mention = replace(mention, text=text[start:end], start=start, end=end)
            if draft.post and mention.type is SourceType.UNKNOWN and full_name_gender(mention.name):
                # A post signed with a first name and a surname is a person's, even where the
                # entity recogniser does not know the name ("Donald J. Trump" in French text).
                mention = replace(mention, type=SourceType.PERSON)
        content = Span(text[slice(*draft.content)], *draft.content)
        cue = None
        if draft.cue is not None:
            cue = Cue(
                text[slice(*draft.cue)],
                *draft.cue,
                lemma=draft.cue_lemma,
                type=lexicon.cue_type(draft.cue_lemma),
            )
        overlapping = _quotes_in(quotes, quote_ends, draft.content)
        kind = _kind(draft, overlapping, text, lexicon)
        hedges = hedging.find_hedges(draft.part, draft.sentence, draft.content, lexicon, cue, text)
        hedges = _own_hedges(hedges, draft, neighbours[_sentence_key(draft)])
        if mention is not None and kind in (ClaimKind.DIRECT, ClaimKind.MIXED):
            hedges = hedging.speakers_own(hedges, overlapping)  # "“It will probably pass”"
        claims.append(
            Claim(
                id="",
                kind=kind,
                content=content,
                source=mention,
                cue=cue,
                hedges=hedges,
                statement_date=dates.statement_date(
                    draft.part, draft.sentence, draft.content, lexicon, published, draft.cue
                ),
                origin=draft.origin,
            )
        )
    return claims


def _opening_pronouns(parts: list[Part], lexicon: Lexicon) -> Iterator[tuple[int, str]]:
    """Where a sentence opens on a gendered pronoun, its subject ("She is 45."), and the
    pronoun's gender."""
    for part in parts:
        for sent in part.sentences:
            first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
            if first is None or first.dep_ not in SUBJECT_DEPS:
                continue
            gender = lexicon.pronouns.get(first.lower_)
            if gender in (MALE, FEMALE):
                yield part.offset + first.idx, gender


def _sentence_key(draft: _Draft) -> tuple[int, int]:
    return draft.part.offset, draft.sentence.start


def _drafts_by_sentence(drafts: list[_Draft]) -> dict[tuple[int, int], list[_Draft]]:
    by_sentence: dict[tuple[int, int], list[_Draft]] = {}
    for draft in drafts:
        by_sentence.setdefault(_sentence_key(draft), []).append(draft)
    return by_sentence


def _own_hedges(
    hedges: tuple[Hedge, ...], draft: _Draft, neighbours: list[_Draft]
) -> tuple[Hedge, ...]:
    """A hedge inside what another claim of the sentence reports is that claim's: in "The
    mayor said the budget was balanced, and the auditor warned that a deficit was likely",
    "likely" is the auditor's, not a doubt on the mayor's words; in "Selon Le Parisien, le
    ministre a assuré que la réforme serait votée", "serait" is the minister's tense, not the
    outlet's doubt. A word of the speaker's name is no hedge either: "likely voters" are who
    spoke."""
    start, end = draft.content
    named = draft.source_bounds or (0, 0)
    reported = [d.content for d in neighbours if _relayed_by(d, draft)]  # statements it relays
    others = [
        d.content
        for d in neighbours
        if d.content != draft.content and not _relayed_by(draft, d)  # not the outlet's report
    ]

    def within(hedge: Hedge, spans: list[tuple[int, int]]) -> bool:
        return any(s <= hedge.start and hedge.end <= e for s, e in spans)

    return tuple(
        h
        for h in hedges
        if not (named[0] <= h.start and h.end <= named[1])
        and not within(h, reported)
        and (start <= h.start < end or not within(h, others))
    )


def _quotes_in(quotes: list[Quote], ends: list[int], bounds: tuple[int, int]) -> list[Quote]:
    """The quotations overlapping ``bounds``; ``quotes`` are in text order and never nest, so
    their ends are sorted too and a bisection finds the first one."""
    found = []
    for quote in quotes[bisect_right(ends, bounds[0]) :]:
        if quote.start >= bounds[1]:
            break
        found.append(quote)
    return found


def _kind(draft: _Draft, quotes: list[Quote], text: str, lexicon: Lexicon) -> ClaimKind:
    """Direct when the content is quotation from end to end (a split quote included), mixed
    when it quotes someone's words inside a paraphrase, indirect otherwise. ``quotes`` are
    those that overlap the content."""
    start, end = draft.content
    quoted = sum(_overlap((q.start, q.end), draft.content) for q in quotes if q.is_speech)
    inner = text[start:end].strip(" ,.;:—–")
    framed = bool(inner) and inner[0] in OPENING_MARKS and inner[-1] in CLOSING_MARKS
    if framed and draft.cue is not None and not start <= draft.cue[0] < end:
        # "a dénoncé « l'hypocrisie » de la grande distribution, qui « s'engraisse … »": two
        # quotations with the writer's words between and no frame splitting them paraphrase
        framed = sum(start <= q.start and q.end <= end for q in quotes) <= 1
    # mostly quotation, and opening on it: "avoir frappé « des infrastructures … »" opens on
    # the writer's words, a paraphrase that quotes
    opens_quoted = bool(inner) and inner[0] in OPENING_MARKS
    if draft.direct or framed or (quoted >= 0.8 * (end - start) and opens_quoted):
        return ClaimKind.DIRECT
    # "a appelé à la « retenue »": a single quoted word inside a paraphrase is still the
    # speaker's own word, quoted.
    fragments = any(
        start <= q.start and q.end <= end and not q.title and not _distanced(q, text, lexicon)
        for q in quotes
    )
    return ClaimKind.MIXED if quoted or fragments else ClaimKind.INDIRECT


def _distanced(quote: Quote, text: str, lexicon: Lexicon) -> bool:
    """ "so-called “forever chemicals”": the writer's label for a thing, not a quoted word."""
    before = text[max(0, quote.start - 20) : quote.start].lower().rstrip()
    return any(before.endswith(word) for word in lexicon.distancing)


def _unattributed(
    parts: list[Part], claims: list[Claim], text: str, lexicon: Lexicon
) -> list[Claim]:
    """What the article asserts in its own voice: each sentence, or clause of a sentence, that
    no claim covers and that states something (a verb and its subject, five words or more)."""
    taken = bytearray(len(text))  # 1 where a claim's content, cue or source lies
    cues = bytearray(len(text))  # 1 where a claim's cue lies
    speakers = bytearray(len(text))  # 1 where a claim's source lies
    for claim in claims:
        source = None if _source_in_sentence_before(claim, text) else claim.source
        for span in (claim.content, claim.cue, source):
            if span is not None:
                taken[span.start : span.end] = b"\x01" * (span.end - span.start)
        for span, marks in ((claim.cue, cues), (source, speakers)):
            if span is not None:
                marks[span.start : span.end] = b"\x01" * (span.end - span.start)
    found: list[Claim] = []
    for part in parts:
        for sent in part.sentences:
            for run in _uncovered_runs(sent, part.offset, taken):
                if not _states_something(run, whole=len(run) == len(sent)):
                    continue
                if _question_put(run, lexicon):
                    # "Asked whether he would resign, …": what he was asked; what the
                    # sentence says past it is the article's ("Interrogé par Le Monde, le
                    # ministre est resté évasif")
                    rest = _past_question(run)
                    if rest is None or not _main_clause_in(rest, run[0]):
                        continue
                    run = rest
                if _setting_of_a_cue(run, part.offset, cues):
                    continue  # "…, she said on CNN when asked what …": the frame's setting
                if _describes_a_source(run, part.offset, speakers, lexicon.age_words):
                    continue  # "Selon Reuters, qui cite deux sources, …": who the source is
                bounds = (part.offset + run[0].idx, part.offset + run[-1].idx + len(run[-1]))
                found.append(
                    Claim(
                        id="",
                        kind=ClaimKind.UNATTRIBUTED,
                        content=Span(text[slice(*bounds)], *bounds),
                        hedges=hedging.find_hedges(part, sent, bounds, lexicon, None, text),
                    )
                )
    return found


def _source_in_sentence_before(claim: Claim, text: str) -> bool:
    """A quotation with no cue whose speaker the sentence before names ("Betsy Ebeling shook
    her head. “…”"): that sentence is the article's own, its subject included."""
    source = claim.source
    if claim.cue is not None or source is None or source.end > claim.content.start:
        return False
    return any(mark in text[source.end : claim.content.start] for mark in ".!?")


def _uncovered_runs(sent: SpacySpan, offset: int, taken: bytearray) -> Iterator[SpacySpan]:
    """Stretches of the sentence outside every claim, trimmed of edge punctuation."""
    run: list[int] = []
    for token in sent:
        start = offset + token.idx
        if taken.find(1, start, start + len(token)) < 0:
            run.append(token.i)
        elif run:
            yield from _trim(sent, run)
            run = []
    if run:
        yield from _trim(sent, run)


def _trim(sent: SpacySpan, run: list[int]) -> Iterator[SpacySpan]:
    doc = sent.doc
    first, last = run[0], run[-1]
    while first <= last and (
        doc[first].is_space
        or (doc[first].is_punct and not doc[first].is_left_punct)
        or doc[first].pos_ == "CCONJ"
    ):
        first += 1
    while last >= first and (
        doc[last].is_space or doc[last].pos_ == "CCONJ" or _loose_end(doc[last])
    ):
        last -= 1
    if first <= last:
        yield doc[first : last + 1]


def _loose_end(token: Token) -> bool:
    """Punctuation a statement does not end on: a comma, a dash; not "." nor a closing mark."""
    return (
        token.is_punct
        and token.text not in ".!?…"
        and not (token.is_quote and token.is_right_punct)
    )


def _setting_of_a_cue(run: SpacySpan, offset: int, cues: bytearray) -> bool:
    """The stretch is a phrase a claim's cue governs, no clause joined to it: "said on CNN
    last month when asked …" sets the frame; "said …, and the rally ended" states more."""
    below = run.root
    for above in run.root.ancestors:
        if cues[offset + above.idx]:
            return below.dep_ not in ("conj", "parataxis", "ccomp")
        below = above
    return False


def _describes_a_source(
    run: SpacySpan, offset: int, speakers: bytearray, age_words: frozenset[str]
) -> bool:
    """The stretch is a relative clause on a claim's source: whom it cites ("Selon l'agence
    Reuters, qui cite deux sources proches du dossier, …"), how it spoke ("une députée, qui a
    souhaité garder l'anonymat"), what it has to do with the story. It tells the reader who
    the source is, which the source's entry shows; the article states nothing else by it."""
    words = [t for t in run if not (t.is_punct or t.is_space)]
    aged = age_length(list(run), age_words)  # "Pour Marie, 34 ans, qui fait …"
    relative = words[aged] if len(words) > aged else None
    # "Pour le pédiatre X, qui n'a pas participé …", however the parse hung it
    set_off = relative is not None and is_relative_pronoun(relative)
    set_off = set_off and _after_a_source(words[0], offset, speakers)
    return set_off or _relatives_on_source(words, run, offset, speakers)


def _relatives_on_source(
    words: list[Token], run: SpacySpan, offset: int, speakers: bytearray
) -> bool:
    """Every word of the stretch hangs on a relative clause whose antecedent is a source."""
    roots = [t for t in words if not run.start <= t.head.i < run.end]  # not the full stop's
    return bool(roots) and all(
        t.dep_ in RELATIVE_DEPS and speakers[offset + t.head.idx] for t in roots
    )


def _after_a_source(word: Token, offset: int, speakers: bytearray) -> bool:
    """The word follows a claim's source and the comma after it, in the source's sentence
    (not "…, wrote Jared Bernstein. What seems most striking is …")."""
    doc = word.doc
    comma = word.i - 1
    if comma < 1 or doc[comma].text != "," or word.is_sent_start:
        return False
    return bool(speakers[offset + doc[comma - 1].idx])


def _question_put(run: SpacySpan, lexicon: Lexicon) -> bool:
    """A stretch that opens with the participle of a verb of asking ("Asked whether …",
    "Interrogé sur …"): the question put to the speaker of the sentence, not the article's
    own statement."""
    first = run[0]
    participle = "Part" in feature(first, "VerbForm")
    return participle and first.lemma_.lower() in lexicon.question_verbs


def _past_question(run: SpacySpan) -> SpacySpan | None:
    """The stretch after the question phrase that opens ``run``: past the participle's own
    words ("Asked why …, in the same defense bill, that …" is all question), or past the
    first comma where the parser made the participle the sentence's head."""
    participle = run[0]
    if participle.head != participle:
        end = participle.right_edge.i
    else:
        end = next((t.i for t in run if t.text == ","), run.end)
    words = [t for t in run.doc[end + 1 : run.end] if not (t.is_space or t.text == ",")]
    return run.doc[words[0].i : run.end] if words else None


def _main_clause_in(run: SpacySpan, question: Token) -> bool:
    """Whether ``run`` holds the sentence's main verb with its subject, past the participle
    of the ``question`` put: a statement of its own, not more of the question ("Asked if it
    had appeared he was encouraging violence, Trump said"). Where the parser made the
    participle the sentence's head, any verb with its subject that no conjunction
    subordinates."""
    inside = range(run.start, run.end)
    misread = question.head == question
    return any(
        t.pos_ in ("VERB", "AUX")
        and (t.dep_ == "ROOT" or (misread and t.dep_ not in SUBORDINATE_DEPS))
        and not any(c.dep_ == "mark" for c in t.children)
        and any(c.dep_ in SUBJECT_DEPS and c.i in inside for c in t.children)
        for t in run
    )


def _states_something(run: SpacySpan, whole: bool) -> bool:
    words = sum(1 for t in run if t.is_alpha)
    if words < MIN_STATEMENT_WORDS or run.text.rstrip().endswith("?"):
        return False
    verbs = [t for t in run if t.pos_ in ("VERB", "AUX") and not t.dep_.startswith("aux")]
    if whole:
        return bool(verbs)
    inside = range(run.start, run.end)
    return any(c.dep_ in SUBJECT_DEPS and c.i in inside for v in verbs for c in v.children)


__all__ = ["find_claims"]
