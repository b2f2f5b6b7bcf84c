package org.backcare.signon.domain;

import org.backcare.platform.domain.DomainException;

/**
 * A token that was refused. The {@code detail} a client sees is the problem's message plus a
 * precise technical reason for the portal's developers; nothing about backcare's internals.
 */
public class TokenRejected extends DomainException {

  private static final long serialVersionUID = 1L;

  private final TokenProblem problem;

  public TokenRejected(TokenProblem problem, String technicalReason) {
    super(
        Kind.UNAUTHENTICATED,
        problem.slug(),
        "Sign-in refused",
        problem.message() + " (" + technicalReason + ")");
    this.problem = problem;
  }

  public TokenProblem problem() {
    return problem;
  }
}
