package iprassist.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import liquibase.integration.spring.SpringLiquibase;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Cuts the network the platform changelog seeds (the 21 Guangxi units) down to the units a test
 * uses, because migrating a unit's schema is most of a test context's start-up: with all 21 a
 * context took 30–69 s, and a test reaches two or three units. Right after Liquibase has seeded
 * the platform schema, and before the application provisions the seeded units, it deletes every
 * unit that is neither named in {@value #UNITS} nor the parent of a unit kept. Without the property
 * a test gets {@value #DEFAULT_UNITS}; a test that needs another unit names every unit it uses,
 * for example {@code @TestPropertySource(properties = "ipr.test.units=gx-centre,gx-beihai")}.
 * <p>
 * Only the test's database changes: the product's seed stays whole for real users, and the test
 * of the first start of the embedded default checks it whole. {@link TestDatabase} applies this to
 * every context it prepares; an application a test starts itself gets it as an initializer.
 */
public class TestNetwork implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The property naming the units a test uses, comma-separated. */
	public static final String UNITS = "ipr.test.units";

	/** The regional centre, a suspended sub-centre (Nanning) and an established one (Liuzhou). */
	public static final String DEFAULT_UNITS = "gx-centre,gx-nanning,gx-liuzhou";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Environment environment = context.getEnvironment();
		context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof SpringLiquibase liquibase) {
					keepOnly(liquibase.getDataSource(),
							Arrays.asList(environment.getProperty(UNITS, DEFAULT_UNITS).split("\\s*,\\s*")));
				}
				return bean;
			}
		});
	}

	private static void keepOnly(DataSource dataSource, List<String> wanted) {
		try (Connection connection = dataSource.getConnection()) {
			Map<String, String> parents = parents(connection);
			Set<String> kept = new LinkedHashSet<>();
			for (String unit : wanted) {
				for (String each = unit; each != null; each = parents.get(each)) {
					if (!parents.containsKey(each)) {
						throw new IllegalStateException(UNITS + " names " + each + ", which the seeded network lacks");
					}
					kept.add(each);
				}
			}
			List<String> dropped = parents.keySet()
				.stream()
				.filter(unit -> !kept.contains(unit))
				.sorted(Comparator.comparingInt((String unit) -> depth(unit, parents)).reversed())
				.toList();
			try (PreparedStatement delete = connection.prepareStatement("delete from unit where code = ?")) {
				for (String unit : dropped) {
					delete.setString(1, unit);
					delete.addBatch();
				}
				delete.executeBatch();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not cut the seeded network down to " + wanted, ex);
		}
	}

	private static Map<String, String> parents(Connection connection) throws SQLException {
		Map<String, String> parents = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select code, parent_code from unit")) {
			while (rows.next()) {
				parents.put(rows.getString(1), rows.getString(2));
			}
		}
		return parents;
	}

	private static int depth(String unit, Map<String, String> parents) {
		String parent = parents.get(unit);
		return parent == null ? 0 : 1 + depth(parent, parents);
	}
}
