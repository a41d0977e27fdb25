package org.thawcorpus.annotation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thawcorpus.system.Pages;

/** The timeline of the years the corpus mentions, and the mentions of one year. */
@Controller
class TimelineController {

	static final int PAGE_SIZE = 50;

	private final TimelineService timeline;

	TimelineController(TimelineService timeline) {
		this.timeline = timeline;
	}

	@GetMapping("/timeline")
	String timeline(Model model) {
		model.addAttribute("timeline", this.timeline.timeline());
		return "annotation/timeline";
	}

	@GetMapping("/timeline/{year}")
	String year(@PathVariable int year, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("mentions",
				Pages.within(this.timeline.year(year, Pages.index(page), PAGE_SIZE), "mention", "mentions"));
		return "annotation/year";
	}

}
