/**
 * Ergonomic tips: the habits that keep a back from stiffening (walking, desk, sleep, lifting,
 * footwear), with browsing, search, a tip of the day, a movement-break timer and the red-flag
 * self-check.
 */
package org.backcare.tips;
