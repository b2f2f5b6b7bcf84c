package org.backcare.program.application;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backcare.events.application.ParticipationEvents;
import org.backcare.events.domain.EventType;
import org.backcare.identity.application.CurrentMember;
import org.backcare.identity.domain.Role;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.program.domain.Enrollment;
import org.backcare.safety.application.HealthAnswers;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.Precautions;
import org.backcare.safety.domain.ReportedSigns;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.ConfiguredValue;
import org.backcare.tenant.domain.Tenant;
import org.backcare.tenant.domain.TenantId;
import org.backcare.tenant.domain.TenantReading;
import org.backcare.tenant.domain.TenantSettings;
import org.backcare.toolbox.application.Exercises;

/**
 * The programme use cases wired by hand as CDI would wire them, over {@link
 * InMemoryProgramRecords}, the shipped content, one signed-in member of a demo-like employer and a
 * clock the test moves: fast tests of the application rules, no server.
 */
final class ProgramServices {

  static final String CARE_URL = "https://care.example.test/physio";
  static final long MEMBER = 7;

  final InMemoryProgramRecords records = new InMemoryProgramRecords();
  final List<EventType> events = new ArrayList<>();
  final Enrolments enrolments = new Enrolments();
  final Sessions sessions = new Sessions();
  final CheckIns checkIns = new CheckIns();
  final InMemoryHealthRecords healthRecords = new InMemoryHealthRecords();
  final HealthAnswers health;
  final SafetyReports safety;
  private Instant now = Instant.parse("2026-11-02T08:00:00Z");

  ProgramServices() {
    Clock clock =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        };
    Tenant tenant = tenant();
    CurrentTenant currentTenant =
        new CurrentTenant() {
          @Override
          public Optional<Tenant> tenant() {
            return Optional.of(tenant);
          }
        };
    currentTenant.use(tenant.id());
    CurrentMember member = new CurrentMember();
    member.use(new SignedInMember("demo", MEMBER, false, Set.of(Role.MEMBER), "employee-7"));
    Exercises exercises = new Exercises();
    Programs programs = new Programs();
    programs.currentTenant = currentTenant;
    programs.exercises = exercises;
    ProgramCareHold hold = new ProgramCareHold();
    hold.records = records;
    health = new HealthAnswers(member, healthRecords, clock);
    safety = new SafetyReports(member, currentTenant, new Only<>(hold), health, clock);
    enrolments.records = records;
    enrolments.programs = programs;
    enrolments.currentMember = member;
    enrolments.safety = safety;
    enrolments.health = health;
    enrolments.clock = clock;
    sessions.records = records;
    sessions.programs = programs;
    sessions.currentMember = member;
    sessions.safety = safety;
    sessions.health = health;
    sessions.clock = clock;
    sessions.events =
        new ParticipationEvents() {
          @Override
          public void record(long memberId, EventType type) {
            events.add(type);
          }
        };
    checkIns.records = records;
    checkIns.programs = programs;
    checkIns.currentMember = member;
    checkIns.safety = safety;
    checkIns.clock = clock;
  }

  Instant now() {
    return now;
  }

  /**
   * Asks to enrol in {@code program} with the safety screen {@code screen}, the precautions answer
   * {@code precautions} (empty: the one given before), and consent to replace a current programme.
   */
  Enrolments.Enrolment enrol(
      String program, ReportedSigns screen, Optional<Precautions> precautions, boolean replace) {
    return enrolments.enrol(
        new Enrolments.Request(
            program, screen, precautions, Optional.empty(), replace, Optional.empty()));
  }

  /** Enrols in {@code program} with a clear screen and no precautions. */
  Enrollment enrol(String program) {
    Enrolments.Enrolment answer =
        enrol(program, ReportedSigns.NONE, Optional.of(Precautions.NONE), false);
    return ((Enrolments.Enrolled) answer).enrollment();
  }

  void pass(Duration time) {
    now = now.plus(time);
  }

  private static Tenant tenant() {
    Map<String, String> values =
        Map.of(
            "name", "Example Co",
            "issuer", "https://portal.example.test",
            "launch-key", "https://portal.example.test/jwks.json",
            "care.url", CARE_URL,
            "care.label", "Example physio");
    TenantReading reading =
        TenantSettings.read(
            new TenantId("example"),
            key -> Optional.ofNullable(values.get(key)).map(v -> new ConfiguredValue(v, "test")),
            "test");
    return ((TenantReading.Serving) reading).tenant();
  }

  /** The one bean CDI would find for {@code T}. */
  private static final class Only<T> implements Instance<T> {
    private final T bean;

    Only(T bean) {
      this.bean = bean;
    }

    @Override
    public Iterator<T> iterator() {
      return List.of(bean).iterator();
    }

    @Override
    public T get() {
      return bean;
    }

    @Override
    public Instance<T> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends T> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isUnsatisfied() {
      return false;
    }

    @Override
    public boolean isAmbiguous() {
      return false;
    }

    @Override
    public void destroy(T instance) {}

    @Override
    public Handle<T> getHandle() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<? extends Handle<T>> handles() {
      return List.of();
    }
  }
}
