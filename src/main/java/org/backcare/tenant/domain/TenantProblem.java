package org.backcare.tenant.domain;

/**
 * Why a tenant's configuration cannot be served, precise enough for an operator to fix it: where
 * the value came from, which key, and what is wrong with it.
 *
 * @param source the file (or other configuration source) the bad value came from
 * @param key the key inside that tenant's configuration, e.g. {@code brand.primary}
 * @param reason what is wrong, in words
 */
public record TenantProblem(String source, String key, String reason) {

  @Override
  public String toString() {
    return source + ", key " + key + ": " + reason;
  }
}
