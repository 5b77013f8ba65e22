package org.dicu.core.service;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The support regimes of Article 37 of the Law on Prevention and Combat of Human Trafficking
 * (Law 53/2024/QH15, in force 1 July 2025), and which group of people may receive which.
 *
 * <table>
 *   <caption>Regimes by group (points of Article 37(1))</caption>
 *   <tr><th>group</th><th>regimes</th></tr>
 *   <tr><td>{@link BeneficiaryGroup#VIETNAMESE_OR_STATELESS_VICTIM}</td>
 *       <td>a, b, c, d, đ, e, g, h, i, k</td></tr>
 *   <tr><td>{@link BeneficiaryGroup#ACCOMPANYING_CHILD}</td><td>a, b, c, d, đ, e, g, h</td></tr>
 *   <tr><td>{@link BeneficiaryGroup#UNDER_IDENTIFICATION_ABROAD}</td><td>a, b, c, d</td></tr>
 *   <tr><td>{@link BeneficiaryGroup#UNDER_IDENTIFICATION_IN_VIETNAM}</td>
 *       <td>a, b, c, d, đ, e, g</td></tr>
 *   <tr><td>{@link BeneficiaryGroup#FOREIGN_VICTIM_IN_VIETNAM}</td><td>a, b, c, d, đ, g</td></tr>
 * </table>
 *
 * <p>The law only rations its own regimes: services outside them (shelter, counselling, cash from
 * a programme, ...) are never restricted by this class.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Article37 {

  private static final List<SupportService> REGIMES =
      Arrays.stream(SupportService.values())
          .filter(service -> service.getArticle37Point().isPresent())
          .collect(Collectors.toUnmodifiableList());

  private static final Map<BeneficiaryGroup, Set<SupportService>> ENTITLEMENTS = entitlements();

  private Article37() {}

  private static Map<BeneficiaryGroup, Set<SupportService>> entitlements() {
    Map<BeneficiaryGroup, Set<SupportService>> table = new EnumMap<>(BeneficiaryGroup.class);
    table.put(
        BeneficiaryGroup.VIETNAMESE_OR_STATELESS_VICTIM,
        points("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"));
    table.put(BeneficiaryGroup.ACCOMPANYING_CHILD, points("a", "b", "c", "d", "đ", "e", "g", "h"));
    table.put(BeneficiaryGroup.UNDER_IDENTIFICATION_ABROAD, points("a", "b", "c", "d"));
    table.put(
        BeneficiaryGroup.UNDER_IDENTIFICATION_IN_VIETNAM,
        points("a", "b", "c", "d", "đ", "e", "g"));
    table.put(BeneficiaryGroup.FOREIGN_VICTIM_IN_VIETNAM, points("a", "b", "c", "d", "đ", "g"));
    if (table.size() != BeneficiaryGroup.values().length) {
      throw new IllegalStateException("Article 37 entitlements miss a beneficiary group");
    }
    return Collections.unmodifiableMap(table);
  }

  private static Set<SupportService> points(String... points) {
    Set<SupportService> regimes = EnumSet.noneOf(SupportService.class);
    for (String point : points) {
      SupportService regime =
          REGIMES.stream()
              .filter(service -> service.getArticle37Point().orElseThrow().equals(point))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no regime at point " + point));
      regimes.add(regime);
    }
    return Collections.unmodifiableSet(regimes);
  }

  /**
   * Returns the support regimes of Article 37(1), in the law's order: points a, b, c, d, đ, e, g,
   * h, i and k.
   *
   * @return the ten regimes, not null
   */
  public static List<SupportService> regimes() {
    return REGIMES;
  }

  /**
   * Returns the support regimes that Article 37 gives to a group of people, in the law's order.
   *
   * @param group  the group, not null
   * @return the regimes of the group, not empty
   * @throws NullPointerException if the group is null
   */
  public static Set<SupportService> regimesFor(BeneficiaryGroup group) {
    Objects.requireNonNull(group, "group");
    return ENTITLEMENTS.get(group);
  }

  /**
   * Checks whether Article 37 allows a group of people to receive a service: true for any service
   * that is not one of its regimes (the law does not restrict it), and for a regime the group is
   * entitled to.
   *
   * @param group  the group, not null
   * @param service  the service, not null
   * @return true unless the service is an Article 37 regime that the group is not entitled to
   * @throws NullPointerException if the group or the service is null
   */
  public static boolean allows(BeneficiaryGroup group, SupportService service) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(service, "service");
    return service.getArticle37Point().isEmpty() || ENTITLEMENTS.get(group).contains(service);
  }
}
