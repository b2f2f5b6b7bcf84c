package org.backcare.identity.domain;

/**
 * What a portal or identity provider may send as a member's subject before backcare stores it:
 * present, at most {@link #MAX_LENGTH} characters, and free of control characters that would
 * corrupt logs or exports. Published because sign-on checks a subject when a token arrives, before
 * any member exists, and must refuse exactly what the member table would.
 */
public final class MemberSubject {

  /** The longest subject accepted from a portal (the width of {@code members.subject}). */
  public static final int MAX_LENGTH = 255;

  private MemberSubject() {}

  /**
   * Returns {@code subject} if it may be stored.
   *
   * @throws IllegalArgumentException naming what is wrong with it
   */
  public static String require(String subject) {
    if (subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("a member subject is required");
    }
    if (subject.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a member subject is at most " + MAX_LENGTH + " characters");
    }
    if (subject.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a member subject may not contain control characters");
    }
    return subject;
  }
}
