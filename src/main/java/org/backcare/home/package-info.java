/**
 * The member's way in: the navigation that every page shows and the home dashboard. It composes
 * what the other features offer through their public services and owns no data of its own.
 */
package org.backcare.home;
