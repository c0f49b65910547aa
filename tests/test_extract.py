"""Stage 2: the article body, its metadata and its links, with offsets that hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.errors import NoArticleError
from claimcheck.extract import extract, html_lang_hint
from claimcheck.fetch import FetchSettings
from claimcheck.inputs import read
from claimcheck.models import Article, Link, PartialDate, RawDocument

NEWS_PAGE = Path(__file__).parent / "data" / "news_article.html"
NEWS_URL = "https://gazette.example.com/politics/2024/03/14/senate-water-bill"
PARAGRAPHS = [
    "Senate passes water bill after late-night vote",
    "The state Senate approved the Clean Rivers Act by 21 votes to 17 shortly before midnight "
    "on Thursday, ending a session that had stretched for more than nine hours.",
    "“This bill will cut pollution in our rivers by half within ten years,” said Senator Alice "
    "Moreno, who sponsored the measure, according to the official transcript.",
    "Opponents argued that the costs would fall on small farms. The Farmers Union said in a "
    "statement that the bill was rushed and that the compliance deadlines were unrealistic.",
    "An analysis by the Legislative Budget Office estimated the programme would cost "
    "$40\u00a0million a year.",
    "The bill now goes to the governor, who has not said whether she will sign it.",
]
FILLER = (
    "<p>The council met on Tuesday evening and discussed the budget for the coming year "
    "at length, hearing from residents, officials and local businesses before voting.</p>"
)


def html(body: str, *, head: str = "", lang: str = "en") -> RawDocument:
    page = f"<!DOCTYPE html><html lang='{lang}'><head>{head}</head><body>{body}</body></html>"
    return RawDocument(source="page.html", text=page, is_html=True)


def news_page(url: str | None = NEWS_URL) -> Article:
    text = NEWS_PAGE.read_text(encoding="utf-8")
    return extract(RawDocument(source=url or str(NEWS_PAGE), text=text, is_html=True, url=url))


def assert_offsets_hold(article: Article) -> None:
    for link in article.links:
        assert article.text[link.start : link.end] == link.text


def test_news_page_text_is_the_body_one_paragraph_per_line() -> None:
    """Navigation, related stories, reader comments and the footer are left out."""
    article = news_page()

    assert article.text.split("\n") == PARAGRAPHS
    for boilerplate in ("Subscribe", "Most read", "GreenRiver88", "FarmerJoe", "Privacy policy"):
        assert boilerplate not in article.text


def test_news_page_links_are_absolute_and_sit_on_their_anchor_text() -> None:
    article = news_page()

    assert_offsets_hold(article)
    assert [(link.text, link.url) for link in article.links] == [
        (
            "the official transcript",
            "https://gazette.example.com/politics/2024/03/14/moreno-transcript",
        ),
        ("a statement", "https://farmers-union.example.org/press/clean-rivers"),
        (
            "Legislative Budget Office",
            "https://budget-office.example.gov/reports/2024/clean-rivers.pdf",
        ),
    ]


def test_news_page_metadata() -> None:
    article = news_page()

    assert article.url == NEWS_URL
    assert article.title == "Senate passes water bill after late-night vote"
    assert article.site == "The Riverside Gazette"
    assert article.authors == ("Maria Lopez", "James O'Neill")
    assert article.published == PartialDate(2024, 3, 14)
    assert article.modified == PartialDate(2024, 3, 16)


def test_a_page_never_updated_has_no_modified_date() -> None:
    """A last-modified date equal to the publication date would say nothing."""
    head = '<meta property="article:published_time" content="2024-03-14T09:00:00Z">'

    article = extract(html(f"<article>{FILLER}{FILLER}</article>", head=head))

    assert article.published == PartialDate(2024, 3, 14)
    assert article.modified is None


def test_a_saved_page_resolves_its_links_against_its_canonical_url() -> None:
    """A file has no URL of its own, but the page says where it was published."""
    article = news_page(url=None)

    assert article.url == NEWS_URL
    assert article.domain == "example.com"
    assert (
        article.links[0].url == "https://gazette.example.com/politics/2024/03/14/moreno-transcript"
    )


def test_relative_links_resolve_like_a_browser() -> None:
    raw = html(f"<article>{FILLER}<p>See <a href='follow-up.html'>the follow-up</a>.</p></article>")
    page = RawDocument(raw.source, raw.text, is_html=True, url="https://n.example/world/story.html")

    (link,) = extract(page).links

    assert link.url == "https://n.example/world/follow-up.html"


def test_links_nobody_can_follow_are_dropped() -> None:
    """In-page anchors, mail links and, without any base URL, relative links lead nowhere."""
    article = extract(
        html(
            f"<article>{FILLER}<p>Read <a href='#comments'>the comments</a>, "
            "<a href='mailto:desk@example.com'>write to us</a>, "
            "see <a href='/archive'>the archive</a> or "
            "<a href='https://wire.example.net/story/42'>the wire story</a>.</p></article>"
        )
    )

    assert [link.text for link in article.links] == ["the wire story"]
    assert_offsets_hold(article)


def test_in_page_anchors_are_not_links() -> None:
    raw = html(f"<article>{FILLER}<p>Jump to <a href='#comments'>the comments</a>.</p></article>")
    page = RawDocument(raw.source, raw.text, is_html=True, url="https://n.example/world/story.html")

    assert extract(page).links == ()


def test_the_text_after_an_empty_link_is_not_a_link() -> None:
    article = extract(
        html(
            f"<article>{FILLER}<p>An icon <a href='https://share.example/'></a> then words, "
            "and <a href='https://kyivpost.example/'><em>Kyiv</em> Post</a> reported it.</p>"
            "</article>"
        )
    )

    assert article.links == (
        Link("Kyiv Post", "https://kyivpost.example/", *_span(article.text, "Kyiv Post")),
    )


def test_whitespace_in_html_collapses_to_single_spaces() -> None:
    article = extract(
        html(f"<article>{FILLER}<p>  Spread \n\t over   lines,\n  he said.  </p></article>")
    )

    assert article.text.split("\n")[-1] == "Spread over lines, he said."


def test_soft_hyphens_are_not_article_text() -> None:
    article = extract(
        html(
            f"<article>{FILLER}<p>Selon un &shy;proche du ministre, l'accord est <a "
            "href='https://example.org/a'>pr&shy;êt</a>.</p></article>"
        )
    )

    assert article.text.split("\n")[-1] == "Selon un proche du ministre, l'accord est prêt."
    assert [link.text for link in article.links] == ["prêt"]
    assert_offsets_hold(article)


def test_an_html_fragment_is_still_extracted() -> None:
    raw = RawDocument(
        "-", "<p>The minister said on Monday that taxes would rise.</p>", is_html=True
    )

    assert extract(raw).text == "The minister said on Monday that taxes would rise."


def test_xhtml_with_an_encoding_declaration_is_extracted(tmp_path: Path) -> None:
    """The declaration keeps "html" out of trafilatura's first 50 characters: still a page."""
    page = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr"><body>'
        "<p>Le ministre a déclaré lundi que les impôts augmenteraient.</p></body></html>"
    )
    path = tmp_path / "page.xhtml"
    path.write_bytes(page.encode("latin-1"))

    article = extract(read(str(path), FetchSettings()))

    assert article.text == "Le ministre a déclaré lundi que les impôts augmenteraient."


