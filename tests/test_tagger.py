"""The learned span tagger beside the rules: the hybrid, the shipped model, its loading.

The hybrid tests feed hand-made tagger spans to the attribution stage, so what they assert is the
linking, whatever the trained model happens to mark; the loading tests use the model that ships
in the package.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest

import claimcheck.nlp.tagger as tagger_module
from claimcheck import Analyzer, AnalyzerOptions
from claimcheck.errors import ModelMissingError
from claimcheck.models import Article, Claim, ClaimKind
from claimcheck.nlp.attribution import find_claims
from claimcheck.nlp.lexicon import load_lexicon
from claimcheck.nlp.loading import ModelCache
from claimcheck.nlp.parse import parse, prepare_pipeline
from claimcheck.nlp.tagger import REINSTALL, TAGGER_MODELS, Tagged, load_tagger
from test_cli import assert_no_traceback, cli

ROOT = Path(__file__).parents[1]
FOUNDING_ARTICLE = ROOT / "samples" / "alep-khimik.fr.txt"
# "knocked" is no reporting verb of the lexicon: the rules alone find no claim here.
MOCKED = "The senator knocked the plan to raise taxes on farmers. It was a Tuesday."


@pytest.fixture(scope="module")
def models() -> ModelCache:
    return ModelCache(prepare=prepare_pipeline)


def tagged_claims(models: ModelCache, text: str, spans: list[tuple[str, str]]) -> list[Claim]:
    """The attributed claims of ``text`` when the tagger marks each (label, words) span."""
    nlp = models.for_language("en").nlp
    parts = parse(nlp, text)
    tagged = []
    for part in parts:
        found = []
        for label, words in spans:
            start = part.text.find(words)
            if start >= 0:
                found.append(Tagged(label, start, start + len(words)))
        tagged.append(found)
    claims = find_claims(Article(text=text, language="en"), parts, load_lexicon("en"), tagged)
    return [c for c in claims if c.kind is not ClaimKind.UNATTRIBUTED]


def test_the_rules_alone_find_nothing_in_the_knocking_sentence(models: ModelCache) -> None:
    assert tagged_claims(models, MOCKED, []) == []


def test_a_tagged_cue_the_rules_link_becomes_a_claim_from_the_tagger(models: ModelCache) -> None:
    spans = [("SOURCE", "The senator"), ("CUE", "knocked"), ("CONTENT", "the plan to raise taxes")]
    [claim] = tagged_claims(models, MOCKED, spans)
    assert claim.origin == "tagger"
    assert claim.source is not None and claim.source.text == "The senator"
    assert claim.cue is not None and claim.cue.text == "knocked"
    assert claim.content.text == "the plan to raise taxes"


def test_a_source_the_tagger_missed_comes_from_the_parse(models: ModelCache) -> None:
    spans = [("CUE", "knocked"), ("CONTENT", "the plan to raise taxes")]
    [claim] = tagged_claims(models, MOCKED, spans)
    assert claim.origin == "tagger"
    assert claim.source is not None and claim.source.text == "The senator"


def test_a_tagged_cue_with_no_source_is_never_a_claim(models: ModelCache) -> None:
    text = "It knocked the plan to raise taxes on farmers."  # "it" is nobody who speaks
    spans = [("CUE", "knocked"), ("CONTENT", "the plan to raise taxes")]
    assert tagged_claims(models, text, spans) == []


def test_a_tagged_cue_inside_a_quotation_is_never_a_claim(models: ModelCache) -> None:
    text = "“The senator knocked the plan to raise taxes,” the mayor wrote."
    spans = [("SOURCE", "The senator"), ("CUE", "knocked"), ("CONTENT", "the plan to raise")]
    assert all(claim.origin == "rules" for claim in tagged_claims(models, text, spans))


def test_a_tagged_cue_with_no_content_is_never_a_claim(models: ModelCache) -> None:
    assert tagged_claims(models, MOCKED, [("SOURCE", "The senator"), ("CUE", "knocked")]) == []


def test_a_content_in_another_sentence_is_not_linked(models: ModelCache) -> None:
    spans = [("SOURCE", "The senator"), ("CUE", "knocked"), ("CONTENT", "It was a Tuesday")]
    assert tagged_claims(models, MOCKED, spans) == []


def test_a_quotation_ending_a_paragraph_is_not_the_next_paragraphs_content(
    models: ModelCache,
) -> None:
    """A quotation that ends one paragraph is not the content of the verb that opens the next:
    "“…”\n\nThe senator knocked …" did give the mayor's words to the senator."""
    text = (
        "The mayor spoke at noon. “Farmers will pay for it all.”\n\n"
        "The senator knocked the plan on Tuesday."
    )
    spans = [
        ("CONTENT", "“Farmers will pay for it all.”"),
        ("SOURCE", "The senator"),
        ("CUE", "knocked"),
    ]
    quoted = [c for c in tagged_claims(models, text, spans) if c.content.text.startswith("“")]
    assert all(c.origin == "rules" and c.source and c.source.name != "senator" for c in quoted)


