"""Hedges: the words by which an article declines to vouch for what it reports.

The French journalistic conditional ("des terroristes auraient été formés") is told apart from
its look-alikes by the grammar of the language, not by word lists alone:

- a conditional under "si" is a hypothesis ("s'il venait, il serait content");
- "devrait", "faudrait", "voudrait" predict, advise or ask (``conditional_exclusions``);
- a simple conditional in a clause reported by a verb in the past is the future-in-the-past
  ("il avait déclaré que les forces poursuivraient"), a matter of tense agreement; the compound
  conditional ("auraient été formés") keeps its hedging sense there.

Distancing words ("soi-disant", "so-called") are reported as hedges of kind ``distancing``: they
distance the writer from a label, not from the claim, so they do not make a claim ``hedged``.
Nor does a hedge inside a speaker's quoted words ("“It will probably pass,” she said"), or an
adverb of certainty inside what a cue reports ("Berne estime que la substance doit probablement
…"): that is the speaker's own uncertainty, kept and marked ``speaker`` (``speakers_own``,
``find_hedges``). Evidentials there ("allegedly", "dit-on") stay the article's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from claimcheck.models import Cue, Hedge, HedgeKind
from claimcheck.nlp.frames.base import RELATIVE_DEPS, SUBJECT_DEPS, is_relative_pronoun
from claimcheck.nlp.lexicon import Lexicon, folded
from claimcheck.nlp.morphology import feature
from claimcheck.nlp.parse import Part
from claimcheck.nlp.quotes import Quote

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The dependency of a passive auxiliary (Universal Dependencies): "serait" in "serait rouverte"
# is a passive in the simple conditional, not a compound tense.
PASSIVE_AUXILIARY = "aux:pass"
# The shortest infinitive a form the tagger did not call a verb is read back to ("rire" no).
MIN_STEM = 4
# What makes a participle or an adjective the predicate of a clause: an auxiliary, a copula, a
# subject ("aux", "aux:tense", "cop", "nsubj", "nsubj:pass", "auxpass").
PREDICATE_DEPS = ("aux", "cop", "nsubj")


# Clauses of their own inside a sentence: adverbial and relative clauses.
OTHER_CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl:relcl"})


def find_hedges(
    part: Part,
    sentence: Span,
    content: tuple[int, int],
    lexicon: Lexicon,
    cue: Cue | None,
    text: str,
) -> tuple[Hedge, ...]:
    """Hedges bearing on the claim whose content (article offsets) lies in ``sentence``."""
    start, end = content
    tokens = [t for t in sentence if start <= part.offset + t.idx < end]
    found = _conditionals(part, sentence, tokens, lexicon, cue)
    if cue is not None:
        found += _conditional_cue(part, sentence, lexicon, cue)
    # In a reported content, "pourrait" or "may" is the speaker's own uncertainty: it does not
    # say that the article declines to vouch for the claim. Unless it is the conditional of a
    # past fact ("pourrait avoir dissimulé des pertes"), which the article reports unvouched
    # as it does "aurait dissimulé".
    modals = _modals(tokens, lexicon)
    if cue is not None:
        modals = [m for m in modals if _of_a_past_fact(m)]
    found += [_hedge(part, m, HedgeKind.MODAL) for m in modals]
    lexical = _phrases(part, sentence, lexicon.lexical_hedges, HedgeKind.LEXICAL, None)
    found += [
        h
        for h in lexical
        if not _describes_the_speaker(part, sentence, h, cue)
        and not _in_another_clause(part, sentence, h, content, cue)
    ]
    found += _phrases(part, sentence, lexicon.distancing, HedgeKind.DISTANCING, content)
    # Hedge words as the article writes them, not as the parser's copy does; an adverb of
    # certainty in a reported content is the speaker's own doubt ("Berne estime que la
    # substance doit probablement être classée …"), as a modal there is.
    unique = {
        (h.start, h.end): Hedge(
            text[h.start : h.end],
            h.kind,
            h.start,
            h.end,
            speaker=cue is not None and start <= h.start < end and _epistemic(h, text, lexicon),
        )
        for h in found
    }
    return tuple(sorted(unique.values(), key=lambda h: h.start))


def _conditionals(
    part: Part, sentence: Span, tokens: list[Token], lexicon: Lexicon, cue: Cue | None
) -> list[Hedge]:
    if not lexicon.hypothesis_markers and not lexicon.conditional_exclusions:
        return []  # a language without a journalistic conditional
    if _under_hypothesis(part, sentence, lexicon):
        return []
    past_cue = cue is not None and _cue_in_past(sentence, part, cue)
    hedges = []
    for token in tokens:
        conditional = "Cnd" in feature(token, "Mood") and _conditional_form(token, lexicon)
        if not (conditional or _misread_conditional(token, lexicon)):
            continue
        # the clause's head: the participle of "aurait ignoré", the predicate of "serait témoin"
        verb = token.head if token.dep_.startswith("aux") or token.dep_ == "cop" else token
        if verb.dep_ in RELATIVE_DEPS and _has_relative_pronoun(verb):
            continue  # "les agents qui seraient témoins": a case, not a claim
        if verb.lemma_.lower() in lexicon.conditional_exclusions:
            continue
        if token.lemma_.lower() in lexicon.modal_verbs:
            continue  # "pourrait" is a modal hedge, reported as such
        # "auraient été formés"; not the passive "serait rouverte", a simple conditional
        compound = token.dep_.startswith("aux") and token.dep_ != PASSIVE_AUXILIARY
        if past_cue and not compound:
            continue  # future-in-the-past
        hedges.append(_hedge(part, token, HedgeKind.CONDITIONAL))
    return hedges


def _conditional_cue(part: Part, sentence: Span, lexicon: Lexicon, cue: Cue) -> list[Hedge]:
    """ "Le joueur aurait déclaré qu'il partait": a cue in the compound conditional says the
    article does not vouch that the words were said at all."""
    cue_tokens = [t for t in sentence if cue.start <= part.offset + t.idx < cue.end]
    auxiliaries = [
        t
        for t in cue_tokens
        if t.dep_.startswith("aux")
        and t.dep_ != PASSIVE_AUXILIARY
        and "Cnd" in feature(t, "Mood")
        and _conditional_form(t, lexicon)
        and t.lemma_.lower() not in lexicon.modal_verbs
    ]
    if not auxiliaries or _under_hypothesis(part, sentence, lexicon):
        return []
    return [_hedge(part, auxiliaries[0], HedgeKind.CONDITIONAL)]


def _under_hypothesis(part: Part, sentence: Span, lexicon: Lexicon) -> bool:
    """ "s'il venait, il serait content": a conditional under "si" is a hypothesis."""
    pattern = _markers_pattern(lexicon.hypothesis_markers)
    return pattern is not None and pattern.search(part.text_of(sentence).lower()) is not None


def _has_relative_pronoun(verb: Token) -> bool:
    """A relative clause has its pronoun ("qui", "dont"); without one, the parser took a
    reported clause ("révèle que le ministère aurait ignoré …") for a relative."""
    return any(is_relative_pronoun(child) for child in verb.children)


def _misread_conditional(token: Token, lexicon: Lexicon) -> bool:
    """A conditional the tagger read as an imperfect ("démissionnerait", "prendrait"): its
    stem is the infinitive (less a final "e"), where an imperfect's is not ("déclarait",
    "mourait"); or one it did not read as a verb at all ("prouveraient")."""
    untagged = token.pos_ not in ("VERB", "AUX") and token.is_lower and token.is_alpha
    tenses = feature(token, "Tense")
    if "Imp" not in tenses and "Pres" not in tenses and not untagged:
        return False
    form, lemma = token.lower_, token.lemma_.lower()
    for ending in lexicon.conditional_endings:
        if form.endswith(ending):
            stem = form[: len(form) - len(ending) + 1]  # the future's stem keeps the ending's "r"
            if untagged:
                # "prouveraient" tagged a preposition: its stem is an infinitive ("prouver");
                # "portrait", "extrait" have none
                return len(stem) > MIN_STEM and stem.endswith(lexicon.infinitive_endings)
            return stem in (lemma, lemma[:-1])
    return False


def _conditional_form(token: Token, lexicon: Lexicon) -> bool:
    """The tagger's conditional, checked against the form: "pouvaient" is no conditional."""
    endings = lexicon.conditional_endings
    return not endings or token.lower_.endswith(endings)


