/**
 * Work handed over one item at a time and done in batches on a thread of its own.
 */
@org.springframework.modulith.NamedInterface("batching")
package org.iprassist.core.batching;
