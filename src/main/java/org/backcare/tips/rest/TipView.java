package org.backcare.tips.rest;

import java.util.Map;
import org.backcare.tips.domain.Tip;
import org.backcare.tips.domain.TipText;

/**
 * A tip in one language.
 *
 * @param reference the title of the article it rests on; null for the employer's own tips
 * @param reviewed when it was last checked against that article (ISO date)
 * @param link an employer tip's link, if any
 */
public record TipView(
    String id,
    String context,
    String title,
    String body,
    String why,
    String locale,
    String reference,
    String reviewed,
    String link,
    boolean fromEmployer) {

  static TipView of(Tip tip, String locale, Map<String, String> referenceTitles) {
    TipText text = tip.in(locale);
    return new TipView(
        tip.id(),
        tip.context().key(),
        text.title(),
        text.body(),
        text.why(),
        locale,
        tip.reference().map(referenceTitles::get).orElse(null),
        tip.fromEmployer() ? null : tip.reviewed().toString(),
        tip.link().orElse(null),
        tip.fromEmployer());
  }
}
