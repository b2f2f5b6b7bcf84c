/**
 * The employer's directory: who may use backcare and who left. A SCIM 2.0 service provider per
 * tenant ({@code /backcare/scim/v2/<tenant>/}, for Entra ID and Okta), an operator API for full
 * eligibility files (CSV, dry run, a guard against truncated files), the eligibility rule every
 * arrival and every session of a directory-managed tenant is checked against, and leavers: their
 * sessions end on their next request, their participation events stop, and their data is deleted
 * after the employer's grace period ({@code leavers.grace-days}). It stores only what backcare
 * stores for a member (the pseudonymous subject or its keyed hash), never a name or an email.
 *
 * <p>Layers: {@code domain} holds the SCIM protocol parsing ({@code ScimUserInput}, {@code
 * ScimPatch}, {@code ScimFilter}), the eligibility file and its plan, the lifecycle of a record
 * ({@code ProvisionedUser}) and its port ({@code ProvisionedUsers}); {@code application} the use
 * cases ({@code ScimUsers}, {@code EligibilityFiles}, {@code Leavers}, the leavers' schedule), the
 * JDBC adapter and {@code ArrivalEligibility}, which sign-on asks; {@code rest} the SCIM servlet
 * and the operators' resources (eligibility file, provisioning metrics).
 *
 * <p>Published for other features: {@code application.ArrivalEligibility} and {@code
 * domain.NotEligible} (the refusal sign-on turns into a kind page or a problem). It uses identity's
 * member directory, privacy's erasure and audit log, and events' outbox; none of them uses it.
 */
@Publishes(NotEligible.class)
package org.backcare.provisioning;

import org.backcare.platform.domain.Publishes;
import org.backcare.provisioning.domain.NotEligible;
