from shared.documents.register import Verification


class DocumentVerification(Verification):
    """The public answer on a code: genuine or `not issued by us`, and of a genuine document which
    agency's service issued it, its kind, date and reference; never the person's data."""

    issuer: str | None = None
