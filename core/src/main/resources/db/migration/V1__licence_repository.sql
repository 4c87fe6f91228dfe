-- Zhengzhao licence repository, schema version 1.
--
-- Distribution key: the licence SERIES (typeCode.issuerCode.serial), i.e. the licence identifier
-- without version and check character. Every version of one licence, its events and its status
-- live in the same hash partition (and, under Citus, the same shard), so issuing, amending,
-- changing status and verifying touch one partition. See docs/scaling.md.

CREATE TABLE licence_types (
    type_code       varchar(21)  PRIMARY KEY,
    name            text         NOT NULL,
    authority_name  text         NOT NULL,
    holder_kind     varchar(16)  NOT NULL,
    fields          jsonb        NOT NULL,
    validity        jsonb        NOT NULL,
    updated_at      timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE issuers (
    issuer_code     varchar(18)  PRIMARY KEY,
    name            text         NOT NULL,
    jurisdiction    varchar(2)   NOT NULL,
    updated_at      timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE licence_type_issuers (
    type_code       varchar(21)  NOT NULL REFERENCES licence_types (type_code) ON DELETE CASCADE,
    issuer_code     varchar(18)  NOT NULL REFERENCES issuers (issuer_code),
    PRIMARY KEY (type_code, issuer_code)
);

-- One row per licence version.
CREATE TABLE licences (
    series          varchar(80)  NOT NULL,
    version         smallint     NOT NULL CHECK (version BETWEEN 1 AND 999),
    licence_id      varchar(110) NOT NULL,
    type_code       varchar(21)  NOT NULL,
    issuer_code     varchar(18)  NOT NULL,
    licence_number  varchar(64)  NOT NULL,
    name            text         NOT NULL,
    issuer_name     text         NOT NULL,
    issue_date      date         NOT NULL,
    holder_name     text         NOT NULL,
    holder_id       varchar(64)  NOT NULL,
    holder_id_type  varchar(3)   NOT NULL,
    valid_from      date         NOT NULL,
    valid_until     date,
    seal_signer     text         NOT NULL,
    seal_name       text         NOT NULL,
    sealed_at       timestamptz  NOT NULL,
    fields          jsonb        NOT NULL,
    status          varchar(12)  NOT NULL,
    status_changed_at timestamptz NOT NULL,
    signed_record   bytea        NOT NULL,
    qr_text         text         NOT NULL,
    kid             varchar(64)  NOT NULL,
    algorithm       varchar(16)  NOT NULL,
    stored_at       timestamptz  NOT NULL,
    PRIMARY KEY (series, version),
    CHECK (valid_until IS NULL OR valid_until >= valid_from)
) PARTITION BY HASH (series);

CREATE TABLE licences_p0 PARTITION OF licences FOR VALUES WITH (MODULUS 8, REMAINDER 0);
CREATE TABLE licences_p1 PARTITION OF licences FOR VALUES WITH (MODULUS 8, REMAINDER 1);
CREATE TABLE licences_p2 PARTITION OF licences FOR VALUES WITH (MODULUS 8, REMAINDER 2);
CREATE TABLE licences_p3 PARTITION OF licences FOR VALUES WITH (MODULUS 8, REMAINDER 3);
CREATE TABLE licences_p4 PARTITION OF licences FOR VALUES WITH (MODULUS 8, REMAINDER 4);
CREATE TABLE licences_p5 PARTITION OF licences FOR VALUES WITH (MODULUS 8, REMAINDER 5);
CREATE TABLE licences_p6 PARTITION OF licences FOR VALUES WITH (MODULUS 8, REMAINDER 6);
CREATE TABLE licences_p7 PARTITION OF licences FOR VALUES WITH (MODULUS 8, REMAINDER 7);

-- Holder lookups ("my licences") are a read across partitions, never on the verification path.
CREATE INDEX licences_holder ON licences (holder_id_type, holder_id);

-- The uniqueness of an issuer's licence number per type cannot be a constraint on the partitioned
-- table (it does not contain the partition key), so it has its own table keyed by the number.
-- Issuance writes here and to the licence's partition in one transaction (two shards under Citus:
-- issuance is not the hot path; verification never reads this table).
CREATE TABLE licence_numbers (
    issuer_code     varchar(18)  NOT NULL,
    type_code       varchar(21)  NOT NULL,
    licence_number  varchar(64)  NOT NULL,
    series          varchar(80)  NOT NULL,
    PRIMARY KEY (issuer_code, type_code, licence_number)
);

CREATE TABLE idempotency_keys (
    actor           text         NOT NULL,
    idem_key        varchar(200) NOT NULL,
    request_hash    varchar(200) NOT NULL,
    licence_id      varchar(110) NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (actor, idem_key)
);

-- The append-only history of every licence, which is also the change feed. tx_id orders the feed
-- by transaction so that a reader never skips an event that commits after a later-numbered one.
CREATE TABLE licence_events (
    series          varchar(80)  NOT NULL,
    change_id       bigint       GENERATED ALWAYS AS IDENTITY,
    tx_id           xid8         NOT NULL DEFAULT pg_current_xact_id(),
    version         smallint     NOT NULL,
    licence_id      varchar(110) NOT NULL,
    kind            varchar(12)  NOT NULL,
    from_status     varchar(12),
    to_status       varchar(12)  NOT NULL,
    reason          text,
    actor           text         NOT NULL,
    occurred_at     timestamptz  NOT NULL,
    PRIMARY KEY (series, change_id)
) PARTITION BY HASH (series);

CREATE TABLE licence_events_p0 PARTITION OF licence_events FOR VALUES WITH (MODULUS 8, REMAINDER 0);
CREATE TABLE licence_events_p1 PARTITION OF licence_events FOR VALUES WITH (MODULUS 8, REMAINDER 1);
CREATE TABLE licence_events_p2 PARTITION OF licence_events FOR VALUES WITH (MODULUS 8, REMAINDER 2);
CREATE TABLE licence_events_p3 PARTITION OF licence_events FOR VALUES WITH (MODULUS 8, REMAINDER 3);
CREATE TABLE licence_events_p4 PARTITION OF licence_events FOR VALUES WITH (MODULUS 8, REMAINDER 4);
CREATE TABLE licence_events_p5 PARTITION OF licence_events FOR VALUES WITH (MODULUS 8, REMAINDER 5);
CREATE TABLE licence_events_p6 PARTITION OF licence_events FOR VALUES WITH (MODULUS 8, REMAINDER 6);
CREATE TABLE licence_events_p7 PARTITION OF licence_events FOR VALUES WITH (MODULUS 8, REMAINDER 7);

CREATE INDEX licence_events_feed ON licence_events (tx_id, change_id);

-- History is append-only: the database itself refuses to change or delete an event.
CREATE FUNCTION licence_events_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'licence_events is append-only';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER licence_events_append_only
    BEFORE UPDATE OR DELETE ON licence_events
    FOR EACH ROW EXECUTE FUNCTION licence_events_append_only();
