-- A member's toolbox adds up their tries per move in the database. This index holds every column
-- that sum reads, so PostgreSQL answers it from the index alone, however many tries a member has;
-- it starts with the columns of the index it replaces, so every query that used that one still can.

CREATE INDEX exercise_tries_relief
    ON exercise_tries (tenant_id, member_id, exercise_id, completed, stiffness_before, stiffness_after);
DROP INDEX exercise_tries_member;
