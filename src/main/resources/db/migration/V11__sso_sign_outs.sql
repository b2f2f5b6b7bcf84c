-- Sign-outs sent by an employer's identity provider (OpenID Connect back-channel logout). The
-- provider's call reaches any instance, while the member's session may live on another: each
-- instance checks this table for sessions signed on through a provider. A row names a provider
-- session (sid) or a member (all their sessions); rows older than a day are removed, which is longer
-- than any session may sit idle.

CREATE TABLE sso_sign_outs (
    tenant_id     VARCHAR(40)  NOT NULL,
    ref           VARCHAR(300) NOT NULL,
    signed_out_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sso_sign_outs_pk PRIMARY KEY (tenant_id, ref)
);
