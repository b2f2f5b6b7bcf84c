/**
 * Employers (tenants), defined only by configuration: {@code config/tenants/<id>.properties} read
 * through our own MicroProfile Config source ({@code config}), overridable by environment
 * variables, re-read while the server runs ({@code application.TenantRegistry}). A broken file
 * disables its tenant alone, with the file, key and reason in the log and the readiness check.
 *
 * <p>{@code domain}: the {@code Tenant} record and its value objects, and the reading of a file.
 * {@code TenantSettings.read} is the one entry point; it composes one small reader per concern
 * ({@code LaunchSettings}, {@code OfferSettings}, {@code BrandSettings}, {@code CareSettings},
 * {@code PrivacySettings}, {@code SignOnSettings}), all reading through one {@code TenantFile} that
 * holds the parsers and collects every problem, so an operator sees all of a file's mistakes at
 * once. {@code application}: the registry, the request's current tenant and the tenant-scoped
 * entity manager. {@code rest} and {@code web}: the tenant as the API and the pages show it, its
 * brand stylesheet and the security headers that follow its {@code frame-ancestors}.
 */
package org.backcare.tenant;
