package org.broadsheet.moderation;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /moderation/erase}: find a reader's replies by email address, export them as
 * JSON, erase them. The address travels in POST bodies only, never in a URL or log.
 */
@Controller
@RequestMapping("/moderation/erase")
class ReaderDataController {

	private static final String VIEW = "moderation/erase";

	private final ReaderData readerData;

	private final Notices notices;

	ReaderDataController(ReaderData readerData, Notices notices) {
		this.readerData = readerData;
		this.notices = notices;
	}

	@GetMapping
	String showEraseForm(Model model) {
		model.addAttribute("eraseForm", EraseForm.empty());
		return VIEW;
	}

	@PostMapping("/find")
	String findReplies(@Valid @ModelAttribute EraseForm eraseForm, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			model.addAttribute("found", this.readerData.find(eraseForm.email()));
		}
		return VIEW;
	}

	/** An invalid address is answered by {@link #showInvalidExport} with the form. */
	@PostMapping(path = "/export")
	ResponseEntity<List<ReaderData.ExportedReply>> exportReplies(@Valid @ModelAttribute EraseForm eraseForm) {
		List<ReaderData.ExportedReply> replies = this.readerData.export(eraseForm.email());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("replies.json").build().toString())
			.body(replies);
	}

	/**
	 * The form again with the address marked, as 400: a download cannot show what was
	 * wrong.
	 */
	@ExceptionHandler(MethodArgumentNotValidException.class)
	ModelAndView showInvalidExport(MethodArgumentNotValidException ex) {
		return new ModelAndView(VIEW, ex.getBindingResult().getModel(), HttpStatus.BAD_REQUEST);
	}

	@PostMapping
	String eraseReplies(@Valid @ModelAttribute EraseForm eraseForm, BindingResult result, Principal principal,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return VIEW;
		}
		int erased = this.readerData.erase(eraseForm.email(), principal.getName());
		redirect.addFlashAttribute("notices", List.of(this.notices.text("moderation.erase.done", erased)));
		return "redirect:/moderation/erase";
	}

}
