"""Verbal cues: "said that …", light verbs ("faire état de") and as-clauses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.nlp.frames.base import (
    CLAUSE_DEPS,
    MAX_NAME_TOKENS,
    MIN_CLAUSE_WORDS,
    OBJECT_DEPS,
    RELATIVE_DEPS,
    STRONG_CUE,
    SUBJECT_DEPS,
    WEAK_CUE,
    Frame,
    acts_as_verb,
    after_dateline,
    has_auxiliary,
    is_gerund,
    is_infinitive,
    is_passive,
    is_present_participle,
    is_unreal,
    main_verb_read_as_modifier,
    says_something,
    tokens_span,
)
from claimcheck.nlp.frames.contents import ContentRules
from claimcheck.nlp.morphology import feature

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# How far after the verb its object or prepositional object is looked for ("asked for anonymity").
TERMS_REACH = 4


class VerbalFrames(ContentRules):
    """Frames whose cue is a verb: "said that …", "faire état de", "…, as the minister
    announced"."""

    def reflexive_frame(self, sent: Span, verb: Token) -> Frame | None:
        """ "Les habitants se disent « inquiets »", "Le ministre se dit prêt à négocier": a
        verb of saying on a reflexive reports what its subject declares itself to be. The small
        French model reads the verb as an adjective and the attribute as the sentence's root,
        so the content is read on the surface: the words after the verb, to the clause's end.
        Not "Il se dit que …" (what one tells oneself, or what is said)."""
        lexicon = self.lexicon
        doc = verb.doc
        reflexive = self._reflexive_before(sent, verb)
        if reflexive is None:
            return None
        lemma = self.lemma(verb)
        if lemma not in lexicon.reflexive_saying_verbs or verb.lower_ == lemma:
            return None  # an infinitive ("peut se dire") speaks through the verb before it
        words = []
        for token in doc[verb.i + 1 : sent.end]:
            if token.text in (".", ";", "!", "?", ":") or token.is_space:
                break
            words.append(token)
        if not words or words[0].lower_ in lexicon.declarative_complementizers:
            return None
        subjects = [t for t in sent if t.i < reflexive.i and t.dep_ in SUBJECT_DEPS]
        subject = subjects[-1] if subjects else None
        if subject is None or subject.lower_ in lexicon.non_source_subjects:
            return None
        if subject.lower_ in lexicon.relative_pronouns:
            return None  # "Ce qui se dit dans les couloirs": what is said, by nobody named
        if not self.can_speak(subject):
            return None
        source = self.mention(sent, subject, verb)
        cue = (reflexive.idx, verb.idx + len(verb))
        return Frame(cue, lemma, tokens_span(words), source, STRONG_CUE)

    def _reflexive_before(self, sent: Span, verb: Token) -> Token | None:
        """The reflexive pronoun of "se dit", or of "s'est déclarée" past its auxiliary."""
        doc, reflexives = verb.doc, self.lexicon.reflexives
        at = verb.i - 1
        if at < sent.start:
            return None
        if doc[at].lower_ in reflexives:
            return doc[at]
        before = at - 1
        if before < sent.start or doc[before].lower_ not in reflexives:
            return None
        return doc[before] if doc[at].lemma_.lower() in self.lexicon.auxiliaries else None

    def comparative_frame(self, sent: Span, verb: Token) -> Frame | None:
        """ "Unemployment will fall, as the minister announced", "…, comme prévenait l'OMS": a
        cue in an as-clause vouches for the clause it hangs on. With an object pronoun ("comme
        l'a annoncé X", "as he put it") the words point back to something said before, which
        the clause only echoes: no claim, unless the clause is a quotation of them."""
        if verb.dep_ != "advcl":
            return None  # most tokens: an as-clause hangs on its host clause as an adverbial
        marked = any(self.comparative_mark(c) for c in verb.children)
        lemma = self.lemma(verb)
        wording = lemma in self.lexicon.wording_verbs
        if not marked or verb.head.i == verb.i or not (self.is_cue_verb(verb) or wording):
            return None
        if verb.head.pos_ not in ("VERB", "AUX") and verb.head.dep_ != "ROOT":
            return None  # "as much money as he has promised": a quantity compared, no clause
        content = self.host_clause(sent, verb)
        if content is None:
            return None
        echoes = any(
            c.dep_ in OBJECT_DEPS | CLAUSE_DEPS and not self._addressee(lemma, c)
            for c in verb.children
        )
        # "as Obama spoke", "as Democrats have found": a time or a reason
        saying = lemma in self.lexicon.speech_verbs and lemma not in self.lexicon.frame_only_verbs
        if (echoes or not saying) and not self.is_quotation(content):
            # unless the host is a quotation: 'As one aide put it, "We are flying blind."'
            # gives the aide's own words
            return None
        source = self.find_source(sent, verb)
        if source is None:
            return None
        content = self.extend_to_quotes(content)  # a quotation of several sentences, whole
        return Frame(tokens_span(self.cue_tokens(verb)), lemma, content, source, STRONG_CUE)

    def comparative_mark(self, child: Token) -> bool:
        """The child is the "as", "comme" that makes its verb's clause an as-clause."""
        return child.dep_ == "mark" and child.lower_ in self.lexicon.comparative_markers

    def _addressee(self, lemma: str, child: Token) -> bool:
        """ "as Powell told reporters": whom it was told, a noun; not "as he told it"."""
        addressed = lemma in self.lexicon.addressee_verbs and child.dep_ in OBJECT_DEPS
        return addressed and child.pos_ in ("NOUN", "PROPN")

    def host_clause(self, sent: Span, clause_verb: Token) -> tuple[int, int] | None:
        """The rest of the sentence around a subordinate clause: before it when it comes last,
        after its comma when it comes first, the whole sentence when it stands in between."""
        first, last = clause_verb.left_edge.i, clause_verb.right_edge.i
        before = [t for t in sent.doc[after_dateline(sent) : first] if not t.is_space]
        after = [t for t in sent.doc[last + 1 : sent.end] if not t.is_space]
        if before and sum(t.is_alpha for t in after) >= MIN_CLAUSE_WORDS:
            tokens = [t for t in sent.doc[before[0].i : sent.end] if not t.is_space]
        else:
            tokens = before or after
        while tokens and tokens[0].is_punct and not tokens[0].is_quote:
            tokens.pop(0)
        while tokens and tokens[-1].is_punct and not tokens[-1].is_quote:
            tokens.pop()
        if sum(t.is_alpha for t in tokens) < MIN_CLAUSE_WORDS:
            return None
        return tokens_span(tokens)

    def verbal_frame(self, sent: Span, verb: Token) -> Frame | None:
        if not self.is_cue_verb(verb) or self._quoted_clause(verb):
            return None
        lemma = self.lemma(verb)
        strong = lemma in self.lexicon.speech_verbs or lemma in self.lexicon.relay_verbs
        source = self.find_source(sent, verb)
        misread = self._misread_incise(verb) and (source is None or source.start < verb.i)
        if misread and not self._subject_past_aside(sent, verb, source):
            return None  # "Le colis est arrivé, confirment les photos": who speaks comes after
        content = self.find_content(sent, verb, source, strong)
        if content is not None:
            content = self.without_leading_day(sent, verb, content)
        if content is None or not (self.is_quoted(content) or says_something(sent, content)):
            return None  # "argued that:" before a list the page lost: nothing was reported
        if is_gerund(verb) and not self._reports_words(content):
            return None  # "en défendant la laïcité", "une photo montrant Trump": no statement
        if self._aside_before_main_verb(verb):
            return None  # "The chairman, asked whether he would resign, said …": he was asked
        if self._names_its_noun(verb, lemma):
            return None  # "A super PAC called “Future 45” ran ads": what the PAC is called
        if self._quotes_as_saying(verb):
            return None  # "X was quoted by state media as saying": X's words, read at "saying"
        raised = lemma in self.lexicon.raised_passive_verbs
        if raised and _raised_passive(verb, self.lexicon.auxiliaries):
            return None  # "with the board said to be considering …": said of it, by nobody
        if self._sets_terms(verb):
            return None  # "who requested anonymity to speak freely": how, not what, they spoke
        if self._hypothetical(verb):
            return None  # "pourra saisir le Conseil si elle estime que …": a case, not a claim
        if any(self._negates(c, content) for c in verb.children):
            return None  # "n'a pas confirmé ces informations": nothing was said
        if is_passive(verb) and not self.is_impersonal(verb) and not self._has_agent(verb):
            return None  # "les personnes ayant été condamnées": said of them, not by them
        weak = lemma in self.lexicon.weak_verbs and not strong and self.lexicon.weak_needs_clause
        if weak and not self._document(source) and not self._reports_words(content):
            return None  # "ont prévu de faire la même démarche": a plan, not a statement
        if lemma in self.lexicon.weak_verbs and not strong and self._reflexive(sent, content):
            return None  # "found himself embroiled in controversy": where he stands, no finding
        belief = lemma in self.lexicon.belief_verbs and not strong
        if belief and self.lexicon.belief_needs_clause and not self._reports_words(content):
            return None
        inside = source is not None and content[0] <= source.start_char < content[1]
        if inside and verb.idx < content[0]:
            return None  # "… défend son point de vue": what was said after it is nobody's name
        if source is not None and source.start_char < content[0] < source.end_char:
            # "par le ministère que …": the parser hung the content on the speaker.
            kept = [t for t in source if t.idx + len(t) <= content[0] and not t.is_space]
            source = sent.doc[kept[0].i : kept[-1].i + 1] if kept else None
        if source is None and not (strong and self.is_impersonal(verb)):
            return None  # only "it is said that" reports speech with no speaker
        cue = self.cue_tokens(verb)
        written = self.relative_subject(verb) if source is not None else None
        return Frame(
            tokens_span(cue), lemma, content, source, STRONG_CUE if strong else WEAK_CUE, written
        )

    def _names_its_noun(self, verb: Token, lemma: str) -> bool:
        """A past participle of naming right after a noun that a verb or a preposition
        governs: "a PAC called “X” ran ads", "joined a group called “X”" say what the thing
        is called. Not "an ad calling it “dangerous”", nor "Trump called Cruz …" or "…, a
        Baton Rouge newspaper called on Clinton to …", which the parse may read the same way
        with nothing, or only an apposition, above the name."""
        if verb.dep_ != "acl" or lemma not in self.lexicon.predicative_verbs:
            return False
        if is_present_participle(verb) or main_verb_read_as_modifier(verb):
            return False
        noun = verb.head
        governed = noun.dep_ in SUBJECT_DEPS or noun.dep_ in OBJECT_DEPS or noun.dep_ == "pobj"
        return noun.i == verb.i - 1 and governed

    def _negates(self, child: Token, content: tuple[int, int]) -> bool:
        """A negator on the verb, outside what was said: not "pas" of "a salué « un premier
        pas »", which the parser may hang on the verb."""
        inside = content[0] <= child.idx < content[1]
        return child.lower_ in self.lexicon.negators and child.dep_ == "advmod" and not inside

    def _reflexive(self, sent: Span, content: tuple[int, int]) -> bool:
        """The content opens on a reflexive object ("himself embroiled in …")."""
        words = sent.doc.char_span(*content, alignment_mode="expand")
        return words is not None and words[0].lower_ in self.lexicon.reflexive_objects

    def _quoted_clause(self, verb: Token) -> bool:
        """A verb quoted with its subject, as a title or a slogan is ("emailed supporters
        saying: “The struggle continues”"): nobody's frame. A predicate quoted without its
        subject ("Thirty percent of whites “strongly agree” that …") still reports."""
        return self.inside_any_quote(verb.idx) and any(
            c.dep_ in SUBJECT_DEPS and self.inside_any_quote(c.idx) for c in verb.children
        )

    def _misread_incise(self, verb: Token) -> bool:
        """A verb of saying after a comma that the tagger did not read as a verb
        (``misread_incise``): only an incise, whose speaker follows it."""
        following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if verb.pos_ in ("VERB", "AUX") or following is None:
            return False
        return self.misread_incise(verb, self.lemma(verb), following)

    def _subject_past_aside(self, sent: Span, verb: Token, source: Span | None) -> bool:
        """The source is the verb's subject, set before an aside on it: "La maire, qui a été
        réélue dimanche, dénonce …", where the tagger read "dénonce" as a noun."""
        if source is not None and self._subject_set_off_before(
            sent, verb, self.first_cue_token(verb)
        ):
            return source.end <= verb.i  # "La CGT, quant à elle, dénonce …": taken up again
        subject = self._speaker_before_aside(sent, verb)
        return source is not None and subject is not None and source.start == subject.start

    def _aside_before_main_verb(self, verb: Token) -> bool:
        """A participle set off by commas between a subject and its verb, with no auxiliary:
        "The chairman, asked whether he would resign, said …", "Le ministre, interrogé sur
        France Inter, a répondu …" (a reduced passive: he was asked, he did not ask)."""
        doc = verb.doc
        if verb.i == 0 or doc[verb.i - 1].text != "," or has_auxiliary(verb):
            return False
        if is_gerund(verb) or is_present_participle(verb):
            return False  # "The notice, announcing that …, arrived": it announces
        comma = verb.right_edge.i + 1
        if comma + 1 < len(doc) and doc[comma].text == ",":
            return doc[comma + 1].pos_ in ("VERB", "AUX")
        # the parse hung the main verb of saying on the participle: "Grant, asked whether …,
        # said", with "said" under "asked"; not "X, a Clinton supporter, praised Sanders,
        # calling it …", whose verb has an object: it is no passive aside
        if any(c.dep_ in OBJECT_DEPS for c in verb.children):
            return False
        return any(
            c.i > verb.i and doc[c.i - 1].text == "," and self.is_cue_verb(c) for c in verb.children
        )

    def _quotes_as_saying(self, verb: Token) -> bool:
        """Whether the verb is the relay of "was quoted as saying" or "quoted an aide as
        saying", whose quoted speaker the verb of saying after "as" finds."""
        if self.quoted_by_relay(verb) is None:
            return False
        return any(
            c.lower_ in self.lexicon.comparative_markers
            and any(g.dep_ == "pcomp" and self.is_cue_verb(g) for g in c.children)
            for c in verb.children
        )

    def _sets_terms(self, verb: Token) -> bool:
        """Whether the verb asks for or grants the terms of sourcing ("requested anonymity",
        "asked for anonymity", "a requis l'anonymat"): the reporter's account of the
        arrangement, which the anonymity markers already read."""
        lexicon = self.lexicon
        for clause in verb.children:
            passive = clause.dep_ == "xcomp" and is_passive(clause)
            if passive and clause.lemma_.lower() in lexicon.sourcing_verbs:
                return True  # "who asked not to be named"
        near = verb.doc[verb.i + 1 : verb.i + 1 + TERMS_REACH]
        return any(
            t.lemma_.lower() in self.lexicon.sourcing_terms
            and (
                (t.dep_ in OBJECT_DEPS and t.head.i == verb.i)
                or (t.head.pos_ == "ADP" and t.head.head.i == verb.i)
            )
            for t in near
        )

    def relative_subject(self, verb: Token) -> tuple[int, int] | None:
        """ "aides, who said": the relative pronoun that is the cue's subject, as PolNeAR marks
        the source; the antecedent stays the mention that names it."""
        if not self.lexicon.relative_is_source or verb.dep_ not in RELATIVE_DEPS:
            return None
        relative = self.relative_subject_of(verb)
        return None if relative is None else (relative.idx, relative.idx + len(relative.text))

    def light_verb_frame(self, sent: Span, verb: Token) -> Frame | None:
        """ "a fait état d'un taux important", "a fait savoir qu'il …", "fait part de sa
        volonté": a light verb whose noun or verb after it carries the act of saying."""
        tail = self.light_tail(sent, verb)
        if tail is None or self.inside_quote(verb.idx) or is_unreal(verb) or is_infinitive(verb):
            return None
        if any(self.comparative_mark(c) for c in verb.children):
            return None  # "comme il l'a laissé entendre": an as-clause echoes, it says nothing
        after = tail[-1].i + 1
        if after >= sent.end or sent.doc[after].is_punct:
            return None
        said = (sent.doc[after].idx, sent.end_char)
        if any(self._negates(c, said) for c in verb.children):
            return None  # "Il n'a pas fait état de victimes": nothing was said
        cue = sorted([*self.cue_tokens(verb), *tail], key=lambda t: t.i)
        phrase = light_lemma(self.light_head(verb), tail)
        inverted = self.inverted_source(sent, tail[-1], opener=cue[0])
        if inverted is not None:
            # "« … », a fait valoir le chancelier au quotidien italien": the words come first
            content = self.rest_of_sentence(sent, cue[0], inverted)
            return (
                Frame(tokens_span(cue), phrase, content, inverted, STRONG_CUE) if content else None
            )
        source = self.find_source(sent, verb) or self.opening_noun_phrase(sent, cue[0])
        if source is None:
            return None
        first = sent.doc[after]
        content = self.extend_to_quotes((first.idx, self.clause_end(sent, first)))
        # "a fait savoir mardi soir que …": when it was said, not what
        content = self.without_leading_day(sent, tail[-1], content, cue)
        return Frame(tokens_span(cue), phrase, content, source, STRONG_CUE)

    def opening_noun_phrase(self, sent: Span, cue: Token) -> Span | None:
        """ "Le bilan du projet-pilote mené l'an dernier fait état de …" when the parse lost
        the subject: the noun phrase that opens the sentence and runs up to the cue."""
        doc = sent.doc
        words = [t for t in doc[sent.start : cue.i] if not t.is_space]
        if not words or words[0].pos_ not in ("DET", "PROPN") or len(words) > MAX_NAME_TOKENS:
            return None
        if any(acts_as_verb(t) and "Part" not in feature(t, "VerbForm") for t in words):
            return None  # a clause of its own, not a subject
        if any(t.text in (",", ";", ":") for t in words):
            return None
        return doc[words[0].i : words[-1].i + 1]

    def light_head(self, verb: Token) -> str:
        """The light verb's lemma, also where the tagger lost it: "croit" of "croit savoir",
        tagged a noun with itself as lemma, is "croire"."""
        lemma = verb.lemma_.lower()
        if lemma in self.lexicon.light_verbs or not verb.is_lower:
            return lemma
        return next(self.infinitives_among(verb, self.lexicon.light_verbs), lemma)

    def light_tail(self, sent: Span, verb: Token, after: int | None = None) -> list[Token] | None:
        """The words after ``verb`` (from ``after``, past an inverted subject: "fait-il
        valoir"; else past adverbs: "mettent toutefois en garde") that make it a light-verb
        cue, if they do."""
        if after is None:
            after = verb.i + 1
            while after < sent.end and sent.doc[after].pos_ == "ADV":
                if sent.doc[after].lower_ in self.light_openers:
                    break
                after += 1
        if after >= sent.end or sent.doc[after].lower_ not in self.light_openers:
            return None
        for words in self.lexicon.light_verbs.get(self.light_head(verb), ()):
            tail = list(sent.doc[after : min(after + len(words), sent.end)])
            if [t.lower_ for t in tail] == list(words):
                return tail
        return None


def light_lemma(head: str, tail: list[Token]) -> str:
    """A light-verb cue's lemma: its verb's, then its tail as written ("mettre en garde")."""
    return " ".join([head, *(t.lower_ for t in tail)])


def _raised_passive(verb: Token, auxiliaries: frozenset[str]) -> bool:
    """ "the board said to be considering its options", "officials reported to have left": a
    verb of saying with no auxiliary before "to be" or "to have" is a passive whose "is" was
    dropped; what it reports is said of its subject, by someone unnamed."""
    if any(c.dep_.startswith("aux") for c in verb.children):
        return False
    for clause in verb.children:
        if clause.dep_ != "xcomp" or clause.i < verb.i:
            continue
        marks = [c for c in clause.children if c.tag_ == "TO"]
        helpers = [c for c in clause.children if c.dep_.startswith("aux") and c.tag_ == "VB"]
        if marks and any(h.lemma_ in auxiliaries for h in helpers):
            return True
    return False
