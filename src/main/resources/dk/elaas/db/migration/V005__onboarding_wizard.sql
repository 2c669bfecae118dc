-- Onboarding wizard, offboarding and the yearly access review (issue 6). Each step's data has its own typed
-- column, so the case list can filter on it and Hibernate validates it. Runs unchanged on H2 and PostgreSQL.

ALTER TABLE onboarding_case ADD COLUMN current_step VARCHAR(30);
ALTER TABLE onboarding_case ADD COLUMN services VARCHAR(400);
ALTER TABLE onboarding_case ADD COLUMN invitation_mail_on DATE;
ALTER TABLE onboarding_case ADD COLUMN created_mail_on DATE;
ALTER TABLE onboarding_case ADD COLUMN username_sent_on DATE;
ALTER TABLE onboarding_case ADD COLUMN group_ordered_on DATE;
ALTER TABLE onboarding_case ADD COLUMN group_confirmed_on DATE;
ALTER TABLE onboarding_case ADD COLUMN two_factor_on DATE;
ALTER TABLE onboarding_case ADD COLUMN two_factor_personal_phone BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE onboarding_case ADD COLUMN oejb_contacted_on DATE;
ALTER TABLE onboarding_case ADD COLUMN oejb_user_created BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE onboarding_case ADD COLUMN oejb_device_registered BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE onboarding_case ADD COLUMN oejb_confirmed_on DATE;
ALTER TABLE onboarding_case ADD COLUMN activated_at TIMESTAMP WITH TIME ZONE;
-- Offboarding cases: which onboarding they end, for one citizen only or the whole employee, why, and
-- ØJB's confirmation that the user was deleted.
ALTER TABLE onboarding_case ADD COLUMN ends_case_id UUID REFERENCES onboarding_case (id);
ALTER TABLE onboarding_case ADD COLUMN citizen_id UUID REFERENCES citizen (id);
ALTER TABLE onboarding_case ADD COLUMN reason VARCHAR(1000);
ALTER TABLE onboarding_case ADD COLUMN deletion_confirmed_on DATE;
ALTER TABLE onboarding_case ADD COLUMN deletion_confirmed_by VARCHAR(200);
CREATE INDEX ix_case_state ON onboarding_case (state);
CREATE INDEX ix_mail_case ON outgoing_mail (case_id);

-- Step 1: the citizens this employee will serve, each under a consent or as door-entry-only access;
-- step 6 links the grant it made.
CREATE TABLE onboarding_citizen (
    id              UUID    NOT NULL PRIMARY KEY,
    version         BIGINT  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    case_id         UUID    NOT NULL REFERENCES onboarding_case (id),
    citizen_id      UUID    NOT NULL REFERENCES citizen (id),
    consent_id      UUID REFERENCES consent (id),
    door_entry_only BOOLEAN NOT NULL,
    grant_id        UUID REFERENCES access_grant (id),
    CONSTRAINT uq_case_citizen UNIQUE (case_id, citizen_id)
);
CREATE INDEX ix_case_citizen_case ON onboarding_citizen (case_id);

ALTER TABLE supplier ADD COLUMN last_access_review_by VARCHAR(200);
