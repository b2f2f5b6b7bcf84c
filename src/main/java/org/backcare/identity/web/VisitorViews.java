package org.backcare.identity.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Makes a visitor's view transient from the moment it is created, not only once the page template
 * has been applied. MyFaces decides whether to start an HTTP session before it builds the view; a
 * view that is transient by then needs none, so a visitor reading the tips leaves no session behind
 * (in production every session is a database row). Sessions begin at sign-in, so a request without
 * one is a visitor's; the template's own {@code f:view transient} says the same thing.
 */
public class VisitorViews extends ViewHandlerWrapper {

  public VisitorViews(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot root = super.createView(context, viewId);
    if (root != null && context.getExternalContext().getSession(false) == null) {
      root.setTransient(true);
    }
    return root;
  }
}
