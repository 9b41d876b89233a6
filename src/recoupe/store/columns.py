"""Column types the tables share."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.types import TypeEngine


def Str(length: int) -> TypeEngine[str]:  # noqa: N802 - a type, named like one
    """A string column: ``VARCHAR(length)`` on SQLite, which never enforces the length, and
    ``TEXT`` on PostgreSQL, which would: ids, names, keys and terms come from the inputs, and
    what one backend stores the other must store too. The length documents the usual size."""
    return sa.String(length).with_variant(sa.Text(), "postgresql")
