package org.backcare.provisioning.domain;

/**
 * Which page of a query's answer a directory asked for (RFC 7644 section 3.4.2.4). The RFC has a
 * server correct out-of-range values rather than refuse them, and so does this: a start index below
 * 1 means 1 and a negative count means 0 (the total only, no resources).
 *
 * @param startIndex the 1-based index of the first resource to return, at least 1
 * @param count how many resources to return at most, from 0 to {@value #MAX_COUNT}
 */
public record ScimPaging(int startIndex, int count) {

  /** Where a page starts when the directory does not say: the first resource. */
  public static final int DEFAULT_START_INDEX = 1;

  /**
   * The page size when the directory does not say. Entra ID and Okta look users up one at a time by
   * filter; 100 is a full page for anyone listing all users.
   */
  public static final int DEFAULT_COUNT = 100;

  /**
   * The largest page served, whatever is asked, which bounds one request's work and response; the
   * value for {@code filter.maxResults} in the service provider configuration.
   */
  public static final int MAX_COUNT = 200;

  public ScimPaging {
    if (startIndex < 1 || count < 0 || count > MAX_COUNT) {
      throw new IllegalArgumentException(
          "paging needs startIndex >= 1 and 0 <= count <= " + MAX_COUNT);
    }
  }

  /** The page for the query parameters as sent, either of which may be absent ({@code null}). */
  public static ScimPaging of(Integer startIndex, Integer count) {
    int start = startIndex == null ? DEFAULT_START_INDEX : Math.max(1, startIndex);
    int size = count == null ? DEFAULT_COUNT : Math.min(MAX_COUNT, Math.max(0, count));
    return new ScimPaging(start, size);
  }

  /** The number of resources to skip, for a query's offset. */
  public int offset() {
    return startIndex - 1;
  }
}
