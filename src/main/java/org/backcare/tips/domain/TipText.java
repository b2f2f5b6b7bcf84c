package org.backcare.tips.domain;

/**
 * A tip in one language.
 *
 * @param title what to do, in a few words
 * @param body how to do it
 * @param why why it helps a back
 */
public record TipText(String title, String body, String why) {

  /** The same text with any of the given parts replaced (null keeps the part). */
  public TipText reworded(String newTitle, String newBody, String newWhy) {
    return new TipText(
        newTitle == null ? title : newTitle,
        newBody == null ? body : newBody,
        newWhy == null ? why : newWhy);
  }
}
