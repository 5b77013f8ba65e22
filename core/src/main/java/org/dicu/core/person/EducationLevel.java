package org.dicu.core.person;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/**
 * The highest level of education a person completed, by the levels of the International
 * Standard Classification of Education, ISCED 2011 (HTCDS 2.0 {@code prs_HighestLevelOfEducation}).
 *
 * <p>The standard's labels use a typographic apostrophe ("Bachelor’s"); the spelling with a plain
 * apostrophe is accepted as well.
 */
public enum EducationLevel implements Coded {
  /** ISCED level 0: early childhood education. */
  EARLY_CHILDHOOD_EDUCATION(
      "EarlyChildhoodEducation", "Early Childhood Education", "Giáo dục mầm non"),
  /** ISCED level 1: primary education. */
  PRIMARY_EDUCATION("PrimaryEducation", "Primary Education", "Tiểu học"),
  /** ISCED level 2: lower secondary education. */
  LOWER_SECONDARY_EDUCATION(
      "LowerSecondaryEducation", "Lower Secondary Education", "Trung học cơ sở"),
  /** ISCED level 3: upper secondary education. */
  UPPER_SECONDARY_EDUCATION(
      "UpperSecondaryEducation", "Upper Secondary Education", "Trung học phổ thông"),
  /** ISCED level 4: post-secondary non-tertiary education. */
  POST_SECONDARY_NON_TERTIARY_EDUCATION(
      "PostSecondaryNonTertiaryEducation",
      "Post-secondary Non-tertiary Education",
      "Giáo dục sau trung học phổ thông (chưa đến bậc đại học)"),
  /** ISCED level 5: short-cycle tertiary education. */
  SHORT_CYCLE_TERTIARY_EDUCATION(
      "ShortCycleTertiaryEducation",
      "Short-cycle Tertiary Education",
      "Giáo dục đại học ngắn hạn (cao đẳng)"),
  /** ISCED level 6: bachelor's or equivalent level. */
  BACHELORS_OR_EQUIVALENT_LEVEL(
      "BachelorsOrEquivalentLevel",
      "Bachelor’s or Equivalent Level",
      "Đại học (cử nhân) hoặc tương đương",
      "Bachelor's or Equivalent Level"),
  /** ISCED level 7: master's or equivalent level. */
  MASTERS_OR_EQUIVALENT_LEVEL(
      "MastersOrEquivalentLevel",
      "Master’s or Equivalent Level",
      "Thạc sĩ hoặc tương đương",
      "Master's or Equivalent Level"),
  /** ISCED level 8: doctoral or equivalent level. */
  DOCTORAL_OR_EQUIVALENT_LEVEL(
      "DoctoralOrEquivalentLevel", "Doctoral or Equivalent Level", "Tiến sĩ hoặc tương đương");

  private final CodeDefinition definition;

  EducationLevel(String code, String labelEn, String labelVi, String... aliases) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi, aliases);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
