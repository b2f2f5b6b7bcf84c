package org.backcare.toolbox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.web.PostbackParameters;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.SelfCheck;
import org.backcare.toolbox.application.Exercises;
import org.backcare.toolbox.application.MemberToolbox;
import org.backcare.toolbox.application.Tries;
import org.backcare.toolbox.domain.Exercise;
import org.backcare.toolbox.domain.ExerciseText;

/**
 * The guided player for one move (and the next moves of a quick routine): stiffness before, the
 * steps with timers (resources/js/player.js), stiffness after and any warning sign. Without
 * JavaScript the steps and the form still work. A red flag ends the try and shows the safety
 * guidance with the employer's care route instead of the next move.
 */
@Named
@RequestScoped
public class TryPage {

  @Inject Exercises exercises;
  @Inject Tries tries;
  @Inject MemberToolbox toolbox;

  private String id;
  private String next;
  private Integer before;
  private Integer after;
  private List<String> flags = List.of();
  private SelfCheck outcome;
  private Integer change;

  public void open() throws IOException {
    try {
      exercises.exercise(getId() == null ? "" : getId());
    } catch (DomainException e) {
      ToolboxPages.notFound(e);
    }
  }

  public Exercise getExercise() {
    return getId() == null ? null : exercises.catalogue().find(getId()).orElse(null);
  }

  public ExerciseText getText() {
    Exercise exercise = getExercise();
    return exercise == null ? null : exercise.in(ToolboxPages.locale());
  }

  public List<RedFlag> getSigns() {
    return Arrays.asList(RedFlag.values());
  }

  public List<Integer> getScale() {
    return List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }

  /** Records the try; a red flag stops, otherwise the change in stiffness is shown. */
  public String finish() {
    Set<RedFlag> yes = EnumSet.noneOf(RedFlag.class);
    for (RedFlag flag : RedFlag.values()) {
      if (flags.contains(flag.key())) {
        yes.add(flag);
      }
    }
    boolean completed = yes.isEmpty() && after != null;
    Tries.Outcome recorded =
        tries.record(getId(), before, yes.isEmpty() ? after : null, completed, yes);
    outcome = recorded.safety();
    if (completed) {
      change = after - before;
    }
    return null;
  }

  public boolean isKept() {
    return toolbox.entries().stream().anyMatch(e -> e.exerciseId().equals(getId()));
  }

  public String keep() {
    toolbox.keep(getId());
    return "/toolbox/mine.xhtml?faces-redirect=true";
  }

  /** The next move of the routine, if any. */
  public String getNextId() {
    return getNext() == null || getNext().isBlank() ? null : getNext().split(",")[0];
  }

  /** The moves after the next one. */
  public String getRest() {
    if (getNextId() == null) {
      return "";
    }
    int comma = next.indexOf(',');
    return comma < 0 ? "" : next.substring(comma + 1);
  }

  public SelfCheck getOutcome() {
    return outcome;
  }

  public Integer getChange() {
    return change;
  }

  /** The size of the change, for wording that says "down by 3" rather than "down by -3". */
  public Integer getChangeSize() {
    return change == null ? null : Math.abs(change);
  }

  public String getId() {
    id = PostbackParameters.orRequest(id, "id");
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getNext() {
    next = PostbackParameters.orRequest(next, "next");
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public Integer getBefore() {
    return before;
  }

  public void setBefore(Integer before) {
    this.before = before;
  }

  public Integer getAfter() {
    return after;
  }

  public void setAfter(Integer after) {
    this.after = after;
  }

  public List<String> getFlags() {
    return flags;
  }

  public void setFlags(List<String> flags) {
    this.flags = flags == null ? List.of() : flags;
  }
}
