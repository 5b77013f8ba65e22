package org.dicu.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.dicu.core.validation.Issue;
import org.dicu.serialization.json.DicuMappers;
import org.dicu.serialization.stream.ReadResult;

/** Writes the outcome of a validation, one result at a time, as text or JSON. */
interface Report {

  /** Starts the report of one input. */
  void startFile(String file);

  /** Reports one result of the current input. */
  void result(String file, ReadResult result);

  /** Ends the report with the summary of every input. */
  void finish(Summary summary);

  /** One line per issue, {@code FILE:LINE: SEVERITY code at /pointer: message}, then a summary. */
  final class Text implements Report {
    private final PrintWriter out;
    private final CliText text;

    Text(PrintWriter out, CliText text) {
      this.out = out;
      this.text = text;
    }

    @Override
    public void startFile(String file) {
      // the text report names the file on every line
    }

    @Override
    public void result(String file, ReadResult result) {
      for (Issue issue : result.getReport().getIssues()) {
        String where = issue.getColumn().isPresent()
            ? text.format("report.at-column", issue.getColumn().get())
            : issue.getLocation().isEmpty() ? text.get("report.at-record")
                : "at " + issue.getLocation();
        out.println(file + ":" + issue.getLine().orElse(result.getLine()) + ": "
            + issue.getSeverity() + " " + issue.getCode() + " " + where + ": "
            + issue.getMessage());
      }
    }

    @Override
    public void finish(Summary summary) {
      out.println(text.format("summary.counts", summary.records, summary.valid,
          summary.withErrors, summary.withWarnings));
      if (!summary.issuesByRule.isEmpty()) {
        out.println(text.get("summary.by-rule"));
        int width = summary.issuesByRule.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, Long> rule : summary.issuesByRule.entrySet()) {
          out.printf("  %-" + width + "s %d%n", rule.getKey(), rule.getValue());
        }
      }
      out.flush();
    }
  }

  /** The same, machine-readable: results with issues, then the summary, streamed as JSON. */
  final class Json implements Report {
    private final ObjectMapper mapper = DicuMappers.newObjectMapper();
    private final JsonGenerator generator;
    private boolean inFile;

    Json(PrintWriter out) {
      try {
        this.generator = mapper.getFactory().createGenerator(out);
        generator.writeStartObject();
        generator.writeArrayFieldStart("files");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void startFile(String file) {
      try {
        endFile();
        generator.writeStartObject();
        generator.writeStringField("file", file);
        generator.writeArrayFieldStart("results");
        inFile = true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void endFile() throws IOException {
      if (inFile) {
        generator.writeEndArray();
        generator.writeEndObject();
        inFile = false;
      }
    }

    @Override
    public void result(String file, ReadResult result) {
      if (result.getReport().getIssues().isEmpty()) {
        return;
      }
      try {
        generator.writeStartObject();
        generator.writeNumberField("line", result.getLine());
        if (result.getRecord().isPresent()) {
          generator.writeStringField("recordType",
              result.getRecord().get().getRecordType().getCode());
          generator.writeStringField("id", result.getRecord().get().getId());
        }
        generator.writeBooleanField("valid", result.isValid());
        generator.writeFieldName("issues");
        mapper.writeValue(generator, result.getReport().getIssues());
        generator.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void finish(Summary summary) {
      try {
        endFile();
        generator.writeEndArray();
        generator.writeObjectFieldStart("summary");
        generator.writeNumberField("records", summary.records);
        generator.writeNumberField("valid", summary.valid);
        generator.writeNumberField("withErrors", summary.withErrors);
        generator.writeNumberField("withWarnings", summary.withWarnings);
        generator.writeObjectField("issuesByRule", summary.issuesByRule);
        generator.writeEndObject();
        generator.writeEndObject();
        generator.writeRaw('\n');
        generator.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
