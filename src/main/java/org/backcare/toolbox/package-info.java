/**
 * The member's movement toolbox: the few stretches and strengthening moves that bring them relief,
 * rated by how much they helped, and a quick routine built from them when stiffness comes.
 *
 * <p>Persistence: the use cases keep kept moves, tries and tallies through one port, {@code
 * domain.ToolboxRecords}, whose one adapter is {@code application.JpaToolboxRecords} (the
 * tenant-scoped entity manager; edits flushed through {@code platform.persistence.Writes}, so a
 * lost race answers 409). Which tries count is stated once, in {@code domain.ExerciseTry}.
 */
package org.backcare.toolbox;
