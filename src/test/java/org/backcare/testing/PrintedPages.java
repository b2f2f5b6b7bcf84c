package org.backcare.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a page looks like on paper, from Chromium itself: the PDF its print dialog would save, at a
 * given window width, with its pages counted; and a picture of the print layout for a reviewer.
 */
public final class PrintedPages {

  /** A4 inside 12 mm margins, in CSS px: 186 mm by 273 mm at 96 px to the inch. */
  private static final int PAPER_WIDTH = 703;

  private static final int PAPER_HEIGHT = 1032;

  private PrintedPages() {}

  /**
   * Prints the current page to {@code pdf} on A4 (the page's own {@code @page} size preferred) with
   * the window {@code width} CSS px wide, as a phone (under 600 px) or a laptop; returns its pages.
   */
  public static int printA4(ChromeDriver driver, int width, Path pdf) throws IOException {
    emulate(driver, width);
    Map<String, Object> printed =
        driver.executeCdpCommand(
            "Page.printToPDF",
            Map.of(
                "paperWidth",
                8.27,
                "paperHeight",
                11.69,
                "preferCSSPageSize",
                true,
                "printBackground",
                true));
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    byte[] bytes = Base64.getDecoder().decode((String) printed.get("data"));
    Files.createDirectories(pdf.toAbsolutePath().getParent());
    Files.write(pdf, bytes);
    return pages(bytes);
  }

  /** Lays the page out at {@code width} CSS px as a phone (under 600 px) or a laptop would. */
  public static void emulate(ChromeDriver driver, int width) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            width,
            "height",
            width < 600 ? 844 : 900,
            "deviceScaleFactor",
            1,
            "mobile",
            width < 600));
  }

  /** The page objects of a PDF ({@code /Type /Page}, not the {@code /Pages} tree above them). */
  public static int pages(byte[] pdf) {
    Matcher page =
        Pattern.compile("/Type\\s*/Page(?!s)")
            .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    int count = 0;
    while (page.find()) {
      count++;
    }
    return count;
  }

  /** Saves to {@code png} the current page laid out as print media at the width of A4's text. */
  public static void preview(ChromeDriver driver, Path png) throws IOException {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width", PAPER_WIDTH, "height", PAPER_HEIGHT, "deviceScaleFactor", 1, "mobile", false));
    @SuppressWarnings("unchecked")
    Map<String, Object> size =
        (Map<String, Object>)
            driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of(
                    "x",
                    0,
                    "y",
                    0,
                    "width",
                    PAPER_WIDTH,
                    "height",
                    ((Number) size.get("height")).doubleValue(),
                    "scale",
                    1)));
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }
}
