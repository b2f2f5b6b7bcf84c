package org.backcare.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServerStartupTest {

  @Test
  void readsResidentMemoryFromTheProcessStatus() {
    String status =
        "Name:\tjava\nVmPeak:\t 2932716 kB\nVmHWM:\t  412000 kB\nVmRSS:\t  371736 kB\n"
            + "RssAnon:\t  301000 kB\n";
    assertEquals(371_736, ServerStartup.residentKilobytes(status));
    assertThrows(IllegalArgumentException.class, () -> ServerStartup.residentKilobytes("Name:\tx"));
  }

  @Test
  void takesTheMiddleStartNotTheMean() {
    assertEquals(9.0, ServerStartup.median(List.of(30.0, 9.0, 8.5)));
    assertEquals(9.25, ServerStartup.median(List.of(10.0, 8.5, 9.0, 9.5)));
    assertThrows(IllegalArgumentException.class, () -> ServerStartup.median(List.of()));
  }
}
