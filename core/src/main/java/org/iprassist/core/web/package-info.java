/**
 * Web conventions shared by every portal: the page layout, locale (Simplified Chinese by default,
 * English on request), pagination of API lists, and one place that turns failures into RFC 9457
 * problem details for the API and friendly pages for people.
 */
@org.springframework.modulith.NamedInterface("web")
package org.iprassist.core.web;
