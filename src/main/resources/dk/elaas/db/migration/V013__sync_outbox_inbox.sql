-- Offline work that syncs later (issue 15).
-- On a client: every change made while it works against a central server is also an operation in this queue,
-- written in the same transaction as its local effect, and pushed in order (seq) until the server has it.
CREATE TABLE sync_operation (
    id              UUID PRIMARY KEY,          -- the operation id, a UUIDv7 made on the client
    seq             BIGINT NOT NULL UNIQUE,    -- order of the changes on this client
    kind            VARCHAR(60) NOT NULL,      -- e.g. consent.register
    record_id       UUID NOT NULL,             -- the record the change is about (made on the client when new)
    payload         VARCHAR(1000000) NOT NULL, -- the command as JSON (files by SHA-256, never their bytes)
    actor_subject   VARCHAR(200) NOT NULL,     -- who made it (pushed only with that person's own sign-in)
    actor_name      VARCHAR(200) NOT NULL,
    actor_role      VARCHAR(40) NOT NULL,
    client_time     TIMESTAMP WITH TIME ZONE NOT NULL,
    state           VARCHAR(20) NOT NULL,      -- PENDING, DONE, FAILED
    attempts        INT NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(2000),
    done_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX sync_operation_state ON sync_operation (state, seq);
CREATE SEQUENCE sync_operation_seq START WITH 1;

-- On the server: each operation that arrived, once. A redelivery finds its row and gets the same answer;
-- the row and the operation's effect commit together.
CREATE TABLE sync_inbox (
    op_id       UUID PRIMARY KEY,
    kind        VARCHAR(60) NOT NULL,
    subject     VARCHAR(200) NOT NULL,         -- who sent it (the token's subject)
    record_id   UUID,
    client_time TIMESTAMP WITH TIME ZONE,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome     VARCHAR(20) NOT NULL,          -- APPLIED, REJECTED
    detail      VARCHAR(2000)
);
