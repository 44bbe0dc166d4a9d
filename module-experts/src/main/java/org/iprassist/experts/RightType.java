package org.iprassist.experts;

/**
 * The kinds of intellectual property right an expert may judge and a matter may concern.
 */
public enum RightType {
	PATENT, TRADEMARK, COPYRIGHT, GEOGRAPHICAL_INDICATION, TRADE_SECRET, LAYOUT_DESIGN, PLANT_VARIETY
}
