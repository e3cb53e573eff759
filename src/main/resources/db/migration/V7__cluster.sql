-- Several instances on one database (issue 12). Runs unchanged on H2 (MODE=PostgreSQL)
-- and PostgreSQL 15.

-- Atomic claims of the reply rules (flood: a client address; duplicate: a text by one
-- email on one story). The primary key decides: of several posts racing on one key, on
-- one instance or several, exactly one inserts or renews the row; a claim that has
-- expired may be taken over. Rows past their expiry are swept now and then.
CREATE TABLE reply_claim (
    kind VARCHAR(16) NOT NULL,
    claim_key VARCHAR(64) NOT NULL,
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, claim_key)
);

CREATE INDEX ix_reply_claim_expiry ON reply_claim (expires_at);

-- Scheduled jobs run once per cluster (ShedLock's JDBC provider, times from the database).
CREATE TABLE shedlock (
    name VARCHAR(64) NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by VARCHAR(255) NOT NULL
);

-- How far a cluster-wide job has got (scheduled stories announced up to a moment), so
-- whichever instance runs its next tick carries on where the last one stopped.
CREATE TABLE job_mark (
    name VARCHAR(64) NOT NULL PRIMARY KEY,
    done_until TIMESTAMP WITH TIME ZONE NOT NULL
);