def test_an_announced_quotation_in_the_next_paragraph_is_the_content(models: ModelCache) -> None:
    """Guard: a colon announces what the next paragraph says."""
    text = "The senator knocked the plan on Tuesday:\n\n“Farmers will pay for it all.”"
    spans = [
        ("SOURCE", "The senator"),
        ("CUE", "knocked the plan on Tuesday"),
        ("CONTENT", "“Farmers will pay for it all.”"),
    ]
    [claim] = tagged_claims(models, text, spans)
    assert claim.content.text == "“Farmers will pay for it all.”"


def test_a_tagged_quotation_mark_alone_is_never_a_content(models: ModelCache) -> None:
    """The tagger sometimes marks the closing mark of a quotation and the line break after it.
    Beside the next paragraph's subject, that mark grew to the whole quotation, which then
    went to that subject."""
    text = (
        "“The plan will fail,” the mayor said. “Farmers will pay for it all.”\n\n"
        "The senator knocked the plan on Tuesday."
    )
    spans = [("CONTENT", "”\n\n"), ("SOURCE", "The senator"), ("CUE", "knocked")]
    assert all(claim.origin == "rules" for claim in tagged_claims(models, text, spans))


def test_a_relative_pronoun_inside_the_subject_is_not_the_speaker(models: ModelCache) -> None:
    """In "The senator, who once praised the plan, knocked …" the tagger marks the "who" of the
    relative clause; the speaker of "knocked" is the senator."""
    text = "The senator, who once praised the plan, knocked the tax on farmers on Tuesday."
    spans = [("SOURCE", "who"), ("CUE", "knocked"), ("CONTENT", "the tax on farmers")]
    [claim] = [c for c in tagged_claims(models, text, spans) if c.origin == "tagger"]
    assert claim.source is not None and claim.source.text.startswith("The senator")
    assert claim.source.name == "senator"


def test_a_relative_clause_s_source_is_its_pronoun_named_by_the_antecedent(
    models: ModelCache,
) -> None:
    """The rules give "aides, who said" the source "who" as written, named by its antecedent,
    as PolNeAR marks it. When the tagger marked the antecedent instead of the pronoun, its
    claims showed the antecedent as written."""
    text = "Farmers booed the senator, who knocked the plan to raise taxes on Tuesday."
    spans = [("SOURCE", "the senator"), ("CUE", "knocked"), ("CONTENT", "the plan to raise")]
    [claim] = [c for c in tagged_claims(models, text, spans) if c.origin == "tagger"]
    assert claim.source is not None
    assert (claim.source.text, claim.source.name) == ("who", "senator")


def test_the_subject_of_a_passive_cue_is_never_its_speaker(models: ModelCache) -> None:
    # Whom a question was put to did not say the question; with no agent, no claim.
    text = "The senator was asked about the plan to raise taxes on farmers."
    spans = [("SOURCE", "The senator"), ("CUE", "was asked about"), ("CONTENT", "the plan")]
    assert tagged_claims(models, text, spans) == []


def test_the_agent_of_a_passive_cue_is_its_speaker(models: ModelCache) -> None:
    text = "The plan to raise taxes was knocked by the senator on Tuesday."
    spans = [
        ("CONTENT", "The plan to raise taxes"),
        ("CUE", "was knocked"),
        ("SOURCE", "the senator"),
    ]
    [claim] = tagged_claims(models, text, spans)
    assert claim.source is not None and claim.source.text == "the senator"


