package jp.zairyu.domain.model.account;

/**
 * Who a practitioner is, as far as what they may see and file goes: the account's database id and
 * its kind of user (user-kinds.csv). Both are fixed when the account is registered.
 */
public record PractitionerIdentity(long id, String userKind) {}
