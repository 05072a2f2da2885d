"""The desk's first schema: users, sessions, tokens, diagnoses, claims, drafts, activity.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def _time(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("lang", sa.String(2), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        _time("created_at"),
    )
    op.create_table(
        "login_sessions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        _time("created_at"),
        _time("expires_at"),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("label", sa.String(100), nullable=False),
        _time("created_at"),
    )
    op.create_table(
        "diagnoses",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("pack", sa.String(200), nullable=False),
        sa.Column("claim", sa.Text, nullable=False),
        sa.Column("said_on", sa.String(40)),
        sa.Column("speaker", sa.String(200)),
        sa.Column("lang", sa.String(2), nullable=False),
        sa.Column("rating", sa.String(20), nullable=False),
        sa.Column("result", sa.JSON, nullable=False),
        sa.Column("created_by", sa.Integer, sa.ForeignKey("users.id")),
        _time("created_at"),
    )
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("pack", sa.String(200), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("said_on", sa.String(40)),
        sa.Column("speaker", sa.String(200)),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("assignee_id", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("diagnosis_id", sa.String(32), sa.ForeignKey("diagnoses.id")),
        sa.Column("claim_review", sa.JSON),
        _time("published_at", nullable=True),
        sa.Column("created_by", sa.Integer, sa.ForeignKey("users.id")),
        _time("created_at"),
        _time("updated_at"),
    )
    op.create_index("ix_claims_status", "claims", ["status"])
    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("pack", sa.String(200), nullable=False),
        sa.Column("folder", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("merge_result", sa.Text),
        sa.Column("created_by", sa.Integer, sa.ForeignKey("users.id")),
        _time("created_at"),
        _time("merged_at", nullable=True),
    )
    op.create_table(
        "draft_rows",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("draft_id", sa.Integer, sa.ForeignKey("drafts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("row_id", sa.String(200), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("original", sa.JSON, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("reviewed_by", sa.Integer, sa.ForeignKey("users.id")),
        _time("reviewed_at", nullable=True),
        sa.UniqueConstraint("draft_id", "kind", "row_id"),
    )
    op.create_table(
        "activity",
        sa.Column("id", sa.Integer, primary_key=True),
        _time("at"),
        sa.Column("user_name", sa.String(64), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("pack", sa.String(200)),
        sa.Column("claim_id", sa.Integer),
        sa.Column("draft_id", sa.Integer),
        sa.Column("row_id", sa.String(200)),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_index("ix_activity_at", "activity", ["at"])
    # The log is only ever added to: on PostgreSQL the database itself refuses to change or
    # delete an entry (SQLite has no such rule; the app never issues one).
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION shingi_activity_append_only() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION 'the activity log is append-only'; END; $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER activity_append_only BEFORE UPDATE OR DELETE ON activity "
            "FOR EACH ROW EXECUTE FUNCTION shingi_activity_append_only()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS activity_append_only ON activity")
        op.execute("DROP FUNCTION IF EXISTS shingi_activity_append_only()")
    for table in (
        "activity",
        "draft_rows",
        "drafts",
        "claims",
        "diagnoses",
        "api_tokens",
        "login_sessions",
        "users",
        "settings",
    ):
        op.drop_table(table)
