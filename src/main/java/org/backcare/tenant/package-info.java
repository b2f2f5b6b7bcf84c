/**
 * Employers (tenants), defined only by configuration: {@code config/tenants/<id>.properties} read
 * through our own MicroProfile Config source, overridable by environment variables, re-read while
 * the server runs. A broken file disables its tenant alone, with the file, key and reason in the
 * log and the readiness check. Also the per-request tenant context and the tenant's branding.
 */
package org.backcare.tenant;
