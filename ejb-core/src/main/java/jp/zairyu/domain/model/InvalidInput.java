package jp.zairyu.domain.model;

import java.util.List;
import java.util.stream.Collectors;

/** Input refused field by field; the transaction rolls back and nothing is stored. */
public class InvalidInput extends RuleViolation {

  private static final long serialVersionUID = 1L;

  private final List<FieldProblem> problems;

  public InvalidInput(List<FieldProblem> problems) {
    super(
        "invalid-input",
        problems.stream().map(FieldProblem::messageJa).collect(Collectors.joining(" ")),
        problems.stream().map(FieldProblem::messageEn).collect(Collectors.joining(" ")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("InvalidInput needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
