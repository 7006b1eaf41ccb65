CREATE TABLE IF NOT EXISTS review_insights (
    id           TEXT PRIMARY KEY,
    product      TEXT        NOT NULL,
    rating       INTEGER     NOT NULL,
    sentiment    TEXT        NOT NULL,
    key_features JSONB       NOT NULL,
    total_tokens BIGINT,
    record       JSONB       NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
