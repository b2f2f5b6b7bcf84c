package org.backcare.privacy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The FHIR record built from a small history, without a server: ids, references, what the Patient
 * leaves out, counts, stopped against completed, UTC times. {@code FhirExportIT} validates what the
 * server exports with HAPI FHIR against base R4.
 */
class FhirRecordTest {

  private static final Instant AT = Instant.parse("2026-11-02T07:15:30.123456Z");

  /** A programme with a completed session and its check-in, and one stopped by a sign. */
  static MemberHistory history() {
    MemberHistory.Session done =
        new MemberHistory.Session(
            101,
            AT,
            true,
            0,
            1,
            3,
            4,
            2,
            List.of(),
            Optional.of(
                new MemberHistory.NextDay(301, AT.plusSeconds(86_400), 3, List.of("sharp-pain"))));
    MemberHistory.Session stopped =
        new MemberHistory.Session(
            102,
            AT.plusSeconds(3 * 86_400),
            false,
            0,
            1,
            3,
            5,
            null,
            List.of("fever"),
            Optional.empty());
    MemberHistory.Plan plan =
        new MemberHistory.Plan(
            11,
            "Core foundations",
            "PAUSED",
            0,
            3,
            "Waking up the core",
            1,
            5,
            3,
            18,
            AT.minusSeconds(86_400),
            null,
            List.of(done, stopped));
    MemberHistory.Try tried =
        new MemberHistory.Try(201, "Cat-cow", AT.plusSeconds(7200), true, 6, 3, List.of());
    MemberHistory.Try cut =
        new MemberHistory.Try(202, "Knee rocking", AT.plusSeconds(9000), false, 5, null, List.of());
    MemberHistory.SignReport report =
        new MemberHistory.SignReport(
            401, "REPORT", AT.plusSeconds(10_000), List.of("night-pain"), false);
    return new MemberHistory(List.of(plan), List.of(tried, cut), List.of(report));
  }

  private static JsonObject bundle(UUID exportId) {
    return FhirRecord.of(history(), exportId, AT.plusSeconds(20_000));
  }

