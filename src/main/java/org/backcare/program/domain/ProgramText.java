package org.backcare.program.domain;

/** A programme's words in one language. */
public record ProgramText(String name, String summary, String whoFor) {}
