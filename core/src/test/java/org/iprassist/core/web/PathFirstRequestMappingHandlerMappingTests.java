package org.iprassist.core.web;

import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Testing paths first must choose exactly the handler Spring's own lookup chooses, refuse exactly
 * what it refuses, and spare the other conditions of mappings whose path cannot match.
 */
class PathFirstRequestMappingHandlerMappingTests {

	private final RequestMappingHandlerMapping spring = initialised(new RequestMappingHandlerMapping());

	private final RequestMappingHandlerMapping pathFirst = initialised(new PathFirstRequestMappingHandlerMapping());

	@ParameterizedTest
	@CsvSource({ "GET, /t/gx-nanning/cases, list", "POST, /t/gx-nanning/cases, create",
			"GET, /t/gx-nanning/cases/new, form", "GET, /t/gx-nanning/cases/42, show",
			"GET, /t/gx-nanning/cases/export.xlsx, export", "POST, /t/gx-nanning/cases/42/closing, close",
			"GET, /p/gx-nanning/apply, apply", "GET, /t/gx-nanning/elsewhere, ", "GET, /nowhere, " })
	void choosesTheHandlerSpringChooses(String method, String path, String expected) throws Exception {
		assertThat(handler(pathFirst, request(method, path))).isEqualTo(handler(spring, request(method, path)))
			.isEqualTo(expected);
	}

	@Test
	void aKnownPathWithAnotherMethodIsStill405() {
		assertThatThrownBy(() -> handler(spring, request("DELETE", "/t/gx-nanning/cases/42")))
			.isInstanceOf(HttpRequestMethodNotSupportedException.class);
		assertThatThrownBy(() -> handler(pathFirst, request("DELETE", "/t/gx-nanning/cases/42")))
			.isInstanceOf(HttpRequestMethodNotSupportedException.class);
	}

	@Test
	void mappingsWhosePathCannotMatchAreNotAskedForTheRequestMethod() throws Exception {
		CountingRequest bySpring = new CountingRequest(request("GET", "/p/gx-nanning/apply"));
		CountingRequest byPathFirst = new CountingRequest(request("GET", "/p/gx-nanning/apply"));
		assertThat(handler(spring, bySpring)).isEqualTo(handler(pathFirst, byPathFirst)).isEqualTo("apply");
		assertThat(bySpring.methodReads.get() - byPathFirst.methodReads.get())
			.as("Spring reads the method at least once for each of the 6 mappings with another path; path first, never")
			.isGreaterThanOrEqualTo(6);
	}

	private static String handler(RequestMappingHandlerMapping mapping, HttpServletRequest request) throws Exception {
		HandlerExecutionChain chain = mapping.getHandler(request);
		if (chain == null) {
			return null;
		}
		Method method = ((HandlerMethod) chain.getHandler()).getMethod();
		return method.getName();
	}

	private static MockHttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		ServletRequestPathUtils.parseAndCache(request);
		return request;
	}

	private static RequestMappingHandlerMapping initialised(RequestMappingHandlerMapping mapping) {
		StaticWebApplicationContext context = new StaticWebApplicationContext();
		context.registerSingleton("cases", Cases.class);
		context.registerSingleton("publicForms", PublicForms.class);
		context.refresh();
		mapping.setApplicationContext(context);
		mapping.afterPropertiesSet();
		return mapping;
	}

	@Controller
	@RequestMapping("/t/{unit}/cases")
	static class Cases {

		@GetMapping
		void list() {
		}

		@PostMapping
		void create() {
		}

		@GetMapping("/new")
		void form() {
		}

		@GetMapping("/{id}")
		void show() {
		}

		@GetMapping("/export.xlsx")
		void export() {
		}

		@PostMapping("/{id}/closing")
		void close() {
		}
	}

	@Controller
	static class PublicForms {

		@GetMapping("/p/{unit}/apply")
		void apply() {
		}
	}

	private static final class CountingRequest extends HttpServletRequestWrapper {

		final AtomicInteger methodReads = new AtomicInteger();

		CountingRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			methodReads.incrementAndGet();
			return super.getMethod();
		}
	}
}
