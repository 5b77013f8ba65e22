package org.dicu.core.agency;

/** The columns of an agency directory file, in order, with their header names. */
enum AgencyColumn {
  ID("id"),
  PARENT_ID("parentId"),
  TYPE("type"),
  COUNTRY("country"),
  ABBREVIATION("abbreviation"),
  NAME_VI("nameVi"),
  NAME_EN("nameEn"),
  VALID_FROM("validFrom"),
  VALID_TO("validTo"),
  FUNCTIONS("functions"),
  SUCCESSIONS("successions"),
  IATI_IDENTIFIER("iatiIdentifier");

  private final String header;

  AgencyColumn(String header) {
    this.header = header;
  }

  /** Returns the name of the column in the header row. */
  String header() {
    return header;
  }

  /** Returns the column number, counting from 1. */
  int number() {
    return ordinal() + 1;
  }
}
