/**
 * Phased core-stability programmes: enrolment, the session player, check-ins and the progression
 * policy that opens the next phase only when the member's back is ready.
 */
package org.backcare.program;
