-- Launch tokens are single use: each jti is kept until its token expires, in the database so that
-- a token replayed against another instance is refused too.
CREATE TABLE launch_token_uses (
    tenant_id  VARCHAR(40)  NOT NULL,
    jti        VARCHAR(255) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT launch_token_uses_pk PRIMARY KEY (tenant_id, jti)
);

CREATE INDEX launch_token_uses_expiry ON launch_token_uses (expires_at);
