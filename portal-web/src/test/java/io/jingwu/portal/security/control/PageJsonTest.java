package io.jingwu.portal.security.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageJsonTest {

    @Test
    void markupAndLineSeparatorsAreEscapedAndMeanTheSameText() {
        String text = "a\\\"</script><!-- & \u2028\u2029 >";
        JsonObject value = Json.createObjectBuilder().add("text", text).add("n", 1).build();

        String json = PageJson.of(value);

        assertEquals("{\"text\":\"a\\\\\\\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 \\u003e\",\"n\":1}",
                json);
        assertEquals(value, Json.createReader(new StringReader(json)).readObject());
    }
}
