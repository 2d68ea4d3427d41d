"""The dashboard's HTML pages: Jinja2 templates rendered around the JSON API.

Pages carry only what they need to start (the region's name, the signed-in user,
the strings of the chosen language); their data come from the JSON API through
``static/js/app.js``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from indupath import __version__
from indupath.api import users
from indupath.api.auth import User, check_csrf, csrf_token
from indupath.api.deps import current_user, get_state
from indupath.errors import AuthError, IndupathError, NotFoundError
from indupath.web.i18n import Lang, pick_lang, table, translate

WEB_DIR = Path(__file__).parent
templates = Jinja2Templates(directory=str(WEB_DIR / "templates"))
router = APIRouter(include_in_schema=False)
LANG_COOKIE = "lang"


def _lang(request: Request) -> Lang:
    return pick_lang(
        request.query_params.get("lang"),
        request.cookies.get(LANG_COOKIE),
        request.headers.get("accept-language"),
    )


def _switch_url(request: Request, lang: Lang) -> str:
    params = dict(request.query_params)
    params["lang"] = "en" if lang == "zh" else "zh"
    return f"{request.url.path}?{urlencode(params)}"


def _safe_user(request: Request) -> User | None:
    try:
        return current_user(request)
    except AuthError:
        return None


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render ``template`` with the language, its strings, the user and the CSRF token."""
    lang = _lang(request)
    user = context.pop("user", None) or _safe_user(request)
    base = {
        "lang": lang,
        "t": lambda key: translate(key, lang),
        "strings": table(lang),
        "user": user,
        # anonymous pages carry no session (so they can be cached); sign-in and signed-in pages do
        "csrf": csrf_token(request) if (user is not None or template == "login.html") else "",
        "version": __version__,
        "switch_url": _switch_url(request, lang),
        "static": lambda path: f"/static/{path}?v={__version__}",
    }
    base.update(context)
    response = templates.TemplateResponse(request, template, base, status_code=status_code)
    if request.query_params.get("lang") in ("zh", "en"):
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax")
    return response


def _not_found(request: Request, detail: str) -> HTMLResponse:
    lang = _lang(request)
    return render(request, "error.html", 404, status=404, title=translate("not_found", lang), detail=detail)


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    """Map of provinces coloured by an indicator."""
    return render(request, "home.html")


@router.get("/region/{code}", response_class=HTMLResponse)
def region_page(code: str, request: Request) -> HTMLResponse:
    """A region's profile, specialisation, opportunities, roadmap, targets and audit."""
    from indupath.api.routes.data import region_record

    state = get_state(request)

    def load() -> dict[str, Any]:
        with state.store() as store:
            return region_record(store, code)

    try:
        rec = state.cache.get_or_compute(("region_record", code), load)
    except NotFoundError as exc:
        return _not_found(request, str(exc))
    lang = _lang(request)
    name = (
        (rec.get("name_zh") or rec.get("name_en"))
        if lang == "zh"
        else (rec.get("name_en") or rec.get("name_zh"))
    )
    user = _safe_user(request)
    return render(
        request,
        "region.html",
        code=code,
        region_name=name or code,
        user=user,
        can_edit=bool(user and user.can_edit(code)),
    )


@router.get("/industry/{code}", response_class=HTMLResponse)
def industry_page(code: str, request: Request, scheme: str | None = None) -> HTMLResponse:
    """Where an industry is strong, who targets it, overlap."""
    from indupath.api.routes.data import get_industry

    try:
        rec = get_industry(code, get_state(request), scheme)
    except NotFoundError as exc:
        return _not_found(request, str(exc))
    lang = _lang(request)
    name = (
        (rec.get("name_zh") or rec.get("name_en"))
        if lang == "zh"
        else (rec.get("name_en") or rec.get("name_zh"))
    )
    return render(request, "industry.html", code=code, scheme=rec.get("scheme"), industry_name=name or code)


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request) -> HTMLResponse:
    """The list of stored policy documents."""
    return render(request, "documents.html")


@router.get("/document/{doc_id:path}", response_class=HTMLResponse)
def document_page(doc_id: str, request: Request) -> HTMLResponse:
    """A document's text with its extracted facts highlighted."""
    return render(request, "document.html", doc_id=doc_id)


@router.get("/extract", response_class=HTMLResponse)
def extract_page(request: Request) -> HTMLResponse:
    """Upload or paste a text and see its extraction."""
    return render(request, "extract.html")


@router.get("/compare", response_class=HTMLResponse)
def compare_page(request: Request, a: str | None = None, b: str | None = None) -> HTMLResponse:
    """Two regions side by side."""
    return render(request, "compare.html", a=a, b=b)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/") -> HTMLResponse:
    """The sign-in form."""
    return render(
        request, "login.html", next=next if next.startswith("/") and not next.startswith("//") else "/"
    )


@router.post("/login", response_class=HTMLResponse, response_model=None)
def login_form(
    request: Request,
    username: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=1000)],
    csrf_token_field: Annotated[str, Form(alias="csrf_token")] = "",
    next: Annotated[str, Form(max_length=500)] = "/",
) -> Response:
    """Check the form's CSRF token and the password; start a session and go to ``next``."""
    check_csrf(request, csrf_token_field)
    state = get_state(request)
    try:
        with state.store() as store:
            user = users.authenticate(store, username, password)
    except AuthError as exc:
        return render(request, "login.html", 401, error=str(exc), next=next)
    csrf = request.session.get("csrf")
    request.session.clear()
    request.session["user"] = user.name
    if csrf:
        request.session["csrf"] = csrf
    target = next if next.startswith("/") and not next.startswith("//") else "/"
    return RedirectResponse(target, status_code=303)


@router.post("/logout", response_model=None)
def logout_form(
    request: Request, csrf_token_field: Annotated[str, Form(alias="csrf_token")] = ""
) -> Response:
    """End the session."""
    check_csrf(request, csrf_token_field)
    request.session.clear()
    return RedirectResponse("/", status_code=303)


def page_error(request: Request, exc: IndupathError, status: int) -> HTMLResponse:
    """An error page for HTML routes."""
    return render(request, "error.html", status, status=status, title=type(exc).__name__, detail=str(exc))
