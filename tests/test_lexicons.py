"""Language knowledge lives in the lexicons: a language is one TOML file, and the rules hold
no words of their own (issue 15, item 2)."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import claimcheck
from claimcheck import Analyzer, AnalyzerOptions
from claimcheck.nlp import lexicon, loading

NLP_MODULES = sorted((Path(claimcheck.__file__).parent / "nlp").rglob("*.py"))
# Something that reads as a word of a language: "que", "qu'", "the", "according".
WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")
# Values the code compares with that are its own vocabulary, not a language's words.
INTERNAL = {
    # pronoun classes of [grammar.pronouns], and gender-guesser's answers for a first name
    "male", "female", "plural", "neuter", "owner", "mostly_male", "mostly_female",
    "parser", "senter", "sentencizer", "ner",  # spaCy component names
    "unsupported", "open", "close", "bar", "quantifier",  # fastregex's token kinds
    "update",  # the spaCy method quickload replaces
}  # fmt: skip


def spacy_labels() -> set[str]:
    """Every tag, dependency, entity and morphology value the installed pipelines and the span
    tagger use, read from their meta.json (no model loaded), plus spaCy's glossary of the
    Universal ones."""
    from spacy.glossary import GLOSSARY
    from spacy.util import get_package_path

    labels = set(GLOSSARY)
    tagger_meta = Path(claimcheck.__file__).parent / "tagger" / "model" / "meta.json"
    labels.update(*json.loads(tagger_meta.read_text())["labels"].values())  # SOURCE, CUE, …
    for language in lexicon.available_languages():
        for package in loading.pipelines_for(language):
            if not loading.is_installed(package):
                continue
            meta = json.loads((get_package_path(package) / "meta.json").read_text())
            for names in meta.get("labels", {}).values():
                for name in names:
                    labels.add(name)
                    for feature in name.split("|"):  # "Mood=Cnd|Tense=Pres|POS=VERB"
                        labels.update(feature.split("="))
    return labels


def words_in(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """String constants the code compares tokens with: in a set, list or tuple literal, on
    either side of a comparison, or given to startswith/endswith."""
    exported = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
    }
    for node in ast.walk(tree):
        if id(node) in exported:
            continue  # __all__ names the module's own functions and classes
        constants: list[ast.expr] = []
        if isinstance(node, ast.Set | ast.List | ast.Tuple):
            constants = node.elts
        elif isinstance(node, ast.Compare):
            constants = [node.left, *node.comparators]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("startswith", "endswith")
        ):
            constants = node.args
        for constant in constants:
            if isinstance(constant, ast.Constant) and isinstance(constant.value, str):
                yield constant.lineno, constant.value


def test_no_module_under_nlp_holds_a_word_list() -> None:
    allowed = spacy_labels() | INTERNAL
    found = [
        f"{path.name}:{line}: {word!r}"
        for path in NLP_MODULES
        for line, word in words_in(ast.parse(path.read_text(encoding="utf-8")))
        if WORD.match(word) and word not in allowed and "_" not in word
    ]
    assert not found, "words of a language belong in claimcheck/nlp/lexicons: " + ", ".join(found)


def test_the_word_scan_finds_a_word_list_when_there_is_one() -> None:
    """The scan above must be able to fail: a French word list in code is caught."""
    code = 'COMPLEMENTIZERS = frozenset({"que", "that"})\nok = token.lower_ == "qu\'"\n'
    assert sorted(word for _, word in words_in(ast.parse(code))) == ["qu'", "que", "that"]


@pytest.fixture
def lexicons_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the lexicon folder that a test may add a file to."""
    folder = tmp_path / "lexicons"
    folder.mkdir()
    for language in lexicon.available_languages():
        shipped = lexicon.lexicon_folder() / f"{language}.toml"
        (folder / f"{language}.toml").write_text(shipped.read_text(encoding="utf-8"))
    monkeypatch.setattr(lexicon, "lexicon_folder", lambda: folder)
    lexicon.load_lexicon.cache_clear()
    yield folder
    lexicon.load_lexicon.cache_clear()


def test_adding_a_language_means_adding_one_file(lexicons_with: Path, tmp_path: Path) -> None:
    english = (lexicons_with / "en.toml").read_text(encoding="utf-8")
    # A variety of English, say, with its own code: the English file under another name.
    variety = english.replace('language = "en"', 'language = "xx"', 1)
    (lexicons_with / "xx.toml").write_text(variety, encoding="utf-8")

    assert "xx" in lexicon.available_languages()
    assert loading.default_pipeline("xx") == loading.default_pipeline("en")
    article = tmp_path / "article.txt"
    article.write_text("The minister said on Monday that the bridge would reopen in May.\n")
    with Analyzer(AnalyzerOptions(language="xx")) as analyzer:
        report = analyzer.analyze(str(article))
    assert report.error is None, report.error
    assert report.article is not None and report.article.language == "xx"
    said = [c for c in report.claims if c.source is not None]
    assert [(c.source.text, c.content.text) for c in said if c.source] == [
        ("The minister", "that the bridge would reopen in May")
    ]


def test_a_language_whose_file_names_no_installed_pipeline_says_how_to_install_one(
    lexicons_with: Path, tmp_path: Path
) -> None:
    english = (lexicons_with / "en.toml").read_text(encoding="utf-8")
    missing = english.replace('language = "en"', 'language = "xx"', 1)
    missing = re.sub(r"(?m)^pipelines = .*$", 'pipelines = ["xx_no_such_pipeline"]', missing)
    missing = re.sub(r"(?m)^install_hint = .*$", 'install_hint = "pip install xx-pipe"', missing)
    (lexicons_with / "xx.toml").write_text(missing, encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text("The minister said that the bridge would reopen.\n")
    with Analyzer(AnalyzerOptions(language="xx")) as analyzer:
        report = analyzer.analyze(str(article))
    assert report.error is not None
    assert "pip install xx-pipe" in report.error.message


@pytest.mark.parametrize(
    ("language", "text", "opens"),
    [
        ("fr", "sur tf1", True),
        ("fr", "surtout inquiet de la situation", False),
        ("fr", "à l'antenne de france inter", True),
        ("fr", "confié au parisien", True),
        ("fr", "citée par l'afp", True),
        ("en", "told reuters", True),
        ("en", "toldo, the mayor", False),
    ],
)
def test_a_relay_phrase_opens_text_only_word_for_word(
    language: str, text: str, opens: bool
) -> None:
    """ "sur" relays in ", sur TF1" and not in ", surtout …"; a fused article is read as the
    preposition and article ("confié au Parisien" is "confié à" + "le")."""
    assert lexicon.load_lexicon(language).opens_with_relay(text) is opens
