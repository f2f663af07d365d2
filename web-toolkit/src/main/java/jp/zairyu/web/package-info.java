/**
 * The web toolkit: what the portal and the console share, in one jar in the EAR's {@code lib/}.
 *
 * <ul>
 *   <li>The frame of every page ({@code META-INF/resources/WEB-INF/templates/site.xhtml}, which
 *       each WAR's {@code layout.xhtml} fills in), the messages and the sections of the official
 *       form ({@code messages.xhtml}, {@code application-sections.xhtml}), found by {@link
 *       jp.zairyu.web.ViewResources}; the shared styles ({@code css/base.css}, a JSF resource).
 *   <li>Logging in ({@link jp.zairyu.web.FormLogin}, the base of each front end's mechanism) and
 *       out ({@link jp.zairyu.web.LogoutAction}); the page for the container's own errors ({@code
 *       WEB-INF/templates/problem.xhtml}); the bases of the front ends' gates ({@link
 *       jp.zairyu.web.EdgeGate}) and session checks ({@link jp.zairyu.web.SessionCheck}); which
 *       requests are for static resources ({@link jp.zairyu.web.StaticResources}).
 *   <li>How servlets answer with a stored file ({@link jp.zairyu.web.FileResponses}) and what every
 *       answer tells the browser (headers, Content-Security-Policy, refused cross-site requests,
 *       session cookie: {@link jp.zairyu.web.BrowserSecurity}, declared in each WAR's {@code
 *       web.xml}). Nothing here decides who may see a file; the application services do.
 *   <li>What text a request may carry ({@link jp.zairyu.web.RequestText}, checked by {@link
 *       jp.zairyu.web.WellFormedRequests}) and the clear 400 pages for malformed text and expired
 *       or forged view states ({@link jp.zairyu.web.ClearAnswers}, {@link
 *       jp.zairyu.web.ExpiredViews}).
 * </ul>
 *
 * <p>Only the Jakarta and MicroProfile APIs and the JDK: Payara loads the EAR's {@code lib/} above
 * the EJB module, so nothing here can see ejb-core's classes ({@code ArchitectureTest} checks it).
 * Filters and servlets are declared by each WAR (a subclass with {@code @WebFilter}, or {@code
 * web.xml}): the container scans only a WAR's own classes and {@code WEB-INF/lib} for them. What
 * needs ejb-core's types ({@code Messages}, {@code Conflicts}) is in web-messages, in each WAR's
 * {@code WEB-INF/lib}.
 */
package jp.zairyu.web;
