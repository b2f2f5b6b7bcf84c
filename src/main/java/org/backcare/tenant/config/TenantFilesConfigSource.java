package org.backcare.tenant.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Serves {@code <config dir>/tenants/<id>.properties} to MicroProfile Config as {@code
 * backcare.tenant.<id>.<key>}, plus {@code backcare.tenants}, the ids found.
 *
 * <p>Adding an employer is adding a file, and a changed file must take effect without a restart, so
 * the folder is looked at again whenever the last look is older than the refresh interval; only a
 * folder whose listing, sizes or modification times changed is read again. The ordinal (150) sits
 * below environment variables (300), so Kubernetes can override any key, e.g. {@code
 * BACKCARE_TENANT_ACME_CARE_URL}.
 *
 * <p>The folder is {@code BACKCARE_CONFIG_DIR} if set, else the system property {@code
 * backcare.config.dir}, else {@code config} in the working directory.
 */
public class TenantFilesConfigSource implements ConfigSource {

  /** Prefix of every tenant key. */
  public static final String PREFIX = "backcare.tenant.";

  /** Comma-separated ids of the tenant files found. */
  public static final String TENANT_IDS = "backcare.tenants";

  /** The tenants folder, as an absolute path. */
  public static final String TENANTS_DIR = "backcare.tenants.dir";

  /** File names that cannot be tenant ids, comma-separated. */
  public static final String INVALID_FILES = "backcare.tenants.invalid-files";

  /** Suffix of a key listing every key in a tenant's file, comma-separated, for open-ended keys. */
  public static final String KEYS = "_keys";

  /** Suffix of a key that holds why a tenant's file could not be read at all. */
  public static final String UNREADABLE = "_unreadable";

  /** The source name MicroProfile Config reports for values from tenant files. */
  public static final String NAME = "backcare tenant files";

  private static final Logger LOG = Logger.getLogger(TenantFilesConfigSource.class.getName());

  private final Path tenantsDir;
  private final long refreshNanos;
  private volatile Snapshot snapshot = Snapshot.EMPTY;

  public TenantFilesConfigSource() {
    this(configDir().resolve("tenants"), refreshSeconds());
  }

  TenantFilesConfigSource(Path tenantsDir, double refreshSeconds) {
    this.tenantsDir = tenantsDir.toAbsolutePath().normalize();
    this.refreshNanos = (long) (refreshSeconds * 1_000_000_000L);
  }

  private static Path configDir() {
    String env = System.getenv("BACKCARE_CONFIG_DIR");
    if (env != null && !env.isBlank()) {
      return Paths.get(env);
    }
    return Paths.get(System.getProperty("backcare.config.dir", "config"));
  }

  private static double refreshSeconds() {
    try {
      return Double.parseDouble(System.getProperty("backcare.tenants.refresh-seconds", "2"));
    } catch (NumberFormatException e) {
      return 2;
    }
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public int getOrdinal() {
    return 150;
  }

  @Override
  public Set<String> getPropertyNames() {
    return current().values.keySet();
  }

  @Override
  public Map<String, String> getProperties() {
    return current().values;
  }

  @Override
  public String getValue(String propertyName) {
    return current().values.get(propertyName);
  }

  /** The file a tenant's keys come from, for messages that tell an operator what to fix. */
  public Path fileOf(String tenantId) {
    return tenantsDir.resolve(tenantId + ".properties");
  }

  private Snapshot current() {
    Snapshot seen = snapshot;
    long now = System.nanoTime();
    if (seen != Snapshot.EMPTY && now - seen.checkedAt < refreshNanos) {
      return seen;
    }
    synchronized (this) {
      seen = snapshot;
      if (seen != Snapshot.EMPTY && now - seen.checkedAt < refreshNanos) {
        return seen;
      }
      Map<Path, String> fingerprint = fingerprint();
      Snapshot next =
          seen != Snapshot.EMPTY && fingerprint.equals(seen.fingerprint)
              ? new Snapshot(seen.values, fingerprint, now)
              : new Snapshot(load(fingerprint.keySet()), fingerprint, now);
      snapshot = next;
      return next;
    }
  }

  private Map<Path, String> fingerprint() {
    Map<Path, String> prints = new TreeMap<>();
    if (!Files.isDirectory(tenantsDir)) {
      return prints;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(tenantsDir, "*.properties")) {
      for (Path file : files) {
        prints.put(file, Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis());
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot list tenant files in " + tenantsDir, e);
    }
    return prints;
  }

  private Map<String, String> load(Set<Path> files) {
    Map<String, String> values = new TreeMap<>();
    StringBuilder ids = new StringBuilder();
    StringBuilder invalid = new StringBuilder();
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      String id = fileName.substring(0, fileName.length() - ".properties".length());
      if (!id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
        invalid.append(invalid.length() == 0 ? "" : ",").append(fileName);
        continue;
      }
      ids.append(ids.length() == 0 ? "" : ",").append(id);
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
        properties.forEach((k, v) -> values.put(PREFIX + id + "." + k, String.valueOf(v)));
        values.put(
            PREFIX + id + "." + KEYS,
            String.join(",", new java.util.TreeSet<>(properties.stringPropertyNames())));
      } catch (IOException | IllegalArgumentException e) {
        values.put(PREFIX + id + "." + UNREADABLE, "cannot be read: " + e.getMessage());
      }
    }
    values.put(TENANT_IDS, ids.toString());
    values.put(TENANTS_DIR, tenantsDir.toString());
    if (invalid.length() > 0) {
      values.put(INVALID_FILES, invalid.toString());
    }
    return Collections.unmodifiableMap(values);
  }

  private record Snapshot(
      Map<String, String> values, Map<Path, String> fingerprint, long checkedAt) {
    static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), 0);
  }
}
