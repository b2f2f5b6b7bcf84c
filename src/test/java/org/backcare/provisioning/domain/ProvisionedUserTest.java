package org.backcare.provisioning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.backcare.provisioning.domain.ProvisionedUser.Source;
import org.backcare.provisioning.domain.ProvisionedUser.Transition;
import org.junit.jupiter.api.Test;

/** The lifecycle SCIM, the eligibility file and the leavers' schedule share. */
class ProvisionedUserTest {

  private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");

  private static ProvisionedUser fresh() {
    return ProvisionedUser.provision("m-1", Optional.of("ext-1"), Source.SCIM, NOW);
  }

  @Test
  void aNewRecordAdmitsItsEmployeeAndHasAnOpaqueId() {
    ProvisionedUser user = fresh();
    assertTrue(user.admits(), "provisioned means admitted");
    assertNotEquals("m-1", user.id(), "the SCIM id is never the subject");
    assertNotEquals(fresh().id(), user.id(), "each record has its own id");
  }

  @Test
  void deprovisioningStartsTheGracePeriodAndEndsAdmission() {
    ProvisionedUser user = fresh();
    Instant later = NOW.plus(Duration.ofHours(1));
    assertEquals(Transition.DEPROVISIONED, user.setActive(false, later, 7), "a leaver now");
    assertFalse(user.admits(), "a leaver is not admitted");
    assertEquals(Optional.of(later.plus(Duration.ofDays(7))), user.eraseAt(), "seven days on");
    assertFalse(user.dueForErasure(later.plus(Duration.ofDays(6))), "not due on day six");
    assertTrue(user.dueForErasure(later.plus(Duration.ofDays(7))), "due when grace is over");
    assertEquals(Transition.NONE, user.setActive(false, later, 7), "twice is nothing new");
  }

  @Test
  void reactivationInsideTheGracePeriodCancelsTheErasure() {
    ProvisionedUser user = fresh();
    user.setActive(false, NOW, 3);
    assertEquals(Transition.REACTIVATED, user.setActive(true, NOW.plusSeconds(60), 3), "back");
    assertTrue(user.admits(), "admitted again");
    assertEquals(Optional.empty(), user.eraseAt(), "nothing is due any more");
    assertFalse(user.dueForErasure(NOW.plus(Duration.ofDays(30))), "never erased while active");
  }

  @Test
  void noGraceMeansDueAtOnce() {
    ProvisionedUser user = fresh();
    user.setActive(false, NOW, 0);
    assertTrue(user.dueForErasure(NOW), "grace 0: the data goes with the deprovisioning");
  }

  @Test
  void aRemovedRecordGoesOnceItsDataIsErased() {
    ProvisionedUser user = fresh();
    assertEquals(Transition.DEPROVISIONED, user.remove(NOW, 2), "a deletion makes a leaver");
    assertTrue(user.removed(), "hidden from the directory");
    assertFalse(user.gone(), "kept while the data waits out the grace period");
    user.dataErased(NOW.plus(Duration.ofDays(2)));
    assertTrue(user.gone(), "nothing left to keep once the data is gone");
  }

  @Test
  void aLeaverWhoseDataWasErasedIsNotErasedAgain() {
    ProvisionedUser user = fresh();
    user.setActive(false, NOW, 0);
    user.dataErased(NOW);
    assertFalse(user.dueForErasure(NOW.plus(Duration.ofDays(1))), "erased once");
    assertFalse(user.gone(), "a deprovisioned record the directory still holds stays");
  }

  @Test
  void aTerminationDateAheadIsClearedByDeprovisioning() {
    ProvisionedUser user = fresh();
    user.endOn(Optional.of(LocalDate.of(2026, 12, 31)), NOW);
    assertEquals(Optional.of(LocalDate.of(2026, 12, 31)), user.endsOn(), "the date is kept");
    user.setActive(false, NOW, 0);
    assertEquals(Optional.empty(), user.endsOn(), "nothing left to end");
  }
}
