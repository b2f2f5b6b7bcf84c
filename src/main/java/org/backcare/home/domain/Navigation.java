package org.backcare.home.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backcare.tenant.domain.Module;

/**
 * What the navigation offers to whom. A phone has room for four destinations and a "More" menu, so
 * each kind of caller gets the four they use most: a member their own toolbox and programme, a
 * visitor the catalogues, a benefits admin (who is not a member) the report and nothing personal.
 * Destinations of a module the employer has switched off are left out, not greyed out.
 */
public final class Navigation {

  /** How many destinations the main bar holds before the rest go into "More". */
  public static final int MAIN = 4;

  private Navigation() {}

  /** The main bar and the "More" menu. */
  public record Menu(List<Destination> main, List<Destination> more) {

    public Menu {
      main = List.copyOf(main);
      more = List.copyOf(more);
    }

    /** The destination that stands for {@code section}, main bar first. */
    public Optional<Destination> current(String section) {
      return java.util.stream.Stream.concat(main.stream(), more.stream())
          .filter(d -> d.sections().contains(section))
          .findFirst();
    }
  }

  private static final Destination HOME =
      new Destination("home", "/index", "home", "nav.home", Set.of("home"));
  private static final Destination TIPS =
      new Destination("tips", "/tips/index", "tips", "nav.tips", Set.of("tips"));
  private static final Destination BREAKS =
      new Destination("break", "/tips/break-timer", "timer", "nav.break", Set.of("break"));
  private static final Destination SELF_CHECK =
      new Destination(
          "selfcheck", "/tips/self-check", "help", "nav.selfcheck", Set.of("selfcheck"));
  private static final Destination CATALOGUE =
      new Destination("catalogue", "/toolbox/index", "toolbox", "nav.toolbox", Set.of("catalogue"));
  private static final Destination MY_TOOLBOX =
      new Destination(
          "my-toolbox", "/toolbox/mine", "toolbox", "nav.mytoolbox", Set.of("my-toolbox"));
  private static final Destination STIFF_NOW =
      new Destination(
          "stiff-now", "/toolbox/stiff-now", "bolt", "stiff.title", Set.of("stiff-now"));
  private static final Destination PROGRAMMES =
      new Destination(
          "programmes", "/programs/index", "steps", "nav.programs", Set.of("programmes"));
  private static final Destination MY_PROGRAMME =
      new Destination(
          "my-programme", "/programs/progress", "steps", "nav.myprogramme", Set.of("my-programme"));
  private static final Destination MY_DATA =
      new Destination("mydata", "/privacy/index", "shield", "nav.mydata", Set.of("mydata"));
  private static final Destination REPORTS =
      new Destination("reports", "/reports/index", "chart", "nav.reports", Set.of("reports"));

  /**
   * The menu for a caller: {@code member} (signed in with member data), {@code admin} (may read the
   * employer's reports), on an employer offering {@code modules}.
   */
  public static Menu forCaller(boolean member, boolean admin, Set<Module> modules) {
    List<Destination> ordered = new ArrayList<>();
    ordered.add(HOME);
    if (member) {
      add(ordered, modules, Module.TIPS, TIPS);
      add(ordered, modules, Module.TOOLBOX, MY_TOOLBOX);
      add(ordered, modules, Module.PROGRAMS, MY_PROGRAMME);
      if (admin) {
        add(ordered, modules, Module.REPORTS, REPORTS);
      }
      add(ordered, modules, Module.TOOLBOX, STIFF_NOW);
      add(ordered, modules, Module.TOOLBOX, CATALOGUE);
      add(ordered, modules, Module.PROGRAMS, PROGRAMMES);
      add(ordered, modules, Module.TIPS, BREAKS);
      ordered.add(SELF_CHECK);
      ordered.add(MY_DATA);
    } else if (admin) {
      add(ordered, modules, Module.REPORTS, REPORTS);
      add(ordered, modules, Module.TIPS, TIPS);
      ordered.add(SELF_CHECK);
      add(ordered, modules, Module.TOOLBOX, CATALOGUE);
      add(ordered, modules, Module.PROGRAMS, PROGRAMMES);
      add(ordered, modules, Module.TIPS, BREAKS);
    } else {
      add(ordered, modules, Module.TIPS, TIPS);
      add(ordered, modules, Module.TOOLBOX, CATALOGUE);
      add(ordered, modules, Module.PROGRAMS, PROGRAMMES);
      ordered.add(SELF_CHECK);
      add(ordered, modules, Module.TIPS, BREAKS);
    }
    // Five fit the bar on their own; from six on, the fifth place is "More".
    int main = ordered.size() <= MAIN + 1 ? ordered.size() : MAIN;
    return new Menu(ordered.subList(0, main), ordered.subList(main, ordered.size()));
  }

  private static void add(
      List<Destination> ordered, Set<Module> modules, Module module, Destination destination) {
    if (modules.contains(module)) {
      ordered.add(destination);
    }
  }

  /**
   * The part of the site a Faces view belongs to, so a page deep under a destination (a tip, an
   * exercise, the session player) still shows which destination it is under.
   */
  public static String section(String viewId) {
    String view = viewId == null ? "" : viewId;
    return switch (view) {
      // The page that says another was not kept offline leads back from home.
      case "/index.xhtml", "/offline.xhtml" -> "home";
      case "/tips/self-check.xhtml" -> "selfcheck";
      case "/tips/break-timer.xhtml" -> "break";
      case "/toolbox/mine.xhtml", "/toolbox/try.xhtml" -> "my-toolbox";
      case "/toolbox/stiff-now.xhtml" -> "stiff-now";
      case "/programs/progress.xhtml", "/programs/session.xhtml", "/programs/summary.xhtml" ->
          "my-programme";
      default -> {
        if (view.startsWith("/tips/")) {
          yield "tips";
        } else if (view.startsWith("/toolbox/")) {
          yield "catalogue";
        } else if (view.startsWith("/programs/")) {
          yield "programmes";
        } else if (view.startsWith("/privacy/")) {
          yield "mydata";
        } else if (view.startsWith("/reports/")) {
          yield "reports";
        }
        yield "";
      }
    };
  }
}
