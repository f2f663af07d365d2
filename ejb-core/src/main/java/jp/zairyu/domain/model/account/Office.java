package jp.zairyu.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.zairyu.domain.model.RuleViolation;

/**
 * A law firm, gyoseishoshi office or organisation grouping several users. Its administrators
 * invite, suspend and remove staff and see the office's cases; it may require a second factor.
 */
@Entity
@Table(name = "office")
public class Office {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "second_factor_required", nullable = false)
  private boolean secondFactorRequired;

  @Version private long version;

  protected Office() {}

  public Office(String name) {
    rename(name);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public boolean secondFactorRequired() {
    return secondFactorRequired;
  }

  public void requireSecondFactor(boolean required) {
    this.secondFactorRequired = required;
  }

  public void rename(String newName) {
    String n = newName == null ? "" : newName.strip();
    if (n.isEmpty() || n.length() > 200) {
      throw new RuleViolation(
          "office.name",
          "事務所名を200文字以内で入力してください。",
          "Enter the office's name (at most 200 characters).");
    }
    this.name = n;
  }
}
