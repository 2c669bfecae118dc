-- eLås initial schema. Runs unchanged on H2 (embedded, per PC) and PostgreSQL (central).
-- Every synchronisable table: client-generated UUID key, optimistic-lock version, created/updated.
-- Service lists are stored as sorted, comma-separated codes (see ServiceSetConverter).

CREATE TABLE service_type (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_da     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    sort_order  INTEGER      NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO service_type (code, name_da, name_en, sort_order, active, version, created_at, updated_at) VALUES
    ('DAGLIGVARER', 'Dagligvarer', 'Groceries', 10, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('MEDICIN',     'Medicin',     'Medicine',  20, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('TOEJVASK',    'Tøjvask',     'Laundry',   30, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('MADSERVICE',  'Madservice',  'Meals',     40, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

CREATE TABLE supplier (
    id                      UUID         NOT NULL PRIMARY KEY,
    version                 BIGINT       NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    name                    VARCHAR(200) NOT NULL,
    cvr                     VARCHAR(8)   NOT NULL,
    services                VARCHAR(400) NOT NULL,
    manager_name            VARCHAR(200),
    manager_email           VARCHAR(254),
    manager_phone           VARCHAR(8),
    dpa_signed_on           DATE,
    lock_addendum_signed_on DATE,
    iso27001                BOOLEAN      NOT NULL,
    isae3402                BOOLEAN      NOT NULL,
    last_access_review_on   DATE,
    notes                   VARCHAR(4000),
    CONSTRAINT uq_supplier_cvr UNIQUE (cvr)
);
CREATE INDEX ix_supplier_name ON supplier (name);

CREATE TABLE app_user (
    id           UUID         NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    role         VARCHAR(30)  NOT NULL,
    supplier_id  UUID REFERENCES supplier (id),
    active       BOOLEAN      NOT NULL
);

CREATE TABLE app_setting (
    setting_key VARCHAR(100) NOT NULL PRIMARY KEY,
    setting_value VARCHAR(4000),
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE citizen (
    id                    UUID         NOT NULL PRIMARY KEY,
    version               BIGINT       NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    cpr                   VARCHAR(11)  NOT NULL,
    address               VARCHAR(200),
    postal_code           VARCHAR(4),
    city                  VARCHAR(100),
    phone                 VARCHAR(8),
    lock_installed_by_mso BOOLEAN      NOT NULL,
    CONSTRAINT uq_citizen_cpr UNIQUE (cpr)
);
CREATE INDEX ix_citizen_name ON citizen (name);

CREATE TABLE supplier_employee (
    id                 UUID         NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    supplier_id        UUID         NOT NULL REFERENCES supplier (id),
    first_name         VARCHAR(100) NOT NULL,
    last_name          VARCHAR(100) NOT NULL,
    work_email         VARCHAR(254),
    uses_manager_email BOOLEAN      NOT NULL,
    ext_username       VARCHAR(100),
    end_date           DATE
);
CREATE INDEX ix_employee_supplier ON supplier_employee (supplier_id);

CREATE TABLE consent (
    id                  UUID         NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    citizen_id          UUID         NOT NULL REFERENCES citizen (id),
    supplier_id         UUID         NOT NULL REFERENCES supplier (id),
    status              VARCHAR(20)  NOT NULL,
    services            VARCHAR(400) NOT NULL,
    valid_from          DATE,
    valid_until         DATE,
    signer_role         VARCHAR(20),
    representative_name VARCHAR(200),
    signed_on           DATE,
    collected_by_name   VARCHAR(200),
    collected_by_org    VARCHAR(40),
    channel             VARCHAR(20)  NOT NULL,
    template_version    VARCHAR(40),
    copy_requested      BOOLEAN      NOT NULL,
    receipt_reference   VARCHAR(100),
    ocr_text            VARCHAR(200000),
    field_confidence    VARCHAR(4000),
    captured_by         UUID REFERENCES app_user (id),
    status_reason       VARCHAR(1000)
);
CREATE INDEX ix_consent_citizen ON consent (citizen_id);
CREATE INDEX ix_consent_supplier ON consent (supplier_id);
CREATE INDEX ix_consent_status ON consent (status);
CREATE INDEX ix_consent_valid_until ON consent (valid_until);

CREATE TABLE consent_document (
    id          UUID         NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    consent_id  UUID         NOT NULL REFERENCES consent (id),
    kind        VARCHAR(20)  NOT NULL,
    file_name   VARCHAR(255),
    media_type  VARCHAR(100) NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    page_count  INTEGER,
    size_bytes  BIGINT       NOT NULL,
    content     BYTEA        NOT NULL
);
CREATE INDEX ix_consent_document_consent ON consent_document (consent_id);
CREATE INDEX ix_consent_document_sha ON consent_document (sha256);

CREATE TABLE consent_status_change (
    id          UUID         NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    consent_id  UUID         NOT NULL REFERENCES consent (id),
    from_status VARCHAR(20),
    to_status   VARCHAR(20)  NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by  VARCHAR(200) NOT NULL,
    reason      VARCHAR(1000)
);
CREATE INDEX ix_status_change_consent ON consent_status_change (consent_id);

CREATE TABLE onboarding_case (
    id            UUID        NOT NULL PRIMARY KEY,
    version       BIGINT      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    employee_id   UUID        NOT NULL REFERENCES supplier_employee (id),
    kind          VARCHAR(20) NOT NULL,
    state         VARCHAR(20) NOT NULL,
    waiting_on    VARCHAR(30),
    waiting_since TIMESTAMP WITH TIME ZONE,
    closed_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_case_employee ON onboarding_case (employee_id);

CREATE TABLE onboarding_step (
    id           UUID         NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    case_id      UUID         NOT NULL REFERENCES onboarding_case (id),
    step         VARCHAR(30)  NOT NULL,
    position     INTEGER      NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE,
    completed_by VARCHAR(200),
    data         VARCHAR(4000),
    notes        VARCHAR(4000),
    CONSTRAINT uq_step_per_case UNIQUE (case_id, step)
);

CREATE TABLE access_grant (
    id              UUID         NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    supplier_id     UUID         NOT NULL REFERENCES supplier (id),
    citizen_id      UUID         NOT NULL REFERENCES citizen (id),
    consent_id      UUID REFERENCES consent (id),
    employee_id     UUID REFERENCES supplier_employee (id),
    services        VARCHAR(400) NOT NULL,
    door_entry_only BOOLEAN      NOT NULL,
    granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    revoke_reason   VARCHAR(1000)
);
CREATE INDEX ix_grant_consent ON access_grant (consent_id);
CREATE INDEX ix_grant_citizen ON access_grant (citizen_id);

CREATE TABLE outgoing_mail (
    id          UUID          NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    recipients  VARCHAR(1000) NOT NULL,
    subject     VARCHAR(500)  NOT NULL,
    body        VARCHAR(20000) NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    consent_id  UUID REFERENCES consent (id),
    case_id     UUID REFERENCES onboarding_case (id),
    eml         BYTEA
);

-- Append-only: the application never updates or deletes these rows.
CREATE TABLE audit_event (
    id             UUID         NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    user_name      VARCHAR(200) NOT NULL,
    user_role      VARCHAR(30)  NOT NULL,
    action         VARCHAR(20)  NOT NULL,
    entity_type    VARCHAR(60)  NOT NULL,
    entity_id      VARCHAR(60)  NOT NULL,
    record_label   VARCHAR(300),
    changed_fields VARCHAR(2000),
    details        VARCHAR(8000)
);
CREATE INDEX ix_audit_occurred ON audit_event (occurred_at);
CREATE INDEX ix_audit_entity ON audit_event (entity_id);
CREATE INDEX ix_audit_user ON audit_event (user_name);
