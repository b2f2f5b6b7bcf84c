package org.backcare.tips.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.backcare.platform.domain.DomainException;
import org.backcare.testing.ServiceFixtures;
import org.backcare.tips.domain.SavedTip;
import org.backcare.tips.domain.SavedTipRecords;
import org.junit.jupiter.api.Test;

/** Keeping and letting go of tips over in-memory records: changes go through the flush. */
class SavedTipsTest {

  private static final long MEMBER = 7;

  /** Kept tips in a list; counts flushes, where the database would check versions. */
  private static final class InMemorySavedTips implements SavedTipRecords {
    final List<SavedTip> kept = new ArrayList<>();
    int flushes;

    @Override
    public List<SavedTip> mine(long memberId) {
      return kept.stream().sorted(Comparator.comparing(SavedTip::savedAt).reversed()).toList();
    }

    @Override
    public Optional<SavedTip> find(long memberId, String tipId) {
      return kept.stream().filter(s -> s.tipId().equals(tipId)).findFirst();
    }

    @Override
    public void add(SavedTip saved) {
      kept.add(saved);
    }

    @Override
    public void remove(SavedTip saved) {
      kept.remove(saved);
    }

    @Override
    public void flush() {
      flushes++;
    }
  }

  private final InMemorySavedTips records = new InMemorySavedTips();
  private final ServiceFixtures.MovableClock clock =
      new ServiceFixtures.MovableClock(Instant.parse("2026-11-02T08:00:00Z"));
  private final SavedTips saved = new SavedTips();

  SavedTipsTest() {
    Tips tips = new Tips();
    tips.currentTenant = ServiceFixtures.exampleTenant();
    tips.currentMember = ServiceFixtures.signedIn(MEMBER);
    saved.records = records;
    saved.currentMember = tips.currentMember;
    saved.tips = tips;
    saved.clock = clock;
  }

  @Test
  void keepingATipTwiceKeepsItOnceForTheLatestIntent() {
    saved.keep("shorter-strides", SavedTip.Intent.SAVED);
    clock.pass(Duration.ofMinutes(5));
    SavedTip again = saved.keep("shorter-strides", SavedTip.Intent.TRYING);

    assertEquals(1, records.kept.size(), "one kept tip");
    assertEquals(SavedTip.Intent.TRYING, again.intent(), "kept for what was asked last");
    assertEquals(1, records.flushes, "the change is written now, so a lost race answers 409");
  }

  @Test
  void theMembersTipsComeNewestFirst() {
    saved.keep("shorter-strides", SavedTip.Intent.SAVED);
    clock.pass(Duration.ofMinutes(5));
    saved.keep("look-ahead-not-down", SavedTip.Intent.SAVED);

    assertEquals(
        List.of("look-ahead-not-down", "shorter-strides"),
        saved.mine().stream().map(SavedTip::tipId).toList(),
        "newest first");
  }

  @Test
  void lettingGoOfATipRemovesItThroughTheFlush() {
    saved.keep("shorter-strides", SavedTip.Intent.SAVED);

    assertTrue(saved.forget("shorter-strides"), "it was kept");
    assertFalse(saved.forget("shorter-strides"), "and is no longer");
    assertTrue(records.kept.isEmpty(), "nothing kept");
    assertEquals(1, records.flushes, "the removal is written inside the transaction");
  }

  @Test
  void onlyTipsOfTheCatalogueCanBeKept() {
    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> saved.keep("no-such-tip", SavedTip.Intent.SAVED),
            "a tip the employer does not offer cannot be kept");
    assertEquals(DomainException.Kind.NOT_FOUND, refused.kind(), "answered 404");
    assertTrue(records.kept.isEmpty(), "nothing kept");
  }
}
