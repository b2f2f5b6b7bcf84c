package org.backcare.app.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The owner tag a device compares to know whose copies it keeps. */
class DeviceOwnerTest {

  @Test
  void isTheSameForAMemberEveryTimeAndDifferentForAnyOtherMemberOrEmployer() {
    assertEquals(DeviceOwner.tag("acme", 42), DeviceOwner.tag("acme", 42));
    assertNotEquals(DeviceOwner.tag("acme", 42), DeviceOwner.tag("acme", 43));
    assertNotEquals(DeviceOwner.tag("acme", 42), DeviceOwner.tag("globex", 42));
    // The separator keeps "acme1" + 2 apart from "acme" + 12.
    assertNotEquals(DeviceOwner.tag("acme1", 2), DeviceOwner.tag("acme", 12));
  }

  @Test
  void showsNoRowIdOnlyThirtyTwoHexDigits() {
    String tag = DeviceOwner.tag("acme", 123456789);
    assertTrue(tag.matches("[0-9a-f]{32}"), tag);
    assertFalse(tag.contains("123456789"));
  }
}
