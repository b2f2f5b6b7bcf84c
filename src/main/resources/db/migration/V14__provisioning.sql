-- What the employer's directory (SCIM or an eligibility file) says about its employees: who may use
-- backcare and who left. A row holds only the subject backcare would store for the member (as sent
-- when the employer's subjects are pseudonymous, otherwise a keyed hash) and the directory's
-- external id in the same form: never a name or an email. The row is the directory's, not the
-- member's: it exists before the employee first arrives, and it stays after a leaver's data is
-- deleted, holding nothing but the subject and active = false, so the leaver stays refused until
-- the directory deletes the record itself (Entra ID does so 30 days after unassigning).
--
-- removed: the directory deleted the record (SCIM DELETE) while the member's data waits out the
-- grace period; such a row is invisible to SCIM and goes when the data goes.
-- ends_on: a termination date in the future from an eligibility file: deprovisioned on that day.
-- erase_at: when the member's data is to be deleted (deprovisioned + grace days); null while active.
CREATE TABLE provisioned_users (
    tenant_id         VARCHAR(40)  NOT NULL,
    id                VARCHAR(36)  NOT NULL,
    subject           VARCHAR(255) NOT NULL,
    external_id       VARCHAR(255),
    active            BOOLEAN      NOT NULL,
    removed           BOOLEAN      NOT NULL,
    source            VARCHAR(8)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_on           DATE,
    deprovisioned_at  TIMESTAMP WITH TIME ZONE,
    erase_at          TIMESTAMP WITH TIME ZONE,
    version           INTEGER      NOT NULL,
    CONSTRAINT provisioned_users_pk PRIMARY KEY (tenant_id, id),
    CONSTRAINT provisioned_users_subject_uq UNIQUE (tenant_id, subject),
    CONSTRAINT provisioned_users_source_ck CHECK (source IN ('scim', 'file'))
);

CREATE INDEX provisioned_users_external ON provisioned_users (tenant_id, external_id);
CREATE INDEX provisioned_users_erase ON provisioned_users (erase_at);
CREATE INDEX provisioned_users_ends ON provisioned_users (ends_on);

-- Provisioning changes and refused arrivals are audited. The actor is who acted (the directory, an
-- operator's file, the leavers' schedule, or the refused member); concerning names the member an
-- action was about, by the same one-way hash as a member actor, and is empty for actions about no
-- one member (a file applied).
ALTER TABLE audit_log ADD COLUMN concerning VARCHAR(300);
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_ck;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_ck CHECK (action IN (
    'report.viewed', 'report.downloaded', 'data.exported', 'data.deleted',
    'member.provisioned', 'member.updated', 'member.deprovisioned', 'member.reactivated',
    'member.removed', 'leaver.erased', 'arrival.refused',
    'eligibility.applied', 'eligibility.refused'));
CREATE INDEX audit_log_action ON audit_log (tenant_id, action);
