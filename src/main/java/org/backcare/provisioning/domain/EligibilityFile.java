package org.backcare.provisioning.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An employer's full eligibility file: a CSV of everyone eligible, sent by employers whose portal
 * cannot speak SCIM. It is read strictly and refused as a whole, because it is applied as a whole:
 * a row misread is a person wrongly let in or shut out, and a person left out of a full file is
 * deprovisioned.
 *
 * <p>The columns are {@code subject} (required) and {@code termination_date} (optional, ISO date)
 * and nothing else. Refusing any other column keeps an HR export with names or emails from being
 * sent by mistake; refusing a subject with {@code @} does the same for a file keyed by email.
 */
public final class EligibilityFile {

  /**
   * The most rows one file may carry. A file is applied in one transaction, and a first file (every
   * row a new record and an audit line) took 9 s for 50,000 rows on PostgreSQL here: 200,000 stays
   * well inside the server's two-minute transaction timeout. A bigger population needs a
   * conversation (or SCIM), not an upload.
   */
  public static final int MAX_ROWS = 200_000;

  static final int MAX_SUBJECT_LENGTH = 255;
  static final int MAX_PROBLEMS_SHOWN = 20;
  private static final String SUBJECT = "subject";
  private static final String TERMINATION_DATE = "termination_date";

  private final List<EligibilityRow> rows;

  private EligibilityFile(List<EligibilityRow> rows) {
    this.rows = List.copyOf(rows);
  }

  /**
   * Reads a file's bytes.
   *
   * @throws EligibilityFileException with every problem found, when anything is wrong
   */
  public static EligibilityFile parse(byte[] body) {
    String text = Utf8.decode(body == null ? new byte[0] : body);
    Problems problems = new Problems();
    List<EligibilityRow> rows = new Reader(text, problems).read();
    problems.throwIfAny();
    return new EligibilityFile(rows);
  }

  /** The rows in file order. */
  public List<EligibilityRow> rows() {
    return rows;
  }

  /** Reads the lines of a decoded file into rows, reporting what is wrong to {@code problems}. */
  private static final class Reader {
    private final String text;
    private final Problems problems;
    private final Map<String, Integer> firstLineOfSubject = new HashMap<>();
    private final List<EligibilityRow> rows = new ArrayList<>();
    private int position;
    private int lineNumber;
    private int subjectColumn = -1;
    private int dateColumn = -1;
    private int columns;

    Reader(String text, Problems problems) {
      this.text = text;
      this.problems = problems;
    }

    List<EligibilityRow> read() {
      String header = nextNonBlankLine();
      if (header == null) {
        problems.add(1, "the file has no rows; an empty file is most often a truncated upload");
        return rows;
      }
      int headerLine = lineNumber;
      if (!readHeader(header)) {
        return rows;
      }
      int dataRows = 0;
      for (String line = nextNonBlankLine(); line != null; line = nextNonBlankLine()) {
        if (++dataRows > MAX_ROWS) {
          problems.add(
              lineNumber, "the file has more than " + MAX_ROWS + " rows, the most allowed");
          return rows;
        }
        readRow(line);
      }
      if (dataRows == 0) {
        problems.add(headerLine, "the file has no rows, only a header");
      }
      return rows;
    }

    /** The next line that is not blank, without its line end, or null at the end of the text. */
    private String nextNonBlankLine() {
      while (position < text.length()) {
        int end = text.indexOf('\n', position);
        int next = end < 0 ? text.length() : end + 1;
        String line = text.substring(position, end < 0 ? text.length() : end);
        position = next;
        lineNumber++;
        if (line.endsWith("\r")) {
          line = line.substring(0, line.length() - 1);
        }
        if (!line.isBlank()) {
          return line;
        }
      }
      return null;
    }

