/**
 * Ergonomic tips: the habits that keep a back from stiffening (walking, desk, sleep, lifting,
 * footwear), with browsing, search, saved tips, a tip of the day, a movement-break timer and the
 * red-flag self-check (whose questions and care advice come from {@code safety}).
 *
 * <p>Published for the other features: {@link Tip} and {@link TipText}, a tip and its words in one
 * language, because the home dashboard shows the tip of the day that {@code Tips.today()} gives.
 *
 * <p>Persistence: tips themselves are content files; the tips a member keeps go through one port,
 * {@code domain.SavedTipRecords}, whose one adapter is {@code application.JpaSavedTipRecords} (the
 * tenant-scoped entity manager; changes flushed through {@code platform.persistence.Writes}).
 */
@Publishes({Tip.class, TipText.class})
package org.backcare.tips;

import org.backcare.platform.domain.Publishes;
import org.backcare.tips.domain.Tip;
import org.backcare.tips.domain.TipText;
