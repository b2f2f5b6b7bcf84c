-- A member opening the one-page summary of their own data for a clinician is audited, like an
-- export of that data: the action joins the list the log accepts. The same statements run on H2
-- (PostgreSQL mode) and PostgreSQL, as V14's did.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_ck;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_ck CHECK (action IN (
    'report.viewed', 'report.downloaded', 'data.exported', 'data.deleted',
    'member.provisioned', 'member.updated', 'member.deprovisioned', 'member.reactivated',
    'member.removed', 'leaver.erased', 'arrival.refused',
    'eligibility.applied', 'eligibility.refused', 'summary.viewed'));
