package org.dicu.core.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.dicu.core.privacy.PersonalData;
import org.immutables.value.Value;

/** A comment on a case ({@code cco_CaseComment}) with its author and time. */
@Value.Immutable
public interface CaseComment {

  /** Returns who wrote the comment; personal data. */
  @PersonalData
  @Value.Redacted
  Optional<@Size(max = 200, message = "{dicu.text.too-long}") String> getAuthor();

  /** Returns when the comment was written. */
  Optional<OffsetDateTime> getTime();

  /** Returns the comment; free text, personal data. */
  @PersonalData
  @Value.Redacted
  @NotBlank(message = "{dicu.text.blank}")
  @Size(max = 4000, message = "{dicu.text.too-long}")
  String getText();

  /** Obtains a builder of comments. */
  static ImmutableCaseComment.Builder builder() {
    return new ImmutableCaseComment.Builder();
  }
}
