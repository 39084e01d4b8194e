package org.bangfu.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Conventions of ARCHITECTURE.md that a compiler does not check: models, delegates, translations, no CJK in code. */
class ConventionsTest {

    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final Path MODELS = Path.of("bpmn");
    private static final Path JAVA = Path.of("src/main/java");

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** All bundles of one language merged: {@code translations.properties} means the Chinese base files. */
    private static Properties translations(String name) throws IOException {
        String suffix = name.endsWith("_en.properties") ? "_en.properties" : ".properties";
        Properties properties = new Properties();
        for (String base : org.bangfu.shell.Translations.baseNames()) {
            try (InputStream in = ConventionsTest.class.getResourceAsStream("/" + base + suffix)) {
                assertThat(in).as(base + suffix).isNotNull();
                Properties one = new Properties();
                one.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                for (String key : one.stringPropertyNames()) {
                    assertThat(properties).as("key " + key + " defined in two bundles").doesNotContainKey(key);
                    properties.put(key, one.getProperty(key));
                }
            }
        }
        return properties;
    }

    @Test
    void everyProcessIsNamedLikeItsFileHasATimeToLiveAndNoScripts() throws Exception {
        List<Path> models = files(MODELS, ".bpmn");
        assertThat(models).isNotEmpty();
        for (Path model : models) {
            Document doc = xml(model);
            NodeList processes = doc.getElementsByTagNameNS(BPMN_NS, "process");
            assertThat(processes.getLength()).as(model + " has one process").isEqualTo(1);
            Element process = (Element) processes.item(0);
            assertThat(process.getAttribute("id") + ".bpmn").isEqualTo(model.getFileName().toString());
            assertThat(process.getAttributeNS(CAMUNDA_NS, "historyTimeToLive")).as(model + " TTL").isNotBlank();
            assertThat(doc.getElementsByTagNameNS(BPMN_NS, "scriptTask").getLength()).as(model + " scripts").isZero();
            assertThat(Files.readString(model)).as(model + " uses no camunda:class").doesNotContain("camunda:class=");
        }
    }