    /** Reads the header; false when it is wrong, as the rows then cannot be read with any sense. */
    private boolean readHeader(String line) {
      List<String> names = fields(line);
      if (names == null) {
        return false;
      }
      List<String> unknown = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i).strip().toLowerCase(Locale.ROOT);
        if (name.equals(SUBJECT) && subjectColumn < 0) {
          subjectColumn = i;
        } else if (name.equals(TERMINATION_DATE) && dateColumn < 0) {
          dateColumn = i;
        } else if (name.equals(SUBJECT) || name.equals(TERMINATION_DATE)) {
          problems.add(lineNumber, "the column " + name + " appears twice");
        } else {
          unknown.add(name.isEmpty() ? "(empty)" : "'" + name + "'");
        }
      }
      if (!unknown.isEmpty()) {
        problems.add(
            lineNumber,
            "unknown column "
                + String.join(", ", unknown)
                + "; the file carries only subject and termination_date, never names or emails");
      }
      if (subjectColumn < 0) {
        problems.add(lineNumber, "the header has no subject column");
      }
      columns = names.size();
      return !problems.any();
    }

    private void readRow(String line) {
      List<String> fields = fields(line);
      if (fields == null) {
        return;
      }
      if (fields.size() != columns) {
        problems.add(lineNumber, fields.size() + " fields where the header has " + columns);
        return;
      }
      Optional<String> subject = subject(fields.get(subjectColumn));
      Optional<LocalDate> date = dateColumn < 0 ? Optional.empty() : date(fields.get(dateColumn));
      boolean dateOk = dateColumn < 0 || fields.get(dateColumn).isBlank() || date.isPresent();
      if (subject.isEmpty() || !dateOk) {
        return;
      }
      Integer earlier = firstLineOfSubject.putIfAbsent(subject.get(), lineNumber);
      if (earlier != null) {
        problems.add(lineNumber, "the same subject as line " + earlier);
        return;
      }
      rows.add(new EligibilityRow(subject.get(), date, lineNumber));
    }

    /** The subject, stripped, or empty after reporting why it is refused. */
    private Optional<String> subject(String field) {
      String subject = field.strip();
      int length = subject.codePointCount(0, subject.length());
      if (subject.isEmpty()) {
        problems.add(lineNumber, "the subject is missing");
      } else if (length > MAX_SUBJECT_LENGTH) {
        problems.add(
            lineNumber, "the subject is longer than " + MAX_SUBJECT_LENGTH + " characters");
      } else if (subject.codePoints().anyMatch(Character::isISOControl)) {
        problems.add(lineNumber, "the subject contains a control character");
      } else if (subject.indexOf('@') >= 0) {
        problems.add(
            lineNumber, "the subject looks like an email address; send the pseudonymous id");
      } else {
        return Optional.of(subject);
      }
      return Optional.empty();
    }

    /** The termination date, or empty when there is none or after reporting it is no date. */
    private Optional<LocalDate> date(String field) {
      String value = field.strip();
      if (value.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE));
      } catch (DateTimeParseException e) {
        String shown = value.length() > 20 ? value.substring(0, 20) + "…" : value;
        problems.add(
            lineNumber,
            "termination_date '"
                + shown.replaceAll("\\p{Cntrl}", "?")
                + "' is not a date written yyyy-MM-dd");
        return Optional.empty();
      }
    }

    /** The line's fields, or null after reporting why the line cannot be split. */
    private List<String> fields(String line) {
      try {
        return CsvLine.split(line);
      } catch (IllegalArgumentException e) {
        problems.add(lineNumber, e.getMessage());
        return null;
      }
    }
  }

  /**
   * Strict UTF-8, because a file in another encoding would turn subjects into other subjects
   * silently; a UTF-8 byte order mark, which spreadsheet programs write, is skipped.
   */
  static final class Utf8 {
    private Utf8() {}

    static String decode(byte[] body) {
      int start = hasBom(body) ? 3 : 0;
      ByteBuffer in = ByteBuffer.wrap(body, start, body.length - start);
      CharBuffer out = CharBuffer.allocate(body.length);
      CharsetDecoder decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      CoderResult result = decoder.decode(in, out, true);
      if (!result.isError()) {
        result = decoder.flush(out);
      }
      if (result.isError()) {
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
          line += body[i] == '\n' ? 1 : 0;
        }
        throw new EligibilityFileException(
            List.of("line " + line + ": the file is not valid UTF-8 here (save it as UTF-8)"));
      }
      return out.flip().toString();
    }

    private static boolean hasBom(byte[] body) {
      return body.length >= 3
          && body[0] == (byte) 0xEF
          && body[1] == (byte) 0xBB
          && body[2] == (byte) 0xBF;
    }
  }

  /** The problems of one file: the first twenty in full, and how many more. */
  private static final class Problems {
    private final List<String> shown = new ArrayList<>();
    private int count;

    void add(int line, String problem) {
      if (count++ < MAX_PROBLEMS_SHOWN) {
        shown.add("line " + line + ": " + problem);
      }
    }

    boolean any() {
      return count > 0;
    }

    void throwIfAny() {
      if (count == 0) {
        return;
      }
      List<String> all = new ArrayList<>(shown);
      if (count > shown.size()) {
        all.add("and " + (count - shown.size()) + " more");
      }
      throw new EligibilityFileException(all);
    }
  }
}
