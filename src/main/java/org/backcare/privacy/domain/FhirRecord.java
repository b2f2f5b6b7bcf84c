package org.backcare.privacy.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A member's history as a FHIR R4 {@code Bundle} of type {@code collection}, for health apps and
 * clinicians. The {@code Patient} holds nothing but an id made up for this export: no name, no
 * employer subject, nothing that ties the file to the person unless they hand it over. Every
 * resource's id is derived from that export id, its kind and its row, so references hold within one
 * export and two exports share no id.
 *
 * <p>Programme sessions and toolbox tries are {@code Procedure}s (completed, or stopped); pain
 * before, after and the day after a session are LOINC 72514-3 {@code Observation}s told apart by a
 * second coding of {@link #RATING}; stiffness around a try is not pain, so it carries only {@link
 * #RATING}'s code; each warning sign is an {@code Observation} coded in {@link #WARNING_SIGN} with
 * backcare's sign key; each enrolment is a {@code CarePlan}. Times are UTC to the second.
 */
public final class FhirRecord {

  /** backcare's warning signs; the codes are the sign keys ({@code bladder-bowel}, ...). */
  public static final String WARNING_SIGN = "https://backcare.org/fhir/CodeSystem/warning-sign";

  /** Which rating an observation is: before, after or the day after a session, around a try. */
  public static final String RATING = "https://backcare.org/fhir/CodeSystem/rating";

  /** What a procedure was: a programme session or a try of a toolbox move. */
  public static final String ACTIVITY = "https://backcare.org/fhir/CodeSystem/activity";

  static final String LOINC = "http://loinc.org";
  static final String PAIN = "72514-3";
  static final String PAIN_DISPLAY =
      "Pain severity - 0-10 verbal numeric rating [Score] - Reported";
  static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

  private final UUID exportId;
  private final JsonArrayBuilder entries = Json.createArrayBuilder();
  private final String patient;

  private FhirRecord(UUID exportId) {
    this.exportId = exportId;
    this.patient = reference("Patient", 0);
  }

  /**
   * The bundle of {@code history}, made for export {@code exportId} (random, one per export) at
   * {@code exportedAt}.
   */
  public static JsonObject of(MemberHistory history, UUID exportId, Instant exportedAt) {
    FhirRecord record = new FhirRecord(exportId);
    record.add(record.patient, Json.createObjectBuilder().add("resourceType", "Patient"));
    history.plans().forEach(record::plan);
    history.tries().forEach(record::attempt);
    history.reports().forEach(record::report);
    return Json.createObjectBuilder()
        .add("resourceType", "Bundle")
        .add("id", exportId.toString())
        .add("type", "collection")
        .add("timestamp", time(exportedAt))
        .add("entry", record.entries)
        .build();
  }

  /** The {@code urn:uuid:} of resource {@code kind} made from row {@code row} in this export. */
  String reference(String kind, long row) {
    String name = exportId + "/" + kind + "/" + row;
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  /** An ISO-8601 UTC time to the second, as FHIR's {@code dateTime} and {@code instant} take. */
  static String time(Instant at) {
    return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
  }

  private void add(String fullUrl, JsonObjectBuilder resource) {
    resource.add("id", fullUrl.substring("urn:uuid:".length()));
    entries.add(Json.createObjectBuilder().add("fullUrl", fullUrl).add("resource", resource));
  }

  private void plan(MemberHistory.Plan plan) {
    String carePlan = reference("CarePlan", plan.id());
    List<String> sessions =
        plan.sessions().stream().map(s -> reference("Session", s.id())).toList();
    add(carePlan, FhirResources.carePlan(plan, patient, sessions));
    for (MemberHistory.Session s : plan.sessions()) {
      String procedure = reference("Session", s.id());
      add(procedure, FhirResources.session(plan.programme(), s, carePlan, patient));
      rating("pain-before-session", s.id(), s.before(), s.performedAt(), procedure, null);
      if (s.after() != null) {
        rating("pain-after-session", s.id(), s.after(), s.performedAt(), procedure, null);
      }
      signs("session", s.id(), s.signs(), s.performedAt(), procedure, null, null);
      s.nextDay()
          .ifPresent(
              next -> {
                String rating = reference("pain-next-day", next.id());
                rating(
                    "pain-next-day", next.id(), next.rating(), next.answeredAt(), procedure, null);
                signs(
                    "check-in",
                    next.id(),
                    next.signs(),
                    next.answeredAt(),
                    procedure,
                    rating,
                    null);
              });
    }
  }

  private void attempt(MemberHistory.Try t) {
    String procedure = reference("Try", t.id());
    add(procedure, FhirResources.attempt(t, patient));
    rating("stiffness-before-try", t.id(), t.before(), t.triedAt(), procedure, null);
    if (t.after() != null) {
      rating("stiffness-after-try", t.id(), t.after(), t.triedAt(), procedure, null);
    }
    signs("try", t.id(), t.signs(), t.triedAt(), procedure, null, null);
  }

  private void report(MemberHistory.SignReport r) {
    String where = r.source().toLowerCase(Locale.ROOT).replace('_', '-');
    signs(r.fromPause() ? "pause" : "report", r.id(), r.signs(), r.reportedAt(), null, null, where);
  }

  /** A 0-10 rating of {@link #RATING} code {@code code}; pain ratings carry LOINC 72514-3 too. */
  private void rating(
      String code, long row, int value, Instant at, String partOf, String derivedFrom) {
    add(
        reference(code, row),
        FhirResources.observation(patient, at, partOf, derivedFrom)
            .add("code", FhirResources.ratingCode(code))
            .add("valueInteger", value));
  }

  /**
   * One observation per sign, present ({@code valueBoolean} true) at {@code at}; a sign reported on
   * its own says where in {@code method} ({@code report}, {@code check-in}, {@code self-check}...).
   */
  private void signs(
      String where,
      long row,
      List<String> keys,
      Instant at,
      String partOf,
      String derivedFrom,
      String source) {
    for (String key : keys) {
      JsonObjectBuilder observation =
          FhirResources.observation(patient, at, partOf, derivedFrom)
              .add("code", FhirResources.signCode(key))
              .add("valueBoolean", true);
      if (source != null) {
        observation.add("method", Json.createObjectBuilder().add("text", source));
      }
      add(reference("warning-sign/" + where + "/" + key, row), observation);
    }
  }
}
