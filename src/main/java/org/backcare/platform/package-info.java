/**
 * Cross-cutting plumbing every feature may use: the clock producer, domain errors and message
 * bundles ({@code DomainException}, {@code Messages}), the {@code Publishes} annotation that names
 * a feature's published types, the limits on when an offline app may say a member did something
 * ({@code PostedTime}), schema migrations, database probes and converters, RFC 9457 problem
 * responses and their mappers, the shared edge (public addresses, request and body limits, the
 * secure session cookie, error pages) and health checks. Nothing here knows about backs; features
 * depend on it, never the other way round.
 */
package org.backcare.platform;
