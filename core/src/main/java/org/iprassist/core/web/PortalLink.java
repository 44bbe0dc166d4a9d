package org.iprassist.core.web;

/**
 * A module's entry in a portal's menu. Modules declare their pages as beans of this type instead
 * of editing the shared layout: {@code new PortalLink(Area.UNIT, "nav.experts", "experts", 20)}
 * shows "专家库" under {@code /t/{unit}/experts} for every unit portal.
 *
 * @param area the portal the link belongs to
 * @param labelKey message key of the label
 * @param path path below the portal's root ({@code /t/{unit}/} or {@code /r/{province}/}), without a
 * leading slash
 * @param order position in the menu, ascending
 */
public record PortalLink(Area area, String labelKey, String path, int order) {

	/** The portals that have a menu. */
	public enum Area {

		/** A unit's own portal, {@code /t/{unit}/}. */
		UNIT("/t/"),

		/** A province's regional console, {@code /r/{province}/}. */
		REGIONAL("/r/");

		private final String prefix;

		Area(String prefix) {
			this.prefix = prefix;
		}

		String prefix() {
			return this.prefix;
		}
	}
}
