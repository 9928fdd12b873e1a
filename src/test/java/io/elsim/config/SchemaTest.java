package io.elsim.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.elsim.experiment.Examples;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/elsim.schema.json is what `elsim schema` prints, and every example validates against it. */
class SchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void the_committed_schema_is_the_generated_one() throws IOException {
        String committed = Files.readString(Path.of("docs/elsim.schema.json"));
        assertThat(committed).as("regenerate with: ./elsim schema > docs/elsim.schema.json").isEqualTo(Schema.json());
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(io.elsim.cli.Main.execute("schema")).isZero();
        } finally {
            System.setOut(old);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(committed);
        assertThat(JSON.readTree(committed).get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void every_example_starts_with_the_schema_line_and_validates() throws IOException {
        JsonNode schema = JSON.readTree(Schema.json());
        for (String name : Examples.NAMES) {
            Path file = Path.of("examples", name + ".yaml");
            String text = Files.readString(file);
            assertThat(text).as(name).startsWith("# yaml-language-server: $schema=../docs/elsim.schema.json\n");
            List<String> errors = new ArrayList<>();
            validate(YAML.readTree(text), schema, schema, name, errors);
            assertThat(errors).as(name).isEmpty();
        }
    }

    @Test
    void the_schema_rejects_an_unknown_key_and_a_bad_duration() throws IOException {
        JsonNode schema = JSON.readTree(Schema.json());
        List<String> errors = new ArrayList<>();
        validate(YAML.readTree("stations: [{name: a, cycle: 5 parsecs, bufer: 2}]"), schema, schema, "x", errors);
        assertThat(errors).anyMatch(e -> e.contains("bufer")).anyMatch(e -> e.contains("cycle"));
    }

    /** A small validator for the keywords the generated schema uses. */
    static void validate(JsonNode v, JsonNode s, JsonNode root, String path, List<String> errors) {
        if (s.has("$ref")) {
            JsonNode target = root.at(s.get("$ref").asText().substring(1));
            validate(v, target, root, path, errors);
        }
        if (s.has("oneOf")) {
            int ok = 0;
            for (JsonNode branch : s.get("oneOf")) {
                List<String> e = new ArrayList<>();
                validate(v, branch, root, path, e);
                if (e.isEmpty()) ok++;
            }
            if (ok != 1) errors.add(path + ": matches " + ok + " of the oneOf branches");
        }
        if (s.has("enum")) {
            boolean found = false;
            for (JsonNode e : s.get("enum")) found |= e.equals(v);
            if (!found) errors.add(path + ": not one of " + s.get("enum"));
        }
        if (s.has("type")) {
            String type = s.get("type").asText();
            boolean ok = switch (type) {
                case "object" -> v.isObject();
                case "array" -> v.isArray();
                case "string" -> v.isTextual();
                case "integer" -> v.isIntegralNumber();
                case "number" -> v.isNumber();
                default -> false;
            };
            if (!ok) {
                errors.add(path + ": expected " + type + ", got " + v);
                return;
            }
        }
        if (s.has("pattern") && v.isTextual() && !java.util.regex.Pattern.compile(s.get("pattern").asText())
                .matcher(v.asText()).find()) {
            errors.add(path + ": '" + v.asText() + "' does not match " + s.get("pattern").asText());
        }
        if (s.has("minimum") && v.isNumber() && v.asDouble() < s.get("minimum").asDouble()) errors.add(path + ": below minimum");
        if (s.has("maximum") && v.isNumber() && v.asDouble() > s.get("maximum").asDouble()) errors.add(path + ": above maximum");
        if (v.isObject()) {
            JsonNode props = s.get("properties");
            if (s.has("required")) {
                for (JsonNode r : s.get("required")) if (!v.has(r.asText())) errors.add(path + ": missing " + r.asText());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path + "." + e.getKey();
                if (props != null && props.has(e.getKey())) {
                    validate(e.getValue(), props.get(e.getKey()), root, p, errors);
                } else if (s.has("additionalProperties")) {
                    JsonNode ap = s.get("additionalProperties");
                    if (ap.isBoolean() && !ap.asBoolean()) errors.add(p + ": unknown key " + e.getKey());
                    else if (ap.isObject()) validate(e.getValue(), ap, root, p, errors);
                }
            }
        }
        if (v.isArray() && s.has("items")) {
            for (int i = 0; i < v.size(); i++) validate(v.get(i), s.get("items"), root, path + "[" + i + "]", errors);
        }
        if (v.isArray() && s.has("minItems") && v.size() < s.get("minItems").asInt()) errors.add(path + ": too few items");
    }
}
