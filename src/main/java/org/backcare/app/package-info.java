/**
 * The member's app on their device: the web app manifest and icon in the employer's colours, and
 * the offline kit (what the service worker keeps so the toolbox, the next session, the self-check
 * and the care route work without a network). The service worker and the page script that queues
 * what a member does offline are static files ({@code sw.js}, {@code resources/js/app.js}); each
 * feature says what it keeps offline through {@link org.backcare.platform.domain.DeviceCopies}.
 */
package org.backcare.app;
