-- Phased programmes: a member's enrolments, the sessions and next-day check-ins that move them up
-- or down, the pauses for care, and the private calendar feed. Reasons are stored as message keys
-- with their numbers, so a decision reads in the member's language whenever it is shown.

CREATE SEQUENCE program_enrollments_seq START WITH 50 INCREMENT BY 50;

-- current_member_id is the member's id while this is their current enrolment and NULL once it
-- ended: the unique constraint then allows one current enrolment per member, under any concurrency.
CREATE TABLE program_enrollments (
    id                BIGINT      NOT NULL,
    tenant_id         VARCHAR(40) NOT NULL,
    member_id         BIGINT      NOT NULL,
    current_member_id BIGINT,
    program_id        VARCHAR(60) NOT NULL,
    status            VARCHAR(20) NOT NULL,
    phase_index       INTEGER     NOT NULL,
    step              INTEGER     NOT NULL,
    reason_key        VARCHAR(40) NOT NULL,
    reason_args       VARCHAR(60) NOT NULL,
    session_hour      INTEGER     NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at          TIMESTAMP WITH TIME ZONE,
    version           INTEGER     NOT NULL,
    CONSTRAINT program_enrollments_pk PRIMARY KEY (id),
    CONSTRAINT program_enrollments_current_uq UNIQUE (tenant_id, current_member_id),
    CONSTRAINT program_enrollments_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
    CONSTRAINT program_enrollments_status_ck CHECK (status IN ('ACTIVE', 'PAUSED', 'FINISHED', 'ENDED')),
    CONSTRAINT program_enrollments_hour_ck CHECK (session_hour BETWEEN 0 AND 23)
);

CREATE INDEX program_enrollments_member ON program_enrollments (tenant_id, member_id);

CREATE SEQUENCE program_sessions_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE program_sessions (
    id            BIGINT      NOT NULL,
    tenant_id     VARCHAR(40) NOT NULL,
    member_id     BIGINT      NOT NULL,
    enrollment_id BIGINT      NOT NULL,
    client_id     VARCHAR(64) NOT NULL,
    phase_index   INTEGER     NOT NULL,
    step          INTEGER     NOT NULL,
    rounds        INTEGER     NOT NULL,
    completed     BOOLEAN     NOT NULL,
    rating_before INTEGER     NOT NULL,
    rating_after  INTEGER,
    red_flags     VARCHAR(200) NOT NULL,
    performed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome       VARCHAR(20) NOT NULL,
    reason_key    VARCHAR(40) NOT NULL,
    reason_args   VARCHAR(60) NOT NULL,
    next_phase    INTEGER     NOT NULL,
    next_step     INTEGER     NOT NULL,
    version       INTEGER     NOT NULL,
    CONSTRAINT program_sessions_pk PRIMARY KEY (id),
    CONSTRAINT program_sessions_client_uq UNIQUE (tenant_id, member_id, client_id),
    CONSTRAINT program_sessions_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
    CONSTRAINT program_sessions_enrollment_fk FOREIGN KEY (enrollment_id) REFERENCES program_enrollments (id) ON DELETE CASCADE,
    CONSTRAINT program_sessions_before_ck CHECK (rating_before BETWEEN 0 AND 10),
    CONSTRAINT program_sessions_after_ck CHECK (rating_after IS NULL OR rating_after BETWEEN 0 AND 10)
);

CREATE INDEX program_sessions_member ON program_sessions (tenant_id, member_id, performed_at);
CREATE INDEX program_sessions_enrollment ON program_sessions (enrollment_id, performed_at);

CREATE SEQUENCE program_check_ins_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE program_check_ins (
    id          BIGINT      NOT NULL,
    tenant_id   VARCHAR(40) NOT NULL,
    member_id   BIGINT      NOT NULL,
    session_id  BIGINT      NOT NULL,
    rating      INTEGER     NOT NULL,
    red_flags   VARCHAR(200) NOT NULL,
    answered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome     VARCHAR(20) NOT NULL,
    reason_key  VARCHAR(40) NOT NULL,
    reason_args VARCHAR(60) NOT NULL,
    version     INTEGER     NOT NULL,
    CONSTRAINT program_check_ins_pk PRIMARY KEY (id),
    CONSTRAINT program_check_ins_session_uq UNIQUE (session_id),
    CONSTRAINT program_check_ins_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
    CONSTRAINT program_check_ins_session_fk FOREIGN KEY (session_id) REFERENCES program_sessions (id) ON DELETE CASCADE,
    CONSTRAINT program_check_ins_rating_ck CHECK (rating BETWEEN 0 AND 10)
);

CREATE INDEX program_check_ins_member ON program_check_ins (tenant_id, member_id);

CREATE SEQUENCE program_pauses_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE program_pauses (
    id            BIGINT      NOT NULL,
    tenant_id     VARCHAR(40) NOT NULL,
    member_id     BIGINT      NOT NULL,
    enrollment_id BIGINT      NOT NULL,
    cause         VARCHAR(20) NOT NULL,
    red_flags     VARCHAR(200) NOT NULL,
    paused_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    resumed_at    TIMESTAMP WITH TIME ZONE,
    care_read     BOOLEAN     NOT NULL,
    version       INTEGER     NOT NULL,
    CONSTRAINT program_pauses_pk PRIMARY KEY (id),
    CONSTRAINT program_pauses_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
    CONSTRAINT program_pauses_enrollment_fk FOREIGN KEY (enrollment_id) REFERENCES program_enrollments (id) ON DELETE CASCADE,
    CONSTRAINT program_pauses_cause_ck CHECK (cause IN ('RED_FLAG', 'MEMBER'))
);

CREATE INDEX program_pauses_member ON program_pauses (tenant_id, member_id, enrollment_id);

CREATE SEQUENCE calendar_feeds_seq START WITH 50 INCREMENT BY 50;

-- The token is the only secret in the feed's URL: calendar apps cannot sign in, so whoever holds
-- the URL reads the plan. It holds no health data, and the member can replace it at any time.
CREATE TABLE calendar_feeds (
    id         BIGINT      NOT NULL,
    tenant_id  VARCHAR(40) NOT NULL,
    member_id  BIGINT      NOT NULL,
    token      VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    INTEGER     NOT NULL,
    CONSTRAINT calendar_feeds_pk PRIMARY KEY (id),
    CONSTRAINT calendar_feeds_member_uq UNIQUE (tenant_id, member_id),
    CONSTRAINT calendar_feeds_token_uq UNIQUE (token),
    CONSTRAINT calendar_feeds_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
);
