package org.backcare.safety.domain;

/**
 * Signs that back pain needs a professional rather than more exercise. WARNING signs come from the
 * reference articles (003: sharp pain, pain down the legs, numbness, tingling or weakness, pain
 * worse 24-48 hours later); EMERGENCY signs are the widely published ones that need urgent care
 * now. The wording members see lives in the message bundles under {@code redflag.<key>}.
 */
public enum RedFlag {
  SHARP_PAIN("sharp-pain", Urgency.WARNING),
  PAIN_DOWN_LEG("pain-down-leg", Urgency.WARNING),
  NUMBNESS_TINGLING_WEAKNESS("numbness-tingling-weakness", Urgency.WARNING),
  WORSE_NEXT_DAYS("worse-next-days", Urgency.WARNING),
  BLADDER_BOWEL("bladder-bowel", Urgency.EMERGENCY),
  GROIN_NUMBNESS("groin-numbness", Urgency.EMERGENCY),
  FEVER("fever", Urgency.EMERGENCY),
  AFTER_FALL("after-fall", Urgency.EMERGENCY);

  /** How soon the member should get help. */
  public enum Urgency {
    /** Stop the activity and get checked by a professional. */
    WARNING,
    /** Seek urgent care now. */
    EMERGENCY
  }

  private final String key;
  private final Urgency urgency;

  RedFlag(String key, Urgency urgency) {
    this.key = key;
    this.urgency = urgency;
  }

  public String key() {
    return key;
  }

  public Urgency urgency() {
    return urgency;
  }
}
