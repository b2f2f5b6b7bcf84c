package org.backcare.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.backcare.identity.domain.Role;
import org.backcare.identity.domain.SignedInMember;
import org.junit.jupiter.api.Test;

/**
 * An API caller's member is found once a request, and a write that finds them first holds their row
 * in the same step ({@link MemberDirectory#holdCurrent()} relies on it).
 */
class CurrentMemberTest {

  private final List<Boolean> arrivals = new ArrayList<>();
  private final CurrentMember current = new CurrentMember();

  CurrentMemberTest() {
    current.useOnArrival(
        new SignedInMember("demo", null, false, Set.of(Role.MEMBER), "employee-7"),
        hold -> {
          arrivals.add(hold);
          return 7;
        });
  }

  @Test
  void aWriteThatAsksFirstFindsAndHoldsTheMemberInOneArrival() {
    assertEquals(OptionalLong.of(7), current.arriveHeld());
    assertEquals(7, current.requireMemberId());
    assertEquals(List.of(true), arrivals, "one arrival, asked to hold");
  }

  @Test
  void aMemberKnownAlreadyIsLeftToTheCallerToHoldByTheirId() {
    assertEquals(7, current.requireMemberId());
    assertTrue(current.arriveHeld().isEmpty());
    assertEquals(List.of(false), arrivals, "the read arrived without a hold, and only once");
  }

  @Test
  void aPageSessionsMemberNeverArrives() {
    CurrentMember page = new CurrentMember();
    page.use(new SignedInMember("demo", 9L, false, Set.of(Role.MEMBER), "employee-9"));
    assertTrue(page.arriveHeld().isEmpty());
    assertEquals(9, page.requireMemberId());
  }
}