@pytest.mark.parametrize(
    "body",
    [
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><footer>(c) 2024</footer>",
        "<ul><li><a href='/a'>Council approves budget</a></li>"
        "<li><a href='/b'>Storm closes schools</a></li></ul>",
        "",
    ],
    ids=["menu-only", "headline-list", "empty-body"],
)
def test_a_page_without_an_article_is_refused(body: str) -> None:
    with pytest.raises(NoArticleError, match="no article text found in the page") as caught:
        extract(html(body, head="<title>Home</title>"))
    assert caught.value.type == "no_article"


def test_plain_text_passes_through_untouched() -> None:
    text = "  Titre\r\n\r\nLe ministre a déclaré\u00a0: « Non. »\n\n"
    raw = RawDocument(source="a.txt", text=text, is_html=False)

    assert extract(raw) == Article(text=text)


@pytest.mark.parametrize(
    ("lang", "hint"), [("fr-FR", "fr"), ("EN", "en"), ("pt-br", "pt"), ("", None)]
)
def test_html_lang_hint_is_the_primary_subtag(lang: str, hint: str | None) -> None:
    assert html_lang_hint(html("<p>x</p>", lang=lang)) == hint


def test_plain_text_has_no_lang_hint() -> None:
    raw = RawDocument(source="a.txt", text="<html lang='fr'>", is_html=False)

    assert html_lang_hint(raw) is None


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


BODY_FR = (
    "<p>Le conseil municipal s'est réuni mardi soir pour débattre longuement du budget de "
    "l'année prochaine, en entendant habitants, élus et commerçants avant de voter.</p>"
)


