"""The gateway's register of the documents it issues (a person's access log)."""

from typing import Annotated

from fastapi import Depends

from services.gateway.models import Base
from shared.documents.register import DocumentRegister, issued_documents_table, register_of

issued_documents = issued_documents_table(Base.metadata)
Register = Annotated[DocumentRegister, Depends(register_of(issued_documents, "gateway"))]
