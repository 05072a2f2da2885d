"""A kept diagnosis records the version of the pack it was given against (a digest of the pack's
files), so its report is built from that version and the page can say when the pack changed.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    with op.batch_alter_table("diagnoses") as batch:
        batch.add_column(sa.Column("pack_version", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("diagnoses") as batch:
        batch.drop_column("pack_version")
