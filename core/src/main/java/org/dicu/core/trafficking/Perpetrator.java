package org.dicu.core.trafficking;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.dicu.core.privacy.PersonalData;
import org.immutables.value.Value;

/** A perpetrator in a case ({@code per_} fields): the roles played and details. */
@Value.Immutable
public interface Perpetrator {

  /** Returns the roles the perpetrator played in the trafficking process. */
  List<PerpetratorRole> getRoleInProcess();

  /** Returns details of the roles; free text, personal data. */
  @PersonalData
  @Value.Redacted
  Optional<@Size(max = 4000, message = "{dicu.text.too-long}") String> getRoleDetails();

  /** Returns the organisation or network the perpetrator belonged to, if known. */
  @PersonalData
  @Value.Redacted
  Optional<@Size(max = 255, message = "{dicu.text.too-long}") String> getOrganisation();

  /** Obtains a builder of perpetrators. */
  static ImmutablePerpetrator.Builder builder() {
    return new ImmutablePerpetrator.Builder();
  }
}
