package org.iprassist.experts.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.iprassist.core.files.AllowedType;
import org.iprassist.core.files.CheckedFile;
import org.iprassist.core.files.Spreadsheets;
import org.iprassist.core.security.IprUser;
import org.iprassist.experts.RightType;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The pool as an Excel workbook: the export (personal data masked unless the viewer's role needs
 * it whole), the import template, and the import itself, which checks every row (fields, ID
 * number, duplicates in the file and in the pool) and imports nothing unless all rows are clean.
 */
@Component
class PoolSpreadsheet {

	static final int MAX_ROWS = 2000;

	private static final List<String> COLUMNS = List.of("name", "title", "employer", "qualifications", "right-types",
			"fields", "languages", "email", "phone", "id-number", "affiliations");

	private final ExpertPoolManagement pool;

	private final Validator validator;

	private final MessageSource messages;

	PoolSpreadsheet(ExpertPoolManagement pool, Validator validator, MessageSource messages) {
		this.pool = pool;
		this.validator = validator;
		this.messages = messages;
	}

	byte[] export(ExpertQuery query, IprUser user) {
		List<String> headers = new ArrayList<>(headers());
		headers.add(text("expert.status"));
		List<List<?>> rows = pool.all(query, user)
			.stream()
			.map(e -> List.<Object>of(e.name(), nz(e.title()), e.employer(), nz(e.qualifications()),
					String.join(",", e.rightTypes()), nz(e.technicalFields()), nz(e.languages()), nz(e.email()),
					nz(e.phone()), nz(e.idNumber()), String.join("；", e.affiliations()),
					text("expert.status." + e.status())))
			.collect(Collectors.toList());
		return Spreadsheets.write(text("experts.title"), headers, rows);
	}

	byte[] template() {
		List<List<?>> example = List.of(List.of("王某某", "教授", "广西大学", "专利代理师、高级工程师", "PATENT,TRADEMARK",
				"H04L,G06F", "英语", "wang@example.org", "13907710000", "", "南宁某科技有限公司"));
		return Spreadsheets.write(text("experts.title"), headers(), example);
	}

	/**
	 * Reads, checks and (if every row is clean) imports a workbook.
	 */
	ImportReport importFrom(CheckedFile workbook, IprUser user) {
		List<List<String>> rows = Spreadsheets.read(workbook.content())
			.stream()
			.filter(row -> row.stream().anyMatch(cell -> !cell.isBlank()))
			.toList();
		if (rows.isEmpty()) {
			return ImportReport.failed(List.of(new RowProblem(0, text("import.empty"))));
		}
		if (rows.size() > MAX_ROWS) {
			return ImportReport.failed(List.of(new RowProblem(0, text("import.too-many", MAX_ROWS))));
		}
		List<ExpertForm> forms = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			int rowNumber = i + 2;
			List<String> cells = rows.get(i);
			List<String> rowProblems = new ArrayList<>();
			List<RightType> rights = rightTypes(cell(cells, 4), rowProblems);
			ExpertForm form = new ExpertForm(cell(cells, 0), cell(cells, 1), cell(cells, 2), cell(cells, 3), rights,
					cell(cells, 5), cell(cells, 6), blankToNull(cell(cells, 7)), blankToNull(cell(cells, 8)),
					blankToNull(cell(cells, 9)), cell(cells, 10), null);
			for (ConstraintViolation<ExpertForm> violation : validator.validate(form)) {
				rowProblems.add(text("import.column." + violation.getPropertyPath()) + ": " + violation.getMessage());
			}
			rowProblems.stream().sorted().forEach(p -> problems.add(new RowProblem(rowNumber, p)));
			forms.add(form);
		}
		if (problems.isEmpty()) {
			List<String> duplicates = pool.duplicatesIn(forms);
			for (int i = 0; i < duplicates.size(); i++) {
				if (duplicates.get(i) != null) {
					problems.add(new RowProblem(i + 2, text(duplicates.get(i))));
				}
			}
		}
		if (!problems.isEmpty()) {
			return ImportReport.failed(problems);
		}
		return new ImportReport(pool.importAll(forms, user), List.of());
	}

	static java.util.Set<AllowedType> allowed() {
		return java.util.Set.of(AllowedType.XLSX);
	}

	private List<RightType> rightTypes(String cell, List<String> problems) {
		List<RightType> rights = new ArrayList<>();
		for (String item : ExpertForm.items(cell)) {
			try {
				rights.add(RightType.valueOf(item.toUpperCase(Locale.ROOT).replace(' ', '_')));
			}
			catch (IllegalArgumentException ex) {
				problems.add(text("import.column.rightTypes") + ": " + text("import.right-type.unknown", item,
						Arrays.stream(RightType.values()).map(Enum::name).collect(Collectors.joining(", "))));
			}
		}
		return rights;
	}

	private List<String> headers() {
		return COLUMNS.stream().map(c -> text("import.header." + c)).toList();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private static String cell(List<String> cells, int index) {
		return index < cells.size() ? cells.get(index) : "";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

	/**
	 * One thing wrong with one row of an import (row 0: the file as a whole). Rows are numbered as
	 * Excel shows them, the header being row 1.
	 */
	public record RowProblem(int row, String problem) {
	}

	/**
	 * What an import did: how many experts it added, or, if any row was bad, nothing and why.
	 */
	public record ImportReport(int imported, List<RowProblem> problems) {

		static ImportReport failed(List<RowProblem> problems) {
			return new ImportReport(0, problems);
		}

		public boolean clean() {
			return problems.isEmpty();
		}
	}
}
