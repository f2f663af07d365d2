/**
 * Web adapters the portal and the console share: how their servlets answer with a stored file
 * ({@link jp.zairyu.infrastructure.web.FileResponses}). Nothing here decides who may see a file;
 * the application services do.
 */
package jp.zairyu.infrastructure.web;
