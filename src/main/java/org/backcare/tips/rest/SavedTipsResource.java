package org.backcare.tips.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.backcare.platform.domain.DomainException;
import org.backcare.tips.application.SavedTips;
import org.backcare.tips.domain.SavedTip;

/** {@code /api/v1/me/saved-tips}: the tips the member keeps, to read again or to try. */
@Path("v1/me/saved-tips")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SavedTipsResource {

  /** A kept tip. */
  public record SavedTipView(String tipId, String intent, String savedAt) {
    static SavedTipView of(SavedTip saved) {
      return new SavedTipView(
          saved.tipId(),
          saved.intent().name().toLowerCase(Locale.ROOT),
          saved.savedAt().toString());
    }
  }

  /** Why the member keeps a tip: {@code saved} (default) or {@code trying}. */
  public record KeepRequest(@Pattern(regexp = "saved|trying") String intent) {}

  @Inject SavedTips savedTips;

  @GET
  public List<SavedTipView> mine() {
    return savedTips.mine().stream().map(SavedTipView::of).toList();
  }

  /** Keeps a tip; idempotent, so sending it twice keeps it once. */
  @PUT
  @Path("{tipId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public SavedTipView keep(
      @PathParam("tipId") String tipId, @jakarta.validation.Valid KeepRequest body) {
    SavedTip.Intent intent =
        body == null || body.intent() == null || body.intent().equals("saved")
            ? SavedTip.Intent.SAVED
            : SavedTip.Intent.TRYING;
    return SavedTipView.of(savedTips.keep(tipId, intent));
  }

  @DELETE
  @Path("{tipId}")
  public Response forget(@PathParam("tipId") String tipId) {
    if (!savedTips.forget(tipId)) {
      throw DomainException.notFound("not-saved", "not-saved", tipId);
    }
    return Response.noContent().build();
  }
}
