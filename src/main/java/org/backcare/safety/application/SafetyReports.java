package org.backcare.safety.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backcare.identity.application.CurrentMember;
import org.backcare.identity.application.MemberDirectory;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.safety.domain.CareAdvice;
import org.backcare.safety.domain.CareHold;
import org.backcare.safety.domain.HealthRecords;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.ReportedSigns;
import org.backcare.safety.domain.RiskFactor;
import org.backcare.safety.domain.SignReport;
import org.backcare.safety.domain.SignSource;
import org.backcare.safety.domain.Triage;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.CareRoute;

/**
 * The one way a warning sign enters backcare, whatever the member was doing when they reported it
 * (self-check, a try, a session, a check-in, the "how is my back" report, the enrolment screen). It
 * says how urgent the signs are, where the employer sends members for care, and holds every
 * activity that must stop (each {@link CareHold}, such as an active programme) in the caller's
 * transaction, so a sign is never recorded without its pause or the other way round.
 *
 * <p>Every entry point first turns what the member ticked into the signs to act on with {@link
 * #triage}, which weighs new back pain against the member's risk factors: the same answer can be
 * nothing for one member and urgent for another, and no entry point may skip that.
 *
 * <p>A post sent again with the app's own id (a retry after a lost answer) is answered by {@link
 * #retried}, here for every entry point: the guidance of the signs recorded the first time, without
 * a new report, but a sign the retry adds is reported, never dropped because the id was seen.
 */
@ApplicationScoped
public class SafetyReports {

  private final CurrentMember currentMember;
  private final CurrentTenant currentTenant;
  private final Instance<CareHold> holds;
  private final HealthAnswers health;
  private final HealthRecords records;
  private final MemberDirectory members;
  private final Clock clock;

  @Inject
  public SafetyReports(
      CurrentMember currentMember,
      CurrentTenant currentTenant,
      @Any Instance<CareHold> holds,
      HealthAnswers health,
      HealthRecords records,
      MemberDirectory members,
      Clock clock) {
    this.currentMember = currentMember;
    this.currentTenant = currentTenant;
    this.holds = holds;
    this.health = health;
    this.records = records;
    this.members = members;
    this.clock = clock;
  }

  /** For the container's proxy only. */
  protected SafetyReports() {
    this(null, null, null, null, null, null, null);
  }

  /**
   * What a report means for the member.
   *
   * @param advice the urgency and the signs
   * @param careRoute the employer's care route, if it has one
   * @param held what was stopped for care (for example the programme)
   */
  public record Outcome(
      CareAdvice advice, Optional<CareRoute> careRoute, List<CareHold.Held> held) {

    public Outcome {
      held = List.copyOf(held);
    }

    /** Whether something named {@code what} was stopped by this report. */
    public boolean holds(String what) {
      return held.stream().anyMatch(h -> h.what().equals(what));
    }
  }

  /**
   * The signs to act on for what the signed-in member ticked, given the risk factors they told
   * backcare of (none for a visitor, or a member who has not answered). Joins the caller's
   * transaction.
   */
  @Transactional
  public Set<RedFlag> triage(ReportedSigns reported) {
    return Triage.signs(reported, health::riskFactors);
  }

  /**
   * The signs to act on when the member answered the risk-factor question with their signs (the
   * self-check): a signed-in member's answer is kept, so they are not asked again; a visitor's is
   * used for this answer only.
   */
  @Transactional
  public Set<RedFlag> triage(ReportedSigns reported, Optional<Set<RiskFactor>> answered) {
    if (answered.isEmpty()) {
      return triage(reported);
    }
    if (currentMember.get().map(SignedInMember::memberId).isPresent()) {
      health.answerRiskFactors(answered.get());
    }
    return Triage.signs(reported, answered.get());
  }

  /**
   * Reports {@code signs} from {@code source}, as {@link #triage} gave them: with any sign, a
   * signed-in member's activities are held for care. Without a sign nothing is stored and the
   * answer is the general advice. For signs that a try, session or check-in keeps on its own row;
   * signs ticked on their own are reported with {@link #report(Set, SignSource, Optional)}, which
   * keeps them.
   */
  @Transactional
  public Outcome report(Set<RedFlag> signs, SignSource source) {
    CareAdvice advice = CareAdvice.of(signs);
    List<CareHold.Held> held = new ArrayList<>();
    Optional<Long> member = currentMember.get().map(SignedInMember::memberId);
    if (advice.stop() && member.isPresent()) {
      for (CareHold hold : holds) {
        hold.hold(member.get(), signs, source, clock.instant()).ifPresent(held::add);
      }
    }
    return new Outcome(advice, careRoute(), held);
  }

  /** What a report sent with the app's own id meant, and whether this post reported it. */
  public record Reported(Outcome outcome, boolean created) {}

