package org.backcare.toolbox.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backcare.content.application.ContentFiles;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.toolbox.application.MemberToolbox;
import org.backcare.toolbox.application.Routines;
import org.backcare.toolbox.application.ToolboxSummary;
import org.backcare.toolbox.domain.Situation;
import org.backcare.toolbox.domain.ToolboxEntry;

/** {@code /api/v1/me/toolbox}: the member's moves, their order and notes, and quick routines. */
@Path("v1/me/toolbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ToolboxResource {

  /** A new order: every move once, each with the version the client saw. */
  public record Reorder(@NotNull @Valid List<Versioned> order) {}

  /** A move and the version the client saw. */
  public record Versioned(@NotNull String exerciseId, @NotNull Integer version) {}

  /** A move's new note and situations, with the version the client saw. */
  public record Describe(
      @Size(max = ToolboxEntry.MAX_NOTE) String note,
      List<String> situations,
      @NotNull Integer version) {}

  /** A quick routine. */
  public record RoutineView(
      String situation, int minutes, int seconds, boolean fromToolbox, List<ExerciseView> moves) {}

  @Inject MemberToolbox toolbox;
  @Inject ToolboxSummary summary;
  @Inject Routines routines;
  @Inject CurrentTenant currentTenant;
  @Context HttpServletRequest request;

  @GET
  public ToolboxSummary.View mine(@QueryParam("locale") String locale) {
    return summary.view(currentTenant.language(locale));
  }

  /**
   * Adds a move; adding it again changes nothing. A loaded move needs the member's precautions
   * answer first ({@code PUT /api/v1/me/health}): 409 {@code precautions-unanswered} or {@code
   * check-with-professional-first} otherwise.
   */
  @POST
  @Path("{exerciseId}")
  public Response keep(
      @PathParam("exerciseId") String exerciseId, @QueryParam("locale") String locale) {
    boolean added = toolbox.keep(exerciseId, Optional.empty()).added();
    return Response.status(added ? Response.Status.CREATED : Response.Status.OK)
        .entity(summary.move(exerciseId, currentTenant.language(locale)))
        .build();
  }

  @DELETE
  @Path("{exerciseId}")
  public Response remove(@PathParam("exerciseId") String exerciseId) {
    toolbox.remove(exerciseId);
    return Response.noContent().build();
  }

  /** Puts the moves in a new order; 409 if the toolbox changed since the client loaded it. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ToolboxSummary.View reorder(
      @NotNull @Valid Reorder body, @QueryParam("locale") String locale) {
    Map<String, Integer> versions = new HashMap<>();
    body.order().forEach(v -> versions.put(v.exerciseId(), v.version()));
    toolbox.reorder(body.order().stream().map(Versioned::exerciseId).toList(), versions);
    return summary.view(currentTenant.language(locale));
  }

  /** Changes a move's note and situations; 409 if it changed since the client loaded it. */
  @PUT
  @Path("{exerciseId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ToolboxSummary.Move describe(
      @PathParam("exerciseId") String exerciseId,
      @NotNull @Valid Describe body,
      @QueryParam("locale") String locale) {
    Set<Situation> situations = EnumSet.noneOf(Situation.class);
    for (String key : body.situations() == null ? List.<String>of() : body.situations()) {
      situations.add(Situation.require(key));
    }
    toolbox.describe(exerciseId, body.note(), situations, body.version());
    return summary.move(exerciseId, currentTenant.language(locale));
  }

  /** "Stiff right now?": a routine of at most {@code minutes} for {@code situation}. */
  @GET
  @Path("routine")
  public RoutineView routine(
      @QueryParam("situation") String situation,
      @QueryParam("minutes") @DefaultValue("5") Integer minutes,
      @QueryParam("locale") String locale) {
    String language = currentTenant.language(locale);
    Routines.Routine routine = routines.build(situation, minutes);
    Map<String, String> titles = ContentFiles.referenceTitles();
    return new RoutineView(
        routine.situation().key(),
        routine.minutes(),
        routine.moves().stream().mapToInt(e -> e.dose().seconds()).sum(),
        routine.fromToolbox(),
        routine.moves().stream()
            .map(e -> ExerciseView.of(e, language, request.getContextPath(), titles))
            .toList());
  }
}
