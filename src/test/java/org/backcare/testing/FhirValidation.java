package org.backcare.testing;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;

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

  /** {@code json} read back as a HAPI R4 bundle. */
  public static Bundle parse(String json) {
    return R4.newJsonParser().parseResource(Bundle.class, json);
  }
}
