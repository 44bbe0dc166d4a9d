package org.iprassist.documents.internal;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.PageResponse;
import org.iprassist.documents.internal.DocumentNumberManagement.KindNumbering;
import org.springframework.data.domain.PageImpl;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The document-number settings over the API, for the unit admin only: every declared kind with its
 * pattern, next number and this year's count, and {@code PUT} of one kind's pattern (a blank one
 * goes back to the default). A pattern that is not valid is answered with problem details (400),
 * an undeclared kind with 404.
 */
@RestController
@RequestMapping("/api/v1/t/{unit}/document-numbers")
class DocumentNumberApiController {

	private final DocumentNumberManagement numbers;

	private final UnitSchemas schemas;

	DocumentNumberApiController(DocumentNumberManagement numbers, UnitSchemas schemas) {
		this.numbers = numbers;
		this.schemas = schemas;
	}

	@GetMapping
	PageResponse<KindNumbering> all(@PathVariable String unit, @AuthenticationPrincipal IprUser user) {
		DocumentNumberPagesController.requireUnitAdmin(user, unit);
		return PageResponse.of(new PageImpl<>(numbers.overview(schemas.current())));
	}

	@GetMapping("/{kind}")
	KindNumbering one(@PathVariable String unit, @PathVariable String kind, @AuthenticationPrincipal IprUser user) {
		DocumentNumberPagesController.requireUnitAdmin(user, unit);
		return numbers.one(schemas.current(), kind);
	}

	@PutMapping("/{kind}")
	KindNumbering setPattern(@PathVariable String unit, @PathVariable String kind,
			@AuthenticationPrincipal IprUser user, @RequestBody PatternRequest request) {
		DocumentNumberPagesController.requireUnitAdmin(user, unit);
		numbers.one(schemas.current(), kind);
		if (request.pattern() == null) {
			throw new BadRequestException("error.document-number.pattern.blank");
		}
		numbers.setPattern(kind, request.pattern(), user.getUsername());
		return numbers.one(schemas.current(), kind);
	}

	/**
	 * @param pattern e.g. {@code 桂知援（南宁）意〔{year}〕{number}号}; empty for the default
	 */
	record PatternRequest(String pattern) {
	}
}
