-- Tips a member saved, or said they will try. Member data: tenant-scoped like every such table.
CREATE SEQUENCE saved_tips_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE saved_tips (
    id         BIGINT      NOT NULL,
    tenant_id  VARCHAR(40) NOT NULL,
    member_id  BIGINT      NOT NULL,
    tip_id     VARCHAR(60) NOT NULL,
    intent     VARCHAR(10) NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version    INTEGER     NOT NULL,
    CONSTRAINT saved_tips_pk PRIMARY KEY (id),
    CONSTRAINT saved_tips_member_tip_uq UNIQUE (tenant_id, member_id, tip_id),
    CONSTRAINT saved_tips_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
    CONSTRAINT saved_tips_intent_ck CHECK (intent IN ('SAVED', 'TRYING'))
);

CREATE INDEX saved_tips_member ON saved_tips (tenant_id, member_id);
