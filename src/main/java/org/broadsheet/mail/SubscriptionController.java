package org.broadsheet.mail;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The signed links in reader mail, used without signing in. {@code GET confirm} confirms
 * the address. {@code GET unsubscribe} shows one button (a link checker or a mail
 * client's prefetch must not unsubscribe anyone); {@code POST unsubscribe} unsubscribes,
 * from that button or from a mail client's one-click (RFC 8058), whose body is
 * {@code List-Unsubscribe=One-Click}; it needs no CSRF token because the signature in the
 * path is the proof. A link that is not genuine for that address is a 400 and changes
 * nothing.
 */
@Controller
@RequestMapping("/mail")
class SubscriptionController {

	private final Subscriptions subscriptions;

	private final MailLinks links;

	SubscriptionController(Subscriptions subscriptions, MailLinks links) {
		this.subscriptions = subscriptions;
		this.links = links;
	}

	@GetMapping("/confirm/{id}/{signature}")
	ModelAndView confirmSubscription(@PathVariable long id, @PathVariable String signature,
			HttpServletResponse response) {
		noStore(response);
		boolean confirmed = this.subscriptions.confirm(id, (reader) -> this.links.confirms(reader, signature))
			.isPresent();
		return confirmed ? page("subscriptions/confirmed", HttpStatus.OK) : invalid();
	}

	@GetMapping("/unsubscribe/{id}/{signature}")
	ModelAndView initUnsubscribe(@PathVariable long id, @PathVariable String signature, HttpServletResponse response) {
		noStore(response);
		if (!this.subscriptions.isGenuine(id, (reader) -> this.links.unsubscribes(reader, signature))) {
			return invalid();
		}
		return page("subscriptions/unsubscribe", HttpStatus.OK).addObject("id", id).addObject("signature", signature);
	}

	@PostMapping("/unsubscribe/{id}/{signature}")
	ModelAndView processUnsubscribe(@PathVariable long id, @PathVariable String signature,
			HttpServletResponse response) {
		noStore(response);
		boolean done = this.subscriptions.unsubscribe(id, (reader) -> this.links.unsubscribes(reader, signature));
		return done ? page("subscriptions/unsubscribed", HttpStatus.OK) : invalid();
	}

	/** Personal answers: never cached, never indexed. */
	private static void noStore(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Robots-Tag", "noindex");
	}

	private static ModelAndView invalid() {
		return page("subscriptions/invalid", HttpStatus.BAD_REQUEST);
	}

	private static ModelAndView page(String view, HttpStatus status) {
		ModelAndView page = new ModelAndView(view);
		page.setStatus(status);
		return page;
	}

}
