package org.dicu.core.agency;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link from an agency to the agency that took over its functions, or one of them, when it was
 * dissolved, merged or renamed.
 *
 * <p>When Viet Nam's Ministry of Labour, Invalids and Social Affairs was dissolved in 2025, each of
 * its functions went to a different ministry; it therefore has one succession per function, such
 * as {@code Succession.of("vn.moh", AgencyFunction.VICTIM_PROTECTION_AND_SUPPORT)}. A merger is a
 * single succession without function: the successor takes every function.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public interface Succession {

  /**
   * Returns the id of the agency that takes over.
   *
   * @return the successor's id, not null
   */
  String getSuccessorId();

  /**
   * Returns the function the successor takes over.
   *
   * @return the function, or empty when the successor takes every function
   */
  Optional<AgencyFunction> getFunction();

  /**
   * Checks whether this succession hands over the given function.
   *
   * @param function  the function, not null
   * @return true if this succession has no function or has exactly that one
   * @throws NullPointerException if {@code function} is null
   */
  default boolean covers(AgencyFunction function) {
    Objects.requireNonNull(function, "function");
    return getFunction().map(function::equals).orElse(true);
  }

  /**
   * Obtains a succession in which the successor takes every function.
   *
   * @param successorId  the successor's id, not null
   * @return the succession, not null
   * @throws NullPointerException if {@code successorId} is null
   */
  static Succession of(String successorId) {
    return builder().successorId(Objects.requireNonNull(successorId, "successorId")).build();
  }

  /**
   * Obtains a succession in which the successor takes one function.
   *
   * @param successorId  the successor's id, not null
   * @param function  the function handed over, not null
   * @return the succession, not null
   * @throws NullPointerException if an argument is null
   */
  static Succession of(String successorId, AgencyFunction function) {
    return builder()
        .successorId(Objects.requireNonNull(successorId, "successorId"))
        .function(Objects.requireNonNull(function, "function"))
        .build();
  }

  /**
   * Obtains a builder of successions.
   *
   * @return a new builder, not null
   */
  static ImmutableSuccession.Builder builder() {
    return new ImmutableSuccession.Builder();
  }
}