def test_what_the_cue_acts_on_is_never_its_speaker(models: ModelCache) -> None:
    # A SOURCE right after its cue may be an inverted speaker ("…, said the mayor"), but not the
    # verb's object: the record was knocked, the senator knocked it.
    text = "The senator knocked her record on taxes: a plan to raise taxes on farmers."
    spans = [
        ("SOURCE", "her record on taxes"),
        ("CUE", "knocked"),
        ("CONTENT", "a plan to raise taxes on farmers"),
    ]
    sources = [c.source.text for c in tagged_claims(models, text, spans) if c.source]
    assert "her record on taxes" not in sources
    assert sources == ["The senator"]


def test_a_source_right_after_its_cue_is_its_speaker(models: ModelCache) -> None:
    """Guard: the inverted speaker of "…, knocked the senator" stays the speaker."""
    text = "The plan to raise taxes is a disgrace, knocked the senator on Tuesday."
    spans = [
        ("CONTENT", "The plan to raise taxes is a disgrace"),
        ("CUE", "knocked"),
        ("SOURCE", "the senator"),
    ]
    [claim] = tagged_claims(models, text, spans)
    assert claim.source is not None and claim.source.text == "the senator"


def test_the_reader_addressed_as_you_is_never_a_speaker(models: ModelCache) -> None:
    text = "Do you support Donald Trump? Vote in our poll."
    spans = [("SOURCE", "you"), ("CUE", "support"), ("CONTENT", "Donald Trump")]
    assert tagged_claims(models, text, spans) == []


def test_a_verb_the_lexicon_excludes_is_never_a_tagger_cue(models: ModelCache) -> None:
    # "seem" and "appear" are the writer's judgment (en.toml, [cues] exclude), not a report.
    text = "The senator appears to oppose the plan to raise taxes on farmers."
    spans = [("SOURCE", "The senator"), ("CUE", "appears"), ("CONTENT", "to oppose the plan")]
    assert tagged_claims(models, text, spans) == []


def test_a_wh_word_alone_is_never_a_content(models: ModelCache) -> None:
    text = "The senator knocked what he called a tax on farmers."
    assert tagged_claims(models, text, [("CUE", "knocked"), ("CONTENT", "what")]) == []
    [claim] = tagged_claims(models, text, [("CUE", "knocked"), ("CONTENT", "what he called a tax")])
    assert claim.content.text == "what he called a tax"


def test_a_pronoun_alone_is_never_a_content(models: ModelCache) -> None:
    """ "The donations were not reported until Reuters asked about them": "them" stands in for
    what was asked; as a content it tells the reader nothing. A noun phrase with the pronoun
    in it is a content."""
    text = "The donations were not reported until the senator knocked them in April."
    spans = [("SOURCE", "the senator"), ("CUE", "knocked"), ("CONTENT", "them")]
    assert tagged_claims(models, text, spans) == []
    spans[2] = ("CONTENT", "them in April")
    [claim] = tagged_claims(models, text, spans)
    assert claim.content.text == "them in April"


def test_a_tagged_content_that_cuts_into_a_quotation_takes_all_of_it(models: ModelCache) -> None:
    """The tagger never tags across a sentence break: of a quotation of two sentences it marks
    the first ('“Nobody cares'), and the claim showed a quotation cut open. The rules'
    contents take the whole quotation; so do the tagger's."""
    text = "The senator knocked “nobody cares about the farmers. They will pay” on Tuesday."
    spans = [("SOURCE", "The senator"), ("CUE", "knocked"), ("CONTENT", "“nobody cares")]
    [claim] = tagged_claims(models, text, spans)
    assert claim.content.text == "“nobody cares about the farmers. They will pay”"


def test_a_rule_claim_keeps_its_origin_and_the_tagger_does_not_double_it(
    models: ModelCache,
) -> None:
    text = "The minister said that the plan would raise taxes on farmers."
    spans = [("SOURCE", "The minister"), ("CUE", "said"), ("CONTENT", "the plan would raise")]
    [claim] = tagged_claims(models, text, spans)
    assert claim.origin == "rules"
    assert claim.content.text.endswith("the plan would raise taxes on farmers")  # the rules' span


