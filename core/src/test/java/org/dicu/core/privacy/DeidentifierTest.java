package org.dicu.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dicu.core.agency.OrganisationType;
import org.dicu.core.agency.PartnerAgency;
import org.dicu.core.casework.BorderReceptionCase;
import org.dicu.core.casework.CaseComment;
import org.dicu.core.casework.ImmutableTraffickingCase;
import org.dicu.core.casework.Referral;
import org.dicu.core.casework.ReferralDirection;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.code.Place;
import org.dicu.core.gcm.GcmActivity;
import org.dicu.core.gcm.GcmProgressReport;
import org.dicu.core.migrant.ImmutableMigrantProfile;
import org.dicu.core.migrant.VulnerabilityFactor;
import org.dicu.core.migrant.VulnerabilityLevel;
import org.dicu.core.person.Address;
import org.dicu.core.person.ImmutablePerson;
import org.dicu.core.record.ExchangeRecord;
import org.dicu.core.service.ServiceOffer;
import org.dicu.core.validation.DicuValidator;
import org.dicu.core.trafficking.HistoricEvent;
import org.dicu.core.trafficking.HistoricEventType;
import org.dicu.core.trafficking.Perpetrator;
import org.junit.jupiter.api.Test;

final class DeidentifierTest {

  private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final List<Class<?>> RECORD_TYPES =
      List.of(TraffickingCase.class, PartnerAgency.class, ServiceOffer.class, GcmActivity.class,
          GcmProgressReport.class);

  private final Deidentifier deidentifier = Deidentifier.withKey(KEY);

  /** The border-reception case with every personal attribute of the model filled in. */
  static TraffickingCase everyPersonalAttribute() {
    TraffickingCase base = BorderReceptionCase.valid();
    return ImmutableTraffickingCase.copyOf(base)
        .withReasonForCaseClosure("Đã tái hòa nhập cộng đồng")
        .withPerson(ImmutablePerson.copyOf(base.getPerson())
            .withFirstName("Canary")
            .withMiddleName("Thị")
            .withSecondName("Nguyễn")
            .withEmail("canary@example.org")
            .withMobilePhone("+84912345678")
            .withHomePhone("+842143812345")
            .withMailingAddress(Address.builder().street("12 Hoàng Liên").city("Sa Pa")
                .postalCode("330000").build()))
        .withMigrantProfile(ImmutableMigrantProfile.copyOf(base.getMigrantProfile().orElseThrow())
            .withVulnerabilityFactors(VulnerabilityFactor.builder()
                .level(VulnerabilityLevel.values()[0]).factor("Nợ của gia đình").notes("Vay lãi cao")
                .build()))
        .withEvents(HistoricEvent.builder().type(HistoricEventType.RECRUITMENT)
            .place(Place.builder().street("5 Cầu Mây").postalCode("330000").city("Sa Pa").build())
            .description("Được rủ đi làm")
            .build())
        .withPerpetrators(Perpetrator.builder().organisation("Công ty môi giới X").build(),
            base.getPerpetrators().get(0))
        .withReferrals(Referral.builder().direction(ReferralDirection.OUTGOING)
            .organisationId("vn.mod.bgc").primaryCaseWorker("Hoàng Thị Mai")
            .rejectionReason("Không đủ chỗ").build(), base.getReferrals().get(1))
        .withComments(CaseComment.builder().author("Hoàng Thị Mai").text("Ghi chú").build());
  }

