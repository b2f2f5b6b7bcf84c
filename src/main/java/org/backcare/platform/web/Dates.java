package org.backcare.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates on pages, one way everywhere: in the page's language, with the weekday where a member plans
 * ahead ({@code #{dates.day(d)}}: "Thu, Dec 3, 2026"; {@code #{dates.date(d)}}: "Dec 3, 2026").
 * Instants are shown as their UTC day, as the API reports them.
 */
@Named("dates")
@ApplicationScoped
public class Dates {

  /** A date, medium length, in the page's language. */
  public String date(Object value) {
    return format(value, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
  }

  /** A date with its weekday, for plans ahead. */
  public String day(Object value) {
    return format(value, DateTimeFormatter.ofPattern("EEE").withLocale(locale()))
        + ", "
        + date(value);
  }

  private static String format(Object value, DateTimeFormatter format) {
    if (value == null) {
      return "";
    }
    TemporalAccessor day =
        value instanceof Instant instant
            ? instant.atOffset(ZoneOffset.UTC).toLocalDate()
            : (TemporalAccessor) value;
    return format.withLocale(locale()).format(day);
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.ENGLISH
        : faces.getViewRoot().getLocale();
  }
}
