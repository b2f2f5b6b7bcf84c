package org.backcare.tenant.domain;

/**
 * Where an employer wants its members to go when a red flag appears: its covered physiotherapy
 * service, nurse line or employee assistance programme.
 *
 * @param url an https, http or tel: address
 * @param label what members see, e.g. "Call the Acme nurse line"
 */
public record CareRoute(String url, String label) {}
