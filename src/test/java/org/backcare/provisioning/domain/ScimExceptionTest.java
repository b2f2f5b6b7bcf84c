package org.backcare.provisioning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScimExceptionTest {

  static Stream<Arguments> factories() {
    return Stream.of(
        Arguments.of(
            (Function<String, ScimException>) ScimException::invalidSyntax, 400, "invalidSyntax"),
        Arguments.of(
            (Function<String, ScimException>) ScimException::invalidValue, 400, "invalidValue"),
        Arguments.of(
            (Function<String, ScimException>) ScimException::invalidFilter, 400, "invalidFilter"),
        Arguments.of(
            (Function<String, ScimException>) ScimException::invalidPath, 400, "invalidPath"),
        Arguments.of((Function<String, ScimException>) ScimException::noTarget, 400, "noTarget"),
        Arguments.of(
            (Function<String, ScimException>) ScimException::mutability, 400, "mutability"),
        Arguments.of(
            (Function<String, ScimException>) ScimException::uniqueness, 409, "uniqueness"),
        Arguments.of((Function<String, ScimException>) ScimException::tooMany, 400, "tooMany"));
  }

  @ParameterizedTest(name = "{2} is {1}")
  @MethodSource("factories")
  void eachFactoryCarriesTheRfcStatusAndKeyword(
      Function<String, ScimException> factory, int status, String scimType) {
    ScimException e = factory.apply("what went wrong");
    assertEquals(status, e.status(), scimType + " answers with HTTP " + status);
    assertEquals(Optional.of(scimType), e.scimType(), "the scimType keyword is RFC 7644's");
    assertEquals("what went wrong", e.detail(), "the detail is kept for the error body");
    assertEquals("what went wrong", e.getMessage(), "the detail is also the message, for logs");
  }

  @Test
  void notFoundHasNoScimType() {
    ScimException e = ScimException.notFound("no such user");
    assertEquals(404, e.status(), "not found answers with HTTP 404");
    assertEquals(Optional.empty(), e.scimType(), "RFC 7644 defines no scimType for a 404");
  }

  @Test
  void theConstructorAcceptsAMissingScimType() {
    ScimException e = new ScimException(500, null, "internal");
    assertEquals(Optional.empty(), e.scimType(), "a null scimType reads as empty");
    assertEquals(500, e.status(), "any status may be given");
  }
}
