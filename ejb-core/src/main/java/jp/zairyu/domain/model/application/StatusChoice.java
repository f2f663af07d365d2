package jp.zairyu.domain.model.application;

import jp.zairyu.domain.model.RuleViolation;

/**
 * A status of residence as chosen on a form: one that can be filed online and, where the status has
 * sub-types (高度専門職, 特定技能, 技能実習) or designations (特定活動: 告示 number or 告示外, {@code
 * designated-activities.csv}), exactly one of them, itself filable online.
 */
public record StatusChoice(String code, String subtype) {

  public StatusChoice {
    ResidenceStatus status =
        ResidenceStatus.byCode(code)
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "status.unknown", "在留資格を一覧から選んでください。", "Choose a status of residence."));
    // 永住者 and 特別永住者 are decided per procedure (permanent-residents.csv), not as a whole.
    if (!status.online() && !PermanentResidents.listed(code)) {
      throw new RuleViolation(
          "status.not-online",
          "在留資格「" + status.nameJa() + "」はオンラインでは申請できません。",
          "\"" + status.nameEn() + "\" cannot be filed online.");
    }
    if (status.hasSubtypes() && (subtype == null || !status.subtypes().contains(subtype))) {
      throw new RuleViolation(
          "status.subtype",
          "在留資格「" + status.nameJa() + "」の区分（" + String.join("・", status.subtypes()) + "）を選んでください。",
          "Choose the category of \""
              + status.nameEn()
              + "\" ("
              + String.join(", ", status.subtypes())
              + ").");
    }
    if (!status.hasSubtypes()) {
      subtype = null;
    }
    // A designation of 特定活動 that cannot be filed online says where to go instead.
    Designation.of(code, subtype)
        .filter(d -> !d.online())
        .ifPresent(
            d -> {
              throw new RuleViolation(
                  "status.designation-not-online",
                  "「" + status.nameJa() + "（" + d.nameJa() + "）」はオンラインでは申請できません。" + d.whereJa(),
                  "\""
                      + status.nameEn()
                      + " ("
                      + d.nameEn()
                      + ")\" cannot be filed online. "
                      + d.whereEn());
            });
  }

  public ResidenceStatus status() {
    return ResidenceStatus.byCode(code).orElseThrow();
  }

  public String labelJa() {
    return status().labelJa(subtype);
  }

  /** Whether this status grants an indefinite period of stay ({@code indefinite-periods.csv}). */
  public boolean indefinitePeriod() {
    return status().indefinitePeriod(subtype);
  }

  /** Supervised technical intern training (技能実習 …ロ). */
  public boolean supervisedInternTraining() {
    return "TITP".equals(code) && subtype != null && subtype.endsWith("ロ");
  }
}
