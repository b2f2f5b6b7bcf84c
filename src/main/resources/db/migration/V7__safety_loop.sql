-- The safety loop: a pause for care records where the sign was reported and how the member was
-- cleared to exercise again. "I have read the care guidance" is no longer a clearance: after an
-- urgent or emergency sign, or a warning sign that stays, only a professional's check is. Older
-- pauses keep what the member said then, as 'care-read'.

ALTER TABLE program_pauses ADD COLUMN source VARCHAR(20);
ALTER TABLE program_pauses ADD COLUMN clearance VARCHAR(30);
UPDATE program_pauses SET clearance = 'care-read' WHERE care_read = TRUE AND resumed_at IS NOT NULL;
ALTER TABLE program_pauses DROP COLUMN care_read;
ALTER TABLE program_pauses ADD CONSTRAINT program_pauses_source_ck
    CHECK (source IS NULL OR source IN ('SELF_CHECK', 'TRY', 'SESSION', 'CHECK_IN', 'REPORT', 'ENROLMENT'));
ALTER TABLE program_pauses ADD CONSTRAINT program_pauses_clearance_ck
    CHECK (clearance IS NULL OR clearance IN ('signs-gone', 'checked-by-professional', 'care-read'));
