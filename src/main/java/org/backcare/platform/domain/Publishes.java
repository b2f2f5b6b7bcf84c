package org.backcare.platform.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The few types a feature offers the other features besides its application services: the
 * vocabulary they share (value types such as safety's {@code RedFlag} or tenant's {@code TenantId})
 * and the odd edge type that another feature's pages or API reuse (safety's {@code SignsForm} and
 * {@code CareView}). It goes on the feature's root package, in {@code package-info.java}, whose
 * Javadoc says why each type is there; a feature without it publishes nothing.
 *
 * <p>Written down so that it can be checked: {@code FeatureBoundariesTest} fails when a feature
 * uses a type of another that is neither in that feature's {@code application} package nor listed
 * here. Entities, repository ports and another feature's resources or pages are never published; a
 * feature that needs what they hold asks the owner's application service.
 */
@Documented
@Target(ElementType.PACKAGE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Publishes {

  /** The published types, each a top-level type of the annotated feature. */
  Class<?>[] value();
}
