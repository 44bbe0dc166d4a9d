/**
 * E-commerce patent cases under the Zhejiang cooperation agreement (work item 8): platforms send
 * cases through the intake API, the regional centre dispatches them to sub-centres (a saga over two
 * schemas), the handler determines them, and the determination goes back to the platform as a
 * signed webhook and to its designated contact as a one-time link, all on a 24-hour clock.
 */
package org.iprassist.cases.internal.ecommerce;
