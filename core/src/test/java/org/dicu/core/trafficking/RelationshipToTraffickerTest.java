package org.dicu.core.trafficking;

import static org.assertj.core.api.Assertions.assertThat;

import org.dicu.core.code.CodeList;
import org.junit.jupiter.api.Test;

final class RelationshipToTraffickerTest {

  private final CodeList<RelationshipToTrafficker> relationships =
      CodeList.of(RelationshipToTrafficker.class);

  @Test
  void shouldKeepTheMisspeltValueNameOfTheStandardAsWireCode() {
    assertThat(RelationshipToTrafficker.UNACQUAINTED.getCode()).isEqualTo("Unaquainted");
    assertThat(relationships.findByCode("Unaquainted"))
        .contains(RelationshipToTrafficker.UNACQUAINTED);
  }

  @Test
  void shouldAcceptTheCorrectSpellingWhenReading() {
    assertThat(relationships.find("Unacquainted")).contains(RelationshipToTrafficker.UNACQUAINTED);
    assertThat(relationships.findIgnoringCase("unacquainted"))
        .contains(RelationshipToTrafficker.UNACQUAINTED);
  }

  @Test
  void shouldNotWriteTheCorrectSpellingOnTheWire() {
    assertThat(relationships.findByCode("Unacquainted")).isEmpty();
  }
}
