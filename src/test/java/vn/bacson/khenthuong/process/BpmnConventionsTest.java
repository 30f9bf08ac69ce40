package vn.bacson.khenthuong.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.stage.CommandFields;

/** The house rules for every diagram in bpmn/ (and every form in forms/), held by a test. */
class BpmnConventionsTest {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    static final String DMNDI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
    static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

    /** Modeler-generated ids such as Activity_1w131lg or Gateway_0x2c9bd. */
    static final Pattern GENERATED_ID = Pattern.compile(".*_[0-9a-z]{7}$");

    static final Pattern VIETNAMESE = Pattern.compile(
            "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", Pattern.CASE_INSENSITIVE);
    static final Set<String> FLOW_NODES = Set.of(
            "startEvent",
            "endEvent",
            "intermediateCatchEvent",
            "intermediateThrowEvent",
            "boundaryEvent",
            "task",
            "userTask",
            "serviceTask",
            "sendTask",
            "receiveTask",
            "scriptTask",
            "businessRuleTask",
            "manualTask",
            "callActivity",
            "subProcess",
            "exclusiveGateway",
            "parallelGateway",
            "inclusiveGateway",
            "eventBasedGateway");

    static Stream<Path> diagrams() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            return files
                    .filter(p -> p.toString().endsWith(".bpmn") || p.toString().endsWith(".dmn"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void bothProcessesAndTheDecisionAreThere() throws IOException {
        assertThat(diagrams().map(p -> p.getFileName().toString()))
                .contains(
                        "CommendationProposal.bpmn",
                        "EmulationCampaign.bpmn",
                        "ProvinceCommendation.bpmn",
                        "AwardRouting.dmn");
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void followsTheHouseRules(Path file) throws Exception {
        Document doc = parse(Files.readAllBytes(file));
        String name = file.getFileName().toString();
        List<String> violations = name.endsWith(".dmn") ? dmnViolations(doc, name) : bpmnViolations(doc, name);
        if (name.endsWith(".bpmn")) {
            violations.addAll(flowViolations(Bpmn.readModelFromFile(file.toFile())));
        }
        assertThat(violations).as(name).isEmpty();
    }

    @Test
    void userTasksAreExactlyTheStagesWithTheirGroups() throws Exception {
        Document doc = parse(Files.readAllBytes(Path.of("bpmn/CommendationProposal.bpmn")));
        Set<String> ids = new HashSet<>();
        for (Element task : elements(doc, BPMN, "userTask")) {
            String id = task.getAttribute("id");
            ids.add(id);
            Stage stage = Stage.ofTaskDefinitionKey(id).orElseThrow(() -> new AssertionError("no stage for " + id));
            String group = task.getAttributeNS(CAMUNDA, "candidateGroups");
            assertThat(group).as(id).isEqualTo(stage == Stage.AMENDMENT ? "${unitCode}" : stage.candidateGroup());
            assertThat(task.getAttributeNS(CAMUNDA, "dueDate"))
                    .as(id + " due date")
                    .startsWith("${stageDeadlines.");
        }
        assertThat(ids)
                .isEqualTo(
                        Stage.commune().stream().map(Stage::taskDefinitionKey).collect(Collectors.toSet()));
    }

    @Test
    void provinceUserTasksAreExactlyTheProvinceStagesWithTheirGroupsAndDeadlines() throws Exception {
        Document doc = parse(Files.readAllBytes(Path.of("bpmn/ProvinceCommendation.bpmn")));
        Set<String> ids = new HashSet<>();
        for (Element task : elements(doc, BPMN, "userTask")) {
            String id = task.getAttribute("id");
            ids.add(id);
            Stage stage = Stage.ofTaskDefinitionKey(id).orElseThrow(() -> new AssertionError("no stage for " + id));
            assertThat(stage.isProvince()).as(id).isTrue();
            assertThat(task.getAttributeNS(CAMUNDA, "candidateGroups")).as(id).isEqualTo(stage.candidateGroup());
            assertThat(task.getAttributeNS(CAMUNDA, "dueDate"))
                    .as(id + " due date")
                    .isEqualTo("${provinceSettings.dueDate('" + stage.name() + "')}");
            assertThat(task.getAttributeNS(CAMUNDA, "formRef")).as(id).isEqualTo(CommandFields.formId(stage));
        }
        assertThat(ids)
                .isEqualTo(Arrays.stream(Stage.values())
                        .filter(Stage::isProvince)
                        .map(Stage::taskDefinitionKey)
                        .collect(Collectors.toSet()));
    }

    @Test
    void formsAreNamedByTheirId() throws IOException {
        Path forms = Path.of("forms");
        if (!Files.isDirectory(forms)) {
            return;
        }
        try (Stream<Path> files = Files.list(forms)) {
            for (Path form : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                JsonNode json = new ObjectMapper().readTree(form.toFile());
                assertThat(json.path("id").asText())
                        .as(form.toString())
                        .isEqualTo(form.getFileName().toString().replace(".form", ""));
            }
        }
    }

    /** The rules themselves must be able to fail: a diagram breaking each of them is caught. */
    @Test
    void aDiagramBreakingTheRulesIsCaught() throws Exception {
        String broken = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="%s" xmlns:bpmndi="%s" xmlns:camunda="%s"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_Broken">
                  <bpmn:process id="Other" isExecutable="false">
                    <bpmn:startEvent id="StartEvent_1" name="Start" />
                    <bpmn:serviceTask id="Activity_1w131lg" name="Gửi thư" camunda:class="x.Y" camunda:asyncBefore="true" />
                    <bpmn:intermediateCatchEvent id="TimerEvent_Wait" name="Chờ một ngày">
                      <bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition>
                    </bpmn:intermediateCatchEvent>
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="BPMNDiagram_Other"><bpmndi:BPMNPlane id="BPMNPlane_Other" bpmnElement="Other">
                    <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1" />
                  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """.formatted(BPMN, BPMNDI, CAMUNDA).strip();

        List<String> violations = bpmnViolations(parse(broken.getBytes(StandardCharsets.UTF_8)), "Broken.bpmn");

        assertThat(String.join("\n", violations))
                .contains("file name Broken.bpmn != process id Other")
                .contains("Other: no historyTimeToLive")
                .contains("Other: no versionTag")
                .contains("Other: not executable")
                .contains("StartEvent_1: no Vietnamese name")
                .contains("Activity_1w131lg: generated id")
                .contains("Activity_1w131lg: camunda:class")
                .contains("Activity_1w131lg: no delegateExpression")
                .contains("Activity_1w131lg: asyncBefore without failedJobRetryTimeCycle")
                .contains("TimerEvent_Wait: literal timer P1D")
                .contains("TimerEvent_Wait: no diagram shape");
    }

    /** The flow rules can fail too: a fake join, unlisted references, an implicit start and an implicit end. */
    @Test
    void aDiagramWithAFakeJoinIsCaught() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("Joined")
                .startEvent("StartEvent_Begun")
                .exclusiveGateway("Gateway_Choice")
                .serviceTask("ServiceTask_First")
                .userTask("UserTask_Both")
                .endEvent("EndEvent_Done")
                .moveToNode("Gateway_Choice")
                .connectTo("UserTask_Both")
                .done();
        model.getModelElementById("ServiceTask_First")
                .getParentElement()
                .addChildElement(
                        model.newInstance(org.camunda.bpm.model.bpmn.instance.ManualTask.class, "ManualTask_Alone"));
        FlowNode both = model.getModelElementById("UserTask_Both");
        both.getIncoming().clear();

        List<String> violations = flowViolations(model);

        assertThat(String.join("\n", violations))
                .contains("UserTask_Both: fake join (2 flows in without a gateway)")
                .contains("UserTask_Both: incoming")
                .contains("ManualTask_Alone: implicit end")
                .contains("ManualTask_Alone: implicit start");
    }

    static List<String> bpmnViolations(Document doc, String fileName) {
        List<String> violations = new ArrayList<>();
        Set<String> drawn = new HashSet<>();
        for (String tag : List.of("BPMNShape", "BPMNEdge")) {
            for (Element di : elements(doc, BPMNDI, tag)) {
                drawn.add(di.getAttribute("bpmnElement"));
            }
        }
        List<Element> processes = elements(doc, BPMN, "process");
        if (processes.size() != 1) {
            violations.add(fileName + ": exactly one process expected");
        }
        for (Element process : processes) {
            String id = process.getAttribute("id");
            if (!fileName.equals(id + ".bpmn")) {
                violations.add("file name " + fileName + " != process id " + id);
            }
            if (process.getAttributeNS(CAMUNDA, "historyTimeToLive").isBlank()) {
                violations.add(id + ": no historyTimeToLive");
            }
            if (process.getAttributeNS(CAMUNDA, "versionTag").isBlank()) {
                violations.add(id + ": no versionTag");
            }
            if (!"true".equals(process.getAttribute("isExecutable"))) {
                violations.add(id + ": not executable");
            }
        }
        for (Element element : allElements(doc)) {
            String id = element.getAttribute("id");
            if (!id.isEmpty() && GENERATED_ID.matcher(id).matches()) {
                violations.add(id + ": generated id");
            }
            if (!BPMN.equals(element.getNamespaceURI())) {
                continue;
            }
            String tag = element.getLocalName();
            if (FLOW_NODES.contains(tag)) {
                if (!isJoiningGateway(element)
                        && !VIETNAMESE.matcher(element.getAttribute("name")).find()) {
                    violations.add(id + ": no Vietnamese name");
                }
                if (!drawn.contains(id)) {
                    violations.add(id + ": no diagram shape");
                }
            }
            if ("sequenceFlow".equals(tag) && !drawn.contains(id)) {
                violations.add(id + ": no diagram edge");
            }
            if ("serviceTask".equals(tag) || "sendTask".equals(tag)) {
                if (element.hasAttributeNS(CAMUNDA, "class")) {
                    violations.add(id + ": camunda:class");
                }
                if (element.getAttributeNS(CAMUNDA, "delegateExpression").isBlank()) {
                    violations.add(id + ": no delegateExpression");
                }
            }
            boolean async = "true".equals(element.getAttributeNS(CAMUNDA, "asyncBefore"))
                    || "true".equals(element.getAttributeNS(CAMUNDA, "asyncAfter"));
            if (async
                    && directChildren(element, BPMN, "extensionElements").stream()
                            .noneMatch(ext -> !directChildren(ext, CAMUNDA, "failedJobRetryTimeCycle")
                                    .isEmpty())) {
                violations.add(id + ": asyncBefore without failedJobRetryTimeCycle");
            }
            if ("timerEventDefinition".equals(tag)) {
                Element event = (Element) element.getParentNode();
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element timer) {
                        String value = timer.getTextContent().strip();
                        if (!value.startsWith("${") && !value.startsWith("#{")) {
                            violations.add(event.getAttribute("id") + ": literal timer " + value);
                        }
                    }
                }
            }
        }
        return violations;
    }

    /** A gateway that only merges flows carries no label, as the Modeler draws it (Camunda's practice). */
    static boolean isJoiningGateway(Element element) {
        return element.getLocalName().endsWith("Gateway")
                && directChildren(element, BPMN, "incoming").size() > 1
                && directChildren(element, BPMN, "outgoing").size() == 1;
    }

    /**
     * What the Modeler writes and bpmnlint's recommended rules check, read through Camunda's model API: every node
     * lists its incoming and outgoing flows (so a save in the Modeler makes no diff), flows merge only in a
     * gateway (no fake join), and nothing ends or starts implicitly.
     */
    static List<String> flowViolations(BpmnModelInstance model) {
        List<String> violations = new ArrayList<>();
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!flow.getSource().getOutgoing().contains(flow)) {
                violations.add(flow.getSource().getId() + ": outgoing " + flow.getId() + " not listed");
            }
            if (!flow.getTarget().getIncoming().contains(flow)) {
                violations.add(flow.getTarget().getId() + ": incoming " + flow.getId() + " not listed");
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            String id = node.getId();
            long incoming = model.getModelElementsByType(SequenceFlow.class).stream()
                    .filter(f -> f.getTarget() == node)
                    .count();
            long outgoing = model.getModelElementsByType(SequenceFlow.class).stream()
                    .filter(f -> f.getSource() == node)
                    .count();
            if (node.getIncoming().size() != incoming || node.getOutgoing().size() != outgoing) {
                violations.add(id + ": incoming/outgoing references differ from the sequence flows");
            }
            if (!(node instanceof Gateway) && incoming > 1) {
                violations.add(id + ": fake join (" + incoming + " flows in without a gateway)");
            }
            boolean eventSubProcessStart = node instanceof StartEvent
                    && node.getParentElement() instanceof SubProcess sub
                    && sub.triggeredByEvent();
            if (node instanceof SubProcess sub && sub.triggeredByEvent()) {
                continue; // an event sub-process starts by its event and has no flows
            }
            if (!(node instanceof EndEvent) && outgoing == 0) {
                violations.add(id + ": implicit end");
            }
            if (!(node instanceof StartEvent)
                    && !(node instanceof BoundaryEvent)
                    && incoming == 0
                    && !eventSubProcessStart) {
                violations.add(id + ": implicit start");
            }
        }
        return violations;
    }

    static List<String> dmnViolations(Document doc, String fileName) {
        List<String> violations = new ArrayList<>();
        Set<String> drawn = elements(doc, DMNDI, "DMNShape").stream()
                .map(e -> e.getAttribute("dmnElementRef"))
                .collect(Collectors.toSet());
        List<Element> decisions = elements(doc, DMN, "decision");
        if (decisions.size() != 1) {
            violations.add(fileName + ": exactly one decision expected");
        }
        for (Element decision : decisions) {
            String id = decision.getAttribute("id");
            if (!fileName.equals(id + ".dmn")) {
                violations.add("file name " + fileName + " != decision id " + id);
            }
            if (decision.getAttributeNS(CAMUNDA_DMN, "historyTimeToLive").isBlank()) {
                violations.add(id + ": no historyTimeToLive");
            }
            if (!VIETNAMESE.matcher(decision.getAttribute("name")).find()) {
                violations.add(id + ": no Vietnamese name");
            }
            if (!drawn.contains(id)) {
                violations.add(id + ": no diagram shape");
            }
        }
        for (Element element : allElements(doc)) {
            String id = element.getAttribute("id");
            if (!id.isEmpty() && GENERATED_ID.matcher(id).matches()) {
                violations.add(id + ": generated id");
            }
        }
        return violations;
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static List<Element> elements(Document doc, String namespace, String localName) {
        NodeList nodes = doc.getElementsByTagNameNS(namespace, localName);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    static List<Element> allElements(Document doc) {
        return elements(doc, "*", "*");
    }

    static List<Element> directChildren(Element parent, String namespace, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e
                    && namespace.equals(e.getNamespaceURI())
                    && localName.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }
}
