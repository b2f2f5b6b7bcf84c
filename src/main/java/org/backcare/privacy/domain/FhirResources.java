package org.backcare.privacy.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.backcare.platform.domain.Messages;

/**
 * The FHIR R4 resources of {@link FhirRecord}, one builder each, in base R4 without extensions so
 * that any FHIR reader takes them. Words are English: codes carry the meaning, and a clinician's
 * system shows its own words for them.
 */
final class FhirResources {

  /** An enrolment's status as a {@code CarePlan}'s, and its activity's. */
  private static final Map<String, String[]> PLAN_STATUS =
      Map.of(
          "ACTIVE", new String[] {"active", "in-progress"},
          "PAUSED", new String[] {"on-hold", "on-hold"},
          "FINISHED", new String[] {"completed", "completed"},
          "ENDED", new String[] {"revoked", "stopped"});

  /** The displays of {@link FhirRecord#RATING}'s codes. */
  private static final Map<String, String> RATINGS =
      Map.of(
          "pain-before-session", "Pain before a programme session (0-10)",
          "pain-after-session", "Pain after a programme session (0-10)",
          "pain-next-day", "Pain the day after a programme session (0-10)",
          "stiffness-before-try", "Stiffness before trying a move (0-10)",
          "stiffness-after-try", "Stiffness after trying a move (0-10)");

  private FhirResources() {}

  static JsonObjectBuilder carePlan(
      MemberHistory.Plan plan, String patient, List<String> sessions) {
    String[] status = PLAN_STATUS.getOrDefault(plan.status(), new String[] {"unknown", "unknown"});
    String where =
        "Phase %d of %d%s, rung %d of %d"
            .formatted(
                plan.phase() + 1,
                plan.phases(),
                plan.phaseName().isEmpty() ? "" : " (" + plan.phaseName() + ")",
                plan.step() + 1,
                plan.rungs());
    String pace =
        plan.sessionsPerWeek() == 0
            ? ""
            : "; %d sessions a week%s"
                .formatted(
                    plan.sessionsPerWeek(),
                    plan.sessionMinutes() == 0
                        ? ""
                        : ", about %d minutes each".formatted(plan.sessionMinutes()));
    JsonObjectBuilder detail =
        Json.createObjectBuilder()
            .add("code", coded(FhirRecord.ACTIVITY, "programme-session", "Programme session"))
            .add("status", status[1])
            .add("description", where + pace + ".");
    if (plan.sessionsPerWeek() > 0) {
      JsonObjectBuilder repeat =
          Json.createObjectBuilder()
              .add("frequency", plan.sessionsPerWeek())
              .add("period", 1)
              .add("periodUnit", "wk");
      if (plan.sessionMinutes() > 0) {
        repeat.add("duration", plan.sessionMinutes()).add("durationUnit", "min");
      }
      detail.add("scheduledTiming", Json.createObjectBuilder().add("repeat", repeat));
    }
    JsonObjectBuilder period = Json.createObjectBuilder().add("start", time(plan.startedAt()));
    if (plan.endedAt() != null) {
      period.add("end", time(plan.endedAt()));
    }
    JsonArrayBuilder outcomes = Json.createArrayBuilder();
    sessions.forEach(s -> outcomes.add(ref(s)));
    JsonObjectBuilder activity = Json.createObjectBuilder();
    if (!sessions.isEmpty()) {
      activity.add("outcomeReference", outcomes);
    }
    return Json.createObjectBuilder()
        .add("resourceType", "CarePlan")
        .add("status", status[0])
        .add("intent", "plan")
        .add("title", plan.programme())
        .add("description", where + pace + ".")
        .add("subject", ref(patient))
        .add("period", period)
        .add("activity", Json.createArrayBuilder().add(activity.add("detail", detail)));
  }

