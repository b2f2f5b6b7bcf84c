package org.backcare.toolbox.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backcare.platform.domain.DomainException;
import org.backcare.toolbox.domain.ToolboxEntry;
import org.junit.jupiter.api.Test;

/**
 * Keeping and editing moves over in-memory records: every edit of kept moves is written through the
 * records' flush, where a race lost to another tab becomes the 409 conflict.
 */
class MemberToolboxTest {

  private final ToolboxServices app = new ToolboxServices();

  @Test
  void keepingAMoveTwiceKeepsItOnce() {
    assertTrue(app.toolbox.keep("cat-cow", Optional.empty()).added(), "first keep adds it");
    assertFalse(app.toolbox.keep("cat-cow", Optional.empty()).added(), "second keep does not");
    assertEquals(1, app.toolbox.entries().size(), "one move kept");
    assertEquals(List.of(1), app.toolboxSizes, "the events hear of the one addition");
  }

  @Test
  void reorderingWritesThroughTheFlush() {
    app.toolbox.keep("cat-cow", Optional.empty());
    app.toolbox.keep("glute-bridge", Optional.empty());

    List<ToolboxEntry> order =
        app.toolbox.reorder(
            List.of("glute-bridge", "cat-cow"), Map.of("glute-bridge", 0, "cat-cow", 0));

    assertEquals(1, app.records.flushes, "written now, so a lost race answers 409");
    assertEquals(
        List.of("glute-bridge", "cat-cow"),
        app.toolbox.entries().stream().map(ToolboxEntry::exerciseId).toList(),
        "the new order: " + order);
  }

  @Test
  void describingAMoveSeenAtAnOlderVersionIsRefused() {
    app.toolbox.keep("cat-cow", Optional.empty());

    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> app.toolbox.describe("cat-cow", "after lunch", Set.of(), 3),
            "a page showing another version must not overwrite the other edit");
    assertEquals("stale-write", refused.slug(), "the documented 409");
    assertEquals(0, app.records.flushes, "nothing was written");
  }

  @Test
  void describingAndRemovingWriteThroughTheFlush() {
    app.toolbox.keep("cat-cow", Optional.empty());
    app.toolbox.keep("glute-bridge", Optional.empty());

    app.toolbox.describe("glute-bridge", "after lunch", Set.of(), 0);
    app.toolbox.remove("cat-cow");

    assertEquals(2, app.records.flushes, "each edit is written inside its transaction");
    ToolboxEntry left = app.toolbox.entries().get(0);
    assertEquals("glute-bridge", left.exerciseId(), "the other move stays");
    assertEquals(0, left.position(), "and moves up");
    assertEquals("after lunch", left.note(), "with its note");
  }
}
