package org.backcare.signon.web;

import java.util.Locale;
import org.backcare.platform.domain.Messages;
import org.backcare.platform.problem.Problem;
import org.backcare.provisioning.domain.NotEligible;

/**
 * The one wording of a refusal by the employer's directory, for the sign-in page and the API alike:
 * kind, in the member's language, without blame, and naming whom to ask (the employer's {@code
 * benefits.contact}). 403: the member proved who they are; the employer does not include them.
 */
final class NotEligibleProblem {

  private NotEligibleProblem() {}

  static Problem of(NotEligible refusal, Locale locale) {
    String detail =
        refusal
            .benefitsContact()
            .map(contact -> Messages.format("problem.not-eligible", locale, contact))
            .orElseGet(() -> Messages.text("problem.not-eligible.no-contact", locale));
    return Problem.of(
        "not-eligible", Messages.text("problem.not-eligible.title", locale), 403, detail);
  }
}
