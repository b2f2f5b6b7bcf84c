-- The member's movement toolbox and the tries that tell how each move works for them.
CREATE SEQUENCE toolbox_entries_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE toolbox_entries (
    id          BIGINT       NOT NULL,
    tenant_id   VARCHAR(40)  NOT NULL,
    member_id   BIGINT       NOT NULL,
    exercise_id VARCHAR(60)  NOT NULL,
    position    INTEGER      NOT NULL,
    note        VARCHAR(500),
    situations  VARCHAR(200) NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INTEGER      NOT NULL,
    CONSTRAINT toolbox_entries_pk PRIMARY KEY (id),
    CONSTRAINT toolbox_entries_member_exercise_uq UNIQUE (tenant_id, member_id, exercise_id),
    CONSTRAINT toolbox_entries_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
);

CREATE INDEX toolbox_entries_member ON toolbox_entries (tenant_id, member_id, position);

CREATE SEQUENCE exercise_tries_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE exercise_tries (
    id               BIGINT      NOT NULL,
    tenant_id        VARCHAR(40) NOT NULL,
    member_id        BIGINT      NOT NULL,
    exercise_id      VARCHAR(60) NOT NULL,
    stiffness_before INTEGER     NOT NULL,
    stiffness_after  INTEGER,
    completed        BOOLEAN     NOT NULL,
    red_flag         BOOLEAN     NOT NULL,
    tried_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version          INTEGER     NOT NULL,
    CONSTRAINT exercise_tries_pk PRIMARY KEY (id),
    CONSTRAINT exercise_tries_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
    CONSTRAINT exercise_tries_before_ck CHECK (stiffness_before BETWEEN 0 AND 10),
    CONSTRAINT exercise_tries_after_ck CHECK (stiffness_after IS NULL OR stiffness_after BETWEEN 0 AND 10)
);

CREATE INDEX exercise_tries_member ON exercise_tries (tenant_id, member_id, exercise_id);
