package org.backcare.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API, under {@code /backcare/api}. Every resource path starts with a version ({@code
 * v1/...}) so the portal integrations built on it stay stable while backcare grows.
 */
@ApplicationPath("api")
public class BackcareApi extends Application {}
