package org.backcare.app.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.backcare.app.domain.DeviceOwner;
import org.backcare.identity.application.CurrentMember;
import org.backcare.platform.domain.SessionAttributes;

/**
 * What every page tells the member's app on the device (resources/js/app.js): whose copies it may
 * keep, whether to forget everything, and whether this render is a copy for offline use.
 */
@Named("device")
@RequestScoped
public class DevicePage {

  /** The header the app sends when it fetches a page to keep for offline use. */
  public static final String COPY_HEADER = "X-Backcare-Copy";

  @Inject CurrentMember currentMember;

  /** The owner tag of the signed-in member ({@link DeviceOwner}); empty for anyone else. */
  public String getOwner() {
    return currentMember.get().filter(m -> m.memberId() != null).map(DeviceOwner::tag).orElse("");
  }

  /** Whether the member's session was just found ended by the employer or their provider. */
  public boolean isForget() {
    return request().getAttribute(SessionAttributes.ENDED_ELSEWHERE) != null;
  }

  /**
   * Whether the app is fetching this page to keep for offline use. Such a copy keeps no view state
   * in the member's session: its forms are only ever sent through the app's queue to the JSON API
   * (a kept copy is marked, and the app never posts it back to Faces), and a dozen kept pages would
   * otherwise crowd the member's open pages out of the session's views.
   */
  public boolean isCopy() {
    return "offline".equals(request().getHeader(COPY_HEADER));
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }
}
