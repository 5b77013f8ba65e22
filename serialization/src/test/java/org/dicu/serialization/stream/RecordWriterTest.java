package org.dicu.serialization.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dicu.core.casework.CaseStatus;
import org.dicu.core.casework.Consent;
import org.dicu.core.casework.ConsentScope;
import org.dicu.core.casework.ImmutableTraffickingCase;
import org.dicu.core.casework.LegalBasis;
import org.dicu.core.casework.TraffickingCase;
import org.dicu.core.record.ExchangeRecord;
import org.dicu.core.validation.DicuValidator;
import org.dicu.serialization.json.DicuMappers;
import org.junit.jupiter.api.Test;

final class RecordWriterTest {

  private static final ObjectMapper MAPPER = DicuMappers.newObjectMapper();
  private static final DicuValidator VALIDATOR =
      DicuValidator.builder().today(LocalDate.of(2026, 11, 22)).build();

  private final TraffickingCase valid = golden();
  private final TraffickingCase closedWithoutReason =
      ImmutableTraffickingCase.copyOf(valid).withId("closed").withStatus(CaseStatus.CLOSED);

  private static TraffickingCase golden() {
    try {
      return MAPPER.readValue(RecordReaderTest.goldenLine(), TraffickingCase.class);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<ExchangeRecord> readBack(byte[] bytes, RecordFormat format) throws IOException {
    try (RecordReader reader = RecordReader.builder().format(format).validator(VALIDATOR)
        .open(new ByteArrayInputStream(bytes))) {
      return reader.stream().map(r -> r.getRecord().orElseThrow()).collect(Collectors.toList());
    }
  }

  @Test
  void shouldWriteNdjsonThatReadsBackEqual() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = RecordWriter.builder().open(out)) {
      writer.write(valid);
      writer.write(closedWithoutReason);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    // each record as the mapper writes it alone, on a line of its own, nothing between them
    assertThat(text).isEqualTo(MAPPER.writeValueAsString(valid) + "\n"
        + MAPPER.writeValueAsString(closedWithoutReason) + "\n");
    assertThat(readBack(out.toByteArray(), RecordFormat.NDJSON))
        .containsExactly(valid, closedWithoutReason);
  }

  @Test
  void shouldWriteAJsonArrayThatReadsBackEqual() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = RecordWriter.builder().format(RecordFormat.JSON_ARRAY).open(out)) {
      writer.write(valid);
      writer.write(ImmutableTraffickingCase.copyOf(valid).withId("second"));
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[\n"
        + MAPPER.writeValueAsString(valid) + ",\n"
        + MAPPER.writeValueAsString(ImmutableTraffickingCase.copyOf(valid).withId("second"))
        + "\n]\n");
    assertThat(MAPPER.readTree(out.toByteArray()).isArray()).isTrue();
    assertThat(readBack(out.toByteArray(), RecordFormat.JSON_ARRAY)).hasSize(2);
  }

  @Test
  void shouldWriteAnEmptyArrayWhenNothingWasWritten() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecordWriter.builder().format(RecordFormat.JSON_ARRAY).open(out).close();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[]\n");
  }

  @Test
  void shouldRefuseRecordsWithErrorsWhenAskedTo() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = RecordWriter.builder().refuseInvalid(VALIDATOR).open(out)) {
      assertThat(writer.write(valid).isWritten()).isTrue();
      WriteResult refused = writer.write(closedWithoutReason);
      assertThat(refused.isWritten()).isFalse();
      assertThat(refused.getReport().getIssues()).extracting(i -> i.getCode())
          .containsExactly("case.closed-without-reason");
      assertThat(writer.getWritten()).isEqualTo(1);
      assertThat(writer.getRefused()).isEqualTo(1);
    }
    assertThat(readBack(out.toByteArray(), RecordFormat.NDJSON)).containsExactly(valid);
  }

  @Test
  void shouldRefuseToWriteAfterClosing() throws IOException {
    RecordWriter writer = RecordWriter.builder().open(new ByteArrayOutputStream());
    writer.close();
    assertThatThrownBy(() -> writer.write(valid)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void shouldLeaveOutCasesWhoseConsentDoesNotCoverTheSharing() throws IOException {
    TraffickingCase withoutConsent = ImmutableTraffickingCase.copyOf(valid).withId("no-consent")
        .withConsent(Optional.empty());
    TraffickingCase withdrawn = ImmutableTraffickingCase.copyOf(valid).withId("withdrawn")
        .withConsent(Consent.builder().given(true)
            .addScopes(ConsentScope.DEIDENTIFIED_DATA_SHARING)
            .withdrawalDate(LocalDate.of(2025, 1, 1)).build());
    TraffickingCase consented = ImmutableTraffickingCase.copyOf(valid).withId("consented")
        .withConsent(Consent.builder().given(true)
            .addScopes(ConsentScope.DEIDENTIFIED_DATA_SHARING).build());
    TraffickingCase legalBasis = ImmutableTraffickingCase.copyOf(valid).withId("legal-basis")
        .withConsent(Consent.builder().legalBasis(LegalBasis.values()[0]).build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WriteResult leftOut;
    try (RecordWriter writer = RecordWriter.builder()
        .forSharing(ConsentScope.DEIDENTIFIED_DATA_SHARING).open(out)) {
      leftOut = writer.write(withoutConsent);
      assertThat(writer.write(withdrawn).isLeftOutWithoutConsent()).isTrue();
      assertThat(writer.write(consented).isWritten()).isTrue();
      assertThat(writer.write(legalBasis).isWritten()).isTrue();
      assertThat(writer.getLeftOutWithoutConsent()).isEqualTo(2);
      assertThat(writer.getWritten()).isEqualTo(2);
    }
    assertThat(leftOut.isWritten()).isFalse();
    assertThat(leftOut.isLeftOutWithoutConsent()).isTrue();
    assertThat(leftOut.toString()).contains("leftOutWithoutConsent=true");
    assertThat(readBack(out.toByteArray(), RecordFormat.NDJSON))
        .extracting(ExchangeRecord::getId).containsExactly("consented", "legal-basis");
  }

  @Test
  void shouldWriteEveryCaseWhenNotSharingForAPurpose() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter writer = RecordWriter.builder().open(out)) {
      WriteResult result = writer.write(ImmutableTraffickingCase.copyOf(valid)
          .withConsent(Optional.empty()));
      assertThat(result.isWritten()).isTrue();
      assertThat(result.isLeftOutWithoutConsent()).isFalse();
      assertThat(writer.getLeftOutWithoutConsent()).isZero();
    }
  }
}
