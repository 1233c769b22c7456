"""The one way every service writes a national ID: a Vietnamese 12-digit citizen ID, or a Chinese
18-character resident ID whose check character X is upper case. The rules of each jurisdiction
(province codes, birth dates, check characters) are labour's, where people are registered."""

# What a national ID looks like anywhere in LabourLink (either case of the Chinese X).
NATIONAL_ID_PATTERN = r"^(\d{12}|\d{17}[\dXx])$"


def normalised(national_id: str) -> str:
    """The national ID as it is stored and compared: trimmed, the Chinese check character upper case."""
    return national_id.strip().upper()
