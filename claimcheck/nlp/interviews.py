"""Interviews in question-and-answer form: whose words each answer is.

A press interview alternates the journalist's questions with the answers of one person, and
writes no verb of saying: the layout says who speaks. An article is read as one when at least
``MIN_EXCHANGES`` question paragraphs are each followed by a paragraph that is not a question,
and its questions are labelled or come every few paragraphs (``_alternates``).
A question is a paragraph that ends with "?" or opens with a question label ("Q :",
"INTERVIEWER:"); every other paragraph of the exchanges is an answer.

Who answers:

- a label naming a person of the article ("OKOYE: Not yet.", "Jean Jouzel : Non.") is that
  person;
- an answer label ("R :", "A:") or no label at all is the one person the introduction names,
  when the answers speak in the first person; with nobody or several people named, the answer
  is left unattributed rather than guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from claimcheck.nlp.frames.base import PERSON_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimcheck.nlp.lexicon import Lexicon
    from claimcheck.nlp.parse import Part

# Questions each followed by an answer, at least, before a page is read as an interview.
MIN_EXCHANGES = 2
# The most paragraphs an answer runs to between two unlabelled questions of an interview.
MAX_ANSWER_PARAGRAPHS = 3
# A label before a colon, or before a full stop and a dash as French papers print it ("Le
# Figaro. – …", "Thierry Burkhard. – …"): a few words, a speaker's name or "Q".
LABEL = re.compile(r"(?P<label>[^\W\d_][\w.'’ -]{0,40}?)(?:\s?:|\.\s?[-–—](?=\s))\s+(?=\S)")
# A one-letter question label glued to the question's first word, as pages that lost the
# bold "Q" print it: "QWhat would have happened?". Only "Q", whose next letter is a capital.
GLUED_LABEL = re.compile(r"Q(?=[A-Z][a-z])")
# Marks that open a quotation: a paragraph opening with one is someone's words.
OPENING_QUOTES = frozenset("\"“«‘'")
# Words, for the first- and second-person tests.
WORDS = re.compile(r"\w+")
# How far after a word that announces an interview ("conversation with") the name it announces
# starts, in characters: room for a role ("coastal engineer", "la climatologue").
MARKER_REACH = 60
SENTENCE_END = re.compile(r"[.!?\n]")
# The dashes of dialogue that may open an answer ("— Oui, clairement.").
DIALOGUE_DASHES = "-–—•"


@dataclass(frozen=True)
class Answer:
    """An answer's words and who said them, in article offsets; ``speaker`` is the person's
    first mention in the article."""

    content: tuple[int, int]
    speaker: tuple[int, int]


@dataclass(frozen=True)
class _Paragraph:
    start: int
    end: int
    body: int  # where its words start, past a label and a dash
    label: str  # lowercase, "" when it has none


def interview_answers(text: str, parts: list[Part], lexicon: Lexicon) -> list[Answer]:
    """The answers of a question-and-answer interview, if the article is one."""
    paragraphs = [_paragraph(text, start, end) for start, end in _lines(text)]
    asks = [_is_question(p, text, lexicon) for p in paragraphs]
    exchanges = [i for i in range(len(paragraphs) - 1) if asks[i] and not asks[i + 1]]
    if len(exchanges) < MIN_EXCHANGES or not _alternates(paragraphs, asks):
        return _embedded_answers(text, paragraphs, asks, parts, lexicon)
    first_question = exchanges[0]
    introduction = text[: paragraphs[first_question].start].lower()
    announced = any(marker in introduction for marker in lexicon.interview_markers)
    # a page that calls itself an interview needs no "vous" in its questions ("Les océans
    # ont-ils battu un nouveau record ?") to be one
    if not announced and not _addressed(paragraphs, asks, text, lexicon):
        return []
    people = _person_names(parts, lexicon)
    interviewee = _introduced(people, paragraphs[first_question].start, text, lexicon)
    last_question = max(i for i, question in enumerate(asks) if question)
    answers: list[Answer] = []
    # past the last question only its answer: then come the credits ("Propos recueillis par")
    for i in range(first_question + 1, min(last_question + 2, len(paragraphs))):
        paragraph = paragraphs[i]
        words = text[paragraph.body : paragraph.end]
        if asks[i] or not any(c.isalnum() for c in words):
            continue  # a question, or an answer cut to "…."
        if _prompt(paragraph, words) and i + 1 < len(paragraphs) and not asks[i + 1]:
            continue  # "Le coût du programme a déjà dérapé…": the journalist's prompt
        speaker = _labelled(paragraph, people, lexicon)
        if speaker is None and not paragraph.label and answers and not asks[i - 1]:
            # an answer's next paragraph, unlabelled in a transcript that labels the first:
            # the same person goes on
            speaker = answers[-1].speaker
        if speaker is None and (not paragraph.label or paragraph.label in lexicon.answer_labels):
            speaker = interviewee
        if speaker is not None:
            answers.append(Answer((paragraph.body, paragraph.end), speaker))
    # an answer its label names speaks whatever its words; the others only in a page the
    # introduction calls an interview ("ENTRETIEN", "répond à nos questions", "Q&A with"), or
    # whose answers speak in the first person
    named = [a for a in answers if a.speaker != interviewee]
    unnamed = [a for a in answers if a.speaker == interviewee]
    if unnamed and not (announced or _in_first_person(unnamed, text, lexicon)):
        unnamed = []  # an explainer answering its readers ("Vous partez en août ?")
    return sorted(named + unnamed, key=lambda a: a.content)


def _embedded_answers(
    text: str, paragraphs: list[_Paragraph], asks: list[bool], parts: list[Part], lexicon: Lexicon
) -> list[Answer]:
    """The answers of questions a portrait sets among its paragraphs ("Pourquoi avoir attendu
    si longtemps pour écrire sur votre famille ?" then "Parce que j'avais peur de trahir. …"):
    a one-sentence question put to someone ("votre", "you"), then a paragraph in the first
    person that quotes nobody, at least ``MIN_EXCHANGES`` times; a prompt left on an ellipsis
    between two such answers asks too. The answers are the one person the text before the
    first question names, or nobody's."""
    answering: list[int] = []
    for i in range(len(paragraphs) - 1):
        paragraph = paragraphs[i]
        words = text[paragraph.body : paragraph.end]
        put = asks[i] and _one_sentence(words) and _speaks_to(words, lexicon)
        prompt = bool(answering) and answering[-1] == i - 1 and _prompt(paragraph, words)
        if (
            (put or prompt)
            and not paragraph.label
            and _answers_in_person(paragraphs[i + 1], text, lexicon)
        ):
            answering.append(i + 1)
    if len(answering) < MIN_EXCHANGES:
        return []
    people = _person_names(parts, lexicon)
    interviewee = _introduced(people, paragraphs[answering[0] - 1].start, text, lexicon)
    if interviewee is None:
        return []
    return [Answer((paragraphs[i].body, paragraphs[i].end), interviewee) for i in answering]


def _one_sentence(words: str) -> bool:
    """No sentence ends inside the words: a question of its own, not a paragraph that closes
    on one."""
    inner = words.rstrip().rstrip("?.… ")
    return not any(mark in inner for mark in (". ", "? ", "! "))


def _speaks_to(words: str, lexicon: Lexicon) -> bool:
    """The words address someone: "votre famille", "aimeriez-vous", "do you"."""
    return any(w in lexicon.addressee_words for w in WORDS.findall(words.lower()))


def _answers_in_person(paragraph: _Paragraph, text: str, lexicon: Lexicon) -> bool:
    """A paragraph that speaks in the first person and quotes nobody: an answer's."""
    words = text[paragraph.body : paragraph.end]
    if paragraph.label or words[:1] in OPENING_QUOTES or words.rstrip().endswith("?"):
        return False
    if any(mark in words for mark in "«»“”"):
        return False
    return _in_person(words, lexicon)


def _in_person(words: str, lexicon: Lexicon) -> bool:
    """The words speak in the first person: "Nous l'annonçons", "I missed my kids"."""
    return any(w in lexicon.first_person_words for w in WORDS.findall(words.lower()))


def _alternates(paragraphs: list[_Paragraph], asks: list[bool]) -> bool:
    """Whether the questions set the page's rhythm, as an interview's do: labelled ones ("Q :")
    say so themselves; unlabelled ones, which a report's rhetorical questions also are, must
    come at least every ``MAX_ANSWER_PARAGRAPHS`` + 1 paragraphs from the first to the last."""
    questions = [i for i, question in enumerate(asks) if question]
    if sum(bool(paragraphs[i].label) for i in questions) >= MIN_EXCHANGES:
        return True
    gaps = [later - earlier - 1 for earlier, later in pairwise(questions)]
    return all(gap <= MAX_ANSWER_PARAGRAPHS for gap in gaps)


def _addressed(paragraphs: list[_Paragraph], asks: list[bool], text: str, lexicon: Lexicon) -> bool:
    """Whether at least half the unlabelled questions speak to someone ("Que proposez-vous ?",
    "What do you need?"), as a journalist's do; a report's own questions ("Will Sanders stay
    in the race?") speak to no one."""
    plain = [p for p, question in zip(paragraphs, asks, strict=True) if question and not p.label]
    if not plain:
        return True
    addressed = sum(_speaks_to(text[p.start : p.end], lexicon) for p in plain)
    return addressed * 2 >= len(plain)


def _lines(text: str) -> list[tuple[int, int]]:
    """The non-blank lines of the text, without their edge blanks."""
    found = []
    for match in re.finditer(r"[^\n]+", text):
        words = match.group()
        start = match.start() + len(words) - len(words.lstrip())
        end = match.end() - (len(words) - len(words.rstrip()))
        if start < end:
            found.append((start, end))
    return found


def _paragraph(text: str, start: int, end: int) -> _Paragraph:
    body = start
    while body < end and (text[body] in DIALOGUE_DASHES or text[body].isspace()):
        body += 1
    label = LABEL.match(text, body, end)
    if label is None and GLUED_LABEL.match(text, body, end):
        # "QLast October, President Obama …": a page that lost the bold label's colon
        return _Paragraph(start, end, body + 1, text[body].lower())
    if label is None:
        return _Paragraph(start, end, body, "")
    written = label.group("label").strip()
    if written.split()[-1][:1].islower():
        # "Elles sont multiples : …", an answer's own colon; a label ends on a name ("Jean
        # Jouzel", "Le Monde") or is a letter or word of its own ("Q", "Question")
        return _Paragraph(start, end, body, "")
    return _Paragraph(start, end, label.end(), written.lower())


def _is_question(paragraph: _Paragraph, text: str, lexicon: Lexicon) -> bool:
    """A question label, or a paragraph that ends with "?" and is not a quotation (someone's
    question in the report: "“You know what she said?”"). A question may be labelled with
    the outlet that asks it ("Le Monde : Pourquoi … ?") or with the journalist's name, as a
    transcript labels both sides ("Sam Whitford: … Why now?"); an answer label ("A:") never
    asks."""
    words = text[paragraph.body : paragraph.end]
    asks = words[:1] not in OPENING_QUOTES and words.rstrip(' "”»*_').endswith("?")
    if paragraph.label:
        named = asks and paragraph.label not in lexicon.answer_labels
        return paragraph.label in lexicon.question_labels or named
    return asks


def _prompt(paragraph: _Paragraph, words: str) -> bool:
    """An unlabelled sentence left hanging on an ellipsis, as interviewers put a point to be
    answered ("Le coût du programme a déjà dérapé…", "And yet the polls…"): one sentence, no
    answer's several."""
    hanging = words.rstrip().endswith(("…", "..."))
    return not paragraph.label and hanging and _one_sentence(words)


def _person_names(parts: list[Part], lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Every person's name the recogniser found: start, end (article offsets) and text. Not a
    masthead it took for one ("sat down with The Herald"), nor a profession opening a
    sentence ("Océanographe au CNRS, Agnès Vidal …")."""
    return [
        (part.offset + ent.start_char, part.offset + ent.end_char, ent.text)
        for part in parts
        for ent in part.doc.ents
        if ent.label_ in PERSON_LABELS
        and not _masthead(ent, lexicon)
        and not (len(ent) == 1 and ent[0].lower_ in lexicon.person_roles)
    ]


def _masthead(name: Span, lexicon: Lexicon) -> bool:
    """A newspaper's name: its last word is a masthead word ("Herald", "Times")."""
    return name[-1].text in lexicon.media_name_tokens


def _introduced(
    people: list[tuple[int, int, str]], first_question: int, text: str, lexicon: Lexicon
) -> tuple[int, int] | None:
    """The one person the introduction names, before the first question: the interviewee. An
    introduction that names two ("Pour comprendre la décision d'Emmanuel Macron, nous avons
    interrogé Pascal Perrineau") does not say whose answers they are in words the rules can
    read, and nobody is guessed; the journalist credited ("Propos recueillis par …") is not a
    candidate."""
    before = [
        (start, end, name.split()[-1].lower())
        for start, end, name in people
        if end <= first_question and not _credited(text, start, lexicon)
    ]
    if len({surname for _, _, surname in before}) != 1:
        before = _announced(before, first_question, text, lexicon) or _most_named(before)
        if len({surname for _, _, surname in before}) != 1:
            return None
    start, end, _ = before[0]
    return start, end


def _most_named(people: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The mentions of the person an introduction names most, at least twice and more often
    than anyone else: "Maria Delgado, 52, became chief … She replaced Walt Gerring … Delgado
    spent two decades … Delgado told the district board" is about Delgado."""
    counts = Counter(surname for _, _, surname in people)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return []
    return [person for person in people if person[2] == ranked[0][0]]


def _announced(
    people: list[tuple[int, int, str]], end: int, text: str, lexicon: Lexicon
) -> list[tuple[int, int, str]]:
    """Of the people an introduction names, those named right after a word that announces the
    interview, in the same sentence: "A conversation with coastal engineer Maren Holt", not
    "places such as Fenwick Bay" further on."""
    introduction = text[:end].lower()
    announced = set()
    for marker in lexicon.interview_markers:
        for found in re.finditer(re.escape(marker), introduction):
            after = [
                (start, surname)
                for start, _, surname in people
                if 0 <= start - found.end() <= MARKER_REACH
                and not SENTENCE_END.search(text, found.end(), start)
            ]
            if after:
                announced.add(min(after)[1])
    return [person for person in people if person[2] in announced]


def _credited(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the name at ``start`` follows a credit line: "Propos recueillis par X"."""
    line = text[text.rfind("\n", 0, start) + 1 : start].lower()
    return any(marker in line for marker in lexicon.credit_markers)


def _in_first_person(answers: list[Answer], text: str, lexicon: Lexicon) -> bool:
    """Whether at least half the answers speak in the first person ("Nous l'annonçons depuis
    trente ans", "I missed my kids"), as an interviewee's do; an explainer's answers to its
    readers' questions ("Le pass sera vendu 49 euros", "You are entitled to a refund") do not."""
    speaking = sum(_in_person(text[slice(*a.content)], lexicon) for a in answers)
    return speaking * 2 >= len(answers)


def _labelled(
    paragraph: _Paragraph, people: list[tuple[int, int, str]], lexicon: Lexicon
) -> tuple[int, int] | None:
    """The first of the fullest mentions of the person an answer's label names ("OKOYE" for
    "Dr. Samuel Okoye", "Jean Jouzel", "T. B." for Thierry Burkhard, "FALLIN" for "Mary
    Fallin" rather than a headline's "Gov Fallin"): the name as the article gives it in
    full."""
    if not paragraph.label or paragraph.label in lexicon.answer_labels:
        return None
    label = paragraph.label
    found: list[tuple[int, int, int]] = []
    for start, end, name in people:
        words = name.lower().split()
        initials = "".join(w[0] for w in words)  # "T. B." for Thierry Burkhard
        # "OKOYE", "Ilse Brandauer" for the "Brandauer" of the text
        named = label == " ".join(words) or label.split()[-1] == words[-1]
        if named or (len(words) > 1 and re.sub(r"[.\s]", "", label) == initials):
            found.append((len(words), -start, end))
    if not found:
        return None
    _, start, end = max(found)
    return -start, end
