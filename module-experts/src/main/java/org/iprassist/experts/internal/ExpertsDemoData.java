package org.iprassist.experts.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.iprassist.core.personaldata.PersonalDataCipher;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.experts.RightType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Guangxi expert pool of the embedded demo ({@code demo} profile only): a few dozen active
 * experts in the regional centre's schema, the first of them linked to the demo login
 * {@code expert-wang}. Runs when the application is ready, after the unit schemas have been
 * migrated at start-up; a pool that already has experts is left alone.
 */
@Component
@Profile("demo")
class ExpertsDemoData {

	static final String CENTRE = "gx-centre";

	static final String EXPERT_LOGIN = "expert-wang";

	private static final Logger log = LoggerFactory.getLogger(ExpertsDemoData.class);

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
			"朱", "胡", "郭", "何", "高", "林", "罗", "梁", "宋", "郑", "谢", "韦", "唐", "冯", "覃", "蒙", "陆", "莫", "蓝",
			"农", "邓", "廖", "苏" };

	private static final String[] GIVEN = { "建国", "丽华", "志强", "海燕", "明", "静", "伟", "晓东", "秀英", "永福", "春梅",
			"国庆" };

	private static final String[][] EMPLOYERS = { { "广西大学", "教授" }, { "桂林电子科技大学", "教授" },
			{ "广西知识产权代理有限公司", "专利代理师" }, { "广西民族大学", "副教授" }, { "广西师范大学", "教授" },
			{ "广西科技大学", "副教授" }, { "桂林理工大学", "教授" }, { "广西壮族自治区知识产权保护中心", "高级工程师" },
			{ "广西万益律师事务所", "律师" }, { "广西桂坤律师事务所", "律师" }, { "南宁市专利事务所有限责任公司", "专利代理师" },
			{ "柳州五菱汽车工业有限公司", "高级工程师" } };

	private static final String[] FIELDS = { "H04L,G06F", "A01B,A01G", "C12N,A61K", "B60K,B62D", "G01N,C02F",
			"H01L,H05K", "14-03,14-01", "A23L,A23F", "E04B,E01D", "F16H,B23K", "C08L,C09D", "G06Q,H04W" };

	private static final List<List<RightType>> RIGHTS = List.of(List.of(RightType.PATENT),
			List.of(RightType.PATENT, RightType.TRADE_SECRET), List.of(RightType.TRADEMARK, RightType.COPYRIGHT),
			List.of(RightType.PATENT, RightType.LAYOUT_DESIGN), List.of(RightType.PLANT_VARIETY, RightType.PATENT),
			List.of(RightType.TRADEMARK, RightType.GEOGRAPHICAL_INDICATION));

	private static final String[] QUALIFICATIONS = { "专利代理师、高级工程师", "律师", "专利审查员", "高级工程师", "教授、博士生导师",
			"商标代理人、律师" };

	private final TenantWork work;

	private final Experts experts;

	private final ExpertSteps steps;

	private final PersonalDataCipher cipher;

	private final Clock clock;

	ExpertsDemoData(TenantWork work, Experts experts, ExpertSteps steps, PersonalDataCipher cipher, Clock clock) {
		this.work = work;
		this.experts = experts;
		this.steps = steps;
		this.cipher = cipher;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		work.findUnit(CENTRE).ifPresent(centre -> {
			int seeded = centre.write(() -> experts.count() > 0 ? 0 : seed());
			if (seeded > 0) {
				log.info("Seeded {} demo experts in {}", seeded, CENTRE);
			}
		});
	}

	private int seed() {
		LocalDateTime now = LocalDateTime.now(clock);
		int count = SURNAMES.length;
		for (int i = 0; i < count; i++) {
			String[] employer = EMPLOYERS[i % EMPLOYERS.length];
			String id = idNumber(i);
			ExpertForm form = new ExpertForm(SURNAMES[i] + GIVEN[i % GIVEN.length], employer[1], employer[0],
					QUALIFICATIONS[i % QUALIFICATIONS.length], RIGHTS.get(i % RIGHTS.size()), FIELDS[i % FIELDS.length],
					i % 3 == 0 ? "英语" : "英语、越南语", "expert" + i + "@example.org",
					String.format("139077%05d", 10000 + i), id, i % 4 == 0 ? "南宁某科技有限公司" : null, null);
			ExpertEntity expert = new ExpertEntity(form, cipher.blindIndex(id), CENTRE, now);
			expert.moveTo(ExpertStatus.ACTIVE);
			expert.rate(java.math.BigDecimal.valueOf(35 + (i * 7) % 15, 1));
			if (i == 0) {
				expert.linkAccount(EXPERT_LOGIN);
			}
			experts.save(expert);
			steps.record(new ExpertStepEntity(expert.id(), null, ExpertStatus.ACTIVE, "demo", CENTRE, "demo", now));
		}
		return count;
	}

	/**
	 * A valid GB 11643 number for the demo: Nanning's region code, a birth date, a sequence, and the
	 * ISO 7064 MOD 11-2 check character.
	 */
	static String idNumber(int i) {
		String body = String.format("450102%04d%02d%02d%03d", 1960 + i % 30, 1 + i % 12, 1 + i % 28, 100 + i);
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int d = 0; d < 17; d++) {
			sum += (body.charAt(d) - '0') * weights[d];
		}
		return body + "10X98765432".charAt(sum % 11);
	}
}
