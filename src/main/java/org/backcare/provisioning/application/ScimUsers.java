package org.backcare.provisioning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.backcare.privacy.application.AuditLog;
import org.backcare.privacy.domain.AuditAction;
import org.backcare.provisioning.domain.ProvisionedSubject;
import org.backcare.provisioning.domain.ProvisionedUser;
import org.backcare.provisioning.domain.ProvisionedUser.Source;
import org.backcare.provisioning.domain.ProvisionedUser.Transition;
import org.backcare.provisioning.domain.ProvisionedUsers;
import org.backcare.provisioning.domain.ScimException;
import org.backcare.provisioning.domain.ScimFilter;
import org.backcare.provisioning.domain.ScimPaging;
import org.backcare.provisioning.domain.ScimPatch;
import org.backcare.provisioning.domain.ScimUserInput;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Tenant;

/**
 * The SCIM {@code Users} of one employer, as its directory (Entra ID, Okta) creates, reads,
 * replaces, patches and deletes them. Each change is one transaction: the record, its audit line
 * and what a leaver's deprovisioning entails ({@link Leavers}) commit together, or the directory is
 * told it failed and nothing changed.
 *
 * <p>What the directory sends as {@code userName} and {@code externalId} is stored in the form the
 * member's sign-in stores ({@link ProvisionedSubject}), and that stored form is what SCIM answers
 * with: backcare cannot give back a value it chose not to keep.
 */
@ApplicationScoped
public class ScimUsers {

  /** The audit actor for changes the employer's directory makes over SCIM. */
  static final String ACTOR = "directory:scim";

  @Inject ProvisionedUsers users;
  @Inject Leavers leavers;
  @Inject AuditLog audit;
  @Inject CurrentTenant currentTenant;

  @Inject Clock clock;

  /** Provisions a user; a user the directory deleted within the grace period comes back as is. */
  @Transactional
  public ProvisionedUser create(Tenant tenant, ScimUserInput input) {
    currentTenant.use(tenant.id());
    Instant now = clock.instant();
    String subject = stored(tenant, input.userName());
    Optional<String> externalId = input.externalId().map(e -> stored(tenant, e));
    Optional<ProvisionedUser> existing = users.bySubject(tenant.id(), subject);
    if (existing.isPresent() && !existing.get().removed()) {
      throw ScimException.uniqueness("a user with this userName exists already");
    }
    if (existing.isPresent()) {
      ProvisionedUser back = existing.get();
      back.rename(subject, externalId, now);
      back.provisionedBy(Source.SCIM);
      Transition transition = back.setActive(input.active(), now, grace(tenant));
      leavers.settle(back, transition, ACTOR);
      store(tenant, back);
      return back;
    }
    ProvisionedUser user = ProvisionedUser.provision(subject, externalId, Source.SCIM, now);
    try {
      users.insert(tenant.id(), user);
    } catch (ProvisionedUsers.AlreadyProvisioned raced) {
      throw ScimException.uniqueness("a user with this userName exists already");
    }
    audit.record(ACTOR, AuditAction.MEMBER_PROVISIONED, subject);
    if (!input.active()) {
      Transition transition = user.setActive(false, now, grace(tenant));
      leavers.settle(user, transition, ACTOR);
      store(tenant, user);
    }
    return user;
  }

  /** The user with SCIM id {@code id}. */
  @Transactional
  public ProvisionedUser get(Tenant tenant, String id) {
    return visible(tenant, id);
  }

  /** A page of users, those matching {@code filter} when given. */
  @Transactional
  public ProvisionedUsers.Page list(Tenant tenant, Optional<ScimFilter> filter, ScimPaging paging) {
    Optional<ProvisionedUsers.Match> match =
        filter.map(
            f ->
                new ProvisionedUsers.Match(
                    f.attribute().equals("userName"), storedOrNone(tenant, f.value())));
    if (match.isPresent() && match.get().value() == null) {
      return new ProvisionedUsers.Page(java.util.List.of(), 0);
    }
    return users.page(tenant.id(), match, paging.startIndex() - 1, paging.count());
  }

