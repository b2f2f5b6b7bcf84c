package org.backcare.provisioning;

import com.unboundid.scim2.client.ScimService;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.jnh.connector.JavaNetHttpConnectorProvider;

/**
 * An employer's directory as a real SCIM client: UnboundID's SCIM 2 SDK ({@link ScimService}) on a
 * Jersey client, sending the tenant's secret as its bearer token. It keeps every answer body it
 * receives, so a test can check that nothing personal ever came back.
 */
final class DirectoryClient implements AutoCloseable {

  private final Client client;
  private final ScimService scim;
  private final List<String> answers = new CopyOnWriteArrayList<>();

  DirectoryClient(URL base, ScimTenant tenant) {
    this.client =
        ClientBuilder.newBuilder()
            // Java's HttpClient underneath: HttpURLConnection, Jersey's default, cannot send PATCH.
            .withConfig(new ClientConfig().connectorProvider(new JavaNetHttpConnectorProvider()))
            .build()
            .register(
                (ClientRequestFilter)
                    request ->
                        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, tenant.bearer()))
            .register(
                (ClientResponseFilter)
                    (request, response) -> {
                      // Not hasEntity(): on this connector it swallows the body's first byte.
                      if (response.getEntityStream() != null) {
                        byte[] body = response.getEntityStream().readAllBytes();
                        if (body.length > 0) {
                          answers.add(new String(body, StandardCharsets.UTF_8));
                        }
                        response.setEntityStream(new ByteArrayInputStream(body));
                      }
                    });
    this.scim = new ScimService(client.target(URI.create(base.toString()).resolve(tenant.root())));
  }

  ScimService scim() {
    return scim;
  }

  /** Every answer body received so far, in order. */
  List<String> answers() {
    return List.copyOf(answers);
  }

  @Override
  public void close() {
    client.close();
  }
}
