-- Clinical safety: every sign on the cauda equina warning cards and the NHS and IFOMPT lists is a
-- sign backcare records, so the stored sign lists grow; and a member's health answers are kept so
-- they are asked once: which risk factors apply (cancer history, infection risk, fracture risk;
-- they make new back pain urgent) and their precautions answer (it gates loaded exercise).
-- Nothing else of their history is stored. Member data: tenant-scoped, exported and deleted with
-- the member (foreign key to members), never reported to the employer.

ALTER TABLE exercise_tries ALTER COLUMN red_flags SET DATA TYPE VARCHAR(1000);
ALTER TABLE program_sessions ALTER COLUMN red_flags SET DATA TYPE VARCHAR(1000);
ALTER TABLE program_check_ins ALTER COLUMN red_flags SET DATA TYPE VARCHAR(1000);
ALTER TABLE program_pauses ALTER COLUMN red_flags SET DATA TYPE VARCHAR(1000);

CREATE TABLE member_health (
    member_id    BIGINT       NOT NULL,
    tenant_id    VARCHAR(40)  NOT NULL,
    risk_factors VARCHAR(100),
    precautions  VARCHAR(20),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      INTEGER      NOT NULL,
    CONSTRAINT member_health_pk PRIMARY KEY (member_id),
    CONSTRAINT member_health_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
    CONSTRAINT member_health_precautions_ck
        CHECK (precautions IS NULL OR precautions IN ('none', 'cleared', 'not-checked'))
);

CREATE INDEX member_health_tenant ON member_health (tenant_id, member_id);

-- No phase opens sooner than a week after the member entered the one before: each enrolment keeps
-- when its current phase began. Enrolments under way take the latest session that moved them into
-- their phase (a climb, or a step back from the phase above), or the latest time they resumed after
-- a pause, or their start: the latest of those, so nobody skips a week by the migration.
ALTER TABLE program_enrollments ADD COLUMN phase_since TIMESTAMP WITH TIME ZONE;
UPDATE program_enrollments e SET phase_since = GREATEST(
    e.started_at,
    COALESCE((SELECT MAX(s.performed_at) FROM program_sessions s
               WHERE s.enrollment_id = e.id AND s.next_phase = e.phase_index
                 AND s.phase_index <> s.next_phase), e.started_at),
    COALESCE((SELECT MAX(p.resumed_at) FROM program_pauses p
               WHERE p.enrollment_id = e.id AND p.resumed_at IS NOT NULL), e.started_at));
ALTER TABLE program_enrollments ALTER COLUMN phase_since SET NOT NULL;
