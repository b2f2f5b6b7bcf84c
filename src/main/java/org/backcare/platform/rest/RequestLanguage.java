package org.backcare.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.backcare.platform.domain.Messages;

/**
 * The language an API answer is written in when the resource did not choose one itself (problem
 * details): the request's {@code locale} parameter, else the first language of its {@code
 * Accept-Language} that backcare ships, else English.
 */
final class RequestLanguage {

  private RequestLanguage() {}

  static Locale of(UriInfo uri, HttpHeaders headers) {
    String asked = uri == null ? null : uri.getQueryParameters().getFirst("locale");
    if (asked != null && Messages.LOCALES.contains(asked)) {
      return Locale.forLanguageTag(asked);
    }
    if (headers != null) {
      for (Locale accepted : headers.getAcceptableLanguages()) {
        if (Messages.LOCALES.contains(accepted.getLanguage())) {
          return Locale.forLanguageTag(accepted.getLanguage());
        }
      }
    }
    return Locale.ROOT;
  }
}
