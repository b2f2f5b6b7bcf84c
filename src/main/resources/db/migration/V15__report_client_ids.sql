-- Back reports and check-ins take the client's own id, like tries and sessions, so an app that
-- resends one after a lost answer (an offline app syncing) records it once and hears the same care
-- guidance. A check-in keeps its id on its row; older check-ins have none, and NULL ids never
-- collide. A report of signs alone (the "how is my back" report, or a check-in's signs with no
-- check-in to record) had no row of its own: sign_reports keeps the id with the signs acted on,
-- only when the app sent an id. Member data: tenant-scoped, exported and deleted with the member
-- (foreign key to members), purged with other activity after the employer's retention period.

ALTER TABLE program_check_ins ADD COLUMN client_id VARCHAR(64);
CREATE UNIQUE INDEX program_check_ins_client_uq ON program_check_ins (tenant_id, member_id, client_id);

CREATE SEQUENCE sign_reports_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE sign_reports (
    id          BIGINT        NOT NULL,
    tenant_id   VARCHAR(40)   NOT NULL,
    member_id   BIGINT        NOT NULL,
    client_id   VARCHAR(64)   NOT NULL,
    source      VARCHAR(20)   NOT NULL,
    red_flags   VARCHAR(1000) NOT NULL,
    reported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sign_reports_pk PRIMARY KEY (id),
    CONSTRAINT sign_reports_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
    CONSTRAINT sign_reports_source_ck
        CHECK (source IN ('SELF_CHECK', 'TRY', 'SESSION', 'CHECK_IN', 'REPORT', 'ENROLMENT'))
);

CREATE UNIQUE INDEX sign_reports_client_uq ON sign_reports (tenant_id, member_id, client_id);
CREATE INDEX sign_reports_reported ON sign_reports (tenant_id, reported_at);
