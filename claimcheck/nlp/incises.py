"""Incises: the short "says who" clause set into or after a quotation.

French press copy puts the speaker in an incise with the subject after the verb: « …, affirme-t-
elle. … », « … », s'étonne le magistrat, « … », a-t-il lâché. The position itself marks the
cue, whatever the verb: writers reach for expressive verbs (glisser, soupirer, s'étonner,
mettre en perspective) that no list keeps up with, and the small models mis-tag them as nouns or
adjectives. So the rules here read the surface: a comma or a closing quotation mark, then a verb
with an inverted subject clitic ("-t-elle", "-il") or, right after a quotation, a verb and a noun
phrase that ends the clause.

An incise inside one pair of quotation marks reports the whole quotation (« X, souligne-t-elle.
Y » is one claim); one after a quotation reports the quotation it follows; one after plain words
("Une « ruée », écrit-il") reports the words before it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from claimcheck.nlp.frames import (
    SUBJECT_DEPS,
    Frame,
    FrameFinder,
    acts_as_verb,
    is_day,
    tokens_span,
)
from claimcheck.nlp.frames.base import (
    BRACKETED_TAG_WORDS,
    INSERTION_TOKENS,
    PERSON_LABELS,
    STRONG_CUE,
    WEAK_CUE,
    after_dateline,
    age_length,
    bracketed_tag,
    is_auxiliary,
    is_participle,
    is_person_name,
    is_present_participle,
    is_relative_pronoun,
    is_role_word,
    past_closing_name,
    person_name_at,
    set_phrase_at,
    tagged_verb_after_article,
    words_to_end,
)
from claimcheck.nlp.frames.contents import QUOTE_EDGES
from claimcheck.nlp.frames.verbal import light_lemma
from claimcheck.nlp.morphology import feature
from claimcheck.nlp.sources import HEARSAY

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# An incise names its speaker in a few words: "plaide l'avocate de Marc Dupont". Longer, and the
# words after the verb are a clause of their own, not a subject.
MAX_SUBJECT_WORDS = 10
# The words of a role set off after the speaker's name, which closes the sentence: "éleveur
# laitier à Loudéac et président de la FDSEA des Côtes-d'Armor" is longer than a subject.
MAX_APPOSITION_WORDS = 16
# How many words a channel or listener between the verb and its subject may have ("sur France
# Inter", "à ses proches collaborateurs").
CHANNEL_WORDS = 4
# The longest phrase of occasion or channel an incise puts before its subject ("à l'issue de la
# réunion", "lors d'un point de presse au ministère").
CHANNEL_PHRASE_WORDS = 10
# An incise is the surest frame of its sentence: where a verb frame reads the same cue differently
# (another subject, a narrower source), the incise wins.
INCISE_STRENGTH = 3
# Words before a quotation that make them part of what the incise reports: a clause of the
# speaker's that the quotation ends, not a mere "Et" or "Mais".
MIN_LEAD_WORDS = 3
# Preposed content shorter than this many words is a fragment ("Oui, dit-il"), not a claim.
MIN_PREPOSED_WORDS = 2


def incise_frames(finder: FrameFinder, sent: Span) -> Iterator[Frame]:
    """Every incise of the sentence, with the inverted-clitic form tried first."""
    for token in sent:
        frame = (
            _clitic_incise(finder, sent, token)
            or _noun_incise(finder, sent, token)
            or _subject_first_incise(finder, sent, token)
            or _set_off_frame(finder, sent, token)
        )
        if frame is not None:
            yield _with_light_tail(finder, sent, frame)


def _with_light_tail(finder: FrameFinder, sent: Span, frame: Frame) -> Frame:
    """ "« … », a mis en garde le ministre": the incise's cue is the whole light-verb phrase
    ("mettre en garde"), as the same verb's frame elsewhere has it, not "a mis"."""
    cue = sent.doc.char_span(*frame.cue, alignment_mode="expand")
    tail = finder.light_tail(sent, cue[-1]) if cue is not None and len(cue) else None
    if cue is None or tail is None:
        return frame
    end = tail[-1].idx + len(tail[-1].text)
    return replace(
        frame, cue=(frame.cue[0], end), cue_lemma=light_lemma(finder.light_head(cue[-1]), tail)
    )


# -- '"Then who was?" Vellacott shot back.' -------------------------------------------------------


def _subject_first_incise(finder: FrameFinder, sent: Span, verb: Token) -> Frame | None:
    """In languages whose incises put the subject first (English), a subject and a verb that
    close the sentence right after a quotation are its frame, whatever the verb: '"Then who
    was?" Vellacott shot back.', '"…," he deadpanned.'. Writers vary these verbs endlessly;
    the position marks the cue, as the French incise's does."""
    if finder.lexicon.verb_first_incises or verb.pos_ != "VERB":
        return None
    if any(
        t.dep_ not in ("prt", "advmod") and t.text not in ".!" for t in _words_after(sent, verb)
    ):
        return None  # "he laughed at the idea", "she shrugged, adding …": more than a frame
    if finder.is_cue_verb(verb):
        return None
    if "Fin" not in feature(verb, "VerbForm") or finder.inside_quote(verb.idx):
        return None
    if verb.lemma_.lower() in finder.lexicon.excluded_verbs:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if subject is None or any(t.pos_ != "ADV" for t in sent.doc[subject.i + 1 : verb.i]):
        return None
    if not (finder.can_speak(subject) or subject.lower_ in finder.lexicon.pronouns):
        return None
    speaker = finder.mention(sent, subject, verb)
    quote = _quote_ending_at(finder, speaker.start_char)
    if quote is None:
        return None
    if speaker.start == sent.start and finder.text[quote[1] - 2 : quote[1] - 1] not in "?!":
        return None  # a quotation closed on its own full stop is a sentence of its own
    rest = _words_after(sent, verb)
    particles = [t for k, t in enumerate(rest) if t.i == verb.i + 1 + k and t.dep_ != "punct"]
    cue = tokens_span([verb, *particles])  # "shot back", "chimed in"
    return Frame(cue, verb.lemma_.lower(), quote, speaker, INCISE_STRENGTH)


