/**
 * Cases forwarded by the 12315 hotline (work item 10): work orders, handled and replied.
 */
package org.iprassist.cases.internal.hotline;
