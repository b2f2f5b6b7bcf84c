package org.backcare.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.backcare.identity.application.MemberDirectory;
import org.backcare.identity.domain.Member;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.application.TenantEntityManager;
import org.backcare.tenant.domain.TenantId;
import org.backcare.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server: proves that tenant isolation holds below the queries, so a query written
 * without any tenant filter still cannot reach another employer's members.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

  private static final TenantId ACME = new TenantId("acme");
  private static final TenantId GLOBEX = new TenantId("globex");

  @Deployment
  static WebArchive deployment() {
    return Deployments.backcare();
  }

  @Inject CurrentTenant currentTenant;
  @Inject MemberDirectory directory;
  @Inject TenantEntityManager entities;

  @Inject UserTransaction transaction;

  @Test
  void jpqlWithoutTenantFilterSeesOnlyTheCurrentTenantsRows() throws Exception {
    String acmeSubject = "isolation-acme-" + UUID.randomUUID();
    String globexSubject = "isolation-globex-" + UUID.randomUUID();
    currentTenant.use(ACME);
    directory.arrive(acmeSubject);
    currentTenant.use(GLOBEX);
    directory.arrive(globexSubject);

    currentTenant.use(ACME);
    List<String> seenByAcme = inTransaction(() -> subjects(entities.get()));
    currentTenant.use(GLOBEX);
    List<String> seenByGlobex = inTransaction(() -> subjects(entities.get()));

    assertTrue(seenByAcme.contains(acmeSubject), "acme sees its own member");
    assertTrue(!seenByAcme.contains(globexSubject), "acme must not see globex's member");
    assertTrue(seenByGlobex.contains(globexSubject), "globex sees its own member");
    assertTrue(!seenByGlobex.contains(acmeSubject), "globex must not see acme's member");
    assertTrue(
        seenByAcme.stream().noneMatch(s -> s.startsWith("isolation-globex-")),
        "no globex row at all reaches acme: " + seenByAcme);
  }

  @Test
  void findByIdCannotReachAnotherTenantsRowEvenAfterItWasRead() throws Exception {
    String subject = "isolation-find-" + UUID.randomUUID();
    currentTenant.use(GLOBEX);
    Long globexId = directory.arrive(subject).id();
    Member readByGlobex = inTransaction(() -> entities.get().find(Member.class, globexId));
    assertEquals(subject, readByGlobex.subject(), "globex reads its own member by id");

    currentTenant.use(ACME);
    assertNull(
        inTransaction(() -> entities.get().find(Member.class, globexId)),
        "acme must not read globex's member by id, from the database or any cache");
    Long count =
        inTransaction(
            () ->
                entities
                    .get()
                    .createQuery("select count(m) from Member m where m.id = :id", Long.class)
                    .setParameter("id", globexId)
                    .getSingleResult());
    assertEquals(0L, count, "acme counts no globex member");
  }

  @Test
  void sameSubjectInTwoTenantsIsTwoMembers() {
    String subject = "shared-subject-" + UUID.randomUUID();
    currentTenant.use(ACME);
    Long acmeId = directory.arrive(subject).id();
    currentTenant.use(GLOBEX);
    Long globexId = directory.arrive(subject).id();
    assertTrue(!acmeId.equals(globexId), "each employer has its own member for the subject");
  }

  private static List<String> subjects(EntityManager em) {
    return em.createQuery("select m.subject from Member m", String.class).getResultList();
  }

  private <T> T inTransaction(Callable<T> work) throws Exception {
    transaction.begin();
    try {
      return work.call();
    } finally {
      transaction.rollback();
    }
  }
}
