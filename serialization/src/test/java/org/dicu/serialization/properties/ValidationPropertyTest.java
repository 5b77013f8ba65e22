package org.dicu.serialization.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.validation.DicuValidator;
import org.dicu.core.validation.ValidationProfile;
import org.dicu.core.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Validation over any case the builders accept ({@link CaseGenerators#anything()}: out-of-range
 * numbers, blank, very long and broken text, extreme dates, NaN coordinates): it never throws,
 * and the same case gets the same report every time, from the same validator and from another one
 * built alike, in both profiles and both languages. See {@link Theories} to repeat a failure.
 */
final class ValidationPropertyTest {

  private static final int TRIES = 100;
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private static DicuValidator validator(ValidationProfile profile, Locale locale) {
    return DicuValidator.builder().today(TODAY).profile(profile).locale(locale).build();
  }

  @Test
  void shouldGiveTheSameReportEveryTime() {
    // held by the test, not by the class, so that the validators do not outlive it in the heap
    Map<ValidationProfile, DicuValidator[]> validatorsOf = new EnumMap<>(ValidationProfile.class);
    for (ValidationProfile profile : ValidationProfile.values()) {
      validatorsOf.put(profile, new DicuValidator[] {validator(profile, Locale.ENGLISH),
          validator(profile, Locale.ENGLISH), validator(profile, Locale.forLanguageTag("vi"))});
    }
    Theories.qt(TRIES)
        .forAll(CaseGenerators.anything().cases(), Generate.enumValues(ValidationProfile.class))
        .checkAssert((trafficking, profile) -> {
          DicuValidator[] validators = validatorsOf.get(profile);
          ValidationReport first = validators[0].validate(trafficking);

          assertThat(validators[0].validate(trafficking)).isEqualTo(first);
          assertThat(validators[1].validate(TraffickingCase.builder().from(trafficking).build()))
              .isEqualTo(first);
          ValidationReport vietnamese = validators[2].validate(trafficking);
          assertThat(vietnamese.getIssues()).extracting(issue -> issue.getCode() + issue.getLocation()
                  + issue.getSeverity() + issue.getValue())
              .containsExactlyElementsOf(first.getIssues().stream()
                  .map(issue -> issue.getCode() + issue.getLocation() + issue.getSeverity()
                      + issue.getValue())
                  .collect(Collectors.toList()));
        });
  }
}
