/** Pages for administrators (role ADMIN only, by the web.xml constraint on {@code /admin/*}). */
package jp.zairyu.console.admin;
