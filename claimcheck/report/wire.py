"""The JSON wire format: a ``Report`` exactly as SPEC.md fixes it (schema version 1).

Each model type has its own converter, written out field by field rather than through
``dataclasses.asdict``: the wire format is a contract, so a field reaches it by decision, and the
test suite checks that every model field has been decided on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC
from importlib import resources
from typing import Any, TextIO, cast

from claimcheck.models import (
    Article,
    Claim,
    Cue,
    FetchInfo,
    Hedge,
    Link,
    Meta,
    PartialDate,
    Report,
    Source,
    SourceMention,
    Span,
    Summary,
    Verification,
)

# ``json.dumps(ensure_ascii=False)`` leaves these raw, and ``str.splitlines()`` (hence many JSONL
# readers) breaks lines on them; inside JSON strings their escapes mean the same characters.
_LINE_BREAKS = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data; ``error`` is present only when the source failed."""
    wire: dict[str, Any] = {
        "schema_version": report.schema_version,
        "source": report.source,
        "article": _article(report.article) if report.article is not None else None,
        "claims": [_claim(claim) for claim in report.claims],
        "sources": [_source(source) for source in report.sources],
        "summary": _summary(report.summary),
        "warnings": list(report.warnings),
        "meta": _meta(report.meta),
    }
    if report.error is not None:
        wire["error"] = {"type": report.error.type, "message": report.error.message}
    return wire


def dumps(report: Report, *, indent: int | None = None) -> str:
    """One report as JSON text; non-ASCII stays readable (``ensure_ascii=False``)."""
    return json.dumps(report_to_dict(report), indent=indent, ensure_ascii=False)


def dumps_many(reports: Iterable[Report], *, indent: int | None = None) -> str:
    """Several reports as one JSON array, in the order given."""
    data = [report_to_dict(report) for report in reports]
    return json.dumps(data, indent=indent, ensure_ascii=False)


def write_jsonl(report: Report, stream: TextIO) -> None:
    """Write one report as one JSONL line and flush, so a consumer sees each source when done."""
    stream.write(dumps(report).translate(_LINE_BREAKS) + "\n")
    stream.flush()


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every report object validates against."""
    text = resources.files("claimcheck.report").joinpath("schema.json").read_text(encoding="utf-8")
    return cast(dict[str, Any], json.loads(text))


def _article(article: Article) -> dict[str, Any]:
    return {
        "url": article.url,
        "title": article.title,
        "site": article.site,
        "domain": article.domain,
        "authors": list(article.authors),
        "published": _iso(article.published),
        "modified": _iso(article.modified),
        "language": article.language,
        "text": article.text,
        "links": [_link(link) for link in article.links],
    }


def _iso(day: PartialDate | None) -> str | None:
    """A partial date as the report has always written it: "2023", "2023-05", "2023-05-14"."""
    return day.isoformat() if day is not None else None


def _link(link: Link) -> dict[str, Any]:
    return {"text": link.text, "url": link.url, "start": link.start, "end": link.end}


def _span(span: Span) -> dict[str, Any]:
    return {"text": span.text, "start": span.start, "end": span.end}


def _mention(mention: SourceMention) -> dict[str, Any]:
    return {
        **_span(mention),
        "name": mention.name,
        "type": mention.type.value,
        "role": mention.role,
        "resolved": mention.resolved,
    }


def _cue(cue: Cue) -> dict[str, Any]:
    return {**_span(cue), "lemma": cue.lemma, "type": cue.type.value}


def _hedge(hedge: Hedge) -> dict[str, Any]:
    return {
        "text": hedge.text,
        "kind": hedge.kind.value,
        "start": hedge.start,
        "end": hedge.end,
        "speaker": hedge.speaker,
    }


def _verification(verification: Verification) -> dict[str, Any]:
    return {
        "url": verification.url,
        "status": verification.status.value,
        "evidence": verification.evidence,
        "evidence_start": verification.evidence_start,
        "similarity": verification.similarity,
        "reason": verification.reason,
    }


def _claim(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "kind": claim.kind.value,
        "content": _span(claim.content),
        "source": _mention(claim.source) if claim.source is not None else None,
        "cue": _cue(claim.cue) if claim.cue is not None else None,
        "hedged": claim.hedged,
        "hedges": [_hedge(hedge) for hedge in claim.hedges],
        "statement_date": _iso(claim.statement_date),
        "via": claim.via,
        "link": claim.link,
        "verification": (
            _verification(claim.verification) if claim.verification is not None else None
        ),
        "warnings": list(claim.warnings),
        "notes": [{"code": note.code.value, "message": note.message} for note in claim.notes],
        "origin": claim.origin,
    }


def _source(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "name": source.name,
        "type": source.type.value,
        "claims": list(source.claims),
        "mentions": [[start, end] for start, end in source.mentions],
        "links": list(source.links),
        "role": source.role,
        "via": source.via,
        "chain": list(source.chain),
        "resolved": source.resolved,
    }


def _summary(summary: Summary) -> dict[str, Any]:
    return {
        "claims": summary.claims,
        "attributed": summary.attributed,
        "direct": summary.direct,
        "indirect": summary.indirect,
        "anonymous": summary.anonymous,
        "named_sources": summary.named_sources,
        "hedged": summary.hedged,
        "linked": summary.linked,
        "unattributed": summary.unattributed,
        "unlinked": summary.unlinked,
        "recycled": summary.recycled,
        "anonymous_only": summary.anonymous_only,
        "verified_found": summary.verified_found,
        "verified_not_found": summary.verified_not_found,
        "verified_unreachable": summary.verified_unreachable,
        "beliefs": summary.beliefs,
        "sourceless": summary.sourceless,
    }


def _meta(meta: Meta) -> dict[str, Any]:
    return {
        "claimcheck_version": meta.claimcheck_version,
        "model": meta.model,
        "elapsed_ms": meta.elapsed_ms,
        "fetch": _fetch(meta.fetch) if meta.fetch is not None else None,
        "engine": meta.engine,
        "tagger": meta.tagger,
    }


def _fetch(fetched: FetchInfo) -> dict[str, Any]:
    return {
        "cached": fetched.cached,
        "fetched_at": fetched.fetched_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
