"""The one document labour hands a worker: the employer's certificate of termination of the labour
relationship (China), registered when issued so its code verifies."""

from functools import cache
from pathlib import Path
from typing import Annotated, Any

import yaml
from fastapi import Depends

from services.labour.models import Base
from shared.documents.formatting import Language
from shared.documents.register import DocumentRegister, issued_documents_table, register_of
from shared.documents.rendering import DocumentTemplates

issued_documents = issued_documents_table(Base.metadata)
TEMPLATES = DocumentTemplates("services.labour.terminations")
registered = register_of(issued_documents, "labour")
Register = Annotated[DocumentRegister, Depends(registered)]


@cache
def _texts() -> dict[str, Any]:
    return yaml.safe_load((Path(__file__).parent / "texts.yaml").read_text())


def texts(language: Language) -> dict[str, Any]:
    """The certificate's wording in one language."""
    return _texts()[language]
