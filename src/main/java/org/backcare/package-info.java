/**
 * backcare: a back-health module that employers switch on inside their employee wellness portal.
 *
 * <p>Packages are features: {@code tenant} (employers, from configuration), {@code identity} (who
 * the member is), {@code signon} (how a member arrives signed in: launch tokens, OpenID Connect,
 * SAML, and how a provider signs them out), {@code provisioning} (the employer's directory: SCIM,
 * eligibility files, who may arrive and what happens to leavers), {@code content} (the one pattern
 * behind the shipped catalogues), {@code tips}, {@code toolbox}, {@code program}, {@code safety}
 * (warning signs and care), {@code privacy} (the member's data and employer reports), {@code
 * events} (participation events for the portal) and {@code home} (the navigation and dashboard);
 * plus {@code platform}, the cross-cutting plumbing any feature may use. Inside a feature, {@code
 * domain} is plain Java (value types, rules, repository ports), {@code application} holds the CDI
 * services, transactions and the one JPA or JDBC adapter of the feature's ports, and {@code rest}
 * and {@code web} are thin edges over the same services. Neither {@code domain} nor {@code
 * application} uses an edge.
 *
 * <p>A feature uses another only through that feature's {@code application} services or the few
 * types it publishes ({@link org.backcare.platform.domain.Publishes} on its {@code package-info},
 * such as safety's warning-sign vocabulary, its question forms and {@code CareView}). {@code
 * FeatureBoundariesTest} reads the sources and fails on any other use.
 */
package org.backcare;
