/**
 * The member's movement toolbox: the few stretches and strengthening moves that bring them relief,
 * rated by how much they helped, and a quick routine built from them when stiffness comes.
 */
package org.backcare.toolbox;
