package org.backcare.tenant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The app icon: well-formed SVG in the employer's colours, its drawing inside the maskable zone.
 */
class AppIconTest {

  private static Element svg(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
        .getDocumentElement();
  }

  @Test
  void isASquareSvgInTheGivenColours() throws Exception {
    Element svg = svg(AppIcon.svg("#7a1f5c", "#ffffff"));
    assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
    assertEquals("0 0 512 512", svg.getAttribute("viewBox"));
    NodeList rects = svg.getElementsByTagName("rect");
    assertEquals("#7a1f5c", ((Element) rects.item(0)).getAttribute("fill"));
    for (int i = 1; i < rects.getLength(); i++) {
      assertEquals("#ffffff", ((Element) rects.item(i)).getAttribute("fill"));
    }
  }

  @Test
  void keepsTheDrawingInsideTheCircleAMaskableIconMayBeCutTo() throws Exception {
    // A maskable icon's safe zone is the circle of 40% of the size around the centre.
    NodeList rects = svg(AppIcon.svg("#000000", "#ffffff")).getElementsByTagName("rect");
    double limit = 0.4 * 512;
    for (int i = 1; i < rects.getLength(); i++) {
      Element r = (Element) rects.item(i);
      double x = Double.parseDouble(r.getAttribute("x"));
      double y = Double.parseDouble(r.getAttribute("y"));
      double w = Double.parseDouble(r.getAttribute("width"));
      double h = Double.parseDouble(r.getAttribute("height"));
      for (double[] corner : new double[][] {{x, y}, {x + w, y}, {x, y + h}, {x + w, y + h}}) {
        double distance = Math.hypot(corner[0] - 256, corner[1] - 256);
        assertTrue(distance <= limit, "corner " + corner[0] + "," + corner[1] + " at " + distance);
      }
    }
  }

  @Test
  void refusesAnythingButHexColoursSoNothingCanBeInjectedIntoTheSvg() {
    assertThrows(IllegalArgumentException.class, () -> AppIcon.svg("#fff\"/><script>", "#ffffff"));
    assertThrows(IllegalArgumentException.class, () -> AppIcon.svg("#000000", "white"));
  }
}
