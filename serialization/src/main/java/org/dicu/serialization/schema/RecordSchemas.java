package org.dicu.serialization.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.dicu.core.record.RecordType;
import org.dicu.serialization.json.DicuMappers;
import org.dicu.serialization.json.WireNames;

/**
 * The JSON Schema (2020-12) of each record type of the exchange format, for integrators outside
 * Java: generated from the model, so it names the same properties in the same order, lists the
 * same codes and carries the same lengths, patterns and ranges as the Java side.
 *
 * <p>The schemas are shipped in this jar as {@code org/dicu/serialization/schema/<RecordType>.json}
 * and kept in the repository as {@code docs/schema/<RecordType>.json}; both are copies of what this
 * class generates. A schema checks the structure of one record; the domain rules that span
 * properties or records (dates in order, consent for referrals, known agencies) are checked by
 * {@code DicuValidator}.
 *
 * <pre>{@code
 * String schema = RecordSchemas.schemaOf(RecordType.TRAFFICKING_CASE);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RecordSchemas {

  private static final String BASE_URI = "https://dicu.org/schema/";

  private RecordSchemas() {}

  /**
   * Obtains the schema of a record type as indented JSON text ending with a line break, in the
   * canonical form of {@link DicuMappers#prettyWriter}.
   *
   * @param type  the record type, not null
   * @return the schema, not null
   * @throws NullPointerException if {@code type} is null
   */
  public static String schemaOf(RecordType type) {
    Objects.requireNonNull(type, "type");
    return Generated.SCHEMAS.get(type);
  }

  /**
   * Obtains the schemas of every record type.
   *
   * @return the schemas by record type, in the order of {@link RecordType}, not null
   */
  public static Map<RecordType, String> all() {
    return Generated.SCHEMAS;
  }

  /** The schemas, generated once when first needed. */
  private static final class Generated {
    static final Map<RecordType, String> SCHEMAS = generate();

    private static Map<RecordType, String> generate() {
      ObjectMapper mapper = DicuMappers.newObjectMapper();
      ModelSchemaGenerator generator = new ModelSchemaGenerator(mapper);
      Map<RecordType, String> schemas = new EnumMap<>(RecordType.class);
      for (RecordType type : RecordType.values()) {
        String version = WireNames.schemaVersion();
        String id = BASE_URI + version + "/" + type.getCode() + ".json";
        String title = "dicu " + type.getCode() + " record, schema version " + version;
        try {
          schemas.put(type, DicuMappers.prettyWriter(mapper).writeValueAsString(
              generator.generate(type, id, title, description(type))) + "\n");
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("cannot write the schema of " + type.getCode(), e);
        }
      }
      return Collections.unmodifiableMap(schemas);
    }
  }

  private static String description(RecordType type) {
    String what;
    switch (type) {
      case TRAFFICKING_CASE:
        what = "A trafficking case: the person, migration profile, victim context,"
            + " perpetrators, referrals, historic events, support plans, services, comments and"
            + " consent, with the property names of HTCDS 2.0.";
        break;
      case PARTNER_AGENCY:
        what = "A partner agency: its Vietnamese and English names, type, country, parent,"
            + " validity period, functions and the agencies that took them over.";
        break;
      case SERVICE_OFFER:
        what = "An agency's offer of a support service: where, for how many, for whom and in"
            + " which languages.";
        break;
      case GCM_ACTIVITY:
        what = "An activity, project or event that implements the Global Compact for Migration,"
            + " with the objectives and guiding principles it serves.";
        break;
      case GCM_PROGRESS_REPORT:
        what = "A country's report on its implementation of the Global Compact for Migration"
            + " over a period, objective by objective.";
        break;
      default:
        throw new IllegalStateException("no description of " + type.getCode());
    }
    return what + " One record of the dicu JSON exchange format (docs/FORMAT.md), generated"
        + " from the dicu model; the domain rules across properties are checked by the dicu"
        + " validator (docs/RULES.md).";
  }
}
