/**
 * Files that people hand to the product and lists they take away: every upload is checked by size
 * and by its sniffed content (never by its name or the browser's claim), and every list that users
 * keep can be written to, or read back from, an Excel workbook the same way in every module.
 */
@org.springframework.modulith.NamedInterface("files")
package org.iprassist.core.files;
