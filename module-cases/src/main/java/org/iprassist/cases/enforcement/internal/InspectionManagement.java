package org.iprassist.cases.enforcement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.iprassist.cases.enforcement.InspectionAssisted;
import org.iprassist.core.files.CheckedFile;
import org.iprassist.core.web.ConflictException;
import org.iprassist.core.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assistance to patent administrative enforcement in the current unit: a bureau's request for help
 * with an on-site inspection (勘验), linked to the bureau's case number, then the inspection record
 * (when, who took part, what was found) and its photos, checked by {@code core}'s uploads.
 */
@Service
class InspectionManagement {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	InspectionManagement(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional
	UUID request(InspectionRequest request) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into inspection (id, bureau, bureau_case_number, site, requested_on) values (?, ?, ?, ?, ?)")
			.params(id.toString(), request.bureau().strip(), request.bureauCaseNumber().strip(), request.site().strip(),
					request.requestedOn())
			.update();
		return id;
	}

	@Transactional
	void record(String unitCode, UUID id, InspectionRecord record, List<CheckedFile> photos, String by) {
		Inspection inspection = find(id);
		if (jdbc.sql("update inspection set inspected_on = ?, participants = ?, findings = ?, recorded_by = ? "
				+ "where id = ? and inspected_on is null")
			.params(record.inspectedOn(), record.participants().strip(), record.findings().strip(), by, id.toString())
			.update() != 1) {
			throw new ConflictException("inspection.recorded");
		}
		for (CheckedFile photo : photos) {
			jdbc.sql("insert into inspection_photo (id, inspection_id, file_name, media_type, sha256, content) values (?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID().toString(), id.toString(), photo.fileName(), photo.mediaType(), photo.sha256(),
						photo.content())
				.update();
		}
		events.publishEvent(new InspectionAssisted(unitCode, id, inspection.bureau(), inspection.bureauCaseNumber(),
				record.inspectedOn()));
	}

	Inspection find(UUID id) {
		return jdbc.sql("select i.*, (select count(*) from inspection_photo p where p.inspection_id = i.id) photos "
				+ "from inspection i where i.id = ?")
			.param(id.toString())
			.query((rs, n) -> map(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("inspection.not-found"));
	}

	List<Inspection> list() {
		return jdbc.sql("select i.*, (select count(*) from inspection_photo p where p.inspection_id = i.id) photos "
				+ "from inspection i order by i.requested_on desc")
			.query((rs, n) -> map(rs))
			.list();
	}

	Photo photo(UUID inspectionId, UUID photoId) {
		return jdbc.sql("select file_name, media_type, content from inspection_photo where id = ? and inspection_id = ?")
			.params(photoId.toString(), inspectionId.toString())
			.query((rs, n) -> new Photo(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional()
			.orElseThrow(() -> new NotFoundException("inspection.not-found"));
	}

	List<UUID> photoIds(UUID inspectionId) {
		return jdbc.sql("select id from inspection_photo where inspection_id = ?")
			.param(inspectionId.toString())
			.query((rs, n) -> UUID.fromString(rs.getString(1)))
			.list();
	}

	private static Inspection map(java.sql.ResultSet rs) throws java.sql.SQLException {
		java.sql.Date inspected = rs.getDate("inspected_on");
		return new Inspection(UUID.fromString(rs.getString("id")), rs.getString("bureau"),
				rs.getString("bureau_case_number"), rs.getString("site"), rs.getDate("requested_on").toLocalDate(),
				inspected == null ? null : inspected.toLocalDate(), rs.getString("participants"), rs.getString("findings"),
				rs.getString("recorded_by"), rs.getInt("photos"));
	}

	/** An inspection request and, once done, its record. */
	public record Inspection(UUID id, String bureau, String bureauCaseNumber, String site, LocalDate requestedOn,
			LocalDate inspectedOn, String participants, String findings, String recordedBy, int photos) {
	}

	/** A stored photo. */
	record Photo(String fileName, String mediaType, byte[] content) {
	}
}
