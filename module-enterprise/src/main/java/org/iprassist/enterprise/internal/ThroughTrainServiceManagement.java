package org.iprassist.enterprise.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.iprassist.enterprise.ThroughTrainServiceGiven;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The through-train service items (直通车服务) the current unit gave enterprises, each against an
 * enterprise named with its unified social credit code; an enterprise of the register lists the
 * items given under its code.
 */
@Service
class ThroughTrainServiceManagement {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ThroughTrainServiceManagement(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional
	UUID log(String unitCode, ThroughTrainItem item, String by) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into through_train_service (id, enterprise, credit_code, service, served_on, recorded_by) values (?, ?, ?, ?, ?, ?)")
			.params(id.toString(), item.enterprise().strip(), item.creditCode().strip(), item.service().strip(),
					item.servedOn(), by)
			.update();
		events.publishEvent(new ThroughTrainServiceGiven(unitCode, id, item.enterprise().strip(), item.creditCode().strip(),
				item.servedOn()));
		return id;
	}

	List<Item> list() {
		return jdbc.sql("select * from through_train_service order by served_on desc")
			.query(ThroughTrainServiceManagement::item)
			.list();
	}

	/** The items given to one enterprise, named by its unified social credit code. */
	List<Item> ofCreditCode(String creditCode) {
		return jdbc.sql("select * from through_train_service where credit_code = ? order by served_on desc")
			.param(creditCode)
			.query(ThroughTrainServiceManagement::item)
			.list();
	}

	private static Item item(ResultSet rs, int n) throws SQLException {
		return new Item(rs.getString("enterprise"), rs.getString("credit_code"), rs.getString("service"),
				rs.getDate("served_on").toLocalDate(), rs.getString("recorded_by"));
	}

	/** One logged service item. */
	public record Item(String enterprise, String creditCode, String service, LocalDate servedOn, String recordedBy) {
	}
}