  static JsonObjectBuilder session(
      String programme, MemberHistory.Session s, String carePlan, String patient) {
    JsonObjectBuilder procedure =
        procedure(s.completed(), !s.signs().isEmpty(), s.performedAt(), patient)
            .add("basedOn", Json.createArrayBuilder().add(ref(carePlan)));
    JsonObjectBuilder code =
        Json.createObjectBuilder()
            .add("coding", coding(FhirRecord.ACTIVITY, "programme-session", "Programme session"))
            .add(
                "text",
                "%s session, phase %d, rung %d, %d rounds"
                    .formatted(programme, s.phase() + 1, s.step() + 1, s.rounds()));
    return procedure.add("code", code);
  }

  static JsonObjectBuilder attempt(MemberHistory.Try t, String patient) {
    JsonObjectBuilder code =
        Json.createObjectBuilder()
            .add("coding", coding(FhirRecord.ACTIVITY, "move-try", "Try of a toolbox move"))
            .add("text", t.move());
    return procedure(t.completed(), !t.signs().isEmpty(), t.triedAt(), patient).add("code", code);
  }

  private static JsonObjectBuilder procedure(
      boolean completed, boolean signs, Instant at, String patient) {
    JsonObjectBuilder procedure =
        Json.createObjectBuilder()
            .add("resourceType", "Procedure")
            .add("status", completed ? "completed" : "stopped");
    if (!completed) {
      procedure.add(
          "statusReason",
          Json.createObjectBuilder()
              .add("text", signs ? "Stopped for a warning sign" : "Stopped before the end"));
    }
    return procedure.add("subject", ref(patient)).add("performedDateTime", time(at));
  }

  /**
   * A final survey observation the member made of themselves at {@code at}, with its links when
   * given.
   */
  static JsonObjectBuilder observation(
      String patient, Instant at, String partOf, String derivedFrom) {
    JsonObjectBuilder observation =
        Json.createObjectBuilder()
            .add("resourceType", "Observation")
            .add("status", "final")
            .add(
                "category",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("coding", coding(FhirRecord.CATEGORY, "survey", "Survey"))));
    if (partOf != null) {
      observation.add("partOf", Json.createArrayBuilder().add(ref(partOf)));
    }
    observation
        .add("subject", ref(patient))
        .add("effectiveDateTime", time(at))
        .add("performer", Json.createArrayBuilder().add(ref(patient)));
    if (derivedFrom != null) {
      observation.add("derivedFrom", Json.createArrayBuilder().add(ref(derivedFrom)));
    }
    return observation;
  }

  /** A rating's code: LOINC 72514-3 first for pain, then backcare's own code. */
  static JsonObjectBuilder ratingCode(String code) {
    String display = RATINGS.get(code);
    JsonArrayBuilder codings = Json.createArrayBuilder();
    if (code.startsWith("pain-")) {
      codings.add(codingOf(FhirRecord.LOINC, FhirRecord.PAIN, FhirRecord.PAIN_DISPLAY));
    }
    codings.add(codingOf(FhirRecord.RATING, code, display));
    return Json.createObjectBuilder().add("coding", codings).add("text", display);
  }

  /**
   * A warning sign's code: backcare's sign key, shown with the words members read for it in English
   * (the bundle's {@code redflag.<key>}), so a clinician's system that does not know backcare's
   * code system still shows what the member reported.
   */
  static JsonObjectBuilder signCode(String key) {
    String words;
    try {
      words = Messages.text("redflag." + key, Locale.ENGLISH);
    } catch (MissingResourceException e) {
      words = key;
    }
    return coded(FhirRecord.WARNING_SIGN, key, words);
  }

  static JsonObjectBuilder coded(String system, String code, String text) {
    return Json.createObjectBuilder().add("coding", coding(system, code, text)).add("text", text);
  }

  private static JsonArrayBuilder coding(String system, String code, String display) {
    return Json.createArrayBuilder().add(codingOf(system, code, display));
  }

  private static JsonObjectBuilder codingOf(String system, String code, String display) {
    return Json.createObjectBuilder()
        .add("system", system)
        .add("code", code)
        .add("display", display);
  }

  private static JsonObjectBuilder ref(String fullUrl) {
    return Json.createObjectBuilder().add("reference", fullUrl);
  }

  private static String time(Instant at) {
    return FhirRecord.time(at);
  }
}
