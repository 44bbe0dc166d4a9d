package org.iprassist.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.iprassist.core.tenancy.TenantDescriptor;
import org.iprassist.core.tenancy.TenantDirectory;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.tenancy.UnitCode;
import org.iprassist.core.web.ConflictException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import iprassist.testsupport.TestDatabase;

/**
 * Seals come with the unit, not with its first document: every ready unit has one as soon as the
 * application is up, the start-up backfill gives one to a unit that lacks it, and reading the seal
 * to issue never makes one; a default seal of an older drawing is drawn again, an uploaded one
 * never. Shares its application context with the other documents tests.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Tag("database")
@ContextConfiguration(initializers = TestDatabase.class)
@TestPropertySource(properties = "ipr.test.units=gx-centre,gx-nanning,gx-guilin,gx-baise")
class UnitSealManagementTests {

	@Autowired
	TenantWork tenantWork;

	@Autowired
	UnitSealManagement seals;

	@Autowired
	UnitSeals rows;

	@Autowired
	UnitSealProvisioning provisioning;

	@Autowired
	TenantDirectory tenants;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void everyReadyUnitHasItsSealOnceTheApplicationIsUp() {
		assertThat(tenants.readyTenants()).hasSize(4).allSatisfy(tenant -> assertThat(hasSeal(tenant))
			.as(tenant.code().toString())
			.isTrue());
	}

	@Test
	void aUnitWithoutASealIsRefusedAtIssueAndGetsOneFromTheBackfillOnly() {
		TenantDescriptor guilin = tenants.find(new UnitCode("gx-guilin")).orElseThrow();
		tenantWork.unit(guilin.code()).run(rows::deleteAll);

		assertThatThrownBy(() -> tenantWork.unit(guilin.code()).call(seals::sealOf)).isInstanceOf(ConflictException.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.seal.not-ready");
		assertThat(hasSeal(guilin)).isFalse();

		provisioning.backfill();
		assertThat(hasSeal(guilin)).isTrue();
		assertThat(tenantWork.unit(guilin.code()).call(seals::sealOf).certificate().getSubjectX500Principal().getName())
			.contains("gx-guilin");
		assertThat(tenantWork.unit(guilin.code()).call(() -> seals.ensure("gx-guilin", "桂林"))).isFalse();
	}

	@Test
	void theBackfillDrawsAgainADefaultSealOfAnOlderDrawingButNeverAnUploadedOne() {
		TenantDescriptor baise = tenants.find(new UnitCode("gx-baise")).orElseThrow();
		byte[] drawn = tenantWork.unit(baise.code()).call(seals::sealOf).image();
		tenantWork.unit(baise.code()).run(() -> rows.findById(UnitSealEntity.THE_SEAL).ifPresent(seal -> {
			seal.redraw(new byte[] { 1 }, SealImages.DRAWING - 1);
			rows.saveAndFlush(seal);
		}));

		provisioning.backfill();
		assertThat(tenantWork.unit(baise.code()).call(seals::sealOf).image()).isEqualTo(drawn);

		tenantWork.unit(baise.code()).run(() -> seals.replaceImage(new byte[] { 2 }));
		tenantWork.unit(baise.code()).run(() -> rows.findById(UnitSealEntity.THE_SEAL).ifPresent(seal -> {
			seal.redraw(new byte[] { 2 }, SealImages.DRAWING - 1);
			rows.saveAndFlush(seal);
		}));
		provisioning.backfill();
		assertThat(tenantWork.unit(baise.code()).call(seals::sealOf).image()).containsExactly(2);
	}

	@Test
	void aSealOlderThanOfdCopiesGetsItsElectronicSealFromTheBackfillAndANewImageIsSealedAgain() throws Exception {
		UnitCode centre = new UnitCode("gx-centre");
		var made = tenantWork.unit(centre).call(seals::sealOf).electronic();
		assertThat(made.certificate().getSigAlgName()).isEqualToIgnoringCase("SM3WITHSM2");
		assertThat(made.certificate().getSubjectX500Principal().getName()).contains("gx-centre");
		tenantWork.unit(centre).run(() -> jdbc
			.sql("update unit_seal set electronic_seal = null, sm2_private_key = null, sm2_certificate = null")
			.update());
		assertThat(tenantWork.unit(centre).call(seals::sealOf).electronic()).isNull();

		provisioning.backfill();
		var backfilled = tenantWork.unit(centre).call(seals::sealOf).electronic();
		assertThat(backfilled).isNotNull();
		assertThat(backfilled.seal().geteSealInfo().getPicture().getData().getOctets())
			.isEqualTo(tenantWork.unit(centre).call(seals::sealOf).image());

		byte[] png = bluePng();
		tenantWork.unit(centre).run(() -> seals.replaceImage(png));
		var resealed = tenantWork.unit(centre).call(seals::sealOf).electronic();
		assertThat(resealed.seal().geteSealInfo().getPicture().getData().getOctets()).isEqualTo(png);
		assertThat(resealed.certificate()).isEqualTo(backfilled.certificate());
	}

	private static byte[] bluePng() throws java.io.IOException {
		var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, java.awt.Color.BLUE.getRGB());
		var out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private boolean hasSeal(TenantDescriptor tenant) {
		return tenantWork.unit(tenant.code()).call(() -> rows.existsById(UnitSealEntity.THE_SEAL));
	}
}
