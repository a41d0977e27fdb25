package org.thawcorpus.annotation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thawcorpus.annotation.parse.Periods;
import org.thawcorpus.system.BadRequestException;
import org.thawcorpus.system.Pages;

/**
 * The timeline of the years and periods the corpus mentions, and the mentions of one year
 * or one period.
 */
@Controller
class TimelineController {

	static final int PAGE_SIZE = 50;

	private final TimelineService timeline;

	TimelineController(TimelineService timeline) {
		this.timeline = timeline;
	}

	/** The address of a period's mentions: "/timeline/periods/1950-1959". */
	static String periodPath(int from, int to) {
		return "/timeline/periods/" + from + "-" + to;
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

	@GetMapping("/timeline/periods/{from:\\d{1,4}}-{to:\\d{1,4}}")
	String period(@PathVariable int from, @PathVariable int to, @RequestParam(defaultValue = "1") int page,
			Model model) {
		if (to < from) {
			throw new BadRequestException(
					"A period runs from its first year to its last: " + from + "-" + to + " ends before it begins.");
		}
		model.addAttribute("period", Periods.label(from, to));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("path", periodPath(from, to));
		model.addAttribute("mentions", this.timeline.period(from, to, Pages.index(page), PAGE_SIZE));
		return "annotation/period";
	}

}
