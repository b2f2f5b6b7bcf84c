package org.backcare.privacy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberTablesTest {

  @Test
  void aTableComesBeforeEveryTableItReferences() {
    // program_check_ins -> program_sessions -> program_enrollments <- program_pauses
    List<String> order =
        MemberTables.referencingFirst(
            Map.of(
                "program_enrollments", Set.of("program_sessions", "program_pauses"),
                "program_sessions", Set.of("program_check_ins"),
                "program_check_ins", Set.of(),
                "program_pauses", Set.of(),
                "saved_tips", Set.of()));
    assertEquals(5, order.size(), order::toString);
    assertTrue(order.indexOf("program_check_ins") < order.indexOf("program_sessions"), "" + order);
    assertTrue(
        order.indexOf("program_sessions") < order.indexOf("program_enrollments"), "" + order);
    assertTrue(order.indexOf("program_pauses") < order.indexOf("program_enrollments"), "" + order);
  }
}
