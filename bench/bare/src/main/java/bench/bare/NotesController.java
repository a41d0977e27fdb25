package bench.bare;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The one page: the notes one query finds. */
@Controller
record NotesController(Notes notes) {

	@GetMapping("/")
	String index(Model model) {
		model.addAttribute("notes", this.notes.findAll());
		return "index";
	}

}
