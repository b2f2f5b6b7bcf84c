/**
 * Red-flag rules and care routing shared by the toolbox and the programmes: which symptoms stop an
 * activity at once, and where the member's employer wants them to seek care.
 */
package org.backcare.safety;
