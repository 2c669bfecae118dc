-- Consent lifecycle (issue 5): who sent, who confirmed ØJB's receipt, who withdrew and why, and which
-- newer consent replaced an older one. Runs unchanged on H2 and PostgreSQL.

ALTER TABLE consent ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE consent ADD COLUMN sent_by VARCHAR(200);
ALTER TABLE consent ADD COLUMN received_on DATE;
ALTER TABLE consent ADD COLUMN received_by VARCHAR(200);
ALTER TABLE consent ADD COLUMN withdrawn_on DATE;
ALTER TABLE consent ADD COLUMN withdrawn_by VARCHAR(200);
ALTER TABLE consent ADD COLUMN withdrawn_by_kind VARCHAR(30);
ALTER TABLE consent ADD COLUMN superseded_by UUID REFERENCES consent (id);

-- The register searches by status and expiry, and by citizen and supplier name.
CREATE INDEX ix_consent_status_until ON consent (status, valid_until);
CREATE INDEX ix_consent_created ON consent (created_at);
CREATE INDEX ix_mail_consent ON outgoing_mail (consent_id);
