"""Tables of the Social insurance service (its own database)."""

from sqlalchemy.orm import DeclarativeBase

from shared.db import service_metadata
from shared.messaging.tables import messaging_tables


class Base(DeclarativeBase):
    metadata = service_metadata()


messaging = messaging_tables(Base.metadata)
