/**
 * Ergonomic tips: the habits that keep a back from stiffening (walking, desk, sleep, lifting,
 * footwear), with browsing, search, a tip of the day, a movement-break timer and the red-flag
 * self-check.
 *
 * <p>Persistence: tips themselves are content files; the tips a member keeps go through one port,
 * {@code domain.SavedTipRecords}, whose one adapter is {@code application.JpaSavedTipRecords} (the
 * tenant-scoped entity manager; changes flushed through {@code platform.persistence.Writes}).
 */
package org.backcare.tips;
