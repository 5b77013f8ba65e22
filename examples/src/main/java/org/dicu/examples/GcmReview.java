package org.dicu.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dicu.core.code.Country;
import org.dicu.core.code.Place;
import org.dicu.core.gcm.GcmActivity;
import org.dicu.core.gcm.GcmObjective;
import org.dicu.core.gcm.GcmProgressReport;
import org.dicu.core.gcm.GuidingPrinciple;
import org.dicu.core.gcm.ObjectiveProgress;
import org.dicu.core.gcm.ProgressStatus;
import org.dicu.core.validation.DicuValidator;

/**
 * The activities of a year and the progress report for a GCM review conference, such as the one
 * the Consular Department of the Ministry of Foreign Affairs and IOM hold each year.
 *
 * <p>Run it with {@code mvn -q -pl examples -am package -DskipTests exec:java
 * -Dexec.mainClass=org.dicu.examples.GcmReview}.
 */
public final class GcmReview {

  private static final Country VIET_NAM = Country.ofAlpha2("VN").orElseThrow();

  private GcmReview() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  static void run(PrintStream out) {
    List<GcmActivity> activities = List.of(
        GcmActivity.builder().id("vn.gcm:2024-migrant-health-mou")
            .title("Ký Bản ghi nhớ hợp tác về sức khỏe người di cư giữa Bộ Y tế và IOM")
            .startDate(LocalDate.of(2024, 9, 18)).endDate(LocalDate.of(2024, 9, 18))
            .leadAgencyId("vn.moh").addPartnerAgencyIds("int.iom.vn")
            .addObjectives(GcmObjective.ACCESS_TO_BASIC_SERVICES, GcmObjective.DATA)
            .addGuidingPrinciples(GuidingPrinciple.WHOLE_OF_GOVERNMENT)
            .addOutputs("Bản ghi nhớ về sức khỏe người di cư").build(),
        GcmActivity.builder().id("vn.gcm:2024-yagi-recovery")
            .title("Hỗ trợ tiền mặt xây lại nhà sau bão Yagi tại Lào Cai")
            .startDate(LocalDate.of(2024, 10, 1)).endDate(LocalDate.of(2025, 3, 31))
            .place(Place.builder().state("Lào Cai").country(VIET_NAM).build())
            .leadAgencyId("int.iom.vn").addPartnerAgencyIds("vn.vnrc.laocai", "vn.vnpost.laocai")
            .addObjectives(GcmObjective.MINIMIZE_ADVERSE_DRIVERS)
            .addOutputs("32 ngôi nhà được xây lại").build(),
        GcmActivity.builder().id("vn.gcm:2024-law-53")
            .title("Quốc hội thông qua Luật Phòng, chống mua bán người (sửa đổi)")
            .startDate(LocalDate.of(2024, 11, 28)).endDate(LocalDate.of(2024, 11, 28))
            .leadAgencyId("vn.mps")
            .addObjectives(GcmObjective.ERADICATE_TRAFFICKING, GcmObjective.DIGNIFIED_RETURN_AND_REINTEGRATION)
            .addGuidingPrinciples(GuidingPrinciple.HUMAN_RIGHTS, GuidingPrinciple.CHILD_SENSITIVE)
            .addOutputs("Luật số 53/2024/QH15").build(),
        GcmActivity.builder().id("vn.gcm:2024-review")
            .title("Hội nghị sơ kết thực hiện Kế hoạch triển khai GCM năm 2024")
            .startDate(LocalDate.of(2024, 12, 18)).endDate(LocalDate.of(2024, 12, 18))
            .leadAgencyId("vn.mofa.consular").addPartnerAgencyIds("int.iom.vn")
            .addObjectives(GcmObjective.INTERNATIONAL_COOPERATION)
            .addGuidingPrinciples(GuidingPrinciple.WHOLE_OF_GOVERNMENT, GuidingPrinciple.WHOLE_OF_SOCIETY)
            .build());

    out.println("Activities of 2024 by GCM objective:");
    Map<GcmObjective, List<String>> byObjective = new TreeMap<>();
    for (GcmActivity activity : activities) {
      for (GcmObjective objective : activity.getObjectives()) {
        byObjective.computeIfAbsent(objective, o -> new java.util.ArrayList<>()).add(activity.getId());
      }
    }
    byObjective.forEach((objective, ids) -> out.println("  " + objective.getNumber() + " "
        + objective.getShortName(Locale.forLanguageTag("vi")) + ": " + String.join(", ", ids)));

    GcmProgressReport report = GcmProgressReport.builder()
        .id("vn.gcm-report:2024").country(VIET_NAM)
        .title("Báo cáo sơ kết thực hiện GCM năm 2024")
        .periodStart(LocalDate.of(2024, 1, 1)).periodEnd(LocalDate.of(2024, 12, 31))
        .preparedById("vn.mofa.consular")
        .addEntries(ObjectiveProgress.builder().objective(GcmObjective.ERADICATE_TRAFFICKING)
            .status(ProgressStatus.ACHIEVED)
            .narrative("Luật Phòng, chống mua bán người (sửa đổi) được thông qua ngày 28/11/2024.")
            .addActivityIds("vn.gcm:2024-law-53").build())
        .addEntries(ObjectiveProgress.builder().objective(GcmObjective.ACCESS_TO_BASIC_SERVICES)
            .status(ProgressStatus.IN_PROGRESS)
            .addActivityIds("vn.gcm:2024-migrant-health-mou").build())
        .addEntries(ObjectiveProgress.builder().objective(GcmObjective.DATA)
            .status(ProgressStatus.DELAYED)
            .narrative("Cơ sở dữ liệu quốc gia về di cư chưa được xây dựng.").build())
        .build();
    out.println("Progress report " + report.getTitle().orElse("") + ":");
    for (ObjectiveProgress entry : report.getEntries()) {
      out.println("  " + entry.getObjective().getNumber() + " " + entry.getStatus().getLabelEn()
          + " / " + entry.getStatus().getLabelVi());
    }
    DicuValidator validator = DicuValidator.builder().today(LocalDate.of(2026, 11, 22)).build();
    long issues = activities.stream().mapToLong(a -> validator.validate(a).getIssues().size()).sum()
        + validator.validate(report).getIssues().size();
    out.println("Validation of the activities and the report: " + issues + " issue(s).");
  }
}
