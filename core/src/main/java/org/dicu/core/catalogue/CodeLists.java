package org.dicu.core.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dicu.core.code.CodeList;
import org.dicu.core.agency.AgencyFunction;
import org.dicu.core.agency.OrganisationType;
import org.dicu.core.casework.CaseStatus;
import org.dicu.core.casework.ConsentScope;
import org.dicu.core.casework.LegalBasis;
import org.dicu.core.casework.ReferralDirection;
import org.dicu.core.casework.ReferralReason;
import org.dicu.core.casework.ReferralStatus;
import org.dicu.core.casework.ServiceStatus;
import org.dicu.core.casework.SupportPlanType;
import org.dicu.core.code.IsicSection;
import org.dicu.core.gcm.GcmObjective;
import org.dicu.core.gcm.GuidingPrinciple;
import org.dicu.core.gcm.ProgressStatus;
import org.dicu.core.migrant.MigrantType;
import org.dicu.core.migrant.Movement;
import org.dicu.core.migrant.ProtectionStatus;
import org.dicu.core.migrant.VulnerabilityLevel;
import org.dicu.core.person.CtdcAgeBand;
import org.dicu.core.person.EducationLevel;
import org.dicu.core.person.Gender;
import org.dicu.core.person.IdentityDocumentType;
import org.dicu.core.person.MaritalStatus;
import org.dicu.core.record.RecordType;
import org.dicu.core.service.BeneficiaryGroup;
import org.dicu.core.service.SupportService;
import org.dicu.core.trafficking.ControlMethod;
import org.dicu.core.trafficking.DecisionMakingOrganisation;
import org.dicu.core.trafficking.ExploitationType;
import org.dicu.core.trafficking.HistoricEventType;
import org.dicu.core.trafficking.PerpetratorRole;
import org.dicu.core.trafficking.RecruitmentMethod;
import org.dicu.core.trafficking.RelationshipToTrafficker;
import org.dicu.core.trafficking.SexExploitationType;
import org.dicu.core.trafficking.TraffickingStatus;
import org.dicu.core.trafficking.WebsiteOrApp;

/** Every code list of the model, by name: the HTCDS picklists, dicu's own lists and the GCM. */
public final class CodeLists {

  private static final List<CodeList<?>> ALL =
      List.of(
          CodeList.of(AgencyFunction.class),
          CodeList.of(BeneficiaryGroup.class),
          CodeList.of(CaseStatus.class),
          CodeList.of(ConsentScope.class),
          CodeList.of(ControlMethod.class),
          CodeList.of(CtdcAgeBand.class),
          CodeList.of(DecisionMakingOrganisation.class),
          CodeList.of(EducationLevel.class),
          CodeList.of(ExploitationType.class),
          CodeList.of(GcmObjective.class),
          CodeList.of(Gender.class),
          CodeList.of(GuidingPrinciple.class),
          CodeList.of(HistoricEventType.class),
          CodeList.of(IdentityDocumentType.class),
          CodeList.of(IsicSection.class),
          CodeList.of(LegalBasis.class),
          CodeList.of(MaritalStatus.class),
          CodeList.of(MigrantType.class),
          CodeList.of(Movement.class),
          CodeList.of(OrganisationType.class),
          CodeList.of(PerpetratorRole.class),
          CodeList.of(ProgressStatus.class),
          CodeList.of(ProtectionStatus.class),
          CodeList.of(RecordType.class),
          CodeList.of(RecruitmentMethod.class),
          CodeList.of(ReferralDirection.class),
          CodeList.of(ReferralReason.class),
          CodeList.of(ReferralStatus.class),
          CodeList.of(RelationshipToTrafficker.class),
          CodeList.of(ServiceStatus.class),
          CodeList.of(SexExploitationType.class),
          CodeList.of(SupportPlanType.class),
          CodeList.of(SupportService.class),
          CodeList.of(TraffickingStatus.class),
          CodeList.of(VulnerabilityLevel.class),
          CodeList.of(WebsiteOrApp.class));

  private CodeLists() {}

  /**
   * Returns every code list, sorted by name.
   *
   * @return the code lists, not empty
   */
  public static List<CodeList<?>> all() {
    return ALL;
  }

  /**
   * Finds a code list by its name, ignoring case, such as {@code Gender} or {@code gender}.
   *
   * @param name  the list name, may be null
   * @return the code list, or empty when no list has this name
   */
  public static Optional<CodeList<?>> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return ALL.stream().filter(list -> list.getName().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }
}
