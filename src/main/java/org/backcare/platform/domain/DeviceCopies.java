package org.backcare.platform.domain;

import java.util.List;

/**
 * What a feature keeps on a member's device so it works offline: the pages to keep a copy of and
 * the files they need (drawings), as paths relative to backcare's root ({@code toolbox/mine.xhtml},
 * {@code resources/exercises/cat-cow.svg}). Each feature that has something to do offline
 * implements it for the signed-in member and leaves itself out when the employer has switched it
 * off; the app's offline kit asks every implementation, so the list of what works offline lives
 * with each feature, not in one place that has to know them all.
 */
public interface DeviceCopies {

  /** The pages to keep for the signed-in member, in the order they are worth keeping. */
  List<String> pages();

  /** The files those pages need; none by default. */
  default List<String> files() {
    return List.of();
  }
}
