package org.backcare.program.domain;

import java.util.List;
import java.util.Optional;

/** The programmes an employer's members can follow, in the order they are offered. */
public record ProgramCatalogue(List<Program> programs) {

  public ProgramCatalogue {
    programs = List.copyOf(programs);
  }

  public Optional<Program> find(String id) {
    return programs.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
