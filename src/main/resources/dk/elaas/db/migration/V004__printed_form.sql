-- Printable consent form (issue 5 item 7): one row per prepared form. Its id is in the QR code on page one;
-- the pre-printed values are kept as printed, so a returned form is filled exactly from what was on paper.
-- consent_id is set when a returned form is stored as a consent. Runs unchanged on H2 and PostgreSQL.

CREATE TABLE printed_form (
    id             UUID         NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    form_version   VARCHAR(20)  NOT NULL,
    citizen_id     UUID REFERENCES citizen (id),
    supplier_id    UUID REFERENCES supplier (id),
    citizen_name   VARCHAR(200),
    cpr            VARCHAR(11),
    address        VARCHAR(300),
    postal_code    VARCHAR(4),
    city           VARCHAR(100),
    phone          VARCHAR(8),
    supplier_name  VARCHAR(200),
    supplier_cvr   VARCHAR(8),
    services       VARCHAR(400),
    printed_by     VARCHAR(200),
    consent_id     UUID REFERENCES consent (id)
);
CREATE INDEX ix_printed_form_citizen ON printed_form (citizen_id);
