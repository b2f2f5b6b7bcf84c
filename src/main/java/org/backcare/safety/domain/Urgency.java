package org.backcare.safety.domain;

/**
 * How soon a member with a warning sign needs help, least to most urgent. The levels follow the
 * mainstream split of back-pain red flags (NHS "Back pain", NICE NG59): signs that mean stop and
 * get checked, signs that need a doctor the same day, and signs that need emergency care now.
 */
public enum Urgency {
  /** Stop the activity and have a doctor or physiotherapist check the back before carrying on. */
  WARNING,
  /** Get medical advice today: an urgent appointment or an urgent medical advice line. */
  URGENT,
  /** Go to an emergency department or call the emergency number now. */
  EMERGENCY;

  /** The lower-case name used in the API and in message keys ({@code care.warning.title}). */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
