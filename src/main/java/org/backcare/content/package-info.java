/**
 * The health catalogue as data: tips, exercises and programmes loaded from versioned files under
 * {@code src/main/resources/content/}, validated at start-up, with per-tenant overlays. Each item
 * keeps the reference it rests on ({@code content/references.json}) and a review date.
 */
package org.backcare.content;
