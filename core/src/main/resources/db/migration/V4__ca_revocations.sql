-- Revocations of certificates issued by the CAs this service operates (the bridge and the
-- jurisdiction CAs of the demo). The CRLs, the OCSP responder and the service's own path
-- validation are all answered from these rows, so a revocation survives a restart. Append-only.
CREATE TABLE ca_revocations (
    serial_hex      varchar(64)  PRIMARY KEY,
    ca              varchar(32)  NOT NULL,
    revoked_at      timestamptz  NOT NULL,
    reason          smallint     NOT NULL,
    actor           text         NOT NULL
);

CREATE FUNCTION ca_revocations_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'ca_revocations is append-only';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER ca_revocations_append_only
    BEFORE UPDATE OR DELETE ON ca_revocations
    FOR EACH ROW EXECUTE FUNCTION ca_revocations_append_only();
