package org.backcare.provisioning.domain;

import java.util.List;
import org.backcare.platform.domain.DomainException;

/**
 * An eligibility file that was refused as a whole, with every problem found in it (each {@code
 * "line N: ..."}, at most twenty and then a count of the rest), so an operator fixes the file in
 * one go instead of uploading it once per mistake. Nothing of a refused file is applied: a file
 * that is partly wrong may also be partly missing.
 *
 * <p>The problems quote no subject: the file is about people, and the words end up in logs and on
 * an operator's screen. The line number is enough to find the row.
 */
public class EligibilityFileException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public EligibilityFileException(List<String> problems) {
    super(
        Kind.INVALID, "eligibility-file", "Eligibility file refused", String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * What is wrong, in line order, each starting with {@code "line N: "}; past twenty, the last
   * entry says how many more there are ({@code "and N more"}).
   */
  public List<String> problems() {
    return problems;
  }
}
