/**
 * The movement toolbox: the shipped exercises (with each employer's overlay) and their guided
 * player, the member's own toolbox of the moves that bring them relief, rated by how much they
 * helped, and the quick "stiff right now?" routines built from it. A try that reports a warning
 * sign goes to {@code safety}; a full toolbox is a participation event.
 *
 * <p>Published for the other features: {@link Exercise}, one move as the catalogue describes it,
 * because a programme's circuit is made of these moves and its pages and API show them as the
 * toolbox does ({@code Exercises} and {@code Programs.move} hand them out).
 *
 * <p>Persistence: the use cases keep kept moves, tries and tallies through one port, {@code
 * domain.ToolboxRecords}, whose one adapter is {@code application.JpaToolboxRecords} (the
 * tenant-scoped entity manager; edits flushed through {@code platform.persistence.Writes}, so a
 * lost race answers 409). Which tries count is stated once, in {@code domain.ExerciseTry}.
 */
@Publishes(Exercise.class)
package org.backcare.toolbox;

import org.backcare.platform.domain.Publishes;
import org.backcare.toolbox.domain.Exercise;
