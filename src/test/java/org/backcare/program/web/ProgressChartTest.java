package org.backcare.program.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backcare.program.application.Progress;
import org.junit.jupiter.api.Test;

/** The ratings chart: what it draws, where, and that its words are escaped and accessible. */
class ProgressChartTest {

  private static final ProgressChart.Labels LABELS =
      new ProgressChart.Labels("Ratings <0-10>", "Lower & better", "Before", "After", "Next day");

  private static Progress.Point point(int before, Integer after, Integer nextDay) {
    return new Progress.Point(Instant.EPOCH, before, after, nextDay, after != null, "STAY");
  }

  @Test
  void nothingToDrawBeforeTheFirstSession() {
    assertEquals(
        "",
        ProgressChart.svg(List.of(), LABELS),
        "before the first session there is no chart at all, not an empty one");
  }

  @Test
  void drawsOneLinePerSeriesWithTwoOrMorePointsAndEscapesItsWords() {
    String svg =
        ProgressChart.svg(List.of(point(6, 4, 5), point(5, 3, null), point(4, null, null)), LABELS);
    assertTrue(svg.startsWith("<svg"), svg);
    assertTrue(
        svg.contains("role=\"img\" aria-labelledby=\"chart-title chart-desc\""),
        "the chart is an image named by its title and description for screen readers");
    assertTrue(svg.contains("<title id=\"chart-title\">Ratings &lt;0-10&gt;</title>"), svg);
    assertTrue(svg.contains("Lower &amp; better"), svg);
    assertFalse(svg.contains("style="), "no inline styles under the Content-Security-Policy");
    assertEquals(2, count(svg, "<polyline"), "before has 3 points, after 2, next day only 1");
    assertEquals(3 + 1, count(svg, "<circle"), "a circle per before rating, plus the legend's");
    assertEquals(2 + 1, count(svg, "<rect"), "a square per after rating, plus the legend's");
    assertEquals(1 + 1, count(svg, "<polygon"), "a diamond per next-day rating, plus the legend's");
  }

  @Test
  void zeroSitsAtTheBottomAndTenAtTheTopFirstAndLastAtTheEdges() {
    assertEquals(
        ProgressChart.TOP, ProgressChart.y(10), "a rating of 10 is drawn at the top of the chart");
    assertEquals(
        ProgressChart.HEIGHT - ProgressChart.BOTTOM,
        ProgressChart.y(0),
        "a rating of 0 is drawn at the bottom of the chart");
    assertTrue(ProgressChart.y(3) > ProgressChart.y(7), "a lower rating is drawn lower");
    assertEquals(
        ProgressChart.LEFT + 8,
        ProgressChart.x(0, 5),
        "the first session is drawn at the left edge");
    assertEquals(
        ProgressChart.WIDTH - ProgressChart.RIGHT - 8, ProgressChart.x(4, 5), "last at the right");
    String svg = ProgressChart.svg(List.of(point(10, 0, null), point(0, 10, null)), LABELS);
    Matcher before =
        Pattern.compile("<polyline[^>]*stroke=\"#1f5f8b\"[^>]*points=\"([^\"]+)\"").matcher(svg);
    assertTrue(before.find(), svg);
    assertEquals(
        ProgressChart.x(0, 2)
            + ","
            + ProgressChart.y(10)
            + " "
            + ProgressChart.x(1, 2)
            + ","
            + ProgressChart.y(0),
        before.group(1),
        "the before line runs from the first session's 10 down to the second's 0");
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  @Test
  void theDatedChartLabelsEachWeekAndBreaksItsLinesAtAWeekWithoutSessions() {
    String svg =
        ProgressChart.dated(
            List.of(
                new ProgressChart.Column("1 Sep", 6.0, 4.0, null),
                new ProgressChart.Column("8 Sep", 5.5, 3.0, null),
                new ProgressChart.Column("15 Sep", null, null, null),
                new ProgressChart.Column("22 Sep", 4.0, 2.0, null),
                new ProgressChart.Column("29 <Sep>", 3.0, 2.0, null)),
            LABELS);
    for (String label : List.of("1 Sep", "8 Sep", "15 Sep", "22 Sep", "29 &lt;Sep&gt;")) {
      assertTrue(svg.contains(">" + label + "</text>"), "each week is labelled: " + label);
    }
    Matcher lines = Pattern.compile("<polyline").matcher(svg);
    int count = 0;
    while (lines.find()) {
      count++;
    }
    assertEquals(4, count, "before and after each break into two lines at the empty week");
    assertTrue(
        svg.contains("cy=\"" + ProgressChart.y(5.5) + "\""),
        "a median between two ratings sits between their lines");
  }

  @Test
  void theDatedChartIsEmptyWhenNoWeekHasARating() {
    assertEquals(
        "",
        ProgressChart.dated(List.of(new ProgressChart.Column("1 Sep", null, null, null)), LABELS),
        "twelve empty weeks draw no chart");
  }
}
