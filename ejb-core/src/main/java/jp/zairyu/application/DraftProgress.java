package jp.zairyu.application;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jp.zairyu.domain.model.application.FormContent;
import jp.zairyu.domain.model.application.RequiredField;

/**
 * How far a draft is, step by step of the portal's form, by the domain's completeness rules (the
 * fields {@link jp.zairyu.domain.model.application.Completeness#requiredFields} names): what the
 * step list counts, what the form marks as required and what leaving a step names as still missing.
 *
 * @param steps one per step of the form, in order (the last, checking, has no fields of its own)
 * @param required the form's fields required now ({@link RequiredField#field})
 */
public record DraftProgress(List<Step> steps, Set<String> required) implements Serializable {

  /**
   * One step: how many of its required fields are filled and the labels of those that are not.
   *
   * @param number 1 to {@value FormContent#WIZARD_STEPS}
   */
  public record Step(int number, int done, List<String> missing) implements Serializable {

    public Step {
      missing = List.copyOf(missing);
    }

    /** How many required fields the step has. */
    public int required() {
      return done + missing.size();
    }
  }

  public DraftProgress {
    steps = List.copyOf(steps);
    required = Set.copyOf(required);
  }

  /** The progress the fields of a draft show. */
  public static DraftProgress of(List<RequiredField> fields) {
    List<Step> steps =
        IntStream.rangeClosed(1, FormContent.WIZARD_STEPS)
            .mapToObj(
                n ->
                    new Step(
                        n,
                        (int) fields.stream().filter(f -> f.step() == n && f.filled()).count(),
                        fields.stream()
                            .filter(f -> f.step() == n && !f.filled())
                            .map(RequiredField::label)
                            .toList()))
            .toList();
    return new DraftProgress(
        steps, fields.stream().map(RequiredField::field).collect(Collectors.toSet()));
  }

  /** Step {@code number} (1 to {@value FormContent#WIZARD_STEPS}). */
  public Step step(int number) {
    return steps.get(number - 1);
  }

  /** Whether the form's field (e.g. {@code fullName}, {@code family.name}) is required now. */
  public boolean requires(String field) {
    return required.contains(field);
  }

  /** How many required fields are still missing, on all steps. */
  public int missingInAll() {
    return steps.stream().mapToInt(s -> s.missing().size()).sum();
  }
}
