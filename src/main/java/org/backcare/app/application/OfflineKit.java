package org.backcare.app.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.backcare.identity.application.CurrentMember;
import org.backcare.platform.domain.DeviceCopies;

/**
 * What the signed-in member's device keeps for offline use: the home page (as the installed app
 * opens it and as the menu links it), the page that says a page was not kept, what every feature
 * lists ({@link DeviceCopies}), and the files every page needs. Asked by the page script when it
 * refreshes the device's copies (every half hour online), never on a page render, so pages pay
 * nothing for it.
 */
@ApplicationScoped
public class OfflineKit {

  /** The pages and scripts every kept page needs, whatever the employer switched on. */
  static final List<String> ALWAYS_PAGES = List.of("", "index.xhtml", "offline.xhtml");

  static final List<String> ALWAYS_FILES =
      List.of(
          "resources/css/backcare.css",
          "resources/js/app.js",
          "resources/js/player.js",
          "brand.css");

  /**
   * The kit: paths relative to backcare's root, each once.
   *
   * @param pages the pages to keep a copy of
   * @param files the files they need
   */
  public record Kit(List<String> pages, List<String> files) {}

  @Inject CurrentMember currentMember;
  @Inject @Any Instance<DeviceCopies> features;

  /** The signed-in member's kit. */
  @Transactional
  public Kit kit() {
    currentMember.requireMemberId();
    Set<String> pages = new LinkedHashSet<>(ALWAYS_PAGES);
    Set<String> files = new LinkedHashSet<>(ALWAYS_FILES);
    for (DeviceCopies feature : features) {
      pages.addAll(feature.pages());
      files.addAll(feature.files());
    }
    return new Kit(new ArrayList<>(pages), new ArrayList<>(files));
  }
}
