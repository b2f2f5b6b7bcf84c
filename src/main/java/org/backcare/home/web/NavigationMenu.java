package org.backcare.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backcare.home.domain.Destination;
import org.backcare.home.domain.Navigation;
import org.backcare.identity.application.CurrentMember;
import org.backcare.identity.domain.Role;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Module;
import org.backcare.tenant.domain.Tenant;

/** The navigation of the current page: {@link Navigation}'s menu for this caller and employer. */
@Named("menu")
@RequestScoped
public class NavigationMenu {

  @Inject CurrentTenant currentTenant;
  @Inject CurrentMember currentMember;

  private Navigation.Menu menu;
  private Optional<Destination> current;

  private Navigation.Menu menu() {
    if (menu == null) {
      boolean member = currentMember.get().map(m -> m.memberId() != null).orElse(false);
      boolean admin = currentMember.get().map(m -> m.has(Role.BENEFITS_ADMIN)).orElse(false);
      Set<Module> modules = EnumSet.noneOf(Module.class);
      currentTenant.tenant().map(Tenant::modules).ifPresent(offered -> modules.addAll(offered));
      menu = Navigation.forCaller(member, admin, modules);
      FacesContext faces = FacesContext.getCurrentInstance();
      String viewId = faces == null ? null : faces.getViewRoot().getViewId();
      current = menu.current(Navigation.section(viewId));
    }
    return menu;
  }

  public List<Destination> getMain() {
    return menu().main();
  }

  public List<Destination> getMore() {
    return menu().more();
  }

  /** Whether {@code destination} is where the member is now. */
  public boolean isCurrent(Destination destination) {
    menu();
    return current.map(destination::equals).orElse(false);
  }

  /** Whether the page belongs to a destination inside "More", so "More" shows it. */
  public boolean isInMore() {
    return menu().more().stream().anyMatch(this::isCurrent);
  }
}
