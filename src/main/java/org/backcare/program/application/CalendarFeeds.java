package org.backcare.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.backcare.identity.application.CurrentMember;
import org.backcare.program.domain.CalendarFeed;
import org.backcare.program.domain.Enrollment;
import org.backcare.program.domain.Ics;
import org.backcare.program.domain.Phase;
import org.backcare.program.domain.Program;
import org.backcare.program.domain.ProgramRecords;
import org.backcare.program.domain.SessionPlan;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Tenant;

/**
 * The member's private calendar feed of planned sessions. The feed says what is planned (the
 * programme, the phase, the rounds), never how the member's back is: a calendar is shared and
 * synced far more widely than backcare.
 */
@ApplicationScoped
public class CalendarFeeds {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject CurrentMember currentMember;
  @Inject CurrentTenant currentTenant;
  @Inject ProgramRecords records;
  @Inject Programs programs;

  @Inject Clock clock;

  /** The path of the member's feed under the application, made on first use. */
  @Transactional
  public String path() {
    long member = currentMember.requireMemberId();
    CalendarFeed feed =
        records
            .feedOf(member)
            .orElseGet(
                () -> {
                  CalendarFeed made = new CalendarFeed(member, token(), clock.instant());
                  records.add(made);
                  return made;
                });
    return path(feed);
  }

  /** A new secret for the member's feed: the old URL stops working at once. */
  @Transactional
  public String replace() {
    long member = currentMember.requireMemberId();
    Optional<CalendarFeed> feed = records.feedOf(member);
    if (feed.isEmpty()) {
      return path();
    }
    feed.get().replace(token(), clock.instant());
    records.flush();
    return path(feed.get());
  }

  /**
   * The feed for {@code token} of the current tenant, or empty for an unknown token.
   *
   * @param base the absolute URL of the application, for links back to the session page
   */
  @Transactional
  public Optional<String> feed(String token, String base) {
    Optional<CalendarFeed> feed = records.feedByToken(token);
    if (feed.isEmpty()) {
      return Optional.empty();
    }
    Tenant tenant = currentTenant.require();
    String language = tenant.defaultLocale();
    List<Ics.Event> events = new ArrayList<>();
    Optional<Enrollment> enrollment =
        records
            .current(feed.get().memberId(), false)
            .filter(e -> e.status() == Enrollment.Status.ACTIVE);
    if (enrollment.isPresent()) {
      Enrollment e = enrollment.get();
      Program program = programs.program(e.programId());
      Phase phase = program.phase(e.rung().phase());
      int rounds = programs.rounds(e.rung());
      LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
      int minutes = SessionPlan.minutes(phase, rounds, id -> programs.move(id).dose().perSide());
      if (phase.walkMinutes() != null) {
        minutes += phase.walkMinutes();
      }
      for (LocalDate day : programs.plannedDays(e, records.lastSession(e.id()), today)) {
        events.add(
            new Ics.Event(
                day + "-" + e.id() + "@backcare",
                day.atTime(LocalTime.of(e.sessionHour(), 0)),
                minutes,
                "backcare: " + program.in(language).name() + " · " + phase.in(language).name(),
                phase.in(language).goal(),
                base + "/programs/session.xhtml"));
      }
    }
    return Optional.of(Ics.calendar("backcare", events, clock.instant()));
  }

  private String path(CalendarFeed feed) {
    return "/calendar/" + currentTenant.require().id().value() + "/" + feed.token() + ".ics";
  }

  private static String token() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
