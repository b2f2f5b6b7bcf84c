package org.backcare.signon.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * What an identity provider may later sign out of a session it began: the provider's session (its
 * {@code sid}, or a SAML {@code SessionIndex}) and the member, from the moment the session began.
 * Kept in the member's session; {@link ProviderSignOuts} says whether either was signed out since.
 *
 * @param sidRef the provider session's reference ({@link #bySid}), empty if the provider named none
 * @param subjectRef the member's reference ({@link #bySubject})
 * @param since when the session began
 */
public record SignOnMark(String sidRef, String subjectRef, Instant since) implements Serializable {

  /** The mark of a session begun now for {@code subject}, in provider session {@code sid}. */
  public static SignOnMark of(Optional<String> sid, String subject, Instant since) {
    return new SignOnMark(sid.map(SignOnMark::bySid).orElse(""), bySubject(subject), since);
  }

  /** The reference of one provider session. */
  public static String bySid(String sid) {
    return "sid:" + sid;
  }

  /** The reference of every session of one member (their stored subject). */
  public static String bySubject(String subject) {
    return "sub:" + subject;
  }
}
