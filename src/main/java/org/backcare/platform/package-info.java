/**
 * Cross-cutting plumbing every feature relies on: schema migrations and the tenant-scoped entity
 * manager, RFC 9457 problem responses, security headers, error pages, health checks and the shipped
 * locales. Nothing here knows about backs; features depend on it, never the other way round.
 */
package org.backcare.platform;
