"""The HTML pages: home, timeline, search, entity, event, article, analyze, API reference."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from chronik.errors import ChronikError, InputError, UsageError
from chronik.timeline.dates import add_days, parse_bound
from chronik.timeline.queries import entity_profile, event_detail, stats, timeline
from chronik.web import chart as ch
from chronik.web import data, highlight, timeline_view
from chronik.web.app import Forbidden, NotFound, settings_of, store_of
from chronik.web.render import qs, render_page
from chronik.web.security import bearer, token_ok

router = APIRouter(include_in_schema=False)
SEARCH_PAGE = 20


def _params(request: Request) -> dict[str, Any]:
    return {k: v for k, v in request.query_params.items() if v != ""}


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    store = store_of(request)
    st = stats(store)
    return render_page(request, "home.html", {
        "stats": st, "latest": _latest(store, 8),
        "actors": data.top_entities(store, 12), "title": "Overview"})


def _latest(store, n: int, entities: list[int] | None = None):
    """The last `n` events in timeline order, newest first: read from a window before the
    last date (cheap) rather than by a large offset, falling back to the offset."""
    ext = data.extent(store, data.ChartFilter(tuple(entities or ())))
    if ext is None:
        return []
    for days in (7, 31, 120, 400):  # the shortest window before the last date holding n
        since = add_days(ext[1], -days).isoformat()
        recent = timeline(store, entities or (), since=since, limit=1000).entries
        if len(recent) >= 1000:
            break
        if len(recent) >= n:
            return list(reversed(recent[-n:]))
    total = timeline(store, entities or (), limit=1, count=True).total or 0
    recent = timeline(store, entities or (), limit=n, offset=max(0, total - n)).entries
    return list(reversed(recent))


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request):
    store = store_of(request)
    params = _params(request)
    view = timeline_view.build(store, params)
    return render_page(request, "timeline.html", {
        "v": view, "params": params, "actors": data.top_entities(store, 200),
        "title": "Timeline"}, status=400 if view.error else 200)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request):
    store = store_of(request)
    params = _params(request)
    q = params.get("q", "").strip()
    sources, langs = data.sources_and_langs(store)
    ctx: dict[str, Any] = {"params": params, "q": q, "sources": sources, "langs": langs,
                           "entities": [], "result": None, "error": None, "page_no": 1,
                           "pages": 1, "rendered": [], "title": "Search"}
    if q:
        try:
            page_no = max(1, int(params.get("page", 1)))
        except ValueError:
            page_no = 1
        try:
            lo = parse_bound(params.get("since"))
            hi = parse_bound(params.get("until"), end=True)
            typ = (params.get("type") or "").upper() or None
            res = data.search_page(store, q, type=typ, lo=lo, hi=hi, lang=params.get("lang"),
                                   source=params.get("source"), limit=SEARCH_PAGE,
                                   offset=(page_no - 1) * SEARCH_PAGE)
            ctx.update(result=res, page_no=page_no,
                       pages=max(1, -(-res.total // SEARCH_PAGE)),
                       entities=data.search_entities(store, q, 12) if page_no == 1 else [],
                       rendered=[highlight.render(r.sentence, [
                           highlight.Mark(s, e, "match") for s, e in r.highlights])
                           for r in res.results])
        except UsageError as exc:
            ctx["error"] = str(exc)
    return render_page(request, "search.html", ctx, status=400 if ctx["error"] else 200)


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request):
    q = request.query_params.get("q", "").strip()
    store = store_of(request)
    hits = data.search_entities(store, q, 100) if q else []
    if not q:
        top = data.top_entities(store, 100)
        hits = [data.EntityHit(i, n, None, None, None, c) for i, n, c in top]
    return render_page(request, "entities.html", {"q": q, "hits": hits, "title": "Entities"})


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str):
    store = store_of(request)
    try:
        prof = entity_profile(store, entity_id)
    except UsageError as exc:
        raise NotFound(str(exc)) from None
    if str(prof.entity.id) != entity_id:
        return RedirectResponse(f"/entities/{prof.entity.id}", status_code=303)
    total = prof.n_events
    latest = _latest(store, 12, [prof.entity.id])
    bars = ch.month_bars(list(prof.events_per_month), lambda m: qs(
        "/timeline", {"actor": prof.entity.id}, zoom="month" if len(m) > 4 else "year", at=m))
    return render_page(request, "entity.html", {
        "p": prof, "quotes": data.entity_quotes(store, prof.entity.id),
        "roles": data.entity_roles(store, prof.entity.id),
        "latest": latest, "total": total, "bars": bars,
        "title": prof.entity.name})


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: int):
    store = store_of(request)
    try:
        detail = event_detail(store, event_id)
    except UsageError as exc:
        raise NotFound(str(exc)) from None
    spans = data.evidence_spans(store, [e.event_id for e in detail.evidence])
    rendered = []
    for ev in detail.evidence:
        sp = spans.get(ev.event_id)
        marks = []
        if sp is not None:
            if sp.trigger:
                marks.append(highlight.Mark(sp.trigger[0], sp.trigger[1], "trigger",
                                            f"{ev.type} trigger", ev.type))
            for s, e, role, eid, name in sp.participants:
                marks.append(highlight.Mark(s, e, "entity", f"{name} ({role})", role,
                                            f"/entities/{eid}"))
        rendered.append((ev, highlight.render(ev.sentence, marks)))
    return render_page(request, "event.html", {
        "d": detail, "e": detail.entry, "rendered": rendered,
        "title": f"{detail.entry.type} · {detail.entry.display_date()}"})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str):
    store = store_of(request)
    try:
        av = data.article_view(store, article_id)
    except UsageError as exc:
        raise NotFound(str(exc)) from None
    a = av.analysis
    marks = highlight.analysis_marks(a, entity_ids=av.entity_ids, timeline_ids=av.timeline_ids)
    return render_page(request, "article.html", {
        "a": a, "art": a.article, "body": highlight.render(a.article.text, marks),
        "entity_ids": av.entity_ids, "timeline_ids": av.timeline_ids,
        "names": {e.id: e.name for e in a.entities}, "stored": True,
        "title": a.article.title or a.article.id})


@router.get("/analyze", response_class=HTMLResponse)
def analyze_form(request: Request):
    return render_page(request, "analyze.html", {"form": {}, "result": None, "error": None,
                                                 "title": "Analyze an article"})


@router.post("/analyze", response_class=HTMLResponse)
async def analyze_submit(request: Request):
    """Read the form here (async); fetch, analyze and store in a worker thread, so a slow
    page fetch or a long article never blocks the server's event loop."""
    from starlette.concurrency import run_in_threadpool

    form = await request.form()
    fields = {k: (v if isinstance(v, str) else "") for k, v in form.items()}
    upload = form.get("file")
    file: tuple[bytes, str] | None = None
    if upload is not None and not isinstance(upload, str) and upload.filename:
        file = (await upload.read(), upload.filename[:200])
    ctx, status = await run_in_threadpool(_analyze_form, request, fields, file)
    return render_page(request, "analyze.html", ctx, status=status)


