package org.backcare.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The 0-10 ratings the players ask for (before and after a try or a session, the next day's), in
 * one request-scoped place the pages bind to, so each player bean only reads the numbers.
 */
@Named
@RequestScoped
public class RatingForm {

  private static final List<Integer> SCALE = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

  private Integer before;
  private Integer after;

  /** The points of the scale, 0 (none) to 10 (as bad as it gets). */
  public List<Integer> getScale() {
    return SCALE;
  }

  public Integer getBefore() {
    return before;
  }

  public void setBefore(Integer before) {
    this.before = before;
  }

  public Integer getAfter() {
    return after;
  }

  public void setAfter(Integer after) {
    this.after = after;
  }
}
