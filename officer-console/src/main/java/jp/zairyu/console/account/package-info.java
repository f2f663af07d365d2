/** The officer's own account settings: two-step verification (mandatory for every ADMIN). */
package jp.zairyu.console.account;
