-- Every report of warning signs ticked on their own is kept, not only one an app sent with its own
-- id: the "how is my back" report, the self-check and an enrolment's screen sent from a page keep a
-- row too, so a sign reported while nothing was paused is still in the member's FHIR record and
-- their clinician's summary. Such a row has no client id; NULL ids never collide in the unique
-- index (H2 and PostgreSQL alike). Still member data: exported and deleted with the member, purged
-- after the employer's retention period.

ALTER TABLE sign_reports ALTER COLUMN client_id DROP NOT NULL;
