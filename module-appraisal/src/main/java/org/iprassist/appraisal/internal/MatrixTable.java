package org.iprassist.appraisal.internal;

import java.util.Locale;
import java.util.Map;

import org.iprassist.appraisal.internal.PlanModel.WorkItem;
import org.iprassist.appraisal.internal.Progress.ProvinceProgress;
import org.iprassist.tenants.UnitView;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * The body of the units × work items matrix, written as HTML in one pass. A hundred units by 23
 * items are 2,300 cells; evaluating Thymeleaf expressions for each made the console page take
 * close to a second, this takes a few milliseconds. Every text from data is HTML-escaped and every
 * path segment URI-encoded.
 */
final class MatrixTable {

	private static final Map<String, String> CSS = Map.of("MET", "table-success", "ON_TRACK", "table-primary",
			"AT_RISK", "table-warning", "LATE", "table-danger", "TRACKED", "table-secondary");

	private static final Map<String, String> SYMBOLS = Map.of("MET", "✓", "ON_TRACK", "○", "AT_RISK", "△", "LATE",
			"!", "TRACKED", "·");

	private MatrixTable() {
	}

	static String body(ProvinceProgress progress, String province, MessageSource messages, Locale locale) {
		Map<String, String> titles = new java.util.HashMap<>();
		SYMBOLS.keySet().forEach(status -> titles.put(status,
				HtmlUtils.htmlEscape(messages.getMessage("appraisal.status." + status, null, status, locale))));
		String sheet = HtmlUtils.htmlEscape(messages.getMessage("appraisal.sheet.open", null, "sheet", locale));
		String base = "/r/" + UriUtils.encodePathSegment(province, java.nio.charset.StandardCharsets.UTF_8)
				+ "/appraisal/";
		int year = progress.plan().year();
		StringBuilder html = new StringBuilder(progress.units().size() * progress.items().size() * 90);
		for (UnitView unit : progress.units()) {
			String code = HtmlUtils.htmlEscape(unit.code());
			String path = UriUtils.encodePathSegment(unit.code(), java.nio.charset.StandardCharsets.UTF_8);
			html.append("<tr id=\"row-").append(code).append("\"><td class=\"text-start text-nowrap\"><a href=\"")
				.append(base).append("units/").append(path).append("?year=").append(year).append("\">")
				.append(HtmlUtils.htmlEscape(unit.name())).append("</a></td>");
			for (WorkItem item : progress.items()) {
				String status = progress.cell(unit.code(), item.id());
				html.append("<td id=\"cell-").append(code).append('-').append(item.seq()).append('"');
				if (status != null) {
					html.append(" data-status=\"").append(status).append("\" class=\"").append(CSS.get(status))
						.append("\" title=\"").append(titles.get(status)).append("\">").append(SYMBOLS.get(status));
				}
				else {
					html.append('>');
				}
				html.append("</td>");
			}
			html.append("<td><a href=\"").append(base).append("sheets/").append(path).append("?year=").append(year)
				.append("\">").append(sheet).append("</a></td></tr>");
		}
		return html.toString();
	}
}
