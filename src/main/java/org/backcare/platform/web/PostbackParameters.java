package org.backcare.platform.web;

import jakarta.faces.context.FacesContext;

/**
 * Request parameters for Faces beans on a postback. Faces decodes a form's components before it
 * hands view parameters to the bean, so a bean whose components depend on a view parameter (the tip
 * or exercise shown) reads it from the form's hidden field of the same name meanwhile.
 */
public final class PostbackParameters {

  private PostbackParameters() {}

  /** {@code current} if set, else the request parameter {@code name} (null if absent). */
  public static String orRequest(String current, String name) {
    if (current != null) {
      return current;
    }
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }
}
