package org.iprassist.appraisal.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.iprassist.core.files.AllowedType;
import org.iprassist.core.files.CheckedFile;
import org.iprassist.core.files.Uploads;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.ConflictException;
import org.iprassist.core.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence entries: a unit uploads the file that proves a milestone (a rule book, a course
 * catalogue …) or, while the module that would publish a target's events does not exist yet, a
 * record of what it did with the quantity; the regional centre accepts or returns it. Only
 * accepted entries count. Files pass core's upload checks like every other upload.
 */
@Component
class Evidence {

	private final Platform platform;

	private final Uploads uploads;

	private final Clock clock;

	Evidence(Platform platform, Uploads uploads, Clock clock) {
		this.platform = platform;
		this.uploads = uploads;
		this.clock = clock;
	}

	EvidenceEntry submit(String unit, PlanModel.Target target, boolean countable, Integer quantity, String note,
			MultipartFile file, String user) {
		if (!countable) {
			throw new BadRequestException("appraisal.error.evidence-not-needed");
		}
		int amount = "MILESTONE".equals(target.kind()) ? 1 : quantity == null ? 0 : quantity;
		if (amount < 1 || amount > 10000) {
			throw new BadRequestException("appraisal.error.invalid-quantity");
		}
		String text = note == null ? null : note.strip();
		if (text != null && text.length() > 1000) {
			throw new BadRequestException("appraisal.error.note-too-long");
		}
		CheckedFile checked = uploads.check(file, AllowedType.DOCUMENTS);
		String id = UUID.randomUUID().toString();
		platform.write(jdbc -> jdbc.sql("""
				insert into appraisal_evidence (id, target_id, unit_code, quantity, note, file_name, media_type, sha256,
				content, status, submitted_by, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)""")
			.params(id, target.id(), unit, amount, text, checked.fileName(), checked.mediaType(), checked.sha256(),
					checked.content(), user, LocalDateTime.now(clock))
			.update());
		return find(id);
	}

	EvidenceEntry review(String id, boolean accept, String comment, String user,
			java.util.function.Predicate<String> unitOfProvince) {
		EvidenceEntry entry = find(id);
		if (!unitOfProvince.test(entry.unitCode())) {
			throw new NotFoundException("appraisal.error.unknown-evidence", id);
		}
		if (!"SUBMITTED".equals(entry.status())) {
			throw new ConflictException("appraisal.error.evidence-reviewed");
		}
		String text = comment == null ? null : comment.strip();
		if (!accept && (text == null || text.isEmpty())) {
			throw new BadRequestException("appraisal.error.return-needs-reason");
		}
		platform.write(jdbc -> jdbc.sql("""
				update appraisal_evidence set status = ?, review_comment = ?, reviewed_by = ?, reviewed_at = ?
				where id = ? and status = 'SUBMITTED'""")
			.params(accept ? "ACCEPTED" : "RETURNED", text == null ? null : text.substring(0, Math.min(1000, text.length())),
					user, LocalDateTime.now(clock), id)
			.update());
		return find(id);
	}

	EvidenceEntry find(String id) {
		return platform.read(jdbc -> jdbc.sql(SELECT + " where e.id = ?").param(id).query(Evidence::entry).optional())
			.orElseThrow(() -> new NotFoundException("appraisal.error.unknown-evidence", id));
	}

	List<EvidenceEntry> ofPlan(String planId) {
		return platform.read(jdbc -> jdbc.sql(SELECT + """
				 join appraisal_work_item i on i.id = t.item_id where i.plan_id = ?
				order by e.submitted_at desc""").param(planId).query(Evidence::entry).list());
	}

	byte[] content(String id) {
		return platform.read(jdbc -> jdbc.sql("select content from appraisal_evidence where id = ?")
			.param(id)
			.query((rs, n) -> rs.getBytes(1))
			.single());
	}

	private static final String SELECT = """
			select e.id, e.target_id, e.unit_code, e.quantity, e.note, e.file_name, e.media_type, e.status,
			e.review_comment, e.submitted_by, e.submitted_at, t.label from appraisal_evidence e
			join appraisal_target t on t.id = e.target_id""";

	private static EvidenceEntry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp at = rs.getTimestamp("submitted_at");
		return new EvidenceEntry(rs.getString("id"), rs.getString("target_id"), rs.getString("unit_code"),
				rs.getInt("quantity"), rs.getString("note"), rs.getString("file_name"), rs.getString("media_type"),
				rs.getString("status"), rs.getString("review_comment"), rs.getString("submitted_by"),
				at.toLocalDateTime(), rs.getString("label"));
	}

	/** An evidence entry without its file. */
	public record EvidenceEntry(String id, String targetId, String unitCode, int quantity, String note,
			String fileName, String mediaType, String status, String reviewComment, String submittedBy,
			LocalDateTime submittedAt, String targetLabel) {
	}
}
