package org.backcare.app.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who a device's offline copies belong to, as the page script compares it: a digest of the tenant
 * and the member's row id, the same on every page and device of that member and different for every
 * other. When a page names a different owner than the one the device kept copies for (another
 * member signed in on a shared computer), the script forgets everything first. A digest, so no row
 * id lands in the page.
 */
public final class DeviceOwner {

  private DeviceOwner() {}

  /** The owner tag of {@code member}, who must be a member (have a row id). */
  public static String tag(org.backcare.identity.domain.SignedInMember member) {
    return tag(member.tenant(), member.memberId());
  }

  /** The owner tag of member {@code memberId} of {@code tenant}. */
  public static String tag(String tenant, long memberId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  ("backcare-device\n" + tenant + "\n" + memberId)
                      .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
