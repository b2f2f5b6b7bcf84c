package org.backcare.testing;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * HAPI FHIR's validator against base FHIR R4 (no profile beyond the core), and its parser: what a
 * health app or a clinician's system would make of backcare's FHIR export. Built once per JVM, as
 * loading the R4 structures takes seconds.
 */
public final class FhirValidation {

  /** The R4 context; thread-safe and costly, so shared. */
  public static final FhirContext R4 = FhirContext.forR4();

  private static FhirValidator validator;

  private FhirValidation() {}

  /** Every message the validator gives {@code json}, errors and warnings alike. */
  public static synchronized List<SingleValidationMessage> validate(String json) {
    if (validator == null) {
      ValidationSupportChain support =
          new ValidationSupportChain(
              new DefaultProfileValidationSupport(R4),
              new InMemoryTerminologyServerValidationSupport(R4),
              new CommonCodeSystemsTerminologyService(R4),
              new SnapshotGeneratingValidationSupport(R4));
      validator = R4.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
    }
    return validator.validateWithResult(json).getMessages();
  }

  /** The messages of {@code messages} at ERROR or FATAL. */
  public static List<SingleValidationMessage> errors(List<SingleValidationMessage> messages) {
    return messages.stream()
        .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
        .toList();
  }

  /**
   * Fails listing every error the validator finds in {@code json}; prints how many warnings of each
   * kind it gave (codes and ids left out), so a new kind of warning shows in the test output.
   */
  public static void assertValid(String json) {
    List<SingleValidationMessage> messages = validate(json);
    List<String> errors =
        errors(messages).stream().map(m -> m.getLocationString() + " " + m.getMessage()).toList();
    if (!errors.isEmpty()) {
      throw new AssertionError(
          "HAPI FHIR finds errors against base R4:\n" + String.join("\n", errors));
    }
    System.out.println(
        "FHIR validator warnings by kind: "
            + messages.stream()
                .collect(
                    Collectors.groupingBy(
                        m -> m.getMessage().replaceAll("'[^']*'|[0-9a-f-]{36}", "…"),
                        TreeMap::new,
                        Collectors.counting())));
  }

  /** The resources of {@code type} in {@code bundle}, in order. */
  public static <T extends Resource> List<T> resources(Bundle bundle, Class<T> type) {
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }

  /** The full URL {@code bundle} gives {@code resource}, which references use. */
  public static String fullUrl(Bundle bundle, Resource resource) {
    return bundle.getEntry().stream()
        .filter(e -> e.getResource() == resource)
        .findFirst()
        .orElseThrow()
        .getFullUrl();
  }

  /** {@code json} read back as a HAPI R4 bundle. */
  public static Bundle parse(String json) {
    return R4.newJsonParser().parseResource(Bundle.class, json);
  }
}