def _analyze_form(request: Request, fields: dict[str, str],
                  file: tuple[bytes, str] | None) -> tuple[dict[str, Any], int]:
    import json

    from chronik.web.analyzing import analyze_article, article_from_bytes, article_from_text
    from chronik.web.security import fetch_allowed

    settings = settings_of(request)
    ctx: dict[str, Any] = {"form": {k: v for k, v in fields.items() if k != "token"},
                           "result": None, "error": None, "stored_id": None,
                           "title": "Analyze an article"}
    try:
        date, lang, title = fields.get("date"), fields.get("lang"), fields.get("title")
        url = (fields.get("url") or "").strip()
        if file is not None:
            article = article_from_bytes(file[0], file[1], date=date, lang=lang, title=title)
        elif url and not fields.get("text", "").strip():
            raw = fetch_allowed(url, settings.fetch_allowlist)
            article = article_from_bytes(raw, url, date=date, lang=lang, title=title, url=url)
        else:
            article = article_from_text(fields.get("text", ""), date=date, lang=lang, title=title)
        if fields.get("store"):
            _check_write(request, fields.get("token"))
        result = analyze_article(article)
        if fields.get("store"):
            ctx["stored_id"] = _store(request, result)
        marks = highlight.analysis_marks(result)
        ctx.update(result=result, a=result, art=result.article,
                   record_json=json.dumps(result.to_record(), ensure_ascii=False, indent=2),
                   body=highlight.render(result.article.text, marks),
                   names={e.id: e.name for e in result.entities})
    except Forbidden as exc:
        return {**ctx, "error": str(exc)}, 403
    except (InputError, UsageError) as exc:
        return {**ctx, "error": exc.reason if isinstance(exc, InputError) else str(exc)}, 400
    return ctx, 200


def _check_write(request: Request, form_token: str | None) -> None:
    settings = settings_of(request)
    if not settings.allow_write:
        raise Forbidden("this server is read-only (start it with --allow-write and a token)")
    given = bearer(request.headers.get("authorization")) or form_token
    if not token_ok(settings.token, given):
        raise Forbidden("a valid write token is needed to store articles")


def _store(request: Request, analysis) -> str:
    from chronik.store.write import Writer

    provider = request.app.state.stores
    with provider.write_lock:
        summary = Writer(provider.get()).write(analysis)
    if summary.failed:
        raise ChronikError(summary.failed[0][1])
    return analysis.article.id


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    from chronik.web.apidoc import describe

    return render_page(request, "apidoc.html", {"ops": describe(request.app.openapi()),
                                                "title": "API"})
