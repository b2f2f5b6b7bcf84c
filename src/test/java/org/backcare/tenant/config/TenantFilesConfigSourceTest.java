package org.backcare.tenant.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantFilesConfigSourceTest {

  @TempDir Path dir;

  private void write(String file, String content, int secondsAgo) throws IOException {
    Path path = dir.resolve(file);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(path, FileTime.from(Instant.now().minusSeconds(secondsAgo)));
  }

  @Test
  void servesEachFileUnderItsTenantPrefix() throws IOException {
    write("acme.properties", "name=Acme\nbrand.primary=#2e7d32\n", 10);
    write("globex.properties", "name=Globex Corporación\n", 10);
    TenantFilesConfigSource source = new TenantFilesConfigSource(dir, 0);
    assertEquals(
        "Acme",
        source.getValue("backcare.tenant.acme.name"),
        "each key of acme.properties is served as backcare.tenant.acme.<key>");
    assertEquals(
        "#2e7d32",
        source.getValue("backcare.tenant.acme.brand.primary"),
        "dotted keys are served under the tenant prefix too");
    assertEquals("Globex Corporación", source.getValue("backcare.tenant.globex.name"), "UTF-8");
    assertEquals(
        "acme,globex",
        source.getValue(TenantFilesConfigSource.TENANT_IDS),
        "every file in the folder is a tenant");
    assertEquals(
        dir.toAbsolutePath().toString(),
        source.getValue(TenantFilesConfigSource.TENANTS_DIR),
        "the folder is published absolute, so problems name the full file path");
    assertTrue(source.getOrdinal() < 300, "environment variables (300) must override files");
  }

  @Test
  void newChangedAndRemovedFilesAreSeenWithoutRestart() throws IOException {
    write("acme.properties", "name=Acme\n", 10);
    TenantFilesConfigSource source = new TenantFilesConfigSource(dir, 0);
    assertEquals("Acme", source.getValue("backcare.tenant.acme.name"), "the file's name is served");

    write("acme.properties", "name=Acme Renamed\n", 0);
    write("initech.properties", "name=Initech\n", 0);
    assertEquals(
        "Acme Renamed",
        source.getValue("backcare.tenant.acme.name"),
        "a changed file is seen without a restart");
    assertEquals(
        "Initech",
        source.getValue("backcare.tenant.initech.name"),
        "a new file serves without a restart");

    Files.delete(dir.resolve("initech.properties"));
    assertNull(
        source.getValue("backcare.tenant.initech.name"),
        "a removed file's values are no longer served");
    assertEquals(
        "acme",
        source.getValue(TenantFilesConfigSource.TENANT_IDS),
        "a removed file's tenant is no longer listed");
  }

  @Test
  void withinTheRefreshIntervalTheFolderIsNotReadAgain() throws IOException {
    write("acme.properties", "name=Acme\n", 10);
    TenantFilesConfigSource source = new TenantFilesConfigSource(dir, 3600);
    assertEquals("Acme", source.getValue("backcare.tenant.acme.name"), "the file's name is served");
    write("acme.properties", "name=Changed\n", 0);
    assertEquals(
        "Acme",
        source.getValue("backcare.tenant.acme.name"),
        "within the refresh interval the folder is not read again: the old name stays");
  }

  @Test
  void badFileNamesAndUnreadableFilesAreReportedNotServed() throws IOException {
    write("Acme Corp.properties", "name=Acme\n", 10);
    write("broken.properties", "name=\\uZZZZ\n", 10);
    TenantFilesConfigSource source = new TenantFilesConfigSource(dir, 0);
    assertEquals(
        "Acme Corp.properties",
        source.getValue(TenantFilesConfigSource.INVALID_FILES),
        "a file name that is not a tenant id is reported for the operator to rename");
    assertEquals(
        "broken",
        source.getValue(TenantFilesConfigSource.TENANT_IDS),
        "a badly named file is not served; an unreadable one is listed, to be disabled");
    assertTrue(
        source
            .getValue("backcare.tenant.broken." + TenantFilesConfigSource.UNREADABLE)
            .startsWith("cannot be read"),
        "an unreadable file is reported with why it cannot be read");
  }

  @Test
  void missingFolderMeansNoTenants() {
    TenantFilesConfigSource source = new TenantFilesConfigSource(dir.resolve("absent"), 0);
    assertEquals(
        "",
        source.getValue(TenantFilesConfigSource.TENANT_IDS),
        "a missing tenants folder means no tenants, not a failure");
  }
}
