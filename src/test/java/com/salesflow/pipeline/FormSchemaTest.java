package com.salesflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

/** Stage fields read from Camunda Forms schemas, and the values each field type accepts. */
class FormSchemaTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void readsValueFieldsWithLabelsAndTypesIncludingNestedGroups() throws Exception {
    JsonNode form = new ObjectMapper().readTree("""
        {"id": "f", "components": [
          {"type": "text", "text": "### 标题"},
          {"type": "number", "key": "budgetAmount", "label": "预算"},
          {"type": "group", "components": [
            {"type": "datetime", "subtype": "date", "key": "testDate", "dateLabel": "测试日期"},
            {"type": "checkbox", "key": "accepted"}]}]}
        """);

    assertThat(FormSchema.fields(form).values()).containsExactly(
        new FormField("budgetAmount", "预算", FieldType.NUMBER),
        new FormField("testDate", "测试日期", FieldType.DATE),
        new FormField("accepted", "accepted", FieldType.BOOLEAN));
  }

  @Test
  void convertsJsonValuesToTypedVariablesAndRefusesTheWrongKind() {
    assertThat(FieldType.NUMBER.toVariable(NODES.numberNode(3))).isEqualTo(3L);
    assertThat(FieldType.NUMBER.toVariable(NODES.numberNode(2.5))).isEqualTo(2.5);
    assertThat(FieldType.DATE.toVariable(NODES.textNode("2027-03-31"))).isEqualTo("2027-03-31");
    assertThat(FieldType.TEXT.toVariable(NODES.nullNode())).isNull();

    assertThatThrownBy(() -> FieldType.NUMBER.toVariable(NODES.textNode("3")))
        .hasMessage("must be a number");
    assertThatThrownBy(() -> FieldType.DATE.toVariable(NODES.textNode("31/03/2027")))
        .hasMessageContaining("2026-03-31");
    assertThatThrownBy(() -> FieldType.BOOLEAN.toVariable(NODES.textNode("yes")))
        .hasMessage("must be true or false");
  }
}
