package org.backcare.app.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.backcare.identity.application.CurrentMember;
import org.backcare.identity.domain.Role;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.platform.domain.DeviceCopies;
import org.backcare.platform.domain.DomainException;
import org.backcare.testing.ServiceFixtures;
import org.junit.jupiter.api.Test;

/** The offline kit: what every feature keeps, each once, for a signed-in member only. */
class OfflineKitTest {

  private static DeviceCopies feature(List<String> pages, List<String> files) {
    return new DeviceCopies() {
      @Override
      public List<String> pages() {
        return pages;
      }

      @Override
      public List<String> files() {
        return files;
      }
    };
  }

  private static OfflineKit kit(SignedInMember member, DeviceCopies... features) {
    OfflineKit kit = new OfflineKit();
    kit.currentMember = new CurrentMember();
    if (member != null) {
      kit.currentMember.use(member);
    }
    kit.features = ServiceFixtures.only(features);
    return kit;
  }

  @Test
  void joinsWhatEveryFeatureKeepsAfterWhatEveryPageNeedsEachOnce() {
    OfflineKit.Kit kit =
        kit(
                new SignedInMember("acme", 7L, false, Set.of(Role.MEMBER), "s"),
                feature(
                    List.of("toolbox/mine.xhtml", "toolbox/try.xhtml?id=cat-cow"),
                    List.of("resources/exercises/cat-cow.svg")),
                feature(
                    List.of("programs/session.xhtml", "toolbox/try.xhtml?id=cat-cow"),
                    List.of("resources/exercises/cat-cow.svg", "resources/exercises/dead-bug.svg")))
            .kit();
    assertEquals(
        List.of(
            "",
            "index.xhtml",
            "offline.xhtml",
            "toolbox/mine.xhtml",
            "toolbox/try.xhtml?id=cat-cow",
            "programs/session.xhtml"),
        kit.pages());
    assertEquals(
        List.of(
            "resources/css/backcare.css",
            "resources/js/app.js",
            "resources/js/player.js",
            "brand.css",
            "resources/exercises/cat-cow.svg",
            "resources/exercises/dead-bug.svg"),
        kit.files());
  }

  @Test
  void isOnlyForAMemberNotAnAdminOnlyCaller() {
    OfflineKit admin =
        kit(new SignedInMember("acme", null, false, Set.of(Role.BENEFITS_ADMIN), "a"));
    DomainException refused = assertThrows(DomainException.class, admin::kit);
    assertEquals("members-only", refused.slug());
  }
}