  /**
   * Reports {@code signs} ticked on their own (the "how is my back" report, the self-check, an
   * enrolment's screen, a check-in's signs with no check-in to record them in) as {@link
   * #report(Set, SignSource)} does, and keeps the report: a signed-in member's signs are then in
   * their own record (their FHIR record, their clinician's summary, their export) even when nothing
   * was paused. With the app's {@code clientId} it is reported once: the id is kept with the signs,
   * and the same id again is answered by {@link #retried} and not created. A visitor's report, or a
   * member's without a sign and without an id, keeps nothing.
   */
  @Transactional
  public Reported report(Set<RedFlag> signs, SignSource source, Optional<String> clientId) {
    if (clientId.isPresent()) {
      Optional<Outcome> again = retry(clientId.get(), signs, source);
      if (again.isPresent()) {
        return new Reported(again.get(), false);
      }
    }
    Optional<Long> member = currentMember.get().map(SignedInMember::memberId);
    if (member.isPresent() && (clientId.isPresent() || !signs.isEmpty())) {
      records.add(
          new SignReport(member.get(), clientId.orElse(null), source, signs, clock.instant()));
    }
    return new Reported(report(signs, source), true);
  }

  /**
   * A kept report of warning signs (one sent with the app's own id): where it was reported, when,
   * and the signs acted on (keys).
   */
  public record Kept(long id, String source, Instant reportedAt, List<String> signs) {}

  /**
   * The signed-in member's kept sign reports, oldest first, for their own copies of their record.
   */
  @Transactional
  public List<Kept> keptReports() {
    return records.reports(currentMember.requireMemberId()).stream()
        .map(
            r ->
                new Kept(
                    r.id(),
                    r.source().name(),
                    r.reportedAt(),
                    r.signs().stream().sorted().map(RedFlag::key).toList()))
        .toList();
  }

  /**
   * The answer to the signed-in member's report sent again with {@code clientId}, if one was kept
   * before. Locks the member first, so two posts of one id at once are kept once, the second
   * answered as a retry; a caller that goes on to lock the member's programme locks it after the
   * member, as a try does.
   */
  @Transactional
  public Optional<Outcome> retry(String clientId, Set<RedFlag> signs, SignSource source) {
    long member = members.holdCurrent();
    return records
        .reportByClientId(member, clientId)
        .map(first -> retried(first.signs(), signs, source));
  }

  /**
   * The answer to a retried post whose first recording carried {@code recorded}: that guidance
   * again, without a new report; but signs the retry adds (a member who went back and ticked one)
   * are reported with the first ones.
   */
  @Transactional
  public Outcome retried(Set<RedFlag> recorded, Set<RedFlag> sent, SignSource source) {
    if (recorded.containsAll(sent)) {
      return advise(CareAdvice.of(recorded));
    }
    Set<RedFlag> all = EnumSet.noneOf(RedFlag.class);
    all.addAll(recorded);
    all.addAll(sent);
    return report(all, source);
  }

  /**
   * As {@link #retried}, for a post that may carry no sign at all (a session, a check-in): no
   * guidance when neither the first recording nor the retry had a sign.
   */
  @Transactional
  public Optional<Outcome> retriedCare(
      Set<RedFlag> recorded, Set<RedFlag> sent, SignSource source) {
    return recorded.isEmpty() && sent.isEmpty()
        ? Optional.empty()
        : Optional.of(retried(recorded, sent, source));
  }

  /**
   * Refuses loaded exercise while the signed-in member is held for care anywhere (a programme
   * paused for a warning sign, or left while paused): the care card told them to wait for a
   * professional's check, and a goblet squat from the toolbox is no gentler than the programme.
   *
   * @throws org.backcare.platform.domain.DomainException CONFLICT {@code clearance-needed}
   */
  @Transactional
  public void refuseLoadingWhileHeld() {
    Optional<Long> member = currentMember.get().map(SignedInMember::memberId);
    if (member.isEmpty()) {
      return;
    }
    for (CareHold hold : holds) {
      if (hold.holds(member.get())) {
        throw org.backcare.platform.domain.DomainException.conflict(
            "clearance-needed", "clearance-needed");
      }
    }
  }

  /**
   * Signs the signed-in member reported with the app's own id (kept in the safety records), as
   * plain values for a summary: when, from where, which signs. Reports sent without an id are kept
   * only where they paused an activity (a programme's pause for care), which its feature reads.
   */
  public record KeptReport(Instant at, SignSource source, Set<RedFlag> signs) {}

  /** The signed-in member's {@link KeptReport}s since {@code since}, oldest first. */
  @Transactional
  public List<KeptReport> keptReportsSince(Instant since) {
    return records.reportsSince(currentMember.requireMemberId(), since).stream()
        .map(r -> new KeptReport(r.reportedAt(), r.source(), r.signs()))
        .toList();
  }

  /** The answer for signs already reported (a retried post), without reporting them again. */
  public Outcome advise(CareAdvice advice) {
    return new Outcome(advice, careRoute(), List.of());
  }

  private Optional<CareRoute> careRoute() {
    return currentTenant.tenant().flatMap(t -> t.careRoute());
  }
}
