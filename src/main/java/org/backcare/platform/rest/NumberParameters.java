package org.backcare.platform.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import org.backcare.platform.problem.Problem;

/**
 * Whole-number query parameters ({@code page}, {@code size}, {@code level}, {@code minutes}, ...):
 * a value that is not a number is the caller's mistake, so it answers 400 {@code validation-failed}
 * naming the parameter. Left to JAX-RS, an unreadable query parameter is a 404, which sends a
 * client developer looking for a wrong address.
 */
@Provider
public class NumberParameters implements ParamConverterProvider {

  /** An unreadable parameter, with the problem to answer. */
  public static final class Unreadable extends BadRequestException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    Unreadable(Problem problem) {
      super(problem.detail());
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (rawType != Integer.class) {
      return null;
    }
    String name = "value";
    for (Annotation annotation : annotations) {
      if (annotation instanceof QueryParam query) {
        name = query.value();
      }
    }
    String parameter = name;
    return (ParamConverter<T>)
        new ParamConverter<Integer>() {
          @Override
          public Integer fromString(String value) {
            if (value == null) {
              return null;
            }
            try {
              return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
              throw new Unreadable(
                  Problem.of(
                          "validation-failed",
                          "Invalid request",
                          400,
                          "Some values in the request are not acceptable.")
                      .withErrors(
                          List.of(new Problem.FieldError(parameter, "must be a whole number"))));
            }
          }

          @Override
          public String toString(Integer value) {
            return String.valueOf(value);
          }
        };
  }
}