def test_a_saved_page_without_canonical_link_takes_its_og_url() -> None:
    head = '<meta property="og:url" content="//www.journal.example.fr/monde/article-42">'

    article = extract(html(f"<article>{BODY_FR}{BODY_FR}</article>", head=head, lang="fr"))

    assert article.url == "https://www.journal.example.fr/monde/article-42"
    assert article.domain == "example.fr"


@pytest.mark.parametrize(
    ("site_name", "title", "expected"),
    [
        ("Libération.fr", "Un titre - Libération", "Libération"),
        ("www.liberation.fr", "Un titre - Libération", "Libération"),
        ("Le Monde.fr", "Un titre", "Le Monde"),
        ("Gazette.com", "A headline", "Gazette"),
        ("gazette.com", "A headline", "gazette.com"),
    ],
)
def test_the_site_is_the_outlets_name_in_one_form(
    site_name: str, title: str, expected: str
) -> None:
    """The same outlet is named one way, whichever of its forms the page declares."""
    domain = "liberation.fr" if "ib" in site_name.lower() else "gazette.com"
    domain = "lemonde.fr" if "Monde" in site_name else domain
    head = (
        f"<title>{title}</title><meta property='og:site_name' content='{site_name}'>"
        f"<link rel='canonical' href='https://www.{domain}/a/1'>"
    )

    article = extract(html(f"<article>{FILLER}{FILLER}</article>", head=head))

    assert article.site == expected
    assert article.domain == domain


@pytest.mark.parametrize(
    ("furniture", "lang"),
    [
        ("<p>À lire aussi : Massacre du 7 octobre, ce que l'on sait</p>", "fr"),
        ("<p>Lire aussi | « Il faut agir », dit la ministre</p>", "fr"),
        ("<p>Il vous reste 57 % de cet article à lire. La suite est réservée aux abonnés.", "fr"),
        ("<p>Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité.", "fr"),
        ("<p>Nous utilisons des cookies pour améliorer votre expérience.</p>", "fr"),
        ("<p>Par Jean Dupont et Marie Martin</p>", "fr"),
        ("<p>Continue reading: “We will not back down,” says the mayor</p>", "en"),
        ("<p>Read more: Senate passes the water bill</p>", "en"),
        ("<p>This article is for subscribers only. Subscribe now to keep reading.</p>", "en"),
        ("<p>Sign up for our newsletter to get the day's news.</p>", "en"),
        (
            "<p>Cet article est paru dans notre newsletter « La lettre éco ». Si vous êtes "
            "abonné, vous pouvez vous inscrire à cette lettre quotidienne en suivant ce lien. "
            "Chaque jour à 12 h 30, vous y retrouverez les informations du journal et son "
            "regard sur l'actualité économique, à travers notamment la chronique « Pertes & "
            "profits », et bien d'autres rendez-vous encore.</p>",
            "fr",
        ),
        ("<p>By Jane Doe and John Roe</p>", "en"),
    ],
)
def test_page_furniture_is_not_article_text(furniture: str, lang: str) -> None:
    """Teasers, paywall, newsletter and cookie notices and bylines are no part of the article."""
    body = BODY_FR if lang == "fr" else FILLER

    article = extract(html(f"<article>{body}{furniture}{body}</article>", lang=lang))

    kept = " ".join(furniture.removeprefix("<p>").removesuffix("</p>").split()[:3])
    assert kept not in article.text
    assert article.text.count("\n") == 1  # the two body paragraphs, nothing between them


@pytest.mark.parametrize(
    "prose",
    [
        "<p>Par ailleurs, le maire a rappelé que le budget serait voté en décembre.</p>",
        "<p>By Tuesday, the council had heard from residents, officials and local shops.</p>",
        "<p>Il a expliqué qu'il vous reste toujours le droit de faire appel de la décision, "
        "une possibilité que la loi garantit à chacun depuis 1958 et que les juges ont "
        "confirmée à plusieurs reprises, y compris la semaine dernière à Lyon, devant une "
        "salle comble où l'on comptait de nombreux avocats venus de toute la région pour "
        "entendre le délibéré dans cette affaire très suivie.</p>",
    ],
)
def test_prose_that_shares_words_with_furniture_is_kept(prose: str) -> None:
    article = extract(html(f"<article>{BODY_FR}{prose}</article>", lang="fr"))

    assert prose.removeprefix("<p>")[:30] in article.text
