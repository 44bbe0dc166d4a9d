package org.iprassist.tenants.internal;

import java.util.List;

import org.iprassist.core.security.Membership;
import org.iprassist.core.security.Role;
import org.iprassist.core.tenancy.TenantWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo accounts and unit profiles of the embedded run ({@code demo} profile only). Idempotent:
 * a second start finds them and changes nothing.
 */
@Component
@Profile("demo")
class DemoData {

	static final String PASSWORD = "Demo-Passw0rd";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final AccountManagement accounts;

	private final UnitProfileManagement profiles;

	private final TenantWork work;

	DemoData(AccountManagement accounts, UnitProfileManagement profiles, TenantWork work) {
		this.accounts = accounts;
		this.profiles = profiles;
		this.work = work;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		account("platform-admin", "平台管理员", List.of(Membership.platform(Role.PLATFORM_ADMIN)));
		account("centre-admin", "区中心管理员",
				List.of(Membership.province("gx", Role.REGIONAL_ADMIN), Membership.unit("gx-centre", Role.UNIT_ADMIN),
						Membership.unit("gx-centre", Role.STAFF)));
		account("nanning-staff", "南宁分中心工作人员",
				List.of(Membership.unit("gx-nanning", Role.STAFF), Membership.unit("gx-nanning", Role.UNIT_ADMIN)));
		account("liuzhou-staff", "柳州分中心工作人员", List.of(Membership.unit("gx-liuzhou", Role.STAFF)));
		account("expert-wang", "王建国（专家）", List.of(Membership.unit("gx-centre", Role.EXPERT)));
		account("beihai-staff", "北海分中心工作人员", List.of(Membership.unit("gx-beihai", Role.STAFF)));
		profile("gx-centre", new ProfileForm("广西南宁市青秀区", "530022", "0771-0000000", "centre@example.org",
				"周一至周五 8:30-12:00, 15:00-18:00", "中国（广西）知识产权维权援助中心，统筹全区知识产权维权援助工作。"));
		profile("gx-nanning", new ProfileForm("广西南宁市", "530000", "0771-1111111", "nanning@example.org",
				"周一至周五 9:00-17:00", "南宁分中心负责南宁市的知识产权维权援助工作。"));
		profile("gx-liuzhou", new ProfileForm("广西柳州市", "545000", "0772-2222222", "liuzhou@example.org",
				"周一至周五 9:00-17:00", "柳州分中心负责柳州市的知识产权维权援助工作。"));
	}

	private void account(String username, String displayName, List<Membership> memberships) {
		if (!accounts.exists(username)) {
			accounts.create(username, displayName, PASSWORD, memberships);
			log.info("Created demo account {}", username);
		}
	}

	private void profile(String unit, ProfileForm form) {
		work.findUnit(unit).ifPresent(scope -> scope.write(() -> {
			if (profiles.profile().updatedAt() == null) {
				profiles.update(form, "demo");
			}
		}));
	}
}
