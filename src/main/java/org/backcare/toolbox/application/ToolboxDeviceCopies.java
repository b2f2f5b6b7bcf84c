package org.backcare.toolbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.backcare.platform.domain.DeviceCopies;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Module;
import org.backcare.toolbox.domain.Exercise;
import org.backcare.toolbox.domain.Situation;
import org.backcare.toolbox.domain.ToolboxEntry;

/**
 * The toolbox offline: the member's moves and the "stiff right now" routine for every situation (a
 * five-minute one, as the one-tap links ask), each move's player page and its drawing. A routine's
 * later moves are the same try pages, so the whole routine runs move after move without a network.
 */
@ApplicationScoped
public class ToolboxDeviceCopies implements DeviceCopies {

  /** The routine length the "stiff right now" one-tap links ask for. */
  static final int ONE_TAP_MINUTES = 5;

  @Inject CurrentTenant currentTenant;
  @Inject MemberToolbox toolbox;
  @Inject Routines routines;
  @Inject Exercises exercises;

  @Override
  @Transactional
  public List<String> pages() {
    if (!currentTenant.require().offers(Module.TOOLBOX)) {
      return List.of();
    }
    List<String> pages = new ArrayList<>(List.of("toolbox/mine.xhtml", "toolbox/stiff-now.xhtml"));
    for (Situation situation : Situation.values()) {
      pages.add(
          "toolbox/stiff-now.xhtml?situation=" + situation.key() + "&minutes=" + ONE_TAP_MINUTES);
    }
    moves().forEach(move -> pages.add("toolbox/try.xhtml?id=" + move.id()));
    return pages;
  }

  @Override
  @Transactional
  public List<String> files() {
    if (!currentTenant.require().offers(Module.TOOLBOX)) {
      return List.of();
    }
    return moves().stream()
        .filter(move -> !move.fromEmployer())
        .map(move -> "resources/exercises/" + move.id() + ".svg")
        .toList();
  }

  /** The member's moves, then those the one-tap routines add, each once. */
  private Set<Exercise> moves() {
    Set<Exercise> moves = new LinkedHashSet<>();
    for (ToolboxEntry entry : toolbox.entries()) {
      exercises.catalogue().find(entry.exerciseId()).ifPresent(moves::add);
    }
    for (Situation situation : Situation.values()) {
      moves.addAll(routines.build(situation.key(), ONE_TAP_MINUTES).moves());
    }
    return moves;
  }
}
