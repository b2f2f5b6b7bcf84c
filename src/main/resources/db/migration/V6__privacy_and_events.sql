-- Participation events for the employer's portal (a transactional outbox) and the audit log.

-- One row per event, written in the same transaction as the member's action that caused it, then
-- delivered (at least once) by the dispatcher. The id is the event id the portal de-duplicates on.
-- It holds the member's portal subject and the kind of thing they did, never how their back is.
-- Member data: deleted with the member (the event is then never sent) and purged by retention.
CREATE TABLE participation_events (
    id              VARCHAR(36)  NOT NULL,
    tenant_id       VARCHAR(40)  NOT NULL,
    member_id       BIGINT       NOT NULL,
    subject         VARCHAR(255) NOT NULL,
    event_type      VARCHAR(40)  NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(300),
    version         INTEGER      NOT NULL,
    CONSTRAINT participation_events_pk PRIMARY KEY (id),
    CONSTRAINT participation_events_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
    CONSTRAINT participation_events_type_ck CHECK (event_type IN ('session.completed', 'phase.completed', 'toolbox.built')),
    CONSTRAINT participation_events_status_ck CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED'))
);

CREATE INDEX participation_events_due ON participation_events (status, next_attempt_at);
CREATE INDEX participation_events_member ON participation_events (tenant_id, member_id, event_type);

CREATE SEQUENCE audit_log_seq START WITH 50 INCREMENT BY 50;

-- Who did what, when: an admin reading a report, a member exporting or deleting their data. The
-- actor is an admin's portal subject, or for a member a one-way hash of theirs (their subject is
-- gone once they delete). No health data, ever.
CREATE TABLE audit_log (
    id        BIGINT       NOT NULL,
    tenant_id VARCHAR(40)  NOT NULL,
    actor     VARCHAR(300) NOT NULL,
    action    VARCHAR(40)  NOT NULL,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT audit_log_pk PRIMARY KEY (id),
    CONSTRAINT audit_log_action_ck CHECK (action IN ('report.viewed', 'report.downloaded', 'data.exported', 'data.deleted'))
);

CREATE INDEX audit_log_tenant ON audit_log (tenant_id, at);
