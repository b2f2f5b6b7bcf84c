/**
 * The member's way in: the navigation every page shows (which destinations each kind of caller
 * gets, leaving out switched-off modules) and the home dashboard (the next step, today's tip, the
 * toolbox at a glance). It composes what the other features offer through their application
 * services and published types, owns no data of its own and publishes nothing.
 */
package org.backcare.home;
