/** The officers' console (web front end at {@code /console}); a thin layer over ejb-core. */
package jp.zairyu.console;
