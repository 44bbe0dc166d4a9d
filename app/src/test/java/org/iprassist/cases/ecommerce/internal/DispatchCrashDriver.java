package org.iprassist.cases.ecommerce.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import iprassist.testsupport.TestNetwork;
import org.awaitility.core.ConditionTimeoutException;
import org.iprassist.IprAssistApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * The application as {@link DispatchCrashTests} runs it in a JVM of its own. {@code dispatch <file>}
 * enters a case at the regional centre, writes its id to the file and dispatches it to Beihai (the
 * JVM halts half-way through, by {@code ipr.ecommerce.dispatch.halt-after}); {@code recover} starts
 * the application, lets the scheduled re-driver run, and exits once no dispatch is unfinished. The
 * network is cut down to the two units it uses.
 */
public final class DispatchCrashDriver {

	private DispatchCrashDriver() {
	}

	public static void main(String[] args) throws Exception {
		String phase = args[0];
		String[] springArgs = java.util.Arrays.copyOfRange(args, phase.equals("dispatch") ? 2 : 1, args.length);
		ConfigurableApplicationContext app = new SpringApplicationBuilder(IprAssistApplication.class)
			.initializers(new TestNetwork())
			.properties(TestNetwork.UNITS + "=gx-centre,gx-beihai")
			.run(springArgs);
		EcommerceUnits units = app.getBean(EcommerceUnits.class);
		if (phase.equals("dispatch")) {
			IntakeManagement intake = app.getBean(IntakeManagement.class);
			IntakeResult result = units.in("gx-centre").call(() -> intake.receive("gx-centre", null,
					new CaseDetails("manual", "淘宝", "某店", "北海市", List.of("https://item.example.com/1"), "榨汁杯",
							"某电器公司", "ZL201910123456.7", "UTILITY_MODEL", "某店主", List.of("权利要求1"), List.of(),
							"李四", null, null, null)));
			Files.writeString(Path.of(args[1]), result.caseId().toString());
			units.in("gx-centre").run(() -> app.getBean(DispatchManagement.class)
				.assign("gx-centre", result.caseId(), "gx-beihai", "crash-test"));
			System.exit(3);
		}
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		try {
			await().atMost(Duration.ofSeconds(90))
				.until(() -> units.in("gx-centre")
					.call(() -> jdbc.sql("select count(*) from ecommerce_dispatch where state = 'INTENDED'")
						.query(Long.class)
						.single()) == 0);
		}
		catch (ConditionTimeoutException ex) {
			System.exit(4);
		}
		System.exit(SpringApplication.exit(app));
	}

	static UUID read(Path file) throws java.io.IOException {
		return UUID.fromString(Files.readString(file).strip());
	}
}
