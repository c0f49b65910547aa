"""Prepositional and opinion cues: "according to X", "selon X", "Pour X, …", "À ses yeux"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimcheck.nlp.frames.base import (
    BEGINS_ENTITY,
    COMPLEMENT_DEPS,
    COUNT_WORDS,
    LEADING_PHRASE_TOKENS,
    MAX_NAME_TOKENS,
    MIN_CLAUSE_WORDS,
    NOMINAL_DEPS,
    OBJECT_DEPS,
    PERSON_LABELS,
    RELATIVE_DEPS,
    STRONG_CUE,
    SUBJECT_DEPS,
    TIMES,
    WEAK_CUE,
    Frame,
    acts_as_verb,
    after_dateline,
    age_length,
    bracket_around,
    describes_role,
    ends_count,
    is_auxiliary,
    is_day,
    is_participle,
    is_passive,
    is_present_participle,
    is_relative_pronoun,
    is_role_word,
    is_sole_subject,
    person_name_at,
    phrase_head,
    phrase_roots,
    reads_as_name,
    tokens_span,
    words_to_end,
)
from claimcheck.nlp.frames.contents import ContentRules
from claimcheck.nlp.morphology import feature
from claimcheck.nlp.parse import DATELINE_DASHES, title_cut_at

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# A role set off by commas after a source's name, in tokens: "ministre de l'Agriculture",
# "chercheur à l'Institut français des relations internationales (Ifri)".
MAX_APPOSITION_WORDS = 14
# An opinion frame opening on a role, in tokens with its preposition: "Pour la porte-parole du
# collectif citoyen Vivre à Morlaix ensemble, …"; other openings are shorter
# (LEADING_PHRASE_TOKENS).
ROLE_OPINION_TOKENS = 12
# How a connective hangs on the clause it opens: an adverb, or a prepositional phrase ("au
# contraire") as either model labels it.
CONNECTIVE_DEPS = frozenset({"advmod", "obl:mod", "obl", "npadvmod", "prep"})
# How a noun's owner hangs on it: "les informations du Canard enchaîné".
OWNER_DEPS = frozenset({"nmod", "poss"})


class PrepositionalFrames(ContentRules):
    """Frames whose cue is a phrase before the source: "according to", "selon", "Pour X, …",
    "À ses yeux"."""

    def prepositional_frames(self, sent: Span) -> Iterator[Frame]:
        """ "According to X, …", "…, selon X": the content is the rest of the clause. Two such
        cues in one sentence each report the stretch since the one before."""
        lowered = self.text[sent.start_char : sent.end_char].lower()  # sent.text, read faster
        if self._any_prepositional.search(lowered) is None:
            return
        # the longest cue first where two open at one word: "selon les informations de X" names
        # X, where "selon" alone would name "les informations de X"
        matches = sorted(
            (
                (m.start(), m.end(), m.group())
                for p in self._prepositional
                for m in p.finditer(lowered)
            ),
            key=lambda match: (match[0], -match[1]),
        )
        floor = sent.start
        for start, end, cue in matches:
            frame = self.prepositional_frame(sent, start, end, cue, floor)
            if frame is not None and frame.source is not None:
                floor = frame.source.end
                yield frame

    def _finite_passive(self, sent: Span, cue: Span) -> bool:
        """A relay's participle after its auxiliary, past adverbs: the verb of a passive
        clause ("il est finalement repris par trois défenseurs", "l'homme a été cité par la
        défense"), not the phrase that says who passed words on ("propos repris par l'AFP")."""
        if "Part" not in feature(cue[0], "VerbForm") or "Past" not in feature(cue[0], "Tense"):
            return False  # not "That's according to …"
        before = cue.start - 1
        while before > sent.start and sent.doc[before].pos_ == "ADV":
            before -= 1
        return before >= sent.start and sent.doc[before].lemma_.lower() in self.lexicon.auxiliaries

    def prepositional_frame(
        self, sent: Span, start: int, end: int, cue: str, floor: int
    ) -> Frame | None:
        doc = sent.doc
        cue_span = doc.char_span(sent.start_char + start, sent.start_char + end, "expand")
        if cue_span is None or cue_span.start < floor or self.inside_quote(cue_span.start_char):
            return None
        if len(cue_span) > 1 and cue_span[-1].lemma_.lower() in self.lexicon.anonymous_heads:
            # "de source policière": the source is "source policière", the cue what opens it
            cue_span = doc[cue_span.start : cue_span.end - 1]
            cue = " ".join(cue.split()[:-1])
        if cue_span.end < sent.end and doc[cue_span.end].lower_ in self.lexicon.relative_pronouns:
            return self._relative_frame(sent, cue_span, cue)
        if self._complement_of_previous_word(sent, cue_span):
            return None  # "se passer de l'avis de la commission": an object, no frame
        if self._finite_passive(sent, cue_span):
            return None  # "il est finalement repris par trois défenseurs": a verb, no relay
        source_tokens: list[Token] = []
        for token in sent[cue_span.end - sent.start :]:
            if token.text in (",", ".", ";", ":", "!", "?", "»", "”", ")") or token.is_space:
                break
            if source_tokens and self._personal_pronoun(source_tokens[0]):
                break  # "selon lui de « débloquer … »": a pronoun is the whole source
            relative = self.opens_relative(token) or token.tag_ in ("WDT", "WP")
            # "selon un projet de décret que s'est procuré Le Parisien": "que" opens a clause
            # (not "that" of "the officer in charge … that night", a determiner)
            opens_clause = self.lexicon.is_complementizer(token.lower_) and token.pos_ != "DET"
            relative = relative or opens_clause
            if source_tokens and _opens_subject_of(token, cue_span[0].head):
                break  # "according to police the suspect had fled": the clause's own subject
            if source_tokens and (_spaced_dash(token) or relative):
                # "according to the report - still …", "according to reports through Jan. 31
                # that it is filing": a dash or a relative clause ends the source's name
                break
            # "exit polls conducted for the AP", "un sondage Ifop publié dimanche"
            participle = token.tag_ in ("VBN", "VBG") or "Part" in feature(token, "VerbForm")
            # after a determiner (and its adjectives), a "verb" is a noun the tagger misread:
            # "le naturopathe", "le dernier baromètre Elabe"
            determined = all(t.pos_ in ("DET", "ADJ", "NUM") for t in source_tokens)
            # inside a name the recogniser found, a "verb" is a word of it: "France Bleu Isère"
            named = bool(token.ent_type_) and token.ent_iob != BEGINS_ENTITY
            if (
                token.pos_ in ("VERB", "AUX")
                and source_tokens
                and not determined
                and not participle
                and not named
                and not _bare_relative(token, source_tokens)
            ):
                break
            source_tokens.append(token)
        if not source_tokens:
            return None
        source = doc[source_tokens[0].i : self._apposition_end(sent, source_tokens)]
        if self._aside_before_verb(sent, cue_span, source):
            return None  # "Pascal Prache, cité par Le Parisien, affirme que …": Prache's
        relayed = self._relayed_subject(sent, cue_span, source)
        if relayed is not None:
            # "Les riverains, cités par Le Parisien, se disent « exaspérés »": the riverains'
            # words, whatever the verb after the aside; Le Parisien only passed them on
            rest = words_to_end(sent, source.end + 1)
            if len(rest) < MIN_CLAUSE_WORDS:
                return None
            said = (rest[0].idx, rest[-1].idx + len(rest[-1]))
            cue_bounds = (cue_span.start_char, cue_span.end_char)
            return Frame(cue_bounds, " ".join(cue.split()), said, relayed, STRONG_CUE)
        if not self._could_say(source):
            return None  # "Selon les règles en vigueur", "selon les quartiers": a norm, a spread
        bracket = bracket_around(sent, cue_span.start)
        if bracket is not None:
            # "(350 000 au total, selon l'Insee)": the cue speaks for its bracket only
            inside = doc[bracket[0] + 1 : bracket[1]]
            content = self.prepositional_content(inside, cue_span, source, bracket[0] + 1)
        else:
            content = self.prepositional_content(sent, cue_span, source, floor)
            figure = self._figure_before(sent, cue_span, floor)
            after = content is not None and content[0] >= cue_span.end_char
            if figure is not None and (
                content is None or after or self._holds_a_cue(sent, content)
            ):
                # "a assuré que …, au lendemain d'une journée qui a réuni 1,2 million de
                # personnes selon la CGT, 480 000 selon le ministère": each cue vouches for the
                # count right before it; the statement around them is another speaker's
                content = figure
        if content is None:
            return None
        lemma = " ".join(cue.split())
        return Frame((cue_span.start_char, cue_span.end_char), lemma, content, source, STRONG_CUE)

    def _figure_before(self, sent: Span, cue: Span, floor: int) -> tuple[int, int] | None:
        """A count right before the cue, with no punctuation or verb between: "1,2 million de
        personnes" of "… 1,2 million de personnes selon la CGT"."""
        words: list[Token] = []
        for token in reversed(sent.doc[max(floor, sent.start) : cue.start]):
            if ends_count(token) or token.is_space or len(words) == COUNT_WORDS:
                break
            words.insert(0, token)
        first = next((k for k, t in enumerate(words) if t.like_num), None)
        if first is None:
            return None
        figure = words[first:]
        return figure[0].idx, figure[-1].idx + len(figure[-1].text)

    def _holds_a_cue(self, sent: Span, content: tuple[int, int]) -> bool:
        """A verb of saying or another prepositional cue inside ``content``: the stretch is
        somebody else's statement, or count."""
        lowered = self.text[content[0] : content[1]].lower()
        inner = self._any_prepositional.search(lowered, 1) is not None
        return inner or any(content[0] <= t.idx < content[1] and self.is_cue_verb(t) for t in sent)

    def _relative_frame(self, sent: Span, cue: Span, lemma: str) -> Frame | None:
        """ "les informations du Canard enchaîné, selon lesquelles le Premier ministre
        aurait …": the relative clause says what the noun's owner reported. "L'idée selon
        laquelle …" has no owner, and no source."""
        doc = sent.doc
        noun = next((t for t in reversed(sent[: cue.start - sent.start]) if t.pos_ == "NOUN"), None)
        if noun is None or cue.start - noun.i > MAX_NAME_TOKENS:
            return None
        owners = [
            c
            for c in noun.children
            if c.dep_ in OWNER_DEPS and c.i > noun.i and self.can_speak(c) and c.pos_ == "PROPN"
        ]
        if not owners:
            return None
        owner = owners[0]
        words = [t for t in owner.subtree if not (t.dep_ == "case" and t.i == owner.left_edge.i)]
        source = doc[words[0].i : words[-1].i + 1]
        start = doc[cue.end + 1]
        last = sent[-1]
        while last.i > start.i and (last.is_punct or last.is_space) and not last.is_quote:
            last = doc[last.i - 1]
        if last.i <= start.i:
            return None
        content = (start.idx, last.idx + len(last.text))
        return Frame(
            (cue.start_char, cue.end_char), " ".join(lemma.split()), content, source, STRONG_CUE
        )

    def _aside_before_verb(self, sent: Span, cue: Span, source: Span) -> bool:
        """Whether the frame is a relay participle between a subject and its verb of saying,
        set off by commas ("Pascal Prache, cité par Le Parisien, affirme que …") or inside the
        subject's own phrase ("Une source proche du dossier citée par l'AFP affirme que …"):
        the subject speaks, and the relay only says through whom the words came."""
        doc = sent.doc
        if _set_off(sent, cue, source):
            if self.lemma(doc[cue.start]) not in self.lexicon.cue_verbs:
                return False  # "Le ministre, selon Le Monde, aurait demandé …" is Le Monde's
            return self._verb_of_saying_at(sent, source.end + 1)
        inside_subject = cue.start > sent.start and not doc[cue.start - 1].is_punct
        return (
            inside_subject
            and self.relayed_by(doc[cue.start])
            and self._verb_of_saying_at(sent, source.end)
        )

    def _verb_of_saying_at(self, sent: Span, at: int) -> bool:
        """A verb of saying at ``at``, or an auxiliary and one."""
        doc = sent.doc
        if at >= sent.end:
            return False
        return self.is_cue_verb(doc[at]) or (
            at + 1 < sent.end and is_auxiliary(doc[at]) and self.is_cue_verb(doc[at + 1])
        )

    def _past_citing_aside(self, words: list[Token]) -> list[Token]:
        """ "Selon l'agence Tass, citant les autorités locales, trois drones …": the participle
        clause set off after the source says whom it cites, not what it reports; "Selon le
        maire, cité par Le Parisien, …", who passed the words on."""
        if len(words) < 2 or not (is_present_participle(words[0]) or self.relayed_by(words[0])):
            return words
        comma = next((k for k, t in enumerate(words) if t.text == ","), None)
        return words if comma is None else words[comma + 1 :]

    def _relayed_subject(self, sent: Span, cue: Span, source: Span) -> Span | None:
        """The phrase that opens the sentence before a relay participle set off by commas
        ("Les riverains, cités par Le Parisien, …"), when it can speak: whose words the
        relay passed on. None for other asides ("Le ministre, selon Le Monde, …")."""
        doc = sent.doc
        if not _set_off(sent, cue, source) or source.end + 1 >= sent.end:
            return None
        if not self.relayed_by(doc[cue.start]):
            return None
        start = sent.start
        while start < cue.start - 1 and doc[start].pos_ == "CCONJ":
            start += 1  # "Mais plusieurs députés PS, cités par Le Figaro, …"
        before = doc[start : cue.start - 1]
        roots = phrase_roots(before)
        if len(roots) != 1 or not self.can_speak(roots[0]):
            return None
        return before

    def _could_say(self, source: Span) -> bool:
        """Whether a phrase after "selon", "pour" can be who says something: not a feast
        ("Pour Noël"), nor a norm or what things vary with ("selon les règles en vigueur",
        "selon les quartiers", "according to plan")."""
        lowered = " ".join(source.text.lower().replace("\u2019", "'").split())
        day = is_day(source.root, self.lexicon) and source.root.ent_type_ not in PERSON_LABELS
        if lowered in self.lexicon.holidays or day:
            return False  # "Pour jeudi, la SNCF annonce …": a day says nothing
        return source.root.lemma_.lower() not in self.lexicon.norm_nouns

    def _apposition_end(self, sent: Span, name: list[Token]) -> int:
        """Where the source ends: after the role set off by commas after a name ("Selon Marc
        Fesneau, ministre de l'Agriculture, la crise …", "According to Marc Fesneau, the French
        agriculture minister, …"), which is the speaker's, not the content's."""
        doc, end = sent.doc, name[-1].i + 1
        if end >= sent.end or doc[end].text != ",":
            return end
        person = any(t.ent_type_ in PERSON_LABELS for t in name)  # "la géographe Claire Vidal"
        # "Selon le maire, Jean Dupont, …", "According to a report by the city controller,
        # Kenneth Mejia, …": the role may be the head or the phrase's last word
        role = is_role_word(phrase_head(name), self.lexicon) or is_role_word(name[-1], self.lexicon)
        if role and not person:
            return self._name_after_role(sent, end)
        named = person or any(t.pos_ == "PROPN" for t in name)
        if not named:
            return end
        words: list[Token] = []
        for token in doc[end + 1 : sent.end]:
            if token.text == ",":
                break
            possessive = token.dep_ == "case"  # "the largest teachers' union"
            # "chercheur à l'Institut français des relations internationales (Ifri)", "élue du
            # groupe « Saint-Aubin Demain »"
            bracket = token.is_bracket or token.is_quote
            if (
                (token.is_punct and not possessive and not bracket)
                or token.is_space
                or len(words) >= MAX_APPOSITION_WORDS
            ):
                return end
            words.append(token)
        close = end + 1 + len(words)
        if not words or close + 1 >= sent.end or doc[close].text != ",":
            return end  # no second comma, or nothing said after it
        if any(acts_as_verb(t) and not is_role_word(t, self.lexicon) for t in words):
            return end  # "Selon Var-Matin, le feu serait parti de …, ce qui …": a clause
        affiliated = words[0].lower_ in self.lexicon.role_links and any(
            t.pos_ == "PROPN" for t in words
        )  # "Pour Mathieu Plane, de l'OFCE, …", "According to Ann Bell, of Brookings, …"
        head = phrase_head(words)
        # "Pour Yann Le Goff, pédologue à l'Inrae, …": a noun with no article set off after
        # a person's name is what the person does, a trade the lexicon may not list
        trade = person and head.i == words[0].i and self._bare_apposition(head, name)
        if not (affiliated or trade or self._describes_speaker(head)):
            return end  # "Selon Le Monde, mardi, …", "…, majorities of voters, …": no role
        if is_sole_subject(head):
            return end  # "According to the Post, the president, a Democrat, plans …"
        return close

    def _relative_aside_end(self, sent: Span, comma: int) -> int | None:
        """The comma that closes a relative clause set off after the source, when the
        sentence goes on after it: ", who spoke on condition of anonymity, …"."""
        doc = sent.doc
        if comma + 1 >= sent.end or not self.opens_relative(doc[comma + 1]):
            return None
        for token in doc[comma + 2 : sent.end]:
            if token.is_quote or token.text in (";", ":", "."):
                return None
            if token.text == ",":
                return token.i if token.i + 1 < sent.end else None
        return None

    def _bare_apposition(self, head: Token, name: list[Token]) -> bool:
        """A noun the parse hangs on the name before it, with no determiner (the tagger may
        call it an adjective: "ethnobotaniste"): not a day ("…, mardi, …") nor a count."""
        determiners = [c for c in head.children if c.dep_ in ("det", "nummod")]
        return (
            (head.pos_ == "NOUN" or (head.pos_ == "ADJ" and head.dep_ in NOMINAL_DEPS))
            and name[0].i <= head.head.i <= name[-1].i
            and not determiners
            and not head.ent_type_
            and not is_day(head, self.lexicon)
        )

    def _describes_speaker(self, head: Token) -> bool:
        """An apposition's head that says who or what the named source is: a role ("ministre
        de l'Agriculture") or a kind of body ("premier syndicat du secondaire", "the largest
        teachers' union")."""
        bodies = self.lexicon.body_nouns
        return is_role_word(head, self.lexicon) or bool({head.lower_, head.lemma_.lower()} & bodies)

    def _name_after_role(self, sent: Span, comma: int) -> int:
        """ "Selon la maire de Paris, Anne Hidalgo, les Jeux …": the name set off after a role
        is the source's, up to the comma that closes it, or the sentence's end ("…, selon son
        avocat, Me Pierre Farge."). A title may open it ("Me", "Dr")."""
        doc = sent.doc
        name = person_name_at(doc, comma + 1)
        titled = self._past_title(sent, comma + 1)
        if titled > comma + 1 and (name is None or name.end <= titled):
            # "Me" outside the recogniser's name; "Sgt" and the full stop cut from it, which the
            # recogniser calls a name of its own
            name = person_name_at(doc, titled)
        if name is None:
            name = _name_by_shape(sent, comma + 1)  # "Oleh Synegoubov", called a body
        if name is None:
            return comma
        closes = name.end + 1 < sent.end and doc[name.end].text == ","
        ends = all(t.is_punct or t.is_space for t in doc[name.end : sent.end])
        return name.end if closes or ends else comma

    def _past_title(self, sent: Span, start: int) -> int:
        """``start`` moved past the title that opens there: "Me", "Dr.", or "Sgt" and the full
        stop the tokenizer cut from it."""
        doc, titles = sent.doc, self.lexicon.titles
        if start + 1 >= sent.end:
            return start
        if title_cut_at(doc, start, titles) and start + 2 < sent.end:
            return start + 2
        return start + 1 if doc[start].lower_ in titles else start

    def _complement_of_previous_word(self, sent: Span, cue: Span) -> bool:
        """A frame that opens with the preposition of a verb's or a noun's object, right after
        that word, is its complement: "se passer de l'avis de X", "acted on the authority of X"
        report nobody's words; "De l'avis de X, …" and "…, on the authority of X" do."""
        first = cue[0]
        if first.lower_ not in self.lexicon.object_prepositions or first.i <= sent.start:
            return False
        return sent.doc[first.i - 1].pos_ in ("VERB", "NOUN", "AUX")

    def prepositional_content(
        self, sent: Span, cue: Span, source: Span, floor: int
    ) -> tuple[int, int] | None:
        def loose(token: Token) -> bool:
            punct = token.is_punct and not token.is_quote and token.text != "%"  # "à 27 %"
            return token.is_space or punct or token.pos_ == "CCONJ"

        floor = max(floor, after_dateline(sent))
        before = [t for t in sent if floor <= t.i < cue.start]
        after = [t for t in sent if t.i >= source.end]
        if after and _spaced_dash(after[0]):
            after = []  # "…, according to a poll last week – virtually the same as …": a gloss
        # "X, according to Oduya, and Y", "X, according to his party, as protests spread":
        # the frame closes X; the conjunction opens another clause
        opening = next((t for t in after if not (t.is_punct or t.is_space)), None)
        joined = opening is not None and opening.pos_ in ("CCONJ", "SCONJ")
        for side in (before, after):
            while side and loose(side[0]):
                side.pop(0)
            while side and loose(side[-1]):
                side.pop()
        if self._relays_verb_of_saying(before, after):
            return None  # "Il a ajouté, selon l'agence ZNA, que …": the verb's frame, relayed
        if after and (is_relative_pronoun(after[0]) or _relative_mark(after[0])):
            # "…, according to his office, which said …" is about the source; "…, according
            # to members who spoke with reporters afterward, was any mention …" goes on past it
            clause_end = _relative_clause_end(after[0].head)
            closing = self._relative_aside_end(sent, after[0].i - 1)
            if closing is not None and closing <= clause_end:
                # "Selon un conseiller de la majorité, qui a requis l'anonymat, plusieurs élus …",
                # which the parse hung on "anonymat": the comma closes the clause
                clause_end = closing - 1
            after = [t for t in after if t.i > clause_end]
            while after and loose(after[0]):
                after.pop(0)
            source = sent.doc[source.start : clause_end + 1]  # the frame's end, for the commas
        after = self._past_citing_aside(after)
        if self._cuts_a_clause(sent, cue, source, before, after):
            # "Le ministre aurait, selon Le Canard enchaîné, demandé un rapport": one statement
            # on both sides of the insertion
            opening = _relative_cut(before, after) or _copula_subject(before) or before[0]
            return opening.idx, after[-1].idx + len(after[-1])
        side = after if len(after) >= len(before) or self._complement_after(after) else before
        if before and after and is_relative_pronoun(before[-1]):
            side = after  # "la grande distribution, qui selon lui « s'engraisse … »"
        if before and after and self._opens_clause_after(before[-1], after):
            side = after  # "AP reported that, according to police, the suspect had fled"
        if joined and len(before) >= MIN_CLAUSE_WORDS:
            side = before
        introduces = source.end < sent.end and sent.doc[source.end].text == ":"
        if introduces and len(before) >= MIN_CLAUSE_WORDS:
            side = before  # "Une hypothèse réaliste selon X : la population a …": X's view
        if len(side) < MIN_CLAUSE_WORDS and not self._subject_and_verb(side):
            return None
        return self.before_caveat(side, tokens_span(side))  # "…, une information démentie"

    def _relays_verb_of_saying(self, before: list[Token], after: list[Token]) -> bool:
        """The phrase sits between a verb of saying and the clause it reports: "Il a toutefois
        ajouté, selon l'agence ZNA, que son pays restait « disposé … »" is the minister's
        word, which the agency passed on; the verb's own frame reports it."""
        if not before or not after:
            return False
        return self.is_cue_verb(before[-1]) and self.lexicon.is_complementizer(after[0].lower_)

    def _opens_clause_after(self, word: Token, after: list[Token]) -> bool:
        """The word before the frame is the conjunction that opens the clause after it: in
        "The AP reported that, according to police, the suspect had fled" the police vouch
        for the reported clause, and the words before are the AP's frame around it."""
        return self.lexicon.is_complementizer(word.lower_) and any(
            t.i == word.head.i for t in after
        )

    def _subject_and_verb(self, words: list[Token]) -> bool:
        """Two words that are a clause of their own, a subject and its verb: "Selon la police,
        il dormait." states what a reader could check; "selon lui, oui" does not."""
        if len(words) != 2:
            return False
        subject, verb = words
        return (
            subject.dep_ in SUBJECT_DEPS
            and subject.head.i == verb.i
            and verb.pos_ in ("VERB", "AUX")
            and not self.is_cue_verb(verb)
        )

    def _personal_pronoun(self, token: Token) -> bool:
        """ "lui", "him": a pronoun that stands for the source, not "its" of "its lawyer"."""
        personal = token.lower_ in self.lexicon.pronouns
        return personal and token.pos_ == "PRON" and token.dep_ != "poss"

    def _complement_after(self, after: list[Token]) -> bool:
        """What follows the frame is the infinitive the word before it governs: "capable,
        selon l'entreprise, de « raisonner comme un doctorant »", "permettra selon lui de
        débloquer des projets": the source vouches for that, not for the words before."""
        if len(after) < 2 or after[0].lower_ not in self.lexicon.infinitive_markers:
            return False
        verb = after[2] if after[1].is_quote and len(after) > 2 else after[1]
        return self._looks_infinitive(verb)

    def _cuts_a_clause(
        self, sent: Span, cue: Span, source: Span, before: list[Token], after: list[Token]
    ) -> bool:
        """The frame is set off by commas inside one clause, whose predicate goes on after it:
        between an auxiliary and its participle ("aurait, selon Le Canard enchaîné, demandé",
        "has, according to the Guardian, asked"), between a verb and its object ("a demandé,
        selon Le Monde, une enquête"), or before a verb that is not one of saying
        ("Les prix, selon l'Insee, ont augmenté"; not "Trump, according to the Post, said
        that …", whose verb has its own frame)."""
        # "Le chantier devrait selon elle durer deux ans": a pronoun needs no commas to be
        # a short insertion
        pronoun = len(source) == 1 and self._personal_pronoun(source[0])
        if not before or not after or not (pronoun or _set_off(sent, cue, source)):
            return False
        waiting = before[-1]
        if is_relative_pronoun(waiting):
            return False  # "a book that, according to its summary, “draws …”": what follows
        if waiting.pos_ == "AUX" and (after[0].is_quote or any(t.head == waiting for t in after)):
            # "auraient été, d'après lui, « quasiment inexistants »", "was, in the words of an
            # adviser, ''the torchbearer''": the clause waits for its predicate
            return True
        first = after[0]
        if first.pos_ not in ("VERB", "AUX"):
            return self._splits_verb_from_object(cue, source, waiting, after)
        return waiting.pos_ == "AUX" or not self.is_cue_verb(first)

    @staticmethod
    def _splits_verb_from_object(cue: Span, source: Span, verb: Token, after: list[Token]) -> bool:
        """ "Il a demandé, selon Le Monde, une enquête interne": the frame stands between a
        verb and its object, which the parse may hang on the source instead ("demandé, selon
        nos informations, une audience", read as a list), when the verb has none of its own;
        not "… seraient recensées, selon une estimation …, une proportion importante …", a
        passive's gloss."""
        if verb.pos_ != "VERB" or is_passive(verb):
            return False
        if any(t.head.i == verb.i for t in after):
            return True
        if any(c.dep_ in OBJECT_DEPS | COMPLEMENT_DEPS for c in verb.children):
            return False
        return any(cue.start <= t.head.i < source.end for t in after)

    def finding_frames(self, sent: Span) -> Iterator[Frame]:
        """ "Sa cote reste stable, à 27 %, dans le baromètre Elabe", "Dans le dernier sondage
        Ifop, …": a poll or a study the sentence places its figures in is their source. Only
        figures ("Il a été interrogé dans une enquête" reports nothing), and a weak cue: a verb
        of saying in the sentence ("Dans son rapport, la Cour estime que") wins."""
        doc = sent.doc
        for token in sent:
            if token.lower_ not in self.lexicon.finding_prepositions:
                continue
            source = self._finding(sent, token)
            if source is None or self.inside_quote(token.idx):
                continue
            # The content starts after the whole phrase: "pour le JDD" in "Dans le dernier
            # sondage Ifop pour le JDD, …" is whom the poll was made for.
            end = _phrase_end(sent, source.end)
            if end + 1 < sent.end and doc[end].text == "," and is_participle(doc[end + 1], "Past"):
                end = _phrase_end(sent, end + 1)  # "…, conducted in May, …": the poll's date
            cue = doc[token.i : token.i + 1]
            content = self.prepositional_content(sent, cue, doc[source.start : end], sent.start)
            if content is not None and self._states_figures(sent, content):
                yield Frame(tokens_span([token]), token.lower_, content, source, WEAK_CUE)

    def _finding(self, sent: Span, preposition: Token) -> Span | None:
        """The poll or study after the preposition, with its name: "le dernier sondage Ifop",
        "the latest Gallup poll", "the most recent YouGov/Economist survey", "an exit poll".
        The small French model may tag the noun as a verb."""
        doc, nouns = sent.doc, self.lexicon.finding_nouns
        i = preposition.i + 1
        while i < sent.end and _in_pollster_name(doc[i]) and doc[i].lower_ not in nouns:
            i += 1
        if i >= sent.end or not {doc[i].lower_, doc[i].lemma_.lower()} & nouns:
            return None
        if "Plur" in feature(doc[i], "Number") or not _on_the_clause(preposition, doc[i]):
            return None  # "leads in the polls": the writer's summary; "people in the poll"
        end = i + 1
        while end < sent.end and (doc[end].pos_ in ("PROPN", "NUM") or doc[end].is_title):
            end += 1  # the pollster's name, whatever its tag ("Odoxa" as an adjective)
        return doc[preposition.i + 1 : end]

    @staticmethod
    def _states_figures(sent: Span, content: tuple[int, int]) -> bool:
        return any(t.like_num or t.text == "%" for t in sent if content[0] <= t.idx < content[1])

    def opinion_frames(self, sent: Span) -> Iterator[Frame]:
        """ "Pour la ministre, cette innovation va dénaturer …", "À ses yeux, …": a frame that
        opens the sentence, or the clause after a colon ("Un argument qui ne convainc pas les
        associations : pour le Réseau Action Climat, « … »"), and closes on a comma gives the
        view of the one it names."""
        colons = [t.i + 1 for t in sent if t.text == ":" and t.i > sent.start]
        for start in (sent.start, *colons):
            yield from self._opinion_frame_at(sent, start)

    def _opinion_frame_at(self, sent: Span, start: int) -> Iterator[Frame]:
        """The opinion frame that opens at ``start``, if any."""
        doc = sent.doc
        while start < sent.end and (
            doc[start].is_space or doc[start].pos_ in ("CCONJ", "PUNCT", "ADV")
        ):
            start += 1  # "Mais pour eux, …", "Cependant, pour les auteurs, …"
        if start >= sent.end:
            return
        found = self._opinion_opening(sent, start)
        if found is None:
            return
        cue, source, comma = found
        first = comma + 1 if doc[comma].text == "," else comma  # no comma: the clause itself
        aged = age_length(list(doc[first : sent.end]), self.lexicon.age_words)
        if aged and first + aged < sent.end and doc[first + aged].text == ",":
            first += aged + 1  # "Pour Marie, 34 ans, …": her age
        if first < sent.end and is_relative_pronoun(doc[first]):
            # "Pour le pédiatre Olivier Lenoir, qui n'a pas participé à l'étude, ces résultats
            # …": the clause says who the source is
            first = _relative_clause_end(doc[first].head) + 1
            while first < sent.end and doc[first].is_punct and not doc[first].is_quote:
                first += 1  # the comma after the clause; not the quotation mark of the view
        first = _past_connective(sent, first)
        words = words_to_end(sent, first)
        if sum(t.is_alpha for t in words) < MIN_CLAUSE_WORDS or self._speaker_of_its_own(words):
            return
        content = (words[0].idx, words[-1].idx + len(words[-1].text))
        yield Frame(tokens_span(cue), " ".join(t.lower_ for t in cue), content, source, STRONG_CUE)

    def _speaker_of_its_own(self, words: list[Token]) -> bool:
        """The clause after the frame has a cue verb whose speaker is named in it: in "Pour la
        défense, Me Berthier estime que …" the lawyer speaks for the defence, and the opening
        says on whose behalf, not whose view follows."""
        for root in phrase_roots(words):
            if self.inside_any_quote(root.idx):
                continue  # "Pour X, ce chiffre « dit tout »": X's own word
            source = self.find_source(root.sent, root) if self.is_cue_verb(root) else None
            if source is not None and source.end > words[0].i and self.can_speak(source.root):
                return True
        return False

    def _unmarked_close(self, sent: Span, start: int) -> int | None:
        """ "Pour François Fillon il y avait trop de juridisme": with no comma, a frame that
        names a person ends where the name does, when a subject pronoun opens the clause: the
        index of that pronoun, where the content starts."""
        doc = sent.doc
        if doc[start].lower_ not in self.lexicon.opinion_prepositions:
            return None
        name = next((e for e in doc.ents if e.start == start + 1), None)
        if name is None or name.label_ not in ("PER", "PERSON") or name.end >= sent.end:
            return None
        after = doc[name.end]
        subject = after.pos_ == "PRON" and after.dep_ in ("nsubj", "expl:subj", "expl")
        return name.end if subject else None

    def _opinion_opening(self, sent: Span, start: int) -> tuple[list[Token], Span, int] | None:
        """The cue words, the source and the closing comma of an opening opinion frame."""
        doc, lexicon = sent.doc, self.lexicon
        comma = self._unmarked_close(sent, start)
        if comma is None:
            comma = next((t.i for t in doc[start : sent.end] if t.text == ","), None)
        if comma is None or comma - start > ROLE_OPINION_TOKENS:
            return None
        opening = doc[start:comma]
        if comma - start > LEADING_PHRASE_TOKENS and not (
            is_role_word(opening[1:].root, lexicon) or self._named_body(opening[1:])
        ):
            return None  # only a role is said at such length: "Pour la porte-parole du …
        lowered = " ".join(opening.text.lower().split())
        if lowered in lexicon.possessive_frames:
            owner = next((t for t in opening if t.lower_ in lexicon.pronouns), None)
            if owner is None:
                return None
            return list(opening), doc[owner.i : owner.i + 1], comma
        if doc[start].lower_ not in lexicon.opinion_prepositions or comma - start < 2:
            return None
        source = doc[start + 1 : comma]
        titled = _titled(source) or _one_name(source) or _role_before_name(source)
        verbs = [t for t in source if t.pos_ in ("VERB", "AUX") and not describes_role(t)]
        if verbs or not (titled or self.can_speak(source.root)):
            return None
        if not self._could_say(source):
            return None  # "Pour Noël, la ville installe …"
        if source.root.pos_ == "PRON" and source.root.lower_ not in lexicon.pronouns:
            return None  # "Pour cela, …": a purpose, not a view
        end = self._apposition_end(sent, list(source))  # "Pour X, ministre de …, …"
        return [doc[start]], doc[source.start : end], end

    def _named_body(self, words: Span) -> bool:
        """A noun for a body and the name that closes its phrase: "l'association de défense de
        l'environnement Gers Eau Vive", as long as a role's."""
        head = words.root.lemma_.lower()
        return head in self.lexicon.organization_nouns and words[-1].pos_ == "PROPN"


def _past_connective(sent: Span, first: int) -> int:
    """Where the view starts past a connective set off by commas right after its frame ("Pour
    l'association, au contraire, ces restrictions …", "Pour lui, toutefois, …"): an adverb, or
    a bare noun after its preposition, that links the view to the text, not part of it."""
    doc = sent.doc
    comma = next((t.i for t in doc[first : min(first + 3, sent.end)] if t.text == ","), None)
    if comma is None or comma == first:
        return first
    words = doc[first:comma]
    linking = all(t.pos_ in ("ADV", "ADP", "NOUN") for t in words) and words[-1].pos_ != "ADP"
    return comma + 1 if linking and words.root.dep_ in CONNECTIVE_DEPS else first


def _copula_subject(before: list[Token]) -> Token | None:
    """Where the clause of a copula or auxiliary that ends ``before`` opens: its subject's
    first word ("and that Mrs. Clinton was, in the words of …" opens at "Mrs.")."""
    verb = before[-1]
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if verb.pos_ != "AUX" or subject is None or subject.left_edge.i < before[0].i:
        return None
    return subject.left_edge


def _titled(source: Span) -> bool:
    """ "Pour Le Parisien", "Pour Le Devoir": an article written with a capital inside a
    sentence, then a capitalised word, is a title, whatever the tagger makes of the noun."""
    words = [t for t in source if not t.is_space]
    return (
        len(words) >= 2
        and words[0].pos_ == "DET"
        and words[0].text[:1].isupper()
        and all(t.text[:1].isupper() for t in words[1:] if t.is_alpha and len(t) > 3)
    )


def _role_before_name(source: Span) -> bool:
    """ "Pour le constitutionnaliste Dominique Rousseau": a noun with a person's name in
    apposition is that person, whatever the lexicon knows of the noun (not "Pour
    l'anniversaire de Jean Dupont", whose name only qualifies it)."""
    root = source.root
    return any(c.dep_ == "appos" and c.ent_type_ in PERSON_LABELS for c in root.children)


def _one_name(source: Span) -> bool:
    """ "Pour Santé publique France": the phrase is one capitalised name, which the recogniser
    marks whole, whatever its head noun ("Santé", which is no speaker by itself)."""
    return source[0].is_title and any(
        e.start == source.start and e.end == source.end and e.label_ not in TIMES
        for e in source.ents
    )


def _set_off(sent: Span, cue: Span, source: Span) -> bool:
    """Whether the frame (its cue and source) stands between two commas inside its sentence:
    "Le ministre, selon Le Monde, aurait …", "Pascal Prache, cité par Le Parisien, affirme"."""
    doc = sent.doc
    if cue.start <= sent.start or source.end >= sent.end:
        return False
    return doc[cue.start - 1].text == "," and doc[source.end].text == ","


def _name_by_shape(sent: Span, index: int) -> Span | None:
    """The capitalised nouns from ``index`` on, when they read as a name: after a role and its
    comma they are its holder's, whatever label the recogniser gave them."""
    doc, end = sent.doc, index
    while end < sent.end and doc[end].text[:1].isupper() and doc[end].pos_ in ("PROPN", "NOUN"):
        end += 1
    words = doc[index:end]
    return words if reads_as_name(words) else None


def _relative_cut(before: list[Token], after: list[Token]) -> Token | None:
    """Where the statement opens when the insertion cuts a relative clause: "… des quatorze
    permis de construire délivrés l'an dernier, qui devraient, selon la municipalité, amener
    de nouvelles familles" reports what the permits should do, from the noun they are."""
    pronoun = next((t for t in reversed(before) if is_relative_pronoun(t)), None)
    if pronoun is None:
        return None
    clause = pronoun.head
    # "qui devrait, selon lui, coûter …": the parse may close the clause on the verb right
    # before the insertion, whose infinitive goes on after it
    resumes = before[-1].i == clause.i and after[0].pos_ in ("VERB", "AUX")
    if not (resumes or clause.left_edge.i <= after[0].i <= clause.right_edge.i):
        return None  # the clause closed before the insertion
    antecedent = clause.head if clause.dep_ in RELATIVE_DEPS else None
    if antecedent is None or not before[0].i <= antecedent.i < pronoun.i:
        return pronoun
    return next(t for t in antecedent.subtree if t.i >= before[0].i)


def _spaced_dash(token: Token) -> bool:
    """A dash set off by spaces ("report - still", "rapport — selon"), not a hyphen."""
    if token.text not in DATELINE_DASHES or token.i == 0:
        return False
    return token.text != "-" or bool(token.doc[token.i - 1].whitespace_)


def _phrase_end(sent: Span, start: int) -> int:
    """The index of the first clause punctuation from ``start`` on, or the sentence's end."""
    end = start
    while end < sent.end and sent.doc[end].text not in (",", ".", ";", ":", "!", "?"):
        end += 1
    return end


def _on_the_clause(preposition: Token, noun: Token) -> bool:
    """The phrase hangs on the clause's verb, as the place its figures come from, not on a
    noun ("Forty-six percent of people in the poll said …"): through the preposition in
    English's parse, directly from the noun in Universal Dependencies' ("dans" a case mark)."""
    attached = preposition.head if preposition.head.i != noun.i else noun.head
    return attached.pos_ in ("VERB", "AUX")


def _in_pollster_name(token: Token) -> bool:
    """A word before a poll's noun: an article, an adjective, a name, a noun compounded with it
    ("exit", "News"), or the slash between two pollsters' names ("NBC News/Wall Street")."""
    modifier = token.pos_ in ("DET", "ADJ", "PROPN", "ADV") or token.dep_ == "compound"
    return modifier or token.text in ("/", "-")


def _opens_subject_of(token: Token, verb: Token) -> bool:
    """``token`` opens the subject of ``verb``, the verb the frame's phrase hangs on: where no
    comma closes the phrase, its clause's subject begins after the source."""
    return any(s.dep_ in SUBJECT_DEPS and s.left_edge.i == token.i for s in verb.children)


def _bare_relative(verb: Token, before: list[Token]) -> bool:
    """The verb of a relative clause with no pronoun on a word before it, which says what
    the source is as a participle would: "shared" of "a letter she shared with The
    Chronicle", "filed" of "reports Mr. Schoen filed"."""
    return verb.dep_ in RELATIVE_DEPS and verb.head in before


def _relative_mark(token: Token) -> bool:
    """ "que" of "un document interne que Mediapart a pu consulter", which the parser may
    call the mark of the relative clause rather than its pronoun."""
    return token.dep_ == "mark" and token.head.dep_ in ("acl:relcl", "relcl")


def _relative_clause_end(verb: Token) -> int:
    """The last token of the relative clause whose verb is ``verb``: its subtree, short of a
    clause the parser joined to it past a comma, with no conjunction and a subject of its own
    ("Selon l'agence Reuters, qui cite deux sources proches du dossier, Pékin aurait déployé
    …": the sentence's main clause, not Reuters' citing). The parser may hang that clause on
    the relative verb as an adverbial one instead, with no conjunction to open it: "D'après un
    responsable, qui a requis l'anonymat, d'autres blocages seraient prévus"."""
    doc = verb.doc
    for conj in verb.children:
        if conj.dep_ not in ("conj", "advcl", "parataxis") or conj.i < verb.i:
            continue
        if any(c.dep_ in ("cc", "mark") for c in conj.children):
            continue
        first = conj.left_edge
        subject = any(c.dep_ in SUBJECT_DEPS for c in conj.children)
        if subject and first.i > verb.i + 1 and doc[first.i - 1].text == ",":
            return first.i - 2
    if verb.sent.root.i > verb.right_edge.i:
        # "D'après le collectif, qui lutte contre l'habitat indigne, plus de 40 000 Marseillais
        # vivent …": the main clause's subject hung on the relative's verb, before its comma
        comma = next((t for t in doc[verb.i + 1 : verb.right_edge.i] if t.text == ","), None)
        if comma is not None:
            return comma.i - 1
    return verb.right_edge.i
