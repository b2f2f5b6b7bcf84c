-- Members are known by tenant and the portal's pseudonymous subject only: no name, no email.
-- EclipseLink takes the value a sequence returns as the LAST id of a block of allocationSize (50),
-- so every sequence starts at its increment: the first block is then 1..50.
CREATE SEQUENCE members_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE members (
    id           BIGINT       NOT NULL,
    tenant_id    VARCHAR(40)  NOT NULL,
    subject      VARCHAR(255) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version      INTEGER      NOT NULL,
    CONSTRAINT members_pk PRIMARY KEY (id),
    CONSTRAINT members_tenant_subject_uq UNIQUE (tenant_id, subject)
);
