"""What the social insurance agency hands people on paper: the continuation notice, the benefit
decision and the public list of recipients, each registered when issued so its code verifies."""

from functools import cache
from pathlib import Path
from typing import Annotated, Any

import yaml
from fastapi import Depends

from services.social_insurance.models import Base
from shared.documents.formatting import Language
from shared.documents.register import DocumentRegister, issued_documents_table, register_of
from shared.documents.rendering import DocumentTemplates

issued_documents = issued_documents_table(Base.metadata)
TEMPLATES = DocumentTemplates("services.social_insurance.notices")


@cache
def _texts() -> dict[str, Any]:
    return yaml.safe_load((Path(__file__).parent / "texts.yaml").read_text())


def texts(language: Language) -> dict[str, Any]:
    """The agency's wording of its documents in one language."""
    return _texts()[language]


registered = register_of(issued_documents, "social_insurance")
Register = Annotated[DocumentRegister, Depends(registered)]
