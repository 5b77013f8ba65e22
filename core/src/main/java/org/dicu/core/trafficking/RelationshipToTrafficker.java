package org.dicu.core.trafficking;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/**
 * How a victim knew the trafficker before the trafficking (HTCDS 2.0
 * {@code vic_RelationshipToTrafficker}).
 *
 * <p>The standard spells its third value name {@code Unaquainted}; that spelling stays the wire
 * code so that exchanged files match the standard, and the correct spelling {@code Unacquainted} is
 * accepted when reading.
 */
public enum RelationshipToTrafficker implements Coded {
  /** The trafficker is a family member. */
  FAMILIAL("Familial", "Familial", "Có quan hệ gia đình"),
  /** The victim knew the trafficker, as a friend, neighbour or acquaintance. */
  ACQUAINTED("Acquainted", "Acquainted", "Quen biết"),
  /** The victim did not know the trafficker (wire code misspelt as in the standard). */
  UNACQUAINTED("Unaquainted", "Unaquainted", "Không quen biết", "Unacquainted");

  private final CodeDefinition definition;

  RelationshipToTrafficker(String code, String labelEn, String labelVi, String... aliases) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi, aliases);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
