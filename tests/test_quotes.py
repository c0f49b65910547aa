"""Quotation finding on raw text: every style, several paragraphs, and stray marks."""

from __future__ import annotations

from claimcheck.nlp.quotes import find_quotes


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_each_quote_style_is_found() -> None:
    text = "“One two three four,” he said. « Un deux trois quatre », dit-il. „Eins zwei drei“ x."
    assert quoted(text) == ["“One two three four,”", "« Un deux trois quatre »", "„Eins zwei drei“"]


def test_straight_quotes_pair_by_position() -> None:
    text = 'He said "we will win this race" and left. "Yes," she said.'
    assert quoted(text) == ['"we will win this race"', '"Yes,"']


def test_a_quote_running_over_paragraphs_is_one_quote() -> None:
    text = "She said: “The first paragraph of the quote.\n“The second one, which ends.”\nAfter."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].multi_paragraph
    assert text[quotes[0].start : quotes[0].end].endswith("which ends.”")


def test_an_unbalanced_mark_never_swallows_the_article() -> None:
    text = "A stray “mark opens here.\nThe next paragraph has “a real quote in it” only."
    assert quoted(text) == ["“a real quote in it”"]


def test_a_quotation_mixing_curly_and_straight_marks_is_one_quote() -> None:
    # web copy often curls only some marks: “…" and "…” are one quotation each
    text = '“I fundamentally disagree," said Bednarek. "The bottom line is that it fails.”'
    assert quoted(text) == ['“I fundamentally disagree,"', '"The bottom line is that it fails.”']


def test_a_straight_mark_inside_a_curly_quote_still_nests() -> None:
    text = '“They called it "a hoax" and left,” she said.'
    assert quoted(text) == ['“They called it "a hoax" and left,”']


def test_a_block_quote_carried_over_paragraphs_keeps_its_own_marks() -> None:
    # a quotation carried from the paragraph before closes only with its own kind of mark:
    # the curly marks inside are a quotation within it
    text = '"The column opens here.\n“You called them animals,” Kelly said. The end."\nAfter.'
    assert quoted(text) == [text[: text.index("\nAfter")]]


def test_a_quotation_whose_closing_mark_was_forgotten_ends_with_its_paragraph() -> None:
    text = (
        "“It is unlike anything,” said Baron. “His candidacy has defied all conventions.\n"
        "He continued, “That is what we intend to do.”"
    )
    assert quoted(text) == [
        "“It is unlike anything,”",
        "“His candidacy has defied all conventions.",
        "“That is what we intend to do.”",
    ]


def test_a_mark_left_open_before_a_misplaced_closer_is_still_dropped() -> None:
    # the closing mark stands after a space, where it cannot close: the paragraph's rest is
    # not one quotation, or it would swallow the frame
    text = 'He spoke. "I think it is a disgrace, " Trump said.\nAfter.'
    assert quoted(text) == []


def test_an_unclosed_mark_opening_a_paragraph_is_still_dropped() -> None:
    # a block quote or an excerpt: its own reported speech is not one speaker's words
    text = "«Tapie a fait savoir qu'il s'intéressait au groupe. Mais il n'est pas seul.\nAprès."
    assert quoted(text) == []


def test_scare_quotes_are_not_speech() -> None:
    text = "so-called “forever chemicals” were found, “and this is a real quote,” he said"
    speech = [text[q.start : q.end] for q in find_quotes(text) if q.is_speech]
    assert speech == ["“and this is a real quote,”"]


def test_thousands_of_marks_stay_fast_and_balanced() -> None:
    text = "“a b c d” " * 5000
    assert len(find_quotes(text)) == 5000


def test_a_continued_quotation_ends_with_the_last_paragraph_that_reopens_it() -> None:
    # each paragraph of a testimony reopens the quotation; the one before an intertitle
    # closes none, and the quotation ends with it
    text = "« Le matin, nous comptons.\n« Le soir, je rentre.\nDes journées sans fin\nAprès."
    assert quoted(text) == ["« Le matin, nous comptons.\n« Le soir, je rentre."]


def test_a_carried_quotation_is_not_closed_over_a_paragraph_with_marks_of_its_own() -> None:
    # the second paragraph's straight marks could have closed it: the paragraph's end is no
    # sure end of the quotation, which would swallow "he continued"
    text = (
        "“Trump says things,” Rubio said. “But presidents cannot say anything.\n"
        '“I am not interested in that," he continued. "We must work together.\n'
        "He left."
    )
    assert not any("\n" in quote for quote in quoted(text))
