package org.bangfu.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bangfu.Fixtures;
import org.bangfu.IntegrationTest;
import org.bangfu.Rest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bad input through the REST API is refused with 4xx problem JSON that names the field, and nothing is saved
 * (docs/security/input.md): NUL, control, direction and zero-width characters, lenient JSON types, oversized
 * bodies and uploads whose content is not what their name says.
 */
class InputRulesRestTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Autowired JdbcClient jdbc;
    Rest rest;

    @BeforeEach
    void client() {
        rest = new Rest(baseUrl());
    }

    private long caseCount() {
        return jdbc.sql("SELECT COUNT(*) FROM hardship_case").query(Long.class).single();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> validIntake() {
        return new LinkedHashMap<>(JSON.convertValue(Fixtures.deepHardship(), Map.class));
    }

    /** Posts the intake with one field replaced and checks the refusal names that field; returns the problem. */
    private JsonNode refused(String field, Object value, int status) {
        long before = caseCount();
        Map<String, Object> body = validIntake();
        body.put(field, value);
        Rest.Reply reply = rest.post("cw_canyin", "/api/cases", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(caseCount()).isEqualTo(before);
        return reply.json();
    }

    private static String fieldOf(JsonNode problem) {
        return problem.get("errors").get(0).get("field").asText();
    }

    @Test
    void aNulCharacterInAJsonTextIsRefusedWith400NamingTheFieldNot500() {
        JsonNode problem = refused("workerName", "王\u0000明", 400);
        assertThat(fieldOf(problem)).isEqualTo("workerName");
        assertThat(problem.get("detail").asText()).contains("workerName", "U+0000");
    }

    @Test
    void aNulCharacterInAQueryParameterIsRefusedWith400() {
        Rest.Reply reply = rest.get("cw_canyin", "/api/tasks?scope=group&q=a%00b");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("detail").asText()).contains("q", "U+0000");
        assertThat(rest.get("cw_canyin", "/api/cases?q=x%00").status()).isEqualTo(400);
    }

    @Test
    void directionOverrideZeroWidthAndControlCharactersInANameAreRefusedNamingTheField() {
        assertThat(refused("workerName", "王\u202E明", 400).get("detail").asText()).contains("workerName", "U+202E");
        assertThat(fieldOf(refused("workerName", "王\u200B明", 400))).isEqualTo("workerName");
        assertThat(fieldOf(refused("cardHolderName", "\u2067王明", 400))).isEqualTo("cardHolderName");
        assertThat(fieldOf(refused("employer", "某\u0007单位", 400))).isEqualTo("employer");
        assertThat(fieldOf(refused("employer", "\uFEFF某单位", 400))).isEqualTo("employer");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aForbiddenCharacterDeepInsideTheBodyIsNamedByItsPath() {
        long before = caseCount();
        Map<String, Object> body = validIntake();
        ((List<Map<String, Object>>) body.get("members")).get(1).put("name", "子\u200D女");
        Rest.Reply reply = rest.post("cw_canyin", "/api/cases", body);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(fieldOf(reply.json())).isEqualTo("members.[1].name");
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void aDecimalWhereAWholeNumberIsExpectedIsRefusedNotRounded() {
        JsonNode problem = refused("householdSize", 3.7, 400);
        assertThat(fieldOf(problem)).isEqualTo("householdSize");
        assertThat(problem.get("detail").asText()).contains("whole number");
    }

    @Test
    void textWhereANumberIsExpectedAndANumberWhereTextIsExpectedAreRefused() {
        JsonNode problem = refused("householdSize", "100", 400);
        assertThat(fieldOf(problem)).isEqualTo("householdSize");
        assertThat(problem.get("detail").asText()).contains("whole number");
        // money may come as an exact decimal in a string ("6000.00"), but nothing else posing as a number
        JsonNode money = refused("householdYearlyIncome", "1e2", 400);
        assertThat(fieldOf(money)).isEqualTo("householdYearlyIncome");
        assertThat(money.get("detail").asText()).contains("number");
        assertThat(fieldOf(refused("rigidExpenses", "100元", 400))).isEqualTo("rigidExpenses");
        assertThat(fieldOf(refused("rigidExpenses", true, 400))).isEqualTo("rigidExpenses");
        assertThat(fieldOf(refused("employer", 12345, 400))).isEqualTo("employer");
        assertThat(fieldOf(refused("members", "none", 400))).isEqualTo("members");
    }

    @Test
    void aTenMegabyteJsonBodyIsRefusedWith413ProblemJson() {
        long before = caseCount();
        Map<String, Object> body = validIntake();
        body.put("employer", "x".repeat(10 * 1024 * 1024));
        Rest.Reply reply = rest.post("cw_canyin", "/api/cases", body);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asText()).endsWith("/too-large");
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void aRenamedExecutableIsRefusedAsAnAttachmentWhateverItsNameAndTypeSay() throws Exception {
        String caseNo = rest.post("cw_canyin", "/api/cases", validIntake()).json().get("caseNo").asText();
        byte[] program = new byte[256];
        program[0] = 'M';
        program[1] = 'Z';
        HttpResponse<String> refused = upload("/api/cases/" + caseNo + "/attachments", "MEANS_CHECK_AUTHORIZATION",
                "authorization.pdf", "application/pdf", program);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("executable");
        HttpResponse<String> elf = upload("/api/cases/" + caseNo + "/attachments", "EVIDENCE", "photo.png",
                "image/png", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0});
        assertThat(elf.statusCode()).isEqualTo(400);
        HttpResponse<String> text = upload("/api/cases/" + caseNo + "/attachments", "EVIDENCE", "scan.pdf",
                "application/pdf", "just text, not a PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.body()).contains("not a JPG, PNG, PDF or Word document");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_attachment a JOIN hardship_case c ON c.id = a.case_id "
                + "WHERE c.case_no = ?").param(caseNo).query(Long.class).single()).isZero();
        HttpResponse<String> pdf = upload("/api/cases/" + caseNo + "/attachments", "MEANS_CHECK_AUTHORIZATION",
                "authorization.pdf", "application/pdf", "%PDF-1.4 signed".getBytes(StandardCharsets.US_ASCII));
        assertThat(pdf.statusCode()).as(pdf.body()).isEqualTo(201);
    }

    @Test
    void aMeansCheckImportThatIsNotTextIsRefused() throws Exception {
        HttpResponse<String> reply = upload("/api/means-checks/import", null, "result.csv", "text/csv",
                "caseNo,homesOwned\n\u0000\u0001binary".getBytes(StandardCharsets.UTF_8));
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(400);
        assertThat(reply.body()).contains("CSV");
    }

    @Test
    void anUploadOverTheLimitIsRefusedWith413ProblemJsonBeforeItsBodyIsRead() throws Exception {
        // Only the head of a 30 MB upload is sent: the refusal must come from its declared length, before any of
        // the body is read (a client still writing a large body could otherwise lose the answer to the closed
        // connection, which made this test flaky when it sent the whole body)
        URI uri = URI.create(baseUrl());
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            String token = Base64.getEncoder().encodeToString("cw_canyin:demo1234".getBytes(StandardCharsets.UTF_8));
            String head = "POST /api/means-checks/import HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nAuthorization: Basic " + token + "\r\nAccept-Language: en\r\n"
                    + "Content-Type: multipart/form-data; boundary=----bangfu\r\nContent-Length: "
                    + (30L * 1024 * 1024) + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            StringBuilder answer = new StringBuilder();
            java.io.InputStream in = socket.getInputStream();
            for (int b = in.read(); b >= 0 && answer.indexOf("\r\n\r\n") < 0; b = in.read()) {
                answer.append((char) b); // the status line and headers are ASCII
            }
            assertThat(answer.toString()).startsWith("HTTP/1.1 413");
            assertThat(answer.toString().toLowerCase(java.util.Locale.ROOT))
                    .contains("content-type: application/problem+json");
        }
    }

    private HttpResponse<String> upload(String path, String kind, String fileName, String type, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----bangfu" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (kind != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String token = Base64.getEncoder().encodeToString("cw_canyin:demo1234".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Basic " + token).header("Accept-Language", "en")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
