package org.backcare.safety.domain;

/** Where a member reported a warning sign; kept with the pause it caused. */
public enum SignSource {
  SELF_CHECK,
  TRY,
  SESSION,
  CHECK_IN,
  REPORT,
  ENROLMENT
}
