"""Reports built by hand, so the renderers are tested without fetching or a language model.

Spans are located in the text by their words, never by counted offsets, so that editing the
text cannot leave a span pointing at the wrong place.
"""

from __future__ import annotations

from datetime import UTC, datetime

from claimcheck.models import (
    Article,
    Claim,
    ClaimKind,
    Cue,
    FetchInfo,
    Hedge,
    HedgeKind,
    Link,
    Meta,
    Note,
    NoteCode,
    PartialDate,
    Report,
    ReportError,
    Source,
    SourceMention,
    SourceType,
    Span,
    Summary,
    Verification,
    VerificationStatus,
)

FR_TEXT = (
    "Des sources d’information ont affirmé dimanche 1er décembre que des terroristes auraient "
    "été formés par le groupe Khimik des forces spéciales ukrainiennes.\n"
    "Basés dans la région d’Idlib, les terroristes parmi lesquels figurent des membres du "
    "soi-disant Parti islamique du Turkestan (TIP) ont bénéficié d’une formation opérationnelle, "
    "a rapporté Kyiv Post.\n"
    "Ce groupe a bénéficié de formations spécifiques sur des tactiques modernes, notamment "
    "l’utilisation de drones.\n"
    "Auparavant, le chef du HUR, le général de division Kyrylo Budanov, avait déclaré dans une "
    "interview en mai 2023 : « Nous continuerons à tuer des Russes n’importe où et partout "
    "jusqu’à la victoire totale de l’Ukraine. »\n"
)
INTERVIEW_URL = "https://media.example.org/2023/05/interview-budanov"
RECYCLED = "recycled: statement dated 2023-05, article published 2024-12-01"
# The French page as a second run sees it: served from the fetch cache, fetched the day before.
FR_FETCHED = FetchInfo(cached=True, fetched_at=datetime(2024, 12, 2, 8, 30, 15, 250_000, UTC))


def locate(text: str, words: str) -> tuple[int, int]:
    """Where ``words`` sits in ``text``; they must occur exactly once."""
    assert text.count(words) == 1, f"{words!r} must occur once"
    start = text.index(words)
    return start, start + len(words)


def span(text: str, words: str) -> Span:
    return Span(words, *locate(text, words))


def cue(text: str, words: str, lemma: str) -> Cue:
    return Cue(words, *locate(text, words), lemma=lemma)


def mention(
    text: str, words: str, name: str, kind: SourceType, role: str | None = None
) -> SourceMention:
    return SourceMention(words, *locate(text, words), name=name, type=kind, role=role)


def hedge(text: str, words: str, kind: HedgeKind) -> Hedge:
    return Hedge(words, kind, *locate(text, words))


def french_report() -> Report:
    """The founding article in small: anonymous and hedged, a media source, a recycled quote."""
    t = FR_TEXT
    claims = (
        Claim(
            id="c1",
            kind=ClaimKind.INDIRECT,
            content=span(t, "des terroristes auraient été formés par le groupe Khimik des forces"),
            source=mention(
                t, "Des sources d’information", "sources d’information", SourceType.ANONYMOUS
            ),
            cue=cue(t, "ont affirmé", "affirmer"),
            hedges=(hedge(t, "auraient", HedgeKind.CONDITIONAL),),
            statement_date=PartialDate(2024, 12, 1),
        ),
        Claim(
            id="c2",
            kind=ClaimKind.INDIRECT,
            content=span(t, "Basés dans la région d’Idlib, les terroristes parmi lesquels"),
            source=mention(t, "Kyiv Post", "Kyiv Post", SourceType.MEDIA),
            cue=cue(t, "a rapporté", "rapporter"),
            hedges=(hedge(t, "soi-disant", HedgeKind.DISTANCING),),
        ),
        Claim(
            id="c3",
            kind=ClaimKind.UNATTRIBUTED,
            content=span(t, "Ce groupe a bénéficié de formations spécifiques"),
        ),
        Claim(
            id="c4",
            kind=ClaimKind.DIRECT,
            content=span(t, "Nous continuerons à tuer des Russes n’importe où et partout"),
            source=mention(
                t,
                "le général de division Kyrylo Budanov",
                "Kyrylo Budanov",
                SourceType.PERSON,
                role="chef du HUR",
            ),
            cue=cue(t, "avait déclaré", "déclarer"),
            statement_date=PartialDate(2023, 5),
            link=INTERVIEW_URL,
            notes=(Note(NoteCode.RECYCLED, RECYCLED),),
        ),
    )
    return Report(
        source="https://www.example.org/fr/alep-khimik",
        article=Article(
            text=t,
            url="https://www.example.org/fr/alep-khimik",
            title="Alep : des terroristes formés par les forces spéciales ukrainiennes ?",
            site="example.org",
            authors=("La rédaction",),
            published=PartialDate(2024, 12, 1),
            language="fr",
            links=(Link("interview", INTERVIEW_URL, *locate(t, "interview")),),
        ),
        meta=Meta("0.1.0", "fr_core_news_sm-3.8.0", 840, fetch=FR_FETCHED),
        claims=claims,
        sources=(
            Source(
                "s1",
                "sources d’information",
                SourceType.ANONYMOUS,
                claims=("c1",),
                mentions=(locate(t, "Des sources d’information"),),
            ),
            Source(
                "s2",
                "Kyiv Post",
                SourceType.MEDIA,
                claims=("c2",),
                mentions=(locate(t, "Kyiv Post"),),
            ),
            Source(
                "s3",
                "Kyrylo Budanov",
                SourceType.PERSON,
                claims=("c4",),
                mentions=(locate(t, "le général de division Kyrylo Budanov"),),
                links=(INTERVIEW_URL,),
                role="chef du HUR",
            ),
        ),
        summary=Summary(
            claims=4,
            attributed=3,
            direct=1,
            indirect=2,
            anonymous=1,
            named_sources=2,
            hedged=1,
            linked=1,
            unattributed=1,
            unlinked=2,
            recycled=1,
        ),
    )


