package iprassist.testsupport;

/**
 * One e-commerce case as a platform sends it to the intake API (a utility-model patent, a shop in
 * Beihai): the same body for cases' own tests, the application's browser flow and its bench.
 */
public final class EcommerceIntakeSample {

	private EcommerceIntakeSample() {
	}

	/**
	 * @param reference the platform's own reference of the case
	 * @param callback the webhook the determination goes back to
	 * @return the intake JSON of one case
	 */
	public static String one(String reference, String callback) {
		return """
				{"reference":"%s","platform":"淘宝","shop":"某某旗舰店","shopCity":"北海市",
				 "listingUrls":["https://item.example.com/123"],"product":"便携式榨汁杯","rightHolder":"广西某电器有限公司",
				 "patentNumber":"ZL201910123456.7","patentType":"UTILITY_MODEL","complainedParty":"被诉科技有限公司",
				 "claims":["权利要求1","权利要求2"],"evidenceLinks":["https://evidence.example.com/a.pdf"],
				 "contactName":"李四","contactEmail":"lisi@example.com","contactPhone":"13800000001","callbackUrl":"%s"}
				""".formatted(reference, callback);
	}
}