def _cue_in_past(sentence: Span, part: Part, cue: Cue) -> bool:
    words = [t for t in sentence if cue.start <= part.offset + t.idx < cue.end]
    if any(_in_past(t) for t in words):
        return True
    # "a assuré que …, ajoutant que le texte serait présenté": a present participle has no
    # tense of its own; it takes the sentence's, a future-in-the-past all the same
    participle = any("Part" in feature(t, "VerbForm") and _present(t) for t in words)
    return participle and _in_past(sentence.root)


def _in_past(token: Token) -> bool:
    tense = feature(token, "Tense")
    return "Past" in tense or "Imp" in tense


def _present(token: Token) -> bool:
    return "Pres" in feature(token, "Tense")


def _modals(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    return [
        t
        for t in tokens
        if t.lemma_.lower() in lexicon.modal_verbs
        and (t.tag_ == "MD" or ("Cnd" in feature(t, "Mood") and _conditional_form(t, lexicon)))
    ]


def _of_a_past_fact(modal: Token) -> bool:
    """A modal in the conditional whose verb is a perfect infinitive: "pourrait avoir
    construit", "pourraient avoir été formés"."""
    if "Cnd" not in feature(modal, "Mood"):
        return False
    if modal.dep_.startswith("aux"):
        verbs = [modal.head]
    else:
        verbs = [c for c in modal.children if c.dep_ == "xcomp"]
    return any(
        a.dep_.startswith("aux") and "Inf" in feature(a, "VerbForm")
        for verb in verbs
        for a in verb.children
    )


def _phrases(
    part: Part,
    sentence: Span,
    phrases: tuple[str, ...],
    kind: HedgeKind,
    within: tuple[int, int] | None,
) -> list[Hedge]:
    written = part.text_of(sentence)
    text = written.lower()
    base = part.offset + sentence.start_char
    hedges: list[Hedge] = []
    pattern = _phrases_pattern(phrases)
    if pattern is None:
        return hedges
    for match in pattern.finditer(text):
        start, end = base + match.start(), base + match.end()
        if within is not None and not (within[0] <= start and end <= within[1]):
            continue
        hedges.append(Hedge(written[match.start() : match.end()], kind, start, end))
    return hedges


def _in_another_clause(
    part: Part, sentence: Span, hedge: Hedge, content: tuple[int, int], cue: Cue | None
) -> bool:
    """ "X told Reuters that …, as negotiations appeared to stall", "X, who apparently
    resigned, said …": a hedge outside the content, in a clause of its own that holds neither
    the cue nor the content, bears on that clause, not on the claim."""
    if cue is None or content[0] <= hedge.start < content[1]:
        return False
    word = next((t for t in sentence if part.offset + t.idx == hedge.start), None)
    if word is None:
        return False
    clause = next((t for t in (word, *word.ancestors) if t.dep_ in OTHER_CLAUSE_DEPS), None)
    if clause is None:
        return False
    left, right = clause.left_edge, clause.right_edge
    span = (part.offset + left.idx, part.offset + right.idx + len(right.text))

    def holds(at: int) -> bool:
        return span[0] <= at < span[1]

    return not (holds(cue.start) or holds(content[0]))


def _describes_the_speaker(part: Part, sentence: Span, hedge: Hedge, cue: Cue | None) -> bool:
    """ "a déclaré le candidat, visiblement ému", "The senator, visibly moved, said": the
    adverb qualifies how the speaker looked (an adjective or a past participle hung on the cue
    or on its subject), not whether the article vouches for what was said."""
    word = next((t for t in sentence if part.offset + t.idx == hedge.start), None)
    if cue is None or word is None or word.dep_ != "advmod":
        return False
    state = word.head
    past = "Past" in feature(state, "Tense") or state.tag_ == "VBN"
    if not (state.pos_ == "ADJ" or past) or state.dep_ == "ROOT":
        return False
    if any(c.dep_.startswith(PREDICATE_DEPS) for c in state.children):
        return False  # "aurait apparemment démissionné", "est apparemment parti": a predicate

    def in_cue(token: Token) -> bool:
        return cue.start <= part.offset + token.idx < cue.end

    hung = state.head
    if in_cue(hung) or (hung.dep_ in SUBJECT_DEPS and in_cue(hung.head)):
        return True
    # "…, a-t-il déclaré, visiblement agacé.": set off after the cue, whatever the parser hung
    # it on (the small French model takes the quotation's verb)
    before = sentence.doc[word.i - 1] if word.i > sentence.start else None
    after_cue = part.offset + word.idx >= cue.end and state.i == word.i + 1
    return after_cue and before is not None and before.text == ","


@cache
def _phrases_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for a whole list, longest phrase first; apostrophes match either form."""
    if not phrases:
        return None
    escaped = (
        re.escape(p).replace("'", "['\u2019]").replace(r"\ ", r"\s+")
        for p in sorted(phrases, key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?:{'|'.join(escaped)})(?!\w)")


@cache
def _markers_pattern(markers: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of the words or phrases, as written, whole (not ``_phrases_pattern``'s looser
    spaces and apostrophes)."""
    if not markers:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(m) for m in markers)})(?!\w)")


def _hedge(part: Part, token: Token, kind: HedgeKind) -> Hedge:
    start = part.offset + token.idx
    return Hedge(token.text, kind, start, start + len(token.text))


def _epistemic(hedge: Hedge, text: str, lexicon: Lexicon) -> bool:
    words = folded(text[hedge.start : hedge.end])
    return hedge.kind is HedgeKind.LEXICAL and words in lexicon.epistemic_hedges


def speakers_own(hedges: tuple[Hedge, ...], quotes: Sequence[Quote]) -> tuple[Hedge, ...]:
    """The hedges of a quoted claim, those inside its quotation marks marked the speaker's;
    ``quotes`` are the quotations that overlap the claim."""
    return tuple(
        replace(h, speaker=True) if any(q.start < h.start and h.end < q.end for q in quotes) else h
        for h in hedges
    )
