package org.dicu.core.migrant;

import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value;

/** An amount of money in an ISO 4217 currency. */
@Value.Immutable
public interface MoneyAmount {

  /** Returns the amount, not negative. */
  @PositiveOrZero(message = "{dicu.money.amount-negative}")
  BigDecimal getAmount();

  /** Returns the ISO 4217 currency. */
  Currency getCurrency();

  /** Obtains an amount of money. */
  static MoneyAmount of(BigDecimal amount, Currency currency) {
    return new ImmutableMoneyAmount.Builder().amount(amount).currency(currency).build();
  }
}
