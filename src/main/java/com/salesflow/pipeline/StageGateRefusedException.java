package com.salesflow.pipeline;

import com.salesflow.shared.Refusal;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A deal may not leave its stage yet. It extends the engine's form validation failure so that
 * engine REST and Tasklist answer it as a refused form (400) rather than a server error.
 */
public class StageGateRefusedException extends FormFieldValidationException implements Refusal {

  private final String stageKey;
  private final List<MissingItem> missing;

  StageGateRefusedException(Stage stage, List<MissingItem> missing) {
    super(stage.key(), message(stage, missing));
    this.stageKey = stage.key();
    this.missing = List.copyOf(missing);
  }

  public String stageKey() {
    return stageKey;
  }

  public List<MissingItem> missing() {
    return missing;
  }

  private static String message(Stage stage, List<MissingItem> missing) {
    return "阶段「" + stage.name() + "」尚不能完成，缺少："
        + missing.stream().map(MissingItem::describe).collect(Collectors.joining("；"));
  }
}
