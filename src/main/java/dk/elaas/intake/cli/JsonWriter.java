package dk.elaas.intake.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/** Writes one JSON value on one line with Jackson; confidences (doubles) rounded to three decimals. */
final class JsonWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new SimpleModule()
            .addSerializer(Double.class, new RoundedDouble()));

    private JsonWriter() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not writable as JSON: " + value.getClass(), e);
        }
    }

    private static final class RoundedDouble extends JsonSerializer<Double> {
        @Override
        public void serialize(Double d, JsonGenerator g, SerializerProvider p) throws IOException {
            if (Double.isFinite(d)) {
                g.writeNumber(Math.round(d * 1000) / 1000.0);
            } else {
                g.writeNull();
            }
        }
    }
}
