/**
 * The health catalogue as data: tips, exercises and programmes are versioned files under {@code
 * src/main/resources/content/} (with {@code references.json}, the articles they rest on), each item
 * with its reference and a review date. {@code ContentCatalogue} is the one pattern the three
 * features follow: the shipped file loaded and validated once, each employer's overlay applied and
 * cached until their keys change ({@code PerTenant}), 404 where the employer switched the module
 * off; {@code ContentFiles} reads and checks the files and the reference list. The items themselves
 * belong to {@code tips}, {@code toolbox} and {@code program}. It publishes no types: the others
 * use its application package only.
 */
package org.backcare.content;
