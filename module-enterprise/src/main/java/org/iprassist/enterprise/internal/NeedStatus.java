package org.iprassist.enterprise.internal;

/**
 * Where an enterprise's need is: open, answered (有问必复), closed.
 */
enum NeedStatus {

	OPEN, ANSWERED, CLOSED
}
