"""Running a spaCy pipeline over an article without losing a single offset.

Three things make raw news text hard on the small models, and each is handled here so the rules
never see them:

- typographic apostrophes and non-breaking spaces ("qu’une", "« Nous") mislead the French
  tokenizer; the parser reads a copy with each replaced by its plain twin, one character for
  one, so every token offset is still an offset into ``Article.text``;
- one line is one paragraph, and a sentence never runs across a paragraph break;
- long texts exceed ``nlp.max_length`` and hurt memory, so they are parsed in parts of whole
  paragraphs, each remembering where it starts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property, partial
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc, Span, Token
    from thinc.types import Ints2d

    from claimcheck.nlp.lexicon import Lexicon

# Character-for-character substitutions: the parsed copy has exactly the length of the original.
_PARSE_TRANSLATION = str.maketrans(
    {
        "\u2019": "'",  # ’ typographic apostrophe
        "\u02bc": "'",  # ʼ modifier letter apostrophe
        "\u00a0": " ",  # no-break space, as in « Nous »
        "\u202f": " ",  # narrow no-break space
        "\u2009": " ",  # thin space
        "\u2007": " ",  # figure space
    }
)
# Parts of whole paragraphs, far under spaCy's max_length (1,000,000): a news article is one or two
# parts, and a giant input parsed one part at a time peaks at about 265 MB with the small English
# model (360,000 characters with no sentence end: 1.2 GB as one batch).
PART_CHARS = 20_000
PARAGRAPH_COMPONENT = "claimcheck_paragraphs"
# Quotation marks that can only open a quotation.
SHAPED_OPENING_MARKS = frozenset({"«", "“"})
# Closing marks that no sentence opens on: the parser sometimes starts one at "»".
SHAPED_CLOSING_MARKS = frozenset({"»", "”"})
# Marks that may open a quotation at a sentence's start, the straight one included.
SENTENCE_OPENING_MARKS = SHAPED_OPENING_MARKS | {'"'}
NAMES_COMPONENT = "claimcheck_names"
ELISIONS_COMPONENT = "claimcheck_elisions"
HYPHENS_COMPONENT = "claimcheck_hyphenated_words"
LOCUTIONS_COMPONENT = "claimcheck_locutions"
# A dateline fits in this many tokens: "WASHINGTON (Reuters) -", "PARIS, 3 mars (AFP) —".
DATELINE_TOKENS = 12
# What closes a dateline or an entry time: "PARIS —", "17 h 05 —".
DATELINE_DASHES = frozenset({"-", "—", "–", "--"})
# Where the paragraph component found datelines: the offset of the first token after each, in the
# Doc's user data, for the rules that read the sentences after the parse (offsets, not token
# indices, which the components that join tokens after the parse would move).
DATELINES_KEY = "claimcheck_datelines"
# spaCy's SENT_START values: the token starts a sentence, or it does not (the parser may not
# start one there).
SENTENCE_STARTS = 1
SENTENCE_GOES_ON = -1
# A time of day as live pages stamp their entries: "14:45", "10h20", "9.05".
CLOCK = re.compile(r"\d{1,2}[:h.]\d{2}")


# spaCy's tokenizer peels punctuation off the end of a token one mark at a time, searching the
# whole token each time: a run of 10,000 quote marks took two minutes. And every mark is a token
# the model must tag and parse: 300 KB of "!" (or "!" lines, or ". . .") took 80 s and 1.26 GB.
# So in the parsed copy only, a run of over 64 marks (with any spaces or line breaks between them)
# keeps 32 characters at each end and is blanked in between: one whitespace token, and one line
# break if the middle had any, so the paragraphs on either side stay apart.
_MARK = r"(?:[^\w\s]|_)"  # "_" is a word character to the regex module, a mark to a reader
_PUNCTUATION_RUN = re.compile(rf"{_MARK}(?:\s*{_MARK}){{64,}}")
_PUNCTUATION_PIECE = 32


def parse_copy(text: str) -> str:
    """The text the parser reads: same length, friendlier characters."""
    text = _LEADING_SOFT_HYPHEN.sub(" ", text.translate(_PARSE_TRANSLATION))
    text = _GLUED_BULLET.sub(r"\1 ", text)
    return _PUNCTUATION_RUN.sub(_break_run, text)


# A list item's bullet glued to its first word ("-Craig Fehrman explains why …") made one word
# "-Craig", the start of the speaker's name; it reads as the space it stands for.
_GLUED_BULLET = re.compile(r"(?m)^([ \t]*)[-•‣◦▪*](?=[^\W\d_])")


# A soft hyphen at the start of a word ("un \u00adproche", left by a CMS) glues onto the word and
# hides it from the lexicons; it reads as the space it follows.
_LEADING_SOFT_HYPHEN = re.compile(r"(?<!\w)\u00ad")


def _break_run(run: re.Match[str]) -> str:
    marks = run.group()
    middle = marks[_PUNCTUATION_PIECE:-_PUNCTUATION_PIECE]
    blank = [" "] * len(middle)
    if "\n" in middle:
        blank[middle.rindex("\n")] = "\n"
    return marks[:_PUNCTUATION_PIECE] + "".join(blank) + marks[-_PUNCTUATION_PIECE:]


def mark_paragraph_starts(
    doc: Doc,
    capital_after_quote: bool = False,
    final_abbreviations: frozenset[str] = frozenset(),
    time_words: frozenset[str] = frozenset(),
    agencies: frozenset[str] = frozenset(),
    punctuated_sentences: bool = False,
    articles: frozenset[str] = frozenset(),
    titles: frozenset[str] = frozenset(),
    platforms: frozenset[str] = frozenset(),
    channel_prepositions: frozenset[str] = frozenset(),
) -> Doc:
    """A pipeline component: every token after a line break starts a sentence, and a
    lowercase word after a quoted question or exclamation does not (nor, with
    ``capital_after_quote``, after a quoted full stop), nor a closing guillemet: in "“Why?”
    asked the judge" the incise belongs to the quotation's sentence. Nor does a quotation opened in
    the middle of a clause: the French model, misreading the verb before it ("La CGT dénonce de
    son côté « une attaque … »"), would start a sentence at the mark or the word after it and
    leave the quotation with no verb to hang on.

    With ``capital_after_quote`` (languages whose incises put the verb first, as French does),
    a capitalised word after a quotation closed on its own full stop, question or exclamation
    starts a sentence: in "« On nous prend pour des imbéciles ! » Sylvie Roux affirme avoir
    écrit" the quotation is not what Sylvie Roux affirms.

    A capitalised word after one of ``final_abbreviations`` ("p.m.") starts a sentence, unless
    it is one of ``time_words`` (lowercase: days, months, time zones) that go on the time.

    No sentence opens on a lowercase word right after another word ("the fact-checking site
    Politifact | traced the story"), and with ``punctuated_sentences`` on no word right after
    another: the small French model broke "L'ONG Human Rights Watch affirme que …" into four
    sentences, leaving the verb with no subject. (A Title Case headline that runs into the
    text with nothing between is a sentence of its own.)

    A dateline that opens a paragraph ("WASHINGTON (AP) — ", "Lyon (AFP) – " before one of
    ``agencies``) is a sentence of its own: the parser would make the place a subject.

    A capitalised one of ``articles`` before a lowercase word, after a lone capital and its
    full stop, starts a sentence: "sur le réseau social X. L'élu a demandé …", which the
    French tokenizer keeps as an initial ("X."), is two sentences; an initial or a title goes
    on with a name ("J. Dupont", "M. Le Pen"). So does one after a lowercase word and its
    full stop ("dans le pays. L'agence appelle …"). So does any capitalised word after a
    platform of one letter (one of ``platforms``) after one of ``channel_prepositions``: "a
    ironisé Marine Le Pen sur X. Pour le premier secrétaire …".

    A name after one of ``titles`` that the tokenizer split from its full stop ("Sgt", ".")
    goes on the sentence: "according to a police spokesman, Sgt. Dana Ruiz."."""
    from spacy.attrs import SENT_START

    # Set all at once: spaCy's per-token setter checks the whole Doc for a parse each time,
    # which made this component quadratic in the words it keeps in their sentence.
    starts = doc.to_array([SENT_START]).astype("int64")
    paragraph_starts = [0]
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            starts[token.i] = SENTENCE_STARTS
            paragraph_starts.append(token.i)
        elif (
            _word_after_word(previous, token, punctuated_sentences)
            or _goes_on_sentence(doc, token, capital_after_quote)
            or _name_after_title(doc, token, titles)
        ):
            starts[token.i] = SENTENCE_GOES_ON
        elif (
            (capital_after_quote and _after_closed_quotation(doc, token))
            or (previous.lower_ in final_abbreviations and _opens_sentence(token, time_words))
            or (
                (is_lone_initial(previous) or _full_stop_after_word(doc, previous))
                and _opens_with_article(doc, token, articles)
            )
            or (
                token.is_title and _platform_initial(doc, previous, platforms, channel_prepositions)
            )
        ):
            starts[token.i] = SENTENCE_STARTS
    datelines = []
    for start in paragraph_starts:
        end = dateline_end(doc, start, len(doc), agencies)
        if start < end < len(doc) and not doc[end].is_space:
            # "WASHINGTON (AP) — Former Attorney General Michael Mukasey told …": read as one
            # sentence, the place was the subject and the speaker its apposition
            starts[end] = SENTENCE_STARTS
            datelines.append(doc[end].idx)
    # one column, -1 wrapped into the unsigned type as spaCy's own arrays hold it
    doc.from_array([SENT_START], cast("Ints2d", starts.astype("uint64").reshape(-1, 1)))
    doc.user_data[DATELINES_KEY] = datelines
    return doc


def dateline_end(doc: Doc, start: int, end: int, agencies: frozenset[str] = frozenset()) -> int:
    """Just past the dateline that opens ``doc[start:end]``, "WASHINGTON (Reuters) - ",
    "CLEVELAND, July 19 (UPI) — " or "PARIS, 3 mars (AFP) — ": a place in capitals, a date, an
    agency in brackets, a dash; ``start`` where there is none. It reads only the words, not
    their parse, so that the parser can be told where the sentence starts."""
    for token in doc[start : min(end, start + DATELINE_TOKENS)]:
        before = doc[token.i - 1] if token.i > start else None
        apart = before is not None and (
            bool(before.whitespace_) or before.text == ")" or before.text.isupper()
        )
        if token.text in DATELINE_DASHES and apart:
            return token.i + 1  # a dash after the place, not the hyphen of "Seventy-two"
        words = [c for c in token.text if c.isalpha()]
        bracketed = any(t.text == "(" for t in doc[start : token.i]) and not any(
            t.text == ")" for t in doc[start : token.i]
        )
        capitals = (
            token.is_punct
            or token.is_space
            or token.like_num
            or CLOCK.fullmatch(token.text) is not None  # "14:45 GMT - …", a live page's entry
            or (words and all(c.isupper() for c in words))
            or _dated(doc, token, start)
            or (token.is_title and _agency_ahead(doc, token.i, start + DATELINE_TOKENS, agencies))
        )
        if not (capitals or bracketed or token.text == ")"):
            return start
    return start


def _agency_ahead(doc: Doc, index: int, limit: int, agencies: frozenset[str]) -> bool:
    """A news agency in brackets and a dash come next: a place in small letters is a
    dateline only before one ("Lyon (AFP) – ", "Saint-Denis (AFP) - ")."""
    stop = min(limit, len(doc) - 3)
    opening = next((i for i in range(index + 1, stop) if doc[i].text == "("), None)
    if opening is None:
        return False
    agency, closing, dash = doc[opening + 1], doc[opening + 2], doc[opening + 3]
    return agency.text in agencies and closing.text == ")" and dash.text in DATELINE_DASHES


def _dated(doc: Doc, token: Token, start: int) -> bool:
    """After the place in capitals and its comma, what a dateline writes in words: the state
    or country ("RENO, Nev. (AP)", "DES MOINES, Iowa —") and the date ("July 19", "Dec. 11",
    "3 mars")."""
    word = token.text.rstrip(".")
    if not word.isalpha() or token.i < start + 2:
        return False
    place = [t for t in doc[start : token.i] if not t.is_punct]
    after_place = (
        bool(place) and place[0].is_upper and any(t.text == "," for t in doc[start : token.i])
    )
    beside = [doc[i] for i in (token.i - 1, token.i + 1) if start <= i < len(doc)]
    return after_place and (word.istitle() or any(t.like_num for t in beside))


def is_lone_initial(token: Token) -> bool:
    """A capital letter and its full stop as one token: "B." of "Karim B.", "X." of "le
    réseau social X."."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _platform_initial(
    doc: Doc, token: Token, platforms: frozenset[str], prepositions: frozenset[str]
) -> bool:
    """A platform of one letter and its full stop, after a channel preposition: "sur X.",
    "on X.", which the tokenizer keeps together as an initial."""
    letter = token.text[:1]
    return (
        is_lone_initial(token)
        and letter in platforms
        and token.i > 0
        and doc[token.i - 1].lower_ in prepositions
    )


def _full_stop_after_word(doc: Doc, token: Token) -> bool:
    """A full stop of its own after a lowercase word: "… chaque année dans le pays. L'agence
    appelle …", which the small French model read as one sentence."""
    return token.text == "." and token.i > 0 and doc[token.i - 1].is_lower


def _opens_with_article(doc: Doc, token: Token, articles: frozenset[str]) -> bool:
    """A capitalised article before a lowercase word: "L'" of "L'élu", not "Le" of "Le Pen"."""
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.is_title and token.lower_ in articles and bool(following and following.is_lower)


def _opens_sentence(token: Token, time_words: frozenset[str]) -> bool:
    """A capitalised word that does not go on the time before it ("10 p.m. Friday"), or a
    quotation mark that opens a capitalised one ("at 7 p.m. “Stay home,” he said")."""
    if token.text in SENTENCE_OPENING_MARKS and token.i + 1 < len(token.doc):
        token = token.doc[token.i + 1]
    return token.is_title and token.is_alpha and token.lower_ not in time_words


def _after_closed_quotation(doc: Doc, token: Token) -> bool:
    """A capitalised word right after a closing mark that ends a sentence of its own, an
    elided one too ("» D'après lui, …")."""
    capital = token.is_title and token.text[:1].isalpha()
    return capital and _after_quoted_question(doc, token.i, ("?", "!", ".", "…"))


def title_cut_at(doc: Doc, index: int, titles: frozenset[str]) -> bool:
    """The word at ``index`` is one of ``titles`` whose full stop the tokenizer cut into a
    token of its own: "Sgt", "." of "Sgt. Dana Ruiz"."""
    stop = index + 1
    return (
        index >= 0
        and stop < len(doc)
        and doc[stop].text == "."
        and f"{doc[index].lower_}." in titles
    )


def _name_after_title(doc: Doc, token: Token, titles: frozenset[str]) -> bool:
    """A capitalised word after a title written with its full stop, one token ("Capt.") or
    two if the tokenizer cut it ("Sgt", "."), then "Dana"."""
    if token.i < 2 or not token.is_title:
        return False
    tagged = bool(token.tag_ or token.pos_)
    if tagged and not (token.pos_ == "PROPN" or token.tag_.startswith("NNP")):
        return False  # "… as a Sgt. Then he left."
    whole = doc[token.i - 1]
    if whole.is_title and whole.text.endswith(".") and whole.lower_ in titles:
        return True
    title = doc[token.i - 2]
    return title.is_title and not title.whitespace_ and title_cut_at(doc, title.i, titles)


def _goes_on_sentence(doc: Doc, token: Token, verb_first_incises: bool) -> bool:
    """The token goes on the sentence before it, whatever the parser would say: no sentence
    opens on a comma ("Théo, 29 ans, infirmier, a fait ses comptes", which the small French
    model broke after "Théo", leaving "29 ans" the subject), nor on a closing guillemet; nor, in
    a language whose incises open on the verb, on a word in small letters after a quotation
    closed on its own full stop ("« … violence. » insiste David Dufresne")."""
    marks = ("?", "!", ".", "…") if verb_first_incises else ("?", "!")
    after_quotation = _after_quoted_question(doc, token.i, marks)
    quoted_question = token.is_lower and token.is_alpha and after_quotation
    comma = token.text == "," and not doc[token.i - 1].is_space
    closing = token.text in SHAPED_CLOSING_MARKS
    return comma or closing or quoted_question or _quotation_opened_mid_clause(doc, token.i)


def _word_after_word(previous: Token, token: Token, any_word: bool) -> bool:
    """The token is a word (a lowercase one unless ``any_word``), and nothing but a space
    stands between it and the word before (a dash may open a sentence: "17 h 05 — Le
    ministre …"); with ``any_word``, nor a comma ("…, devant la cour d'assises du Haut-Rhin,
    Karim B., 34 ans, a …", which the small French model broke after "Haut-Rhin,")."""
    if not (any_word or token.is_lower):
        return False
    if any_word and previous.text == "," and token.text[:1].isalnum():
        return True
    return previous.text[-1:].isalnum() and token.text[:1].isalnum()


def _quotation_opened_mid_clause(doc: Doc, index: int) -> bool:
    """An opening mark right after a word, or the first word after such a mark."""
    token = doc[index]
    if token.text in SHAPED_OPENING_MARKS:
        return doc[index - 1].is_alpha
    return index >= 2 and doc[index - 1].text in SHAPED_OPENING_MARKS and doc[index - 2].is_alpha


def _after_quoted_question(doc: Doc, index: int, marks: tuple[str, ...] = ("?", "!")) -> bool:
    """Token ``index`` follows a closing quotation mark whose quotation ends on one of
    ``marks``."""
    closing = doc[index - 1]
    if index < 2 or not (closing.is_quote and closing.is_right_punct):
        return False
    return doc[index - 2].text[-1:] in marks


def prepare_pipeline(nlp: Language) -> None:
    """What claimcheck adds to a loaded pipeline: elided words joined to their apostrophe
    before anything reads the tokens, paragraph breaks before the sentences are set, and names
    with an article joined after the recogniser."""
    _add_whole_words(nlp)
    _split_glued_quotes(nlp)
    _add_token_mender(
        nlp, LOCUTIONS_COMPONENT, _locutions_component, lambda lex: lex.adverbial_locutions
    )
    _add_token_mender(nlp, ELISIONS_COMPONENT, _elisions_component, lambda lex: lex.elided_words)
    _add_token_mender(
        nlp,
        HYPHENS_COMPONENT,
        lambda nlp, name: join_hyphenated_words,
        lambda lex: lex.join_hyphenated_words,
    )
    _add_paragraph_component(nlp)
    _add_names_component(nlp)


def _add_whole_words(nlp: Language) -> None:
    """The demonstratives a speaker can be one token, capitalised too: the French tokenizer
    keeps "celui-ci" whole but splits "Celui-ci", whose speaker then read "-". So are the
    titles written with a full stop: spaCy's English tokenizer keeps "Sen." and "Gen." whole
    but splits "Capt." and "Sgt.", and the parser then made "Army Capt" one speaker and
    "Christian Pardo" another."""
    from spacy.symbols import ORTH

    from claimcheck.nlp.lexicon import available_languages, load_lexicon

    if nlp.lang not in available_languages():
        return
    tokenizer: Tokenizer = nlp.tokenizer  # a pipeline loaded from a package: spaCy's own
    lexicon = load_lexicon(nlp.lang)
    for word in lexicon.latter_pronouns:
        for written in (word, word.capitalize()):
            tokenizer.add_special_case(written, [{ORTH: written}])
    for title in lexicon.abbreviated_titles:
        tokenizer.add_special_case(title.capitalize(), [{ORTH: title.capitalize()}])


# A quotation mark glued between a word and the next ('paranoia,”Clinton said', 'said:"No',
# "dénonce l'«arnaque»"), and the punctuation glued before it, are tokens of their own, as they
# are after a space: glued, the parser reads "paranoia,”Clinton" as one name and the quotation
# loses its speaker. Only before a letter: '="7"' in an embedded tweet's markup and '6">' stay
# as they are.
_GLUED_QUOTE = (
    r"(?<=[\w.,;:!?'])[“”«»\"](?=[.,;:!?]?[^\W\d_])"
    r"|(?<=\w)[.,;:!?](?=[“”«»\"][^\W\d_])"
    r"|(?<=[“”«»\"])[.,;:!?](?=[^\W\d_])"
)


def _split_glued_quotes(nlp: Language) -> None:
    """Add ``_GLUED_QUOTE`` to the tokenizer's infixes, after the pipeline's own. A pipeline
    (``--model``) whose infixes are not one regular expression keeps them as they are."""
    tokenizer: Tokenizer = nlp.tokenizer
    own = tokenizer.infix_finditer
    own_pattern = getattr(getattr(own, "__self__", None), "pattern", None)
    if own is not None and not isinstance(own_pattern, str):
        return
    pattern = _GLUED_QUOTE if own_pattern is None else f"{own_pattern}|{_GLUED_QUOTE}"
    tokenizer.infix_finditer = re.compile(pattern).finditer


def _locutions_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    from claimcheck.nlp.lexicon import load_lexicon

    locutions = load_lexicon(nlp.lang).adverbial_locutions
    tokenized = {tuple(t.lower_ for t in nlp.make_doc(phrase)) for phrase in locutions}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(tokenized, key=len, reverse=True):  # the longest first
        by_first.setdefault(words[0], []).append(words)
    return partial(join_locutions, by_first=by_first)


def join_locutions(doc: Doc, by_first: dict[str, list[tuple[str, ...]]]) -> Doc:
    """A pipeline component: an adverbial locution is one token before the parser reads it.
    Word by word, the small French model reads "ont d'ores et déjà prévenu" as a verb "ont"
    with the object "ores" and "prévenu" conjoined to it, and loses the subject of the verb of
    saying; as one token it is an adverb, as the parse of "ont déjà prévenu" has it.
    ``by_first``: the locutions' lowercase words, by their first word, the longest first."""
    lowered = [t.lower_ for t in doc]  # once: a slice of the Doc per word and locution cost
    spans = []  # a fifth of a French analysis
    i = 0
    while i < len(doc):
        for words in by_first.get(lowered[i], ()):
            end = i + len(words)
            if tuple(lowered[i:end]) == words:
                spans.append(doc[i:end])
                i = end - 1
                break
        i += 1
    return _merged(doc, spans)


def _add_token_mender(
    nlp: Language,
    name: str,
    factory: Callable[[Language, str], Callable[[Doc], Doc]],
    wanted: Callable[[Lexicon], object],
) -> None:
    """A component that mends the tokens before anything reads them, added first to the
    pipeline of a language whose lexicon asks for it (``wanted``)."""
    from spacy.language import Language

    from claimcheck.nlp.lexicon import available_languages, load_lexicon

    if nlp.lang not in available_languages() or not wanted(load_lexicon(nlp.lang)):
        return  # English has no elisions, locutions or split names to mend
    if name not in Language.factories:
        Language.factory(name, func=factory)
    if name not in nlp.pipe_names:
        nlp.add_pipe(name, first=True)


def _merged(doc: Doc, spans: list[Span]) -> Doc:
    """The Doc with each of ``spans`` made one token."""
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


def join_hyphenated_words(doc: Doc) -> Doc:
    """A pipeline component: words joined by a bare hyphen are one word ("Météo-France",
    "Anne-Sophie", "état-major"). The French tokenizer keeps the words it knows whole
    ("Ouest-France", "Jean-Luc", "porte-parole") and splits the others, and the parser then
    reads "France" alone as the subject, or the speaker of "…, a annoncé Météo-France" as a
    place, and "major" as the subject of "L'état-major général a affirmé"."""
    spans = []
    i = 0
    while i < len(doc) - 2:
        end = i
        while end + 2 < len(doc) and _hyphen_joins(doc, end):
            end += 2
        if end > i:
            spans.append(doc[i : end + 1])
        i = end + 1
    return _merged(doc, spans)


def _hyphen_joins(doc: Doc, index: int) -> bool:
    """The word at ``index`` and the one two tokens on are joined by a bare hyphen."""
    return doc[index].is_alpha and joined_by_hyphen(doc, index) and doc[index + 2].is_alpha


def joined_by_hyphen(doc: Doc, index: int, hyphens: frozenset[str] = frozenset("-")) -> bool:
    """The token at ``index`` and the one two tokens on are written as one with a hyphen (one
    of ``hyphens``) between them, no space on either side: "Saint-Denis", "50-state"."""
    first, hyphen = doc[index], doc[index + 1]
    return not first.whitespace_ and hyphen.text in hyphens and not hyphen.whitespace_


def _elisions_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    from claimcheck.nlp.lexicon import load_lexicon

    return partial(join_elisions, elided=load_lexicon(nlp.lang).elided_words)


def join_elisions(doc: Doc, elided: frozenset[str]) -> Doc:
    """A pipeline component: an elided word and its apostrophe are one token when a quotation
    mark follows them ("qu'« il n'y aura pas … »"), as they are before a letter. The tokenizer
    splits "qu", "'" and "«", and the parser then reads "qu" as a pronoun and the quoted clause
    as no complement of the verb before it."""
    spans = [
        doc[i : i + 2]
        for i in range(len(doc) - 2)
        if doc[i].lower_ in elided
        and not doc[i].whitespace_
        and doc[i + 1].text == "'"
        and not doc[i + 1].whitespace_
        and doc[i + 2].is_quote
    ]
    return _merged(doc, spans)


def _add_names_component(nlp: Language) -> None:
    from spacy.language import Language

    if NAMES_COMPONENT not in Language.factories:
        Language.factory(NAMES_COMPONENT, func=_names_component)
    if "ner" in nlp.pipe_names and NAMES_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(NAMES_COMPONENT, after="ner")


def _names_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """``mend_person_names`` with the language's name particles, whether its recogniser misses
    plain names, and the label it gives persons; a language with no lexicon has no particles,
    and the component leaves its documents as they are."""
    from claimcheck.nlp.lexicon import available_languages, load_lexicon
    from claimcheck.nlp.people import mend_person_names

    lexicon = load_lexicon(nlp.lang) if nlp.lang in available_languages() else None
    particles = lexicon.name_particles if lexicon is not None else frozenset()
    recover = lexicon is not None and lexicon.recover_missed_names
    labels = getattr(nlp.get_pipe("ner"), "labels", ())
    label = "PER" if "PER" in labels else "PERSON"
    inner = lexicon.inner_particles if lexicon is not None else frozenset()
    named_after = lexicon.named_after_people if lexicon is not None else {}
    age_words = lexicon.age_words if lexicon is not None else frozenset()
    roles = lexicon.person_roles if lexicon is not None else frozenset()
    outlets = lexicon.media_nouns if lexicon is not None else frozenset()
    return partial(
        mend_person_names,
        particles=particles,
        label=label,
        recover_missed=recover,
        inner=inner,
        named_after=named_after,
        age_words=age_words,
        roles=roles,
        outlets=outlets,
    )


def _paragraph_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """``mark_paragraph_starts`` with what the language's grammar says of quotations."""
    from claimcheck.nlp.lexicon import available_languages, load_lexicon

    if nlp.lang not in available_languages():
        return mark_paragraph_starts
    lexicon = load_lexicon(nlp.lang)
    return partial(
        mark_paragraph_starts,
        capital_after_quote=lexicon.verb_first_incises,
        punctuated_sentences=lexicon.sentences_end_on_punctuation,
        final_abbreviations=lexicon.sentence_final_abbreviations,
        time_words=frozenset((*lexicon.time_zone_words, *lexicon.weekdays, *lexicon.months)),
        agencies=lexicon.news_agencies,
        articles=lexicon.definite_determiners | lexicon.indefinite_determiners,
        titles=lexicon.titles,
        platforms=lexicon.platforms,
        channel_prepositions=lexicon.channel_prepositions,
    )


def _add_paragraph_component(nlp: Language) -> None:
    """Insert ``mark_paragraph_starts`` before whatever sets sentence boundaries."""
    from spacy.language import Language

    if PARAGRAPH_COMPONENT not in Language.factories:
        Language.factory(PARAGRAPH_COMPONENT, func=_paragraph_component)
    if PARAGRAPH_COMPONENT in nlp.pipe_names:
        return
    for boundary_setter in ("parser", "senter", "sentencizer"):
        if boundary_setter in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_COMPONENT, before=boundary_setter)
            return
    nlp.add_pipe(PARAGRAPH_COMPONENT, first=True)


@dataclass(frozen=True)
class Part:
    """A parsed stretch of the article; ``offset`` is where ``doc.text`` starts in it."""

    doc: Doc
    offset: int

    @cached_property
    def text(self) -> str:
        """``doc.text``, which spaCy rebuilds from the tokens on every access."""
        return self.doc.text

    @cached_property
    def sentences(self) -> list[Span]:
        return sentences_of(self.doc)

    def text_of(self, span: Span) -> str:
        """``span.text``, sliced from the part's text rather than joined from its tokens."""
        return self.text[span.start_char : span.end_char]


def split_parts(text: str, limit: int = PART_CHARS) -> list[tuple[int, str]]:
    """Cut ``text`` into (offset, piece) of whole paragraphs, each at most ``limit`` long.

    A single paragraph longer than ``limit`` is cut after a sentence end if there is one,
    otherwise at a space, otherwise hard: no input is too long to parse.
    """
    parts: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            end = _cut_point(text, start, end)
        parts.append((start, text[start:end]))
        start = end
    return parts


_SENTENCE_END = re.compile(r"[.!?…]['\"”»)]*\s")


def _cut_point(text: str, start: int, end: int) -> int:
    window = text[start:end]
    newline = window.rfind("\n")
    if newline > 0:
        return start + newline + 1
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        return start + ends[-1].end()
    space = window.rfind(" ")
    return start + space + 1 if space > 0 else end


def parse(nlp: Language, text: str, limit: int = PART_CHARS) -> list[Part]:
    pieces = _parts_for(nlp, text, limit)
    # Parts one at a time: a batch would hold every part of a giant input in memory at once.
    docs = nlp.pipe((parse_copy(piece) for _, piece in pieces), batch_size=1)
    return [Part(doc, offset) for (offset, _), doc in zip(pieces, docs, strict=True)]


def _parts_for(nlp: Language, text: str, limit: int) -> list[tuple[int, str]]:
    """The pieces the model can take: never over ``nlp.max_length``, however it is set."""
    return split_parts(text, min(limit, nlp.max_length))


_TERMINAL = re.compile(r"[.!?…]['\"”»)\]’\s]*$")


def sentences_of(doc: Doc) -> list[Span]:
    """The parser's sentences, with its slips inside a paragraph mended.

    The small models cut after a parenthesis ("(TIP) | ont bénéficié") or before a quotation
    mark ("affirmant : « | Nous …"). A boundary is kept only where the text ends a sentence
    (terminal punctuation) or a paragraph; a piece made of punctuation alone joins the sentence
    before it. They also leave an opening typewriter mark at the end of the sentence before
    ("refugees. ''You'd"), which then reads as part of it.
    """
    merged: list[Span] = []
    carried: int | None = (
        None  # where the next sentence starts when it took an opening mark from this one
    )
    for sent in doc.sents:
        if carried is not None:
            sent, carried = doc[carried : sent.end], None
        if sent.end < len(doc) and _opening_marks_only(sent):
            carried = sent.start  # "maîtrisé. | « | On a bien joué »": the mark opens the next
            continue
        if merged and _continues(merged[-1], sent):
            merged[-1] = doc[merged[-1].start : sent.end]
            continue
        closing = sent.start
        while closing < sent.end - 1 and _closes(doc[closing]) and not _opens(doc[closing]):
            closing += 1  # 'chemicals.” The mayor': the closing mark ends the sentence before
        if merged and closing > sent.start:
            merged[-1] = doc[merged[-1].start : closing]
            sent = doc[closing : sent.end]
        opening = sent.end
        while opening > sent.start + 1 and sent.end < len(doc) and _opens(doc[opening - 1]):
            opening -= 1  # "refugees. ''You'd": the opening mark begins the sentence after
        if opening < sent.end:
            sent, carried = doc[sent.start : opening], opening
        merged.append(sent)
    return merged


def _opening_marks_only(sent: Span) -> bool:
    """Opening quotation marks and nothing else, in one paragraph: the mark of the quotation
    the next sentence opens (a mark before a line break opens nothing there)."""
    return all((_opens(t) or t.is_space) and "\n" not in t.text + t.whitespace_ for t in sent)


def _closes(token: Token) -> bool:
    return (
        token.is_punct
        and (token.is_right_punct or token.text in '"”»)]')
        and not token.is_left_punct
    )


def _opens(token: Token) -> bool:
    """An opening quotation mark: « and “ by their shape (French spacing puts a space after
    «), typewriter marks ('' and ") written against the word after them and apart from the one
    before, since they read the same both ways."""
    if token.i == 0 or not token.is_quote:
        return False
    if token.text in SHAPED_OPENING_MARKS:
        return True
    if token.whitespace_:
        return False
    before = token.doc[token.i - 1]
    return bool(before.whitespace_) or before.is_space  # a paragraph break is a space too


def _continues(previous: Span, sent: Span) -> bool:
    between = previous.doc[previous.end - 1]
    if "\n" in between.text or "\n" in between.whitespace_:
        return False
    if all(t.is_punct or t.is_space for t in sent):
        return True
    if sent[0].idx in previous.doc.user_data.get(DATELINES_KEY, ()):
        return False  # "DES MOINES, Iowa —": the dateline set apart, before the parse
    return not _TERMINAL.search(previous.text.rstrip())


# How much text one nlp.pipe batch holds: several news articles at once, which is where batching
# pays, while a giant input's parts still go through a few at a time.
BATCH_CHARS = 60_000


def parse_many(
    nlp: Language, texts: list[str], limit: int = PART_CHARS, batch_chars: int = BATCH_CHARS
) -> list[list[Part]]:
    """``parse`` for several texts at once: their parts share ``nlp.pipe`` batches.

    Returns each text's parts, in the order of ``texts``.
    """
    pieces = [
        (index, offset, piece)
        for index, text in enumerate(texts)
        for offset, piece in _parts_for(nlp, text, limit)
    ]
    parsed: list[list[Part]] = [[] for _ in texts]
    for batch in _batches(pieces, batch_chars):
        docs = nlp.pipe([parse_copy(piece) for _, _, piece in batch], batch_size=len(batch))
        for (index, offset, _), doc in zip(batch, docs, strict=True):
            parsed[index].append(Part(doc, offset))
    return parsed


def _batches(
    pieces: list[tuple[int, int, str]], batch_chars: int
) -> Iterator[list[tuple[int, int, str]]]:
    batch: list[tuple[int, int, str]] = []
    size = 0
    for piece in pieces:
        if batch and size + len(piece[2]) > batch_chars:
            yield batch
            batch, size = [], 0
        batch.append(piece)
        size += len(piece[2])
    if batch:
        yield batch
