package org.backcare.tips.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.backcare.content.application.ContentFiles;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.rest.CacheableJson;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tips.application.Tips;
import org.backcare.tips.domain.Tip;

/**
 * {@code /api/v1/tips}: the employer's ergonomic tips. Catalogue answers carry an {@code ETag}
 * ({@link CacheableJson}).
 */
@Path("v1/tips")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TipsResource {

  private static final Map<String, String> REFERENCE_TITLES = ContentFiles.referenceTitles();

  /** One page of tips. */
  public record TipPage(List<TipView> items, int page, int size, int total) {}

  @Inject Tips tips;
  @Inject CurrentTenant currentTenant;
  @Context Request request;

  @GET
  public Response list(
      @QueryParam("context") String context,
      @QueryParam("q") String query,
      @QueryParam("locale") String locale,
      @QueryParam("page") @DefaultValue("0") @Min(0) Integer page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) Integer size) {
    String language = currentTenant.language(locale);
    List<Tip> found = tips.find(Tips.context(context), query, language);
    List<TipView> items =
        found.stream()
            .skip((long) page * size)
            .limit(size)
            .map(t -> TipView.of(t, language, REFERENCE_TITLES))
            .toList();
    return cacheable(new TipPage(items, page, size, found.size()));
  }

  @GET
  @Path("today")
  public Response today(@QueryParam("locale") String locale) {
    String language = currentTenant.language(locale);
    Tip tip = tips.today().orElseThrow(() -> DomainException.notFound("tip-not-found", "no-tips"));
    return Response.ok(TipView.of(tip, language, REFERENCE_TITLES))
        .header("Cache-Control", "private, no-cache")
        .build();
  }

  @GET
  @Path("{id}")
  public Response one(@PathParam("id") String id, @QueryParam("locale") String locale) {
    String language = currentTenant.language(locale);
    return cacheable(TipView.of(tips.tip(id), language, REFERENCE_TITLES));
  }

  private Response cacheable(Object body) {
    return CacheableJson.of(request, body);
  }
}
