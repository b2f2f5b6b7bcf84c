package org.backcare.signon.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.backcare.signon.domain.ProviderSignOuts;
import org.backcare.signon.domain.SignOnMark;
import org.backcare.tenant.domain.TenantId;

/** Provider sign-outs kept in memory as {@code <tenant>/<ref>}, for a test to read back. */
final class RecordedSignOuts implements ProviderSignOuts {

  final List<String> refs = new ArrayList<>();

  @Override
  public void record(TenantId tenant, String ref, Instant at) {
    refs.add(tenant.value() + "/" + ref);
  }

  @Override
  public boolean signedOut(TenantId tenant, SignOnMark mark) {
    return refs.contains(tenant.value() + "/" + mark.sidRef())
        || refs.contains(tenant.value() + "/" + mark.subjectRef());
  }
}
