package org.backcare.signon.application;

import com.onelogin.saml2.exception.SettingsException;
import com.onelogin.saml2.exception.ValidationError;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;

/**
 * Names why java-saml refused a SAML message, by the error code it attaches ({@link
 * ValidationError#getErrorCode()}) or the type of what it threw, never by its English message,
 * which may change with any upgrade. The words are SAML's own (assertion, audience, recipient,
 * issuer), for the portal's or provider's administrator reading the log.
 */
final class SamlRefusals {

  private SamlRefusals() {}

  /**
   * Why {@code what} ("the response", "the LogoutRequest") was refused, given what java-saml kept
   * of its validation ({@code getValidationException()}).
   */
  static TokenRejected of(Exception validation, String what) {
    if (validation instanceof ValidationError error) {
      return byCode(error.getErrorCode(), what);
    }
    if (validation instanceof SettingsException) {
      return new TokenRejected(
          TokenProblem.PROVIDER_UNAVAILABLE,
          "the provider's metadata lacks what is needed to check " + what);
    }
    return new TokenRejected(TokenProblem.MALFORMED, what + " could not be checked");
  }

  private static TokenRejected byCode(int code, String what) {
    return switch (code) {
      case ValidationError.NO_SIGNED_ASSERTION,
          ValidationError.NO_SIGNED_MESSAGE,
          ValidationError.NO_SIGNATURE_FOUND ->
          new TokenRejected(TokenProblem.UNSIGNED, what + " is not signed by the provider");
      case ValidationError.INVALID_SIGNATURE ->
          new TokenRejected(
              TokenProblem.BAD_SIGNATURE,
              "no certificate in the provider's metadata verifies " + what);
      case ValidationError.WRONG_AUDIENCE ->
          new TokenRejected(
              TokenProblem.WRONG_AUDIENCE, what + " names another service provider as audience");
      case ValidationError.WRONG_DESTINATION, ValidationError.EMPTY_DESTINATION ->
          new TokenRejected(
              TokenProblem.WRONG_AUDIENCE, what + " was sent to another address than this one");
      case ValidationError.WRONG_SUBJECTCONFIRMATION ->
          new TokenRejected(
              TokenProblem.WRONG_AUDIENCE,
              what + " has no bearer confirmation for this recipient that is still valid");
      case ValidationError.ASSERTION_EXPIRED,
          ValidationError.RESPONSE_EXPIRED,
          ValidationError.SESSION_EXPIRED ->
          new TokenRejected(TokenProblem.EXPIRED, what + " is past its NotOnOrAfter");
      case ValidationError.ASSERTION_TOO_EARLY ->
          new TokenRejected(TokenProblem.NOT_YET_VALID, what + " is before its NotBefore");
      case ValidationError.WRONG_ISSUER ->
          new TokenRejected(
              TokenProblem.UNKNOWN_ISSUER, what + "'s Issuer is not the employer's provider");
      case ValidationError.WRONG_INRESPONSETO ->
          new TokenRejected(
              TokenProblem.SIGN_ON_STALE, what + " answers a request backcare did not send");
      case ValidationError.STATUS_CODE_IS_NOT_SUCCESS ->
          new TokenRejected(TokenProblem.PROVIDER_REFUSED, what + " carries a failure status");
      case ValidationError.NO_NAMEID, ValidationError.EMPTY_NAMEID ->
          new TokenRejected(TokenProblem.MISSING_CLAIM, what + " names no NameID");
      default ->
          new TokenRejected(
              TokenProblem.MALFORMED,
              what
                  + " is not one well-formed, singly signed SAML message (java-saml "
                  + code
                  + ")");
    };
  }
}
