package org.iprassist.enterprise.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iprassist.core.files.AllowedType;
import org.iprassist.core.files.CheckedFile;
import org.iprassist.core.files.Spreadsheets;
import org.iprassist.core.files.Uploads;
import org.iprassist.core.personaldata.CreditCodes;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.ConflictException;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.enterprise.internal.EnterpriseForms.EnterpriseDetail;
import org.iprassist.enterprise.internal.EnterpriseForms.EnterpriseForm;
import org.iprassist.enterprise.internal.EnterpriseForms.EnterpriseView;
import org.iprassist.enterprise.internal.EnterpriseForms.RowProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Manages the current unit's enterprise register: registering one enterprise, importing many from
 * the Excel template (nothing is imported until every row is clean, and each bad row is named with
 * its reason), the export, and an enterprise's page with its visits and through-train services.
 */
@Service
@Transactional
class EnterpriseManagement {

	/** The template's columns, in order; the export writes the same. */
	static final List<String> COLUMNS = List.of("企业名称", "统一社会信用代码", "行业", "城市", "企业规模", "联系人", "联系电话",
			"专利数", "商标数", "主要IPC领域");

	private static final int MAX_ROWS = 5000;

	private final Enterprises enterprises;

	private final VisitManagement visits;

	private final ThroughTrainServiceManagement throughTrain;

	private final Uploads uploads;

	private final Validator validator;

	private final MessageSource messages;

	private final Clock clock;

	EnterpriseManagement(Enterprises enterprises, VisitManagement visits, ThroughTrainServiceManagement throughTrain,
			Uploads uploads, Validator validator, MessageSource messages, Clock clock) {
		this.enterprises = enterprises;
		this.visits = visits;
		this.throughTrain = throughTrain;
		this.uploads = uploads;
		this.validator = validator;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<EnterpriseView> list(IprUser user) {
		boolean whole = EnterpriseRoles.seesPhones(user);
		return enterprises.findAllByOrderByNameAsc().stream().map(e -> e.toView(whole)).toList();
	}

	/**
	 * @throws ConflictException if the register already holds the credit code
	 */
	EnterpriseView register(EnterpriseForm form, IprUser user) {
		EnterpriseRoles.requireWorker(user);
		String code = CreditCodes.normalise(form.creditCode());
		if (enterprises.existsByCreditCode(code)) {
			throw new ConflictException("enterprise.error.duplicate", code);
		}
		return enterprises.save(new EnterpriseEntity(form, LocalDateTime.now(clock))).toView(EnterpriseRoles.seesPhones(user));
	}

	@Transactional(readOnly = true)
	boolean registered(String creditCode) {
		return enterprises.existsByCreditCode(CreditCodes.normalise(creditCode));
	}

	@Transactional(readOnly = true)
	EnterpriseDetail detail(UUID id, IprUser user) {
		EnterpriseEntity enterprise = find(id);
		return new EnterpriseDetail(enterprise.toView(EnterpriseRoles.seesPhones(user)), visits.ofEnterprise(id),
				throughTrain.ofCreditCode(enterprise.creditCode()));
	}

	/**
	 * Imports the rows of a workbook made from the template, all or nothing.
	 * @return the bad rows with their reasons; empty when every row was imported
	 */
	List<RowProblem> importWorkbook(MultipartFile file, IprUser user) {
		EnterpriseRoles.requireWorker(user);
		CheckedFile checked = uploads.check(file, Set.of(AllowedType.XLSX));
		List<List<String>> rows = Spreadsheets.read(checked.content());
		List<RowProblem> problems = new ArrayList<>();
		List<EnterpriseForm> forms = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		if (rows.stream().allMatch(EnterpriseManagement::blank)) {
			problems.add(new RowProblem(1, text("enterprise.import.empty")));
		}
		if (rows.size() > MAX_ROWS) {
			problems.add(new RowProblem(MAX_ROWS + 2, text("enterprise.import.too-many", MAX_ROWS)));
			return problems;
		}
		for (int i = 0; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			if (blank(row)) {
				continue;
			}
			int number = i + 2;
			List<String> reasons = new ArrayList<>();
			EnterpriseSize size = EnterpriseSize.fromCell(cell(row, 4)).orElse(null);
			if (size == null) {
				reasons.add(text("enterprise.import.size", cell(row, 4)));
			}
			Integer patents = number(cell(row, 7), reasons, COLUMNS.get(7));
			Integer trademarks = number(cell(row, 8), reasons, COLUMNS.get(8));
			EnterpriseForm form = new EnterpriseForm(cell(row, 0), cell(row, 1), cell(row, 2), cell(row, 3), size,
					cell(row, 5), cell(row, 6), patents, trademarks, cell(row, 9));
			for (ConstraintViolation<EnterpriseForm> violation : validator.validate(form)) {
				String field = violation.getPropertyPath().toString();
				if (!field.equals("size") && !field.equals("patents") && !field.equals("trademarks")) {
					reasons.add(text("enterprise.field." + field) + "：" + violation.getMessage());
				}
			}
			String code = CreditCodes.normalise(form.creditCode());
			if (code != null && !code.isEmpty() && !seen.add(code)) {
				reasons.add(text("enterprise.import.duplicate-in-file", code));
			}
			else if (code != null && !code.isEmpty() && enterprises.existsByCreditCode(code)) {
				reasons.add(text("enterprise.error.duplicate", code));
			}
			if (reasons.isEmpty()) {
				forms.add(form);
			}
			else {
				problems.add(new RowProblem(number, String.join("；", reasons)));
			}
		}
		if (problems.isEmpty()) {
			LocalDateTime now = LocalDateTime.now(clock);
			enterprises.saveAll(forms.stream().map(form -> new EnterpriseEntity(form, now)).toList());
		}
		return problems;
	}

	@Transactional(readOnly = true)
	byte[] export(IprUser user) {
		boolean whole = EnterpriseRoles.seesPhones(user);
		return Spreadsheets.write("企业名录", COLUMNS,
				enterprises.findAllByOrderByNameAsc().stream().map(e -> java.util.Arrays.asList(e.exportRow(whole))).toList());
	}

	/** The empty import template: the Chinese column names and a drop-down for the size. */
	byte[] template() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("企业名录");
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(COLUMNS.get(i));
				cell.setCellStyle(bold);
				sheet.setColumnWidth(i, 18 * 256);
			}
			DataValidationHelper helper = sheet.getDataValidationHelper();
			String[] sizes = java.util.Arrays.stream(EnterpriseSize.values()).map(EnterpriseSize::label).toArray(String[]::new);
			DataValidation sizeList = helper.createValidation(helper.createExplicitListConstraint(sizes),
					new CellRangeAddressList(1, MAX_ROWS, 4, 4));
			sizeList.setShowErrorBox(true);
			sheet.addValidationData(sizeList);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write the template", ex);
		}
	}

	private EnterpriseEntity find(UUID id) {
		return enterprises.findById(id).orElseThrow(() -> new NotFoundException("enterprise.error.not-found", id));
	}

	private Integer number(String cell, List<String> reasons, String column) {
		if (cell.isEmpty()) {
			return 0;
		}
		try {
			int value = Integer.parseInt(cell.replace(",", "").replaceFirst("\\.0+$", ""));
			if (value >= 0) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		reasons.add(text("enterprise.import.number", column, cell));
		return null;
	}

	private static String cell(List<String> row, int index) {
		return index < row.size() ? row.get(index) : "";
	}

	private static boolean blank(List<String> row) {
		return row.stream().allMatch(String::isEmpty);
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, args, key, locale);
	}
}
