package org.broadsheet.reply;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyFormTests {

	static final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	static ReplyForm form(String comment, String author, String email, String url) {
		return new ReplyForm(comment, author, email, url, null, null, null, "token", null, null);
	}

	static Set<String> errors(ReplyForm form) {
		return validator.validate(form).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
	}

	@Test
	void aCompleteFormIsValid() {
		assertThat(errors(form("Hello", "Ada", "ada@example.org", "https://ada.example"))).isEmpty();
		assertThat(errors(form("안녕하세요", "김철수", "kim@example.kr", null))).isEmpty();
	}

	@Test
	void commentNameAndEmailAreRequired() {
		assertThat(errors(form(" \n ", "  ", "", null))).containsExactlyInAnyOrder("reply.error.comment.required",
				"reply.error.author.required", "reply.error.email.required");
	}

	@Test
	void fieldsHaveWordPressLengths() {
		assertThat(errors(form("x".repeat(65525), "n".repeat(245), "a@b.co", "https://e.example/" + "p".repeat(182))))
			.isEmpty();
		assertThat(errors(form("x".repeat(65526), "n".repeat(246), "a@" + "bbbbbbbbbb.".repeat(9) + "co",
				"https://e.example/" + "p".repeat(183))))
			.containsExactlyInAnyOrder("reply.error.comment.too-long", "reply.error.author.too-long",
					"reply.error.email.too-long", "reply.error.url.too-long");
	}

	@Test
	void aBadEmailIsRefused() {
		assertThat(errors(form("Hi", "Ada", "not-an-email", null))).contains("reply.error.email.invalid");
		assertThat(errors(form("Hi", "Ada", "a@localhost", null))).contains("reply.error.email.invalid");
	}

	@Test
	void onlyHttpWebsitesAreAccepted() {
		assertThat(errors(form("Hi", "Ada", "a@b.co", "javascript:alert(1)"))).contains("reply.error.url.invalid");
		assertThat(errors(form("Hi", "Ada", "a@b.co", "data:text/html,x"))).contains("reply.error.url.invalid");
		assertThat(errors(form("Hi", "Ada", "a@b.co", "ftp://a.example"))).contains("reply.error.url.invalid");
		assertThat(errors(form("Hi", "Ada", "a@b.co", ""))).isEmpty();
	}

	@Test
	void valuesAreTrimmedAndControlCharactersDropped() {
		ReplyForm form = new ReplyForm("Line\u0000one\nline\ttwo", "  Ada\nLovelace ", " a@b.co ", " ", 0L, "yes", null,
				null, null, null);
		assertThat(form.comment()).isEqualTo("Lineone\nline\ttwo");
		assertThat(form.author()).isEqualTo("Ada Lovelace");
		assertThat(form.email()).isEqualTo("a@b.co");
		assertThat(form.replyAuthor().website()).isNull();
		assertThat(form.parent()).isNull();
		assertThat(form.wantsToBeRemembered()).isTrue();
	}

}
