/**
 * Web adapters the portal and the console share: how their servlets answer with a stored file
 * ({@link jp.zairyu.web.FileResponses}) and what every answer tells the browser (headers,
 * Content-Security-Policy, refused cross-site requests, session cookie: {@link
 * jp.zairyu.web.BrowserSecurity}, declared in each WAR's {@code web.xml}). Nothing here decides who
 * may see a file; the application services do. What text a request may carry ({@link
 * jp.zairyu.web.RequestText}, checked by {@link jp.zairyu.web.WellFormedRequests}) and the clear
 * 400 pages for malformed text and expired or forged view states ({@link
 * jp.zairyu.web.ClearAnswers}, {@link jp.zairyu.web.ExpiredViews}).
 */
package jp.zairyu.web;
