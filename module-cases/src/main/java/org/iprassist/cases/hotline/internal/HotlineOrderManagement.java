package org.iprassist.cases.hotline.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.iprassist.cases.hotline.HotlineCaseReplied;
import org.iprassist.core.web.ConflictException;
import org.iprassist.core.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current unit's 12315 hotline work orders: registered with the hotline's own order number
 * (unique, so an order forwarded twice is refused), handled, and closed by recording the reply.
 */
@Service
class HotlineOrderManagement {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HotlineOrderManagement(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	UUID register(NewOrder order) {
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("insert into hotline_order (id, order_number, received_at, content, reply_due, status) values (?, ?, ?, ?, ?, 'OPEN')")
				.params(id.toString(), order.orderNumber().strip(), Timestamp.valueOf(order.receivedAt()),
						order.content().strip(), order.replyDue())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("hotline.order.duplicate", order.orderNumber());
		}
		return id;
	}

	@Transactional
	void reply(String unitCode, UUID id, String reply, String by) {
		Order order = find(id);
		LocalDate today = LocalDate.now(clock);
		if (jdbc.sql("update hotline_order set status = 'REPLIED', reply = ?, replied_at = ?, replied_by = ? "
				+ "where id = ? and status = 'OPEN'")
			.params(reply.strip(), Timestamp.from(clock.instant()), by, id.toString())
			.update() != 1) {
			throw new ConflictException("hotline.order.replied");
		}
		events.publishEvent(new HotlineCaseReplied(unitCode, id, order.orderNumber(), !today.isAfter(order.replyDue()), today));
	}

	Order find(UUID id) {
		return jdbc.sql("select * from hotline_order where id = ?")
			.param(id.toString())
			.query((rs, n) -> map(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("hotline.order.not-found"));
	}

	List<Order> list() {
		return jdbc.sql("select * from hotline_order order by case when status = 'OPEN' then 0 else 1 end, reply_due, received_at desc")
			.query((rs, n) -> map(rs))
			.list();
	}

	private Order map(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp replied = rs.getTimestamp("replied_at");
		return new Order(UUID.fromString(rs.getString("id")), rs.getString("order_number"),
				rs.getTimestamp("received_at").toLocalDateTime(), rs.getString("content"),
				rs.getDate("reply_due").toLocalDate(), rs.getString("status"), rs.getString("reply"),
				replied == null ? null : replied.toInstant().atZone(clock.getZone()).toLocalDateTime(),
				rs.getString("replied_by"));
	}

	/** A work order as the pages show it. */
	public record Order(UUID id, String orderNumber, LocalDateTime receivedAt, String content, LocalDate replyDue,
			String status, String reply, LocalDateTime repliedAt, String repliedBy) {

		public boolean overdue(LocalDate today) {
			return "OPEN".equals(status) && today.isAfter(replyDue);
		}
	}
}
