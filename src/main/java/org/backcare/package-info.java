/**
 * backcare: a back-health module that employers switch on inside their employee wellness portal.
 *
 * <p>Packages are features ({@code tenant}, {@code identity}, {@code content}, {@code tips}, {@code
 * toolbox}, {@code program}, {@code safety}, {@code privacy}) plus {@code platform}, the
 * cross-cutting plumbing. Inside a feature, {@code domain} is plain Java, {@code application} holds
 * CDI services and transactions, {@code rest} and {@code web} are thin edges over the same
 * services.
 */
package org.backcare;