def test_a_rule_frame_the_rules_drop_leaves_its_cue_to_the_tagger(models: ModelCache) -> None:
    """The rules read "showed" with a content running into the next clause, and drop it for
    the stronger "said" it overlaps; the tagger's narrower reading of "showed" is a claim."""
    text = (
        "The poll also showed that 59 percent of those surveyed disapprove of the president's"
        " performance, and 74 percent said the country is on the wrong track."
    )
    showed = "that 59 percent of those surveyed disapprove of the president's performance"
    assert [c.cue.text for c in tagged_claims(models, text, []) if c.cue] == ["said"]
    spans = [("SOURCE", "The poll"), ("CUE", "also showed"), ("CONTENT", showed)]
    claims = tagged_claims(models, text, spans)
    assert [(c.origin, c.content.text) for c in claims] == [
        ("tagger", showed),
        ("rules", "the country is on the wrong track"),
    ]


def test_a_rule_cue_grows_to_the_tagged_cue_that_holds_it(models: ModelCache) -> None:
    text = "The minister said in an interview that the plan would raise taxes on farmers."
    [rules_alone] = tagged_claims(models, text, [])
    assert rules_alone.cue is not None and rules_alone.cue.text == "said"
    [claim] = tagged_claims(models, text, [("CUE", "said in an interview")])
    assert claim.origin == "rules"
    assert claim.cue is not None and claim.cue.text == "said in an interview"
    assert claim.cue.lemma == "say"
    assert claim.content == rules_alone.content


def test_a_widened_cue_leaves_out_trailing_punctuation(models: ModelCache) -> None:
    text = "The minister wrote on Facebook: the plan would raise taxes on farmers."
    [claim] = tagged_claims(models, text, [("CUE", "wrote on Facebook:")])
    assert claim.cue is not None and claim.cue.text == "wrote on Facebook"


def test_a_widened_cue_stops_before_a_relay_of_its_own(models: ModelCache) -> None:
    text = '"The plan will pass," the minister said in a statement according to The Blaze.'
    claims = tagged_claims(models, text, [("CUE", "said in a statement according to")])
    [claim] = [c for c in claims if c.source is not None and c.source.text == "the minister"]
    assert claim.cue is not None and claim.cue.text == "said in a statement"


def test_a_tagged_cue_reaching_the_source_or_content_leaves_the_rule_cue(
    models: ModelCache,
) -> None:
    """A guard: the tagger's cue never swallows who spoke or what was said."""
    text = "The minister said that the plan would raise taxes on farmers."
    for wider in ("minister said", "said that the plan"):
        [claim] = tagged_claims(models, text, [("CUE", wider)])
        assert claim.cue is not None and claim.cue.text == "said", wider


def test_the_model_ships_inside_the_package() -> None:
    model = TAGGER_MODELS["en"]
    assert (model / "meta.json").is_file()
    assert (model / "ner" / "model").is_file()
    # pyproject's package-data must carry every file of it into the wheel
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"tagger/model/*"' in config and '"tagger/model/*/*"' in config
    size = sum(f.stat().st_size for f in model.rglob("*") if f.is_file())
    assert size < 10 * 1024**2, f"the shipped tagger is {size} bytes"


def test_the_shipped_model_tags_an_english_sentence() -> None:
    tagger = load_tagger("en")
    assert tagger is not None
    nlp = ModelCache(prepare=prepare_pipeline).for_language("en").nlp
    doc = nlp("Officials said on Monday that the bridge would reopen next week.")
    [spans] = tagger.tag([doc])
    assert {t.label for t in spans} <= {"SOURCE", "CUE", "CONTENT"}
    assert [e.label_ for e in doc.ents] == ["DATE", "DATE"]  # the parse's entities untouched


def test_a_parse_from_another_pipeline_gets_the_vectors_the_tagger_was_trained_on(
    models: ModelCache,
) -> None:
    """The tagger reads the default pipeline's token vectors from the parse. With --model the
    parse holds another pipeline's (here: none at all), and the tagger computes its own."""
    nlp = models.for_language("en").nlp
    text = (
        '"We will not back down," the governor told reporters on Friday, adding that the '
        "state would appeal the ruling. Aides said the appeal was ready."
    )
    default = load_tagger("en")
    assert default is not None
    expected = default.tag([nlp(text)])
    assert any(span.label == "CUE" for span in expected[0])
    foreign = nlp(text)
    foreign.tensor = numpy.zeros_like(foreign.tensor)
    with pytest.raises(ValueError):  # a Doc without vectors is an error, never a guess
        default.tag([nlp.make_doc(text)])
    other = load_tagger("en", vectors_from=models)
    assert other is not None
    assert other.tag([foreign]) == expected
    assert numpy.count_nonzero(foreign.tensor) == 0  # the parse itself is left as it was


