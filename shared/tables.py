"""Reports as JSON or as a CSV table, as the caller asks (`?format=csv` or `Accept: text/csv`)."""

import csv
import io
from typing import Any, Literal

from fastapi import Request, Response

from shared.schemas import Schema

ReportFormat = Literal["json", "csv"]


def flattened(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows of a table from one document: nested objects become columns, a list of objects one row per
    item (none for an empty list)."""
    rows: list[dict[str, Any]] = [{}]
    for key, value in record.items():
        if isinstance(value, dict):
            parts = flattened(value)
        elif isinstance(value, list) and all(isinstance(item, dict) for item in value):
            parts = [row for item in value for row in flattened(item)]
        else:
            parts = [{key: value}]
        rows = [{**row, **part} for row in rows for part in parts]
    return rows


def as_csv(rows: list[dict[str, Any]]) -> str:
    columns = list(dict.fromkeys(key for row in rows for key in row))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def rendered(
    request: Request, report: Schema, *, name: str, format: ReportFormat | None, omit: tuple[str, ...] = ()
) -> Response:
    """The report as JSON, or as a CSV table of its rows (document fields repeated on each row)."""
    wants_csv = format == "csv" or (format is None and "text/csv" in request.headers.get("accept", ""))
    if not wants_csv:
        return Response(report.model_dump_json(), media_type="application/json")
    rows = flattened(report.model_dump(mode="json", exclude=set(omit)))
    return Response(
        as_csv(rows),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
    )
