-- The audit log becomes hash-chained (issue 14): every new row carries its place in the chain (seq), the hash of
-- the row before it and its own hash over all its fields, so a changed or removed row breaks the chain and
-- `elaas server verify-audit` (and the server's start) finds where. Rows written before this migration stay
-- unchained (seq NULL). The single head row is locked by each writer, which also orders writers of several
-- server instances on one database.
ALTER TABLE audit_event ADD COLUMN seq BIGINT;
ALTER TABLE audit_event ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_event ADD COLUMN hash VARCHAR(64);
ALTER TABLE audit_event ADD COLUMN subject VARCHAR(200);
ALTER TABLE audit_event ADD COLUMN device VARCHAR(200);
CREATE UNIQUE INDEX ux_audit_seq ON audit_event (seq);

CREATE TABLE audit_chain_head (
    id   INT         NOT NULL PRIMARY KEY,
    seq  BIGINT      NOT NULL,
    hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
