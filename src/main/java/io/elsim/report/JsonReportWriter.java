package io.elsim.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import com.fasterxml.jackson.databind.jsontype.impl.StdTypeResolverBuilder;
import com.fasterxml.jackson.databind.jsontype.impl.TypeIdResolverBase;

/**
 * The report as one pretty-printed JSON object:
 * <pre>
 * {"elsim_version": "...", "config": {...}, "summary": [{...}], "stations": [{...}, ...], ...}
 * </pre>
 * Tables come in report order, each an array of objects whose fields follow the column
 * order. Numbers use the same digits as CSV (so a whole double prints as {@code 1}, not
 * {@code 1.0}); NaN and infinities become {@code null}. Strings are exact; control
 * characters in them are written as escapes ({@link JsonTextEscapes}).
 *
 * <p>The config is serialised by Jackson with snake_case names, lower-case enums, and each
 * value of a sealed interface wrapped in an object named after its record, e.g.
 * {@code "cycle": {"exponential": {"mean": 60.0}}}, so the resolved config reads like the
 * YAML that produced it. That is done generically (any sealed interface), so this package
 * needs no knowledge of the model classes.
 */
public final class JsonReportWriter {
    /** Thread-safe once built, and costly to build: shared by all writers. */
    private static final ObjectMapper MAPPER = configMapper();

    /** The config as the JSON report writes it, as a tree (a sweep's identity hashes it). */
    public static JsonNode configTree(Object config) {
        return MAPPER.valueToTree(config);
    }

    /** Everything: version, config (omitted when null) and all tables. */
    public void write(Report report, Writer out) throws IOException {
        write(report, report.tables(), true, out);
    }

    /** Version and the given tables only: for {@code --table NAME --format json}. */
    public void write(Report report, List<Table> tables, boolean includeConfig, Writer out) throws IOException {
        try (JsonGenerator gen = MAPPER.getFactory().createGenerator(out)) {
            // the caller owns the stream (it may be stdout): closing the generator must not close it
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.setPrettyPrinter(prettyPrinter());
            gen.setCharacterEscapes(JsonTextEscapes.INSTANCE);
            writeObject(gen, report, tables, includeConfig);
        }
        out.write('\n');
        out.flush();
    }

    private static void writeObject(JsonGenerator gen, Report report, List<Table> tables, boolean includeConfig)
            throws IOException {
        gen.writeStartObject();
        gen.writeStringField("elsim_version", report.version());
        if (includeConfig && report.config() != null) {
            gen.writeFieldName("config");
            MAPPER.writeValue(gen, report.config());
        }
        for (Table table : tables) {
            gen.writeArrayFieldStart(table.name());
            for (Object[] row : table.rows()) {
                gen.writeStartObject();
                for (int c = 0; c < row.length; c++) {
                    gen.writeFieldName(table.columns().get(c));
                    writeCell(gen, row[c]);
                }
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }

    private static void writeCell(JsonGenerator gen, Object v) throws IOException {
        if (Cells.isMissing(v)) gen.writeNull();
        else if (v instanceof Boolean b) gen.writeBoolean(b);
        else if (v instanceof Number) gen.writeNumber(Cells.machine(v));
        else gen.writeString(v.toString());
    }

    /** Fixed "\n" indents: Jackson's default uses the platform line separator. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        pp.indentObjectsWith(indenter);
        pp.indentArraysWith(indenter);
        return pp;
    }

    private static ObjectMapper configMapper() {
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
                // marker records such as Unlimited() have no fields but are meaningful
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .annotationIntrospector(new SealedTypesAsWrapper())
                .build();
    }

    /** Adds YAML-like type wrappers to every sealed interface, without annotating the model. */
    private static final class SealedTypesAsWrapper extends JacksonAnnotationIntrospector {
        @Override
        public TypeResolverBuilder<?> findTypeResolver(MapperConfig<?> config, AnnotatedClass ac, JavaType baseType) {
            Class<?> raw = baseType.getRawClass();
            if (raw.isInterface() && raw.isSealed()) {
                return new StdTypeResolverBuilder()
                        .init(JsonTypeInfo.Id.CUSTOM, new RecordNameIdResolver(baseType))
                        .inclusion(JsonTypeInfo.As.WRAPPER_OBJECT);
            }
            return super.findTypeResolver(config, ac, baseType);
        }
    }

    /** Type id = the record's simple name in snake_case: {@code Exponential} → {@code exponential}. */
    private static final class RecordNameIdResolver extends TypeIdResolverBase {
        private final JavaType base;

        RecordNameIdResolver(JavaType base) {
            this.base = base;
        }

        @Override
        public String idFromValue(Object value) {
            return idFromValueAndType(value, value.getClass());
        }

        @Override
        public String idFromValueAndType(Object value, Class<?> type) {
            return PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(type.getSimpleName());
        }

        @Override
        public JavaType typeFromId(DatabindContext context, String id) {
            for (Class<?> sub : base.getRawClass().getPermittedSubclasses()) {
                if (idFromValueAndType(null, sub).equals(id)) return context.constructType(sub);
            }
            return null;
        }

        @Override
        public JsonTypeInfo.Id getMechanism() {
            return JsonTypeInfo.Id.CUSTOM;
        }
    }
}
