package org.backcare.program.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.backcare.platform.web.Html;
import org.backcare.program.application.Progress;

/**
 * Draws the member's ratings over time as an SVG line chart: before each session, after it, and the
 * next day. Lines differ in dash and marker as well as colour, so the chart reads without colour;
 * the page puts the same figures in a table for screen readers and for anyone who prefers numbers.
 * No inline styles (the Content-Security-Policy forbids them): presentation attributes only. The
 * clinician's summary draws the same chart week by week, with the weeks' dates along the bottom.
 */
public final class ProgressChart {

  /** The words the chart needs, in the member's language. */
  public record Labels(
      String title, String description, String before, String after, String nextDay) {}

  static final int WIDTH = 640;
  static final int HEIGHT = 260;
  static final int LEFT = 36;
  static final int RIGHT = 16;
  static final int TOP = 16;
  static final int BOTTOM = 56;

  private ProgressChart() {}

  /**
   * One place along the chart: its ratings (null where there is none) and, on a chart with a date
   * axis, its label.
   */
  public record Column(String label, Double before, Double after, Double nextDay) {}

  /** The chart's SVG markup, one place per session; empty when there is nothing to draw. */
  public static String svg(List<Progress.Point> points, Labels labels) {
    return draw(
        points.stream()
            .map(
                p ->
                    new Column(
                        null,
                        (double) p.before(),
                        p.after() == null ? null : p.after().doubleValue(),
                        p.nextDay() == null ? null : p.nextDay().doubleValue()))
            .toList(),
        labels,
        false);
  }

  /**
   * The chart with a date axis, one place per labelled column (a week of the clinician's summary).
   * A line breaks where a column has no rating, so a week without sessions shows as a gap rather
   * than as a line drawn through it. Empty when no column has a rating.
   */
  public static String dated(List<Column> columns, Labels labels) {
    boolean any =
        columns.stream()
            .anyMatch(c -> c.before() != null || c.after() != null || c.nextDay() != null);
    return any ? draw(columns, labels, true) : "";
  }

  private static String draw(List<Column> columns, Labels labels, boolean dated) {
    if (columns.isEmpty()) {
      return "";
    }
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\">")
        .append("<title id=\"chart-title\">")
        .append(Html.escape(labels.title()))
        .append("</title><desc id=\"chart-desc\">")
        .append(Html.escape(labels.description()))
        .append("</desc>");
    for (int rating = 0; rating <= 10; rating += 2) {
      int y = y(rating);
      svg.append("<line x1=\"")
          .append(LEFT)
          .append("\" x2=\"")
          .append(WIDTH - RIGHT)
          .append("\" y1=\"")
          .append(y)
          .append("\" y2=\"")
          .append(y)
          .append("\" stroke=\"#c8ccd0\" stroke-width=\"1\"/>")
          .append("<text x=\"")
          .append(LEFT - 8)
          .append("\" y=\"")
          .append(y + 4)
          .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#333\">")
          .append(rating)
          .append("</text>");
    }
    if (dated) {
      axis(svg, columns);
    }
    series(svg, columns, Column::before, "#1f5f8b", "", "circle", dated);
    series(svg, columns, Column::after, "#b8571b", "6 4", "square", dated);
    series(svg, columns, Column::nextDay, "#2e7d32", "2 4", "diamond", dated);
    legend(svg, labels);
    svg.append("</svg>");
    return svg.toString();
  }

  /** Each column's label under its place. */
  private static void axis(StringBuilder svg, List<Column> columns) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).label() != null) {
        svg.append("<text x=\"")
            .append(x(i, columns.size()))
            .append("\" y=\"")
            .append(HEIGHT - BOTTOM + 18)
            .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333\">")
            .append(Html.escape(columns.get(i).label()))
            .append("</text>");
      }
    }
  }

  private static void series(
      StringBuilder svg,
      List<Column> columns,
      Function<Column, Double> value,
      String colour,
      String dash,
      String marker,
      boolean breakAtGaps) {
    List<List<int[]>> lines = new ArrayList<>();
    List<int[]> line = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      Double rating = value.apply(columns.get(i));
      if (rating != null) {
        line.add(new int[] {x(i, columns.size()), y(rating)});
      } else if (breakAtGaps && !line.isEmpty()) {
        lines.add(line);
        line = new ArrayList<>();
      }
    }
    lines.add(line);
    for (List<int[]> at : lines) {
      if (at.size() > 1) {
        svg.append("<polyline fill=\"none\" stroke=\"")
            .append(colour)
            .append("\" stroke-width=\"2\"");
        if (!dash.isEmpty()) {
          svg.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        svg.append(" points=\"");
        for (int[] p : at) {
          svg.append(p[0]).append(',').append(p[1]).append(' ');
        }
        svg.setLength(svg.length() - 1);
        svg.append("\"/>");
      }
      for (int[] p : at) {
        svg.append(marker(marker, p[0], p[1], colour));
      }
    }
  }

  private static String marker(String shape, int x, int y, String colour) {
    return switch (shape) {
      case "square" ->
          "<rect x=\""
              + (x - 4)
              + "\" y=\""
              + (y - 4)
              + "\" width=\"8\" height=\"8\" fill=\""
              + colour
              + "\"/>";
      case "diamond" ->
          "<polygon points=\""
              + x
              + ","
              + (y - 5)
              + " "
              + (x + 5)
              + ","
              + y
              + " "
              + x
              + ","
              + (y + 5)
              + " "
              + (x - 5)
              + ","
              + y
              + "\" fill=\""
              + colour
              + "\"/>";
      default -> "<circle cx=\"" + x + "\" cy=\"" + y + "\" r=\"4\" fill=\"" + colour + "\"/>";
    };
  }

  private static void legend(StringBuilder svg, Labels labels) {
    String[][] entries = {
      {labels.before(), "#1f5f8b", "", "circle"},
      {labels.after(), "#b8571b", "6 4", "square"},
      {labels.nextDay(), "#2e7d32", "2 4", "diamond"}
    };
    int x = LEFT;
    int y = HEIGHT - 18;
    for (String[] e : entries) {
      svg.append("<line x1=\"")
          .append(x)
          .append("\" x2=\"")
          .append(x + 24)
          .append("\" y1=\"")
          .append(y)
          .append("\" y2=\"")
          .append(y)
          .append("\" stroke=\"")
          .append(e[1])
          .append("\" stroke-width=\"2\"");
      if (!e[2].isEmpty()) {
        svg.append(" stroke-dasharray=\"").append(e[2]).append('"');
      }
      svg.append("/>").append(marker(e[3], x + 12, y, e[1]));
      svg.append("<text x=\"")
          .append(x + 30)
          .append("\" y=\"")
          .append(y + 4)
          .append("\" font-size=\"12\" fill=\"#333\">")
          .append(Html.escape(e[0]))
          .append("</text>");
      x += 200;
    }
  }

  static int x(int index, int count) {
    int span = WIDTH - LEFT - RIGHT - 16;
    return count == 1 ? LEFT + 8 + span / 2 : LEFT + 8 + index * span / (count - 1);
  }

  static int y(int rating) {
    int span = HEIGHT - TOP - BOTTOM;
    return TOP + (10 - rating) * span / 10;
  }

  /** A median may fall between two ratings: it sits between their lines. */
  static int y(double rating) {
    int span = HEIGHT - TOP - BOTTOM;
    return TOP + (int) ((10 - rating) * span / 10);
  }
}
