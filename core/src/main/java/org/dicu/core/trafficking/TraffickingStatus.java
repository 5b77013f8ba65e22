package org.dicu.core.trafficking;

import org.dicu.core.code.CodeDefinition;
import org.dicu.core.code.Coded;

/**
 * Whether a person related to a case has been trafficked (HTCDS 2.0 {@code vic_TraffickingStatus}).
 *
 * <p>The body that made the determination is a {@link DecisionMakingOrganisation}. The Vietnamese
 * labels use the terms of the Law on Prevention and Combat of Human Trafficking (53/2024/QH15),
 * whose "person undergoing identification" is the standard's possible victim.
 */
public enum TraffickingStatus implements Coded {
  /** Someone who might be a victim of trafficking but has not yet been verified. */
  POSSIBLE_VICTIM_OF_TRAFFICKING(
      "PossibleVictimOfTrafficking",
      "Possible victim of trafficking",
      "Người đang trong quá trình xác định là nạn nhân"),
  /** Someone who has been determined to be a victim of trafficking. */
  ACTUAL_VICTIM_OF_TRAFFICKING(
      "ActualVictimOfTrafficking", "Actual victim of trafficking", "Nạn nhân bị mua bán"),
  /** Someone who has been determined not to be a victim of trafficking. */
  NOT_A_VICTIM_OF_TRAFFICKING(
      "NotAVictimOfTrafficking", "Not a victim of trafficking", "Không phải nạn nhân bị mua bán");

  private final CodeDefinition definition;

  TraffickingStatus(String code, String labelEn, String labelVi, String... aliases) {
    this.definition = CodeDefinition.of(code, labelEn, labelVi, aliases);
  }

  @Override
  public CodeDefinition getDefinition() {
    return definition;
  }
}
