package org.backcare.tenant.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The keys that change how backcare looks after a member's back: the care route ({@code care.url}
 * and {@code care.label}) shown wherever a red flag can appear, and the programme progression
 * ({@code progression.ladder}, {@code progression.threshold}, {@code progression.rest-days}). They
 * belong together because they are the safety settings: an employer may tune them, but never past
 * the bounds {@link ProgressionSettings} keeps, and a care route is all or nothing.
 */
final class CareSettings {

  private CareSettings() {}

  /** The care route: an http(s) URL or tel: number with the label members see, both or neither. */
  static Optional<CareRoute> route(TenantFile file) {
    Optional<String> url = file.link("care.url", true);
    Optional<String> label = file.optional("care.label");
    file.requiredWith("care.label", "care.url");
    file.requiredWith("care.url", "care.label");
    return url.flatMap(u -> label.map(l -> new CareRoute(u, l)));
  }

  /** The employer's progression overrides; each bad one falls back to backcare's default. */
  static ProgressionSettings progression(TenantFile file) {
    ProgressionSettings defaults = ProgressionSettings.DEFAULTS;
    List<Integer> ladder = defaults.ladder();
    if (file.optional("progression.ladder").isPresent()) {
      ladder = ladder(file).orElse(defaults.ladder());
    }
    return new ProgressionSettings(
        ladder,
        file.integer(
            "progression.threshold", defaults.threshold(), 0, ProgressionSettings.MAX_THRESHOLD),
        file.optional("progression.rest-days").isPresent()
            ? Optional.of(
                file.integer("progression.rest-days", 1, ProgressionSettings.MIN_REST_DAYS, 14))
            : Optional.empty());
  }

  /** The ladder's rungs, 1 to 10 rounds each, rising as {@link ProgressionSettings} allows. */
  private static Optional<List<Integer>> ladder(TenantFile file) {
    List<Integer> ladder = new ArrayList<>();
    for (String rung : file.list("progression.ladder")) {
      Optional<Integer> rounds = TenantFile.wholeNumber(rung).filter(r -> r >= 1 && r <= 10);
      if (rounds.isEmpty()) {
        file.problem(
            "progression.ladder", "rung '" + rung + "' is not a number of rounds from 1 to 10");
        return Optional.empty();
      }
      ladder.add(rounds.get());
    }
    Optional<String> unsafe = ProgressionSettings.ladderProblem(ladder);
    unsafe.ifPresent(reason -> file.problem("progression.ladder", reason));
    return unsafe.isPresent() ? Optional.empty() : Optional.of(ladder);
  }
}
