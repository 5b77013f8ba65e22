package org.dicu.core.trafficking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dicu.core.code.IsicSection;
import org.immutables.value.Value;

/**
 * What makes a person a (possible) victim of trafficking, as HTCDS 2.0 records it ({@code vic_}
 * fields): status and who decided it, recruitment, control and exploitation.
 */
@Value.Immutable
public interface VictimContext {

  /** Returns whether the person is a possible, actual or not a victim of trafficking. */
  Optional<TraffickingStatus> getTraffickingStatus();

  /** Returns the kind of organisation that decided the trafficking status. */
  Optional<DecisionMakingOrganisation> getTraffickingStatusDecisionMakingOrg();

  /** Returns the date the trafficking status was decided (an extension of HTCDS). */
  Optional<LocalDate> getTraffickingStatusDecisionDate();

  /** Returns the person's relationship to the trafficker. */
  Optional<RelationshipToTrafficker> getRelationshipToTrafficker();

  /** Returns the age in whole years when the person was trafficked. */
  Optional<
          @PositiveOrZero(message = "{dicu.victim.age-out-of-range}")
          @Max(value = 120, message = "{dicu.victim.age-out-of-range}") Integer>
      getAgeWhenTrafficked();

  /** Returns how the person was recruited. */
  List<RecruitmentMethod> getMethodOfRecruitment();

  /** Returns the websites and apps through which the person was recruited. */
  List<WebsiteOrApp> getRecruitmentWebsitesAndApps();

  /** Returns where the person was recruited, as text or an agency id. */
  Optional<@Size(max = 255, message = "{dicu.text.too-long}") String> getLocationOfRecruitment();

  /** Returns how the traffickers controlled the person. */
  List<ControlMethod> getMethodsOfControl();

  /** Returns the types of exploitation. */
  List<ExploitationType> getTypeOfExploitation();

  /** Returns the economic sector of forced labour, as an ISIC section. */
  Optional<IsicSection> getForcedLabourIndustry();

  /** Returns the types of sexual exploitation. */
  List<SexExploitationType> getTypeOfSexExploitation();

  /** Returns where the person was exploited, as text or an agency id. */
  Optional<@Size(max = 255, message = "{dicu.text.too-long}") String> getLocationOfExploitation();

  /** Returns the websites and apps used to exploit the person. */
  List<WebsiteOrApp> getExploitationWebsitesAndApps();

  /** Obtains a builder of victim contexts. */
  static ImmutableVictimContext.Builder builder() {
    return new ImmutableVictimContext.Builder();
  }
}