def _words_after(sent: Span, token: Token) -> Iterator[Token]:
    """The sentence's words after ``token``, blanks left out, read only as far as asked."""
    return (t for t in sent.doc[token.i + 1 : sent.end] if not t.is_space)


# -- "…, records show." -------------------------------------------------------------------------

# Words that cannot stand inside a short subject set off by commas: "according to a transcript of
# the show", "including cable news shows", "it's all a show".
_NOT_IN_SUBJECT = frozenset({"ADP", "AUX", "PART", "SCONJ", "INTJ", "PUNCT", "SYM", "NUM"})


def _set_off_frame(finder: FrameFinder, sent: Span, verb: Token) -> Frame | None:
    """In languages whose incises put the subject first (English), a short subject and a verb
    of saying or finding set off by a comma after plain words are their frame, however the
    small model parses them: "…, fundraising documents show." (with "show" under
    "fundraising"), "…, data show." and "Mr. Trump, records show, does not …" (with "show" a
    noun). The position marks the cue, as an incise's does."""
    lexicon = finder.lexicon
    if lexicon.verb_first_incises or not (verb.is_alpha and verb.is_lower):
        return None
    lemma = finder.lemma(verb)
    if lemma not in lexicon.cue_verbs or finder.inside_quote(verb.idx):
        return None
    if verb.pos_ not in ("VERB", "NOUN") or "Plur" in feature(verb, "Number"):
        return None  # "the Sunday talk shows": a plural is a noun
    doc = sent.doc
    after = verb.i + 1
    rest = [t for t in doc[after : sent.end] if not t.is_space]
    closes = all(t.is_punct for t in rest)
    if closes and any(t.text == ":" for t in rest):
        return None  # "Asked whether …, he said:": the frame introduces what follows
    if not closes and not _between_commas(finder, sent, verb):
        return None
    subject = _set_off_subject(finder, sent, verb)
    if subject is None:
        return None
    if not closes and any(c.dep_ in SUBJECT_DEPS and c.i >= subject.start for c in verb.children):
        return None  # "In an interview, Walker said, “…”": the parse reads it, and what follows
    before = [t for t in doc[after_dateline(sent) : subject.start - 1] if not t.is_space]
    clause = any("Fin" in feature(t, "VerbForm") for t in before)
    if closes or clause:
        content = _reported_content(finder, sent, subject[0], speech_only=False)
    else:  # "Mr. Trump, records show, does not use the plane much": around the frame
        words = words_to_end(sent, sent.start)
        content = tokens_span(words) if words else None
    if content is None or (closes and not clause):
        return None  # "Voters, Clinton suggested." has no clause before its frame
    strength = STRONG_CUE if lemma in lexicon.speech_verbs else WEAK_CUE
    return Frame(tokens_span([verb]), lemma, content, subject, strength)


def _between_commas(finder: FrameFinder, sent: Span, verb: Token) -> bool:
    """A comma after the verb and no quotation right after it: "Mr. Trump, records show, does
    not …"; not "Walker said, “…”", whose quotation is what was said."""
    after = verb.i + 1
    following = next((t for t in sent.doc[after + 1 : sent.end] if not t.is_space), None)
    if sent.doc[after].text != "," or following is None:
        return False
    return not (following.is_quote or finder.inside_quote(following.idx))


def _set_off_subject(finder: FrameFinder, sent: Span, verb: Token) -> Span | None:
    """The words between a comma and the verb, when they can be a speaker's or a document's
    short name: a noun that speaks, a personal pronoun."""
    doc = sent.doc
    start = verb.i
    while start > sent.start and doc[start - 1].text != "," and verb.i - start < INSERTION_TOKENS:
        start -= 1
    if start == verb.i or start <= sent.start + 1 or doc[start - 1].text != ",":
        return None
    words = list(doc[start : verb.i])
    if any(t.pos_ in _NOT_IN_SUBJECT or t.dep_ == "prep" for t in words):
        return None
    lexicon = finder.lexicon
    relatives = lexicon.relative_pronouns | lexicon.wh_pronouns
    if any(t.lower_ in relatives for t in words):
        return None  # "…, something that Trump mocked": a relative clause on the content
    if any(t.lemma_.lower() in lexicon.caveat_nouns for t in words):
        return None  # "…, a claim Kyiv denied": the reporter's caveat, not a frame
    if any("Fin" in feature(t, "VerbForm") for t in words) or words[0].pos_ == "CCONJ":
        return None  # "Greenberg says his research shows": a clause, not a subject
    if doc[start - 2].pos_ == "CCONJ":
        return None  # "a man who puts … and, records show, does not …": inside a coordination
    head = words[-1]
    if verb.pos_ == "NOUN" and "Plur" not in feature(head, "Number"):
        return None  # "a Secret Service detail,": a noun after a noun, unless they agree
    if head.pos_ == "DET":
        return None  # "nearly every question,": the "verb" is the determiner's noun
    pronoun = len(words) == 1 and head.lower_ in lexicon.pronouns
    if not (pronoun or head.lower_ in lexicon.document_nouns or finder.can_speak(head)):
        return None
    return doc[start : verb.i]


