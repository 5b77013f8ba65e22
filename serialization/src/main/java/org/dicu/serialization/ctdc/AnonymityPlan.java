package org.dicu.serialization.ctdc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How each combination of quasi-identifiers is published so that every published combination
 * occurs at least k times: unchanged, generalised (some values blanked), or dropped.
 *
 * <p>The plan is built from the count of each original combination. Combinations that occur at
 * least k times are published unchanged. The others are generalised level by level, blanking one
 * more variable of {@link QuasiIdentifiers#GENERALISATION_ORDER} at each level; at each level,
 * the still-rare combinations that become the same generalised combination are published as it
 * when, together with the rows already published as that combination, they reach k. What is left
 * after all five values are blanked is dropped. Every published combination therefore holds at
 * least k rows, and no row loses more values than it must under this order.
 *
 * <p>Memory is proportional to the number of distinct combinations. This class is immutable.
 */
final class AnonymityPlan {

  private final int k;
  private final Map<QuasiIdentifiers, QuasiIdentifiers> published;
  private final Map<QuasiIdentifiers, Long> publishedCounts;
  private final long rowsGeneralised;
  private final long valuesBlanked;
  private final long rowsDropped;

  private AnonymityPlan(int k, Map<QuasiIdentifiers, QuasiIdentifiers> published,
      Map<QuasiIdentifiers, Long> publishedCounts, long rowsGeneralised, long valuesBlanked,
      long rowsDropped) {
    this.k = k;
    this.published = published;
    this.publishedCounts = publishedCounts;
    this.rowsGeneralised = rowsGeneralised;
    this.valuesBlanked = valuesBlanked;
    this.rowsDropped = rowsDropped;
  }

  /**
   * Plans the publication of the rows counted by combination.
   *
   * @param counts  how many rows hold each original combination, not null
   * @param k  the least number of rows of a published combination, 1 or more
   * @return the plan, not null
   */
  static AnonymityPlan of(Map<QuasiIdentifiers, Long> counts, int k) {
    Map<QuasiIdentifiers, QuasiIdentifiers> published = new HashMap<>();
    Map<QuasiIdentifiers, Long> publishedCounts = new HashMap<>();
    List<Map.Entry<QuasiIdentifiers, Long>> pending = new ArrayList<>();
    for (Map.Entry<QuasiIdentifiers, Long> entry : counts.entrySet()) {
      if (entry.getValue() >= k) {
        published.put(entry.getKey(), entry.getKey());
        publishedCounts.merge(entry.getKey(), entry.getValue(), Long::sum);
      } else {
        pending.add(entry);
      }
    }
    long rowsGeneralised = 0;
    long valuesBlanked = 0;
    for (int level = 1; level <= QuasiIdentifiers.COUNT && !pending.isEmpty(); level++) {
      Map<QuasiIdentifiers, List<Map.Entry<QuasiIdentifiers, Long>>> groups = new LinkedHashMap<>();
      for (Map.Entry<QuasiIdentifiers, Long> entry : pending) {
        groups.computeIfAbsent(entry.getKey().generalise(level), g -> new ArrayList<>()).add(entry);
      }
      List<Map.Entry<QuasiIdentifiers, Long>> stillRare = new ArrayList<>();
      for (Map.Entry<QuasiIdentifiers, List<Map.Entry<QuasiIdentifiers, Long>>> group
          : groups.entrySet()) {
        long rows = group.getValue().stream().mapToLong(Map.Entry::getValue).sum();
        QuasiIdentifiers generalised = group.getKey();
        if (rows + publishedCounts.getOrDefault(generalised, 0L) < k) {
          stillRare.addAll(group.getValue());
          continue;
        }
        publishedCounts.merge(generalised, rows, Long::sum);
        for (Map.Entry<QuasiIdentifiers, Long> entry : group.getValue()) {
          published.put(entry.getKey(), generalised);
          int blanked = entry.getKey().blankedIn(generalised);
          if (blanked > 0) {
            rowsGeneralised += entry.getValue();
            valuesBlanked += blanked * entry.getValue();
          }
        }
      }
      pending = stillRare;
    }
    long rowsDropped = pending.stream().mapToLong(Map.Entry::getValue).sum();
    return new AnonymityPlan(
        k, published, publishedCounts, rowsGeneralised, valuesBlanked, rowsDropped);
  }

  /**
   * Returns how a combination is published.
   *
   * @param original  the combination of a row, not null
   * @return the published combination, or empty when rows of it are dropped or it was not counted
   */
  Optional<QuasiIdentifiers> publish(QuasiIdentifiers original) {
    return Optional.ofNullable(published.get(original));
  }

  /**
   * Returns how many rows each published combination holds.
   *
   * @return the counts, each at least k
   */
  Map<QuasiIdentifiers, Long> getPublishedCounts() {
    return publishedCounts;
  }

  /** Returns k. */
  int getK() {
    return k;
  }

  /** Returns the number of rows that lose at least one value. */
  long getRowsGeneralised() {
    return rowsGeneralised;
  }

  /** Returns the number of non-blank values blanked in published rows. */
  long getValuesBlanked() {
    return valuesBlanked;
  }

  /** Returns the number of rows dropped because not even the blank combination reaches k. */
  long getRowsDropped() {
    return rowsDropped;
  }
}