TRICKY_TEXT = (
    "Le maire [bold]Durand[/bold] a dit que « le budget | sera *voté* _demain_ ».\u2028"
    "Selon AFP | Reuters, la séance aura lieu à 10 h."
)
LONG_URL = "https://archive.example.org/" + "very-long-path-segment-" * 6 + "end?q=a|b"


def tricky_report() -> Report:
    """Text that trips renderers: markup brackets, pipes, Markdown specials, U+2028, a long URL."""
    t = TRICKY_TEXT
    return Report(
        source="tricky.txt",
        article=Article(
            text=t, language="fr", links=(Link("Durand", LONG_URL, *locate(t, "Durand")),)
        ),
        meta=Meta("0.1.0", "fr_core_news_sm-3.8.0", 5),
        claims=(
            Claim(
                id="c1",
                kind=ClaimKind.MIXED,
                content=span(t, "le budget | sera *voté* _demain_"),
                source=mention(
                    t, "Le maire [bold]Durand[/bold]", "[bold]Durand[/bold]", SourceType.PERSON
                ),
                cue=cue(t, "a dit", "dire"),
                link=LONG_URL,
                verification=Verification(
                    LONG_URL,
                    VerificationStatus.FOUND,
                    evidence="le budget sera voté",
                    evidence_start=3,
                ),
            ),
            Claim(
                id="c2",
                kind=ClaimKind.INDIRECT,
                content=span(t, "la séance aura lieu à 10 h"),
                source=mention(t, "AFP | Reuters", "AFP | Reuters", SourceType.MEDIA),
                cue=cue(t, "Selon", "selon"),
                via="s1",
            ),
        ),
        sources=(
            Source(
                "s1",
                "[bold]Durand[/bold]",
                SourceType.PERSON,
                claims=("c1",),
                mentions=(locate(t, "Le maire [bold]Durand[/bold]"),),
                links=(LONG_URL,),
            ),
            Source(
                "s2",
                "AFP | Reuters",
                SourceType.MEDIA,
                claims=("c2",),
                mentions=(locate(t, "AFP | Reuters"),),
                via="s1",
            ),
        ),
        summary=Summary(
            claims=2, attributed=2, direct=1, indirect=1, named_sources=2, linked=1, unlinked=1
        ),
        warnings=("no published date: relative statement dates are left unresolved",),
    )


def failed_report(*, with_article: bool = False) -> Report:
    """A source that could not be analysed, with or without the article read before failing."""
    article = Article(text="Ein Artikel auf Deutsch.", language="de") if with_article else None
    error = (
        ReportError("unsupported_language", "no model for language 'de'")
        if with_article
        else ReportError("http_status", "HTTP 404 Not Found for https://www.example.org/gone")
    )
    return Report(
        source="https://www.example.org/gone",
        article=article,
        meta=Meta("0.1.0", None, 12),
        error=error,
    )
