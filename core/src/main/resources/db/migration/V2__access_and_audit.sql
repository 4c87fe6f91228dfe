-- Who may call the service, and what they did.

-- API keys are stored as SHA-256 of the secret only; the secret is shown once, at creation.
CREATE TABLE api_keys (
    key_hash        char(64)     PRIMARY KEY,
    name            text         NOT NULL UNIQUE,
    role            varchar(16)  NOT NULL CHECK (role IN ('ISSUER', 'HALL', 'OPERATOR')),
    org_code        varchar(18)  NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    revoked_at      timestamptz
);

-- Append-only audit of issuance, status changes and authenticated verification. No personal
-- identifiers: licences are named by identifier, callers by key name.
CREATE TABLE audit_log (
    id              bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              timestamptz  NOT NULL,
    actor           text         NOT NULL,
    role            varchar(16)  NOT NULL,
    action          varchar(40)  NOT NULL,
    licence_id      varchar(110),
    outcome         varchar(40)  NOT NULL,
    detail          text
);
CREATE INDEX audit_log_licence ON audit_log (licence_id, at);

CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- Rendered forms (QR images, sealed PDFs), made on first request and kept: rendering costs 3-20 ms,
-- far more than a verification, so it is never repeated and never on an import's hot path.
CREATE TABLE licence_renditions (
    licence_id      varchar(110) NOT NULL,
    kind            varchar(8)   NOT NULL,
    content         bytea        NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (licence_id, kind)
);

-- The public register lookup (人员资格/企业资质查询) finds a licence by its printed number alone.
CREATE INDEX licence_numbers_number ON licence_numbers (licence_number);
