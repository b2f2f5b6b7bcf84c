/**
 * Who the member is: a tenant plus the portal's pseudonymous subject, nothing more (no name, no
 * email). Members arrive signed in from their employer's portal; in demo mode a clearly labelled
 * sign-in creates a fresh demo member of the demo tenant.
 */
package org.backcare.identity;
