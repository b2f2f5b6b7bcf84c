package org.backcare.toolbox.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.backcare.content.application.ContentFiles;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.rest.CacheableJson;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.toolbox.application.Exercises;
import org.backcare.toolbox.domain.Exercise;
import org.backcare.toolbox.domain.ExerciseCatalogue;
import org.backcare.toolbox.domain.ExerciseKind;
import org.backcare.toolbox.domain.Situation;

/** {@code /api/v1/exercises}: the employer's exercise catalogue, filtered and paged, with ETags. */
@Path("v1/exercises")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExercisesResource {

  private static final Map<String, String> REFERENCE_TITLES = ContentFiles.referenceTitles();

  /** One page of moves. */
  public record ExercisePage(List<ExerciseView> items, int page, int size, int total) {}

  @Inject Exercises exercises;
  @Inject CurrentTenant currentTenant;
  @Context Request request;
  @Context HttpServletRequest servletRequest;

  @GET
  public Response list(
      @QueryParam("situation") String situation,
      @QueryParam("kind") String kind,
      @QueryParam("area") String area,
      @QueryParam("level") @Min(1) @Max(3) Integer level,
      @QueryParam("equipment") String equipment,
      @QueryParam("locale") String locale,
      @QueryParam("page") @DefaultValue("0") @Min(0) Integer page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) Integer size) {
    String language = currentTenant.language(locale);
    ExerciseCatalogue.Filter filter =
        new ExerciseCatalogue.Filter(
            parse(situation, "situation", Situation::byKey),
            parse(kind, "kind", ExerciseKind::byKey),
            parse(area, "area", a -> Optional.of(a).filter(Exercise.AREAS::contains)),
            level,
            parse(
                equipment,
                "equipment",
                q ->
                    Optional.of(q)
                        .filter(x -> x.equals("none") || Exercise.EQUIPMENT.contains(x))));
    List<Exercise> found = exercises.catalogue().matching(filter);
    List<ExerciseView> items =
        found.stream()
            .skip((long) page * size)
            .limit(size)
            .map(
                e ->
                    ExerciseView.of(e, language, servletRequest.getContextPath(), REFERENCE_TITLES))
            .toList();
    return CacheableJson.of(request, new ExercisePage(items, page, size, found.size()));
  }

  @GET
  @Path("{id}")
  public Response one(@PathParam("id") String id, @QueryParam("locale") String locale) {
    String language = currentTenant.language(locale);
    return CacheableJson.of(
        request,
        ExerciseView.of(
            exercises.exercise(id), language, servletRequest.getContextPath(), REFERENCE_TITLES));
  }

  private static <T> T parse(String value, String name, Function<String, Optional<T>> reader) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return reader
        .apply(value)
        .orElseThrow(
            () -> DomainException.invalid("unknown-filter", "unknown-filter", value, name));
  }
}
