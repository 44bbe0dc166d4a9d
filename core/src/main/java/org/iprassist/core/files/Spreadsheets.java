package org.iprassist.core.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.iprassist.core.web.BadRequestException;

/**
 * Excel in and out, written once: a list becomes a workbook with a bold header row (streamed, so
 * long lists do not fill the heap), and an uploaded workbook becomes rows of trimmed text for a
 * module's own validation.
 */
public final class Spreadsheets {

	private static final MediaType XLSX = MediaType.parseMediaType(AllowedType.XLSX.mediaType());

	private Spreadsheets() {
	}

	public static byte[] write(String sheetName, List<String> headers, Iterable<? extends List<?>> rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(bold);
				sheet.setColumnWidth(i, Math.max(12, headers.get(i).length() * 3) * 256);
			}
			int index = 1;
			for (List<?> values : rows) {
				Row row = sheet.createRow(index++);
				for (int i = 0; i < values.size(); i++) {
					setValue(row.createCell(i), values.get(i));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write workbook", ex);
		}
	}

	/** A download response for a workbook, named in UTF-8 so Chinese file names survive. */
	public static ResponseEntity<byte[]> download(String fileName, byte[] workbook) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(workbook);
	}

	/** Every row of the first sheet after the header, cells as displayed text, trimmed. */
	public static List<List<String>> read(byte[] workbook) {
		try (InputStream in = new java.io.ByteArrayInputStream(workbook); Workbook book = WorkbookFactory.create(in)) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
						Cell cell = row.getCell(c);
						cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
					}
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			throw new BadRequestException("upload.workbook-unreadable");
		}
	}

	private static void setValue(Cell cell, Object value) {
		if (value == null) {
			cell.setBlank();
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Boolean bool) {
			cell.setCellValue(bool);
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date.toString());
		}
		else if (value instanceof TemporalAccessor temporal) {
			cell.setCellValue(temporal.toString());
		}
		else {
			cell.setCellValue(value.toString());
		}
	}
}
