-- AuthnRequests backcare sent to an employer's SAML provider and not yet answered. The provider's
-- answer is posted from its own site, so the browser does not send backcare's SameSite=Lax session
-- cookie with it: a response that names a request (InResponseTo) is matched here instead, on any
-- instance, and each request can be answered once.

CREATE TABLE saml_requests (
    request_id  VARCHAR(100) NOT NULL,
    tenant_id   VARCHAR(40)  NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT saml_requests_pk PRIMARY KEY (request_id)
);
