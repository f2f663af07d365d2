/** The practitioners' portal (web front end at {@code /portal}); a thin layer over ejb-core. */
package jp.zairyu.portal;