    @Test
    void everyDelegateExpressionNamesABeanThatExists() throws Exception {
        Set<String> beans = new TreeSet<>();
        for (Path source : files(JAVA, ".java")) {
            Matcher m = Pattern.compile("@(?:Component|Bean)\\(\"([A-Za-z]+)\"\\)").matcher(Files.readString(source));
            while (m.find()) {
                beans.add(m.group(1));
            }
        }
        List<String> used = new ArrayList<>();
        for (Path model : files(MODELS, ".bpmn")) {
            Matcher m = Pattern.compile("delegateExpression=\"\\$\\{([A-Za-z]+)}\"").matcher(Files.readString(model));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(beans).containsAll(used);
        assertThat(Component.class).isNotNull();
    }

    @Test
    void everyFlowNodeHasATitleInBothLanguages() throws Exception {
        Properties zh = translations("translations.properties");
        Properties en = translations("translations_en.properties");
        for (Path model : files(MODELS, ".bpmn")) {
            Document doc = xml(model);
            for (String type : List.of("startEvent", "endEvent", "userTask", "serviceTask")) {
                NodeList nodes = doc.getElementsByTagNameNS(BPMN_NS, type);
                for (int i = 0; i < nodes.getLength(); i++) {
                    String key = "task." + ((Element) nodes.item(i)).getAttribute("id");
                    assertThat(zh).as(key).containsKey(key);
                    assertThat(en).as(key).containsKey(key);
                }
            }
        }
    }

    @Test
    void everyDecisionTableIsNamedLikeItsFileAndHasATimeToLive() throws Exception {
        List<Path> tables = files(MODELS, ".dmn");
        assertThat(tables).isNotEmpty();
        for (Path table : tables) {
            Document doc = xml(table);
            NodeList decisions = doc.getElementsByTagNameNS("https://www.omg.org/spec/DMN/20191111/MODEL/",
                    "decision");
            assertThat(decisions.getLength()).as(table + " has one decision").isEqualTo(1);
            Element decision = (Element) decisions.item(0);
            assertThat(decision.getAttribute("id") + ".dmn").isEqualTo(table.getFileName().toString());
            assertThat(decision.getAttributeNS("http://camunda.org/schema/1.0/dmn", "historyTimeToLive"))
                    .as(table + " TTL").isNotBlank();
        }
    }

    /**
     * SLA without a timer per task: every user task has its due date and its escalation moment (the follow-up date,
     * swept by {@code SlaSweep}) from the settings. The only timers left on user tasks are business rules of their
     * own (a campaign unit's report late: marked late, then escalated; the reminder before its deadline), and no
     * model has a generic escalation step any more.
     */
    @Test
    void everyUserTaskHasADueDateAndAnEscalationMomentAndNoEscalationTimer() throws Exception {
        for (Path model : files(MODELS, ".bpmn")) {
            Document doc = xml(model);
            java.util.Set<String> ownRule = new java.util.HashSet<>();
            NodeList boundaries = doc.getElementsByTagNameNS(BPMN_NS, "boundaryEvent");
            for (int j = 0; j < boundaries.getLength(); j++) {
                Element boundary = (Element) boundaries.item(j);
                if (boundary.getTextContent().contains("sla.")) {
                    ownRule.add(boundary.getAttribute("attachedToRef"));
                }
            }
            NodeList userTasks = doc.getElementsByTagNameNS(BPMN_NS, "userTask");
            for (int i = 0; i < userTasks.getLength(); i++) {
                Element task = (Element) userTasks.item(i);
                String id = task.getAttribute("id");
                assertThat(task.getAttributeNS(CAMUNDA_NS, "dueDate")).as(id + " due date").contains(id);
                if (!ownRule.contains(id)) {
                    assertThat(task.getAttributeNS(CAMUNDA_NS, "followUpDate")).as(id + " escalation moment")
                            .isEqualTo("${sla.escalateAt(execution, '" + id + "')}");
                }
            }
            assertThat(ownRule).as("tasks with timers of their own in " + model)
                    .isSubsetOf("Task_SubmitUnitReport");
            assertThat(Files.readString(model)).as(model.toString()).doesNotContain("escalateOverdueDelegate");
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(translations("translations_en.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(translations("translations.properties").keySet());
    }

    @Test
    void everyLiteralTranslationKeyInTheCodeExists() throws IOException {
        Properties zh = translations("translations.properties");
        Pattern literal = Pattern.compile("\"((?:menu|shell|casework|funds|grading|audit|organization|app|common"
                + "|validation|error|problem|task|settings|followup|approval|identification|campaign|statistics|dashboard)\\.[A-Za-z0-9_.-]*[A-Za-z0-9_])\"");
        List<String> missing = new ArrayList<>();
        for (Path source : files(JAVA, ".java")) {
            Matcher m = literal.matcher(Files.readString(source));
            while (m.find()) {
                if (!zh.containsKey(m.group(1))) {
                    missing.add(source.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumConstantShownOnScreenHasATranslation() throws Exception {
        Properties zh = translations("translations.properties");
        List<Class<? extends Enum<?>>> shown = List.of(org.bangfu.shared.Sex.class,
                org.bangfu.identification.HardshipCause.class, org.bangfu.identification.AidType.class,
                org.bangfu.identification.CaseStatus.class, org.bangfu.grading.Grade.class,
                org.bangfu.funds.FundSource.class, org.bangfu.organization.Role.class,
                org.bangfu.organization.UnitLevel.class, org.bangfu.identification.CaseKind.class,
                org.bangfu.identification.Health.class, org.bangfu.identification.EmploymentStatus.class,
                org.bangfu.identification.HousingType.class, org.bangfu.identification.HukouType.class,
                org.bangfu.identification.MaritalStatus.class, org.bangfu.identification.ModelWorkerType.class,
                org.bangfu.identification.PoliticalStatus.class, org.bangfu.identification.EmployerOwnership.class,
                org.bangfu.identification.Relation.class, org.bangfu.identification.MemberStatus.class,
                org.bangfu.identification.AttachmentKind.class, org.bangfu.identification.RefusalReason.class,
                org.bangfu.approval.Tier.class, org.bangfu.approval.Outcome.class,
                org.bangfu.approval.SchoolLevel.class, org.bangfu.approval.AidStatus.class,
                org.bangfu.followup.ExitOutcome.class, org.bangfu.funds.PaymentStatus.class,
                org.bangfu.funds.BatchStatus.class, org.bangfu.funds.LedgerEntryType.class,
                org.bangfu.funds.BatchLine.LineResult.class, org.bangfu.identification.FileLevel.class,
                org.bangfu.campaign.CampaignTarget.class, org.bangfu.campaign.CampaignKind.class,
                org.bangfu.campaign.CampaignStatus.class, org.bangfu.campaign.CampaignUnitStatus.class,
                org.bangfu.campaign.RecipientOrigin.class, org.bangfu.campaign.ModelWorkerHonour.class,
                org.bangfu.followup.ExitRoute.class, org.bangfu.statistics.FormCode.class,
                org.bangfu.statistics.RowUnit.class, org.bangfu.statistics.RowKind.class,
                org.bangfu.statistics.ReportStatus.class);
        for (Class<? extends Enum<?>> type : shown) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + constant.name();
                assertThat(zh).as(key).containsKey(key);
            }
        }
    }

    @Test
    void javaSourcesContainNoChineseText() throws IOException {
        List<String> offenders = new ArrayList<>();
        Pattern cjk = Pattern.compile("[\\p{IsHan}]");
        for (Path source : files(JAVA, ".java")) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                boolean comment = line.startsWith("//") || line.startsWith("*") || line.startsWith("/**");
                if (!comment && cjk.matcher(line).find() && !source.toString().contains("DemoUsers")) {
                    offenders.add(source + ":" + (i + 1));
                }
            }
        }
        assertThat(offenders).as("visible text belongs in vaadin-i18n/translations*.properties").isEmpty();
    }
}
