-- Tries take the client's own id, like sessions, so an app that retries a try after a lost answer
-- records it once; and they keep which warning signs stopped them, so a retried answer repeats the
-- same guidance. Older tries have neither: NULL ids never collide, and their signs are unknown.

ALTER TABLE exercise_tries ADD COLUMN client_id VARCHAR(64);
ALTER TABLE exercise_tries ADD COLUMN red_flags VARCHAR(200) DEFAULT '' NOT NULL;
CREATE UNIQUE INDEX exercise_tries_client_uq ON exercise_tries (tenant_id, member_id, client_id);
