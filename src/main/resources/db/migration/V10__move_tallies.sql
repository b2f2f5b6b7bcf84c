-- How each move works for a member is kept as a running tally (completed tries and their total
-- drop in stiffness), updated with every try, so the toolbox reads one row per move however many
-- tries a member has made. The tallies of existing tries are added up once here. The wide index
-- that served the old per-read sum is no longer read; member lookups on tries use the client-id
-- index, which starts with the same columns.

CREATE TABLE move_tallies (
    member_id   BIGINT      NOT NULL,
    exercise_id VARCHAR(60) NOT NULL,
    tenant_id   VARCHAR(40) NOT NULL,
    tries       INTEGER     NOT NULL,
    relief_sum  BIGINT      NOT NULL,
    CONSTRAINT move_tallies_pk PRIMARY KEY (member_id, exercise_id),
    CONSTRAINT move_tallies_member_fk FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
    CONSTRAINT move_tallies_tries_ck CHECK (tries >= 0)
);

INSERT INTO move_tallies (member_id, exercise_id, tenant_id, tries, relief_sum)
SELECT member_id, exercise_id, MIN(tenant_id), COUNT(*), SUM(stiffness_before - stiffness_after)
FROM exercise_tries
WHERE completed = TRUE AND stiffness_after IS NOT NULL
GROUP BY member_id, exercise_id;

DROP INDEX exercise_tries_relief;
