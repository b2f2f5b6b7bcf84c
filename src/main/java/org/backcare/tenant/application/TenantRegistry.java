package org.backcare.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.backcare.tenant.config.TenantFilesConfigSource;
import org.backcare.tenant.domain.ConfiguredValue;
import org.backcare.tenant.domain.Tenant;
import org.backcare.tenant.domain.TenantId;
import org.backcare.tenant.domain.TenantProblem;
import org.backcare.tenant.domain.TenantReading;
import org.backcare.tenant.domain.TenantSettings;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * Every employer the configuration defines, serving or disabled, kept in memory and read again from
 * MicroProfile Config every few seconds, so a new or changed tenant file takes effect without a
 * restart. A tenant with a bad value is disabled alone; the change is logged once, naming the file,
 * the key and the reason.
 */
@ApplicationScoped
public class TenantRegistry {

  private static final Logger LOG = Logger.getLogger(TenantRegistry.class.getName());

  private volatile Snapshot snapshot;

  /** The tenant {@code id}, if it exists and is serving. */
  public Optional<Tenant> serving(TenantId id) {
    return Optional.ofNullable(current().readings.get(id))
        .filter(TenantReading.Serving.class::isInstance)
        .map(r -> ((TenantReading.Serving) r).tenant());
  }

  /** The tenant whose portal signs launch tokens with {@code issuer}, if it is serving. */
  public Optional<Tenant> byIssuer(String issuer) {
    return serving().stream().filter(t -> t.issuer().equals(issuer)).findFirst();
  }

  /** Whether {@code issuer} belongs to a tenant that is configured but disabled. */
  public boolean isDisabledIssuer(String issuer) {
    return current().readings.values().stream()
        .filter(TenantReading.Disabled.class::isInstance)
        .map(TenantReading.Disabled.class::cast)
        .anyMatch(d -> d.issuer().filter(issuer::equals).isPresent());
  }

  /** Every serving tenant, in id order. */
  public List<Tenant> serving() {
    return current().readings.values().stream()
        .filter(TenantReading.Serving.class::isInstance)
        .map(r -> ((TenantReading.Serving) r).tenant())
        .toList();
  }

  /** Every disabled tenant with its problems, in id order; bad file names under their file name. */
  public Map<String, List<TenantProblem>> disabled() {
    Map<String, List<TenantProblem>> disabled = new LinkedHashMap<>();
    Snapshot now = current();
    now.readings.values().stream()
        .filter(TenantReading.Disabled.class::isInstance)
        .map(TenantReading.Disabled.class::cast)
        .forEach(d -> disabled.put(d.id().value(), d.problems()));
    now.badFiles.forEach(f -> disabled.put(f.source(), List.of(f)));
    return disabled;
  }

  private Snapshot current() {
    Snapshot seen = snapshot;
    long now = System.nanoTime();
    if (seen != null && now - seen.readAt < seen.refreshNanos) {
      return seen;
    }
    synchronized (this) {
      seen = snapshot;
      if (seen != null && now - seen.readAt < seen.refreshNanos) {
        return seen;
      }
      Snapshot next = read(ConfigProvider.getConfig(TenantRegistry.class.getClassLoader()), now);
      logChanges(seen, next);
      snapshot = next;
      return next;
    }
  }

  private static Snapshot read(Config config, long now) {
    Path dir =
        Path.of(
            config
                .getOptionalValue(TenantFilesConfigSource.TENANTS_DIR, String.class)
                .orElse("config/tenants"));
    Map<TenantId, TenantReading> readings = new LinkedHashMap<>();
    for (String id : list(config, TenantFilesConfigSource.TENANT_IDS)) {
      TenantId tenantId = new TenantId(id);
      String file = dir.resolve(id + ".properties").toString();
      readings.put(tenantId, readOne(config, tenantId, file));
    }
    List<TenantProblem> badFiles = new ArrayList<>();
    for (String name : list(config, TenantFilesConfigSource.INVALID_FILES)) {
      badFiles.add(
          new TenantProblem(
              dir.resolve(name).toString(),
              "(file name)",
              "a tenant file is named <id>.properties, where the id is lower-case letters, digits"
                  + " and hyphens"));
    }
    double seconds =
        config.getOptionalValue("backcare.tenants.refresh-seconds", Double.class).orElse(2.0);
    return new Snapshot(readings, badFiles, now, (long) (seconds * 1_000_000_000L));
  }

  private static TenantReading readOne(Config config, TenantId id, String file) {
    String prefix = TenantFilesConfigSource.PREFIX + id.value() + ".";
    Optional<String> unreadable =
        config.getOptionalValue(prefix + TenantFilesConfigSource.UNREADABLE, String.class);
    if (unreadable.isPresent()) {
      return new TenantReading.Disabled(
          id, Optional.empty(), List.of(new TenantProblem(file, "(whole file)", unreadable.get())));
    }
    return TenantSettings.read(
        id,
        key -> {
          ConfigValue value = config.getConfigValue(prefix + key);
          if (value == null || value.getValue() == null) {
            return Optional.empty();
          }
          String source =
              TenantFilesConfigSource.NAME.equals(value.getSourceName())
                  ? file
                  : value.getSourceName() + " (" + value.getName() + ")";
          return Optional.of(new ConfiguredValue(value.getValue(), source));
        },
        file,
        list(config, prefix + TenantFilesConfigSource.KEYS));
  }

  private static List<String> list(Config config, String key) {
    return config.getOptionalValue(key, String.class).stream()
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .toList();
  }

  private static void logChanges(Snapshot before, Snapshot after) {
    Map<TenantId, TenantReading> old = before == null ? Map.of() : before.readings;
    after.readings.forEach(
        (id, reading) -> {
          TenantReading previous = old.get(id);
          if (Objects.equals(previous, reading)) {
            return;
          }
          if (reading instanceof TenantReading.Disabled disabled) {
            disabled.problems().forEach(p -> LOG.severe("Tenant " + id + " is disabled: " + p));
          } else if (previous instanceof TenantReading.Disabled) {
            LOG.info("Tenant " + id + " is serving again");
          } else {
            LOG.info("Tenant " + id + (previous == null ? " is serving" : " was reconfigured"));
          }
        });
    old.keySet().stream()
        .filter(id -> !after.readings.containsKey(id))
        .forEach(id -> LOG.info("Tenant " + id + " was removed"));
    Collection<TenantProblem> oldBad = before == null ? List.of() : before.badFiles;
    after.badFiles.stream()
        .filter(p -> !oldBad.contains(p))
        .forEach(p -> LOG.severe("Tenant file ignored: " + p));
  }

  private record Snapshot(
      Map<TenantId, TenantReading> readings,
      List<TenantProblem> badFiles,
      long readAt,
      long refreshNanos) {}
}