# -- "affirme-t-elle", "a-t-il lâché", "dit-on" ------------------------------------------------


def _clitic_incise(finder: FrameFinder, sent: Span, clitic: Token) -> Frame | None:
    grammar = finder.lexicon
    if clitic.lower_ not in grammar.inverted_subjects:
        return None
    doc = sent.doc
    host = clitic.i - 1
    while host >= sent.start and doc[host].lower_ in grammar.euphonic:
        host -= 1
    if host <= sent.start or not doc[host].is_alpha:
        return None
    first = doc[host]
    verb = first
    after = doc[clitic.i + 1] if clitic.i + 1 < sent.end else None
    if first.lemma_.lower() in grammar.auxiliaries and after is not None and after.is_alpha:
        verb = after  # "a-t-il lâché": the participle carries the meaning
    verb = _aspect_infinitive(finder, sent, verb, clitic) or verb
    if host - 1 > sent.start and doc[host - 1].lower_ in grammar.reflexives:
        first = doc[host - 1]  # "s'est-il exclamé": the incise opens at the reflexive
    opening = _past_object_clitic(finder, sent, first)  # "nous explique-t-il"
    if not _opens_incise(finder, sent, opening) or _excluded(finder, verb, first, clitic):
        return None
    if _asks(finder, sent, clitic):
        return None  # "…, augure-t-elle d'une vague de privatisations ?": a question
    cue_last = max(verb.i, clitic.i)
    lemma = finder.lemma(verb)
    # "fait-il valoir", "fait-elle savoir": a light verb's words after the clitic
    tail = finder.light_tail(sent, verb, cue_last + 1) if verb.i < clitic.i else None
    if tail:
        cue_last, lemma = tail[-1].i, light_lemma(finder.light_head(verb), tail)
    known = tail is not None or lemma in grammar.cue_verbs
    content = _reported_content(finder, sent, opening, speech_only=not known)
    if content is None:
        return None
    cue = tokens_span([first, doc[cue_last]])
    after_cue = _past_day(finder, sent, cue_last + 1)  # "a-t-on appris mardi de sources …"
    end = _hearsay_end(finder, sent, clitic, after_cue)
    incise = doc[opening.i : max(end, cue_last + 1)]
    content = _continued_by_quote(finder, sent, content, incise, known)
    content = _subject_goes_on(sent, content, incise)
    # "a-t-on appris auprès de la préfecture": the source is what follows the cue, not the cue
    # (not past a light verb's words: "fait-on valoir à Matignon" is "-on" at Matignon)
    named_after = end > after_cue > clitic.i + 1 and tail is None
    source = doc[after_cue:end] if named_after else doc[clitic.i : end]
    return Frame(cue, lemma, content, source, INCISE_STRENGTH)


def _past_day(finder: FrameFinder, sent: Span, start: int) -> int:
    """``start`` moved past the day the words there open with: "mardi" of "a-t-on appris
    mardi de sources concordantes"."""
    while start < sent.end and is_day(sent.doc[start], finder.lexicon):
        start += 1
    return start


def _aspect_infinitive(finder: FrameFinder, sent: Span, verb: Token, clitic: Token) -> Token | None:
    """The verb of saying after a verb of aspect and its marker: "indiquer" of "se borne-t-on
    à indiquer", "ajouter" of "a-t-il fini par ajouter"."""
    lexicon = finder.lexicon
    aspect = finder.lemma(verb) in lexicon.aspectual_verbs
    if not (aspect or any(finder.infinitives_among(verb, lexicon.aspectual_verbs))):
        return None  # "borne", lemmatised as the noun
    marker = max(verb.i, clitic.i) + 1
    if marker + 1 >= sent.end or sent.doc[marker].lower_ not in lexicon.infinitive_markers:
        return None
    infinitive = sent.doc[marker + 1]
    return infinitive if finder.lemma(infinitive) in lexicon.speech_verbs else None


def _continued_by_quote(
    finder: FrameFinder, sent: Span, content: tuple[int, int], incise: Span, known: bool
) -> tuple[int, int]:
    """Words before the incise that a quotation opening in lower case goes on with are one
    statement: "Si la réforme passe, a-t-il dit, « ce sera la fin »" is said whole, its
    condition included. After a known verb of saying even a short quotation is speech."""
    if content[1] > incise.start_char:
        return content
    after = finder.text[incise.end_char : sent.end_char]
    opening = incise.end_char + len(after) - len(after.lstrip(" ,\u00a0"))
    if not after.startswith(","):
        return content
    for start, end, speech in finder.every_quote:
        if start == opening and (speech or known):
            words = finder.text[start:end].strip(QUOTE_EDGES)
            return (content[0], end) if words[:1].islower() else content
    return content