  /** Replaces the user's attributes with {@code input} (PUT). */
  @Transactional
  public ProvisionedUser replace(Tenant tenant, String id, ScimUserInput input) {
    currentTenant.use(tenant.id());
    ProvisionedUser user = visible(tenant, id);
    String subject = stored(tenant, input.userName());
    Optional<String> externalId = input.externalId().map(e -> stored(tenant, e));
    return change(tenant, user, subject, externalId, input.active());
  }

  /** Applies a SCIM PATCH request to the user. */
  @Transactional
  public ProvisionedUser patch(Tenant tenant, String id, JsonObject request) {
    currentTenant.use(tenant.id());
    ProvisionedUser user = visible(tenant, id);
    ScimUserInput current = new ScimUserInput(user.subject(), user.externalId(), user.active());
    ScimUserInput patched = ScimPatch.apply(request, current);
    String subject =
        patched.userName().equals(current.userName())
            ? user.subject()
            : stored(tenant, patched.userName());
    Optional<String> externalId =
        patched.externalId().equals(current.externalId())
            ? user.externalId()
            : patched.externalId().map(e -> stored(tenant, e));
    return change(tenant, user, subject, externalId, patched.active());
  }

  /**
   * Deletes the user: a leaver now, whose record the directory no longer sees; it lingers only
   * until their data is deleted after the grace period.
   */
  @Transactional
  public void delete(Tenant tenant, String id) {
    currentTenant.use(tenant.id());
    ProvisionedUser user = visible(tenant, id);
    Transition transition = user.remove(clock.instant(), grace(tenant));
    audit.record(ACTOR, AuditAction.MEMBER_REMOVED, user.subject());
    leavers.settle(user, transition, ACTOR);
    store(tenant, user);
  }

  private ProvisionedUser change(
      Tenant tenant,
      ProvisionedUser user,
      String subject,
      Optional<String> externalId,
      boolean active) {
    Instant now = clock.instant();
    if (!subject.equals(user.subject())
        && users
            .bySubject(tenant.id(), subject)
            .filter(o -> !o.id().equals(user.id()))
            .isPresent()) {
      throw ScimException.uniqueness("another user has this userName");
    }
    if (user.rename(subject, externalId, now)) {
      audit.record(ACTOR, AuditAction.MEMBER_UPDATED, subject);
    }
    Transition transition = user.setActive(active, now, grace(tenant));
    leavers.settle(user, transition, ACTOR);
    store(tenant, user);
    return users.byId(tenant.id(), user.id()).orElse(user);
  }

  /** Stores a changed record, or deletes one that is gone; a concurrent change is a conflict. */
  private void store(Tenant tenant, ProvisionedUser user) {
    if (user.gone()) {
      users.delete(tenant.id(), user.id());
      return;
    }
    boolean stored;
    try {
      stored = users.update(tenant.id(), user);
    } catch (ProvisionedUsers.AlreadyProvisioned raced) {
      throw ScimException.uniqueness("another user has this userName");
    }
    if (!stored) {
      throw new ScimException(409, null, "the user changed while this request ran: send it again");
    }
  }

  private ProvisionedUser visible(Tenant tenant, String id) {
    return users
        .byId(tenant.id(), id)
        .filter(u -> !u.removed())
        .orElseThrow(() -> ScimException.notFound("no user " + id));
  }

  private static String stored(Tenant tenant, String sent) {
    try {
      return ProvisionedSubject.stored(tenant, sent);
    } catch (IllegalArgumentException e) {
      throw ScimException.invalidValue(e.getMessage());
    }
  }

  /** The stored form of a filter's value, or {@code null} when no record could have it. */
  private static String storedOrNone(Tenant tenant, String sent) {
    try {
      return ProvisionedSubject.stored(tenant, sent);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static int grace(Tenant tenant) {
    return tenant.provisioning().graceDays();
  }
}
