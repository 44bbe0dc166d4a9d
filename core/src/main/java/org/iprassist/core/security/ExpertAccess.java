package org.iprassist.core.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Marks the handlers (a controller class, or single handler methods) that an external expert may
 * call. A member whose only role in a unit is {@link Role#EXPERT} is refused (403) every other
 * page and API call of that unit: the tenancy interceptor checks this before the tenant is set,
 * so a module cannot forget it. The handler itself must still make sure the expert sees only what
 * is addressed to them.
 */
@Documented
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface ExpertAccess {

	/**
	 * Decides whether a handler is open to experts.
	 */
	final class Check {

		private Check() {
		}

		/**
		 * @param handler the handler Spring MVC chose for a request
		 * @return whether the handler, or the controller class it belongs to, carries {@link ExpertAccess}
		 */
		public static boolean allows(Object handler) {
			return handler instanceof HandlerMethod method && (method.hasMethodAnnotation(ExpertAccess.class)
					|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ExpertAccess.class));
		}
	}
}