  private static List<JsonObject> resources(JsonObject bundle) {
    return bundle.getJsonArray("entry").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getJsonObject("resource"))
        .toList();
  }

  private static List<JsonObject> ofType(JsonObject bundle, String type) {
    return resources(bundle).stream()
        .filter(r -> r.getString("resourceType").equals(type))
        .toList();
  }

  private static Optional<JsonObject> coded(JsonObject bundle, String system, String code) {
    return ofType(bundle, "Observation").stream()
        .filter(
            o ->
                o
                    .getJsonObject("code")
                    .getJsonArray("coding")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .anyMatch(
                        c ->
                            c.getString("system").equals(system)
                                && c.getString("code").equals(code)))
        .findFirst();
  }

  @Test
  void idsAreStableWithinAnExportAndSharedByNoOtherExport() {
    UUID one = UUID.randomUUID();
    assertEquals(
        bundle(one), bundle(one), "the same export id gives the same ids, resource by resource");
    Set<String> first = ids(bundle(one));
    Set<String> second = ids(bundle(UUID.randomUUID()));
    assertEquals(resources(bundle(one)).size(), first.size(), "every resource has its own id");
    assertTrue(first.stream().noneMatch(second::contains), "two exports share no id");
    for (JsonObject entry : bundle(one).getJsonArray("entry").getValuesAs(JsonObject.class)) {
      assertEquals(
          "urn:uuid:" + entry.getJsonObject("resource").getString("id"),
          entry.getString("fullUrl"),
          "the full URL is the resource's id as a urn:uuid");
    }
  }

  private static Set<String> ids(JsonObject bundle) {
    return resources(bundle).stream().map(r -> r.getString("id")).collect(Collectors.toSet());
  }

  @Test
  void everyReferencePointsIntoTheBundle() {
    JsonObject bundle = bundle(UUID.randomUUID());
    Set<String> urls =
        bundle.getJsonArray("entry").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("fullUrl"))
            .collect(Collectors.toSet());
    List<String> references = new ArrayList<>();
    collect(bundle, "reference", references);
    assertFalse(references.isEmpty(), "resources refer to one another");
    assertTrue(
        urls.containsAll(references), "every reference resolves in the bundle: " + references);
  }

  @Test
  void thePatientIsNothingButAnId() {
    JsonObject bundle = bundle(UUID.randomUUID());
    JsonObject patient = ofType(bundle, "Patient").get(0);
    assertEquals(
        Set.of("resourceType", "id"), patient.keySet(), "no name, no identifier: " + patient);
    String json = bundle.toString();
    for (String field : List.of("\"name\"", "\"identifier\"", "\"telecom\"", "\"birthDate\"")) {
      assertFalse(json.contains(field), "the export holds no " + field);
    }
  }

  @Test
  void countsFollowTheHistory() {
    JsonObject bundle = bundle(UUID.randomUUID());
    Map<String, Long> counts =
        resources(bundle).stream()
            .collect(
                Collectors.groupingBy(r -> r.getString("resourceType"), Collectors.counting()));
    // 2 sessions + 2 tries; ratings: 2 before, 1 after, 1 next day, 2 + 1 stiffness; 3 signs.
    assertEquals(
        Map.of("Patient", 1L, "CarePlan", 1L, "Procedure", 4L, "Observation", 10L),
        counts,
        "one resource per thing recorded");
    assertEquals("collection", bundle.getString("type"), "a collection, not a transaction");
  }

  @Test
  void aStoppedSessionOrTryIsStoppedAndHasNoAfterRating() {
    JsonObject bundle = bundle(UUID.randomUUID());
    List<JsonObject> procedures = ofType(bundle, "Procedure");
    assertEquals(
        List.of("completed", "stopped", "completed", "stopped"),
        procedures.stream().map(p -> p.getString("status")).toList(),
        "completed or stopped as the member recorded");
    assertEquals(
        "Stopped for a warning sign",
        procedures.get(1).getJsonObject("statusReason").getString("text"),
        "a session stopped by a sign says so");
    assertEquals(
        1,
        ofType(bundle, "Observation").stream()
            .filter(o -> o.toString().contains("\"pain-after-session\""))
            .count(),
        "only the completed session has a pain rating after");
    JsonObject nextDay = coded(bundle, FhirRecord.RATING, "pain-next-day").orElseThrow();
    assertEquals(3, nextDay.getInt("valueInteger"), "the next-day rating as answered");
    assertTrue(nextDay.toString().contains(FhirRecord.PAIN), "pain carries LOINC 72514-3");
    JsonObject stiffness = coded(bundle, FhirRecord.RATING, "stiffness-before-try").orElseThrow();
    assertFalse(stiffness.toString().contains(FhirRecord.PAIN), "stiffness is not coded as pain");
    assertEquals(
        "on-hold",
        ofType(bundle, "CarePlan").get(0).getString("status"),
        "a paused programme is on hold");
  }

  @Test
  void aWarningSignIsBackcaresCodeShownInTheWordsMembersRead() {
    JsonObject fever =
        coded(bundle(UUID.randomUUID()), FhirRecord.WARNING_SIGN, "fever").orElseThrow();
    JsonObject coding = fever.getJsonObject("code").getJsonArray("coding").getJsonObject(0);
    assertTrue(
        coding.getString("display").startsWith("A high temperature"),
        "the English words of the sign: " + coding);
    assertTrue(fever.getBoolean("valueBoolean"), "the sign was present");
    JsonObject report =
        coded(bundle(UUID.randomUUID()), FhirRecord.WARNING_SIGN, "night-pain").orElseThrow();
    assertEquals(
        "report", report.getJsonObject("method").getString("text"), "where it was reported");
  }

  @Test
  void timesAreUtcToTheSecond() {
    JsonObject bundle = bundle(UUID.randomUUID());
    List<String> times = new ArrayList<>();
    for (String field : List.of("effectiveDateTime", "performedDateTime", "start", "timestamp")) {
      collect(bundle, field, times);
    }
    assertTrue(times.size() > 10, "times found: " + times);
    assertTrue(
        times.stream().allMatch(t -> t.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ")),
        "UTC with Z, to the second: " + times);
    assertTrue(times.contains("2026-11-02T07:15:30Z"), "the session's time as recorded");
  }

  /** Every string value of {@code field} anywhere in {@code value}. */
  private static void collect(JsonValue value, String field, List<String> found) {
    if (value instanceof JsonObject object) {
      object.forEach(
          (name, inner) -> {
            if (name.equals(field) && inner instanceof JsonString text) {
              found.add(text.getString());
            } else {
              collect(inner, field, found);
            }
          });
    } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      value.asJsonArray().forEach(inner -> collect(inner, field, found));
    }
  }
}
