"""The one way every service reads and writes a national ID: a Vietnamese 12-digit citizen ID, or
a Chinese 18-character resident ID whose check character X is upper case. The rules of each
jurisdiction (province codes, birth dates, check digits) are labour's, where people are registered;
every service checks the shape and stores the normal form, so a lower-case x finds its records."""

import re
from typing import Annotated, Any

from fastapi import Path, Query
from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_core import PydanticCustomError

# What a national ID looks like anywhere in LabourLink (either case of the Chinese X).
NATIONAL_ID_PATTERN = r"^(\d{12}|\d{17}[\dXx])$"
RULE = "invalid_national_id"
_SHAPE = re.compile(NATIONAL_ID_PATTERN)
_MESSAGE = "a national ID is 12 digits (Vietnam), or 17 digits and a check character 0-9 or X (China)"


def normalised(national_id: str) -> str:
    """The national ID as it is stored and compared: trimmed, the Chinese check character upper case."""
    return national_id.strip().upper()


def _checked(value: Any) -> str:
    if not isinstance(value, str) or not _SHAPE.match(value.strip()):
        raise PydanticCustomError(RULE, _MESSAGE)
    return normalised(value)


# A national ID in a request body: checked (rule `invalid_national_id`) and normalised. The
# schema states the pattern (and the rule's name, for the gateway's own check).
NationalId = Annotated[
    str,
    BeforeValidator(_checked),
    Field(
        examples=["079190001234"], json_schema_extra={"pattern": NATIONAL_ID_PATTERN, "maxLength": 18, "x-rule": RULE}
    ),
]
# A national ID in a path: `/seekers/{national_id}`.
NationalIdPath = Annotated[
    str, Path(pattern=NATIONAL_ID_PATTERN, examples=["079190001234"]), AfterValidator(normalised)
]
# An optional `?national_id=` filter of a list: one person's records.
NationalIdFilter = Annotated[
    str | None,
    Query(pattern=NATIONAL_ID_PATTERN, description="one person's records"),
    AfterValidator(lambda value: None if value is None else normalised(value)),
]


def national_ids_in(document: Any, found: set[str] | None = None) -> set[str]:
    """Every national ID a JSON document names (under a `national_id` key, at any depth), normalised."""
    found = set() if found is None else found
    if isinstance(document, dict):
        for key, value in document.items():
            if key == "national_id" and isinstance(value, str):
                found.add(normalised(value))
            else:
                national_ids_in(value, found)
    elif isinstance(document, list):
        for item in document:
            national_ids_in(item, found)
    return found


# A national ID standing alone in free text (a log line): not part of a longer run of letters or digits.
_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{12})(?![0-9A-Za-z])")


def masked(national_id: str) -> str:
    """The ID as logs show it: its first four and last two characters (`0791******03`)."""
    return national_id[:4] + "*" * (len(national_id) - 6) + national_id[-2:]


def masked_text(text: str) -> str:
    """The text with every national ID in it masked."""
    return _IN_TEXT.sub(lambda found: masked(found.group()), text)