def test_another_pipeline_with_the_tagger_brings_the_vectors_it_reads(tmp_path: Path) -> None:
    """--model parses with a pipeline whose vectors the tagger was not trained on; the tagger
    then computes the default pipeline's itself, and only then."""
    english = tmp_path / "senate.txt"
    english.write_text("The senator said that the vote would fail.\n", encoding="utf-8")
    model = ModelCache(prepare=prepare_pipeline).for_language("en").name.rsplit("-", 1)[0]
    with Analyzer(AnalyzerOptions(tagger=True, model=model)) as analyzer:
        report = analyzer.analyze(str(english))
        tagger = analyzer.tagger_for("en")
        assert tagger is not None and tagger.vectors is not None
    assert report.error is None and report.meta.engine == "rules+tagger"
    with Analyzer(AnalyzerOptions(tagger=True)) as analyzer:
        analyzer.analyze(str(english))
        tagger = analyzer.tagger_for("en")
        assert tagger is not None and tagger.vectors is None  # the parse's own serve
    run = cli("analyze", str(english), "--format", "json", "--tagger", "--model", model)
    assert run.exit_code == 0, run.stderr
    assert run.report()["meta"]["engine"] == "rules+tagger"


def test_french_has_no_tagger() -> None:
    assert load_tagger("fr") is None


def test_a_missing_model_is_one_error_naming_the_reinstall(tmp_path: Path) -> None:
    with pytest.raises(ModelMissingError) as raised:
        load_tagger("en", tmp_path / "nowhere")
    assert REINSTALL in str(raised.value) and "--no-tagger" in str(raised.value)


def test_a_broken_model_is_one_error_naming_the_reinstall(tmp_path: Path) -> None:
    (tmp_path / "meta.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(ModelMissingError) as raised:
        load_tagger("en", tmp_path)
    assert REINSTALL in str(raised.value)


def test_the_tagger_runs_only_when_asked_and_only_for_english(tmp_path: Path) -> None:
    english = tmp_path / "senate.txt"
    english.write_text("The senator said that the vote would fail.\n", encoding="utf-8")
    with Analyzer(AnalyzerOptions()) as analyzer:
        report = analyzer.analyze(str(english))
    assert report.meta.engine == "rules" and report.meta.tagger is None  # the default
    with Analyzer(AnalyzerOptions(tagger=True)) as analyzer:
        report = analyzer.analyze(str(FOUNDING_ARTICLE))
        assert report.meta.engine == "rules" and report.meta.tagger is None
        assert analyzer.tagger_for("fr") is None  # French has no tagger
        report = analyzer.analyze(str(english))
    assert report.meta.engine == "rules+tagger"
    assert report.meta.tagger is not None
    assert all(claim.origin in ("rules", "tagger") for claim in report.claims)


def test_no_tagger_runs_the_rules_alone(tmp_path: Path) -> None:
    english = tmp_path / "senate.txt"
    english.write_text("The senator said that the vote would fail.\n", encoding="utf-8")
    report = cli("analyze", str(english), "--format", "json", "--no-tagger").report()
    assert report["meta"]["engine"] == "rules" and report["meta"]["tagger"] is None
    assert {claim["origin"] for claim in report["claims"]} <= {"rules"}


def test_a_missing_model_fails_the_english_source_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(tagger_module.TAGGER_MODELS, "en", tmp_path / "gone")
    english = tmp_path / "senate.txt"
    english.write_text("The senator said that the vote would fail.\n", encoding="utf-8")
    run = cli("analyze", str(english), "--format", "json", "--tagger")
    assert run.exit_code == 1
    assert_no_traceback(run)
    [line] = run.error_lines()
    assert REINSTALL in line
    assert json.loads(run.stdout)["error"]["type"] == "model_missing"
    rules_only = cli("analyze", str(english), "--format", "json")
    assert rules_only.exit_code == 0
