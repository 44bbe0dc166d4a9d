package org.iprassist.core.tenancy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An event listener that runs on another thread after the publishing transaction committed, in
 * the publisher's tenant, and opens no transaction of its own: its body works through
 * {@link TenantWork}, which may take it to another unit (a sub-centre's event updating the regional
 * centre). Spring Modulith's {@code @ApplicationModuleListener} cannot do that, as it opens a
 * transaction in the publisher's schema before the body runs, and a tenant cannot be switched
 * inside a transaction. Spring Modulith still registers a publication for each such listener (it
 * is an after-commit transactional listener) and marks it complete when the body returns, on the
 * listener's thread, whose tenant {@link TenantTaskDecorator} set to the publisher's: the schema
 * where the publication is stored.
 */
@Async
@TransactionalEventListener
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
public @interface TenantListener {

	/**
	 * @see TransactionalEventListener#id()
	 */
	@AliasFor(annotation = TransactionalEventListener.class, attribute = "id")
	String id() default "";
}
