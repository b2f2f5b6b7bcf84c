package org.backcare.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every integration test deploys: the WAR Maven built in the {@code package} phase,
 * imported as it is, so tests exercise exactly what ships and nothing is packed twice. Tests that
 * need an extra class (a failing resource, say) add it to their own copy.
 */
public final class Deployments {

  private Deployments() {}

  /** A fresh copy of {@code target/backcare.war}, deployed at {@code /backcare}. */
  public static WebArchive backcare() {
    File war = new File(System.getProperty("backcare.war", "target/backcare.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(
          war + " is missing: run the integration tests through 'mvn verify', which packages it");
    }
    return ShrinkWrap.create(ZipImporter.class, "backcare.war")
        .importFrom(war)
        .as(WebArchive.class);
  }
}
