package org.backcare.toolbox.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcare.toolbox.domain.ExerciseTry;
import org.backcare.toolbox.domain.MoveRecord;
import org.backcare.toolbox.domain.MoveTally;
import org.backcare.toolbox.domain.ToolboxEntry;
import org.backcare.toolbox.domain.ToolboxRecords;

/**
 * {@link ToolboxRecords} in lists, for unit tests of the toolbox use cases: the rules run as in
 * production, without a server or a database. Counts its flushes, which stand for the writes the
 * database would check versions on.
 */
final class InMemoryToolboxRecords implements ToolboxRecords {

  final List<ToolboxEntry> entries = new ArrayList<>();
  final List<ExerciseTry> tries = new ArrayList<>();
  final List<MoveTally> tallies = new ArrayList<>();
  int flushes;

  @Override
  public List<ToolboxEntry> entries(long memberId) {
    return entries.stream()
        .filter(e -> e.memberId() == memberId)
        .sorted(Comparator.comparingInt(ToolboxEntry::position))
        .toList();
  }

  @Override
  public void add(ToolboxEntry entry) {
    entries.add(entry);
  }

  @Override
  public void remove(ToolboxEntry entry) {
    entries.remove(entry);
  }

  @Override
  public Optional<ExerciseTry> tryByClientId(long memberId, String clientId) {
    return tries.stream()
        .filter(t -> t.memberId() == memberId && clientId.equals(t.clientId()))
        .findFirst();
  }

  @Override
  public void add(ExerciseTry attempt) {
    tries.add(attempt);
  }

  @Override
  public List<ExerciseTry> triesSince(long memberId, java.time.Instant since) {
    return tries.stream()
        .filter(t -> t.memberId() == memberId && !t.triedAt().isBefore(since))
        .sorted(java.util.Comparator.comparing(ExerciseTry::triedAt))
        .toList();
  }

  @Override
  public List<MoveTally> tallies(long memberId) {
    return tallies.stream().filter(t -> t.memberId() == memberId).toList();
  }

  @Override
  public void count(long memberId, String exerciseId, MoveRecord.Rating rating) {
    tallies(memberId).stream()
        .filter(t -> t.record().exerciseId().equals(exerciseId))
        .findFirst()
        .ifPresentOrElse(
            t -> t.add(rating), () -> tallies.add(new MoveTally(memberId, exerciseId, rating)));
  }

  @Override
  public void flush() {
    flushes++;
  }

  @Override
  public Map<String, Integer> forgetTriesBefore(String tenant, Instant cutoff) {
    throw new UnsupportedOperationException("the purge runs in the database (PrivacyIT)");
  }
}
