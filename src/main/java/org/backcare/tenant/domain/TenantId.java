package org.backcare.tenant.domain;

import java.util.regex.Pattern;

/**
 * An employer's identifier: the name of its configuration file and the value stored with every row
 * of its members' data. Kept to lower-case letters, digits and hyphens so it is safe in a file
 * name, an environment variable and a database column alike.
 */
public record TenantId(String value) {

  private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  public TenantId {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a tenant id is 1 to 40 lower-case letters, digits or hyphens, starting with a letter or"
              + " digit, not '"
              + value
              + "'");
    }
  }

  /** Whether {@code candidate} has the form of a tenant id. */
  public static boolean isValid(String candidate) {
    return candidate != null && FORM.matcher(candidate).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
