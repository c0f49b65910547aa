"""Passwords in URLs (``https://user:password@host/``) kept out of everything claimcheck writes.

A user may name a page behind basic authentication, and an article may link to one. The URL is
used as given to fetch the page, but a report is shared, stderr is logged and the fetch cache
outlives the run: in all of them the password becomes ``***``. The user name stays, it says
whose access it was. Article text is left alone: it is what the page published.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.models import Claim, Report, Source

__all__ = ["REDACTED", "redact", "redacted_report"]

REDACTED = "***"
# scheme://user:password@ — the password runs to the "@" that ends the authority.
_PASSWORD = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^\s/?#@:\[\]]*):[^\s/?#@]*@")


def redact(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ``***``."""
    return _PASSWORD.sub(rf"\1:{REDACTED}@", text) if "@" in text else text


def _redact_optional(text: str | None) -> str | None:
    return None if text is None else redact(text)


def redacted_report(report: Report) -> Report:
    """The report with no password in its source, URLs, links, errors or warnings."""
    article = report.article
    if article is not None:
        links = tuple(replace(link, url=redact(link.url)) for link in article.links)
        article = replace(article, url=_redact_optional(article.url), links=links)
    error = report.error
    if error is not None:
        error = replace(error, message=redact(error.message))
    return replace(
        report,
        source=redact(report.source),
        article=article,
        claims=tuple(_redacted_claim(claim) for claim in report.claims),
        sources=tuple(_redacted_source(source) for source in report.sources),
        warnings=tuple(redact(warning) for warning in report.warnings),
        error=error,
    )


def _redacted_claim(claim: Claim) -> Claim:
    check = claim.verification
    if check is not None:
        check = replace(check, url=redact(check.url), reason=_redact_optional(check.reason))
    return replace(
        claim,
        link=_redact_optional(claim.link),
        verification=check,
        notes=tuple(replace(note, message=redact(note.message)) for note in claim.notes),
    )


def _redacted_source(source: Source) -> Source:
    return replace(source, links=tuple(redact(url) for url in source.links))
