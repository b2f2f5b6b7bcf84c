package org.backcare.events.domain;

/** What a member did that their employer's portal may reward. Nothing about symptoms. */
public enum EventType {
  /** A programme session done to the end without a warning sign. */
  SESSION_COMPLETED("session.completed"),
  /** The last rung of a phase climbed: the next phase opened, or the programme finished. */
  PHASE_COMPLETED("phase.completed"),
  /** The toolbox reached {@link #TOOLBOX_BUILT_AT} moves for the first time. */
  TOOLBOX_BUILT("toolbox.built");

  /** How many moves make a built toolbox: enough to have a choice when stiffness comes. */
  public static final int TOOLBOX_BUILT_AT = 3;

  private final String wireName;

  EventType(String wireName) {
    this.wireName = wireName;
  }

  /** The name in the event's {@code type} field and in the database. */
  public String wireName() {
    return wireName;
  }

  /** The type with {@code wireName}. */
  public static EventType byWireName(String wireName) {
    for (EventType type : values()) {
      if (type.wireName.equals(wireName)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown event type " + wireName);
  }
}