  @Test
  void shouldRefuseShortKey() {
    assertThatThrownBy(() -> Deidentifier.withKey(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32");
  }

  @Test
  void shouldNeverShowKey() {
    assertThat(deidentifier.toString())
        .doesNotContain(new String(KEY, StandardCharsets.US_ASCII))
        .doesNotContain("0123456789");
  }

  @Test
  void shouldCopyKey() {
    byte[] key = KEY.clone();
    Deidentifier copied = Deidentifier.withKey(key);
    Arrays.fill(key, (byte) 0);
    assertThat(copied.pseudonym("case-1")).isEqualTo(deidentifier.pseudonym("case-1"));
  }

  @Test
  void shouldGiveSamePseudonymForSameKeyAndId() {
    String pseudonym = deidentifier.pseudonym("vn.laocai.case:2024-0917");
    assertThat(pseudonym)
        .isEqualTo(Deidentifier.withKey(KEY.clone()).pseudonym("vn.laocai.case:2024-0917"))
        .startsWith("p:")
        .matches(ExchangeRecord.ID_PATTERN)
        .hasSize(54)
        .isNotEqualTo(deidentifier.pseudonym("vn.laocai.case:2024-0918"));
  }

  @Test
  void shouldGiveOtherPseudonymForOtherKey() {
    byte[] other = KEY.clone();
    other[0] ^= 1;
    assertThat(Deidentifier.withKey(other).pseudonym("case-1"))
        .isNotEqualTo(deidentifier.pseudonym("case-1"));
  }

  @Test
  void shouldPseudonymiseCaseIdAndKeepAgencyIds() {
    TraffickingCase original = BorderReceptionCase.valid();
    TraffickingCase result = deidentifier.deidentify(original).getRecord();
    assertThat(result.getId()).isEqualTo(deidentifier.pseudonym(original.getId()));
    assertThat(result.getReferrals()).extracting(r -> r.getOrganisationId().orElseThrow())
        .containsExactly("vn.mod.bgc", "vn.laocai.dolisa.centre");
    assertThat(result.getServices()).extracting(s -> s.getProviderId().orElseThrow())
        .contains("vn.vwu.laocai");
    assertThat(result.getConsent()).isEqualTo(original.getConsent());
    assertThat(result.getPerson().getGender()).isEqualTo(original.getPerson().getGender());
  }

  @Test
  void shouldReportRemovedPropertiesWithoutValues() {
    DeidentificationReport report = deidentifier.deidentify(everyPersonalAttribute()).getReport();
    assertThat(report.getRemoved())
        .containsEntry("/caseOwner", 1)
        .containsEntry("/person/firstName", 1)
        .containsEntry("/comments/0", 1)
        .containsEntry("/migrantProfile/vulnerabilityFactors/0", 1)
        .containsEntry("/events/0/place/street", 1)
        .containsEntry("/referrals/1/primaryCaseWorker", 1)
        .containsEntry("/referrals/0/rejectionReason", 1);
    assertThat(report.getPseudonymised()).containsExactly("/id");
    assertThat(report.getRemovedValueCount()).isGreaterThan(10);
    assertThat(report.toString()).doesNotContain("Canary", "Hoàng", "+849", "@example");
  }

  @Test
  void shouldDropElementsThatCannotExistWithoutPersonalData() {
    TraffickingCase result = deidentifier.deidentify(everyPersonalAttribute()).getRecord();
    assertThat(result.getComments()).isEmpty();
    assertThat(result.getMigrantProfile().orElseThrow().getVulnerabilityFactors()).isEmpty();
    assertThat(result.getPerson().getIdentityDocuments()).isEmpty();
  }

  /** Fails when someone adds a personal attribute that the fixture or de-identification forgets. */
  @Test
  void shouldRemoveEveryPersonalAttributeOfEveryModelType() {
    Set<String> declared = new TreeSet<>();
    for (Class<?> type : modelTypes()) {
      for (Method method : type.getMethods()) {
        if (method.isAnnotationPresent(PersonalData.class)) {
          declared.add(type.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertThat(declared).contains("Person.getFirstName", "CaseComment.getText",
        "TraffickingCase.getCaseOwner", "Referral.getPrimaryCaseWorker");

    Set<String> filled = new TreeSet<>();
    walk(everyPersonalAttribute(), filled);
    assertThat(filled).as("personal attributes filled in by the fixture").containsAll(declared);

    Set<String> left = new TreeSet<>();
    walk(deidentifier.deidentify(everyPersonalAttribute()).getRecord(), left);
    assertThat(left).as("personal attributes left after de-identification").isEmpty();
  }

  @Test
  void shouldKeepRecordsWithoutPersonalData() {
    PartnerAgency agency = PartnerAgency.builder().id("vn.mod.bgc").nameEn("Border Guard")
        .nameVi("Bộ đội Biên phòng").type(OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION)
        .country("VN").build();
    DeidentifiedRecord<PartnerAgency> result = deidentifier.deidentify(agency);
    assertThat(result.getRecord()).isEqualTo(agency);
    assertThat(result.getReport().getRemoved()).isEmpty();
    assertThat(result.getReport().getPseudonymised()).isEmpty();
  }

  /** Collects the personal attributes that hold a value, as {@code Type.getX}. */
  private static void walk(Object value, Set<String> found) {
    if (value == null || !value.getClass().getSimpleName().startsWith("Immutable")) {
      return;
    }
    for (Class<?> type : value.getClass().getInterfaces()) {
      for (Method method : type.getMethods()) {
        if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())) {
          continue;
        }
        Object attribute;
        try {
          attribute = method.invoke(value);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
        boolean present = attribute instanceof Optional<?> o ? o.isPresent()
            : attribute instanceof Collection<?> c ? !c.isEmpty()
            : attribute instanceof Map<?, ?> m ? !m.isEmpty()
            : attribute != null;
        if (method.isAnnotationPresent(PersonalData.class) && present) {
          found.add(type.getSimpleName() + "." + method.getName());
        }
        if (attribute instanceof Optional<?> o) {
          walk(o.orElse(null), found);
        } else if (attribute instanceof Collection<?> c) {
          c.forEach(element -> walk(element, found));
        } else {
          walk(attribute, found);
        }
      }
    }
  }

  /** The model types reachable from the record types through their accessors. */
  private static Set<Class<?>> modelTypes() {
    Set<Class<?>> types = new LinkedHashSet<>();
    RECORD_TYPES.forEach(type -> collect(type, types));
    return types;
  }

  private static void collect(Type type, Set<Class<?>> types) {
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        collect(argument, types);
      }
    } else if (type instanceof Class<?> c && c.isInterface()
        && c.getPackageName().startsWith("org.dicu.core") && types.add(c)) {
      for (Method method : c.getMethods()) {
        if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())) {
          collect(method.getGenericReturnType(), types);
        }
      }
    }
  }

  @Test
  void shouldKeepAValidCaseValid() {
    DicuValidator validator = DicuValidator.builder().today(BorderReceptionCase.TODAY).build();
    TraffickingCase result = deidentifier.deidentify(BorderReceptionCase.valid()).getRecord();
    assertThat(validator.validate(result).isValid()).isTrue();
  }

  @Test
  void shouldNotTouchTheOriginal() {
    TraffickingCase original = everyPersonalAttribute();
    deidentifier.deidentify(original);
    assertThat(original).isEqualTo(everyPersonalAttribute());
    assertThat(original.getPerson().getFirstName()).contains("Canary");
  }
}
