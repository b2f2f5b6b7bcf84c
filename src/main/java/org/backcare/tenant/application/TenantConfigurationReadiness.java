package org.backcare.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.backcare.tenant.domain.TenantProblem;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the tenant configuration: how many employers serve, and each disabled one with the file,
 * key and reason. UP while at least one tenant serves: one employer's typo must not take the
 * instance out of service for every other employer; its problem is shown here and in the log.
 */
@Readiness
@ApplicationScoped
public class TenantConfigurationReadiness implements HealthCheck {

  @Inject TenantRegistry registry;

  @Override
  public HealthCheckResponse call() {
    int serving = registry.serving().size();
    Map<String, List<TenantProblem>> disabled = registry.disabled();
    var answer =
        HealthCheckResponse.named("tenants")
            .status(serving > 0)
            .withData("serving", serving)
            .withData("disabled", disabled.size());
    disabled.forEach(
        (id, problems) ->
            answer.withData(
                "disabled." + id,
                problems.stream().map(TenantProblem::toString).collect(Collectors.joining("; "))));
    return answer.build();
  }
}
