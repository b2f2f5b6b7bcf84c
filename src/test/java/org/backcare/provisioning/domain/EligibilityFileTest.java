package org.backcare.provisioning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EligibilityFileTest {

  private static List<EligibilityRow> rows(String text) {
    return EligibilityFile.parse(text.getBytes(StandardCharsets.UTF_8)).rows();
  }

  private static List<String> problems(String text) {
    return problems(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> problems(byte[] body) {
    return assertThrows(
            EligibilityFileException.class,
            () -> EligibilityFile.parse(body),
            "the file is refused")
        .problems();
  }

  private static void assertOneProblem(String expected, List<String> problems, String message) {
    assertEquals(List.of(expected), problems, message);
  }

  @Test
  void readsSubjectsAndTerminationDatesInFileOrderWithTheirLines() {
    assertEquals(
        List.of(
            new EligibilityRow("e-1", Optional.empty(), 2),
            new EligibilityRow("e-2", Optional.of(LocalDate.of(2026, 3, 31)), 3)),
        rows("subject,termination_date\ne-1,\ne-2,2026-03-31\n"),
        "each row keeps its subject, its date (empty while employed) and its line");
  }

  @Test
  void theTerminationDateColumnIsOptional() {
    assertEquals(
        List.of(new EligibilityRow("e-1", Optional.empty(), 2)),
        rows("subject\ne-1"),
        "a file of subjects alone is valid, and the last line needs no line end");
  }

  @Test
  void columnNamesAreCaseInsensitiveStrippedAndInAnyOrder() {
    assertEquals(
        List.of(new EligibilityRow("e-1", Optional.of(LocalDate.of(2026, 1, 2)), 2)),
        rows(" Termination_Date , SUBJECT \n2026-01-02,e-1\n"),
        "the header is matched ignoring case and surrounding spaces, in either order");
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] rest = "subject\ne-1\n".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(bom);
    body.writeBytes(rest);
    assertEquals(
        List.of(new EligibilityRow("e-1", Optional.empty(), 2)),
        EligibilityFile.parse(body.toByteArray()).rows(),
        "a spreadsheet's UTF-8 byte order mark is not part of the first column's name");
  }

  @Test
  void windowsLineEndsAreRead() {
    assertEquals(
        List.of(
            new EligibilityRow("e-1", Optional.empty(), 2),
            new EligibilityRow("e-2", Optional.of(LocalDate.of(2026, 5, 1)), 3)),
        rows("subject,termination_date\r\ne-1,\r\ne-2,2026-05-01\r\n"),
        "CRLF ends a line like LF, and the CR is not part of the last field");
  }

  @Test
  void aCarriageReturnAloneIsRefused() {
    assertOneProblem(
        "line 2: a carriage return inside the line; lines end with CRLF or LF",
        problems("subject\ne-1\re-2\n"),
        "old Mac line ends would join rows, so they are refused");
  }

  @Test
  void quotedFieldsKeepCommasAndDoubledQuotes() {
    assertEquals(
        List.of(
            new EligibilityRow("a,b", Optional.empty(), 2),
            new EligibilityRow("x\"y", Optional.of(LocalDate.of(2026, 2, 1)), 3),
            new EligibilityRow("plain", Optional.empty(), 4)),
        rows("\"subject\",termination_date\n\"a,b\",\n\"x\"\"y\",\"2026-02-01\"\nplain,\"\"\n"),
        "RFC 4180: a quoted field may hold commas, and a doubled quote is one quote");
  }

  @Test
  void aLineBreakInsideAQuotedFieldIsRefused() {
    List<String> problems = problems("subject,termination_date\n\"e-1\n\",\ne-2,\n");
    assertEquals(
        "line 2: a quoted field is not closed on its line; a field may not span lines",
        problems.get(0),
        "subjects have no line breaks, so one inside quotes is a broken file");
  }

  @Test
  void quotesOutOfPlaceAreRefused() {
    assertEquals(
        List.of(
            "line 2: text after a closing quote",
            "line 3: a quote inside an unquoted field; quote the field and double the quote"),
        problems("subject\n\"e-1\"x\ne\"2\n"),
        "a quote is only allowed around a whole field");
  }

  @Test
  void malformedUtf8IsRefusedNamingTheFirstBadLine() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes("subject\ne-1\nm".getBytes(StandardCharsets.UTF_8));
    body.writeBytes(new byte[] {(byte) 0xFC, 'l', 'l', 'e', 'r', '\n', (byte) 0xFF, '\n'});
    assertOneProblem(
        "line 3: the file is not valid UTF-8 here (save it as UTF-8)",
        problems(body.toByteArray()),
        "a Latin-1 byte would turn a subject into another one, so the file is refused at line 3");
  }

  @Test
  void anExtraColumnSuchAsEmailIsRefusedByName() {
    assertOneProblem(
        "line 1: unknown column 'email'; the file carries only subject and termination_date,"
            + " never names or emails",
        problems("subject,Email\ne-1,ann@example.org\n"),
        "an HR export with emails is refused at the header, before any row is read");
  }

  @Test
  void everyUnknownColumnIsNamed() {
    assertOneProblem(
        "line 1: unknown column 'first_name', 'last_name', (empty); the file carries only"
            + " subject and termination_date, never names or emails",
        problems("first_name,subject,last_name,\nAnn,e-1,Lee,\n"),
        "all the unknown columns are named at once, an empty name too");
  }

  @Test
  void aHeaderWithoutSubjectIsRefused() {
    assertOneProblem(
        "line 1: the header has no subject column",
        problems("termination_date\n2026-01-01\n"),
        "the subject column is required");
  }

  @Test
  void aDuplicateHeaderIsRefused() {
    assertOneProblem(
        "line 1: the column subject appears twice",
        problems("subject,SUBJECT\ne-1,e-2\n"),
        "two columns of the same name make it unclear which one counts");
  }

  @Test
  void aSubjectWithAnAtSignIsRefusedAsAnEmailAddress() {
    assertOneProblem(
        "line 3: the subject looks like an email address; send the pseudonymous id",
        problems("subject\ne-1\nann.lee@example.org\n"),
        "backcare is sent pseudonymous ids, never email addresses");
  }

  @Test
  void theSameSubjectTwiceIsRefusedNamingBothLines() {
    assertOneProblem(
        "line 4: the same subject as line 2",
        problems("subject\ne-1\ne-2\n e-1 \n"),
        "a subject twice (after stripping) is refused, naming where it first appeared");
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsRefused() {
    assertEquals(
        List.of(
            "line 2: 3 fields where the header has 2", "line 3: 1 fields where the header has 2"),
        problems("subject,termination_date\ne-1,,x\ne-2\n"),
        "every row has as many fields as the header");
  }

  @ParameterizedTest(name = "termination_date {0}")
  @ValueSource(strings = {"31/03/2026", "2026-02-30", "2026-3-31", "tomorrow"})
  void aBadDateIsRefused(String date) {
    assertOneProblem(
        "line 2: termination_date '" + date + "' is not a date written yyyy-MM-dd",
        problems("subject,termination_date\ne-1," + date + "\n"),
        "only a real ISO date is a termination date");
  }

  @Test
  void subjectsAreStrippedAndUpTo255Characters() {
    String longest = "x".repeat(255);
    assertEquals(
        List.of(
            new EligibilityRow("e-1", Optional.empty(), 2),
            new EligibilityRow(longest, Optional.empty(), 3)),
        rows("subject\n  e-1\t\n" + longest + "\n"),
        "surrounding spaces are stripped, and 255 characters are allowed");
  }

  @Test
  void aMissingLongOrControlCharacterSubjectIsRefused() {
    assertEquals(
        List.of(
            "line 2: the subject is missing",
            "line 3: the subject is longer than 255 characters",
            "line 4: the subject contains a control character"),
        problems("subject,termination_date\n  ,\n" + "x".repeat(256) + ",\ne\u00071,\n"),
        "a subject is 1 to 255 characters without control characters");
  }

  @Test
  void blankLinesAreSkippedAndLineNumbersStayTrue() {
    assertEquals(
        List.of(
            new EligibilityRow("e-1", Optional.empty(), 3),
            new EligibilityRow("e-2", Optional.empty(), 5)),
        rows("subject\n\ne-1\n   \ne-2\n\n"),
        "blank lines are skipped, and a row's line is its line in the file");
  }

  @Test
  void anEmptyFileIsRefusedAsTheCommonestTruncation() {
    assertOneProblem(
        "line 1: the file has no rows; an empty file is most often a truncated upload",
        problems(new byte[0]),
        "zero bytes are refused, not read as an empty population");
    assertOneProblem(
        "line 1: the file has no rows; an empty file is most often a truncated upload",
        problems("\r\n\n"),
        "a file of line ends alone is empty too");
  }

  @Test
  void aHeaderWithoutRowsIsRefused() {
    assertOneProblem(
        "line 1: the file has no rows, only a header",
        problems("subject,termination_date\n"),
        "a header alone would deprovision everyone, so it is refused");
  }

  @Test
  void everyProblemIsReportedAtOnceUpToTwentyAndACount() {
    StringBuilder file = new StringBuilder("subject\n");
    for (int i = 0; i < 25; i++) {
      file.append("p").append(i).append("@example.org\n");
    }
    List<String> problems = problems(file.toString());
    assertEquals(21, problems.size(), "twenty problems in full, then the count of the rest");
    assertEquals(
        "line 21: the subject looks like an email address; send the pseudonymous id",
        problems.get(19),
        "the twentieth problem is the one on line 21");
    assertEquals("and 5 more", problems.get(20), "the rest are counted, not listed");
  }

  @Test
  void problemsOfDifferentKindsAreCollectedTogether() {
    assertEquals(
        List.of(
            "line 2: the subject looks like an email address; send the pseudonymous id",
            "line 2: termination_date 'soon' is not a date written yyyy-MM-dd",
            "line 4: the same subject as line 3"),
        problems("subject,termination_date\na@b,soon\ne-1,\ne-1,\n"),
        "an operator sees every problem of the file, two on one line as well");
  }

  @Test
  void problemsNeverQuoteASubject() {
    String message =
        assertThrows(
                EligibilityFileException.class,
                () ->
                    EligibilityFile.parse(
                        "subject\nann@example.org\n".getBytes(StandardCharsets.UTF_8)),
                "the file is refused")
            .getMessage();
    assertFalse(message.contains("ann"), "the words go to logs, so no subject is quoted");
  }

  @Test
  void atMostTwoHundredThousandRows() {
    StringBuilder file = new StringBuilder("subject\n");
    for (int i = 0; i <= EligibilityFile.MAX_ROWS; i++) {
      file.append(i).append('\n');
    }
    assertOneProblem(
        "line 200002: the file has more than 200000 rows, the most allowed",
        problems(file.toString()),
        "the 200,001st row is refused");
    int last = file.lastIndexOf("\n200000\n") + 1;
    assertEquals(
        EligibilityFile.MAX_ROWS,
        rows(file.substring(0, last)).size(),
        "exactly 200,000 rows are allowed");
  }
}
