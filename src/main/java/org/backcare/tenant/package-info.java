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
 *
 * <p>Published for the other features, which all act for one employer: {@link TenantId} (the
 * employer's id, stored with every member row), {@link Tenant} (the employer's configuration, as
 * {@code CurrentTenant} and {@code TenantRegistry} give it) and {@link Module} (what it switched
 * on); and the parts of the configuration one feature reads: {@link CareRoute} (where safety sends
 * a member with a warning sign), {@link ProgressionSettings} (the programme's progression rules),
 * {@link EventsEndpoint} (where events go) and {@link LaunchKey}, {@link OidcClient} and {@link
 * SamlIdp} (how sign-on checks the employer's tokens and providers), {@link Provisioning} and
 * {@link Eligibility} (how the employer's directory says who may arrive and who left).
 */
@Publishes({
  TenantId.class,
  Tenant.class,
  Module.class,
  CareRoute.class,
  ProgressionSettings.class,
  EventsEndpoint.class,
  LaunchKey.class,
  OidcClient.class,
  SamlIdp.class,
  Provisioning.class,
  Eligibility.class
})
package org.backcare.tenant;

import org.backcare.platform.domain.Publishes;
import org.backcare.tenant.domain.CareRoute;
import org.backcare.tenant.domain.Eligibility;
import org.backcare.tenant.domain.EventsEndpoint;
import org.backcare.tenant.domain.LaunchKey;
import org.backcare.tenant.domain.Module;
import org.backcare.tenant.domain.OidcClient;
import org.backcare.tenant.domain.ProgressionSettings;
import org.backcare.tenant.domain.Provisioning;
import org.backcare.tenant.domain.SamlIdp;
import org.backcare.tenant.domain.Tenant;
import org.backcare.tenant.domain.TenantId;