def _subject_goes_on(sent: Span, content: tuple[int, int], incise: Span) -> tuple[int, int]:
    """ "La réforme, a-t-il dit, est morte": words before the incise with no verb of their own
    are the subject of the clause that goes on after it; the statement is the whole sentence,
    the incise inside it (as "The plan, she said, is dead"). So is a clause before it that
    goes on after it ("Le chantier durera, assurent-ils, deux ans de plus")."""
    doc = sent.doc
    before = [t for t in doc[sent.start : incise.start] if content[0] <= t.idx < content[1]]
    if not before or any(t.is_quote for t in before):
        return content
    if content[1] > incise.start_char or incise.end >= sent.end or doc[incise.end].text != ",":
        return content
    after = [t for t in doc[incise.end + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if sum(t.is_alpha for t in after) < MIN_PREPOSED_WORDS or any(t.is_quote for t in after):
        return content
    verbs = [t for t in after if t.pos_ in ("VERB", "AUX")]
    if any(t.pos_ in ("VERB", "AUX") for t in before):
        # "Ils ne l'ont appris, affirment-ils, que par une publication …": the clause before
        # goes on after the incise, with no subject and verb of its own there
        inside = range(after[0].i, after[-1].i + 1)
        own = any(c.dep_ in SUBJECT_DEPS and c.i in inside for t in verbs for c in t.children)
        if own or after[0].pos_ == "CCONJ":
            return content
    elif not verbs:
        return content
    return content[0], after[-1].idx + len(after[-1].text)


def _hearsay_end(finder: FrameFinder, sent: Span, clitic: Token, start: int) -> int:
    """Where the unnamed "on" of hearsay ends: past the place it speaks from, when a phrase
    of a preposition closes the incise ("assure-t-on à l'Élysée", "indique-t-on de même
    source"), which is all the reader learns of the source."""
    if finder.lexicon.pronouns.get(clitic.lower_) != HEARSAY:
        return clitic.i + 1
    words = _phrase(sent.doc, start, sent.end)
    end = words[-1].i + 1 if words else start
    told_by = finder.lexicon.hearsay_from
    while len(words) > 1 and words[0].pos_ == "ADV" and words[0].lower_ not in told_by:
        words = words[1:]  # "assure-t-on toutefois à Matignon"
    closes = end >= sent.end or sent.doc[end].text in CLAUSE_ENDS or sent.doc[end].is_quote
    # "à l'Élysée", "de même source", "auprès de la préfecture" (an adverb before its "de")
    compound = len(words) > 1 and words[0].lower_ in told_by
    if not words or not (words[0].pos_ == "ADP" or compound):
        return clitic.i + 1
    if len(words) > MAX_SUBJECT_WORDS or not closes:
        return clitic.i + 1
    if not any(t.pos_ in ("NOUN", "PROPN") for t in words):
        return clitic.i + 1
    return end


def _asks(finder: FrameFinder, sent: Span, clitic: Token) -> bool:
    """The clause after an inverted clitic ends on a question mark."""
    rest = finder.text[clitic.idx : sent.end_char]
    stops = [k for k in (rest.find(mark) for mark in ".!?»”") if k >= 0]
    return bool(stops) and rest[min(stops)] == "?"


def _past_object_clitic(finder: FrameFinder, sent: Span, first: Token) -> Token:
    """Where the incise opens: at the object clitic before its verb, if there is one."""
    before = first.i - 1
    if before > sent.start and sent.doc[before].lower_ in finder.lexicon.object_clitics:
        return sent.doc[before]
    return first


def _excluded(finder: FrameFinder, verb: Token, first: Token, clitic: Token) -> bool:
    """ "semble-t-il", "paraît-il": evidential hedges, not speech; "faut-il …?": a question."""
    lexicon = finder.lexicon
    if verb.lemma_.lower() in lexicon.excluded_verbs:
        return True
    surface = finder.text[first.idx : clitic.idx + len(clitic.text)].lower()
    hedge = surface in lexicon.lexical_hedges
    return hedge and verb.lemma_.lower() not in lexicon.cue_verbs


# -- "« … », plaide l'avocate de X", "« X, souligne le ministre. Y »" ------------------------


def _noun_incise(finder: FrameFinder, sent: Span, verb: Token) -> Frame | None:
    """A verb right after a quotation (or inside one, after a comma) followed by the noun phrase
    that ends the clause: its subject, inverted."""
    doc = sent.doc
    first = verb
    opening = _past_object_clitic(finder, sent, first)  # "nous confie Ahmed", "lui a dit"
    if not _may_open_incise(finder, sent, opening):
        return None
    if verb.lower_ in finder.lexicon.reflexives and verb.i + 1 < sent.end:
        verb = doc[verb.i + 1]  # "s'étonne"
    if verb.lemma_.lower() in finder.lexicon.auxiliaries and verb.i + 1 < sent.end:
        verb = doc[verb.i + 1]  # "a expliqué le ministre", "s'est réjoui le leader syndical"
    if not _verb_like(verb, finder) or verb.lemma_.lower() in finder.lexicon.excluded_verbs:
        return None
    verb = _infinitive_after_aspect(finder, sent, verb)
    if is_present_participle(verb):
        return None  # "…, saying the right things": a participle's noun is its object
    if set(feature(verb, "Person")) & {"1", "2"}:
        return None  # "…, nous soutenons cette approche": a noun after "we" is the object
    if _inverted(finder, sent, verb):
        return None  # "raconte-t-il", with "-t" tagged a proper noun: the clitic's incise
    inside = finder.inside_quote(first.idx)
    known = finder.lemma(verb) in finder.lexicon.cue_verbs
    if inside and not finder.lexicon.verb_first_incises:
        # incises sit inside the marks only in some languages (French « X, souligne-t-elle.
        # Y »; English closes the quotation first)
        return None
    # After a quotation too short to be speech by its length ("« C'est inacceptable », s'étonne
    # le magistrat"), a known verb of saying says it was spoken; any other verb needs speech.
    if not _opens_incise(finder, sent, opening, after_quote_only=not inside, speech_only=not known):
        return None
    if not inside and _subject_before(finder, sent, verb):
        # "Le ministre, qui a reconnu « des erreurs », a promis des mesures"; not a verb inside
        # the quotation, whose subject outside it is the parser's slip ("Une décision prise
        # « en rapport avec …, explique l'élu. … »")
        return None
    subject = _subject_after(finder, sent, verb)
    if subject is None:
        return None
    if inside and not known and subject[0].ent_type_ not in PERSON_LABELS:
        # inside a quotation, a verb of manner is an incise only before a person's name:
        # "« …, je l'ai mise au feeling, souriait Younès Belkacem. On n'a rien lâché. »"
        return None
    content = _reported_content(finder, sent, opening, speech_only=not known)
    if content is None:
        return None
    cue = tokens_span([first, verb])
    return Frame(cue, finder.lemma(verb), content, subject, INCISE_STRENGTH)


def _infinitive_after_aspect(finder: FrameFinder, sent: Span, verb: Token) -> Token:
    """ "« … », a tenu à préciser le porte-parole": the act of saying is the infinitive after a
    verb of aspect and its marker; ``verb`` itself where there is none."""
    marker, infinitive = verb.i + 1, verb.i + 2
    if infinitive >= sent.end or sent.doc[marker].lower_ not in finder.lexicon.infinitive_markers:
        return verb
    return sent.doc[infinitive] if finder.is_aspectual(verb) else verb


def _inverted(finder: FrameFinder, sent: Span, verb: Token) -> bool:
    """The verb's subject is an inverted clitic ("-t-il", "-elle"), not a noun phrase."""
    after = verb.i + 1
    grammar = finder.lexicon
    return after < sent.end and (
        sent.doc[after].lower_ in grammar.euphonic
        or sent.doc[after].lower_ in grammar.inverted_subjects
    )


def _subject_before(finder: FrameFinder, sent: Span, verb: Token) -> bool:
    """The parse gives the verb a subject of its own before it, outside any quotation (a
    short one too: "« Quelle tristesse », a écrit …"): the quotation before the verb sits in a
    clause about that subject, and the verb is no incise."""
    return any(
        child.dep_ in SUBJECT_DEPS
        and sent.start <= child.i < verb.i
        and child.pos_ in ("NOUN", "PROPN")
        and not any(start < child.idx < end for start, end, _ in finder.every_quote)
        for child in verb.children
    )


def _verb_like(token: Token, finder: FrameFinder) -> bool:
    """A lowercase word the tagger may call a verb, noun, adjective, adverb or even a proper
    noun: the small French model tags "déplore", "tacle" or "réagi" as nouns in exactly this
    position, "résume" as a proper noun and "réjoui" as an adverb; a verb of saying it calls a
    preposition ("martèle depuis des semaines la présidente"); one it gives up on ("estime",
    tagged X: "« C'est inquiétant », estime Claire Martin")."""
    if not (token.is_alpha and token.is_lower):
        return False
    if token.pos_ in ("ADP", "X"):
        return finder.lemma(token) in finder.lexicon.cue_verbs
    return token.pos_ in ("VERB", "NOUN", "ADJ", "PROPN", "ADV")


def _subject_after(finder: FrameFinder, sent: Span, verb: Token) -> Span | None:
    """The noun phrase after an incise verb, past an adverb or a "quant à elle", with its
    apposition ("rappelle ainsi Olivier Panisset, naturopathe") and without the day or date
    that may follow it ("a rapporté Kyiv Post le 28 novembre")."""
    doc = sent.doc
    start = _past_channel(sent, _past_fillers(finder, sent, verb.i + 1))
    whole = _phrase(doc, start, sent.end)
    phrase = _before_adjunct(whole)
    words = _without_channel(finder, _undated(finder, phrase))
    relative = next((k for k, t in enumerate(words) if k > 1 and is_relative_pronoun(t)), None)
    if relative is not None:
        words = words[:relative]  # "soupire une infirmière qui préfère garder l'anonymat"
    if not words or len(words) > MAX_SUBJECT_WORDS or not _noun_phrase(words):
        return None
    end = phrase[-1].i + 1
    tag = _past_tag(doc, end, sent.end) - end
    if tag:
        end += tag  # "a déclaré la Fédération française de football (FFF)."
        words = [*words, *doc[end - tag : end]]
    cut = len(phrase) < len(whole)  # the clause ends where the subordinate clause opens
    if not cut and end < sent.end and doc[end].text not in CLAUSE_ENDS and not doc[end].is_quote:
        return None
    if len(words) < len(phrase) and not _channel(finder, doc[words[-1].i + 1 : end]):
        named = past_closing_name(sent, end)
        if named > end:
            # "…, martèle sa porte-parole dans la Vienne, Sylvie Marchand": where the role
            # serves, then the name of who holds it (not "le ministre sur France Inter, …")
            return doc[words[0].i : named]
    if len(words) == len(phrase) and end < sent.end and doc[end].text == ",":
        apposition = _phrase(doc, end + 1, sent.end)
        aged = age_length(apposition, finder.lexicon.age_words) == len(apposition)
        after_age = apposition[-1].i + 1 if apposition else end
        if aged and after_age + 1 < sent.end and doc[after_age].text == ",":
            # "…, tranche Odile Marchal, 71 ans, présidente de l'association …": the
            # role after the age is the speaker's apposition too
            apposition = _phrase(doc, after_age + 1, sent.end)
        if _is_apposition(finder, doc, apposition, sent.end):
            # "…, président de la Fédération des syndicats pharmaceutiques de France (FSPF)."
            return doc[words[0].i : _past_tag(doc, apposition[-1].i + 1, sent.end)]
    return doc[words[0].i : words[-1].i + 1]


def _channel(finder: FrameFinder, words: Span) -> bool:
    """Whether the words cut off after a subject are a channel: a relay phrase ("sur France
    Inter") or an outlet's name."""
    relay = finder.lexicon.opens_with_relay(words.text.lower())
    return relay or any(finder.lexicon.names_outlet(t.text) for t in words)


def _past_tag(doc: Doc, index: int, stop: int) -> int:
    """``index`` moved past the bracketed acronym that opens there, if one does."""
    return index + bracketed_tag(list(doc[index : min(index + BRACKETED_TAG_WORDS + 2, stop)]), 0)


def _before_adjunct(words: list[Token]) -> list[Token]:
    """The words before a subordinate clause that follows the subject with no comma: "a dit
    l'accusé avant de se rasseoir", "a crié l'accusé en se levant" (the clause's marker, as the
    parse marks it, opens a verb after it)."""
    for k, token in enumerate(words):
        if k and token.dep_ == "mark" and token.head.i > token.i and token.head.pos_ == "VERB":
            return words[:k]
    return words


def _noun_phrase(words: list[Token]) -> bool:
    """Words that can be a subject: opened by a determiner or a name, holding a noun, with no
    verb ("met en perspective" is none)."""
    if words[0].pos_ not in ("DET", "PROPN") and not words[0].is_title:
        return False
    # a "verb" after a determiner is a noun: "l'accusé", "le prévenu", "la VIIe flotte"; a
    # bare participle on a noun qualifies it: "une employée du service état civil", its "état"
    # tagged a participle
    if any(
        acts_as_verb(t)
        and not (t.is_title or tagged_verb_after_article(t) or _bare_participle_on_noun(t))
        for t in words[1:]
    ):
        return False
    nouns = ("NOUN", "PROPN", "VERB")
    if any(t.pos_ in nouns or t.is_title for t in words):
        return True
    # so is the last word after an article, whatever its tag: "un haut fonctionnaire" (an
    # adjective to the tagger), "l'un d'eux", "l'une d'elles" (a pronoun)
    return len(words) > 1 and words[0].pos_ == "DET" and words[-1].pos_ in ("ADJ", "PRON")


def _bare_participle_on_noun(token: Token) -> bool:
    """A past participle with nothing of its own hung on the noun before it: an adjective."""
    return (
        is_participle(token, "Past")
        and token.head.i == token.i - 1
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.n_lefts + token.n_rights == 0
    )


def _is_apposition(finder: FrameFinder, doc: Doc, words: list[Token], stop: int) -> bool:
    """A role after the speaker's name that closes the sentence: ", naturopathe." — not a
    relay (", cité par Le Monde") nor a clause."""
    if not words or len(words) > MAX_APPOSITION_WORDS or finder.opens_relative(words[0]):
        return False  # "…, a commenté le Danois, qui compte … sur le Slovène Luka Zupan"
    if not _undated(finder, words):
        return False  # "a indiqué Fabien Villedieu, mardi.": when, not who
    if is_person_name(words) or words[-1].ent_type_ in PERSON_LABELS:
        # "…, a déclaré le porte-parole, Dmitri Peskov, lors de son point presse", "…, a
        # déclaré son chef, le vice-ministre des Affaires étrangères Pavel Dorenko"
        return True
    if _absolute_phrase(finder, words):
        return False  # "commence le prévenu, la voix tremblante": how, not who
    after = _past_tag(doc, words[-1].i + 1, stop)
    closes = after >= stop or doc[after].text in ".!…"
    # or a role set off before an adjunct: "a martelé Sophie Binet, (la) secrétaire générale
    # de la CGT, lors d'un meeting" (the parse hangs it on the name, or opens it with a role)
    head = next((t for t in words if t.pos_ != "DET"), words[0])
    if finder.inside_any_quote(words[0].idx) and not is_role_word(head, finder.lexicon):
        return False  # "« Il faut, écrivait Victor Hugo, tout recommencer. »": the quotation
    apposed = any(t.dep_ == "appos" and t.head.i < words[0].i for t in words)
    role = apposed or is_role_word(head, finder.lexicon)
    dated = len(_undated(finder, words)) < len(words)  # ", mardi, devant la presse"
    closes = closes or (doc[after].text == "," and role and not dated)
    # or a relative clause on the speaker: "…, cardiologue à Lariboisière, qui n'a pas …"
    closes = closes or (
        after + 1 < stop and doc[after].text == "," and finder.opens_relative(doc[after + 1])
    )
    roles = finder.lexicon.person_roles
    # "étudiante" is a role, though the small French model reads it as a form of "étudier";
    # "CFDT" of "déléguée CFDT à l'usine de Flins", tagged a verb, a name
    verbs = [t for t in words if acts_as_verb(t) and t.lower_ not in roles and not t.ent_type_]
    plain = words[0].pos_ != "ADP" and not verbs
    return closes and plain and not _relays(finder, words)


def _absolute_phrase(finder: FrameFinder, words: list[Token]) -> bool:
    """A noun with its definite article and an adjective or participle, and no role: "la voix
    tremblante", "le regard grave", how the speaker spoke."""
    lexicon = finder.lexicon
    if len(words) < 2 or words[0].lower_ not in lexicon.definite_determiners:
        return False
    nouns = [t for t in words[1:] if t.pos_ in ("NOUN", "PROPN")]
    qualified = any(
        t.pos_ == "ADJ" or t.tag_ == "VBG" or "Part" in feature(t, "VerbForm") for t in words[1:]
    )
    return qualified and bool(nouns) and not any(is_role_word(t, lexicon) for t in nouns)


def _relays(finder: FrameFinder, words: list[Token]) -> bool:
    """ ", cité par Le Monde", ", told Reuters": who passed the words on, not who said them."""
    if not words:
        return False
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    return finder.lexicon.opens_with_relay(finder.text[start:end].lower())


CLAUSE_ENDS = frozenset({",", ".", "!", "…", ";", "(", ")"})


def _phrase(doc: Doc, start: int, stop: int) -> list[Token]:
    """The words from ``start`` to the next clause punctuation; a hyphen or an apostrophe
    inside a name ("Joly-Gomez") does not end it."""
    words: list[Token] = []
    for token in doc[start:stop]:
        if token.is_space and "\n" not in token.text:
            continue  # a double space, or a stray soft hyphen read as one
        if token.is_space or token.is_quote or token.text in CLAUSE_ENDS or token.text in ":?":
            break
        words.append(token)
    return words


def _undated(finder: FrameFinder, words: list[Token]) -> list[Token]:
    """The words before a day or a date: "Kyiv Post le 28 novembre" is Kyiv Post."""
    for k, token in enumerate(words):
        if is_day(token, finder.lexicon) or token.ent_type_ in ("DATE", "TIME"):
            kept = words[:k]
            while kept and kept[-1].pos_ in ("ADP", "DET"):
                kept.pop()
            return kept
    return words


def _past_fillers(finder: FrameFinder, sent: Span, start: int) -> int:
    """The first word after the adverbs, days and set phrases an incise may put before its
    subject ("ainsi", "lundi", "quant à elle", "pour sa part")."""
    doc, lexicon = sent.doc, finder.lexicon
    while start < sent.end:
        covered = set_phrase_at(finder.text, doc, start, sent.end_char, lexicon.incise_fillers)
        if covered is not None:
            start = covered.end
        elif doc[start].pos_ == "ADV" and doc[start].is_lower:
            start += 1
        elif is_day(doc[start], lexicon) and doc[start].is_lower:
            start += 1  # "a déclaré lundi le ministre"
        else:
            return start
    return start


def _past_channel(sent: Span, start: int) -> int:
    """Past a channel or a listener named before the subject: "a déclaré sur France Inter le
    ministre", "a affirmé à l'AFP le porte-parole", "a confié à ses proches le ministre"."""
    doc = sent.doc
    i = start
    # "à l'issue de la réunion leur président": a phrase of nouns joined by prepositions
    while i < sent.end and doc[i].pos_ == "ADP" and i - start < CHANNEL_PHRASE_WORDS:
        i += 1
        while i < sent.end and doc[i].pos_ == "DET":
            i += 1
        names = i
        while i < sent.end and i - names < CHANNEL_WORDS and _names_channel(doc[i]):
            i += 1
            if person_name_at(doc, i) is not None:
                break  # "à l'AFP Yehuda Cohen": the channel ends where a person's name begins
        if i == names:
            return start  # nothing after the preposition
    if i == start or i >= sent.end:
        return start  # no phrase
    if doc[i].pos_ != "DET" and person_name_at(doc, i) is None:
        return start  # no subject after it
    return i


def _names_channel(token: Token) -> bool:
    """A word of a channel's or a listener's name: "France Inter", "AFP", "proches"."""
    return token.pos_ in ("PROPN", "NOUN", "ADJ") or token.is_title or token.is_upper


def _without_channel(finder: FrameFinder, words: list[Token]) -> list[Token]:
    """The subject without a channel after it: "le ministre Gérald Marchal sur France Inter"
    is the minister."""
    if not words:
        return words
    cut = finder.adjunct_start(words[0].doc, words[0].i + 1, words[-1].i + 1)
    return words if cut is None else [t for t in words if t.i < cut]


# -- where an incise stands, and what it reports ----------------------------------------------


# What sets an incise off from the words before it, besides a quotation's end.
INCISE_OPENERS = frozenset({",", "—", "–"})


def _opens_incise(
    finder: FrameFinder,
    sent: Span,
    first: Token,
    after_quote_only: bool = False,
    speech_only: bool = True,
) -> bool:
    """The incise follows a comma, or a quotation closed just before it (with
    ``after_quote_only``, a quotation and its comma, outside its closing mark or, where incises
    open on the verb, inside it ("« …, » a déclaré le ministre"): one of speech, unless not
    ``speech_only``)."""
    before = _word_before(sent, first)
    if before is None:
        return False
    if after_quote_only:
        if before.text != ",":
            if not finder.lexicon.verb_first_incises:
                return False  # '"…," said X' is the verb's own frame, whole apposition and all
            # "« …, » a déclaré le ministre", "« … » insiste David Dufresne": the comma inside
            # the closing mark, or none, before a verb in small letters
            end = before.idx + len(before.text)
            closed = _quote_ending_at(finder, end, speech_only=speech_only, doc=sent.doc)
            # not "que « la sélection par l'argent » menaçait …", the clause's own verb
            in_clause = before.is_quote and finder.quoted_in_clause(before)
            return closed is not None and first.text[:1].islower() and not in_clause
        closed = _quote_ending_at(finder, before.idx, speech_only=speech_only, doc=sent.doc)
        return closed is not None
    closes_quote = _quote_ending_at(finder, before.idx + 1, speech_only=False)
    return before.text in INCISE_OPENERS or closes_quote is not None


def _may_open_incise(finder: FrameFinder, sent: Span, first: Token) -> bool:
    """What ``_opens_incise`` needs in any case: a comma, a dash or a quotation's end right
    before ``first``. Most words have none, and are no incise's verb."""
    before = _word_before(sent, first)
    if before is None:
        return False
    return before.text in INCISE_OPENERS or finder.closes_quote_before(before.idx + 1)


def _word_before(sent: Span, token: Token) -> Token | None:
    """The sentence's word before ``token``, past blanks."""
    doc = sent.doc
    i = token.i - 1
    while i >= sent.start and doc[i].is_space:
        i -= 1
    return doc[i] if i >= sent.start else None


def _quote_ending_at(
    finder: FrameFinder, position: int, speech_only: bool = True, doc: Doc | None = None
) -> tuple[int, int] | None:
    """The quotation (a speech quotation, unless not ``speech_only``) that closes at
    ``position``, with at most blanks in between. With the ``doc``, a short quotation that
    holds a clause is speech too: "« Ce sera difficile », redoute un député"."""
    for start, end, speech in finder.quotes_closed_before(position):
        if speech or not speech_only or (doc is not None and _quotes_a_statement(doc, start, end)):
            return start, end
    return None


def _quotes_a_statement(doc: Doc, start: int, end: int) -> bool:
    """A finite verb and its subject inside the quotation: a statement, however short, not a
    label ("« Gilets jaunes »") nor a scare quote."""
    words = doc.char_span(start, end, alignment_mode="contract")
    if words is None:
        return False
    for verb in words:
        if "Fin" not in feature(verb, "VerbForm"):
            continue
        helper = verb.dep_ == "cop" or is_auxiliary(verb)
        holders = (verb, verb.head) if helper else (verb,)
        subjects = [c for h in holders for c in h.children if c.dep_ in SUBJECT_DEPS]
        if any(words.start <= c.i < words.end for c in subjects):
            return True
    return False


def _subject_of_quote(finder: FrameFinder, lead: list[Token], quote: tuple[int, int]) -> bool:
    """ "Le texte « n'est pas à la hauteur », juge X": a noun phrase right before a quotation
    that opens in lower case is the subject its words go on from; "Et « … »" is no subject."""
    words = finder.text[quote[0] : quote[1]].strip(QUOTE_EDGES)
    if not lead or not words[:1].islower() or lead[-1].is_punct:
        return False
    # "La réforme", whose noun the small model may tag an adjective: its article says so
    nominal = lead[0].pos_ == "DET" or any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in lead)
    return nominal and not any(t.pos_ in ("VERB", "AUX") for t in lead)


def _reported_content(
    finder: FrameFinder, sent: Span, first: Token, speech_only: bool = True
) -> tuple[int, int] | None:
    """The quotation the incise sits in or follows (one of speech, unless not ``speech_only``:
    "« Non », s'est-il exclamé"); else the words before it in the sentence."""
    for start, end in finder.quotes:
        if start < first.idx < end:
            return start, end
    doc = sent.doc
    speech = _quote_ending_at(finder, first.idx, doc=doc)
    quote = speech or (None if speech_only else _quote_ending_at(finder, first.idx, False))
    if quote is not None:
        before = [t for t in doc[sent.start : first.i] if t.idx < quote[0]]
        breaks = [k for k, t in enumerate(before) if t.text in (":", ";", ".", "!", "?", "…")]
        lead = before[breaks[-1] + 1 if breaks else 0 :]
        alone = speech is not None or not any(t.is_alpha for t in lead)  # not "Une « ruée »"
        short = sum(t.is_alpha for t in lead) < MIN_LEAD_WORDS
        if short and alone and not _subject_of_quote(finder, lead, quote):
            return quote  # "… : « Elles représentent une menace », a-t-elle estimé"
        # "L'affaire prend une tournure différente avec « le tweet du ministre », détaille
        # X": the quotation ends a sentence of the speaker's; the whole of it is reported,
        # from its first word ("L'" included).
        opening = next(t for t in lead if not (t.is_punct or t.is_space))
        return opening.idx, quote[1]
    words = [t for t in doc[sent.start : first.i] if not (t.is_punct and not t.is_quote)]
    while words and (words[-1].is_space or words[-1].text in (",", "—", "–")):
        words.pop()
    if sum(t.is_alpha for t in words) < MIN_PREPOSED_WORDS:
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)
