package org.backcare.home.domain;

import java.util.Set;

/**
 * A place the navigation leads to.
 *
 * @param key what the destination is called in tests and in its message keys
 * @param outcome the Faces view it opens
 * @param icon the id of its symbol in the icon set
 * @param labelKey the message key of its label
 * @param sections the parts of the site ({@link Navigation#section}) it stands for, so the
 *     navigation can show where the member is on any page under it
 */
public record Destination(
    String key, String outcome, String icon, String labelKey, Set<String> sections) {

  public Destination {
    sections = Set.copyOf(sections);
  }
}
