package org.backcare.testing;

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
import org.backcare.identity.application.CurrentMember;
import org.backcare.identity.application.MemberDirectory;
import org.backcare.identity.domain.Role;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.ConfiguredValue;
import org.backcare.tenant.domain.Tenant;
import org.backcare.tenant.domain.TenantId;
import org.backcare.tenant.domain.TenantReading;
import org.backcare.tenant.domain.TenantSettings;

/**
 * What the service tests wire the use cases with, as CDI would: a demo-like employer, a signed-in
 * member, a clock the test moves, and the one bean an {@link Instance} would find. No server.
 */
public final class ServiceFixtures {

  /** The employer's care route. */
  public static final String CARE_URL = "https://care.example.test/physio";

  private ServiceFixtures() {}

  /**
   * A directory that only notes whom it locked: the use cases lock a member before they look. The
   * member is {@code current}'s, always known already (as on a page); finding and holding an API
   * caller in one statement is the database's to show (ToolboxIT).
   */
  public static final class LockingMembers extends MemberDirectory {
    public final List<Long> locked = new ArrayList<>();
    private final CurrentMember current;

    public LockingMembers(CurrentMember current) {
      this.current = current;
    }

    @Override
    public long holdCurrent() {
      long id = current.requireMemberId();
      lock(id);
      return id;
    }

    @Override
    public void lock(long id) {
      locked.add(id);
    }
  }

  /** A clock standing still at {@code start} until the test moves it. */
  public static final class MovableClock extends Clock {
    private Instant now;

    public MovableClock(Instant start) {
      this.now = start;
    }

    public void pass(Duration time) {
      now = now.plus(time);
    }

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
  }

  /** The current tenant of a request for the example employer. */
  public static CurrentTenant exampleTenant() {
    Tenant tenant = tenant();
    CurrentTenant currentTenant =
        new CurrentTenant() {
          @Override
          public Optional<Tenant> tenant() {
            return Optional.of(tenant);
          }
        };
    currentTenant.use(tenant.id());
    return currentTenant;
  }

  /** Member {@code memberId} of the example employer, signed in. */
  public static CurrentMember signedIn(long memberId) {
    CurrentMember member = new CurrentMember();
    member.use(
        new SignedInMember("demo", memberId, false, Set.of(Role.MEMBER), "employee-" + memberId));
    return member;
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

  /** The {@link Instance} of the beans CDI would find for {@code T}: {@code beans}, maybe none. */
  @SafeVarargs
  public static <T> Instance<T> only(T... beans) {
    return new Only<>(List.of(beans));
  }

  private static final class Only<T> implements Instance<T> {
    private final List<T> beans;

    Only(List<T> beans) {
      this.beans = beans;
    }

    @Override
    public Iterator<T> iterator() {
      return beans.iterator();
    }

    @Override
    public T get() {
      return beans.get(0);
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
      return beans.isEmpty();
    }

    @Override
    public boolean isAmbiguous() {
      return beans.size() > 1;
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
