package org.bangfu.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import org.bangfu.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A client that names no language gets Chinese, whether the refusal comes from Spring MVC or from a servlet filter
 * in front of it (the servlet container alone would answer in the server's own locale).
 */
class RefusalLanguageTest extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    MessageSource messages;

    private JsonNode post(String user, String path, String json, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isBetween(400, 499);
        return new ObjectMapper().readTree(response.body());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    @Test
    void aRefusedEngineWriteWithoutALanguageIsAnsweredInChineseAndInEnglishWhenAsked() throws Exception {
        JsonNode chinese = post("analyst", "/engine-rest/job/none/execute", "{}", null);
        assertThat(chinese.get("title").asText()).isEqualTo(text("engineDoors.refused.title", Locale.SIMPLIFIED_CHINESE));
        JsonNode english = post("analyst", "/engine-rest/job/none/execute", "{}", "en-US");
        assertThat(english.get("title").asText()).isEqualTo(text("engineDoors.refused.title", Locale.ENGLISH));
    }

    @Test
    void aWrongJsonTypeWithoutALanguageIsAnsweredInChinese() throws Exception {
        JsonNode chinese = post("cw_canyin", "/api/cases", "{\"workerName\": 1}", null);
        assertThat(chinese.get("title").asText()).isEqualTo(text("problem.invalid-input", Locale.SIMPLIFIED_CHINESE));
        assertThat(chinese.get("title").asText()).isNotEqualTo(text("problem.invalid-input", Locale.ENGLISH));
    }
}
