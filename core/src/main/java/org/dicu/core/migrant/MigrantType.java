package org.dicu.core.migrant;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/**
 * The migration situation of a person, from the "Migrant Type" and "Other" classifications of the
 * HTCDS 2.0 guidance on migration and international protection.
 *
 * <p>HTCDS defines these values in its guidance, not as a picklist of its field table, so the wire
 * codes are dicu's. The guidance's own spellings ("Family Migrant", "Seperated or Unaccompanied
 * child", ...) are accepted when reading. A person's need for international protection is a
 * separate {@link ProtectionStatus}.
 */
public enum MigrantType implements Coded {
  /** A person who migrated to join or accompany family. */
  FAMILY_MIGRANT(
      "FamilyMigrant", "Family migrant", "Người di cư theo diện gia đình", "Family Migrant"),
  /** A person allowed temporary entry to a country to visit or for tourism. */
  VISITOR_OR_TOURIST_MIGRANT(
      "VisitorOrTouristMigrant",
      "Visitor / Tourist migrant",
      "Người di cư diện thăm thân / du lịch",
      "Visitor / Tourist Migrant"),
  /** A migrant with temporary permission to reside and work. */
  LABOUR_MIGRANT("LabourMigrant", "Labour migrant", "Người lao động di cư"),
  /** A migrant with temporary permission to reside and study. */
  STUDENT_MIGRANT(
      "StudentMigrant", "Student migrant", "Người di cư để học tập", "Student Migrant"),
  /** A migrant who lacks legal status in a transit or destination country. */
  IRREGULAR_MIGRANT("IrregularMigrant", "Irregular migrant", "Người di cư không thường xuyên"),
  /** A person who moved because of sudden or progressive changes in the environment. */
  ENVIRONMENTAL_MIGRANT(
      "EnvironmentalMigrant", "Environmental migrant", "Người di cư vì môi trường"),
  /** A migrant who, through a mix of factors, cannot realise or defend their human rights. */
  VULNERABLE_MIGRANT(
      "VulnerableMigrant",
      "Vulnerable migrant",
      "Người di cư trong hoàn cảnh dễ bị tổn thương"),
  /** A migrant whose migration was interrupted and who can neither return nor move on. */
  STRANDED_MIGRANT("StrandedMigrant", "Stranded migrant", "Người di cư bị mắc kẹt"),
  /** A person who moved under coercion but is neither a refugee nor an asylum seeker. */
  FORCED_MIGRANT("ForcedMigrant", "Forced migrant", "Người di cư cưỡng bức"),
  /** A person forcibly returned by a government to their country of origin or a third country. */
  DEPORTEE("Deportee", "Deportee", "Người bị trục xuất"),
  /** A person who has been, but is no longer, a combatant. */
  EX_COMBATANT("ExCombatant", "Ex-combatant", "Người từng tham chiến"),
  /** A person forced to flee their home who has not crossed an international border. */
  INTERNALLY_DISPLACED_PERSON(
      "InternallyDisplacedPerson",
      "Internally displaced person",
      "Người phải di dời trong nước"),
  /** A child separated from both parents, with or without other relatives. */
  SEPARATED_OR_UNACCOMPANIED_CHILD(
      "SeparatedOrUnaccompaniedChild",
      "Separated or unaccompanied child",
      "Trẻ em bị tách khỏi cha mẹ hoặc không có người đi kèm",
      "Seperated or Unaccompanied child"),
  /** A person who has recently returned to their country of origin voluntarily. */
  RETURNEE("Returnee", "Returnee", "Người di cư trở về");

  private final CodeDefinition definition;

  MigrantType(String code, String labelEn, String labelVi, String... aliases) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi, aliases);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
