package com.salesflow.security;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Refuses, before the engine parses it, a diagram that could run code nobody reviewed: a script
 * (script task, script listener, script condition), a Java class named in the diagram, a document
 * type declaration (the way into external entities), or an expression outside
 * {@link ExpressionPolicy}. Decision tables are checked for document types too.
 */
class DeploymentGuard implements Deployer {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final Set<String> CODE_ATTRIBUTES = Set.of("class", "resource", "scriptFormat");

  private final ExpressionPolicy expressions;

  DeploymentGuard(ExpressionPolicy expressions) {
    this.expressions = expressions;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      String name = resource.getName();
      if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml") || name.endsWith(".dmn")
          || name.endsWith(".dmn11.xml")) {
        List<String> violations = violations(resource);
        if (!violations.isEmpty()) {
          throw new DeploymentRefusedException(name, violations);
        }
      }
    }
  }

  private List<String> violations(ResourceEntity resource) {
    Document document;
    try {
      document = parse(resource.getBytes());
    } catch (Exception e) {
      return List.of("it is not well-formed XML without a document type (" + e.getMessage() + ")");
    }
    List<String> violations = new ArrayList<>();
    if (resource.getName().contains(".bpmn")) {
      check(document.getDocumentElement(), violations);
    }
    return violations;
  }

  private void check(Element element, List<String> violations) {
    String where = where(element);
    if (element.getLocalName().equals("scriptTask") || element.getLocalName().equals("script")) {
      violations.add(where + ": scripts are not allowed; call a Salesflow bean instead");
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      if (CAMUNDA_NS.equals(attribute.getNamespaceURI())
          && CODE_ATTRIBUTES.contains(attribute.getLocalName())) {
        violations.add(where + ": camunda:" + attribute.getLocalName() + " is not allowed; "
            + "use a delegate expression naming a Salesflow bean");
      }
      expressions.violations(attribute.getValue()).forEach(v -> violations.add(where + ": " + v));
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element nested) {
        check(nested, violations);
      } else if (child.getNodeType() == Node.TEXT_NODE
          || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        expressions.violations(child.getNodeValue()).forEach(v -> violations.add(where + ": " + v));
      }
    }
  }

  /** The nearest element with an id, which is what a process owner finds in Modeler. */
  private static String where(Element element) {
    for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
      if (!e.getAttribute("id").isEmpty()) {
        return e.getAttribute("id");
      }
    }
    return element.getLocalName();
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }
}
