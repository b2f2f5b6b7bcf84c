package org.backcare.home.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.backcare.tenant.domain.Module;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NavigationTest {

  private static final Set<Module> ALL = EnumSet.allOf(Module.class);

  private static List<String> keys(List<Destination> destinations) {
    return destinations.stream().map(Destination::key).toList();
  }

  private static List<String> everything(Navigation.Menu menu) {
    return Stream.concat(menu.main().stream(), menu.more().stream()).map(Destination::key).toList();
  }

  @Test
  void aMemberHasTheirOwnToolboxAndProgrammeInTheBarAndTheRestUnderMore() {
    Navigation.Menu menu = Navigation.forCaller(true, false, ALL);
    assertEquals(
        List.of("home", "tips", "my-toolbox", "my-programme"),
        keys(menu.main()),
        "a member's bar: home, tips, their own toolbox and programme");
    assertEquals(
        List.of("stiff-now", "catalogue", "programmes", "break", "selfcheck", "mydata"),
        keys(menu.more()),
        "everything else a member can reach is under More");
    assertFalse(everything(menu).contains("reports"), "a member who is not an admin");
  }

  @Test
  void aBenefitsAdminWhoIsNotAMemberSeesTheReportAndNothingPersonal() {
    Navigation.Menu menu = Navigation.forCaller(false, true, ALL);
    assertEquals(
        "reports",
        menu.main().get(1).key(),
        "an admin who is not a member finds the report right after home");
    for (String personal : List.of("my-toolbox", "my-programme", "stiff-now", "mydata")) {
      assertFalse(everything(menu).contains(personal), personal);
    }
  }

  @Test
  void aMemberWhoIsAlsoAnAdminFindsTheReportToo() {
    assertTrue(
        everything(Navigation.forCaller(true, true, ALL)).contains("reports"),
        "a member who is also a benefits admin can reach the report");
  }

  @Test
  void aModuleTheEmployerSwitchedOffLeavesNoGapAndNoMoreMenuWhenAllFit() {
    Navigation.Menu tipsOnly = Navigation.forCaller(true, false, EnumSet.of(Module.TIPS));
    assertEquals(
        List.of("home", "tips", "break", "selfcheck", "mydata"),
        keys(tipsOnly.main()),
        "with only tips switched on, the member's destinations all fit the bar");
    assertTrue(tipsOnly.more().isEmpty(), "five fit the bar, so no More");
    Navigation.Menu visitor = Navigation.forCaller(false, false, EnumSet.of(Module.PROGRAMS));
    assertEquals(
        List.of("home", "programmes", "selfcheck"),
        keys(visitor.main()),
        "a visitor with only programmes sees home, programmes and the self-check");
  }

  @Test
  void theBarNeverHoldsMoreThanFiveWithMore() {
    for (boolean member : new boolean[] {true, false}) {
      for (boolean admin : new boolean[] {true, false}) {
        Navigation.Menu menu = Navigation.forCaller(member, admin, ALL);
        int places = menu.main().size() + (menu.more().isEmpty() ? 0 : 1);
        assertTrue(places <= Navigation.MAIN + 1, member + "/" + admin + ": " + places);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "/index.xhtml, home",
    "/offline.xhtml, home",
    "/tips/tip.xhtml, tips",
    "/tips/self-check.xhtml, selfcheck",
    "/toolbox/try.xhtml, my-toolbox",
    "/toolbox/exercise.xhtml, catalogue",
    "/programs/session.xhtml, my-programme",
    "/programs/summary.xhtml, my-programme",
    "/programs/program.xhtml, programmes",
    "/privacy/deleted.xhtml, mydata",
    "/reports/index.xhtml, reports"
  })
  void aPageDeepUnderADestinationShowsThatDestination(String view, String key) {
    assertEquals(key, Navigation.section(view), () -> view + " is shown under " + key);
  }

  @Test
  void exactlyOneDestinationIsCurrentOnEveryPage() {
    Navigation.Menu menu = Navigation.forCaller(true, true, ALL);
    assertEquals(
        "my-toolbox",
        menu.current(Navigation.section("/toolbox/try.xhtml")).get().key(),
        "the try page marks the member's own toolbox as current");
    assertEquals(
        "catalogue",
        menu.current(Navigation.section("/toolbox/index.xhtml")).get().key(),
        "the catalogue page marks the catalogue as current");
    assertTrue(
        menu.current(Navigation.section("/unknown.xhtml")).isEmpty(),
        "a page under no destination marks none as current");
  }
}
