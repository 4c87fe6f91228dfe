-- The holder flow: service-item field profiles, grants (consent, delegation, by-function lookup),
-- the log of every use, and single-use presentation nonces.

-- A service item (办事事项) and the licence fields its processing needs (its field profile):
-- metadata element names (CZZT, ZZBH, ZZYXQJZRQ …) and type-specific keys (KZ_…).
CREATE TABLE service_items (
    code            varchar(40)  PRIMARY KEY,
    name            text         NOT NULL,
    fields          text[]       NOT NULL
);

CREATE TABLE grants (
    grant_id        uuid         PRIMARY KEY,
    kind            varchar(12)  NOT NULL CHECK (kind IN ('CONSENT', 'DELEGATED', 'BY_FUNCTION')),
    series          varchar(80)  NOT NULL,
    licence_id      varchar(110) NOT NULL,
    holder_id_type  varchar(3)   NOT NULL,
    holder_id       varchar(64)  NOT NULL,
    hall_code       varchar(18)  NOT NULL,
    service_item    varchar(40)  NOT NULL REFERENCES service_items (code),
    case_number     varchar(64)  NOT NULL,
    reason          text,
    created_by      text         NOT NULL,
    created_at      timestamptz  NOT NULL,
    valid_until     timestamptz  NOT NULL,
    withdrawn_at    timestamptz
);
CREATE INDEX grants_holder ON grants (holder_id_type, holder_id, created_at DESC);
CREATE INDEX grants_for_hall ON grants (hall_code, series, service_item, case_number);

-- Every use of a licence's data: what "who used my licence" lists. Append-only.
CREATE TABLE licence_uses (
    id              bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              timestamptz  NOT NULL,
    kind            varchar(12)  NOT NULL,
    grant_id        uuid         REFERENCES grants (grant_id),
    licence_id      varchar(110) NOT NULL,
    holder_id_type  varchar(3)   NOT NULL,
    holder_id       varchar(64)  NOT NULL,
    hall_code       varchar(18)  NOT NULL,
    service_item    varchar(40)  NOT NULL,
    case_number     varchar(64)  NOT NULL,
    fields          text[]       NOT NULL,
    actor           text         NOT NULL,
    reason          text
);
CREATE INDEX licence_uses_holder ON licence_uses (holder_id_type, holder_id, at DESC);

CREATE FUNCTION licence_uses_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'licence_uses is append-only';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER licence_uses_append_only
    BEFORE UPDATE OR DELETE ON licence_uses
    FOR EACH ROW EXECUTE FUNCTION licence_uses_append_only();

-- A presentation token may be verified once: its nonce is claimed here (a replay finds it taken).
CREATE TABLE presentation_nonces (
    nonce           varchar(64)  PRIMARY KEY,
    licence_id      varchar(110) NOT NULL,
    used_at         timestamptz  NOT NULL,
    expires_at      timestamptz  NOT NULL
);
CREATE INDEX presentation_nonces_expiry ON presentation_nonces (expires_at);
