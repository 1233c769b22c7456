"""The console's pages in the operator's language: Jinja2 templates (autoescaped) with the
jinja2.ext.i18n extension over Babel message catalogs, and numbers, money and dates formatted by
Babel for the same locale.

The catalogs' .po files are the only source: each is compiled in memory (Babel's own compiler)
when the console first renders in that language, so there is no build step to forget and no
committed binary to go stale. tests/services/gateway/console/test_catalogs.py extracts every
message of the templates and this package and requires a translation in each language."""

import gettext
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date, format_datetime, format_skeleton
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_currency, format_decimal, format_percent
from jinja2 import Environment, FileSystemLoader, select_autoescape

HERE = Path(__file__).parent
LANGUAGES = {"en": "English", "vi": "Tiếng Việt", "zh": "中文"}
DEFAULT_LANGUAGE = "en"
DOMAIN = "console"
CURRENCY = "VND"


def catalog_path(language: str) -> Path:
    return HERE / "locales" / language / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The language's catalog compiled from its .po file; English is the messages themselves."""
    path = catalog_path(language)
    if not path.exists():
        return gettext.NullTranslations()
    with path.open("rb") as po:
        catalog = read_po(po, locale=language, domain=DOMAIN)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def chosen_language(remembered: object, accept_language: str) -> str:
    """The language the operator switched to, else the first of Accept-Language's (by quality)
    that the console speaks, else English."""
    if isinstance(remembered, str) and remembered in LANGUAGES:
        return remembered
    ranked = []
    for position, part in enumerate(accept_language.split(",")):
        tag, _, parameters = part.strip().partition(";")
        quality = 1.0
        if parameters.strip().startswith("q="):
            try:
                quality = float(parameters.strip()[2:])
            except ValueError:
                quality = 0.0
        ranked.append((-quality, position, tag.strip()))
    preferred = [tag.replace("-", "_") for _, _, tag in sorted(ranked) if tag]
    negotiated = Locale.negotiate(preferred, list(LANGUAGES), sep="_") if preferred else None
    return negotiated.language if negotiated is not None else DEFAULT_LANGUAGE


def _filters(language: str) -> dict[str, Any]:
    locale = Locale.parse(language)

    def percent(value: Decimal | None) -> str:
        return "—" if value is None else format_percent(value / 100, "#,##0.0%", locale=locale)

    def number(value: Decimal | int | None) -> str:
        return "—" if value is None else format_decimal(value, "#,##0.##", locale=locale)

    def money(value: Decimal) -> str:
        return format_currency(value, CURRENCY, locale=locale)

    def day(value: date | None) -> str:
        return "" if value is None else format_date(value, "medium", locale=locale)

    def month(value: date) -> str:
        return format_skeleton("yMMM", value, locale=locale)

    def moment(value: datetime | str) -> str:
        at = datetime.fromisoformat(value) if isinstance(value, str) else value
        return (
            format_datetime(at if at.tzinfo else at.replace(tzinfo=UTC), "medium", tzinfo=UTC, locale=locale) + " UTC"
        )

    return {"percent": percent, "number": number, "money": money, "day": day, "month": month, "moment": moment}


@cache
def environment(language: str) -> Environment:
    """One environment per language: its catalog installed and its Babel formats as filters."""
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # jinja2.ext.i18n adds this method to the Environment at run time, out of the type checker's sight
    env.install_gettext_translations(translations(language), newstyle=True)  # type: ignore[attr-defined]
    filters = _filters(language)
    env.filters.update(filters)
    # The chart macro takes its number format as a function.
    env.globals.update(
        languages=LANGUAGES, language=language, percent_of=filters["percent"], number_of=filters["number"]
    )
    return env


def render(language: str, template: str, **context: Any) -> str:
    return environment(language).get_template(template).render(**context)
